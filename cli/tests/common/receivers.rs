//! Webhook receivers served in the test process: one right, and each of the others with one
//! known flaw, for `audit` to find.

use std::collections::HashSet;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use openai_webhooks::guard::Guard;
use openai_webhooks::tower::{VerifiedWebhook, WebhookLayer};
use openai_webhooks::{UnwrapWebhookEvent, Webhook};
use tokio::runtime::Runtime;

use super::SECRET;

/// How a receiver goes wrong.
#[derive(Debug, Clone)]
pub enum Flaw {
    /// Accepts anything.
    NoVerification,
    /// Checks the signature but not the timestamp.
    NoTimestampCheck,
    /// Verifies the signature over the parsed and re-serialized JSON, not the raw body.
    ReserializedJson,
    /// Answers 400 to an event type it does not know.
    RefusesUnknownTypes,
    /// Takes this long to handle events of this type.
    Slow(Duration, &'static str),
    /// Answers 500 to a `webhook-id` it has seen before.
    DuplicateIs500,
}

/// A receiver's router: the crate's tower layer for `None`, else a hand-written flawed one.
pub fn router(flaw: Option<Flaw>) -> Router {
    let webhook = Webhook::new(SECRET).expect("the test secret is valid");
    match flaw {
        None => Router::new().route(
            "/webhook",
            post(|_: VerifiedWebhook| async { StatusCode::OK })
                .layer(WebhookLayer::new(webhook, Guard::in_memory())),
        ),
        Some(flaw) => Router::new()
            .route("/webhook", post(flawed))
            .with_state(Arc::new(Flawed {
                flaw,
                webhook,
                seen: Mutex::default(),
            })),
    }
}

/// A right receiver (the crate's tower layer and guard) whose handler takes `delay` for
/// `response.completed`: a copy that comes while the first is handled is answered 409.
pub fn right_but_slow(delay: Duration) -> Router {
    let webhook = Webhook::new(SECRET).expect("the test secret is valid");
    let handler = move |delivery: VerifiedWebhook| async move {
        if delivery.event.event_type() == "response.completed" {
            tokio::time::sleep(delay).await;
        }
        StatusCode::OK
    };
    Router::new().route(
        "/webhook",
        post(handler).layer(WebhookLayer::new(webhook, Guard::in_memory())),
    )
}

struct Flawed {
    flaw: Flaw,
    webhook: Webhook,
    seen: Mutex<HashSet<Vec<u8>>>,
}

async fn flawed(
    State(receiver): State<Arc<Flawed>>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let webhook = &receiver.webhook;
    let verified = match &receiver.flaw {
        Flaw::NoVerification => Ok(()),
        Flaw::NoTimestampCheck => signature_only(webhook, &headers, &body),
        Flaw::ReserializedJson => match serde_json::from_slice::<serde_json::Value>(&body) {
            Ok(json) => webhook
                .verify_signature(json.to_string(), &headers)
                .map_err(drop),
            Err(_) => Err(()),
        },
        _ => webhook.verify_signature(&body, &headers).map_err(drop),
    };
    if verified.is_err() {
        return StatusCode::UNAUTHORIZED;
    }
    let Ok(event) = webhook.unwrap(&body, &headers) else {
        // Only the flaws that skip a check get here with a body `unwrap` refuses.
        return StatusCode::OK;
    };
    match &receiver.flaw {
        Flaw::RefusesUnknownTypes if matches!(event, UnwrapWebhookEvent::Unknown(_)) => {
            StatusCode::BAD_REQUEST
        }
        Flaw::Slow(delay, event_type) if event.event_type() == *event_type => {
            tokio::time::sleep(*delay).await;
            StatusCode::OK
        }
        Flaw::DuplicateIs500 => {
            let id = headers.get("webhook-id").map(|v| v.as_bytes().to_vec());
            match receiver.seen.lock().unwrap().insert(id.unwrap_or_default()) {
                true => StatusCode::OK,
                false => StatusCode::INTERNAL_SERVER_ERROR,
            }
        }
        _ => StatusCode::OK,
    }
}

/// Standard Webhooks' signature check without the timestamp window.
fn signature_only(webhook: &Webhook, headers: &HeaderMap, body: &[u8]) -> Result<(), ()> {
    let text = |name| headers.get(name).and_then(|v| v.to_str().ok()).ok_or(());
    let (id, timestamp) = (text("webhook-id")?, text("webhook-timestamp")?);
    let timestamp: i64 = timestamp.parse().map_err(drop)?;
    let expected = webhook.sign(id, timestamp, body);
    match text("webhook-signature")?.split(' ').any(|s| s == expected) {
        true => Ok(()),
        false => Err(()),
    }
}

/// A server on a loopback port, stopped when dropped.
pub struct Served {
    pub addr: SocketAddr,
    _runtime: Runtime,
}

impl Served {
    /// `http://127.0.0.1:<port>/webhook`.
    pub fn url(&self) -> String {
        format!("http://{}/webhook", self.addr)
    }

