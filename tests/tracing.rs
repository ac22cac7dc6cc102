//! Feature `tracing`: the server integrations log one event per delivery, with its
//! `webhook-id`, event type, outcome and latency, and never the secret, a signature or the
//! body. Captured with `tracing-subscriber`'s fmt layer, over real HTTP on loopback.

mod common;

use common::http::now;

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;
use openai_webhooks::guard::Guard;
use openai_webhooks::tower::{VerifiedWebhook, WebhookLayer};
use openai_webhooks::Webhook;

const SECRET: &str = "whsec_dHJhY2luZy1zZWNyZXQtdGhhdC1tdXN0LW5vdC1sZWFr";
/// In every body: no log line may contain it.
const MARKER: &str = "BODY_MARKER_5d1c";

/// Everything logged by any thread since the subscriber was installed.
fn captured() -> &'static Arc<Mutex<Vec<u8>>> {
    static LOG: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOG.get_or_init(|| {
        let log = Arc::new(Mutex::new(Vec::new()));
        let sink = log.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::DEBUG)
            .with_ansi(false)
            .with_writer(move || Sink(sink.clone()))
            .finish();
        tracing::subscriber::set_global_default(subscriber).unwrap();
        log
    })
}

struct Sink(Arc<Mutex<Vec<u8>>>);

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn lines_with(needle: &str) -> Vec<String> {
    let log = String::from_utf8(captured().lock().unwrap().clone()).unwrap();
    log.lines()
        .filter(|l| l.contains(needle))
        .map(str::to_owned)
        .collect()
}

fn body(event_id: &str) -> String {
    format!(
        r#"{{"id": "{event_id}", "object": "event", "created_at": 1, "type": "batch.completed", "data": {{"id": "{MARKER}"}}}}"#
    )
}

async fn handled(delivery: VerifiedWebhook) -> StatusCode {
    match delivery.event.id() {
        "evt_fails" => StatusCode::INTERNAL_SERVER_ERROR,
        _ => StatusCode::OK,
    }
}

async fn extracted(_: openai_webhooks::axum::VerifiedEvent) -> StatusCode {
    StatusCode::OK
}

async fn actix_once(
    delivery: openai_webhooks::actix::VerifiedDelivery,
    guard: actix_web::web::Data<Guard>,
) -> actix_web::HttpResponse {
    openai_webhooks::actix::handle_once(&guard, &delivery, || async {
        actix_web::HttpResponse::Ok().finish()
    })
    .await
}

/// An actix-web server with `handle_once`, in its own thread and runtime; returns its base URL.
fn start_actix(webhook: Webhook) -> String {
    use actix_web::{web, App, HttpServer};
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let data = (web::Data::new(webhook), web::Data::new(Guard::in_memory()));
            let server = HttpServer::new(move || {
                App::new()
                    .app_data(data.0.clone())
                    .app_data(data.1.clone())
                    .route("/actix", web::post().to(actix_once))
            })
            .workers(1)
            .bind("127.0.0.1:0")
            .unwrap();
            tx.send(server.addrs()[0]).unwrap();
            server.run().await.unwrap();
        });
    });
    format!("http://{}", rx.recv().unwrap())
}

