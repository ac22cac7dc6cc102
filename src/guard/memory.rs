//! The in-memory store: one process, bounded.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::{ClaimState, ClaimToken, Clock, DeliveryStore, StoreError, StoreFuture, SystemClock};

/// The default maximum number of deliveries a [`MemoryStore`] remembers: 100,000.
pub const DEFAULT_MAX_ENTRIES: usize = 100_000;

/// A [`DeliveryStore`] in this process's memory.
///
/// Right for a single process: other replicas don't see it and a restart forgets it (use
/// `RedisStore`, feature `redis`, for those). It holds at most `max_entries` deliveries.
/// To make room it drops the oldest *done* deliveries first; it never drops one in
/// progress, and when full of those it fails new claims ([`StoreError`], kind `Full`).
/// Expired entries are dropped as time passes. Every operation is `O(log n)`.
pub struct MemoryStore {
    clock: Arc<dyn Clock>,
    max_entries: usize,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    entries: HashMap<String, Entry>,
    /// Every entry by `(expiry, seq)`, to drop expired ones in order.
    expiries: BTreeMap<(Duration, u64), String>,
    /// Done entries by `seq` (completion order), to evict the oldest first.
    done: BTreeMap<u64, String>,
    next_seq: u64,
}

struct Entry {
    /// `Some` while in progress, `None` once done.
    token: Option<ClaimToken>,
    expires: Duration,
    seq: u64,
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
            state: Mutex::new(State::default()),
        }
    }

    /// How many deliveries are remembered now (in progress or done, not expired).
    pub fn len(&self) -> usize {
        let mut state = self.lock();
        state.purge(self.clock.now());
        state.entries.len()
    }

    /// Whether no delivery is remembered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // Every update leaves the state consistent, so a poisoned lock is still usable.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn claim_now(
        &self,
        key: &str,
        token: &ClaimToken,
        lease: Duration,
    ) -> Result<ClaimState, StoreError> {
        let now = self.clock.now();
        let mut state = self.lock();
        state.purge(now);
        if let Some(entry) = state.entries.get(key) {
            return Ok(match entry.token {
                Some(_) => ClaimState::InProgress {
                    remaining: Some(entry.expires.saturating_sub(now)),
                },
                None => ClaimState::Done,
            });
        }
        if state.entries.len() >= self.max_entries && !state.evict_oldest_done() {
            return Err(StoreError::full());
        }
        state.insert(
            key.to_owned(),
            Some(token.clone()),
            now.saturating_add(lease),
        );
        Ok(ClaimState::Claimed)
    }

    fn renew_now(&self, key: &str, token: &ClaimToken, lease: Duration) -> bool {
        let now = self.clock.now();
        let mut state = self.lock();
        state.purge(now);
        if !state.holds(key, token) {
            return false;
        }
        state.remove(key);
        state.insert(
            key.to_owned(),
            Some(token.clone()),
            now.saturating_add(lease),
        );
        true
    }

    fn complete_now(
        &self,
        key: &str,
        token: &ClaimToken,
        retention: Duration,
    ) -> Result<bool, StoreError> {
        let now = self.clock.now();
        let mut state = self.lock();
        state.purge(now);
        if state.entries.contains_key(key) {
            if !state.holds(key, token) {
                return Ok(false);
            }
            state.remove(key);
        } else if state.entries.len() >= self.max_entries && !state.evict_oldest_done() {
            // Free (the lease ran out, nobody claimed it since): it needs room, as a claim does.
            return Err(StoreError::full());
        }
        state.insert(key.to_owned(), None, now.saturating_add(retention));
        Ok(true)
    }

    fn release_now(&self, key: &str, token: &ClaimToken) -> bool {
        let mut state = self.lock();
        state.purge(self.clock.now());
        if !state.holds(key, token) {
            return false;
        }
        state.remove(key);
        true
    }
}

impl State {
    fn holds(&self, key: &str, token: &ClaimToken) -> bool {
        self.entries
            .get(key)
            .is_some_and(|e| e.token.as_ref() == Some(token))
    }

    fn insert(&mut self, key: String, token: Option<ClaimToken>, expires: Duration) {
        let seq = self.next_seq;
        self.next_seq += 1;
        if token.is_none() {
            self.done.insert(seq, key.clone());
        }
        self.expiries.insert((expires, seq), key.clone());
        self.entries.insert(
            key,
            Entry {
                token,
                expires,
                seq,
            },
        );
    }

    fn remove(&mut self, key: &str) {
        if let Some(entry) = self.entries.remove(key) {
            self.expiries.remove(&(entry.expires, entry.seq));
            self.done.remove(&entry.seq);
        }
    }

    /// Drops every entry whose lease or retention ended at or before `now`.
    fn purge(&mut self, now: Duration) {
        while let Some(entry) = self.expiries.first_entry() {
            if entry.key().0 > now {
                break;
            }
            let key = entry.remove();
            self.remove(&key);
        }
    }

    /// Drops the done entry completed first. Returns whether there was one.
    fn evict_oldest_done(&mut self) -> bool {
        match self.done.first_key_value() {
            Some((_, key)) => {
                let key = key.clone();
                self.remove(&key);
                true
            }
            None => false,
        }
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
            .field("len", &self.lock().entries.len())
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

    fn release_without_waiting(&self, key: &str, token: &ClaimToken) -> Option<bool> {
        Some(self.release_now(key, token))
    }
}
