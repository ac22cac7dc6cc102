//! `verify_signature` does not allocate, whatever the input size. A counting global allocator
//! (this test binary's own) counts the allocations made on the calling thread.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use common::{at, headers};
use openai_webhooks::{Error, Webhook};

struct Counting;

thread_local! {
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
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
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if COUNTING.with(Cell::get) {
            ALLOCATIONS.with(|n| n.set(n.get() + 1));
        }
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
