//! HTTP and HTTPS POSTs, for `send`, `audit` and `listen --forward-to`.
//!
//! HTTPS is rustls with Mozilla's roots built in (webpki-roots), plus any `--cacert` file:
//! no OpenSSL, and nothing to install. A certificate that does not verify is never trusted.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::http::{HeaderMap, Request, StatusCode, Uri};
use clap::Args;
use http_body_util::{BodyExt, Full, Limited};
use hyper_rustls::{HttpsConnector, HttpsConnectorBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;
use rustls::{ClientConfig, RootCertStore};

use crate::failure::Failure;
use crate::output::one_line;

/// How much of a response body is read, and how many characters of it are shown.
const BODY_READ_LIMIT: usize = 64 * 1024;
pub const BODY_SHOWN: usize = 200;

/// Parses a target URL: `http://` or `https://`, with a host.
pub fn target_url(option: &str, url: &str) -> Result<Uri, Failure> {
    let uri: Uri = url
        .parse()
        .map_err(|e| Failure::Usage(format!("{option}: not a URL ({e})")))?;
    match uri.scheme_str() {
        Some("http" | "https") if uri.host().is_some() => Ok(uri),
        _ => Err(Failure::Usage(format!(
            "{option}: expected an http:// or https://host[:port]/path URL"
        ))),
    }
}

/// The `--cacert` option of the commands that POST.
#[derive(Debug, Args)]
pub struct CaCertArg {
    /// Also trust the CA certificates in this PEM file, for https endpoints with a private
    /// CA (such as a staging server).
    #[arg(long, value_name = "FILE")]
    cacert: Option<PathBuf>,
}

impl CaCertArg {
    /// A client that trusts the built-in roots and this option's file.
    pub fn poster(&self, timeout: Duration) -> Result<Poster, Failure> {
        Poster::new(self.cacert.as_deref(), timeout)
    }
}

/// What the endpoint answered.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The first [`BODY_READ_LIMIT`] bytes of the body.
    pub body: Bytes,
}

impl Answer {
    /// The body on one line, at most [`BODY_SHOWN`] characters.
    pub fn shown_body(&self) -> String {
        one_line(&String::from_utf8_lossy(&self.body), BODY_SHOWN)
    }
}

/// Why a POST got no answer.
#[derive(Debug)]
pub enum PostError {
    /// No connection: refused, no such host, or a certificate that does not verify.
    Unreachable(String),
    /// Connected, but no complete answer in time.
    NoAnswer(String),
}

impl PostError {
    /// The failure of a command that cannot go on without the endpoint: a certificate that
    /// does not verify is a usage error (exit status 2), as it needs `--cacert`.
    pub fn failure(self, uri: &Uri, unreachable_is_usage: bool) -> Failure {
        match self {
            PostError::Unreachable(why) if unreachable_is_usage || why.contains(CERT_HINT) => {
                Failure::Usage(format!("cannot reach {uri}: {why}"))
            }
            PostError::Unreachable(why) | PostError::NoAnswer(why) => {
                Failure::Failed(format!("cannot reach {uri}: {why}"))
            }
        }
    }
}

const CERT_HINT: &str = "if a private CA signed it, pass that CA with --cacert FILE";

/// An HTTP and HTTPS client that POSTs bodies with extra headers.
#[derive(Clone)]
pub struct Poster {
    client: Client<HttpsConnector<HttpConnector>, Full<Bytes>>,
    timeout: Duration,
}

