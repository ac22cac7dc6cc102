//! Reading the three `webhook-*` headers from whatever header type the caller has.

use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasher;

/// A set of HTTP headers the verifier can read.
///
/// Implemented for `http::HeaderMap` (feature `http`, on by default) and for slices, arrays,
/// `Vec`s, `HashMap`s and `BTreeMap`s of `(name, value)` string pairs. Implement it for
/// another framework's header type by forwarding each value of the named header.
pub trait WebhookHeaders {
    /// Calls `visit` with each value of the header `name`, matching names ASCII
    /// case-insensitively. `name` is always lower case. A header that appears several times
    /// gets one call per value; an absent header gets none.
    fn for_each_value<'a>(&'a self, name: &str, visit: &mut dyn FnMut(&'a [u8]));
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
        if k.as_ref().eq_ignore_ascii_case(name) {
            visit(v.as_ref().as_bytes());
        }
    }
}

impl<K: AsRef<str>, V: AsRef<str>> WebhookHeaders for [(K, V)] {
    fn for_each_value<'a>(&'a self, name: &str, visit: &mut dyn FnMut(&'a [u8])) {
        visit_pairs(self.iter().map(|(k, v)| (k, v)), name, visit);
    }
}

impl<K: AsRef<str>, V: AsRef<str>, const N: usize> WebhookHeaders for [(K, V); N] {
    fn for_each_value<'a>(&'a self, name: &str, visit: &mut dyn FnMut(&'a [u8])) {
        self.as_slice().for_each_value(name, visit);
    }
}

impl<K: AsRef<str>, V: AsRef<str>> WebhookHeaders for Vec<(K, V)> {
    fn for_each_value<'a>(&'a self, name: &str, visit: &mut dyn FnMut(&'a [u8])) {
        self.as_slice().for_each_value(name, visit);
    }
}

impl<K: AsRef<str>, V: AsRef<str>, S: BuildHasher> WebhookHeaders for HashMap<K, V, S> {
    fn for_each_value<'a>(&'a self, name: &str, visit: &mut dyn FnMut(&'a [u8])) {
        visit_pairs(self, name, visit);
    }
}

impl<K: AsRef<str>, V: AsRef<str>> WebhookHeaders for BTreeMap<K, V> {
    fn for_each_value<'a>(&'a self, name: &str, visit: &mut dyn FnMut(&'a [u8])) {
        visit_pairs(self, name, visit);
    }
}

#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl WebhookHeaders for http::HeaderMap {
    fn for_each_value<'a>(&'a self, name: &str, visit: &mut dyn FnMut(&'a [u8])) {
        for v in self.get_all(name) {
            visit(v.as_bytes());
        }
    }
}

/// The one value of header `name`: absent → `Ok(None)`, repeated with different values →
/// `Err(())`.
pub(crate) fn single_value<'a, H: WebhookHeaders + ?Sized>(
    headers: &'a H,
    name: &str,
) -> Result<Option<&'a [u8]>, ()> {
    let mut found: Option<&'a [u8]> = None;
    let mut conflict = false;
    headers.for_each_value(name, &mut |value| match found {
        None => found = Some(value),
        Some(first) => conflict |= first != value,
    });
    if conflict {
        Err(())
    } else {
        Ok(found)
    }
}
