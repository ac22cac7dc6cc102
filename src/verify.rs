//! The verifier: Standard Webhooks signatures as OpenAI sends them.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use subtle::{Choice, ConstantTimeEq};
use zeroize::Zeroizing;

use crate::headers::{single_value, WebhookHeaders};
use crate::{Error, UnwrapWebhookEvent};

const SIGNATURE: &str = "webhook-signature";
const TIMESTAMP: &str = "webhook-timestamp";
const ID: &str = "webhook-id";
const SECRET_ENV: &str = "OPENAI_WEBHOOK_SECRET";
const SECRET_PREFIX: &str = "whsec_";
const DEFAULT_TOLERANCE: Duration = Duration::from_secs(300);
/// Length of a base64-encoded HMAC-SHA256 tag, padding included.
const SIGNATURE_LEN: usize = 44;

/// Verifies OpenAI webhook deliveries with one endpoint secret.
///
/// Build it once (the key is decoded and the HMAC keyed in [`new`](Self::new)) and share it:
/// it is cheap to clone and `Send + Sync`. Key material is zeroized on drop, and `Debug`
/// never shows it.
#[derive(Clone)]
pub struct Webhook {
    mac: Hmac<Sha256>,
    tolerance_secs: u64,
}

impl fmt::Debug for Webhook {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Webhook")
            .field("key", &"<redacted>")
            .field("tolerance", &Duration::from_secs(self.tolerance_secs))
            .finish()
    }
}

impl Webhook {
    /// Creates a verifier from an endpoint secret, as shown in OpenAI's dashboard.
    ///
    /// - `whsec_<base64>`: the key is the decoded base64, which must be canonical, padded
    ///   standard base64 of at least one byte.
    /// - Anything else: the key is the secret's UTF-8 bytes.
    ///
    /// Surrounding ASCII whitespace is ignored. An empty secret is refused, since an empty
    /// key would let anyone sign events.
    pub fn new(secret: &str) -> Result<Webhook, Error> {
        let secret = secret.trim_matches(|c: char| c.is_ascii_whitespace());
        if secret.is_empty() {
            return Err(Error::InvalidSecret("the secret is empty"));
        }
        let mac = match secret.strip_prefix(SECRET_PREFIX) {
            Some(encoded) => {
                let key = Zeroizing::new(STANDARD.decode(encoded).map_err(|_| {
                    Error::InvalidSecret("the part after `whsec_` is not canonical padded base64")
                })?);
                if key.is_empty() {
                    return Err(Error::InvalidSecret("the part after `whsec_` is empty"));
                }
                keyed(&key)?
            }
            None => keyed(secret.as_bytes())?,
        };
        Ok(Webhook {
            mac,
            tolerance_secs: DEFAULT_TOLERANCE.as_secs(),
        })
    }

    /// Creates a verifier from the `OPENAI_WEBHOOK_SECRET` environment variable.
    ///
    /// Unset or blank is [`Error::MissingSecret`]; otherwise as [`new`](Self::new).
    pub fn from_env() -> Result<Webhook, Error> {
        match std::env::var(SECRET_ENV) {
            Ok(secret) => {
                let secret = Zeroizing::new(secret);
                if secret
                    .trim_matches(|c: char| c.is_ascii_whitespace())
                    .is_empty()
                {
                    return Err(Error::MissingSecret);
                }
                Webhook::new(&secret)
            }
            Err(std::env::VarError::NotPresent) => Err(Error::MissingSecret),
            Err(std::env::VarError::NotUnicode(_)) => Err(Error::InvalidSecret(
                "OPENAI_WEBHOOK_SECRET is not valid UTF-8",
            )),
        }
    }

    /// Sets how far `webhook-timestamp` may be from now, in whole seconds (default 300 s).
    /// Both bounds are inclusive: zero accepts only the current second.
    #[must_use]
    pub fn with_tolerance(mut self, tolerance: Duration) -> Webhook {
        self.tolerance_secs = tolerance.as_secs();
        self
    }

