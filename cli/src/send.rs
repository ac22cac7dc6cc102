//! `openai-webhooks send`: plays OpenAI's side against an endpoint.

use std::path::PathBuf;
use std::time::Duration;

use axum::body::Bytes;
use axum::http::Uri;
use clap::Args;
use openai_webhooks::Webhook;

use crate::client::{self, CaCertArg, Poster};
use crate::failure::Failure;
use crate::secret::SecretArg;
use crate::sign::now;
use crate::{ids, input, output, samples};

/// Sign sample events (or a payload file) and POST them to an endpoint, as OpenAI does.
///
/// Sends the spec's sample of each TYPE, or of every type when none is given. Each delivery
/// gets a fresh event id (`evt_…`) and a fresh webhook-id (`msg_…`). Prints one line per
/// POST: `<type> <webhook-id> <status>`; a non-2xx answer's body goes to stderr. Exit
/// status 1 if any answer was not 2xx; 2 if an https endpoint's certificate does not verify.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    export OPENAI_WEBHOOK_SECRET=whsec_...\n  \
    openai-webhooks send --url http://127.0.0.1:8000/webhook\n  \
    openai-webhooks send --url http://127.0.0.1:8000/webhook response.completed --repeat 3\n  \
    openai-webhooks send --url http://127.0.0.1:8000/webhook --file event.json")]
pub struct SendCommand {
    /// The endpoint, an http:// or https:// URL.
    #[arg(long)]
    url: String,
    /// Event types to send (see `openai-webhooks events`); all of them when none is given.
    #[arg(value_name = "TYPE")]
    types: Vec<String>,
    /// Send this payload, byte for byte, instead of samples (`-` reads stdin).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["types", "event_id"])]
    file: Option<PathBuf>,
    /// Send each delivery N times with the same webhook-id and event, re-signed with a
    /// fresh timestamp each time, as OpenAI's retries are.
    #[arg(long, value_name = "N", default_value_t = 1,
          value_parser = clap::value_parser!(u32).range(1..=1000))]
    repeat: u32,
    /// The webhook-id to send (default: a fresh `msg_…` per delivery). One delivery only.
    #[arg(long)]
    id: Option<String>,
    /// The sample's event id (default: a fresh `evt_…` per delivery). One type only.
    #[arg(long, value_name = "ID")]
    event_id: Option<String>,
    #[command(flatten)]
    cacert: CaCertArg,
    #[command(flatten)]
    secret: SecretArg,
}

/// How long one POST may take, connection included.
const TIMEOUT: Duration = Duration::from_secs(30);

/// One delivery: sent `--repeat` times under one webhook-id.
struct Delivery {
    event_type: String,
    webhook_id: String,
    body: Bytes,
}

impl SendCommand {
    pub fn run(self) -> Result<(), Failure> {
        let uri = client::target_url("--url", &self.url)?;
        let webhook = self.secret.webhook()?;
        let deliveries = self.deliveries()?;
        let poster = self.cacert.poster(TIMEOUT)?;
        let runtime = crate::runtime()?;
        let failures =
            runtime.block_on(post_all(&poster, &webhook, &uri, &deliveries, self.repeat))?;
        match failures {
            0 => Ok(()),
            n => Err(Failure::Failed(format!(
                "{n} of {} POSTs were not answered 2xx",
                deliveries.len() * self.repeat as usize
            ))),
        }
    }

    fn deliveries(&self) -> Result<Vec<Delivery>, Failure> {
        for (option, id) in [("--id", &self.id), ("--event-id", &self.event_id)] {
            if let Some(id) = id {
                ids::check(option, id)?;
            }
        }
        let webhook_id = |id: &Option<String>| match id {
            Some(id) => Ok(id.clone()),
            None => ids::fresh("msg_"),
        };
        if let Some(file) = &self.file {
            let body = input::read(file)?;
            return Ok(vec![Delivery {
                event_type: samples::type_of(&body),
                webhook_id: webhook_id(&self.id)?,
                body: body.into(),
            }]);
        }
        let types: Vec<&str> = if self.types.is_empty() {
            samples::types_with_samples()
        } else {
            self.types.iter().map(String::as_str).collect()
        };
        if types.len() > 1 && (self.id.is_some() || self.event_id.is_some()) {
            return Err(Failure::Usage(
                "--id and --event-id need a single TYPE (or --file)".into(),
            ));
        }
        types
            .into_iter()
            .map(|event_type| {
                let event_id = match &self.event_id {
                    Some(id) => id.clone(),
                    None => ids::fresh("evt_")?,
                };
                Ok(Delivery {
                    event_type: event_type.to_owned(),
                    webhook_id: webhook_id(&self.id)?,
                    body: samples::sample(event_type, &event_id)?.into(),
                })
            })
            .collect()
    }
}

/// POSTs every delivery `repeat` times; returns how many answers were not 2xx. An endpoint
/// that cannot be reached stops everything.
async fn post_all(
    poster: &Poster,
    webhook: &Webhook,
    uri: &Uri,
    deliveries: &[Delivery],
    repeat: u32,
) -> Result<usize, Failure> {
    let mut failures = 0;
    for delivery in deliveries {
        for _ in 0..repeat {
            let now = now();
            let signature = webhook.sign(&delivery.webhook_id, now, &delivery.body);
            let timestamp = now.to_string();
            let headers: [(&str, &[u8]); 4] = [
                ("content-type", b"application/json"),
                ("webhook-id", delivery.webhook_id.as_bytes()),
                ("webhook-timestamp", timestamp.as_bytes()),
                ("webhook-signature", signature.as_bytes()),
            ];
            let answer = poster
                .post(uri, &headers, delivery.body.clone())
                .await
                .map_err(|e| e.failure(uri, false))?;
            let status = answer.status.as_u16();
            output::line(&format!(
                "{} {} {status}",
                delivery.event_type, delivery.webhook_id
            ));
            if !answer.status.is_success() {
                failures += 1;
                output::error(&format!(
                    "{} {} answered {status}: {}",
                    delivery.event_type,
                    delivery.webhook_id,
                    match answer.shown_body() {
                        body if body.is_empty() => "(empty body)".to_owned(),
                        body => body,
                    }
                ));
            }
        }
    }
    Ok(failures)
}
