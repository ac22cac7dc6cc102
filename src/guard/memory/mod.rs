//! The in-memory store: one process, bounded.

mod index;
mod table;

use std::collections::hash_map::RandomState;
use std::fmt;
use std::hash::BuildHasher;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use super::{ClaimState, ClaimToken, Clock, DeliveryStore, StoreError, StoreFuture, SystemClock};
use table::Table;

/// The default maximum number of deliveries a [`MemoryStore`] remembers: 100,000.
pub const DEFAULT_MAX_ENTRIES: usize = 100_000;

/// A [`DeliveryStore`] in this process's memory.
///
/// Right for a single process: other replicas don't see it and a restart forgets it (use
/// `RedisStore`, feature `redis`, for those). It holds at most `max_entries` deliveries.
/// To make room it drops expired deliveries first, then the oldest *done* ones; it never
/// drops one in progress, and when full of those it fails new claims ([`StoreError`], kind
/// `Full`). Every operation takes constant time (plus one step per distinct lease or
/// retention in use), and answers without waiting: the guard calls it directly, with no
/// future to allocate.
///
/// On a machine with several cores, a store of at least 8,192 deliveries is split by the
/// key's hash into shards of at least 4,096, each with its own lock, so deliveries handled
/// at once rarely wait for each other. Each shard holds its share of `max_entries`, and the
/// rules above apply within it: the delivery dropped to make room is the oldest done one of
/// its shard, and a claim fails `Full` when its shard is full of deliveries in progress.
pub struct MemoryStore {
    clock: Arc<dyn Clock>,
    max_entries: usize,
    hasher: RandomState,
    /// Tables of their own for keys by their hash: at most `shard_max` entries each.
    shards: Box<[Shard]>,
    shard_max: usize,
}

/// One table and its lock, on cache lines of their own.
#[repr(align(128))]
struct Shard(Mutex<Table>);

impl MemoryStore {
    /// A store with [`DEFAULT_MAX_ENTRIES`] on the real clock.
    pub fn new() -> MemoryStore {
        MemoryStore::with_clock(DEFAULT_MAX_ENTRIES, SystemClock::new())
    }

    /// A store holding at most `max_entries` (at least 1) deliveries.
    pub fn with_max_entries(max_entries: usize) -> MemoryStore {
        MemoryStore::with_clock(max_entries, SystemClock::new())
    }

    /// A store on another clock, e.g. a [`ManualClock`](super::ManualClock) in tests.
    pub fn with_clock(max_entries: usize, clock: impl Clock + 'static) -> MemoryStore {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        MemoryStore::with_shards(max_entries, shard_count(max_entries, cores), clock)
    }

    /// `shards` (a power of two) splitting `max_entries` evenly.
    fn with_shards(max_entries: usize, shards: usize, clock: impl Clock + 'static) -> MemoryStore {
        let max_entries = max_entries.max(shards);
        MemoryStore {
            clock: Arc::new(clock),
            max_entries,
            hasher: RandomState::new(),
            shards: (0..shards)
                .map(|_| Shard(Mutex::new(Table::default())))
                .collect(),
            shard_max: max_entries / shards,
        }
    }

    /// How many deliveries are remembered now (in progress or done, not expired).
    pub fn len(&self) -> usize {
        let now = self.clock.now();
        self.shards
            .iter()
            .map(|shard| shard.lock(now).purge())
            .sum()
    }

    /// Whether no delivery is remembered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The table of `key`, with its time moved to now, and the key with its hash. The key is
    /// hashed and the clock read before taking the lock, to hold it for less time.
    #[inline]
    fn lock<'k>(&self, key: &'k str) -> (MutexGuard<'_, Table>, (u64, &'k str)) {
        let hash = self.hasher.hash_one(key);
        let now = self.clock.now();
        (self.shards[self.shard_of(hash)].lock(now), (hash, key))
    }

    /// The shard of a key's hash, from the bits its own index uses least (it uses the lowest
    /// and the highest).
    #[inline]
    fn shard_of(&self, hash: u64) -> usize {
        (hash >> 32) as usize & (self.shards.len() - 1)
    }

    /// Entries held, expired ones included.
    fn held(&self) -> usize {
        let now = self.clock.now();
        self.shards.iter().map(|shard| shard.lock(now).held()).sum()
    }

    fn claim_now(
        &self,
        key: &str,
        token: &ClaimToken,
        lease: Duration,
    ) -> Result<ClaimState, StoreError> {
        let (mut table, key) = self.lock(key);
        table.claim(key, token, lease, self.shard_max)
    }

    fn renew_now(&self, key: &str, token: &ClaimToken, lease: Duration) -> bool {
        let (mut table, key) = self.lock(key);
        table.renew(key, token, lease)
    }

    fn complete_now(
        &self,
        key: &str,
        token: &ClaimToken,
        retention: Duration,
    ) -> Result<bool, StoreError> {
        let (mut table, key) = self.lock(key);
        table.complete(key, token, retention, self.shard_max)
    }

    fn release_now(&self, key: &str, token: &ClaimToken) -> bool {
        let (mut table, key) = self.lock(key);
        table.release(key, token)
    }
}

impl Shard {
    fn lock(&self, now: Duration) -> MutexGuard<'_, Table> {
        // Every update leaves the table consistent, so a poisoned lock is still usable.
        let mut table = self.0.lock().unwrap_or_else(|e| e.into_inner());
        table.advance(now);
        table
    }
}

