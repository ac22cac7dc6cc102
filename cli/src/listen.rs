//! `openai-webhooks listen`: a local receiver that verifies and reports each delivery.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::State;
use axum::http::header::{CONTENT_TYPE, RETRY_AFTER};
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use clap::Args;
use openai_webhooks::guard::{Guard, Outcome};
use openai_webhooks::tower::{VerifiedWebhook, WebhookLayer, DEFAULT_BODY_LIMIT};

use crate::client::{self, CaCertArg, Poster};
use crate::failure::Failure;
use crate::output;
use crate::secret::SecretArg;

/// Receive webhooks: verify each delivery and print what arrived.
///
/// Serves `POST /webhook` and `POST /`. Prints `listening on http://<addr>/webhook`, then
/// one line per delivery: `received <type> <event id>` (the event's JSON with --json),
/// `duplicate <webhook-id>` for a repeat of a delivery already handled (answered 200 without
/// handling it again, as a service with the crate's duplicate guard does), or
/// `rejected <status> <reason>`. With --forward-to, each verified delivery is passed on
/// unchanged (body and webhook headers), and the target's status, `Retry-After` and body
/// are printed and answered. Stops on Ctrl-C.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    export OPENAI_WEBHOOK_SECRET=whsec_...\n  \
    openai-webhooks listen\n  \
    openai-webhooks listen --bind 127.0.0.1:0 --json\n  \
    openai-webhooks listen --forward-to http://127.0.0.1:3000/api/webhooks")]
pub struct ListenCommand {
    /// The address to listen on; port 0 picks a free port.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8000")]
    bind: SocketAddr,
    /// Print each verified event as one line of JSON instead of its type and id.
    #[arg(long)]
    json: bool,
    /// Refuse bodies larger than this many bytes with 413.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_BODY_LIMIT)]
    body_limit: usize,
    /// Pass each verified delivery on to this http:// or https:// URL.
    #[arg(long, value_name = "URL")]
    forward_to: Option<String>,
    /// How long the --forward-to target may take to answer, in seconds; then the sender
    /// gets 503 and retries.
    #[arg(long, value_name = "SECS", default_value_t = 30,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    forward_timeout: u64,
    #[command(flatten)]
    cacert: CaCertArg,
    #[command(flatten)]
    secret: SecretArg,
}

impl ListenCommand {
    pub fn run(self) -> Result<(), Failure> {
        let forward = match &self.forward_to {
            Some(url) => Some(Arc::new(Forward {
                uri: client::target_url("--forward-to", url)?,
                poster: self
                    .cacert
                    .poster(Duration::from_secs(self.forward_timeout))?,
            })),
            None => None,
        };
        // Each delivery handled once, keyed by `webhook-id`, in this process's memory; what
        // the guard answers without the handler is printed as it happens.
        let guard = Guard::in_memory().on_outcome(print_outcome);
        let layer = WebhookLayer::new(self.secret.webhook()?, guard).body_limit(self.body_limit);
        let receiver = Receiver {
            json: self.json,
            forward,
        };
        crate::runtime()?.block_on(serve(self.bind, router(receiver, layer)))
    }
}

async fn serve(bind: SocketAddr, router: Router) -> Result<(), Failure> {
    let listener = tokio::net::TcpListener::bind(bind)
        .await
        .map_err(|e| Failure::Failed(format!("cannot listen on {bind}: {e}")))?;
    let addr = listener
        .local_addr()
        .map_err(|e| Failure::Failed(format!("cannot listen on {bind}: {e}")))?;
    let stop = stop_signal()?;
    output::line(&format!("listening on http://{addr}/webhook"));
    axum::serve(listener, router)
        .with_graceful_shutdown(stop)
        .await
        .map_err(|e| Failure::Failed(format!("the server stopped: {e}")))
}

fn router(receiver: Receiver, layer: WebhookLayer) -> Router {
    let receive = post(receive).layer(layer).fallback(not_served);
    Router::new()
        .route("/webhook", receive.clone())
        .route("/", receive)
        .fallback(not_served)
        .with_state(receiver)
}