    /// Checks that `payload` was signed with this secret, recently.
    ///
    /// `payload` must be the raw request body, byte for byte: never re-serialized JSON.
    ///
    /// # Errors
    ///
    /// In the order they are checked: [`Error::MissingHeader`] or
    /// [`Error::ConflictingHeader`] (`webhook-signature`, then `webhook-timestamp`, then
    /// `webhook-id`), [`Error::InvalidTimestamp`], [`Error::TimestampTooOld`] or
    /// [`Error::TimestampTooNew`] (before any HMAC work), and [`Error::SignatureMismatch`].
    pub fn verify_signature<H: WebhookHeaders + ?Sized>(
        &self,
        payload: impl AsRef<[u8]>,
        headers: &H,
    ) -> Result<(), Error> {
        self.verify_signature_at(payload, headers, SystemTime::now())
    }

    /// [`verify_signature`](Self::verify_signature) with an explicit clock.
    pub fn verify_signature_at<H: WebhookHeaders + ?Sized>(
        &self,
        payload: impl AsRef<[u8]>,
        headers: &H,
        now: SystemTime,
    ) -> Result<(), Error> {
        let signatures = header(headers, SIGNATURE)?;
        let timestamp = header(headers, TIMESTAMP)?;
        let id = header(headers, ID)?;
        let ts = parse_timestamp(timestamp)?;
        check_window(unix_seconds(now), ts, self.tolerance_secs)?;

        let expected = self.expected_signature(id, timestamp, payload.as_ref());
        let mut matched = Choice::from(0);
        for candidate in candidates(signatures) {
            // Skipping other lengths leaks nothing secret: every valid signature is the
            // base64 of a 32-byte tag, SIGNATURE_LEN characters, whatever the key or payload.
            if let Ok(candidate) = <&[u8; SIGNATURE_LEN]>::try_from(candidate) {
                count_work(0, 1);
                matched |= ct_eq_signature(candidate, &expected);
            }
        }
        if bool::from(matched) {
            Ok(())
        } else {
            Err(Error::SignatureMismatch)
        }
    }

    /// Verifies the delivery, then parses it into a typed event.
    ///
    /// Nothing is parsed before the signature checks out.
    ///
    /// # Errors
    ///
    /// Those of [`verify_signature`](Self::verify_signature), then [`Error::InvalidJson`] for
    /// an authentic payload that is not an event: not a JSON object, no string `type`, or a
    /// known type whose fields do not match the spec.
    pub fn unwrap<H: WebhookHeaders + ?Sized>(
        &self,
        payload: impl AsRef<[u8]>,
        headers: &H,
    ) -> Result<UnwrapWebhookEvent, Error> {
        self.unwrap_at(payload, headers, SystemTime::now())
    }

    /// [`unwrap`](Self::unwrap) with an explicit clock.
    pub fn unwrap_at<H: WebhookHeaders + ?Sized>(
        &self,
        payload: impl AsRef<[u8]>,
        headers: &H,
        now: SystemTime,
    ) -> Result<UnwrapWebhookEvent, Error> {
        let payload = payload.as_ref();
        self.verify_signature_at(payload, headers, now)?;
        UnwrapWebhookEvent::from_slice(payload).map_err(|e| Error::InvalidJson(e.into()))
    }

    /// Signs a delivery as OpenAI would: returns the `webhook-signature` value, `v1,<base64>`.
    ///
    /// For tests and local tools that play OpenAI's side. The `webhook-timestamp` header to
    /// send with it is `timestamp.to_string()`; a negative timestamp is signed but never
    /// verifies (`InvalidTimestamp`), as OpenAI's timestamps are Unix seconds.
    pub fn sign(&self, webhook_id: &str, timestamp: i64, payload: impl AsRef<[u8]>) -> String {
        let timestamp = timestamp.to_string();
        let signature = self.expected_signature(
            webhook_id.as_bytes(),
            timestamp.as_bytes(),
            payload.as_ref(),
        );
        let mut out = String::with_capacity(3 + SIGNATURE_LEN);
        out.push_str("v1,");
        out.extend(signature.iter().map(|&b| char::from(b)));
        out
    }

