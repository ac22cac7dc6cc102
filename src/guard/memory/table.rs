//! The store's state: entries in a slab, found by their key's hash, and linked in lists of
//! one state and one duration each, so every list is in expiry order.

use std::time::Duration;

use super::index::Index;
use crate::guard::{ClaimState, ClaimToken, StoreError};

/// No entry (end of a list or a hash chain).
const NONE: usize = usize::MAX;

#[derive(Default)]
pub(super) struct Table {
    entries: Vec<Entry>,
    /// Slots of dropped entries, reused with their key buffers.
    free: Vec<usize>,
    index: Index,
    lists: Vec<List>,
    /// Entries held, expired ones included until they are dropped.
    held: usize,
    /// Completion counter: done entries are evicted in this order.
    next_done: u64,
    /// The latest time seen, so times only grow in the order calls take the lock.
    now: Duration,
}

struct Entry {
    key: String,
    hash: u64,
    /// The next entry whose key has the same hash.
    same_hash: usize,
    /// `Some` while in progress, `None` once done.
    token: Option<ClaimToken>,
    expires: Duration,
    /// When done: its place in the completion order.
    done: u64,
    list: usize,
    prev: usize,
    next: usize,
}

/// The entries of one state (in progress or done) and one lease or retention, oldest first.
/// They all got `now + span` in the order they joined, so the first expires first.
struct List {
    done: bool,
    span: Duration,
    first: usize,
    last: usize,
}

enum Found {
    Live(usize),
    Expired(usize),
    Absent,
}

impl Table {
    /// `now`, or the latest time another call saw if that is later.
    pub(super) fn advance(&mut self, now: Duration) -> Duration {
        self.now = self.now.max(now);
        self.now
    }

    pub(super) fn claim(
        &mut self,
        (hash, key): (u64, &str),
        token: &ClaimToken,
        lease: Duration,
        max: usize,
    ) -> Result<ClaimState, StoreError> {
        let now = self.now;
        let slot = match self.find(hash, key) {
            Found::Live(slot) => {
                let entry = &self.entries[slot];
                return Ok(match entry.token {
                    Some(_) => ClaimState::InProgress {
                        remaining: Some(entry.expires.saturating_sub(now)),
                    },
                    None => ClaimState::Done,
                });
            }
            Found::Expired(slot) => slot,
            Found::Absent => self.vacant(hash, key, max)?,
        };
        self.set(slot, Some(token.clone()), lease);
        Ok(ClaimState::Claimed)
    }

    pub(super) fn renew(
        &mut self,
        (hash, key): (u64, &str),
        token: &ClaimToken,
        lease: Duration,
    ) -> bool {
        let Some(slot) = self.held_by(hash, key, token) else {
            return false;
        };
        self.set(slot, Some(token.clone()), lease);
        true
    }

    pub(super) fn complete(
        &mut self,
        (hash, key): (u64, &str),
        token: &ClaimToken,
        retention: Duration,
        max: usize,
    ) -> Result<bool, StoreError> {
        let slot = match self.find(hash, key) {
            Found::Live(slot) if self.entries[slot].token.as_ref() == Some(token) => slot,
            Found::Live(_) => return Ok(false),
            // Free (the lease ran out, nobody claimed it since): the success still counts.
            Found::Expired(slot) => slot,
            Found::Absent => self.vacant(hash, key, max)?,
        };
        self.set(slot, None, retention);
        Ok(true)
    }

    pub(super) fn release(&mut self, (hash, key): (u64, &str), token: &ClaimToken) -> bool {
        let Some(slot) = self.held_by(hash, key, token) else {
            return false;
        };
        self.drop_entry(slot);
        true
    }

    /// Drops every expired entry; returns how many are left.
    pub(super) fn purge(&mut self) -> usize {
        for list in 0..self.lists.len() {
            while let Some(slot) = self.expired_first(list) {
                self.drop_entry(slot);
            }
        }
        self.held
    }

    /// Entries held, expired ones included.
    pub(super) fn held(&self) -> usize {
        self.held
    }

    fn find(&self, hash: u64, key: &str) -> Found {
        let mut slot = self.index.get(&hash).copied().unwrap_or(NONE);
        while slot != NONE {
            let entry = &self.entries[slot];
            if entry.key == key {
                return match entry.expires > self.now {
                    true => Found::Live(slot),
                    false => Found::Expired(slot),
                };
            }
            slot = entry.same_hash;
        }
        Found::Absent
    }

    /// The entry of `key`, if `token` holds it in progress.
    fn held_by(&self, hash: u64, key: &str, token: &ClaimToken) -> Option<usize> {
        match self.find(hash, key) {
            Found::Live(slot) if self.entries[slot].token.as_ref() == Some(token) => Some(slot),
            _ => None,
        }
    }

    /// A slot for a new entry of `key`: a free one while the store holds fewer than `max`;
    /// when full, that of an expired entry, else of the entry done first. A store full of
    /// entries in progress has none: `Full`.
    fn vacant(&mut self, hash: u64, key: &str, max: usize) -> Result<usize, StoreError> {
        let slot = if self.held < max {
            self.held += 1;
            self.free.pop().unwrap_or_else(|| {
                self.entries.push(Entry::vacant());
                self.entries.len() - 1
            })
        } else {
            let slot = (0..self.lists.len())
                .find_map(|list| self.expired_first(list))
                .or_else(|| self.done_first())
                .ok_or_else(StoreError::full)?;
            self.unindex(slot);
            self.unlink(slot);
            slot
        };
        let entry = &mut self.entries[slot];
        entry.key.clear();
        entry.key.push_str(key);
        entry.hash = hash;
        entry.same_hash = self.index.insert(hash, slot).unwrap_or(NONE);
        Ok(slot)
    }

