//! `verify_signature` does not allocate, whatever the input size or the number of secrets,
//! and key material is wiped before its heap memory is freed. This test binary's own global
//! allocator counts the allocations made on the calling thread and can search each block
//! freed on it for given byte strings.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::{Cell, RefCell};

use common::{at, headers};
use openai_webhooks::{Error, Webhook};

struct Counting;

thread_local! {
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
    /// Byte strings to look for in freed blocks; empty when not scanning.
    static WANTED: RefCell<Vec<Vec<u8>>> = const { RefCell::new(Vec::new()) };
    /// Freed blocks that still held one of them.
    static FOUND: Cell<usize> = const { Cell::new(0) };
}

/// Counts a block about to be freed (or moved by `realloc`) that still holds a wanted string.
/// A block moved by `realloc` keeps its old bytes where it was, so it counts too.
fn scan(block: &[u8]) {
    let _ = WANTED.try_with(|wanted| {
        // Not re-entrant: the list's own allocations happen outside scans.
        if let Ok(wanted) = wanted.try_borrow() {
            if wanted
                .iter()
                .any(|w| block.windows(w.len()).any(|window| window == &w[..]))
            {
                FOUND.with(|n| n.set(n.get() + 1));
            }
        }
    });
}

// SAFETY: forwards every call to the system allocator unchanged; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if COUNTING.with(Cell::get) {
            ALLOCATIONS.with(|n| n.set(n.get() + 1));
        }
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the block is still allocated and `layout.size()` bytes long.
        scan(unsafe { std::slice::from_raw_parts(ptr, layout.size()) });
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if COUNTING.with(Cell::get) {
            ALLOCATIONS.with(|n| n.set(n.get() + 1));
        }
        // SAFETY: as in `dealloc`, before the block may move.
        scan(unsafe { std::slice::from_raw_parts(ptr, layout.size()) });
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Allocations made by `f` on this thread.
fn allocations<T>(f: impl FnOnce() -> T) -> (T, usize) {
    ALLOCATIONS.with(|n| n.set(0));
    COUNTING.with(|c| c.set(true));
    let out = f();
    COUNTING.with(|c| c.set(false));
    (out, ALLOCATIONS.with(Cell::get))
}

/// Freed blocks, among those freed on this thread while `f` runs, that still held any of
/// `wanted`.
fn freed_holding<T>(wanted: &[Vec<u8>], f: impl FnOnce() -> T) -> (T, usize) {
    FOUND.with(|n| n.set(0));
    WANTED.with(|w| w.borrow_mut().extend(wanted.iter().cloned()));
    let out = f();
    // Take the list out before dropping it, so its own blocks are not scanned.
    let list = WANTED.with(|w| std::mem::take(&mut *w.borrow_mut()));
    drop(list);
    (out, FOUND.with(Cell::get))
}

const NOW: i64 = 1_750_000_000;

#[test]
fn the_counter_sees_allocations() {
    let (_, n) = allocations(|| vec![1u8; 16]);
    assert_eq!(n, 1);
}

#[test]
fn verify_signature_makes_no_allocation() {
    let webhook = Webhook::new("whsec_YWxsb2MtdGVzdC1rZXk=").unwrap();
    let body = r#"{"id": "evt_1", "object": "event", "created_at": 1750000000, "type": "batch.completed", "data": {"id": "batch_1"}}"#;
    let sig = webhook.sign("wh_1", NOW, body);
    let h = headers("wh_1", &NOW.to_string(), &sig);
    let (result, n) = allocations(|| webhook.verify_signature_at(body, &h, at(NOW)));
    assert_eq!((result, n), (Ok(()), 0));

    #[cfg(feature = "http")]
    {
        let mut map = http::HeaderMap::new();
        for (k, v) in &h {
            map.insert(
                http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                v.parse().unwrap(),
            );
        }
        let (result, n) = allocations(|| webhook.verify_signature_at(body, &map, at(NOW)));
        assert_eq!((result, n), (Ok(()), 0));
    }

    // Failures don't allocate either.
    let bad = headers("wh_1", &NOW.to_string(), "v1,AAAA");
    let (result, n) = allocations(|| webhook.verify_signature_at(body, &bad, at(NOW)));
    assert_eq!((result, n), (Err(Error::SignatureMismatch), 0));
}

#[test]
fn huge_headers_and_payloads_make_no_allocation() {
    let webhook = Webhook::new("whsec_YWxsb2MtdGVzdC1rZXk=").unwrap();
    let payload = vec![b'x'; 1 << 20];
    let id = "i".repeat(1 << 20);
    let sig = webhook.sign(&id, NOW, &payload);
    let many = format!("{}{sig}", "v1,AAAA ".repeat(100_000));
    let h = headers(&id, &NOW.to_string(), &many);
    let (result, n) = allocations(|| webhook.verify_signature_at(&payload, &h, at(NOW)));
    assert_eq!((result, n), (Ok(()), 0));
}