    /// Base64 of HMAC-SHA256 over `id.timestamp.payload`, fed in pieces (no concatenation).
    fn expected_signature(&self, id: &[u8], timestamp: &[u8], payload: &[u8]) -> [u8; 44] {
        count_work(1, 0);
        let mut mac = self.mac.clone();
        mac.update(id);
        mac.update(b".");
        mac.update(timestamp);
        mac.update(b".");
        mac.update(payload);
        let tag = mac.finalize().into_bytes();
        let mut encoded = [0u8; SIGNATURE_LEN];
        // 32 bytes always encode to exactly 44 base64 characters.
        let _ = STANDARD.encode_slice(tag, &mut encoded);
        encoded
    }
}

/// Constant-time equality of two signatures: the differences are OR-ed together without
/// branching, 8 bytes at a time, and `subtle` turns the result into a `Choice`. (`subtle`'s
/// own slice comparison does the same a byte at a time behind an optimization barrier, which
/// costs more than the rest of the verification besides the HMAC.)
fn ct_eq_signature(a: &[u8; SIGNATURE_LEN], b: &[u8; SIGNATURE_LEN]) -> Choice {
    let mut diff = 0u64;
    for (x, y) in a.chunks(8).zip(b.chunks(8)) {
        let (mut xw, mut yw) = ([0u8; 8], [0u8; 8]);
        xw[..x.len()].copy_from_slice(x);
        yw[..y.len()].copy_from_slice(y);
        diff |= u64::from_ne_bytes(xw) ^ u64::from_ne_bytes(yw);
    }
    diff.ct_eq(&0)
}

#[cfg(test)]
thread_local! {
    /// (HMAC computations, constant-time comparisons) on this thread, for the cost tests.
    static WORK: std::cell::Cell<(usize, usize)> = const { std::cell::Cell::new((0, 0)) };
}

#[inline(always)]
fn count_work(_hmacs: usize, _comparisons: usize) {
    #[cfg(test)]
    WORK.with(|w| {
        let (h, c) = w.get();
        w.set((h + _hmacs, c + _comparisons));
    });
}

fn keyed(key: &[u8]) -> Result<Hmac<Sha256>, Error> {
    // HMAC accepts keys of any length, so this never fails in practice.
    <Hmac<Sha256> as KeyInit>::new_from_slice(key)
        .map_err(|_| Error::InvalidSecret("the key length is not usable for HMAC"))
}

fn header<'a, H: WebhookHeaders + ?Sized>(
    headers: &'a H,
    name: &'static str,
) -> Result<&'a [u8], Error> {
    match single_value(headers, name) {
        Ok(Some(value)) => Ok(value),
        Ok(None) => Err(Error::MissingHeader(name)),
        Err(()) => Err(Error::ConflictingHeader(name)),
    }
}

/// Optional `+`, then ASCII digits that fit an `i64`, with surrounding ASCII whitespace.
fn parse_timestamp(raw: &[u8]) -> Result<i64, Error> {
    let text = raw.trim_ascii();
    let digits = text.strip_prefix(b"+").unwrap_or(text);
    if digits.is_empty() {
        return Err(Error::InvalidTimestamp);
    }
    digits.iter().try_fold(0i64, |acc, &b| {
        let digit = match b {
            b'0'..=b'9' => i64::from(b - b'0'),
            _ => return Err(Error::InvalidTimestamp),
        };
        acc.checked_mul(10)
            .and_then(|v| v.checked_add(digit))
            .ok_or(Error::InvalidTimestamp)
    })
}

/// `now`, truncated to whole seconds, before or after the epoch.
fn unix_seconds(now: SystemTime) -> i128 {
    match now.duration_since(UNIX_EPOCH) {
        Ok(after) => i128::from(after.as_secs()),
        Err(before) => -i128::from(before.duration().as_secs()),
    }
}

