//! Fencing tokens: unique per claim, across processes.

use std::collections::hash_map::RandomState;
use std::fmt;
use std::hash::BuildHasher;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::SystemTime;

/// The token of one claim: 32 hexadecimal digits, unique per claim.
///
/// The first half is random per process, the second a per-process counter, so tokens of
/// different replicas don't collide and tokens of one process never repeat.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct ClaimToken(String);

impl ClaimToken {
    /// A fresh token.
    pub fn generate() -> ClaimToken {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let count = COUNTER.fetch_add(1, Ordering::Relaxed);
        ClaimToken(format!("{:016x}{count:016x}", process_nonce()))
    }

    /// A token with this exact text, for stores and tests. It must be ASCII letters and
    /// digits; anything else gives `None`.
    pub fn from_text(text: &str) -> Option<ClaimToken> {
        let valid = !text.is_empty() && text.bytes().all(|b| b.is_ascii_alphanumeric());
        valid.then(|| ClaimToken(text.to_owned()))
    }

    /// The token's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ClaimToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ClaimToken({})", self.0)
    }
}

impl fmt::Display for ClaimToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// 64 random bits, drawn once per process from the standard library's hash seed, the
/// clock and the process id.
fn process_nonce() -> u64 {
    static NONCE: OnceLock<u64> = OnceLock::new();
    *NONCE.get_or_init(|| {
        let now = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        RandomState::new().hash_one((now, std::process::id()))
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
    fn from_text_accepts_only_alphanumerics() {
        assert_eq!(ClaimToken::from_text("abc123").unwrap().as_str(), "abc123");
        assert!(ClaimToken::from_text("").is_none());
        assert!(ClaimToken::from_text("a b").is_none());
        assert!(ClaimToken::from_text("done:").is_none());
    }
}
