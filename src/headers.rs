//! Reading the three `webhook-*` headers from whatever header type the caller has.

use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasher;

/// A set of HTTP headers the verifier can read.
///
/// Implemented for `http::HeaderMap` (feature `http`, on by default) and for slices, arrays,
/// `Vec`s, `HashMap`s and `BTreeMap`s of `(name, value)` string pairs, and references to any
/// of these. Implement it for another framework's header type by forwarding each value of the
/// named header:
///
/// ```
/// use openai_webhooks::{Webhook, WebhookHeaders};
///
/// /// A framework's headers: (name, value) pairs in arrival order, names in any case.
/// struct RawHeaders(Vec<(String, Vec<u8>)>);
///
/// impl WebhookHeaders for RawHeaders {
///     fn for_each_value<'a>(&'a self, name: &str, visit: &mut dyn FnMut(&'a [u8])) {
///         for (key, value) in &self.0 {
///             if key.eq_ignore_ascii_case(name) {
///                 visit(value);
///             }
///         }
///     }
/// }
///
/// let webhook = Webhook::new("whsec_Zg==")?;
/// let ts = std::time::SystemTime::now()
///     .duration_since(std::time::UNIX_EPOCH)
///     .unwrap()
///     .as_secs() as i64;
/// let headers = RawHeaders(vec![
///     ("Webhook-Id".into(), b"wh_1".to_vec()),
///     ("Webhook-Timestamp".into(), ts.to_string().into_bytes()),
///     ("Webhook-Signature".into(), webhook.sign("wh_1", ts, "{}").into_bytes()),
/// ]);
/// webhook.verify_signature("{}", &headers)?;
/// # Ok::<(), openai_webhooks::Error>(())
/// ```
pub trait WebhookHeaders {
    /// Calls `visit` with each value of the header `name`, matching names ASCII
    /// case-insensitively. `name` is always lower case. A header that appears several times
    /// gets one call per value; an absent header gets none.
    fn for_each_value<'a>(&'a self, name: &str, visit: &mut dyn FnMut(&'a [u8]));

    /// Calls `visit` with each value of the three webhook headers, saying which header it
    /// belongs to. Values of one header come in their order; the headers in any order.
    ///
    /// The verifier reads the headers through this method. The default asks
    /// [`for_each_value`](Self::for_each_value) once per header; override it when one pass
    /// over the headers is cheaper than three lookups, as the implementations here do.
    fn for_each_webhook_value<'a>(&'a self, visit: &mut dyn FnMut(WebhookHeader, &'a [u8])) {
        for header in WebhookHeader::ALL {
            self.for_each_value(header.name(), &mut |value| visit(header, value));
        }
    }
}

/// One of the three headers a delivery is verified with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WebhookHeader {
    /// `webhook-signature`: the signatures.
    Signature,
    /// `webhook-timestamp`: when the delivery was signed, in Unix seconds.
    Timestamp,
    /// `webhook-id`: the delivery's id, the same on every retry.
    Id,
}

impl WebhookHeader {
    /// All three, in the order the verifier checks them.
    pub const ALL: [WebhookHeader; 3] = [
        WebhookHeader::Signature,
        WebhookHeader::Timestamp,
        WebhookHeader::Id,
    ];

    /// The header's name, in lower case.
    pub const fn name(self) -> &'static str {
        match self {
            WebhookHeader::Signature => "webhook-signature",
            WebhookHeader::Timestamp => "webhook-timestamp",
            WebhookHeader::Id => "webhook-id",
        }
    }

    /// Which of the three `name` is, ignoring ASCII case.
    #[inline]
    fn of(name: &[u8]) -> Option<WebhookHeader> {
        // The lengths (10 and 17) rule out almost every other header before any byte compare.
        match name.len() {
            10 => eq_lower(name, b"webhook-id").then_some(WebhookHeader::Id),
            17 => {
                if eq_lower(name, b"webhook-signature") {
                    Some(WebhookHeader::Signature)
                } else if eq_lower(name, b"webhook-timestamp") {
                    Some(WebhookHeader::Timestamp)
                } else {
                    None
                }
            }
            _ => None,
        }
    }
}

