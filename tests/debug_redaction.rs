//! `Debug` of every type that holds a delivery's headers or body shows neither the signature
//! nor the payload: `tracing::debug!(?delivery)` must be safe to write.

use axum::body::Body;
use axum::http::Request;
use axum::routing::post;
use axum::Router;
use http_body_util::BodyExt;
use openai_webhooks::guard::Guard;
use openai_webhooks::tower::{VerifiedWebhook, WebhookLayer};
use openai_webhooks::Webhook;
use tower::ServiceExt;

const SECRET: &str = "whsec_ZGVidWctcmVkYWN0aW9uLXRlc3Q=";
/// A payload whose values are easy to spot in output.
const BODY: &str = r#"{"id": "evt_PAYLOADID", "object": "event", "created_at": 1, "type": "batch.completed", "data": {"id": "batch_PAYLOADVALUE"}}"#;

fn signed_request() -> (Request<Body>, String) {
    let webhook = Webhook::new(SECRET).unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let signature = webhook.sign("msg_debug", now, BODY);
    let request = Request::post("/")
        .header("webhook-id", "msg_debug")
        .header("webhook-timestamp", now.to_string())
        .header("webhook-signature", &signature)
        .header("content-type", "application/json")
        .body(Body::from(BODY))
        .unwrap();
    (request, signature)
}

/// `{:?}` and `{:#?}` of `value`.
fn both(value: &impl std::fmt::Debug) -> String {
    format!("{value:?}\n{value:#?}")
}

/// Neither the signature (nor its base64 part) nor a value of the payload appears.
fn assert_redacted(text: &str, signature: &str) {
    let encoded = signature.trim_start_matches("v1,");
    assert!(!text.contains(encoded), "signature in {text}");
    for value in ["PAYLOADID", "PAYLOADVALUE", "created_at"] {
        assert!(!text.contains(value), "`{value}` of the body in {text}");
    }
    assert!(
        text.contains("<redacted>") || !text.contains("headers"),
        "{text}"
    );
    assert!(text.contains(&format!("<{} bytes>", BODY.len())), "{text}");
    assert!(text.contains("batch.completed"), "{text}");
}

async fn debug_text(app: Router) -> (String, String) {
    let (request, signature) = signed_request();
    let response = app.oneshot(request).await.unwrap();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (String::from_utf8(body.to_vec()).unwrap(), signature)
}

#[tokio::test]
async fn axum_delivery_and_payload() {
    use openai_webhooks::axum::{VerifiedDelivery, VerifiedPayload};
    let webhook = Webhook::new(SECRET).unwrap();
    let app = Router::new()
        .route("/", post(|d: VerifiedDelivery| async move { both(&d) }))
        .with_state(webhook.clone());
    let (text, signature) = debug_text(app).await;
    assert!(text.starts_with("VerifiedDelivery {"), "{text}");
    assert!(text.contains("\"webhook-id\": \"msg_debug\""), "{text}");
    assert_redacted(&text, &signature);

    let app = Router::new()
        .route("/", post(|p: VerifiedPayload| async move { both(&p) }))
        .with_state(webhook);
    let (text, signature) = debug_text(app).await;
    assert!(text.starts_with("VerifiedPayload {"), "{text}");
    // No event here: only the length and the headers.
    let encoded = signature.trim_start_matches("v1,");
    assert!(
        !text.contains(encoded) && !text.contains("PAYLOAD"),
        "{text}"
    );
    assert!(text.contains("<redacted>"), "{text}");
}

#[tokio::test]
async fn tower_verified_webhook() {
    let webhook = Webhook::new(SECRET).unwrap();
    let app = Router::new()
        .route("/", post(|d: VerifiedWebhook| async move { both(&d) }))
        .layer(WebhookLayer::new(webhook, Guard::in_memory()));
    let (text, signature) = debug_text(app).await;
    assert!(text.starts_with("VerifiedWebhook {"), "{text}");
    assert!(text.contains("msg_debug"), "{text}");
    assert_redacted(&text, &signature);
}

/// The body the layer hands the inner service. (The request's headers print as `http`
/// prints them: log the `VerifiedWebhook` extension instead of the whole request.)
#[tokio::test]
async fn tower_inner_request_body() {
    let webhook = Webhook::new(SECRET).unwrap();
    let inner = tower::service_fn(
        |request: Request<openai_webhooks::tower::BytesBody>| async move {
            let delivery = request.extensions().get::<VerifiedWebhook>().unwrap();
            let text = format!("{}\n{}", both(request.body()), both(delivery));
            Ok::<_, std::convert::Infallible>(axum::http::Response::new(Body::from(text)))
        },
    );
    let service = tower::Layer::layer(&WebhookLayer::new(webhook, Guard::in_memory()), inner);
    let (request, signature) = signed_request();
    let response = service.oneshot(request).await.unwrap();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    let text = String::from_utf8(body.to_vec()).unwrap();
    assert!(text.contains("BytesBody"), "{text}");
    assert_redacted(&text, &signature);
}

#[actix_web::test]
async fn actix_delivery() {
    use actix_web::{test, web, App};
    use openai_webhooks::actix::VerifiedDelivery;
    let webhook = Webhook::new(SECRET).unwrap();
    let app = test::init_service(App::new().app_data(web::Data::new(webhook)).route(
        "/",
        web::post().to(|d: VerifiedDelivery| async move { both(&d) }),
    ))
    .await;
    let (request, signature) = signed_request();
    let mut actix_request = test::TestRequest::post().uri("/");
    for (name, value) in request.headers() {
        actix_request = actix_request.insert_header((name.as_str(), value.to_str().unwrap()));
    }
    let response = test::call_service(&app, actix_request.set_payload(BODY).to_request()).await;
    let text = String::from_utf8(test::read_body(response).await.to_vec()).unwrap();
    assert!(text.starts_with("VerifiedDelivery {"), "{text}");
    assert_redacted(&text, &signature);
}
