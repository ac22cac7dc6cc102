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
pub struct MemoryStore {
    clock: Arc<dyn Clock>,
    max_entries: usize,
    hasher: RandomState,
    table: Mutex<Table>,
}

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
        MemoryStore {
            clock: Arc::new(clock),
            max_entries: max_entries.max(1),
            hasher: RandomState::new(),
            table: Mutex::new(Table::default()),
        }
    }

    /// How many deliveries are remembered now (in progress or done, not expired).
    pub fn len(&self) -> usize {
        self.lock().purge()
    }

    /// Whether no delivery is remembered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The table, with its time moved to now. The key is hashed and the clock read before
    /// taking the lock, to hold it for less time.
    fn lock(&self) -> MutexGuard<'_, Table> {
        let now = self.clock.now();
        // Every update leaves the table consistent, so a poisoned lock is still usable.
        let mut table = self.table.lock().unwrap_or_else(|e| e.into_inner());
        table.advance(now);
        table
    }

    fn key<'k>(&self, key: &'k str) -> (u64, &'k str) {
        (self.hasher.hash_one(key), key)
    }

    fn claim_now(
        &self,
        key: &str,
        token: &ClaimToken,
        lease: Duration,
    ) -> Result<ClaimState, StoreError> {
        let key = self.key(key);
        self.lock().claim(key, token, lease, self.max_entries)
    }

    fn renew_now(&self, key: &str, token: &ClaimToken, lease: Duration) -> bool {
        let key = self.key(key);
        self.lock().renew(key, token, lease)
    }

    fn complete_now(
        &self,
        key: &str,
        token: &ClaimToken,
        retention: Duration,
    ) -> Result<bool, StoreError> {
        let key = self.key(key);
        self.lock()
            .complete(key, token, retention, self.max_entries)
    }

    fn release_now(&self, key: &str, token: &ClaimToken) -> bool {
        let key = self.key(key);
        self.lock().release(key, token)
    }
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
            .field("len", &self.lock().held())
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
