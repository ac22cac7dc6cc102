//! A real HTTP client for the end-to-end tests: deliveries POSTed to a server on loopback.

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::StatusCode;
use hyper_util::client::legacy::{connect::HttpConnector, Client};
use hyper_util::rt::TokioExecutor;

/// POSTs to one server, with keep-alive.
pub struct Poster {
    pub base: String,
    client: Client<HttpConnector, Full<Bytes>>,
}

impl Poster {
    /// A client for the server at `base` (`http://127.0.0.1:port`).
    pub fn new(base: String) -> Poster {
        Poster {
            base,
            client: Client::builder(TokioExecutor::new()).build_http(),
        }
    }

    /// The status and the body (as text) of a POST of `body` with `headers` to `path`.
    pub async fn post(
        &self,
        path: &str,
        headers: &[(String, String)],
        body: impl Into<Bytes>,
    ) -> (StatusCode, String) {
        let mut request = hyper::Request::post(format!("{}{path}", self.base));
        for (k, v) in headers {
            request = request.header(k, v);
        }
        let response = self
            .client
            .request(request.body(Full::new(body.into())).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let text = response.into_body().collect().await.unwrap().to_bytes();
        (status, String::from_utf8_lossy(&text).into_owned())
    }
}

/// The headers OpenAI would send for `body`, signed with `secret`.
pub fn signed(secret: &str, id: &str, ts: i64, body: &str) -> Vec<(String, String)> {
    let sig = openai_webhooks::Webhook::new(secret)
        .unwrap()
        .sign(id, ts, body);
    super::headers(id, &ts.to_string(), &sig)
}

/// Now, in Unix seconds.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}
