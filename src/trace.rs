//! One log event per delivery from the server integrations (feature `tracing`); without the
//! feature every function here is empty and compiles away. The verifier itself never logs.
//!
//! Events go to the target `openai_webhooks` with the fields `webhook_id`, `event_type`,
//! `outcome`, `status` and `latency_us` (and `reason` for a refusal): `debug` for a
//! delivery handled, verified, already handled or in progress, `warn` for a refusal, a
//! handler failure or a store failure. Never the secret, a signature or the body.

#[cfg(feature = "tracing")]
use std::time::Instant;

/// When a delivery arrived, for its log line's latency: a clock reading with `tracing`, and
/// nothing without (a reading costs about a tenth of a verification).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Started(#[cfg(feature = "tracing")] Instant);

impl Started {
    pub(crate) fn now() -> Started {
        Started(
            #[cfg(feature = "tracing")]
            Instant::now(),
        )
    }
}

/// The event type kept for the log line written once the handler has answered: a copy with
/// `tracing` (a `Box<str>`, the smallest owned text: it is held in the layer's future), and
/// nothing without.
#[cfg(feature = "tower")]
pub(crate) struct EventType(#[cfg(feature = "tracing")] Box<str>);

#[cfg(feature = "tower")]
#[cfg_attr(not(feature = "tracing"), allow(unused_variables))]
impl EventType {
    pub(crate) fn new(event_type: &str) -> EventType {
        EventType(
            #[cfg(feature = "tracing")]
            event_type.into(),
        )
    }

    pub(crate) fn as_str(&self) -> &str {
        #[cfg(feature = "tracing")]
        return &self.0;
        #[cfg(not(feature = "tracing"))]
        ""
    }
}

/// What became of one delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code)] // each integration reaches only some outcomes
pub(crate) enum Delivered {
    /// Verified and parsed by an extractor, which does not see the handler's answer.
    Verified,
    /// The handler ran and answered `2xx`.
    Handled,
    /// The handler ran and answered something else; the claim was released.
    Failed,
    /// Already handled: answered without running the handler.
    Duplicate,
    /// Another copy holds the claim: answered `409`.
    InProgress,
    /// The guard's store failed: answered `503`.
    StoreUnavailable,
}

#[cfg_attr(not(feature = "tracing"), allow(dead_code))]
impl Delivered {
    fn as_str(self) -> &'static str {
        match self {
            Delivered::Verified => "verified",
            Delivered::Handled => "handled",
            Delivered::Failed => "failed",
            Delivered::Duplicate => "duplicate",
            Delivered::InProgress => "in_progress",
            Delivered::StoreUnavailable => "store_unavailable",
        }
    }
}

/// A delivery that passed verification. `status` is the answer, when the integration knows
/// it (an extractor hands the delivery to the handler and does not see its answer).
#[cfg_attr(not(feature = "tracing"), allow(unused_variables))]
pub(crate) fn delivered(
    outcome: Delivered,
    webhook_id: &str,
    event_type: &str,
    status: Option<u16>,
    started: Started,
) {
    #[cfg(feature = "tracing")]
    {
        let latency_us = elapsed_us(started);
        let (webhook_id, event_type) = (printable(webhook_id), printable(event_type));
        let warn = matches!(outcome, Delivered::Failed | Delivered::StoreUnavailable);
        let outcome = outcome.as_str();
        match (status, warn) {
            (Some(status), true) => {
                tracing::warn!(target: "openai_webhooks", webhook_id, event_type, outcome, status, latency_us, "webhook delivery")
            }
            (Some(status), false) => {
                tracing::debug!(target: "openai_webhooks", webhook_id, event_type, outcome, status, latency_us, "webhook delivery")
            }
            (None, _) => {
                tracing::debug!(target: "openai_webhooks", webhook_id, event_type, outcome, latency_us, "webhook delivery")
            }
        }
    }
}

/// What an extractor made of a delivery: verified (with its event type; `""` when it was not
/// parsed) or refused.
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) fn extracted(
    result: Result<&str, &crate::rejection::WebhookRejection>,
    webhook_id: Option<&[u8]>,
    started: Started,
) {
    match result {
        Ok(event_type) => {
            let id = webhook_id.and_then(|id| std::str::from_utf8(id).ok());
            delivered(
                Delivered::Verified,
                id.unwrap_or(""),
                event_type,
                None,
                started,
            );
        }
        Err(rejection) => rejected(webhook_id, rejection.http_status(), rejection, started),
    }
}

/// A delivery refused before it reached the handler. `webhook_id` is the raw header, which
/// an unverified request can set to anything: it is logged only when short and printable.
#[cfg_attr(not(feature = "tracing"), allow(unused_variables))]
#[cfg(any(feature = "axum", feature = "actix-web", feature = "tower"))]
pub(crate) fn rejected(
    webhook_id: Option<&[u8]>,
    status: u16,
    reason: &dyn std::fmt::Display,
    started: Started,
) {
    #[cfg(feature = "tracing")]
    {
        let latency_us = elapsed_us(started);
        let webhook_id = webhook_id
            .and_then(|id| std::str::from_utf8(id).ok())
            .map_or("", printable);
        tracing::warn!(
            target: "openai_webhooks",
            webhook_id,
            outcome = "rejected",
            status,
            %reason,
            latency_us,
            "webhook delivery refused"
        );
    }
}

#[cfg(feature = "tracing")]
fn elapsed_us(started: Started) -> u64 {
    u64::try_from(started.0.elapsed().as_micros()).unwrap_or(u64::MAX)
}

/// `text` if it is at most 128 printable ASCII characters, else `"<unprintable>"`: header
/// values end up in log lines, and must not forge or flood them.
#[cfg(feature = "tracing")]
fn printable(text: &str) -> &str {
    if text.len() <= 128 && text.bytes().all(|b| b.is_ascii_graphic()) {
        text
    } else {
        "<unprintable>"
    }
}
