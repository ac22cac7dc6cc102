//! A tower layer that verifies each delivery and handles it once (feature `tower`).
//!
//! [`WebhookLayer`], a tower [`Layer`], wraps the service that handles deliveries. For each
//! request it:
//!
//! 1. reads the body up to a limit and verifies it with the [`Webhook`]: a failure is
//!    answered `401` (not authentic or not fresh), `400` (not an event) or `413` (too
//!    large), and never touches the guard's store;
//! 2. claims the `webhook-id` with the [`Guard`]: another copy in progress is answered
//!    `409 Conflict` with `Retry-After`, a delivery already handled `200 OK`, a store that is
//!    down or full `503 Service Unavailable`; the inner service does not run for any of them;
//! 3. once the inner service is ready, calls it with a [`VerifiedWebhook`] in the request's
//!    extensions, carrying the claim's token ([`VerifiedWebhook::claim_token`]: with it, a
//!    `PostgresStore` handler commits its own writes with the done mark,
//!    `PostgresStore::begin`), and the body as received, renewing the claim's lease at half
//!    its length while it runs
//!    ([`ClaimHandle::keep_alive`](crate::guard::ClaimHandle::keep_alive));
//! 4. marks the delivery done if the answer is `2xx`, and releases it otherwise, or if the
//!    inner service fails, panics or is cancelled, so OpenAI's retry runs it again.
//!
//! It works with any tower-based server. In axum, put it on the webhook route and read the
//! delivery with the [`VerifiedWebhook`] extractor (or `VerifiedEvent`):
//!
//! ```
//! use axum::{http::StatusCode, routing::post, Router};
//! use openai_webhooks::guard::Guard;
//! use openai_webhooks::tower::{VerifiedWebhook, WebhookLayer};
//! use openai_webhooks::{UnwrapWebhookEvent, Webhook};
//!
//! async fn receive(delivery: VerifiedWebhook) -> StatusCode {
//!     if let UnwrapWebhookEvent::ResponseCompleted(e) = &delivery.event {
//!         println!("response {} is ready", e.data.id);
//!     }
//!     StatusCode::OK // a non-2xx status releases the claim: OpenAI's retry runs this again
//! }
//!
//! # fn main() -> Result<(), openai_webhooks::Error> {
//! # let webhook = Webhook::new("whsec_Zg==")?;
//! // let webhook = Webhook::from_env()?;  // OPENAI_WEBHOOK_SECRET
//! let guard = Guard::in_memory(); // or a RedisStore shared by every replica
//! let app: Router = Router::new().route(
//!     "/webhook",
//!     post(receive).layer(WebhookLayer::new(webhook, guard)),
//! );
//! # Ok(())
//! # }
//! ```

use std::future::Future;
use std::pin::{pin, Pin};
use std::sync::Arc;
use std::task::{Context, Poll};

use http::{header, HeaderValue, Request, Response, StatusCode};
use tower_layer::Layer;
use tower_service::Service;

mod body;
mod ready_call;

pub use body::{BytesBody, ResponseBody};
use ready_call::ReadyCall;

pub use crate::delivery::{VerifiedWebhook, WebhookRejection, DEFAULT_BODY_LIMIT};
use crate::guard::{Answer, ClaimToken, Guard, Outcome, Reply};
use crate::trace;
use crate::Webhook;

/// The layer: verify, claim, call the inner service, complete or release. See the
/// [module docs](self).
#[derive(Debug, Clone)]
pub struct WebhookLayer {
    shared: Arc<Shared>,
}

#[derive(Debug, Clone)]
struct Shared {
    webhook: Webhook,
    guard: Guard,
    limit: usize,
}

impl WebhookLayer {
    /// A layer verifying with `webhook` and deduplicating with `guard`, with a body limit of
    /// [`DEFAULT_BODY_LIMIT`] (1 MiB).
    pub fn new(webhook: Webhook, guard: Guard) -> WebhookLayer {
        WebhookLayer {
            shared: Arc::new(Shared {
                webhook,
                guard,
                limit: DEFAULT_BODY_LIMIT,
            }),
        }
    }

    /// Sets the body limit in bytes; a larger body is answered `413`. The layer reads the
    /// body itself, so a `DefaultBodyLimit` on an axum router does not apply to it.
    #[must_use = "builder methods return the changed value; use it"]
    pub fn body_limit(self, limit: usize) -> WebhookLayer {
        let Shared { webhook, guard, .. } = Arc::unwrap_or_clone(self.shared);
        WebhookLayer {
            shared: Arc::new(Shared {
                webhook,
                guard,
                limit,
            }),
        }
    }
}

impl<S> Layer<S> for WebhookLayer {
    type Service = WebhookService<S>;

