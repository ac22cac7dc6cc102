//! Deliveries for the audit, how they are signed, and what each one got back.

use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::http::{StatusCode, Uri};
use openai_webhooks::Webhook;
use serde_json::{Map, Value};

use crate::client::{PostError, Poster};
use crate::failure::Failure;
use crate::sign::now;
use crate::{ids, samples};

/// One delivery: a fresh `webhook-id` and an event with a fresh `evt_…` id.
#[derive(Clone)]
pub struct Delivery {
    /// What the report calls it: the event type, or what was special about it.
    pub label: String,
    pub webhook_id: String,
    pub body: Bytes,
}

impl Delivery {
    /// The sample of `event_type`.
    pub fn sample(event_type: &str) -> Result<Delivery, Failure> {
        let event = samples::sample_event(event_type, &ids::fresh("evt_")?)?;
        Delivery::of(event_type, event)
    }

    /// `event` under a fresh `webhook-id`, written as it goes on the wire.
    pub fn of(label: &str, event: Map<String, Value>) -> Result<Delivery, Failure> {
        // Indented, with a trailing newline: re-serializing it with any JSON library gives
        // other bytes, so a receiver that verifies re-serialized JSON instead of the raw
        // body is caught.
        let mut body = serde_json::to_vec_pretty(&event)
            .map_err(|e| Failure::Failed(format!("cannot write the {label} event: {e}")))?;
        body.push(b'\n');
        Ok(Delivery {
            label: label.to_owned(),
            webhook_id: ids::fresh("msg_")?,
            body: body.into(),
        })
    }
}

/// The headers a request carries, by name.
pub type Headers = Vec<(&'static str, String)>;

/// What one request got back, and how long it took.
pub struct Sent {
    pub label: String,
    /// The status, or why there was none (a timeout, a dropped connection).
    pub answer: Result<StatusCode, String>,
    /// The answer's body on one line, at most 200 characters.
    pub body: String,
    pub elapsed: Duration,
}

impl Sent {
    pub fn ok(&self) -> bool {
        matches!(self.answer, Ok(status) if status.is_success())
    }

    pub fn status(&self) -> Option<u16> {
        self.answer.as_ref().ok().map(|s| s.as_u16())
    }

    /// The status, or what happened instead: `401`, `no answer within 10 s`.
    pub fn short(&self) -> String {
        match &self.answer {
            Ok(status) => status.as_u16().to_string(),
            Err(why) => why.clone(),
        }
    }

    /// The status with the body: `401 "Invalid signature"`.
    pub fn full(&self) -> String {
        match (&self.answer, self.body.is_empty()) {
            (Ok(status), true) => format!("{} (empty body)", status.as_u16()),
            (Ok(status), false) => format!("{} \"{}\"", status.as_u16(), self.body),
            (Err(why), _) => why.clone(),
        }
    }
}

/// Sends the audit's requests and keeps the timings of the valid ones.
pub struct Prober {
    poster: Poster,
    uri: Uri,
    webhook: Webhook,
    /// Every answer to a valid delivery: what `answers-quickly` judges.
    pub timed: Vec<(String, Result<Duration, String>)>,
}

impl Prober {
    pub fn new(poster: Poster, uri: Uri, webhook: Webhook) -> Prober {
        Prober {
            poster,
            uri,
            webhook,
            timed: Vec::new(),
        }
    }

    /// The three webhook headers, signed with `webhook` at `timestamp`.
    pub fn signed_by(webhook: &Webhook, delivery: &Delivery, timestamp: i64) -> Headers {
        vec![
            ("webhook-id", delivery.webhook_id.clone()),
            ("webhook-timestamp", timestamp.to_string()),
            (
                "webhook-signature",
                webhook.sign(&delivery.webhook_id, timestamp, &delivery.body),
            ),
        ]
    }

    /// The headers OpenAI would send with `delivery` now.
    pub fn signed(&self, delivery: &Delivery) -> Headers {
        Prober::signed_by(&self.webhook, delivery, now())
    }

    pub fn webhook(&self) -> &Webhook {
        &self.webhook
    }

    /// POSTs `body` with `headers`; an endpoint that cannot be reached ends the audit.
    pub async fn post(&self, label: &str, headers: &Headers, body: Bytes) -> Result<Sent, Failure> {
        let mut sent: Vec<(&str, &[u8])> = vec![("content-type", b"application/json")];
        sent.extend(headers.iter().map(|(n, v)| (*n, v.as_bytes())));
        let started = Instant::now();
        let result = self.poster.post(&self.uri, &sent, body).await;
        let elapsed = started.elapsed();
        let (answer, body) = match result {
            Ok(answer) => (Ok(answer.status), answer.shown_body()),
            Err(PostError::NoAnswer(why)) => (Err(why), String::new()),
            Err(unreachable) => return Err(unreachable.failure(&self.uri, true)),
        };
        Ok(Sent {
            label: label.to_owned(),
            answer,
            body,
            elapsed,
        })
    }

    /// POSTs a valid delivery signed now, and keeps its timing.
    pub async fn post_valid(&mut self, delivery: &Delivery) -> Result<Sent, Failure> {
        self.post_valid_at(delivery, now()).await
    }

    /// [`post_valid`](Self::post_valid), signed at `timestamp`.
    pub async fn post_valid_at(
        &mut self,
        delivery: &Delivery,
        timestamp: i64,
    ) -> Result<Sent, Failure> {
        let headers = Prober::signed_by(&self.webhook, delivery, timestamp);
        let sent = self
            .post(&delivery.label, &headers, delivery.body.clone())
            .await?;
        self.time(&sent);
        Ok(sent)
    }

    /// Keeps the timing of a valid delivery's answer.
    pub fn time(&mut self, sent: &Sent) {
        let timing = match &sent.answer {
            Ok(_) => Ok(sent.elapsed),
            Err(why) => Err(why.clone()),
        };
        self.timed.push((sent.label.clone(), timing));
    }
}
