//! The verifier: Standard Webhooks signatures as OpenAI sends them.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::headers::{webhook_values, WebhookHeader, WebhookHeaders};
use crate::keys::Keys;
use crate::signature::{self, Tag};
use crate::{Error, UnwrapWebhookEvent};

const SECRET_ENV: &str = "OPENAI_WEBHOOK_SECRET";
const PREVIOUS_SECRET_ENV: &str = "OPENAI_WEBHOOK_SECRET_PREVIOUS";
const DEFAULT_TOLERANCE: Duration = Duration::from_secs(300);

/// Verifies OpenAI webhook deliveries with an endpoint's secret, or several.
///
/// Build it once (secrets are decoded and the HMAC keyed in [`new`](Self::new)) and share
/// it: it is `Send + Sync`, and a clone copies a pointer and the tolerance, as the keyed
/// states live behind one `Arc`.
///
/// ```
/// use openai_webhooks::Webhook;
///
/// let webhook = Webhook::new("whsec_RdvaYFYUXuIFuEbvZHwMfYFhUf7aMYjYcmM24+Aj40c=")?;
/// assert_eq!(format!("{webhook:?}"), "Webhook { secrets: 1, tolerance: 300s }");
/// # Ok::<(), openai_webhooks::Error>(())
/// ```
///
/// # Key hygiene
///
/// Best effort. `Debug` never shows a key. The decoded key is wiped once the HMAC is keyed,
/// and the keyed HMAC states are wiped (through the `zeroize` features of `hmac` and `sha2`)
/// when the last clone is dropped; so is the copy of a state each signature is computed
/// with. Not wiped: copies the compiler leaves on the stack when a value moves (while a
/// `Webhook` is built or a signature computed), and the key block `hmac` derives on the
/// stack while keying. Keep core dumps and swap off if those copies matter.
#[derive(Clone)]
pub struct Webhook {
    keys: Keys,
    tolerance_secs: u64,
}

impl fmt::Debug for Webhook {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Webhook")
            .field("secrets", &self.keys.count())
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
    ///
    /// ```
    /// use openai_webhooks::{Error, Webhook};
    ///
    /// // Build it once at start-up and share it (it is cheap to clone).
    /// let webhook = Webhook::new("whsec_RdvaYFYUXuIFuEbvZHwMfYFhUf7aMYjYcmM24+Aj40c=")?;
    /// // A malformed secret is refused here, not at the first delivery.
    /// assert!(matches!(Webhook::new("whsec_not base64!"), Err(Error::InvalidSecret(_))));
    /// # Ok::<(), Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::InvalidSecret`], saying why (never repeating the secret).
    pub fn new(secret: &str) -> Result<Webhook, Error> {
        Ok(Webhook {
            keys: Keys::new(secret)?,
            tolerance_secs: DEFAULT_TOLERANCE.as_secs(),
        })
    }

    /// Also accepts deliveries signed with `secret`: for a secret rotation, or for one URL
    /// that receives from several OpenAI projects. Call it once per extra secret.
    ///
    /// The rules and errors are those of [`new`](Self::new). [`sign`](Self::sign) keeps
    /// using the first secret.
    ///
    /// Verification costs one HMAC per secret (after the header and timestamp checks,
    /// which come first), so its cost grows linearly with the number of secrets; every
    /// signature in the header is compared with every secret's, each in constant time.
    ///
    /// ```
    /// use openai_webhooks::Webhook;
    ///
    /// let old = Webhook::new("whsec_b2xkLXNlY3JldA==")?;
    /// let new = Webhook::new("whsec_bmV3LXNlY3JldA==")?;
    /// let both = Webhook::new("whsec_bmV3LXNlY3JldA==")?
    ///     .with_additional_secret("whsec_b2xkLXNlY3JldA==")?;
    ///
    /// let now = std::time::SystemTime::now();
    /// let ts = now.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    /// for signer in [&old, &new] {
    ///     let headers = [
    ///         ("webhook-id", "wh_1".to_string()),
    ///         ("webhook-timestamp", ts.to_string()),
    ///         ("webhook-signature", signer.sign("wh_1", ts, "{}")),
    ///     ];
    ///     both.verify_signature_at("{}", &headers, now)?;
    /// }
    /// # Ok::<(), openai_webhooks::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::InvalidSecret`], as for [`new`](Self::new).
    pub fn with_additional_secret(self, secret: &str) -> Result<Webhook, Error> {
        Ok(Webhook {
            keys: self.keys.with(secret)?,
            tolerance_secs: self.tolerance_secs,
        })
    }

