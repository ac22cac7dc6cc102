//! The Redis store over TLS (`rediss://`, feature `redis-tls`) against a real TLS-only
//! `redis-server` whose certificate a CA made at test time signed.

#[path = "common/contract.rs"]
mod contract;
#[path = "common/redis_server.rs"]
mod redis_server;
#[path = "common/test_ca.rs"]
mod test_ca;

use std::sync::{Arc, Once};
use std::time::Duration;

use contract::{Subject, Time};
use openai_webhooks::guard::{Claim, ClaimState, ClaimToken, Guard, RedisConfig, RedisStore};
use redis_server::{Mode, RedisServer};
use rustls::crypto::{ring, CryptoProvider};
use test_ca::TestCa;

/// The provider "the application" installs before connecting: *ring* with one cipher
/// suite, so that it can be told apart from the one the crate would install. Every test
/// here but the child calls it first.
fn install_app_provider() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let mut provider = ring::default_provider();
        provider.cipher_suites.truncate(1);
        provider
            .install_default()
            .expect("nothing installed before");
    });
}

fn tls_server() -> (RedisServer, TestCa) {
    let ca = TestCa::new();
    let server = RedisServer::start_in(Mode::Tls, |dir| ca.write_server_files(dir));
    (server, ca)
}

async fn tls_store() -> Subject {
    install_app_provider();
    let (server, ca) = tls_server();
    let config = RedisConfig::default().ca_certificate(ca.ca_pem.as_bytes());
    let store = RedisStore::connect_with(&server.url(), config)
        .await
        .expect("connect to the TLS test redis-server");
    Subject {
        store: Arc::new(store),
        time: Time::Real,
        short: Duration::from_millis(150),
        long: Duration::from_secs(3600),
        knows_remaining: true,
        _server: Some(Box::new(server)),
    }
}

mod contract_on_redis_tls {
    use super::*;
    contract_tests!(tls_store);
}

#[tokio::test]
async fn the_provider_the_app_installed_stays() {
    let subject = tls_store().await;
    let token = ClaimToken::generate();
    let lease = Duration::from_secs(60);
    assert_eq!(
        subject.store.claim("wh_1", &token, lease).await.unwrap(),
        ClaimState::Claimed
    );
    let provider = CryptoProvider::get_default().expect("a provider");
    assert_eq!(
        provider.cipher_suites.len(),
        1,
        "the app's provider was replaced"
    );
}

#[tokio::test]
async fn a_server_certificate_from_an_unknown_ca_is_refused() {
    install_app_provider();
    let (server, _ca) = tls_server();
    let other = TestCa::new();
    let config = RedisConfig::default()
        .ca_certificate(other.ca_pem.as_bytes())
        .connection_timeout(Duration::from_secs(2));
    let error = RedisStore::connect_with(&server.url(), config)
        .await
        .expect_err("a certificate the trusted CA did not sign");
    assert!(error.to_string().contains("certificate"), "{error}");
    // Not a Mozilla root either.
    let error = RedisStore::connect(&server.url())
        .await
        .expect_err("a private CA's certificate without that CA");
    assert!(error.to_string().contains("UnknownIssuer"), "{error}");
}

#[tokio::test]
async fn a_ca_for_a_plain_url_or_a_bad_pem_is_an_error() {
    install_app_provider();
    let config = RedisConfig::default().ca_certificate(b"not a certificate".to_vec());
    let error = RedisStore::connect_with("redis://user:hunter2@127.0.0.1:1/", config.clone())
        .await
        .unwrap_err();
    assert!(error.to_string().contains("rediss://"), "{error}");
    assert!(!error.to_string().contains("hunter2"), "{error}");
    let error = RedisStore::connect_with("rediss://user:hunter2@127.0.0.1:1/", config)
        .await
        .unwrap_err();
    assert!(!error.to_string().contains("hunter2"), "{error}");
}

#[tokio::test]
async fn an_outage_is_an_error_and_the_store_recovers() {
    install_app_provider();
    let (mut server, ca) = tls_server();
    let config = RedisConfig::default()
        .ca_certificate(ca.ca_pem.as_bytes())
        .response_timeout(Duration::from_millis(500))
        .connection_timeout(Duration::from_millis(500));
    let guard = Guard::new(
        RedisStore::connect_with(&server.url(), config)
            .await
            .unwrap(),
    );
    server.stop();
    assert!(
        guard.claim("wh_1").await.is_err(),
        "claim while redis is down"
    );
    server.restart();
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        match guard.claim("wh_1").await {
            Ok(Claim::Claimed(claim)) => break assert!(claim.complete().await.unwrap()),
            Ok(other) => panic!("{other:?}"),
            Err(e) => {
                assert!(std::time::Instant::now() < deadline, "no reconnection: {e}");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    }
}

/// Run by [`a_provider_is_installed_when_the_app_has_none`] in a process of its own, where
/// nothing installed a provider.
#[tokio::test]
#[ignore = "run in its own process by a_provider_is_installed_when_the_app_has_none"]
async fn child_connects_with_no_provider_installed() {
    let url = std::env::var("TLS_CHILD_URL").expect("run by the parent test");
    let ca = std::env::var("TLS_CHILD_CA").expect("run by the parent test");
    assert!(CryptoProvider::get_default().is_none());
    let config = RedisConfig::default().ca_certificate(ca.into_bytes());
    let guard = Guard::new(RedisStore::connect_with(&url, config).await.unwrap());
    assert!(matches!(guard.claim("wh_1").await, Ok(Claim::Claimed(_))));
    let provider = CryptoProvider::get_default().expect("installed by the crate");
    assert!(provider.cipher_suites.len() > 1, "ring's defaults");
}

#[test]
fn a_provider_is_installed_when_the_app_has_none() {
    let (server, ca) = tls_server();
    let output = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--ignored",
            "--exact",
            "child_connects_with_no_provider_installed",
        ])
        .env("TLS_CHILD_URL", server.url())
        .env("TLS_CHILD_CA", &ca.ca_pem)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && stdout.contains("1 passed"),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
