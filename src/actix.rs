//! Receiving webhooks in an [actix-web] 4 handler (feature `actix-web`).
//!
//! [`VerifiedEvent`] reads the raw body (up to a limit), verifies it with the [`Webhook`] in
//! the app's data (`web::Data<Webhook>`) and parses it, before the handler runs. A delivery
//! that fails never reaches the handler; it is answered with a [`WebhookRejection`]:
//!
//! | Problem | Status |
//! |---|---|
//! | missing or invalid `webhook-*` headers, stale timestamp, bad signature | `401 Unauthorized` |
//! | authentic body that is not a JSON object with a string `type` | `400 Bad Request` |
//! | authentic, but its `webhook-id` is not text (it could not key the duplicate guard) | `400 Bad Request` |
//! | body over the limit (1 MiB by default, see [`WebhookConfig`]) | `413 Payload Too Large` |
//! | no `web::Data<Webhook>` in the app (a set-up mistake) | `500 Internal Server Error` |
//!
//! As with axum, an authentic event is never refused for its shape: a listed type whose JSON
//! does not fit arrives as [`UnwrapWebhookEvent::Unparsed`], and the handler decides.
//!
//! ```no_run
//! use actix_web::{post, web, App, HttpResponse, HttpServer};
//! use openai_webhooks::actix::VerifiedEvent;
//! use openai_webhooks::{Webhook, WebhookEvent};
//!
//! #[post("/webhook")]
//! async fn receive(VerifiedEvent(event): VerifiedEvent) -> HttpResponse {
//!     println!("received {} {}", event.event_type(), event.id());
//!     HttpResponse::Ok().finish()
//! }
//!
//! #[actix_web::main]
//! async fn main() -> std::io::Result<()> {
//!     let webhook = web::Data::new(Webhook::from_env().expect("OPENAI_WEBHOOK_SECRET"));
//!     HttpServer::new(move || App::new().app_data(webhook.clone()).service(receive))
//!         .bind("127.0.0.1:8000")?
//!         .run()
//!         .await
//! }
//! ```
//!
//! # Each delivery once
//!
//! With the `guard` feature too, [`handle_once`] runs a handler once per delivery, keyed by
//! its `webhook-id`, through the crate's framework-neutral [`Guard`](crate::guard::Guard):
//! the same answers as the tower layer gives axum services (`409` with `Retry-After` while
//! another copy runs, `200` for a delivery already handled, `503` when the store is down).
//!
//! [actix-web]: https://docs.rs/actix-web/4

use std::future::{poll_fn, Future};
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header::{self, HeaderMap};
use actix_web::http::StatusCode;
use actix_web::web::{Bytes, BytesMut, Data};
use actix_web::{FromRequest, HttpRequest, HttpResponse, ResponseError};
use futures_core::Stream;

use crate::trace;
use crate::{UnwrapWebhookEvent, Webhook, WebhookHeaders};

pub use crate::rejection::{WebhookRejection, DEFAULT_BODY_LIMIT};

/// Extractor: a verified, parsed webhook event.
#[derive(Debug, Clone)]
pub struct VerifiedEvent(pub UnwrapWebhookEvent);

/// Extractor: a verified event with the exact body and headers it arrived with.
#[derive(Clone)]
#[non_exhaustive]
pub struct VerifiedDelivery {
    /// The parsed event.
    pub event: UnwrapWebhookEvent,
    /// The `webhook-id` header: the delivery's id, which OpenAI's retries repeat.
    pub webhook_id: String,
    /// The raw body, byte for byte as signed.
    pub body: Bytes,
    /// The request headers.
    pub headers: HeaderMap,
    /// When the request arrived, for the latency `handle_once` logs.
    #[cfg_attr(not(feature = "guard"), allow(dead_code))]
    started: trace::Started,
}

/// The signature redacted, the body as its length, the event as its type.
impl std::fmt::Debug for VerifiedDelivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let headers = self
            .headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_bytes()))
            .collect();
        f.debug_struct("VerifiedDelivery")
            .field("event", &crate::redact::Event(&self.event))
            .field("webhook_id", &self.webhook_id)
            .field("body", &crate::redact::Body(self.body.len()))
            .field("headers", &crate::redact::Headers(headers))
            .finish()
    }
}

