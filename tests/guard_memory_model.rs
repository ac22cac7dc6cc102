//! The in-memory store against a plain model of the store contract: random claims, renewals,
//! completions, releases and clock moves on a few keys in a small store, each answer compared
//! with the model's. The model drops every expired entry first, then the done entry
//! completed first, and refuses a new entry when only entries in progress are left. Stores
//! this small are never split in shards; the unit tests in `src/guard/memory/mod.rs` cover
//! the split.

use std::collections::BTreeMap;
use std::time::Duration;

use openai_webhooks::guard::{
    ClaimState, ClaimToken, DeliveryStore, ManualClock, MemoryStore, StoreErrorKind,
};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    Claim { key: u8, token: u8, span: u8 },
    Renew { key: u8, token: u8, span: u8 },
    Complete { key: u8, token: u8, span: u8 },
    Release { key: u8, token: u8 },
    Advance { ms: u8 },
    Len,
}

/// What a call answered, comparable between the store and the model.
#[derive(Debug, PartialEq)]
enum Answer {
    Claim(ClaimState),
    Bool(bool),
    Full,
    Len(usize),
    Moved,
}

#[derive(Default)]
struct Model {
    max: usize,
    now: Duration,
    /// Key → (token while in progress, expiry, completion order when done).
    entries: BTreeMap<u8, (Option<u8>, Duration, u64)>,
    completed: u64,
}

impl Model {
    fn purge(&mut self) {
        let now = self.now;
        self.entries.retain(|_, (_, expires, _)| *expires > now);
    }

    /// Room for one more entry: true if there is, or once the oldest done one is dropped.
    fn room(&mut self) -> bool {
        if self.entries.len() < self.max {
            return true;
        }
        let oldest = self
            .entries
            .iter()
            .filter(|(_, (token, _, _))| token.is_none())
            .min_by_key(|(_, (_, _, order))| *order)
            .map(|(key, _)| *key);
        oldest.is_some_and(|key| self.entries.remove(&key).is_some())
    }

    fn holds(&self, key: u8, token: u8) -> bool {
        matches!(self.entries.get(&key), Some((Some(t), _, _)) if *t == token)
    }

    fn apply(&mut self, op: &Op) -> Answer {
        self.purge();
        let now = self.now;
        match *op {
            Op::Claim { key, token, span } => match self.entries.get(&key).copied() {
                Some((Some(_), expires, _)) => Answer::Claim(ClaimState::InProgress {
                    remaining: Some(expires - now),
                }),
                Some((None, _, _)) => Answer::Claim(ClaimState::Done),
                None if !self.room() => Answer::Full,
                None => {
                    self.entries.insert(key, (Some(token), now + ms(span), 0));
                    Answer::Claim(ClaimState::Claimed)
                }
            },
            Op::Renew { key, token, span } => {
                let held = self.holds(key, token);
                if held {
                    self.entries.insert(key, (Some(token), now + ms(span), 0));
                }
                Answer::Bool(held)
            }
            Op::Complete { key, token, span } => {
                match self.entries.get(&key).copied() {
                    Some(_) if !self.holds(key, token) => return Answer::Bool(false),
                    Some(_) => {}
                    None if !self.room() => return Answer::Full,
                    None => {}
                }
                self.completed += 1;
                self.entries
                    .insert(key, (None, now + ms(span), self.completed));
                Answer::Bool(true)
            }
            Op::Release { key, token } => {
                let held = self.holds(key, token);
                if held {
                    self.entries.remove(&key);
                }
                Answer::Bool(held)
            }
            Op::Advance { ms: by } => {
                self.now += ms(by);
                Answer::Moved
            }
            Op::Len => Answer::Len(self.entries.len()),
        }
    }
}

fn ms(span: u8) -> Duration {
    Duration::from_millis(u64::from(span))
}

async fn apply(store: &MemoryStore, clock: &ManualClock, tokens: &[ClaimToken], op: &Op) -> Answer {
    let key = |k: u8| format!("wh_{k}");
    let full = |kind: StoreErrorKind| {
        assert_eq!(kind, StoreErrorKind::Full);
        Answer::Full
    };
    match *op {
        Op::Claim {
            key: k,
            token,
            span,
        } => {
            match store
                .claim(&key(k), &tokens[token as usize], ms(span))
                .await
            {
                Ok(state) => Answer::Claim(state),
                Err(error) => full(error.kind()),
            }
        }
        Op::Renew {
            key: k,
            token,
            span,
        } => Answer::Bool(
            store
                .renew(&key(k), &tokens[token as usize], ms(span))
                .await
                .unwrap(),
        ),
        Op::Complete {
            key: k,
            token,
            span,
        } => {
            match store
                .complete(&key(k), &tokens[token as usize], ms(span))
                .await
            {
                Ok(done) => Answer::Bool(done),
                Err(error) => full(error.kind()),
            }
        }
        Op::Release { key: k, token } => Answer::Bool(
            store
                .release(&key(k), &tokens[token as usize])
                .await
                .unwrap(),
        ),
        Op::Advance { ms: by } => {
            clock.advance(ms(by));
            Answer::Moved
        }
        Op::Len => Answer::Len(store.len()),
    }
}

fn op() -> impl Strategy<Value = Op> {
    // Few keys, tokens and spans, so keys collide, tokens go stale and entries expire.
    let (key, token, span) = (0u8..6, 0u8..3, 1u8..12);
    prop_oneof![
        3 => (key.clone(), token.clone(), span.clone()).prop_map(|(key, token, span)| Op::Claim { key, token, span }),
        1 => (key.clone(), token.clone(), span.clone()).prop_map(|(key, token, span)| Op::Renew { key, token, span }),
        2 => (key.clone(), token.clone(), span).prop_map(|(key, token, span)| Op::Complete { key, token, span }),
        1 => (key, token).prop_map(|(key, token)| Op::Release { key, token }),
        2 => (0u8..8).prop_map(|ms| Op::Advance { ms }),
        1 => Just(Op::Len),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn the_memory_store_answers_as_the_model(max in 1usize..5, ops in prop::collection::vec(op(), 1..80)) {
        let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
        let clock = ManualClock::new();
        let store = MemoryStore::with_clock(max, clock.clone());
        let tokens: Vec<_> = (0..3).map(|_| ClaimToken::generate()).collect();
        let mut model = Model { max, ..Model::default() };
        for (i, op) in ops.iter().enumerate() {
            let got = rt.block_on(apply(&store, &clock, &tokens, op));
            prop_assert_eq!(got, model.apply(op), "step {} {:?}", i, op);
        }
        prop_assert_eq!(Answer::Len(store.len()), model.apply(&Op::Len), "at the end");
    }
}
