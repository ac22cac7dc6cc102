//! The one answer path: claim, run the handler once, record its result, and say what to
//! answer. The tower layer, `actix::handle_once` and the CLI's `listen` answer through
//! [`Guard::answer`]; [`Guard::run`] shares the same flow without HTTP.

use std::future::Future;
use std::pin::{pin, Pin};
use std::sync::Arc;
use std::time::Duration;

use super::handle::Finish;
use super::{Claim, ClaimHandle, ClaimToken, Guard, StoreError};
use crate::trace::{self, Delivered, Started};

/// `Retry-After` for `503`: the store may be back in a few seconds.
pub const UNAVAILABLE_RETRY_AFTER: Duration = Duration::from_secs(5);

/// What to answer for one verified delivery: from [`Guard::answer`]. Either the handler ran
/// or it did not; there is no third case, so the enum is exhaustive on purpose.
#[derive(Debug)]
#[must_use = "the answer is the HTTP response to send"]
pub enum Answer<R> {
    /// This copy claimed the delivery and the handler ran: answer with its response. The
    /// delivery was recorded as done if the response's status was `2xx`, and released for a
    /// retry otherwise.
    Ran(R),
    /// The handler did not run: answer with this.
    Reply(Reply),
}

/// An answer the guard gives without running the handler: a status, maybe a `Retry-After`,
/// and a short plain-text body ([`Reply::CONTENT_TYPE`]).
///
/// | Situation | Status | `Retry-After` |
/// |---|---|---|
/// | already handled | `200` | — |
/// | another copy is running the handler | `409` | the rest of its lease, at least 1 s |
/// | the store is unavailable or full | `503` | [`UNAVAILABLE_RETRY_AFTER`] |
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reply {
    status: u16,
    retry_after: Option<Duration>,
    message: &'static str,
}

impl Reply {
    /// The content type of [`message`](Reply::message).
    pub const CONTENT_TYPE: &'static str = "text/plain; charset=utf-8";

    const DONE: Reply = Reply {
        status: 200,
        retry_after: None,
        message: "Already handled",
    };

    const UNAVAILABLE: Reply = Reply {
        status: 503,
        retry_after: Some(UNAVAILABLE_RETRY_AFTER),
        message: "Delivery store unavailable; retry later",
    };

    fn in_progress(retry_after: Duration) -> Reply {
        Reply {
            status: 409,
            retry_after: Some(retry_after),
            message: "This delivery is being handled; retry later",
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The `Retry-After` header, if the answer has one: whole seconds (send `as_secs()`).
    pub fn retry_after(&self) -> Option<Duration> {
        self.retry_after
    }

    /// The body: one short sentence, never the payload.
    pub fn message(&self) -> &'static str {
        self.message
    }
}

/// How a delivery went through the guard, before any HTTP.
pub(super) enum Flow<R> {
    /// The handler ran; `status` is what the caller read from its result.
    Ran {
        result: R,
        status: u16,
    },
    InProgress {
        retry_after: Duration,
    },
    Done,
    Unavailable(StoreError),
}

impl Guard {
    /// Handles one verified delivery for an HTTP server: claims `webhook_id`, runs `handler`
    /// if this copy owns the delivery (renewing the lease meanwhile), records a `2xx`
    /// status (as `status` reads it from the handler's response) as done and releases on any
    /// other, and says what to answer. The handler gets the claim's token (for
    /// `PostgresStore::begin`, say).
    ///
    /// The handler never runs unguarded: a store failure is answered `503`. Each delivery
    /// also goes to the [observer](Guard::on_outcome) and, with the `tracing` feature, to one
    /// log event with `event_type`.
    ///
    /// ```
    /// use openai_webhooks::guard::{Answer, Guard};
    ///
    /// # tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap().block_on(async {
    /// let guard = Guard::in_memory();
    /// let handler = |_token| async { 200 }; // the handler's response; here just a status
    /// let first = guard.answer("wh_1", "batch.completed", handler, |status| *status).await;
    /// assert!(matches!(first, Answer::Ran(200)));
    /// let again = guard.answer("wh_1", "batch.completed", handler, |status| *status).await;
    /// let Answer::Reply(reply) = again else { panic!("ran twice") };
    /// assert_eq!((reply.status(), reply.message()), (200, "Already handled"));
    /// # });
    /// ```
    pub async fn answer<R, Fut: Future<Output = R>>(
        &self,
        webhook_id: &str,
        event_type: &str,
        handler: impl FnOnce(ClaimToken) -> Fut,
        status: impl Fn(&R) -> u16,
    ) -> Answer<R> {
        let delivered = (webhook_id, event_type);
        self.answer_lazily(Started::now(), delivered, handler, status)
            .await
    }

