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
//! 3. calls the inner service with a [`VerifiedWebhook`] and the claim's
//!    [`ClaimToken`](crate::guard::ClaimToken) in the request's extensions and the body as
//!    received (with the token, a `PostgresStore` handler can commit its own writes with
//!    the done mark: `PostgresStore::begin`), renewing the claim's lease at half its length
//!    while it runs ([`ClaimHandle::keep_alive`](crate::guard::ClaimHandle::keep_alive));
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
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use bytes::Bytes;
use http::{header, HeaderValue, Request, Response, StatusCode};
use http_body_util::{Either, Full};
use tower_layer::Layer;
use tower_service::Service;

pub use crate::delivery::{VerifiedWebhook, WebhookRejection, DEFAULT_BODY_LIMIT};
use crate::guard::{Claim, Guard, Outcome};
use crate::trace::{self, Delivered};
use crate::Webhook;

/// `Retry-After` for `503`: the store may be back in a few seconds.
const UNAVAILABLE_RETRY_AFTER: &str = "5";

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

    /// Sets the body limit in bytes; a larger body is answered `413`.
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
/// `S` receives `Request<Full<Bytes>>` (the body as received, already read) with a
/// [`VerifiedWebhook`] extension. Responses the layer makes itself have a plain-text body.
#[derive(Debug, Clone)]
pub struct WebhookService<S> {
    inner: S,
    shared: Arc<Shared>,
}

/// The response body: the inner service's, or the layer's own short text.
pub type ResponseBody<B> = Either<B, Full<Bytes>>;

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for WebhookService<S>
where
    S: Service<Request<Full<Bytes>>, Response = Response<ResBody>> + Clone + Send + 'static,
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

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        // The clone that was polled ready serves this request.
        let clone = self.inner.clone();
        let inner = std::mem::replace(&mut self.inner, clone);
        let shared = self.shared.clone();
        Box::pin(handle(shared, inner, request))
    }
}

async fn handle<S, ReqBody, ResBody>(
    shared: Arc<Shared>,
    mut inner: S,
    request: Request<ReqBody>,
) -> Result<Response<ResponseBody<ResBody>>, S::Error>
where
    S: Service<Request<Full<Bytes>>, Response = Response<ResBody>>,
    ReqBody: http_body::Body,
    ReqBody::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let started = std::time::Instant::now();
    let guard = &shared.guard;
    let (parts, body) = request.into_parts();
    let read = crate::delivery::read_verified(&shared.webhook, &parts.headers, body, shared.limit);
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
            return Ok(text(status, rejection.to_string(), None));
        }
    };
    let (webhook_id, event_type) = (delivery.webhook_id.clone(), delivery.event.event_type());
    let event_type = event_type.to_owned();
    let log = |outcome, status: StatusCode| {
        trace::delivered(
            outcome,
            &webhook_id,
            &event_type,
            Some(status.as_u16()),
            started,
        )
    };
    let claim = match guard.claim(&delivery.webhook_id).await {
        Ok(Claim::Claimed(claim)) => claim,
        Ok(Claim::InProgress { retry_after }) => {
            log(Delivered::InProgress, StatusCode::CONFLICT);
            let seconds = HeaderValue::from(retry_after.as_secs());
            let message = "This delivery is being handled; retry later";
            return Ok(text(StatusCode::CONFLICT, message.into(), Some(seconds)));
        }
        Ok(Claim::Done) => {
            log(Delivered::Duplicate, StatusCode::OK);
            return Ok(text(StatusCode::OK, "Already handled".into(), None));
        }
        Err(_) => {
            log(Delivered::StoreUnavailable, StatusCode::SERVICE_UNAVAILABLE);
            // Never run the handler unguarded: OpenAI retries a 503.
            let seconds = HeaderValue::from_static(UNAVAILABLE_RETRY_AFTER);
            let message = "Delivery store unavailable; retry later";
            return Ok(text(
                StatusCode::SERVICE_UNAVAILABLE,
                message.into(),
                Some(seconds),
            ));
        }
    };
    let mut request = Request::from_parts(parts, Full::new(delivery.body.clone()));
    request.extensions_mut().insert(delivery);
    request.extensions_mut().insert(claim.token().clone());
    // Renewed while the service runs; dropping `claim` (a panic or a cancelled request)
    // releases it.
    let response = claim.keep_alive(inner.call(request)).await;
    // A failed store update leaves the handler's answer as it is: the handler ran.
    let success = matches!(&response, Ok(r) if r.status().is_success());
    let status = match &response {
        Ok(r) => r.status(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    };
    let outcome = match success {
        true => Delivered::Handled,
        false => Delivered::Failed,
    };
    log(outcome, status);
    let _ = match success {
        true => claim.complete().await,
        false => claim.release().await,
    };
    response.map(|r| r.map(Either::Left))
}

fn text<B>(
    status: StatusCode,
    message: String,
    retry_after: Option<HeaderValue>,
) -> Response<ResponseBody<B>> {
    let mut response = Response::new(Either::Right(Full::new(Bytes::from(message))));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    if let Some(seconds) = retry_after {
        headers.insert(header::RETRY_AFTER, seconds);
    }
    response
}
