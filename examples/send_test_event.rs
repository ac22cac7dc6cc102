//! Plays OpenAI's side: signs sample events with your secret and POSTs them to an endpoint,
//! so you can test a receiver without OpenAI.
//!
//! ```sh
//! OPENAI_WEBHOOK_SECRET=whsec_… cargo run --example send_test_event -- [--url URL] [TYPE ...]
//! ```
//!
//! With no `TYPE`, it sends one sample of every event type the crate knows. The URL defaults
//! to `http://127.0.0.1:8000/webhook`. The samples come from the examples in OpenAI's spec.

use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use http_body_util::Full;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use openai_webhooks::{UnwrapWebhookEvent, Webhook};

const USAGE: &str =
    "usage: send_test_event [--url URL] [TYPE ...]   (secret: OPENAI_WEBHOOK_SECRET)";

#[tokio::main]
async fn main() -> ExitCode {
    let mut url = "http://127.0.0.1:8000/webhook".to_owned();
    let mut types = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--url" => match args.next() {
                Some(u) => url = u,
                None => return fail(USAGE),
            },
            "-h" | "--help" => {
                println!(
                    "{USAGE}\nevent types: {}",
                    UnwrapWebhookEvent::KNOWN_EVENT_TYPES.join(", ")
                );
                return ExitCode::SUCCESS;
            }
            _ => types.push(arg),
        }
    }
    if types.is_empty() {
        types = UnwrapWebhookEvent::KNOWN_EVENT_TYPES
            .iter()
            .map(|t| t.to_string())
            .collect();
    }
    let webhook = match Webhook::from_env() {
        Ok(w) => w,
        Err(e) => return fail(&e.to_string()),
    };
    let uri: hyper::Uri = match url.parse() {
        Ok(u) => u,
        Err(e) => return fail(&format!("bad URL {url}: {e}")),
    };

    let client = Client::builder(TokioExecutor::new()).build_http::<Full<bytes::Bytes>>();
    let mut failures = 0;
    for (n, event_type) in types.iter().enumerate() {
        let Some(body) = UnwrapWebhookEvent::sample_payload(event_type) else {
            eprintln!("{event_type:<28} no sample (known types: see --help)");
            failures += 1;
            continue;
        };
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        let id = format!("wh_test_{now}_{n}");
        let request = hyper::Request::post(uri.clone())
            .header("content-type", "application/json")
            .header("webhook-id", &id)
            .header("webhook-timestamp", now.to_string())
            .header("webhook-signature", webhook.sign(&id, now, &body))
            .body(Full::from(body));
        let response = match request {
            Ok(r) => client.request(r).await,
            Err(e) => return fail(&e.to_string()),
        };
        match response {
            Ok(r) => {
                println!("{event_type:<28} -> {}", r.status());
                failures += usize::from(!r.status().is_success());
            }
            Err(e) => {
                eprintln!("{event_type:<28} -> cannot reach {url}: {e}");
                failures += 1;
            }
        }
    }
    if failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("{message}");
    ExitCode::from(2)
}
