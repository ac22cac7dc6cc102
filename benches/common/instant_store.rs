//! A `DeliveryStore` that remembers nothing and answers at once, without a future (as the
//! in-memory store does): every claim succeeds. Only for measuring the layer without a
//! store's cost.

use std::time::Duration;

use openai_webhooks::guard::{ClaimState, ClaimToken, DeliveryStore, StoreError, StoreFuture};

pub struct InstantStore;

impl DeliveryStore for InstantStore {
    fn claim<'a>(
        &'a self,
        _: &'a str,
        _: &'a ClaimToken,
        _: Duration,
    ) -> StoreFuture<'a, ClaimState> {
        Box::pin(async { Ok(ClaimState::Claimed) })
    }

    fn renew<'a>(&'a self, _: &'a str, _: &'a ClaimToken, _: Duration) -> StoreFuture<'a, bool> {
        Box::pin(async { Ok(true) })
    }

    fn complete<'a>(&'a self, _: &'a str, _: &'a ClaimToken, _: Duration) -> StoreFuture<'a, bool> {
        Box::pin(async { Ok(true) })
    }

    fn release<'a>(&'a self, _: &'a str, _: &'a ClaimToken) -> StoreFuture<'a, bool> {
        Box::pin(async { Ok(true) })
    }

    fn claim_without_waiting(
        &self,
        _: &str,
        _: &ClaimToken,
        _: Duration,
    ) -> Option<Result<ClaimState, StoreError>> {
        Some(Ok(ClaimState::Claimed))
    }

    fn complete_without_waiting(
        &self,
        _: &str,
        _: &ClaimToken,
        _: Duration,
    ) -> Option<Result<bool, StoreError>> {
        Some(Ok(true))
    }

    fn release_without_waiting(&self, _: &str, _: &ClaimToken) -> Option<bool> {
        Some(true)
    }
}