/// One line for each answer the guard gives without the handler.
fn print_outcome(outcome: &Outcome<'_>) {
    if let Outcome::Duplicate { .. }
    | Outcome::InProgress { .. }
    | Outcome::Rejected { .. }
    | Outcome::StoreFailed { .. } = outcome
    {
        output::line(&outcome.to_string());
    }
}

/// What every request handler shares.
#[derive(Clone)]
struct Receiver {
    json: bool,
    forward: Option<Arc<Forward>>,
}

/// Runs once per delivery: the layer verified and claimed it.
async fn receive(
    State(receiver): State<Receiver>,
    headers: HeaderMap,
    delivery: VerifiedWebhook,
) -> Response {
    let event = &delivery.event;
    if receiver.json {
        let json = serde_json::from_slice::<serde_json::Value>(&delivery.body)
            .map_or_else(|e| format!("unprintable event: {e}"), |v| v.to_string());
        output::line(&json);
    } else {
        output::line(&format!("received {} {}", event.event_type(), event.id()));
    }
    match &receiver.forward {
        Some(forward) => forward.pass_on(&headers, &delivery).await,
        None => StatusCode::OK.into_response(),
    }
}

/// Where verified deliveries are passed on to.
struct Forward {
    uri: Uri,
    poster: Poster,
}

impl Forward {
    /// Passes the delivery on unchanged and answers what the target answered: its status,
    /// `Retry-After` and body (503 if it cannot be reached in time, so the sender retries).
    async fn pass_on(&self, headers: &HeaderMap, delivery: &VerifiedWebhook) -> Response {
        let mut sent: Vec<(&str, &[u8])> = Vec::new();
        for name in [
            "content-type",
            "webhook-id",
            "webhook-timestamp",
            "webhook-signature",
        ] {
            for value in headers.get_all(name) {
                sent.push((name, value.as_bytes()));
            }
        }
        let answer = match self
            .poster
            .post(&self.uri, &sent, delivery.body.clone())
            .await
        {
            Ok(answer) => answer,
            Err(e) => {
                let e = e.failure(&self.uri, false);
                output::line(&format!("forward failed: {e}"));
                return StatusCode::SERVICE_UNAVAILABLE.into_response();
            }
        };
        let shown = answer.shown_body();
        match shown.is_empty() {
            true => output::line(&format!("forwarded {}", answer.status.as_u16())),
            false => output::line(&format!("forwarded {} {shown}", answer.status.as_u16())),
        }
        let mut response = Response::new(Body::from(answer.body));
        *response.status_mut() = answer.status;
        for name in [CONTENT_TYPE, RETRY_AFTER] {
            if let Some(value) = answer.headers.get(&name) {
                response.headers_mut().insert(name, value.clone());
            }
        }
        response
    }
}

/// Anything but `POST /webhook` and `POST /`.
async fn not_served(method: Method, uri: Uri) -> StatusCode {
    let status = if matches!(uri.path(), "/" | "/webhook") {
        StatusCode::METHOD_NOT_ALLOWED
    } else {
        StatusCode::NOT_FOUND
    };
    output::line(&format!(
        "rejected {} {method} {} (only POST /webhook and POST / are served)",
        status.as_u16(),
        uri.path()
    ));
    status
}

/// Resolves on Ctrl-C (or SIGTERM on Unix). The handlers are installed when this is called,
/// not when the future is first polled: a signal sent as soon as the address is printed
/// must stop the server, not kill the process.
fn stop_signal() -> Result<impl std::future::Future<Output = ()>, Failure> {
    let failed = |e: std::io::Error| Failure::Failed(format!("cannot watch for Ctrl-C: {e}"));
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut interrupt = signal(SignalKind::interrupt()).map_err(failed)?;
        let mut terminate = signal(SignalKind::terminate()).map_err(failed)?;
        Ok(async move {
            tokio::select! {
                _ = interrupt.recv() => {}
                _ = terminate.recv() => {}
            }
        })
    }
    #[cfg(windows)]
    {
        let mut ctrl_c = tokio::signal::windows::ctrl_c().map_err(failed)?;
        Ok(async move {
            ctrl_c.recv().await;
        })
    }
}