    /// `https://localhost:<port>/webhook`.
    pub fn https_url(&self) -> String {
        format!("https://localhost:{}/webhook", self.addr.port())
    }
}

/// Serves `router` over plain HTTP on a free loopback port.
pub fn serve(router: Router) -> Served {
    let runtime = runtime();
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("a free loopback port for the test receiver");
    let addr = listener.local_addr().expect("the receiver's address");
    runtime.spawn(async move { axum::serve(listener, router).await });
    Served {
        addr,
        _runtime: runtime,
    }
}

pub fn runtime() -> Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime for the test receiver")
}

/// A private CA's certificate (PEM) and a server certificate it signed for `localhost` and
/// `127.0.0.1`, made afresh for each test.
pub struct PrivateCa {
    pub ca_pem: String,
    server: rustls::ServerConfig,
}

impl PrivateCa {
    pub fn new() -> PrivateCa {
        use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
        let ca_key = KeyPair::generate().expect("a CA key");
        let mut ca = CertificateParams::new(Vec::<String>::new()).expect("CA parameters");
        ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca.distinguished_name
            .push(DnType::CommonName, "openai-webhooks test CA");
        let ca_cert = ca.self_signed(&ca_key).expect("a self-signed CA");
        let issuer = Issuer::new(ca, ca_key);
        let key = KeyPair::generate().expect("a server key");
        let names = vec!["localhost".to_owned(), "127.0.0.1".to_owned()];
        let cert = CertificateParams::new(names)
            .expect("server parameters")
            .signed_by(&key, &issuer)
            .expect("a server certificate");
        let private_key = rustls::pki_types::PrivateKeyDer::try_from(key.serialize_der())
            .expect("a DER private key");
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let server = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("TLS versions")
            .with_no_client_auth()
            .with_single_cert(vec![cert.der().clone()], private_key)
            .expect("the server certificate is usable");
        PrivateCa {
            ca_pem: ca_cert.pem(),
            server,
        }
    }
}

/// Serves `router` over HTTPS with `ca`'s server certificate; the URL is
/// `https://localhost:<port>/webhook`.
pub fn serve_tls(router: Router, ca: &PrivateCa) -> Served {
    use hyper_util::rt::TokioIo;
    use hyper_util::service::TowerToHyperService;
    let runtime = runtime();
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("a free loopback port for the test receiver");
    let addr = listener.local_addr().expect("the receiver's address");
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(ca.server.clone()));
    runtime.spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else {
                continue;
            };
            let (acceptor, router) = (acceptor.clone(), router.clone());
            tokio::spawn(async move {
                // A client that refuses the certificate ends the handshake: nothing to serve.
                let Ok(tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let service = TowerToHyperService::new(router);
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(tls), service)
                    .await;
            });
        }
    });
    Served {
        addr,
        _runtime: runtime,
    }
}