/// One shard per store on one core. Else, for stores of at least twice `SHARD_MIN`
/// deliveries, shards of at least `SHARD_MIN`: up to twice as many as the cores (a power of
/// two), at most 64. With twice as many shards as threads, two threads rarely need one lock.
fn shard_count(max_entries: usize, cores: usize) -> usize {
    const SHARD_MIN: usize = 4096;
    if cores < 2 {
        return 1;
    }
    let most = (2 * cores).min(64).min(max_entries / SHARD_MIN).max(1);
    1 << most.ilog2()
}

impl Default for MemoryStore {
    fn default() -> Self {
        MemoryStore::new()
    }
}

impl fmt::Debug for MemoryStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MemoryStore")
            .field("max_entries", &self.max_entries)
            .field("len", &self.held())
            .finish_non_exhaustive()
    }
}

impl DeliveryStore for MemoryStore {
    fn claim<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        lease: Duration,
    ) -> StoreFuture<'a, ClaimState> {
        Box::pin(async move { self.claim_now(key, token, lease) })
    }

    fn renew<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        lease: Duration,
    ) -> StoreFuture<'a, bool> {
        Box::pin(async move { Ok(self.renew_now(key, token, lease)) })
    }

    fn complete<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        retention: Duration,
    ) -> StoreFuture<'a, bool> {
        Box::pin(async move { self.complete_now(key, token, retention) })
    }

    fn release<'a>(&'a self, key: &'a str, token: &'a ClaimToken) -> StoreFuture<'a, bool> {
        Box::pin(async move { Ok(self.release_now(key, token)) })
    }

    fn claim_without_waiting(
        &self,
        key: &str,
        token: &ClaimToken,
        lease: Duration,
    ) -> Option<Result<ClaimState, StoreError>> {
        Some(self.claim_now(key, token, lease))
    }

    fn complete_without_waiting(
        &self,
        key: &str,
        token: &ClaimToken,
        retention: Duration,
    ) -> Option<Result<bool, StoreError>> {
        Some(self.complete_now(key, token, retention))
    }

    fn release_without_waiting(&self, key: &str, token: &ClaimToken) -> Option<bool> {
        Some(self.release_now(key, token))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guard::{ManualClock, StoreErrorKind};

    const LEASE: Duration = Duration::from_secs(60);
    const KEEP: Duration = Duration::from_secs(3600);

    fn sharded(max_entries: usize, shards: usize) -> MemoryStore {
        MemoryStore::with_shards(max_entries, shards, ManualClock::new())
    }

    fn shard_of(store: &MemoryStore, key: &str) -> usize {
        store.shard_of(store.hasher.hash_one(key))
    }

    #[test]
    fn only_large_stores_on_several_cores_are_split() {
        assert_eq!(shard_count(DEFAULT_MAX_ENTRIES, 1), 1);
        assert_eq!(shard_count(DEFAULT_MAX_ENTRIES, 2), 4);
        assert_eq!(shard_count(DEFAULT_MAX_ENTRIES, 6), 8);
        // 24 shards of 4,096 would fit: the power of two below.
        assert_eq!(shard_count(DEFAULT_MAX_ENTRIES, 64), 16);
        assert_eq!(shard_count(8_191, 8), 1);
        assert_eq!(shard_count(8_192, 8), 2);
        assert_eq!(shard_count(usize::MAX, 1_000), 64);
    }

    #[test]
    fn a_split_store_holds_at_most_its_maximum_and_drops_done_deliveries_for_room() {
        let store = sharded(40, 4);
        for i in 0..1_000 {
            let (key, token) = (format!("wh_{i}"), ClaimToken::generate());
            assert_eq!(
                store.claim_now(&key, &token, LEASE).ok(),
                Some(ClaimState::Claimed)
            );
            assert_eq!(store.complete_now(&key, &token, KEEP).ok(), Some(true));
            assert!(store.len() <= 40, "{} held after {key}", store.len());
        }
        assert_eq!(store.len(), 40, "each shard full of done deliveries");
    }

    #[test]
    fn a_shard_full_of_deliveries_in_progress_refuses_only_its_own_keys() {
        let store = sharded(40, 4);
        let (mut held, mut refused) = (Vec::new(), Vec::new());
        for i in 0..400 {
            let (key, token) = (format!("wh_{i}"), ClaimToken::generate());
            match store.claim_now(&key, &token, LEASE) {
                Ok(ClaimState::Claimed) => held.push((key, token)),
                Err(error) if error.kind() == StoreErrorKind::Full => refused.push(key),
                other => panic!("{key}: {other:?}"),
            }
        }
        assert_eq!(held.len(), 40, "every shard filled up");
        let stranger = ClaimToken::generate();
        for (key, _) in &held {
            let state = store.claim_now(key, &stranger, LEASE);
            assert!(
                matches!(state, Ok(ClaimState::InProgress { .. })),
                "{key}: {state:?}"
            );
        }
        // One done delivery makes room in its own shard, and only there.
        let (done, token) = &held[0];
        assert_eq!(store.complete_now(done, token, KEEP).ok(), Some(true));
        let (same, other): (Vec<_>, Vec<_>) = refused
            .iter()
            .partition(|key| shard_of(&store, key) == shard_of(&store, done));
        assert!(!same.is_empty() && !other.is_empty());
        let token = ClaimToken::generate();
        // A single table of 40 would take this one in the room made.
        let error = store.claim_now(other[0], &token, LEASE).unwrap_err();
        assert_eq!(error.kind(), StoreErrorKind::Full, "{}", other[0]);
        assert_eq!(
            store.claim_now(same[0], &token, LEASE).ok(),
            Some(ClaimState::Claimed)
        );
        for key in other {
            let error = store.claim_now(key, &token, LEASE).unwrap_err();
            assert_eq!(error.kind(), StoreErrorKind::Full, "{key}");
        }
        assert_eq!(store.len(), 40);
    }
}
