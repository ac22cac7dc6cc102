//! A throwaway certificate authority, made at test time, and a server certificate it signs
//! for `127.0.0.1` and `localhost`.
#![allow(dead_code)]

use std::path::Path;

use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};

pub struct TestCa {
    /// The CA certificate, PEM: what clients trust.
    pub ca_pem: String,
    server_pem: String,
    server_key_pem: String,
}

impl TestCa {
    pub fn new() -> TestCa {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params
            .distinguished_name
            .push(DnType::CommonName, "openai-webhooks test CA");
        let ca = CertifiedIssuer::self_signed(params, KeyPair::generate().expect("CA key"))
            .expect("self-signed CA");
        let server_key = KeyPair::generate().expect("server key");
        let names = vec!["127.0.0.1".to_owned(), "localhost".to_owned()];
        let server = CertificateParams::new(names)
            .expect("server params")
            .signed_by(&server_key, &ca)
            .expect("server certificate");
        TestCa {
            ca_pem: ca.pem(),
            server_pem: server.pem(),
            server_key_pem: server_key.serialize_pem(),
        }
    }

    /// Writes `ca.pem`, `server.pem` and `server.key` into `dir`, as the TLS test server
    /// reads them.
    pub fn write_server_files(&self, dir: &Path) {
        for (name, text) in [
            ("ca.pem", &self.ca_pem),
            ("server.pem", &self.server_pem),
            ("server.key", &self.server_key_pem),
        ] {
            std::fs::write(dir.join(name), text).expect("write a TLS file");
        }
    }
}
