//! Store calls that must finish although nobody waits for them: a release after a drop, the
//! clean-up of a claim whose answer was lost, a completion whose caller went away.

use std::future::Future;
use std::sync::Arc;
use std::task::Poll;
use std::time::{Duration, Instant};

use super::{ClaimToken, DeliveryStore, StoreError};

/// What became of a release nobody waited for: `None` if it could not run (no async
/// runtime), and the key is left to its lease.
pub(super) type Released = Option<Result<bool, StoreError>>;

/// Frees `key` if `token` holds it, without waiting: at once if the store can, otherwise
/// on the current tokio runtime, tried again after store errors until `lease` has passed
/// (the lease has freed the key by then). Harmless if `token` never held the key. `done`
/// gets the result.
pub(super) fn release(
    store: Arc<dyn DeliveryStore>,
    key: String,
    token: ClaimToken,
    lease: Duration,
    done: impl FnOnce(Released) + Send + 'static,
) {
    if let Some(released) = store.release_without_waiting(&key, &token) {
        return done(Some(Ok(released)));
    }
    // Polling here could panic outside a runtime (a store's timers need one), and a panic
    // in a drop during unwinding aborts: spawn, or leave the key to its lease.
    let Ok(runtime) = tokio::runtime::Handle::try_current() else {
        return done(None);
    };
    runtime.spawn(async move {
        let give_up = Instant::now() + lease;
        let mut pause = Duration::from_millis(50);
        loop {
            let result = store.release(&key, &token).await;
            if result.is_ok() || Instant::now() + pause >= give_up {
                return done(Some(result));
            }
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(Duration::from_secs(1));
        }
    });
}

/// Runs `work` to its end even if the caller stops waiting (the future of a completion
/// must not be cancelled half-way): here if it finishes at once, else spawned on the current
/// tokio runtime, or run here without one. `None` if the runtime shut down first.
pub(super) async fn to_the_end<T: Send + 'static>(
    work: impl Future<Output = T> + Send + 'static,
) -> Option<T> {
    let mut work = Box::pin(work);
    // A store that answers without waiting (the memory store) needs no task: nothing can be
    // cancelled between this poll and its answer.
    let first = std::future::poll_fn(|cx| Poll::Ready(work.as_mut().poll(cx))).await;
    if let Poll::Ready(output) = first {
        return Some(output);
    }
    let Ok(runtime) = tokio::runtime::Handle::try_current() else {
        return Some(work.await);
    };
    match runtime.spawn(work).await {
        Ok(output) => Some(output),
        Err(error) if error.is_panic() => std::panic::resume_unwind(error.into_panic()),
        Err(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, Ordering};

    /// Work still pending after the inline poll moves to a task, and finishes there although
    /// its caller gave up.
    #[tokio::test]
    async fn pending_work_runs_to_its_end_when_the_caller_gives_up() {
        let finished = Arc::new(AtomicBool::new(false));
        let flag = finished.clone();
        let (go, wait) = tokio::sync::oneshot::channel::<()>();
        let mut caller = Box::pin(to_the_end(async move {
            let _ = wait.await;
            flag.store(true, Ordering::SeqCst);
        }));
        let first = std::future::poll_fn(|cx| Poll::Ready(caller.as_mut().poll(cx))).await;
        assert!(first.is_pending());
        drop(caller);
        go.send(()).unwrap();
        for _ in 0..1000 {
            if finished.load(Ordering::SeqCst) {
                return;
            }
            tokio::task::yield_now().await;
        }
        panic!("the work stopped with its caller");
    }

    #[tokio::test]
    async fn work_done_at_once_needs_no_task() {
        assert_eq!(to_the_end(async { 7 }).await, Some(7));
    }
}
