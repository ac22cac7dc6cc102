//! Plain-HTTP POSTs, for `send` and `listen --forward-to`.

use std::time::Duration;

use axum::body::Bytes;
use axum::http::{Request, StatusCode, Uri};
use http_body_util::{BodyExt, Full, Limited};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

use crate::failure::Failure;
use crate::output::one_line;

/// How long one POST may take, connection included.
const TIMEOUT: Duration = Duration::from_secs(30);
/// How much of a response body is read, and how many characters of it are shown.
const BODY_READ_LIMIT: usize = 64 * 1024;
const BODY_SHOWN: usize = 200;

/// Parses a target URL. Only `http://` is supported: the tool has no TLS.
pub fn http_url(option: &str, url: &str) -> Result<Uri, Failure> {
    let uri: Uri = url
        .parse()
        .map_err(|e| Failure::Usage(format!("{option}: not a URL ({e})")))?;
    match uri.scheme_str() {
        Some("http") if uri.host().is_some() => Ok(uri),
        Some("https") => Err(Failure::Usage(format!(
            "{option}: only http:// URLs are supported (this tool has no TLS); \
             test an https endpoint through a local http address"
        ))),
        _ => Err(Failure::Usage(format!(
            "{option}: expected an http://host[:port]/path URL"
        ))),
    }
}

/// What the endpoint answered.
pub struct Answer {
    pub status: StatusCode,
    /// The response body on one line, at most [`BODY_SHOWN`] characters.
    pub body: String,
}

/// A plain-HTTP client that POSTs bodies with extra headers.
#[derive(Clone)]
pub struct Poster {
    client: Client<HttpConnector, Full<Bytes>>,
}

impl Poster {
    pub fn new() -> Poster {
        Poster {
            client: Client::builder(TokioExecutor::new()).build_http(),
        }
    }

    /// POSTs `body` with `headers`; the error is a one-line reason.
    pub async fn post(
        &self,
        uri: &Uri,
        headers: &[(&str, &[u8])],
        body: Bytes,
    ) -> Result<Answer, String> {
        let mut request = Request::post(uri.clone());
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let request = request
            .body(Full::new(body))
            .map_err(|e| format!("cannot build the request: {e}"))?;
        let exchange = async {
            let response = self.client.request(request).await.map_err(chain)?;
            let status = response.status();
            // An unreadable body still leaves the status, which is what counts.
            let body = match Limited::new(response.into_body(), BODY_READ_LIMIT)
                .collect()
                .await
            {
                Ok(collected) => {
                    one_line(&String::from_utf8_lossy(&collected.to_bytes()), BODY_SHOWN)
                }
                Err(_) => String::new(),
            };
            Ok(Answer { status, body })
        };
        tokio::time::timeout(TIMEOUT, exchange)
            .await
            .map_err(|_| format!("no answer within {} s", TIMEOUT.as_secs()))?
    }
}

/// An error and its causes on one line: the client's own message alone says little.
fn chain(error: impl std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    one_line(&text, 400)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_urls() {
        assert!(http_url("--url", "http://127.0.0.1:8000/webhook").is_ok());
        assert!(http_url("--url", "http://[::1]/").is_ok());
        let https = http_url("--url", "https://example.com/webhook").unwrap_err();
        assert!(https.to_string().contains("only http://"), "{https}");
        for bad in ["127.0.0.1:8000", "/webhook", "ftp://host/", "not a url"] {
            assert!(
                matches!(http_url("--url", bad), Err(Failure::Usage(_))),
                "{bad}"
            );
        }
    }
}
