//! The keyed HMAC states of a verifier's secrets: parsed once, shared by every clone.

use std::sync::Arc;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use hmac::{Hmac, KeyInit};
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::Error;

const SECRET_PREFIX: &str = "whsec_";

/// Why a secret is refused: the reason `Webhook::new` gives, and the same reason naming
/// each environment variable `Webhook::from_env` reads (`Error::InvalidSecret` holds a
/// `&'static str`, so every form is written out here).
pub(crate) struct Refusal {
    pub(crate) plain: &'static str,
    pub(crate) in_secret_env: &'static str,
    pub(crate) in_previous_env: &'static str,
}

macro_rules! refusal {
    ($why:literal) => {
        Refusal {
            plain: $why,
            in_secret_env: concat!("OPENAI_WEBHOOK_SECRET: ", $why),
            in_previous_env: concat!("OPENAI_WEBHOOK_SECRET_PREVIOUS: ", $why),
        }
    };
}

const EMPTY: Refusal = refusal!("the secret is empty");
const NOT_BASE64: Refusal = refusal!("the part after `whsec_` is not canonical padded base64");
const EMPTY_KEY: Refusal = refusal!("the part after `whsec_` is empty");
const BAD_KEY_LENGTH: Refusal = refusal!("the key length is not usable for HMAC");

/// Every [`Refusal`], to name the variable a refused secret came from.
pub(crate) const REFUSALS: [Refusal; 4] = [EMPTY, NOT_BASE64, EMPTY_KEY, BAD_KEY_LENGTH];

/// One keyed HMAC-SHA256 state per secret, the first one used for signing.
///
/// The states live in heap memory behind one `Arc`, so cloning a `Webhook` (axum clones the
/// state on every request) copies a pointer, never key-derived bytes. When the last clone
/// goes, `hmac`'s and `sha2`'s `zeroize` features overwrite the states before the memory is
/// freed.
#[derive(Clone)]
pub(crate) struct Keys(Arc<KeyList>);

struct KeyList {
    first: Hmac<Sha256>,
    /// Built with its exact capacity and never grown: growing would move the states to a
    /// new buffer and free the old one without wiping it.
    more: Vec<Hmac<Sha256>>,
}

impl Keys {
    pub(crate) fn new(secret: &str) -> Result<Keys, Error> {
        Ok(Keys(Arc::new(KeyList {
            first: keyed(secret)?,
            more: Vec::new(),
        })))
    }

    /// These keys and one more, in a new allocation.
    pub(crate) fn with(&self, secret: &str) -> Result<Keys, Error> {
        let added = keyed(secret)?;
        let mut more = Vec::with_capacity(self.0.more.len() + 1);
        more.extend(self.0.more.iter().cloned());
        more.push(added);
        Ok(Keys(Arc::new(KeyList {
            first: self.0.first.clone(),
            more,
        })))
    }

    /// The state that signs.
    pub(crate) fn first(&self) -> &Hmac<Sha256> {
        &self.0.first
    }

    /// Every state, the signing one first.
    pub(crate) fn all(&self) -> impl Iterator<Item = &Hmac<Sha256>> {
        std::iter::once(&self.0.first).chain(&self.0.more)
    }

    pub(crate) fn count(&self) -> usize {
        1 + self.0.more.len()
    }

    /// Whether `self` and `other` share one allocation (clones do).
    #[cfg(test)]
    pub(crate) fn shared_with(&self, other: &Keys) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The HMAC state keyed by `secret`, by the rules of `Webhook::new`.
fn keyed(secret: &str) -> Result<Hmac<Sha256>, Error> {
    let secret = secret.trim_matches(|c: char| c.is_ascii_whitespace());
    if secret.is_empty() {
        return Err(Error::InvalidSecret(EMPTY.plain));
    }
    match secret.strip_prefix(SECRET_PREFIX) {
        Some(encoded) => {
            // Decoded into a buffer wiped on drop, also when decoding fails half-way
            // (`Engine::decode` would drop its partly filled buffer unwiped).
            let mut key = Zeroizing::new(vec![0u8; base64::decoded_len_estimate(encoded.len())]);
            let len = STANDARD
                .decode_slice(encoded, &mut key)
                .map_err(|_| Error::InvalidSecret(NOT_BASE64.plain))?;
            if len == 0 {
                return Err(Error::InvalidSecret(EMPTY_KEY.plain));
            }
            hmac_for(&key[..len])
        }
        None => hmac_for(secret.as_bytes()),
    }
}

fn hmac_for(key: &[u8]) -> Result<Hmac<Sha256>, Error> {
    // HMAC accepts keys of any length, so this never fails in practice.
    <Hmac<Sha256> as KeyInit>::new_from_slice(key)
        .map_err(|_| Error::InvalidSecret(BAD_KEY_LENGTH.plain))
}