/// Visits the values of the pairs named like one of the webhook headers, in one pass.
#[inline]
fn visit_webhook_pairs<'a, K, V>(
    pairs: impl IntoIterator<Item = (&'a K, &'a V)>,
    visit: &mut dyn FnMut(WebhookHeader, &'a [u8]),
) where
    K: AsRef<str> + 'a,
    V: AsRef<str> + 'a,
{
    for (k, v) in pairs {
        if let Some(header) = WebhookHeader::of(k.as_ref().as_bytes()) {
            visit(header, v.as_ref().as_bytes());
        }
    }
}

/// Visits the values of the pairs whose key is `name`, ignoring ASCII case.
fn visit_pairs<'a, K, V>(
    pairs: impl IntoIterator<Item = (&'a K, &'a V)>,
    name: &str,
    visit: &mut dyn FnMut(&'a [u8]),
) where
    K: AsRef<str> + 'a,
    V: AsRef<str> + 'a,
{
    for (k, v) in pairs {
        if eq_lower(k.as_ref().as_bytes(), name.as_bytes()) {
            visit(v.as_ref().as_bytes());
        }
    }
}

/// `key == name` ignoring ASCII case, for a lower-case ASCII `name`: the answer of
/// `eq_ignore_ascii_case`, eight bytes at a time (this runs for every header, three times a
/// verification, and a byte loop cost more than all the rest besides the HMAC).
///
/// A key byte matches a lower-case letter of `name` if it equals it once bit 5 (the ASCII
/// case bit) is set, and matches any other byte only exactly.
#[inline]
fn eq_lower(key: &[u8], name: &[u8]) -> bool {
    if key.len() != name.len() {
        return false;
    }
    let (mut keys, mut names) = (key.chunks_exact(8), name.chunks_exact(8));
    let mut diff = 0;
    for (k, n) in (&mut keys).zip(&mut names) {
        let (k, n) = (word(k), word(n));
        diff |= (k | case_bits(n)) ^ n;
    }
    for (&k, &n) in keys.remainder().iter().zip(names.remainder()) {
        let case_bit = if n.is_ascii_lowercase() { 0x20 } else { 0 };
        diff |= u64::from((k | case_bit) ^ n);
    }
    diff == 0
}

/// Eight bytes as a little-endian word.
fn word(bytes: &[u8]) -> u64 {
    u64::from_le_bytes(bytes.try_into().unwrap_or([0; 8]))
}

/// `0x20` in each byte of `n` that is an ASCII lower-case letter, `0` elsewhere.
fn case_bits(n: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // Clearing bit 7 first keeps every sum below 0x100, so no byte carries into the next.
    let low = n & !HIGH;
    let at_least_a = low + ONES * (0x80 - u64::from(b'a'));
    let past_z = low + ONES * (0x80 - u64::from(b'z') - 1);
    // Bit 7 set where `a <= byte <= z` and the byte itself is ASCII.
    let letters = at_least_a & !past_z & !n & HIGH;
    letters >> 2
}

impl<T: WebhookHeaders + ?Sized> WebhookHeaders for &T {
    #[inline]
    fn for_each_value<'a>(&'a self, name: &str, visit: &mut dyn FnMut(&'a [u8])) {
        (**self).for_each_value(name, visit);
    }

    #[inline]
    fn for_each_webhook_value<'a>(&'a self, visit: &mut dyn FnMut(WebhookHeader, &'a [u8])) {
        (**self).for_each_webhook_value(visit);
    }
}

impl<K: AsRef<str>, V: AsRef<str>> WebhookHeaders for [(K, V)] {
    #[inline]
    fn for_each_value<'a>(&'a self, name: &str, visit: &mut dyn FnMut(&'a [u8])) {
        visit_pairs(self.iter().map(|(k, v)| (k, v)), name, visit);
    }

