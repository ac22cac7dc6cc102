//! Finding an entry by its key's hash, computed once per call.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A map from a key's hash to the first entry with that hash; the entries chain the rest
/// (two keys with one 64-bit hash are possible, if unlikely).
pub(super) type Index = HashMap<u64, usize, BuildHasherDefault<HashIsKey>>;

/// The keys are hashes already (`RandomState`, so callers cannot choose collisions): used
/// as they are.
#[derive(Default)]
pub(super) struct HashIsKey(u64);

impl Hasher for HashIsKey {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(byte);
        }
    }

    fn write_u64(&mut self, hash: u64) {
        self.0 = hash;
    }
}
