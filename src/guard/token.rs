//! Fencing tokens: unique per claim, across processes.

use std::collections::hash_map::RandomState;
use std::fmt;
use std::hash::{BuildHasher, Hash, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::SystemTime;

/// The token of one claim: 32 hexadecimal digits, unique per claim.
///
/// The first half is random per process, the second a per-process counter, so tokens of
/// different replicas don't collide and tokens of one process never repeat.
#[derive(Clone)]
pub struct ClaimToken(Text);

/// A generated token is kept inline: no allocation to make, copy or compare it.
#[derive(Clone)]
enum Text {
    Generated([u8; 32]),
    Given(Box<str>),
}

impl ClaimToken {
    /// A fresh token.
    pub fn generate() -> ClaimToken {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let count = COUNTER.fetch_add(1, Ordering::Relaxed);
        let mut text = [0; 32];
        text[..16].copy_from_slice(process_nonce());
        text[16..].copy_from_slice(&hex(count));
        ClaimToken(Text::Generated(text))
    }

    /// A token with this exact text, for stores and tests. It must be ASCII letters and
    /// digits; anything else gives `None`.
    pub fn from_text(text: &str) -> Option<ClaimToken> {
        let valid = !text.is_empty() && text.bytes().all(|b| b.is_ascii_alphanumeric());
        valid.then(|| ClaimToken(Text::Given(text.into())))
    }

    /// The token's text.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // Only hexadecimal digits are ever written there.
            Text::Generated(text) => std::str::from_utf8(text).unwrap_or_default(),
            Text::Given(text) => text,
        }
    }

    fn as_bytes(&self) -> &[u8] {
        match &self.0 {
            Text::Generated(text) => text,
            Text::Given(text) => text.as_bytes(),
        }
    }
}

impl PartialEq for ClaimToken {
    fn eq(&self, other: &ClaimToken) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl Eq for ClaimToken {}

impl Hash for ClaimToken {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_bytes().hash(state);
    }
}

impl fmt::Debug for ClaimToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ClaimToken({})", self.as_str())
    }
}

impl fmt::Display for ClaimToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `value` as 16 lowercase hexadecimal digits.
fn hex(value: u64) -> [u8; 16] {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    std::array::from_fn(|i| DIGITS[(value >> (60 - 4 * i)) as usize & 0xf])
}

/// 64 random bits as 16 hex digits, drawn once per process from the standard library's
/// hash seed, the clock and the process id.
fn process_nonce() -> &'static [u8; 16] {
    static NONCE: OnceLock<[u8; 16]> = OnceLock::new();
    NONCE.get_or_init(|| {
        let now = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        hex(RandomState::new().hash_one((now, std::process::id())))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_hex() {
        let a = ClaimToken::generate();
        let b = ClaimToken::generate();
        assert_ne!(a, b);
        assert_eq!(a.as_str().len(), 32);
        assert!(a.as_str().bytes().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(
            a.as_str()[..16],
            b.as_str()[..16],
            "same process, same nonce"
        );
    }

    #[test]
    fn generated_tokens_are_the_nonce_then_the_counter() {
        let (a, b) = (ClaimToken::generate(), ClaimToken::generate());
        assert_eq!(a.as_str().as_bytes()[..16], process_nonce()[..]);
        assert!(a.as_str()[..16].bytes().all(|b| b.is_ascii_hexdigit()));
        let count = |t: &ClaimToken| u64::from_str_radix(&t.as_str()[16..], 16).unwrap();
        assert!(count(&b) > count(&a), "{a} then {b}");
    }

    #[test]
    fn a_given_token_equals_the_generated_one_with_its_text() {
        use std::collections::hash_map::RandomState;
        let generated = ClaimToken::generate();
        let given = ClaimToken::from_text(generated.as_str()).unwrap();
        assert_eq!(given, generated);
        let state = RandomState::new();
        assert_eq!(state.hash_one(&given), state.hash_one(&generated));
        assert_ne!(ClaimToken::from_text("abc").unwrap(), generated);
        assert_eq!(format!("{given:?}"), format!("ClaimToken({generated})"));
    }

    #[test]
    fn from_text_accepts_only_alphanumerics() {
        assert_eq!(ClaimToken::from_text("abc123").unwrap().as_str(), "abc123");
        assert!(ClaimToken::from_text("").is_none());
        assert!(ClaimToken::from_text("a b").is_none());
        assert!(ClaimToken::from_text("done:").is_none());
    }
}