    #[inline]
    fn for_each_webhook_value<'a>(&'a self, visit: &mut dyn FnMut(WebhookHeader, &'a [u8])) {
        visit_webhook_pairs(self.iter().map(|(k, v)| (k, v)), visit);
    }
}

impl<K: AsRef<str>, V: AsRef<str>, const N: usize> WebhookHeaders for [(K, V); N] {
    #[inline]
    fn for_each_value<'a>(&'a self, name: &str, visit: &mut dyn FnMut(&'a [u8])) {
        self.as_slice().for_each_value(name, visit);
    }

    #[inline]
    fn for_each_webhook_value<'a>(&'a self, visit: &mut dyn FnMut(WebhookHeader, &'a [u8])) {
        self.as_slice().for_each_webhook_value(visit);
    }
}

impl<K: AsRef<str>, V: AsRef<str>> WebhookHeaders for Vec<(K, V)> {
    #[inline]
    fn for_each_value<'a>(&'a self, name: &str, visit: &mut dyn FnMut(&'a [u8])) {
        self.as_slice().for_each_value(name, visit);
    }

    #[inline]
    fn for_each_webhook_value<'a>(&'a self, visit: &mut dyn FnMut(WebhookHeader, &'a [u8])) {
        self.as_slice().for_each_webhook_value(visit);
    }
}

impl<K: AsRef<str>, V: AsRef<str>, S: BuildHasher> WebhookHeaders for HashMap<K, V, S> {
    #[inline]
    fn for_each_value<'a>(&'a self, name: &str, visit: &mut dyn FnMut(&'a [u8])) {
        visit_pairs(self, name, visit);
    }

    #[inline]
    fn for_each_webhook_value<'a>(&'a self, visit: &mut dyn FnMut(WebhookHeader, &'a [u8])) {
        visit_webhook_pairs(self, visit);
    }
}

impl<K: AsRef<str>, V: AsRef<str>> WebhookHeaders for BTreeMap<K, V> {
    #[inline]
    fn for_each_value<'a>(&'a self, name: &str, visit: &mut dyn FnMut(&'a [u8])) {
        visit_pairs(self, name, visit);
    }

    #[inline]
    fn for_each_webhook_value<'a>(&'a self, visit: &mut dyn FnMut(WebhookHeader, &'a [u8])) {
        visit_webhook_pairs(self, visit);
    }
}

#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl WebhookHeaders for http::HeaderMap {
    fn for_each_value<'a>(&'a self, name: &str, visit: &mut dyn FnMut(&'a [u8])) {
        // Looking up a prepared `HeaderName` skips parsing the name on every request.
        const KNOWN: [http::HeaderName; 3] = [ID, TIMESTAMP, SIGNATURE];
        let values = match KNOWN.iter().find(|known| known.as_str() == name) {
            Some(known) => self.get_all(known),
            None => self.get_all(name),
        };
        for v in values {
            visit(v.as_bytes());
        }
    }

    #[inline]
    fn for_each_webhook_value<'a>(&'a self, visit: &mut dyn FnMut(WebhookHeader, &'a [u8])) {
        const ALL: [(WebhookHeader, http::HeaderName); 3] = [
            (WebhookHeader::Signature, SIGNATURE),
            (WebhookHeader::Timestamp, TIMESTAMP),
            (WebhookHeader::Id, ID),
        ];
        if walk_is_cheaper(self.keys_len()) {
            for (name, value) in self {
                if let Some((header, _)) = ALL.iter().find(|(_, known)| known == name) {
                    visit(*header, value.as_bytes());
                }
            }
        } else {
            for (header, name) in &ALL {
                for value in self.get_all(name) {
                    visit(*header, value.as_bytes());
                }
            }
        }
    }
}