    /// Creates a verifier from the `OPENAI_WEBHOOK_SECRET` environment variable, plus
    /// `OPENAI_WEBHOOK_SECRET_PREVIOUS` if that is set and not blank (the secret being
    /// rotated out; see [`with_additional_secret`](Self::with_additional_secret)).
    ///
    /// # Errors
    ///
    /// `OPENAI_WEBHOOK_SECRET` unset or blank is [`Error::MissingSecret`]; otherwise
    /// [`Error::InvalidSecret`] as for [`new`](Self::new), for either variable, with the
    /// reason starting with the variable's name.
    pub fn from_env() -> Result<Webhook, Error> {
        let Some(secret) = env_secret(SECRET_ENV)? else {
            return Err(Error::MissingSecret);
        };
        let webhook = Webhook::new(&secret).map_err(|e| naming(SECRET_ENV, e))?;
        match env_secret(PREVIOUS_SECRET_ENV)? {
            Some(previous) => webhook
                .with_additional_secret(&previous)
                .map_err(|e| naming(PREVIOUS_SECRET_ENV, e)),
            None => Ok(webhook),
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
    /// ```
    /// use std::time::{Duration, UNIX_EPOCH};
    /// use openai_webhooks::{Error, Webhook};
    ///
    /// let webhook = Webhook::new("whsec_RdvaYFYUXuIFuEbvZHwMfYFhUf7aMYjYcmM24+Aj40c=")?;
    /// let body = r#"{"id": "evt_685c059ae3a481909bdc86819b066fb6", "object": "event", "created_at": 1750861210, "type": "response.completed", "data": {"id": "resp_123"}}"#;
    /// let headers = [
    ///     ("webhook-id", "wh_685c059ae39c8190af8c71ed1022a24d"),
    ///     ("webhook-timestamp", "1750861210"),
    ///     ("webhook-signature", "v1,gUAg4R2hWouRZqRQG4uJypNS8YK885G838+EHb4nKBY="),
    /// ];
    /// // A recorded delivery: check it at the time it was sent. In a handler, call
    /// // `verify_signature`, which uses the clock.
    /// let sent_at = UNIX_EPOCH + Duration::from_secs(1750861210);
    /// webhook.verify_signature_at(body, &headers, sent_at)?;
    /// // One changed byte, or the same delivery an hour later, is refused.
    /// let tampered = body.replace("resp_123", "resp_124");
    /// assert_eq!(
    ///     webhook.verify_signature_at(&tampered, &headers, sent_at),
    ///     Err(Error::SignatureMismatch)
    /// );
    /// let later = sent_at + Duration::from_secs(3600);
    /// assert_eq!(
    ///     webhook.verify_signature_at(body, &headers, later),
    ///     Err(Error::TimestampTooOld)
    /// );
    /// # Ok::<(), Error>(())
    /// ```
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
        let [signatures, timestamp, id] = read_headers(headers)?;
        let ts = parse_timestamp(timestamp)?;
        check_window(unix_seconds(now), ts, self.tolerance_secs)?;

        let payload = payload.as_ref();
        let mut matched = false;
        for mac in self.keys.all() {
            let expected = signature::encode(&tag(mac, id, timestamp, payload));
            for candidate in signature::candidates(signatures) {
                if let Some(candidate) = signature::full_length(candidate) {
                    count_work(0, 1);
                    // No early exit: every candidate meets every secret's signature.
                    matched |= signature::texts_equal(candidate, &expected);
                }
            }
        }
        if matched {
            Ok(())
        } else {
            Err(Error::SignatureMismatch)
        }
    }

    /// Verifies the delivery, then parses it into a typed event.
    ///
    /// Nothing is parsed before the signature checks out. An authentic event is never refused
    /// for its shape: a type the spec does not list is [`UnwrapWebhookEvent::Unknown`], and a
    /// listed type whose JSON does not fit its struct is [`UnwrapWebhookEvent::Unparsed`].
    ///
    /// # Errors
    ///
    /// Those of [`verify_signature`](Self::verify_signature), then [`Error::InvalidJson`] for
    /// an authentic body that is not a JSON object with a string `type`.
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
    ///
    /// ```
    /// use openai_webhooks::Webhook;
    ///
    /// // The Standard Webhooks test vector.
    /// let webhook = Webhook::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")?;
    /// let signature = webhook.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, r#"{"test": 2432232314}"#);
    /// assert_eq!(signature, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    /// # Ok::<(), openai_webhooks::Error>(())
    /// ```
    pub fn sign(&self, webhook_id: &str, timestamp: i64, payload: impl AsRef<[u8]>) -> String {
        let timestamp = timestamp.to_string();
        let tag = tag(
            self.keys.first(),
            webhook_id.as_bytes(),
            timestamp.as_bytes(),
            payload.as_ref(),
        );
        let encoded = signature::encode(&tag);
        let mut out = String::with_capacity(3 + encoded.len());
        out.push_str("v1,");
        out.extend(encoded.iter().map(|&b| char::from(b)));
        out
    }
}

/// HMAC-SHA256 over `id.timestamp.payload`, fed in pieces (no concatenation).
#[inline]
fn tag(mac: &Hmac<Sha256>, id: &[u8], timestamp: &[u8], payload: &[u8]) -> Tag {
    count_work(1, 0);
    let mut mac = mac.clone();
    mac.update(id);
    mac.update(b".");
    mac.update(timestamp);
    mac.update(b".");
    mac.update(payload);
    mac.finalize().into_bytes().into()
}

/// `error`, its reason naming the environment variable the secret came from.
fn naming(variable: &str, error: Error) -> Error {
    let Error::InvalidSecret(why) = error else {
        return error;
    };
    match crate::keys::REFUSALS.iter().find(|r| r.plain == why) {
        Some(refusal) if variable == SECRET_ENV => Error::InvalidSecret(refusal.in_secret_env),
        Some(refusal) => Error::InvalidSecret(refusal.in_previous_env),
        None => Error::InvalidSecret(why),
    }
}

/// The secret in environment variable `name`: `None` if unset or blank.
fn env_secret(name: &'static str) -> Result<Option<Zeroizing<String>>, Error> {
    match std::env::var(name) {
        Ok(secret) => {
            let secret = Zeroizing::new(secret);
            let blank = secret
                .trim_matches(|c: char| c.is_ascii_whitespace())
                .is_empty();
            Ok((!blank).then_some(secret))
        }
        Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => Err(Error::InvalidSecret(match name {
            SECRET_ENV => "OPENAI_WEBHOOK_SECRET is not valid UTF-8",
            _ => "OPENAI_WEBHOOK_SECRET_PREVIOUS is not valid UTF-8",
        })),
    }
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

/// `[signature, timestamp, id]`, or the first header (in that order) that is missing or
/// repeated with different values.
#[inline]
fn read_headers<H: WebhookHeaders + ?Sized>(headers: &H) -> Result<[&[u8]; 3], Error> {
    let values = webhook_values(headers);
    let mut out: [&[u8]; 3] = [&[]; 3];
    for ((slot, value), header) in out.iter_mut().zip(values).zip(WebhookHeader::ALL) {
        *slot = match value {
            Ok(Some(value)) => value,
            Ok(None) => return Err(Error::MissingHeader(header.name())),
            Err(()) => return Err(Error::ConflictingHeader(header.name())),
        };
    }
    Ok(out)
}

/// Optional `+`, then ASCII digits that fit an `i64`, with surrounding ASCII whitespace.
#[inline]
fn parse_timestamp(raw: &[u8]) -> Result<i64, Error> {
    // Unix seconds have had ten digits since 2001 and keep them until 2286.
    if let Some(value) = ten_digits(raw) {
        return Ok(value);
    }
    // Any 1 to 18 bare digits cannot overflow: one pass that parses and validates together.
    if (1..=18).contains(&raw.len()) {
        let (mut value, mut bad) = (0i64, false);
        for &b in raw {
            let digit = b.wrapping_sub(b'0');
            bad |= digit > 9;
            value = value.wrapping_mul(10).wrapping_add(i64::from(digit));
        }
        if !bad {
            return Ok(value);
        }
    }
    parse_timestamp_in_full(raw)
}

/// Exactly ten ASCII digits, eight of them read as one word: no loop whose every step waits
/// for the one before.
#[inline]
fn ten_digits(raw: &[u8]) -> Option<i64> {
    let (eight, two) = raw.split_first_chunk::<8>()?;
    let &[ninth, tenth] = two else {
        return None;
    };
    let word = u64::from_le_bytes(*eight);
    const HIGH: u64 = 0xF0F0_F0F0_F0F0_F0F0;
    const ZEROS: u64 = 0x3030_3030_3030_3030;
    // Every byte is 0x30 to 0x39: its high half is 3, also after adding 6. A byte whose sum
    // carries into the next fails the first test itself.
    let digits = word & HIGH == ZEROS && word.wrapping_add(0x0606_0606_0606_0606) & HIGH == ZEROS;
    let (ninth, tenth) = (ninth.wrapping_sub(b'0'), tenth.wrapping_sub(b'0'));
    if !digits || ninth > 9 || tenth > 9 {
        return None;
    }
    // The first digit is the lowest byte. Pairs, then fours, then all eight: each step
    // multiplies every lane at once, and no lane outgrows its bytes.
    let value = word - ZEROS;
    let pairs = (value * 10 + (value >> 8)) & 0x00FF_00FF_00FF_00FF;
    let fours = (pairs.wrapping_mul(1 + (100 << 16)) >> 16) & 0x0000_FFFF_0000_FFFF;
    let eight = fours.wrapping_mul(1 + (10_000 << 32)) >> 32;
    Some((eight * 100 + u64::from(ninth) * 10 + u64::from(tenth)) as i64)
}

/// [`parse_timestamp`] for any input: whitespace, `+`, and the overflow checks.
fn parse_timestamp_in_full(raw: &[u8]) -> Result<i64, Error> {
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
#[inline]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        assert_eq!(parse_timestamp(b" +0017 "), Ok(17));
        assert_eq!(parse_timestamp(b"9223372036854775807"), Ok(i64::MAX));
        assert_eq!(
            parse_timestamp(b"999999999999999999"),
            Ok(999_999_999_999_999_999)
        );
        assert_eq!(parse_timestamp(b"1750861210"), Ok(1_750_861_210));
        assert_eq!(parse_timestamp(b"0"), Ok(0));
        for bad in [
            &b"9223372036854775808"[..],
            b"",
            b"+",
            b"-1",
            b"1.5",
            b"0x10",
            b"17x",
            b"/",
            b":",
            b"1/",
            b"1:",
            b"9999999999999999990/",
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
    fn the_one_pass_parse_agrees_with_the_full_one() {
        use proptest::prelude::*;
        proptest!(|(digits in "[0-9]{0,20}", other in proptest::collection::vec(any::<u8>(), 0..21), at in 0usize..20)| {
            prop_assert_eq!(parse_timestamp(digits.as_bytes()), parse_timestamp_in_full(digits.as_bytes()));
            prop_assert_eq!(parse_timestamp(&other), parse_timestamp_in_full(&other));
            // Digits with one other byte among them.
            let mut mixed = digits.into_bytes();
            if let Some(&b) = other.first() {
                mixed.insert(at.min(mixed.len()), b);
            }
            prop_assert_eq!(parse_timestamp(&mixed), parse_timestamp_in_full(&mixed));
        });
    }

    #[test]
    fn the_ten_digit_parse_agrees_with_the_full_one() {
        // Every byte value in every position of a usual timestamp.
        for at in 0..10 {
            for byte in 0..=255u8 {
                let mut raw = *b"1750861210";
                raw[at] = byte;
                assert_eq!(
                    parse_timestamp(&raw),
                    parse_timestamp_in_full(&raw),
                    "{raw:?}"
                );
            }
        }
        assert_eq!(ten_digits(b"0000000000"), Some(0));
        assert_eq!(ten_digits(b"9999999999"), Some(9_999_999_999));
        use proptest::prelude::*;
        proptest!(|(digits in "[0-9]{10}", raw in any::<[u8; 10]>())| {
            prop_assert_eq!(ten_digits(digits.as_bytes()), digits.parse::<i64>().ok());
            prop_assert_eq!(parse_timestamp(&raw), parse_timestamp_in_full(&raw));
        });
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
    fn one_hmac_per_secret_and_every_candidate_meets_every_secret() {
        let secrets = ["whsec_MQ==", "whsec_Mg==", "whsec_Mw=="];
        let signers: Vec<Webhook> = secrets.iter().map(|s| Webhook::new(s).unwrap()).collect();
        let mut webhook = Webhook::new(secrets[0]).unwrap();
        for (n, secret) in secrets.iter().enumerate().skip(1) {
            webhook = webhook.with_additional_secret(secret).unwrap();
            assert_eq!(webhook.keys.count(), n + 1);
        }
        let now = UNIX_EPOCH + Duration::from_secs(10);
        let verify = |sig: &str| {
            let headers = [
                ("webhook-id", "id"),
                ("webhook-timestamp", "10"),
                ("webhook-signature", sig),
            ];
            webhook.verify_signature_at("{}", &headers, now)
        };
        for signer in &signers {
            let sig = signer.sign("id", 10, "{}");
            // Two candidates, three secrets: three HMACs, six comparisons, match or not.
            let two = format!("v1,{} {sig}", "A".repeat(43) + "=");
            assert_eq!(work(|| assert_eq!(verify(&two), Ok(()))), (3, 6));
        }
        let wrong = Webhook::new("whsec_NA==").unwrap().sign("id", 10, "{}");
        assert_eq!(
            work(|| assert_eq!(verify(&wrong), Err(Error::SignatureMismatch))),
            (3, 3)
        );
        // A stale delivery costs no HMAC, whatever the number of secrets.
        let stale = [
            ("webhook-id", "id"),
            ("webhook-timestamp", "9999"),
            ("webhook-signature", wrong.as_str()),
        ];
        assert_eq!(
            work(|| assert_eq!(
                webhook.verify_signature_at("{}", &stale, now),
                Err(Error::TimestampTooNew)
            )),
            (0, 0)
        );
    }

    #[test]
    fn clones_share_the_keyed_states() {
        let webhook = Webhook::new("whsec_Zg==").unwrap();
        let clone = webhook.clone().with_tolerance(Duration::from_secs(1));
        assert!(clone.keys.shared_with(&webhook.keys));
        // Adding a secret builds a new list; the original keeps its own.
        let more = webhook
            .clone()
            .with_additional_secret("whsec_Zw==")
            .unwrap();
        assert!(!more.keys.shared_with(&webhook.keys));
        assert_eq!((webhook.keys.count(), more.keys.count()), (1, 2));
    }

    #[test]
    fn clock_before_the_epoch() {
        assert_eq!(unix_seconds(UNIX_EPOCH - Duration::from_millis(1500)), -1);
        assert_eq!(unix_seconds(UNIX_EPOCH + Duration::from_millis(1500)), 1);
    }
}