/// Settings of the extractors, found in the app's data (`app_data(WebhookConfig::…)`).
///
/// ```
/// use openai_webhooks::actix::WebhookConfig;
/// let app = actix_web::App::new().app_data(WebhookConfig::default().limit(64 * 1024));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct WebhookConfig {
    limit: usize,
}

impl WebhookConfig {
    /// Sets the body limit in bytes.
    #[must_use]
    pub fn limit(mut self, limit: usize) -> Self {
        self.limit = limit;
        self
    }
}

impl Default for WebhookConfig {
    fn default() -> Self {
        WebhookConfig {
            limit: DEFAULT_BODY_LIMIT,
        }
    }
}

impl ResponseError for WebhookRejection {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    fn error_response(&self) -> HttpResponse {
        HttpResponse::build(self.status_code())
            .content_type("text/plain; charset=utf-8")
            .body(self.to_string())
    }
}

impl WebhookHeaders for HeaderMap {
    fn for_each_value<'a>(&'a self, name: &str, visit: &mut dyn FnMut(&'a [u8])) {
        for value in self.get_all(name) {
            visit(value.as_bytes());
        }
    }
}

impl FromRequest for VerifiedDelivery {
    type Error = WebhookRejection;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(request: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let webhook = request.app_data::<Data<Webhook>>().cloned();
        let limit = request
            .app_data::<WebhookConfig>()
            .copied()
            .unwrap_or_default()
            .limit;
        let headers = request.headers().clone();
        let mut payload = payload.take();
        #[cfg(feature = "guard")]
        let guard = request.app_data::<Data<crate::guard::Guard>>().cloned();
        let started = trace::Started::now();
        Box::pin(async move {
            let verified = async {
                let webhook = webhook.ok_or(WebhookRejection::NotConfigured)?;
                let body = read_body(&headers, &mut payload, limit).await?;
                let event = webhook
                    .unwrap(&body, &headers)
                    .map_err(WebhookRejection::from_error)?;
                let webhook_id = crate::rejection::webhook_id_text(&headers)?.to_owned();
                Ok((event, webhook_id, body))
            };
            let result: Result<_, WebhookRejection> = verified.await;
            let webhook_id = headers.get("webhook-id").map(|v| v.as_bytes());
            let logged = result.as_ref().map(|(event, ..)| event.event_type());
            trace::extracted(logged, webhook_id, started);
            // A guard in the app's data hears of refusals, as it does behind the tower layer.
            #[cfg(feature = "guard")]
            if let (Err(rejection), Some(guard)) = (&result, guard) {
                guard.report(&crate::guard::Outcome::Rejected {
                    status: rejection.http_status(),
                    reason: rejection,
                });
            }
            let (event, webhook_id, body) = result?;
            Ok(VerifiedDelivery {
                event,
                webhook_id,
                body,
                headers,
                started,
            })
        })
    }
}

impl FromRequest for VerifiedEvent {
    type Error = WebhookRejection;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(request: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let delivery = VerifiedDelivery::from_request(request, payload);
        Box::pin(async move { Ok(VerifiedEvent(delivery.await?.event)) })
    }
}

