//! The in-memory duplicate guard against its limit: a claim and a completion of a fresh
//! `webhook-id` through `Guard::in_memory()` holding 100,000 deliveries already, against an
//! insert and an update of the same key in a `Mutex<HashMap<String, u64>>` of the same size;
//! then the guard with 8 tasks claiming at once on a runtime of 2 worker threads. Prints the
//! ratios at the end. Run: `cargo bench --bench guard --features guard`.

mod common;

use std::collections::HashMap;
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use criterion::Criterion;
use openai_webhooks::guard::{Claim, Guard, DEFAULT_MAX_ENTRIES};
use tokio::runtime::Runtime;

/// Deliveries the store and the map hold before timing starts.
const HELD: usize = DEFAULT_MAX_ENTRIES;
/// Fresh ids, used in turn. One comes back after this many deliveries, long after the full
/// store evicted it (it keeps the last 100,000).
const RING: usize = 1 << 18;
/// Deliveries timed in one go: the limit's map grows by at most this many keys before they
/// are removed (untimed), and the guard's tasks are joined after this many.
const BATCH: u64 = 16_384;
const TASKS: usize = 8;

/// `webhook-id`s shaped like OpenAI's: `wh_` and 32 hexadecimal digits.
fn ids(prefix: u64, count: usize) -> Arc<Vec<String>> {
    Arc::new(
        (0..count as u64)
            .map(|i| {
                format!(
                    "wh_{prefix:016x}{:016x}",
                    i.wrapping_mul(0x9e37_79b9_7f4a_7c15)
                )
            })
            .collect(),
    )
}

fn runtime() -> Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

/// The guard of a long-running server: the default store, full of handled deliveries.
fn full_guard(rt: &Runtime) -> Guard {
    let guard = Guard::in_memory();
    let held = ids(1, HELD);
    rt.block_on(async {
        for id in held.iter() {
            claim_and_complete(&guard, id).await;
        }
    });
    guard
}

async fn claim_and_complete(guard: &Guard, id: &str) {
    match guard.claim(id).await {
        Ok(Claim::Claimed(claim)) => assert!(claim.complete().await.unwrap()),
        other => panic!("{id} is fresh: {other:?}"),
    }
}

/// Where the next timed deliveries start in the ring of fresh ids.
struct Cursor(AtomicUsize);

impl Cursor {
    fn take(&self, count: usize) -> usize {
        self.0.fetch_add(count, Ordering::Relaxed)
    }
}

/// `iters` deliveries spread over `tasks` tasks spawned on `rt`; the wall time. They run in
/// rounds of at most `BATCH` deliveries, so ids of one round are fresh whatever the order
/// the tasks run in.
fn run_guard(
    rt: &Runtime,
    guard: &Guard,
    fresh: &Arc<Vec<String>>,
    cursor: &Cursor,
    iters: u64,
    tasks: usize,
) -> Duration {
    let per_task = (iters.min(BATCH) as usize).div_ceil(tasks);
    let rounds = iters.div_ceil(BATCH);
    rt.block_on(async {
        let start = Instant::now();
        for _ in 0..rounds {
            let handles: Vec<_> = (0..tasks)
                .map(|_| {
                    let (guard, fresh) = (guard.clone(), fresh.clone());
                    let first = cursor.take(per_task);
                    tokio::spawn(async move {
                        for i in first..first + per_task {
                            claim_and_complete(&guard, black_box(&fresh[i % RING])).await;
                        }
                    })
                })
                .collect();
            for handle in handles {
                handle.await.unwrap();
            }
        }
        // Per delivery, as if exactly `iters` had run.
        let ran = rounds as usize * per_task * tasks;
        start.elapsed().mul_f64(iters as f64 / ran as f64)
    })
}

/// The limit: a claim is an insert of the owned key, a completion an update of its value,
/// each under the lock. Only those are timed; every `BATCH` keys are removed again, so the map
/// stays near 100,000 entries as the store does.
fn run_limit(
    map: &Mutex<HashMap<String, u64>>,
    fresh: &[String],
    cursor: &Cursor,
    iters: u64,
) -> Duration {
    let mut timed = Duration::ZERO;
    let mut left = iters;
    while left > 0 {
        let count = left.min(BATCH) as usize;
        let first = cursor.take(count);
        let start = Instant::now();
        for i in first..first + count {
            let id = black_box(&fresh[i % RING]);
            map.lock().unwrap().insert(id.clone(), 1);
            if let Some(value) = map.lock().unwrap().get_mut(id.as_str()) {
                *value = 2;
            }
        }
        timed += start.elapsed();
        let mut map = map.lock().unwrap();
        for i in first..first + count {
            map.remove(&fresh[i % RING]);
        }
        left -= count as u64;
    }
    timed
}

fn guard(c: &mut Criterion) {
    let rt = runtime();
    let guard = full_guard(&rt);
    let fresh = ids(2, RING);
    let cursor = Cursor(AtomicUsize::new(0));
    let map = Mutex::new(
        ids(3, HELD)
            .iter()
            .map(|id| (id.clone(), 2))
            .collect::<HashMap<_, _>>(),
    );
    let mut g = c.benchmark_group("guard_full");
    g.bench_function("limit", |b| {
        b.iter_custom(|iters| run_limit(&map, &fresh, &cursor, iters))
    });
    g.bench_function("ours", |b| {
        b.iter_custom(|iters| run_guard(&rt, &guard, &fresh, &cursor, iters, 1))
    });
    g.bench_function("ours_8_tasks", |b| {
        b.iter_custom(|iters| run_guard(&rt, &guard, &fresh, &cursor, iters, TASKS))
    });
    g.finish();
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    guard(&mut c);
    c.final_summary();
    common::print_ratio("guard_full", "ours", "limit");
    common::print_ratio("guard_full", "ours_8_tasks", "ours");
    common::print_ratio("guard_full", "ours_8_tasks", "limit");
}