    fn layer(&self, inner: S) -> WebhookService<S> {
        WebhookService {
            inner,
            shared: self.shared.clone(),
        }
    }
}

/// The service [`WebhookLayer`] makes around `S`.
///
/// `S` receives a `Request<`[`BytesBody`]`>` (the body as received, already read) with a
/// [`VerifiedWebhook`] extension, which carries the claim's token. The response body is a
/// [`ResponseBody`]: `S`'s, or the layer's own short text.
///
/// It is always ready: a delivery is read, verified and claimed first, and only then does it
/// wait for `S` to be ready, so a slow upload never holds a slot of a concurrency limit
/// inside. The other side of it: `S`'s back-pressure does not reach the layers outside. A
/// request waiting for `S` holds its body (up to the limit) and its claim (renewed; copies
/// meanwhile get `409`). To bound how many bodies are read at once, put a concurrency limit
/// or load shedding *outside* this layer; to bound the wait, a timeout.
#[derive(Debug, Clone)]
pub struct WebhookService<S> {
    inner: S,
    shared: Arc<Shared>,
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for WebhookService<S>
where
    S: Service<Request<BytesBody>, Response = Response<ResBody>> + Clone + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
    ReqBody: http_body::Body + Send + 'static,
    ReqBody::Data: Send,
    ReqBody::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    ResBody: Send + 'static,
{
    type Response = Response<ResponseBody<ResBody>>;
    type Error = S::Error;
    type Future = BoxFuture<Result<Self::Response, S::Error>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        // `S`'s readiness is awaited in `call`, once the delivery is read and claimed.
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        let inner = self.inner.clone();
        let shared = self.shared.clone();
        Box::pin(handle(shared, inner, request))
    }
}

async fn handle<S, ReqBody, ResBody>(
    shared: Arc<Shared>,
    inner: S,
    request: Request<ReqBody>,
) -> Result<Response<ResponseBody<ResBody>>, S::Error>
where
    S: Service<Request<BytesBody>, Response = Response<ResBody>>,
    ReqBody: http_body::Body,
    ReqBody::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let started = trace::Started::now();
    let guard = &shared.guard;
    let (webhook_id, event_type, token);
    // Before the work: dropped after it (see `Guard::answer_pinned`).
    let mut held = None;
    // The request for the inner service, built in place: the parts and the delivery moved
    // into it take no room of their own in this future while the handler runs. Polled only
    // once the delivery is claimed.
    let work = pin!(ReadyCall::new(inner, {
        let (parts, body) = request.into_parts();
        let read =
            crate::delivery::read_verified(&shared.webhook, &parts.headers, body, shared.limit);
        let delivery = match read.await {
            Ok(delivery) => delivery,
            Err(rejection) => {
                let status = rejection.status();
                let webhook_id = parts.headers.get("webhook-id").map(HeaderValue::as_bytes);
                trace::rejected(webhook_id, status.as_u16(), &rejection, started);
                guard.report(&Outcome::Rejected {
                    status: status.as_u16(),
                    reason: &rejection,
                });
                let body = ResponseBody::message(rejection.to_string());
                return Ok(text(status, body, None));
            }
        };
        // One copy for the claim and the log line; the delivery keeps its own for the handler.
        webhook_id = Arc::<str>::from(delivery.webhook_id.as_str());
        event_type = trace::EventType::new(delivery.event.event_type());
        token = ClaimToken::generate();
        let mut delivery = delivery;
        delivery.claim_token = Some(token.clone());
        let mut request = Request::from_parts(parts, BytesBody::new(delivery.body.clone()));
        request.extensions_mut().insert(delivery);
        request
    }));
    let status = |response: &Result<Response<ResBody>, S::Error>| match response {
        Ok(response) => response.status().as_u16(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.as_u16(),
    };
    let delivered = (&webhook_id, event_type.as_str());
    let claim = (&token, &mut held);
    match guard
        .answer_pinned(started, delivered, claim, work, status)
        .await
    {
        Answer::Ran(response) => response.map(|r| r.map(ResponseBody::inner)),
        Answer::Reply(reply) => Ok(guard_reply(reply)),
    }
}

fn guard_reply<B>(reply: Reply) -> Response<ResponseBody<B>> {
    let status = StatusCode::from_u16(reply.status()).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
    let body = ResponseBody::text(reply.message());
    text(status, body, reply.retry_after().map(|d| d.as_secs()))
}

fn text<B>(
    status: StatusCode,
    body: ResponseBody<B>,
    retry_after: Option<u64>,
) -> Response<ResponseBody<B>> {
    let mut response = Response::new(body);
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(Reply::CONTENT_TYPE),
    );
    if let Some(seconds) = retry_after {
        headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    response
}