    /// Puts the entry in progress under `token` (or done, with `None`) for `span` from now,
    /// at the end of its list.
    fn set(&mut self, slot: usize, token: Option<ClaimToken>, span: Duration) {
        self.unlink(slot);
        let done = token.is_none();
        let list = self.list_for(done, span);
        let last = self.lists[list].last;
        let entry = &mut self.entries[slot];
        if done {
            entry.done = self.next_done;
            self.next_done += 1;
        }
        entry.token = token;
        entry.expires = self.now.saturating_add(span);
        (entry.list, entry.prev, entry.next) = (list, last, NONE);
        match last {
            NONE => self.lists[list].first = slot,
            last => self.entries[last].next = slot,
        }
        self.lists[list].last = slot;
    }

    fn drop_entry(&mut self, slot: usize) {
        self.unindex(slot);
        self.unlink(slot);
        self.entries[slot].token = None;
        self.free.push(slot);
        self.held -= 1;
    }

    /// The list of this state and span, made (or an empty one reused) if there is none.
    fn list_for(&mut self, done: bool, span: Duration) -> usize {
        if let Some(list) = self
            .lists
            .iter()
            .position(|l| l.done == done && l.span == span)
        {
            return list;
        }
        let list = List {
            done,
            span,
            first: NONE,
            last: NONE,
        };
        match self.lists.iter().position(|l| l.first == NONE) {
            Some(empty) => {
                self.lists[empty] = list;
                empty
            }
            None => {
                self.lists.push(list);
                self.lists.len() - 1
            }
        }
    }

    /// The first entry of `list` if it has expired.
    fn expired_first(&self, list: usize) -> Option<usize> {
        let first = self.lists[list].first;
        (first != NONE && self.entries[first].expires <= self.now).then_some(first)
    }

    /// The done entry completed before all others.
    fn done_first(&self) -> Option<usize> {
        self.lists
            .iter()
            .filter(|l| l.done && l.first != NONE)
            .map(|l| l.first)
            .min_by_key(|&slot| self.entries[slot].done)
    }

    fn unlink(&mut self, slot: usize) {
        let Entry {
            list, prev, next, ..
        } = self.entries[slot];
        if list == NONE {
            return;
        }
        match prev {
            NONE => self.lists[list].first = next,
            prev => self.entries[prev].next = next,
        }
        match next {
            NONE => self.lists[list].last = prev,
            next => self.entries[next].prev = prev,
        }
        self.entries[slot].list = NONE;
    }

    fn unindex(&mut self, slot: usize) {
        let Entry {
            hash, same_hash, ..
        } = self.entries[slot];
        let first = self.index[&hash];
        if first == slot {
            match same_hash {
                NONE => self.index.remove(&hash),
                next => self.index.insert(hash, next),
            };
            return;
        }
        let mut at = first;
        while self.entries[at].same_hash != slot {
            at = self.entries[at].same_hash;
        }
        self.entries[at].same_hash = same_hash;
    }
}

impl Entry {
    fn vacant() -> Entry {
        Entry {
            key: String::new(),
            hash: 0,
            same_hash: NONE,
            token: None,
            expires: Duration::ZERO,
            done: 0,
            list: NONE,
            prev: NONE,
            next: NONE,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR: Duration = Duration::from_secs(3600);

    /// Keys whose hashes collide stay apart, whichever of them leaves first.
    #[test]
    fn keys_with_one_hash_are_kept_apart() {
        let mut table = Table::default();
        let tokens: Vec<_> = (0..4).map(|_| ClaimToken::generate()).collect();
        let keys = ["wh_a", "wh_b", "wh_c"];
        for (key, token) in keys.iter().zip(&tokens) {
            let claimed = table.claim((7, key), token, HOUR, 3);
            assert_eq!(claimed.unwrap(), ClaimState::Claimed, "{key}");
        }
        // The middle of the chain leaves, then its head.
        assert!(table.release((7, "wh_b"), &tokens[1]));
        assert!(table.complete((7, "wh_c"), &tokens[2], HOUR, 3).unwrap());
        assert!(!table.release((7, "wh_c"), &tokens[2]), "done");
        assert!(table.release((7, "wh_a"), &tokens[0]));
        assert_eq!(
            table.claim((7, "wh_c"), &tokens[3], HOUR, 3).unwrap(),
            ClaimState::Done
        );
        assert_eq!(
            table.claim((7, "wh_b"), &tokens[3], HOUR, 3).unwrap(),
            ClaimState::Claimed
        );
        // Full: the done key on the chain is evicted, the one in progress stays.
        assert_eq!(
            table.claim((7, "wh_a"), &tokens[3], HOUR, 2).unwrap(),
            ClaimState::Claimed
        );
        assert_eq!(
            table.claim((7, "wh_c"), &tokens[0], HOUR, 3).unwrap(),
            ClaimState::Claimed
        );
        assert!(table.complete((7, "wh_b"), &tokens[3], HOUR, 3).unwrap());
        assert_eq!(table.purge(), 3);
    }

    /// One list per state and span, reused once empty: as many as spans in use at once.
    #[test]
    fn lists_are_reused_once_empty() {
        let mut table = Table::default();
        let token = ClaimToken::generate();
        for span in 1..100 {
            let key = format!("wh_{span}");
            let span = Duration::from_millis(span);
            assert_eq!(
                table
                    .claim((span.as_millis() as u64, &key), &token, span, 10)
                    .unwrap(),
                ClaimState::Claimed
            );
            assert!(table.release((span.as_millis() as u64, &key), &token));
        }
        assert_eq!(table.lists.len(), 1);
    }
}