impl Poster {
    /// `timeout` bounds each POST, connection included.
    pub fn new(cacert: Option<&Path>, timeout: Duration) -> Result<Poster, Failure> {
        let mut roots = RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        if let Some(path) = cacert {
            add_pem(&mut roots, path)?;
        }
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let tls = ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| Failure::Failed(format!("cannot set up TLS: {e}")))?
            .with_root_certificates(roots)
            .with_no_client_auth();
        let connector = HttpsConnectorBuilder::new()
            .with_tls_config(tls)
            .https_or_http()
            .enable_http1()
            .build();
        Ok(Poster {
            client: Client::builder(TokioExecutor::new()).build(connector),
            timeout,
        })
    }

    /// POSTs `body` with `headers`.
    pub async fn post(
        &self,
        uri: &Uri,
        headers: &[(&str, &[u8])],
        body: Bytes,
    ) -> Result<Answer, PostError> {
        let mut request = Request::post(uri.clone());
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let request = request
            .body(Full::new(body))
            .map_err(|e| PostError::Unreachable(format!("cannot build the request: {e}")))?;
        let exchange = async {
            let response =
                self.client
                    .request(request)
                    .await
                    .map_err(|e| match e.is_connect() {
                        true => PostError::Unreachable(connect_error(&e)),
                        false => PostError::NoAnswer(chain(&e)),
                    })?;
            let (parts, body) = response.into_parts();
            // An unreadable body still leaves the status, which is what counts.
            let body = match Limited::new(body, BODY_READ_LIMIT).collect().await {
                Ok(collected) => collected.to_bytes(),
                Err(_) => Bytes::new(),
            };
            Ok(Answer {
                status: parts.status,
                headers: parts.headers,
                body,
            })
        };
        tokio::time::timeout(self.timeout, exchange)
            .await
            .map_err(|_| {
                let secs = self.timeout.as_secs_f64();
                PostError::NoAnswer(format!("no answer within {secs} s"))
            })?
    }
}

/// Adds every certificate of a PEM file to `roots`.
fn add_pem(roots: &mut RootCertStore, path: &Path) -> Result<(), Failure> {
    let unusable = |why: String| Failure::Usage(format!("--cacert {}: {why}", path.display()));
    let bytes = std::fs::read(path).map_err(|e| unusable(format!("cannot read it ({e})")))?;
    let mut added = 0;
    for cert in CertificateDer::pem_slice_iter(&bytes) {
        let cert = cert.map_err(|e| unusable(format!("not a PEM certificate file ({e})")))?;
        roots
            .add(cert)
            .map_err(|e| unusable(format!("not a usable CA certificate ({e})")))?;
        added += 1;
    }
    match added {
        0 => Err(unusable("holds no PEM certificate".into())),
        _ => Ok(()),
    }
}

/// A connection failure on one line; a certificate that does not verify says how to fix it.
fn connect_error(error: &(dyn std::error::Error + 'static)) -> String {
    match certificate_error(error) {
        Some(why) => format!("its TLS certificate does not verify ({why:?}); {CERT_HINT}"),
        None => chain(error),
    }
}

/// The certificate error somewhere in `error`'s causes, or inside the I/O errors that carry it.
fn certificate_error<'e>(
    error: &'e (dyn std::error::Error + 'static),
) -> Option<&'e rustls::CertificateError> {
    let mut next = Some(error);
    while let Some(e) = next {
        if let Some(rustls::Error::InvalidCertificate(why)) = e.downcast_ref::<rustls::Error>() {
            return Some(why);
        }
        next = match e
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            Some(inner) => Some(inner as &(dyn std::error::Error + 'static)),
            None => e.source(),
        };
    }
    None
}

/// An error and its causes on one line: the client's own message alone says little.
fn chain(error: &(dyn std::error::Error + 'static)) -> String {
    one_line(&crate::failure::with_causes(error), 400)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_and_https_urls() {
        assert!(target_url("--url", "http://127.0.0.1:8000/webhook").is_ok());
        assert!(target_url("--url", "http://[::1]/").is_ok());
        assert!(target_url("--url", "https://example.com/webhook").is_ok());
        for bad in [
            "127.0.0.1:8000",
            "/webhook",
            "ftp://host/",
            "not a url",
            "https:///x",
        ] {
            assert!(
                matches!(target_url("--url", bad), Err(Failure::Usage(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn cacert_files_must_hold_certificates() {
        let dir = std::env::temp_dir().join(format!("owh-cacert-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let empty = dir.join("empty.pem");
        std::fs::write(&empty, "not a certificate\n").unwrap();
        let missing = dir.join("missing.pem");
        for path in [&empty, &missing] {
            let err = Poster::new(Some(path), Duration::from_secs(1))
                .err()
                .unwrap();
            assert!(matches!(err, Failure::Usage(_)), "{err}");
            assert!(err.to_string().starts_with("--cacert "), "{err}");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