    /// [`Guard::answer`], logging the latency from `started` (when the request arrived).
    pub(crate) async fn answer_lazily<R, Fut: Future<Output = R>>(
        &self,
        started: Started,
        delivered: (&str, &str),
        handler: impl FnOnce(ClaimToken) -> Fut,
        status: impl Fn(&R) -> u16,
    ) -> Answer<R> {
        let (webhook_id, event_type) = delivered;
        let webhook_id = webhook_id.into();
        let token = ClaimToken::generate();
        let given = token.clone();
        let mut held = None;
        // The handler is called at the first poll, which comes only once claimed.
        let work = pin!(async move { handler(given).await });
        let delivered = (&webhook_id, event_type);
        self.answer_pinned(started, delivered, (&token, &mut held), work, status)
            .await
    }

    /// The flow for a `work` future the caller built and pinned (with `token` already in it),
    /// polled only if `token` claims the delivery. The claim is kept in `held`, which the
    /// caller declares before `work`: a dropped request then drops the handler's future first
    /// (its clean-up still runs under the claim), and only then releases the claim.
    ///
    /// Not an `async fn`: it returns the flow's own future, so a server's future holds one
    /// state machine from claim to completion, and the work stays in the caller's, instead of
    /// a chain of futures, each copied into the next.
    pub(crate) fn answer_pinned<'a, W, S>(
        &'a self,
        started: Started,
        (webhook_id, event_type): (&'a Arc<str>, &'a str),
        (token, held): (&'a ClaimToken, &'a mut Option<ClaimHandle>),
        work: Pin<&'a mut W>,
        status: S,
    ) -> impl Future<Output = Answer<W::Output>> + use<'a, W, S>
    where
        W: Future,
        S: Fn(&W::Output) -> u16,
    {
        // `then` gets the `webhook-id` back rather than holding a second copy of it.
        self.flow(
            webhook_id,
            (token, held),
            work,
            status,
            move |flow, webhook_id| {
                let (outcome, reply) = match flow {
                    Flow::Ran { result, status } => {
                        let outcome = match success(status) {
                            true => Delivered::Handled,
                            false => Delivered::Failed,
                        };
                        trace::delivered(outcome, webhook_id, event_type, Some(status), started);
                        return Answer::Ran(result);
                    }
                    Flow::Done => (Delivered::Duplicate, Reply::DONE),
                    Flow::InProgress { retry_after } => {
                        (Delivered::InProgress, Reply::in_progress(retry_after))
                    }
                    Flow::Unavailable(_) => (Delivered::StoreUnavailable, Reply::UNAVAILABLE),
                };
                trace::delivered(outcome, webhook_id, event_type, Some(reply.status), started);
                Answer::Reply(reply)
            },
        )
    }

    /// Claim with `token`, poll `work` if claimed (renewing the lease), complete if `status`
    /// reads `2xx`, else release; then `then` turns the result (and `webhook_id`) into the
    /// caller's answer.
    ///
    /// An `async` block, not an `async fn`: an `async fn` keeps a second copy of each
    /// argument it binds, and this future is part of every request's.
    #[allow(clippy::manual_async_fn)]
    pub(super) fn flow<'a, W, T, St, Th>(
        &'a self,
        webhook_id: &'a Arc<str>,
        (token, held): (&'a ClaimToken, &'a mut Option<ClaimHandle>),
        work: Pin<&'a mut W>,
        status: St,
        then: Th,
    ) -> impl Future<Output = T> + use<'a, W, T, St, Th>
    where
        W: Future,
        St: FnOnce(&W::Output) -> u16,
        Th: FnOnce(Flow<W::Output>, &str) -> T,
    {
        async move {
            // In blocks, so what is moved on takes no room in this future at later awaits.
            let (result, status, later) = {
                // A store that answers at once (in memory) needs no future for the claim or the
                // completion; the others' are boxed, so this state machine stays small for the first.
                let claim = {
                    let claimed = 'claimed: {
                        // A statement of its own, so its value takes no room at the await below.
                        let (webhook_id, token) =
                            match self.claim_now(webhook_id.clone(), token.clone()) {
                                Ok(claimed) => break 'claimed claimed,
                                Err(arguments) => arguments,
                            };
                        Box::pin(self.claim_waiting(webhook_id, token)).await
                    };
                    match claimed {
                        Ok(Claim::Claimed(claim)) => claim,
                        Ok(Claim::InProgress { retry_after }) => {
                            return then(Flow::InProgress { retry_after }, webhook_id)
                        }
                        Ok(Claim::Done) => return then(Flow::Done, webhook_id),
                        Err(error) => return then(Flow::Unavailable(error), webhook_id),
                    }
                };
                // Dropping the claim (a panic or a cancelled request) releases it.
                let claim = held.insert(claim);
                let result = claim.keep_alive_pinned(work).await;
                let status = status(&result);
                let finish = match success(status) {
                    true => Finish::Complete,
                    false => Finish::Release,
                };
                let later = match claim.finish_now(finish) {
                    Some(_) => None,
                    None => held
                        .take()
                        .map(|claim| Box::pin(claim.finish_later(finish))),
                };
                (result, status, later)
            };
            // The handler has run: its result stands even if recording it failed.
            if let Some(later) = later {
                let _ = later.await;
            }
            then(Flow::Ran { result, status }, webhook_id)
        }
    }
}

/// Whether `status` records the delivery as done.
fn success(status: u16) -> bool {
    (200..300).contains(&status)
}
