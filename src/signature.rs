//! The `webhook-signature` list: splitting it, decoding its entries, comparing tags.

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;

/// An HMAC-SHA256 tag.
pub(crate) type Tag = [u8; 32];

/// Length of a base64-encoded tag, padding included.
pub(crate) const ENCODED_LEN: usize = 44;

/// The signatures to try: `v1,<sig>` entries and bare entries; other versions are skipped.
///
/// The usual header, `v1,` and one full-length signature, is yielded without searching it
/// for separators. Were there a separator or a comma in it, no entry of it could have the
/// full length, and the whole does not match either: a signature's text has neither.
pub(crate) fn candidates(header: &[u8]) -> impl Iterator<Item = &[u8]> {
    let usual = match header.split_first_chunk::<3>() {
        Some((b"v1,", signature)) if signature.len() == ENCODED_LEN => Some(signature),
        _ => None,
    };
    // Empty entries (from repeated spaces) pass through as empty candidates, which never
    // match: a valid signature is never empty.
    let mut rest = if usual.is_some() { None } else { Some(header) };
    let entries = std::iter::from_fn(move || {
        let bytes = rest?;
        let (entry, after) = match next_whitespace(bytes) {
            Some(at) => (&bytes[..at], Some(&bytes[at + 1..])),
            None => (bytes, None),
        };
        rest = after;
        Some(entry)
    });
    let split = entries.filter_map(|entry| match memchr::memchr(b',', entry) {
        Some(comma) => (&entry[..comma] == b"v1").then(|| &entry[comma + 1..]),
        None => Some(entry),
    });
    usual.into_iter().chain(split)
}

/// The first ASCII whitespace byte (space, tab, LF, FF, CR), found with vectorized searches:
/// the usual header is one 47-byte entry, which a byte loop would walk one byte at a time.
fn next_whitespace(bytes: &[u8]) -> Option<usize> {
    let common = memchr::memchr3(b' ', b'\t', b'\n', bytes);
    let rare = memchr::memchr2(b'\r', b'\x0c', &bytes[..common.unwrap_or(bytes.len())]);
    rare.or(common)
}

/// `tag`, base64-encoded (44 characters).
pub(crate) fn encode(tag: &Tag) -> [u8; ENCODED_LEN] {
    let mut encoded = [0u8; ENCODED_LEN];
    // 32 bytes always encode to exactly 44 base64 characters.
    let _ = STANDARD.encode_slice(tag, &mut encoded);
    encoded
}

/// The candidate as a full-length signature text, if it has that length. Skipping other
/// lengths leaks nothing secret: every valid signature is the base64 of a 32-byte tag,
/// `ENCODED_LEN` characters, whatever the key or payload.
#[inline]
pub(crate) fn full_length(candidate: &[u8]) -> Option<&[u8; ENCODED_LEN]> {
    candidate.try_into().ok()
}

/// Constant-time equality of two signature texts.
///
/// `constant_time_eq` compares fixed-size arrays a vector or word at a time and passes the
/// accumulated difference through an optimization barrier, so the compiler cannot turn it
/// into an early exit. The hand-written OR-fold this crate had was no faster (2.0 ns against
/// 1.5 ns) and relied on the compiler never adding one; `subtle`'s slice comparison puts a
/// barrier on every byte and measured over 30 times slower (`benches/README.md`). The
/// expected tag is encoded once per secret rather than each candidate decoded: encoding 32
/// bytes measured cheaper than decoding 44 characters.
#[inline]
pub(crate) fn texts_equal(a: &[u8; ENCODED_LEN], b: &[u8; ENCODED_LEN]) -> bool {
    constant_time_eq::constant_time_eq_n(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn the_usual_header_matches_exactly_as_when_split() {
        let expected = encode(&[0x5A; 32]);
        let text = std::str::from_utf8(&expected).unwrap();
        let matches = |candidates: Vec<&[u8]>| {
            candidates
                .iter()
                .any(|c| full_length(c).is_some_and(|c| texts_equal(c, &expected)))
        };
        let mut headers = vec![format!("v1,{text}")];
        // The same length with a separator or a comma somewhere in the signature.
        for at in 3..47 {
            for b in [' ', '\t', '\n', '\r', '\x0c', ','] {
                let mut h = format!("v1,{text}").into_bytes();
                h[at] = b as u8;
                headers.push(String::from_utf8(h).unwrap());
            }
        }
        for header in headers {
            let split: Vec<&[u8]> = header
                .as_bytes()
                .split(|b| b.is_ascii_whitespace())
                .filter_map(|e| match e.iter().position(|&b| b == b',') {
                    Some(c) => (&e[..c] == b"v1").then(|| &e[c + 1..]),
                    None => Some(e),
                })
                .collect();
            let ours: Vec<&[u8]> = candidates(header.as_bytes()).collect();
            assert_eq!(matches(ours), matches(split), "{header:?}");
        }
        assert_eq!(
            candidates(format!("v1,{text}").as_bytes()).collect::<Vec<_>>(),
            [&expected[..]]
        );
    }

    #[test]
    fn candidate_list() {
        let got: Vec<&[u8]> = candidates(b"v1,a\tv2,b bare v1, v1a,c\nv1,d,e").collect();
        assert_eq!(got, [&b"a"[..], b"bare", b"", b"d,e"]);
    }

    #[test]
    fn text_comparison_sees_every_bit() {
        let a = encode(&[0xA5; 32]);
        assert!(texts_equal(&a, &a));
        for i in 0..ENCODED_LEN {
            for bit in 0..8 {
                let mut b = a;
                b[i] ^= 1 << bit;
                assert!(!texts_equal(&a, &b), "byte {i} bit {bit}");
            }
        }
    }

    #[test]
    fn only_full_length_candidates_are_compared() {
        assert!(full_length(&[b'A'; ENCODED_LEN]).is_some());
        assert!(full_length(&[b'A'; ENCODED_LEN - 1]).is_none());
        assert!(full_length(&[b'A'; ENCODED_LEN + 1]).is_none());
        assert!(full_length(b"").is_none());
    }
}