/// At most `limit` bytes of the body; a declared length over the limit is refused unread.
async fn read_body(
    headers: &HeaderMap,
    payload: &mut Payload,
    limit: usize,
) -> Result<Bytes, WebhookRejection> {
    let too_large = WebhookRejection::PayloadTooLarge { limit };
    let declared = headers.get(header::CONTENT_LENGTH).map(|v| v.as_bytes());
    if crate::rejection::declared_over(declared, limit) {
        return Err(too_large);
    }
    let mut body = BytesMut::new();
    while let Some(chunk) = poll_fn(|cx| Pin::new(&mut *payload).poll_next(cx)).await {
        let chunk = chunk.map_err(|_| WebhookRejection::BodyUnreadable)?;
        if body.len() + chunk.len() > limit {
            return Err(too_large);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

/// Runs `handler` once per delivery: claims the verified delivery's `webhook-id` with
/// `guard`, runs the handler if this copy owns it (renewing the claim's lease at half its
/// length meanwhile, see [`ClaimHandle::keep_alive`](crate::guard::ClaimHandle::keep_alive)),
/// then records a `2xx` answer as done and releases the claim on any other answer (or if
/// this future is dropped), so that OpenAI's retry runs the handler again.
///
/// A copy of a delivery already handled gets `200` without running the handler, a copy
/// arriving while another runs gets `409 Conflict` with `Retry-After`, and a store that is
/// unavailable gets `503` with `Retry-After`: the handler never runs unguarded. These are
/// the answers of [`Guard::answer`](crate::guard::Guard::answer), which the tower layer
/// gives too. With the guard in the app's data (`web::Data<Guard>`), the extractors also
/// report their refusals to it ([`Outcome::Rejected`](crate::guard::Outcome::Rejected)).
///
/// ```no_run
/// use actix_web::{web, App, HttpResponse, HttpServer};
/// use openai_webhooks::actix::{handle_once, VerifiedDelivery};
/// use openai_webhooks::guard::Guard;
/// use openai_webhooks::Webhook;
///
/// async fn receive(delivery: VerifiedDelivery, guard: web::Data<Guard>) -> HttpResponse {
///     handle_once(&guard, &delivery, || async {
///         println!("received {} {}", delivery.event.event_type(), delivery.event.id());
///         HttpResponse::Ok().finish()
///     })
///     .await
/// }
///
/// #[actix_web::main]
/// async fn main() -> std::io::Result<()> {
///     let webhook = web::Data::new(Webhook::from_env().expect("OPENAI_WEBHOOK_SECRET"));
///     let guard = web::Data::new(Guard::in_memory()); // one per process, shared by workers
///     HttpServer::new(move || {
///         App::new()
///             .app_data(webhook.clone())
///             .app_data(guard.clone())
///             .route("/webhook", web::post().to(receive))
///     })
///     .bind("127.0.0.1:8000")?
///     .run()
///     .await
/// }
/// ```
#[cfg(feature = "guard")]
#[cfg_attr(docsrs, doc(cfg(feature = "guard")))]
pub async fn handle_once<F, Fut>(
    guard: &crate::guard::Guard,
    delivery: &VerifiedDelivery,
    handler: F,
) -> HttpResponse
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = HttpResponse>,
{
    handle_once_with_token(guard, delivery, |_| handler()).await
}

/// [`handle_once`], handing the handler the claim's token: for
/// `PostgresStore::begin`, which commits the handler's writes with the done mark.
///
/// ```no_run
/// # #[cfg(feature = "postgres")]
/// # mod example {
/// use actix_web::{web, HttpResponse};
/// use openai_webhooks::actix::{handle_once_with_token, VerifiedDelivery};
/// use openai_webhooks::guard::{Guard, PostgresStore};
///
/// async fn receive(
///     delivery: VerifiedDelivery,
///     guard: web::Data<Guard>,
///     store: web::Data<PostgresStore>,
/// ) -> HttpResponse {
///     let (delivery, guard) = (&delivery, &guard);
///     handle_once_with_token(guard, delivery, |token| async move {
///         let Ok(tx) = store.begin(&delivery.webhook_id, &token).await else {
///             return HttpResponse::ServiceUnavailable().finish(); // OpenAI retries
///         };
///         // ... the handler's own writes in `tx`, then both commit together:
///         match tx.commit(guard.retention()).await {
///             Ok(()) => HttpResponse::Ok().finish(),
///             Err(_) => HttpResponse::ServiceUnavailable().finish(),
///         }
///     })
///     .await
/// }
/// # }
/// ```
#[cfg(feature = "guard")]
#[cfg_attr(docsrs, doc(cfg(feature = "guard")))]
pub async fn handle_once_with_token<F, Fut>(
    guard: &crate::guard::Guard,
    delivery: &VerifiedDelivery,
    handler: F,
) -> HttpResponse
where
    F: FnOnce(crate::guard::ClaimToken) -> Fut,
    Fut: Future<Output = HttpResponse>,
{
    use crate::guard::Answer;
    let event_type = delivery.event.event_type();
    let status = |response: &HttpResponse| response.status().as_u16();
    let delivered = (delivery.webhook_id.as_str(), event_type);
    let answer = guard.answer_lazily(delivery.started, delivered, handler, status);
    let reply = match answer.await {
        Answer::Ran(response) => return response,
        Answer::Reply(reply) => reply,
    };
    let status = StatusCode::from_u16(reply.status()).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
    let mut response = HttpResponse::build(status);
    response.content_type(crate::guard::Reply::CONTENT_TYPE);
    if let Some(wait) = reply.retry_after() {
        response.insert_header((header::RETRY_AFTER, wait.as_secs().to_string()));
    }
    response.body(reply.message())
}
