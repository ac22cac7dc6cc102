//! The `webhook-signature` list: splitting it, decoding its entries, comparing tags.

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;

/// An HMAC-SHA256 tag.
pub(crate) type Tag = [u8; 32];

/// Length of a base64-encoded tag, padding included.
pub(crate) const ENCODED_LEN: usize = 44;

/// The signatures to try: `v1,<sig>` entries and bare entries; other versions are skipped.
pub(crate) fn candidates(header: &[u8]) -> impl Iterator<Item = &[u8]> {
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

/// The tag a candidate encodes, if it is the canonical padded base64 of 32 bytes.
///
/// Canonical decoding is one-to-one (the `STANDARD` engine refuses stray padding and
/// non-zero trailing bits), so comparing decoded tags accepts exactly the candidates that
/// equal the expected signature's text, and skips encoding the expected tag. Rejecting a
/// candidate here leaks nothing secret: it depends on the candidate alone.
#[inline]
pub(crate) fn decode(candidate: &[u8]) -> Option<Tag> {
    if candidate.len() != ENCODED_LEN {
        return None;
    }
    // 44 symbols may hold up to 33 bytes; a valid tag decodes to exactly 32.
    let mut out = [0u8; 33];
    match STANDARD.decode_slice(candidate, &mut out) {
        Ok(32) => {
            let mut tag = [0u8; 32];
            tag.copy_from_slice(&out[..32]);
            Some(tag)
        }
        _ => None,
    }
}

/// `tag`, base64-encoded (44 characters).
pub(crate) fn encode(tag: &Tag) -> [u8; ENCODED_LEN] {
    let mut encoded = [0u8; ENCODED_LEN];
    // 32 bytes always encode to exactly 44 base64 characters.
    let _ = STANDARD.encode_slice(tag, &mut encoded);
    encoded
}

/// Constant-time equality of two tags.
///
/// `constant_time_eq` compares fixed-size arrays word by word and passes the accumulated
/// difference through an optimization barrier, so the compiler cannot turn it into an
/// early exit. A hand-written OR-fold (what this crate had) is as fast but relies on the
/// compiler never adding one; `subtle`'s slice comparison is barrier-protected too but
/// goes a byte at a time and measured slower (`benches/README.md`).
#[inline]
pub(crate) fn tags_equal(a: &Tag, b: &Tag) -> bool {
    constant_time_eq::constant_time_eq_32(a, b)
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
    fn candidate_list() {
        let got: Vec<&[u8]> = candidates(b"v1,a\tv2,b bare v1, v1a,c\nv1,d,e").collect();
        assert_eq!(got, [&b"a"[..], b"bare", b"", b"d,e"]);
    }

    #[test]
    fn decoding_accepts_exactly_the_canonical_encoding() {
        let tag: Tag = std::array::from_fn(|i| (i * 37 + 11) as u8);
        let text = encode(&tag);
        assert_eq!(decode(&text), Some(tag));
        // Every other byte value at every position: only the canonical text decodes to `tag`
        // (the last symbol before `=` carries 2 unused bits, which must be zero).
        for at in 0..ENCODED_LEN {
            for b in 0..=255u8 {
                let mut other = text;
                other[at] = b;
                if other != text {
                    assert_ne!(decode(&other), Some(tag), "byte {at} = {b}");
                }
            }
        }
        assert_eq!(decode(&text[..43]), None);
        assert_eq!(
            decode(b"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="),
            Some([0; 32])
        );
        // 33 bytes' worth of symbols, no padding.
        assert_eq!(
            decode(b"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
            None
        );
    }

    #[test]
    fn tag_comparison_sees_every_bit() {
        let a: Tag = [0xA5; 32];
        assert!(tags_equal(&a, &a));
        for i in 0..32 {
            for bit in 0..8 {
                let mut b = a;
                b[i] ^= 1 << bit;
                assert!(!tags_equal(&a, &b), "byte {i} bit {bit}");
            }
        }
    }
}