/// Whether walking a `HeaderMap` with `names` distinct names beats three hash lookups.
///
/// Three lookups cost about as much as walking 40 entries, where comparing prepared names
/// (`HeaderName`s are stored in lower case) mostly stops at the standard-or-custom tag or the
/// length; a typical request has 10 to 20 headers (`benches/README.md`).
#[cfg(feature = "http")]
fn walk_is_cheaper(names: usize) -> bool {
    names <= 32
}

#[cfg(feature = "http")]
const SIGNATURE: http::HeaderName = http::HeaderName::from_static("webhook-signature");
#[cfg(feature = "http")]
const TIMESTAMP: http::HeaderName = http::HeaderName::from_static("webhook-timestamp");
#[cfg(feature = "http")]
const ID: http::HeaderName = http::HeaderName::from_static("webhook-id");

/// The one value of each webhook header, indexed like [`WebhookHeader::ALL`]: absent →
/// `Ok(None)`, repeated with different values → `Err(())`.
#[inline]
pub(crate) fn webhook_values<H: WebhookHeaders + ?Sized>(
    headers: &H,
) -> [Result<Option<&[u8]>, ()>; 3] {
    let mut found: [Option<&[u8]>; 3] = [None; 3];
    let mut conflict = [false; 3];
    headers.for_each_webhook_value(&mut |header, value| {
        // The enum is declared in the order of `ALL`.
        let slot = header as usize;
        match found[slot] {
            None => found[slot] = Some(value),
            Some(first) => conflict[slot] |= first != value,
        }
    });
    std::array::from_fn(|slot| {
        if conflict[slot] {
            Err(())
        } else {
            Ok(found[slot])
        }
    })
}

#[cfg(test)]
mod tests {
    use super::eq_lower;

    #[test]
    fn each_header_indexes_its_place_in_all() {
        // `webhook_values` indexes its slots with `header as usize`.
        for (i, header) in super::WebhookHeader::ALL.into_iter().enumerate() {
            assert_eq!(header as usize, i, "{header:?}");
        }
    }

    #[cfg(feature = "http")]
    #[test]
    fn header_maps_up_to_32_names_are_walked() {
        assert!(super::walk_is_cheaper(0));
        assert!(super::walk_is_cheaper(32));
        assert!(!super::walk_is_cheaper(33));
    }

    #[test]
    fn eq_lower_agrees_with_eq_ignore_ascii_case() {
        let names = [
            "webhook-id",
            "webhook-timestamp",
            "webhook-signature",
            "a_b.1",
            "",
        ];
        for name in names {
            for key in names {
                assert_eq!(eq_lower(key.as_bytes(), name.as_bytes()), key == name);
                let upper = key.to_ascii_uppercase();
                assert_eq!(eq_lower(upper.as_bytes(), name.as_bytes()), key == name);
            }
        }
        // Every key byte against every name byte, at every position of a word and across
        // the word boundary, with the neighbours set to bytes that could carry.
        for n in (0u8..=127).filter(|b| !b.is_ascii_uppercase()) {
            for k in 0u8..=255 {
                for at in 0..10 {
                    let mut key = *b"z~a{`@9-zz";
                    let mut name = key;
                    key[at] = k;
                    name[at] = n;
                    let expected = k.eq_ignore_ascii_case(&n);
                    assert_eq!(eq_lower(&key, &name), expected, "{k} {n} at {at}");
                }
            }
        }
    }

    #[test]
    fn eq_lower_on_generated_names() {
        use proptest::prelude::*;
        proptest!(|(name in "[ -@\\[-~]{0,40}", flips in proptest::collection::vec(any::<bool>(), 40), other in "[ -~]{0,40}")| {
            // `name` is lower-case ASCII; `key` is `name` with random letters upper-cased.
            let key: String = name.chars().zip(flips.iter().chain(std::iter::repeat(&false)))
                .map(|(c, &up)| if up { c.to_ascii_uppercase() } else { c })
                .collect();
            prop_assert!(eq_lower(key.as_bytes(), name.as_bytes()));
            prop_assert_eq!(eq_lower(other.as_bytes(), name.as_bytes()), other.eq_ignore_ascii_case(&name));
        });
    }
}
