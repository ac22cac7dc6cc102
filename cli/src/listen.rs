//! `openai-webhooks listen`: a local receiver that verifies and reports each delivery.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{FromRef, State};
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use clap::Args;
use openai_webhooks::axum::{VerifiedDelivery, WebhookRejection};
use openai_webhooks::guard::{Claim, Guard};
use openai_webhooks::Webhook;

use crate::client::{self, Poster};
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
/// unchanged (body and webhook headers) and the status it got is printed and answered.
/// Stops on Ctrl-C.
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
    /// Pass each verified delivery on to this http:// URL.
    #[arg(long, value_name = "URL")]
    forward_to: Option<String>,
    #[command(flatten)]
    secret: SecretArg,
}

impl ListenCommand {
    pub fn run(self) -> Result<(), Failure> {
        let forward = match &self.forward_to {
            Some(url) => Some(Arc::new(Forward {
                uri: client::http_url("--forward-to", url)?,
                poster: Poster::new(),
            })),
            None => None,
        };
        let receiver = Receiver {
            webhook: self.secret.webhook()?,
            guard: Guard::in_memory(),
            json: self.json,
            forward,
        };
        crate::runtime()?.block_on(serve(self.bind, receiver))
    }
}

async fn serve(bind: SocketAddr, receiver: Receiver) -> Result<(), Failure> {
    let listener = tokio::net::TcpListener::bind(bind)
        .await
        .map_err(|e| Failure::Failed(format!("cannot listen on {bind}: {e}")))?;
    let addr = listener
        .local_addr()
        .map_err(|e| Failure::Failed(format!("cannot listen on {bind}: {e}")))?;
    let stop = stop_signal()?;
    output::line(&format!("listening on http://{addr}/webhook"));
    axum::serve(listener, router(receiver))
        .with_graceful_shutdown(stop)
        .await
        .map_err(|e| Failure::Failed(format!("the server stopped: {e}")))
}

fn router(receiver: Receiver) -> Router {
    Router::new()
        .route("/webhook", post(receive).fallback(not_served))
        .route("/", post(receive).fallback(not_served))
        .fallback(not_served)
        .with_state(receiver)
}

/// What every request handler shares.
#[derive(Clone)]
struct Receiver {
    webhook: Webhook,
    /// Each delivery handled once, keyed by `webhook-id`, in this process's memory.
    guard: Guard,
    json: bool,
    forward: Option<Arc<Forward>>,
}

impl FromRef<Receiver> for Webhook {
    fn from_ref(receiver: &Receiver) -> Webhook {
        receiver.webhook.clone()
    }
}

async fn receive(
    State(receiver): State<Receiver>,
    delivery: Result<VerifiedDelivery, WebhookRejection>,
) -> Response {
    let delivery = match delivery {
        Ok(delivery) => delivery,
        Err(rejection) => {
            output::line(&format!(
                "rejected {} {rejection}",
                rejection.status().as_u16()
            ));
            return rejection.into_response();
        }
    };
    // Verified, so the header is there; a repeat carries the same value.
    let webhook_id = delivery
        .headers
        .get("webhook-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    match receiver.guard.claim(&webhook_id).await {
        Ok(Claim::Claimed(claim)) => {
            let response = receiver.accept(delivery).await;
            // Only a success is final: anything else lets the sender's retry run again.
            let _ = match response.status().is_success() {
                true => claim.complete().await,
                false => claim.release().await.map(|_| false),
            };
            response
        }
        Ok(Claim::Done) => {
            output::line(&format!("duplicate {webhook_id}"));
            StatusCode::OK.into_response()
        }
        Ok(Claim::InProgress { retry_after }) => {
            output::line(&format!("in progress {webhook_id}"));
            let message = "This delivery is being handled; retry later";
            retry_later(StatusCode::CONFLICT, retry_after.as_secs(), message)
        }
        // The store is unavailable, or answered in a way this build does not know: the
        // sender retries, and the handler never runs unguarded.
        other => {
            match other {
                Err(e) => output::line(&format!("rejected 503 {e}")),
                Ok(_) => output::line("rejected 503 unknown claim state"),
            }
            let message = "Delivery store unavailable; retry later";
            retry_later(StatusCode::SERVICE_UNAVAILABLE, 5, message)
        }
    }
}

/// A plain-text answer with `Retry-After`, as the library's integrations give.
fn retry_later(status: StatusCode, seconds: u64, message: &'static str) -> Response {
    let retry_after = [(axum::http::header::RETRY_AFTER, seconds.to_string())];
    (status, retry_after, message).into_response()
}

impl Receiver {
    /// Reports a verified delivery, then answers it or passes it on.
    async fn accept(&self, delivery: VerifiedDelivery) -> Response {
        let event = &delivery.event;
        if self.json {
            let json = serde_json::from_slice::<serde_json::Value>(&delivery.body)
                .map_or_else(|e| format!("unprintable event: {e}"), |v| v.to_string());
            output::line(&json);
        } else {
            output::line(&format!("received {} {}", event.event_type(), event.id()));
        }
        match &self.forward {
            Some(forward) => forward.pass_on(&delivery).await,
            None => StatusCode::OK.into_response(),
        }
    }
}

/// Where verified deliveries are passed on to.
struct Forward {
    uri: Uri,
    poster: Poster,
}

impl Forward {
    /// Passes the delivery on unchanged and answers with the status it got (503 if the
    /// target cannot be reached, so the sender retries).
    async fn pass_on(&self, delivery: &VerifiedDelivery) -> Response {
        let mut headers: Vec<(&str, &[u8])> = Vec::new();
        for name in [
            "content-type",
            "webhook-id",
            "webhook-timestamp",
            "webhook-signature",
        ] {
            for value in delivery.headers.get_all(name) {
                headers.push((name, value.as_bytes()));
            }
        }
        match self
            .poster
            .post(&self.uri, &headers, delivery.body.clone())
            .await
        {
            Ok(answer) if answer.status.is_success() || answer.body.is_empty() => {
                output::line(&format!("forwarded {}", answer.status.as_u16()));
                answer.status.into_response()
            }
            Ok(answer) => {
                output::line(&format!(
                    "forwarded {} {}",
                    answer.status.as_u16(),
                    answer.body
                ));
                answer.status.into_response()
            }
            Err(e) => {
                output::line(&format!("forward failed: cannot reach {}: {e}", self.uri));
                StatusCode::SERVICE_UNAVAILABLE.into_response()
            }
        }
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