#[test]
fn several_secrets_and_header_maps_make_no_allocation() {
    let mut webhook = Webhook::new("whsec_YWxsb2MtdGVzdC1rZXk=").unwrap();
    for secret in ["whsec_c2Vjb25k", "third raw secret", "whsec_Zm91cnRo"] {
        webhook = webhook.with_additional_secret(secret).unwrap();
    }
    let body = r#"{"type": "batch.completed"}"#;
    for signer in [
        "whsec_c2Vjb25k",
        "whsec_Zm91cnRo",
        "whsec_YWxsb2MtdGVzdC1rZXk=",
    ] {
        let sig = Webhook::new(signer).unwrap().sign("wh_1", NOW, body);
        let list = format!("v1,AAAA {sig} v1,{}=", "B".repeat(43));
        let h = headers("wh_1", &NOW.to_string(), &list);
        let (result, n) = allocations(|| webhook.verify_signature_at(body, &h, at(NOW)));
        assert_eq!((result, n), (Ok(()), 0), "{signer}");

        // A request's usual headers around the three, some repeated.
        #[cfg(feature = "http")]
        {
            let mut map = http::HeaderMap::new();
            for (k, v) in [
                ("host", "example.com"),
                (
                    "user-agent",
                    "OpenAI/1.0 (+https://platform.openai.com/docs/webhooks)",
                ),
                ("content-type", "application/json"),
                ("accept", "*/*"),
                ("x-forwarded-for", "192.0.2.1"),
                ("x-forwarded-for", "192.0.2.2"),
            ] {
                map.append(
                    http::HeaderName::from_static(k),
                    http::HeaderValue::from_static(v),
                );
            }
            for (k, v) in &h {
                map.append(
                    http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                    v.parse().unwrap(),
                );
            }
            let (result, n) = allocations(|| webhook.verify_signature_at(body, &map, at(NOW)));
            assert_eq!((result, n), (Ok(()), 0), "{signer}");
        }
    }
    let wrong = Webhook::new("whsec_b3RoZXI=")
        .unwrap()
        .sign("wh_1", NOW, body);
    let h = headers("wh_1", &NOW.to_string(), &wrong);
    let (result, n) = allocations(|| webhook.verify_signature_at(body, &h, at(NOW)));
    assert_eq!((result, n), (Err(Error::SignatureMismatch), 0));
}

/// The key, 32 bytes that appear nowhere else.
const KEY: [u8; 32] = *b"zeroize-probe-key-0123456789-ABC";

/// The SHA-256 state after one block of `KEY ^ pad` (HMAC's inner or outer keyed state),
/// in memory order.
fn keyed_state(pad: u8) -> Vec<u8> {
    const IV: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    let mut block = [pad; 64];
    for (b, k) in block.iter_mut().zip(KEY) {
        *b ^= k;
    }
    let mut state = IV;
    sha2::block_api::compress256(&mut state, &[block]);
    state.iter().flat_map(|w| w.to_ne_bytes()).collect()
}

/// What must not be left behind in freed memory: the raw key (its first 24 bytes, so a
/// half-decoded copy counts) and both keyed states.
fn key_material() -> Vec<Vec<u8>> {
    vec![KEY[..24].to_vec(), keyed_state(0x36), keyed_state(0x5c)]
}

#[test]
fn the_scan_finds_key_material_left_in_freed_memory() {
    use hmac::{Hmac, KeyInit};
    use sha2::Sha256;
    // Moving a keyed HMAC out of its box frees the box without dropping (wiping) it.
    let (_, found) = freed_holding(&key_material(), || {
        let boxed = Box::new(<Hmac<Sha256> as KeyInit>::new_from_slice(&KEY).unwrap());
        let moved: Hmac<Sha256> = *boxed;
        moved
    });
    assert_eq!(found, 1);
    let (_, found) = freed_holding(&key_material(), || drop(KEY[..24].to_vec()));
    assert_eq!(found, 1);
}

#[test]
fn key_material_is_wiped_before_its_memory_is_freed() {
    use base64::Engine as _;
    let encoded = base64::engine::general_purpose::STANDARD.encode(KEY);
    let secret = format!("whsec_{encoded}");
    let ((), found) = freed_holding(&key_material(), || {
        // The decoded key's buffer, on success and when decoding fails half-way.
        let webhook = Webhook::new(&secret).unwrap();
        let broken = format!("whsec_{}*", &encoded[..43]);
        assert!(Webhook::new(&broken).is_err());
        // The shared states: clones, a list rebuilt with another secret (as first and as
        // additional secret), and the per-verification copies.
        let clone = webhook.clone();
        let more = webhook.with_additional_secret("whsec_b3RoZXI=").unwrap();
        let reversed = Webhook::new("whsec_b3RoZXI=")
            .unwrap()
            .with_additional_secret(&secret)
            .unwrap();
        // Adding to a list that already holds the key (its states must not be moved by a
        // growing buffer).
        let longer = reversed
            .clone()
            .with_additional_secret("whsec_dGhpcmQ=")
            .unwrap();
        // The key added as the second secret, then six more one by one: a list that grows
        // by reallocating would free blocks still holding the key's states.
        let mut grown = Webhook::new("whsec_b3RoZXI=")
            .unwrap()
            .with_additional_secret(&secret)
            .unwrap();
        for extra in [
            "whsec_MQ==",
            "whsec_Mg==",
            "whsec_Mw==",
            "whsec_NA==",
            "whsec_NQ==",
            "whsec_Ng==",
        ] {
            grown = grown.with_additional_secret(extra).unwrap();
        }
        let sig = clone.sign("wh_1", NOW, "{}");
        for w in [&clone, &more, &reversed, &longer, &grown] {
            let h = headers("wh_1", &NOW.to_string(), &sig);
            assert_eq!(w.verify_signature_at("{}", &h, at(NOW)), Ok(()));
        }
        drop((clone, more, reversed, longer, grown));
    });
    assert_eq!(found, 0);
}