/// Inclusive on both sides; i128 holds every difference of i64/u64 values.
fn check_window(now: i128, ts: i64, tolerance: u64) -> Result<(), Error> {
    let (ts, tolerance) = (i128::from(ts), i128::from(tolerance));
    if now - ts > tolerance {
        Err(Error::TimestampTooOld)
    } else if ts - now > tolerance {
        Err(Error::TimestampTooNew)
    } else {
        Ok(())
    }
}

/// The signatures to try: `v1,<sig>` entries and bare entries; other versions are skipped.
fn candidates(header: &[u8]) -> impl Iterator<Item = &[u8]> {
    // Empty entries (from repeated spaces) pass through as empty candidates, which never
    // match: a valid signature is never empty.
    let mut rest = Some(header);
    let entries = std::iter::from_fn(move || {
        let bytes = rest?;
        let (entry, after) = match next_whitespace(bytes) {
            Some(at) => (&bytes[..at], Some(&bytes[at + 1..])),
            None => (bytes, None),
        };
        rest = after;
        Some(entry)
    });
    entries.filter_map(|entry| match memchr::memchr(b',', entry) {
        Some(comma) => (&entry[..comma] == b"v1").then(|| &entry[comma + 1..]),
        None => Some(entry),
    })
}

/// The first ASCII whitespace byte (space, tab, LF, FF, CR), found with vectorized searches:
/// the usual header is one 47-byte entry, which a byte loop would walk one byte at a time.
fn next_whitespace(bytes: &[u8]) -> Option<usize> {
    let common = memchr::memchr3(b' ', b'\t', b'\n', bytes);
    let rare = memchr::memchr2(b'\r', b'\x0c', &bytes[..common.unwrap_or(bytes.len())]);
    rare.or(common)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        assert_eq!(parse_timestamp(b" +0017 "), Ok(17));
        assert_eq!(parse_timestamp(b"9223372036854775807"), Ok(i64::MAX));
        for bad in [
            &b"9223372036854775808"[..],
            b"",
            b"+",
            b"-1",
            b"1.5",
            b"0x10",
            b"17x",
            "１７".as_bytes(),
        ] {
            assert_eq!(
                parse_timestamp(bad),
                Err(Error::InvalidTimestamp),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn window_edges_are_inclusive_and_never_overflow() {
        assert_eq!(check_window(100, 90, 10), Ok(()));
        assert_eq!(check_window(100, 89, 10), Err(Error::TimestampTooOld));
        assert_eq!(check_window(100, 110, 10), Ok(()));
        assert_eq!(check_window(100, 111, 10), Err(Error::TimestampTooNew));
        assert_eq!(check_window(100, 100, 0), Ok(()));
        assert_eq!(check_window(0, i64::MIN, u64::MAX), Ok(()));
        assert_eq!(
            check_window(i128::from(u64::MAX), i64::MIN, 0),
            Err(Error::TimestampTooOld)
        );
        assert_eq!(
            check_window(-i128::from(u64::MAX), i64::MAX, 0),
            Err(Error::TimestampTooNew)
        );
    }

    #[test]
    fn entries_split_like_the_standard_library() {
        let cases: [&[u8]; 6] = [
            b"",
            b" ",
            b"a",
            b"a b\tc\nd\re\x0cf",
            b"  a  \r\n",
            b"\x0bv1,x",
        ];
        for header in cases {
            let ours: Vec<&[u8]> = candidates(header).collect();
            let std: Vec<&[u8]> = header
                .split(|b| b.is_ascii_whitespace())
                .filter_map(|e| match e.iter().position(|&b| b == b',') {
                    Some(c) => (&e[..c] == b"v1").then(|| &e[c + 1..]),
                    None => Some(e),
                })
                .collect();
            assert_eq!(ours, std, "{header:?}");
        }
    }

    #[test]
    fn candidate_list() {
        let got: Vec<&[u8]> = candidates(b"v1,a\tv2,b bare v1, v1a,c\nv1,d,e").collect();
        assert_eq!(got, [&b"a"[..], b"bare", b"", b"d,e"]);
    }

    /// Runs `f` and returns the (HMACs, comparisons) it did.
    fn work(f: impl FnOnce()) -> (usize, usize) {
        WORK.with(|w| w.set((0, 0)));
        f();
        WORK.with(|w| w.get())
    }

    #[test]
    fn one_hmac_per_verification_whatever_the_candidates() {
        let webhook = Webhook::new("whsec_Zg==").unwrap();
        let good = webhook.sign("id", 10, "{}");
        let now = UNIX_EPOCH + Duration::from_secs(10);
        let verify = |sig: &str| {
            let headers = [
                ("webhook-id", "id"),
                ("webhook-timestamp", "10"),
                ("webhook-signature", sig),
            ];
            webhook.verify_signature_at("{}", &headers, now)
        };
        // 100,000 short entries: one HMAC, no comparisons (no entry has the length).
        let many = "v1,AAAA ".repeat(100_000);
        assert_eq!(
            work(|| assert_eq!(verify(&many), Err(Error::SignatureMismatch))),
            (1, 0)
        );
        // 100,000 full-length wrong entries: still one HMAC, one comparison each.
        let wrong = format!("v1,{} ", "A".repeat(43) + "=").repeat(100_000);
        assert_eq!(
            work(|| assert_eq!(verify(&wrong), Err(Error::SignatureMismatch))),
            (1, 100_000)
        );
        // The right one at the end of the list.
        let last = format!("{wrong}{good}");
        assert_eq!(work(|| assert_eq!(verify(&last), Ok(()))), (1, 100_001));
        // Rejected before any HMAC work: stale timestamp, bad format, missing headers.
        let stale = [
            ("webhook-id", "id"),
            ("webhook-timestamp", "9999"),
            ("webhook-signature", good.as_str()),
        ];
        assert_eq!(
            work(|| assert!(webhook.verify_signature_at("{}", &stale, now).is_err())),
            (0, 0)
        );
        assert_eq!(
            work(|| assert!(webhook
                .verify_signature_at("{}", &[("a", "b")], now)
                .is_err())),
            (0, 0)
        );
    }

    #[test]
    fn a_one_megabyte_id_is_one_hmac() {
        let webhook = Webhook::new("whsec_Zg==").unwrap();
        let id = "i".repeat(1 << 20);
        let sig = webhook.sign(&id, 10, "{}");
        let headers = [
            ("webhook-id", id.as_str()),
            ("webhook-timestamp", "10"),
            ("webhook-signature", &sig),
        ];
        let now = UNIX_EPOCH + Duration::from_secs(10);
        assert_eq!(
            work(|| assert_eq!(webhook.verify_signature_at("{}", &headers, now), Ok(()))),
            (1, 1)
        );
    }

    #[test]
    fn key_material_is_zeroized_on_drop() {
        fn zeroize_on_drop<T: zeroize::ZeroizeOnDrop>() {}
        // `Hmac<Sha256>` holds two keyed SHA-256 cores (inner and outer pad) and a block
        // buffer. With the `zeroize` features of sha2 and hmac, the cores wipe their state on
        // drop (checked here) and the buffer wipes itself too.
        zeroize_on_drop::<<Sha256 as hmac::digest::block_api::CoreProxy>::Core>();
    }

    #[test]
    fn signature_comparison_sees_every_byte() {
        let a = [b'A'; SIGNATURE_LEN];
        assert!(bool::from(ct_eq_signature(&a, &a)));
        for i in 0..SIGNATURE_LEN {
            for bit in 0..8 {
                let mut b = a;
                b[i] ^= 1 << bit;
                assert!(!bool::from(ct_eq_signature(&a, &b)), "byte {i} bit {bit}");
            }
        }
    }

    #[test]
    fn clock_before_the_epoch() {
        assert_eq!(unix_seconds(UNIX_EPOCH - Duration::from_millis(1500)), -1);
        assert_eq!(unix_seconds(UNIX_EPOCH + Duration::from_millis(1500)), 1);
    }
}
