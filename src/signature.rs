//! The `webhook-signature` list: splitting it, decoding its entries, comparing tags.

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

/// `tag`, base64-encoded (44 characters, standard alphabet, padded).
///
/// Written here rather than taken from the `base64` crate for two reasons: its table lookups
/// are indexed by the tag, which is secret until it matches, while the arithmetic below takes
/// the same time for every value; and this fixed-size encoding measured about half the cost,
/// which counts next to a 170-byte HMAC (`benches/README.md`).
#[inline]
pub(crate) fn encode(tag: &Tag) -> [u8; ENCODED_LEN] {
    // Six bytes give eight characters: five such groups, then the last two bytes (three
    // characters, then padding). The tag is read as the two halves the HMAC just wrote: a
    // read across the middle would wait for both writes to land.
    let (top, bottom) = tag.split_at(16);
    let top = u128::from_be_bytes(top.try_into().unwrap_or_default());
    let bottom = u128::from_be_bytes(bottom.try_into().unwrap_or_default());
    const SIX: u64 = 0xFFFF_FFFF_FFFF;
    let groups = [
        (top >> 80) as u64 & SIX,
        (top >> 32) as u64 & SIX,
        (top as u64 & 0xFFFF_FFFF) << 16 | (bottom >> 112) as u64,
        (bottom >> 64) as u64 & SIX,
        (bottom >> 16) as u64 & SIX,
        (bottom as u64 & 0xFFFF) << 32,
    ];
    let mut chars = [0u8; 48];
    for (out, bits) in chars.chunks_exact_mut(8).zip(groups) {
        out.copy_from_slice(&sextets(bits).to_be_bytes());
    }
    // A loop over plain bytes, which the compiler turns into vector instructions.
    for c in &mut chars {
        *c = base64_char(*c);
    }
    // The padding goes in before the copy: a byte written after it would make the caller's
    // read of the last word wait.
    chars[ENCODED_LEN - 1] = b'=';
    let mut encoded = [0u8; ENCODED_LEN];
    encoded.copy_from_slice(&chars[..ENCODED_LEN]);
    encoded
}

/// The low 48 bits of `bits` as eight six-bit values, one a byte, the first in the highest.
#[inline(always)]
fn sextets(bits: u64) -> u64 {
    // Halve the fields three times: 24-bit halves into 32-bit lanes, 12 into 16, 6 into 8.
    let x = ((bits << 8) & 0x00FF_FFFF_0000_0000) | (bits & 0x00FF_FFFF);
    let x = ((x << 4) & 0x0FFF_0000_0FFF_0000) | (x & 0x0000_0FFF_0000_0FFF);
    ((x << 2) & 0x3F00_3F00_3F00_3F00) | (x & 0x003F_003F_003F_003F)
}

/// The base64 character of a six-bit value, without branches or table lookups.
#[inline(always)]
fn base64_char(v: u8) -> u8 {
    // All ones when `v > n` (both below 64): each step moves the offset from one range of
    // the alphabet to the next (A-Z, a-z, 0-9, `+`, `/`).
    let above = |n: u8| (n.wrapping_sub(v) as i8 >> 7) as u8;
    b'A'.wrapping_add(v)
        .wrapping_add(above(25) & 6)
        .wrapping_sub(above(51) & 75)
        .wrapping_sub(above(61) & 15)
        .wrapping_add(above(62) & 3)
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
/// `ctutils` (RustCrypto's, already built for `hmac`) compares them a word at a time, each
/// word through a conditional move the compiler cannot see into, so it cannot turn the loop
/// into an early exit. `constant_time_eq` was 1.8 ns faster here but cost every user's build a
/// crate and a build script, and the default build a proc-macro; `subtle`'s slice comparison puts a barrier on every
/// byte and measured over 30 times slower (`benches/README.md`). The expected tag is encoded
/// once per secret rather than each candidate decoded: encoding 32 bytes measured cheaper
/// than decoding 44 characters.
#[inline]
pub(crate) fn texts_equal(a: &[u8; ENCODED_LEN], b: &[u8; ENCODED_LEN]) -> bool {
    ctutils::CtEq::ct_eq(a, b).to_bool()
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
    fn encoding_matches_the_base64_crate() {
        use base64::engine::general_purpose::STANDARD;
        use base64::Engine as _;
        // Every six-bit value in every position of a group, and the two-byte tail.
        for byte in 0..=255u8 {
            for at in 0..32 {
                let mut tag = [0x5A; 32];
                tag[at] = byte;
                assert_eq!(
                    &encode(&tag)[..],
                    STANDARD.encode(tag).as_bytes(),
                    "{byte} at {at}"
                );
            }
        }
        use proptest::prelude::*;
        proptest!(|(tag in any::<[u8; 32]>())| {
            let theirs = STANDARD.encode(tag);
            prop_assert_eq!(&encode(&tag)[..], theirs.as_bytes());
        });
    }

    #[test]
    fn only_full_length_candidates_are_compared() {
        assert!(full_length(&[b'A'; ENCODED_LEN]).is_some());
        assert!(full_length(&[b'A'; ENCODED_LEN - 1]).is_none());
        assert!(full_length(&[b'A'; ENCODED_LEN + 1]).is_none());
        assert!(full_length(b"").is_none());
    }
}