#[tokio::test]
async fn each_delivery_is_logged_without_secret_signature_or_body() {
    captured();
    let webhook = Webhook::new(SECRET).unwrap();
    let app = Router::new()
        .route(
            "/layer",
            post(handled).layer(WebhookLayer::new(webhook.clone(), Guard::in_memory())),
        )
        .route("/extractor", post(extracted))
        .with_state(webhook.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let http = common::http::Poster::new(base);

    let actix = common::http::Poster::new(start_actix(webhook.clone()));
    let mut signatures = Vec::new();
    let mut send = async |path: &str, id: &str, event_id: &str, forged: bool| {
        let body = body(event_id);
        let signer = match forged {
            true => Webhook::new("whsec_b3RoZXI=").unwrap(),
            false => webhook.clone(),
        };
        let signature = signer.sign(id, now(), &body);
        signatures.push(signature.clone());
        let headers = common::headers(id, &now().to_string(), &signature);
        match path {
            "/actix" => actix.post(path, &headers, body).await.0,
            _ => http.post(path, &headers, body).await.0,
        }
    };
    assert_eq!(send("/layer", "wh_trace_ok", "evt_1", false).await, 200);
    assert_eq!(send("/layer", "wh_trace_ok", "evt_1", false).await, 200);
    assert_eq!(
        send("/layer", "wh_trace_fail", "evt_fails", false).await,
        500
    );
    assert_eq!(send("/layer", "wh_trace_forged", "evt_2", true).await, 401);
    assert_eq!(
        send("/extractor", "wh_trace_ext", "evt_3", false).await,
        200
    );
    assert_eq!(send("/extractor", "wh_trace_bad", "evt_4", true).await, 401);
    assert_eq!(send("/actix", "wh_trace_actix", "evt_5", false).await, 200);
    assert_eq!(send("/actix", "wh_trace_actix", "evt_5", false).await, 200);
    assert_eq!(
        send("/actix", "wh_trace_actix_bad", "evt_6", true).await,
        401
    );

    let one = |needle: &str| {
        let lines = lines_with(needle);
        assert_eq!(lines.len(), 1, "{needle}: {lines:#?}");
        lines.into_iter().next().unwrap()
    };
    let handled =
        one("webhook_id=\"wh_trace_ok\" event_type=\"batch.completed\" outcome=\"handled\"");
    for field in [
        "DEBUG",
        "openai_webhooks",
        "webhook_id=\"wh_trace_ok\"",
        "event_type=\"batch.completed\"",
        "status=200",
        "latency_us=",
    ] {
        assert!(handled.contains(field), "{field} in {handled}");
    }
    let duplicate =
        one("webhook_id=\"wh_trace_ok\" event_type=\"batch.completed\" outcome=\"duplicate\"");
    assert!(duplicate.contains("DEBUG"), "{duplicate}");
    let failed = one("outcome=\"failed\"");
    assert!(
        failed.contains("WARN") && failed.contains("status=500"),
        "{failed}"
    );
    let rejected = lines_with("outcome=\"rejected\"");
    assert_eq!(rejected.len(), 3, "{rejected:#?}");
    for line in &rejected {
        assert!(
            line.contains("WARN") && line.contains("status=401"),
            "{line}"
        );
        assert!(
            line.contains("reason=no webhook signature matches the payload"),
            "{line}"
        );
        assert!(line.contains("latency_us="), "{line}");
    }
    assert!(rejected
        .iter()
        .any(|l| l.contains("webhook_id=\"wh_trace_forged\"")));
    let verified =
        one("webhook_id=\"wh_trace_ext\" event_type=\"batch.completed\" outcome=\"verified\"");
    assert!(verified.contains("DEBUG"), "{verified}");
    // actix-web: its extractor's `verified`, then `handle_once`'s `handled` and `duplicate`.
    for outcome in ["verified", "handled", "duplicate"] {
        let needle = format!(
            "webhook_id=\"wh_trace_actix\" event_type=\"batch.completed\" outcome=\"{outcome}\""
        );
        assert_eq!(
            lines_with(&needle).len(),
            if outcome == "verified" { 2 } else { 1 },
            "{needle}"
        );
    }
    assert!(rejected
        .iter()
        .any(|l| l.contains("webhook_id=\"wh_trace_actix_bad\"")));

    let log = String::from_utf8(captured().lock().unwrap().clone()).unwrap();
    let secret_key = SECRET.trim_start_matches("whsec_");
    let mut never = vec![
        SECRET, secret_key, MARKER, "evt_1", "evt_3", "evt_5", "\"data\"",
    ];
    let signature_texts: Vec<&str> = signatures.iter().map(|s| &s[3..]).collect();
    never.extend(signature_texts.iter().copied());
    for needle in never {
        assert!(!log.contains(needle), "the log contains {needle:?}:\n{log}");
    }
}
