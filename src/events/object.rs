//! What the generated structs' `Deserialize` impls share.
//!
//! `build.rs` writes, per struct, only the loop over its keys and the assembly of its
//! fields (`FromObject`). The key lookup, the duplicate check, the skipping of unknown keys
//! and the check of an event's `type` are written once, here. Compared with serde's derive,
//! a struct reads only from a JSON object, never from an array, and every user's build grows
//! less with each event.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

/// A generated struct, read from the members of a JSON object.
pub(crate) trait FromObject: Sized {
    /// Reads the struct from `map`: unknown keys skipped, a duplicate or missing required
    /// key an error.
    fn from_object<'de, A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// Reads a generated struct from a JSON object; anything else is an "invalid type" error
/// that names the struct `name` (which may be another struct with the same fields as `T`).
pub(crate) fn deserialize_object<'de, D: Deserializer<'de>, T: FromObject>(
    deserializer: D,
    name: &'static str,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(name, PhantomData))
}

struct ObjectVisitor<T>(&'static str, PhantomData<T>);

impl<'de, T: FromObject> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", self.0)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::from_object(map)
    }
}

/// Reads an object key as the index of a struct's field in `self.0` (its JSON names), or
/// `None` for a key the struct does not have. `self.1` finds a key's index: a `match` the
/// struct's generated code writes, which compiles to a few comparisons where a search of
/// the table took one string comparison a field.
#[derive(Clone, Copy)]
pub(crate) struct FieldKey(
    pub(crate) &'static [&'static str],
    pub(crate) fn(&str) -> Option<usize>,
);

impl<'de> DeserializeSeed<'de> for FieldKey {
    type Value = Option<usize>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<usize>, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for FieldKey {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Option<usize>, E> {
        Ok((self.1)(key))
    }

    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<Option<usize>, E> {
        Ok(std::str::from_utf8(key).ok().and_then(self.1))
    }

    // Formats that number the fields, as serde's derive accepts them.
    fn visit_u64<E: de::Error>(self, index: u64) -> Result<Option<usize>, E> {
        Ok(usize::try_from(index).ok().filter(|i| *i < self.0.len()))
    }
}

/// Reads the value of the field `key` into `slot`; a second value for it is an error.
pub(crate) fn read_field<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    key: &'static str,
) -> Result<(), A::Error> {
    read_field_seed(map, slot, key, PhantomData)
}

/// `read_field` with a seed: one copy of the reading serves every struct that uses it.
pub(crate) fn read_field_seed<'de, A: MapAccess<'de>, S: DeserializeSeed<'de>>(
    map: &mut A,
    slot: &mut Option<S::Value>,
    key: &'static str,
    seed: S,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(key));
    }
    *slot = Some(map.next_value_seed(seed)?);
    Ok(())
}

/// Reads the struct `T` as a field, naming it `self.0` in errors: a struct that shares the
/// reading of `T` (the same fields).
#[allow(dead_code)] // when no two structs share their fields
pub(crate) struct ObjectSeed<T>(&'static str, PhantomData<T>);

#[allow(dead_code)]
impl<T> ObjectSeed<T> {
    pub(crate) fn new(name: &'static str) -> Self {
        ObjectSeed(name, PhantomData)
    }
}

impl<'de, T: FromObject> DeserializeSeed<'de> for ObjectSeed<T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        deserialize_object(deserializer, self.0)
    }
}

/// Reads the one-value enum `self.0`, whose value is `self.1` (an event's `type`), as its
/// derived `Deserialize` would.
pub(crate) struct OneValue(
    pub(crate) &'static str,
    pub(crate) &'static [&'static str; 1],
);

impl<'de> DeserializeSeed<'de> for OneValue {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        crate::event_type::deserialize(deserializer, self.0, self.1)
    }
}

/// Skips the value of a key the struct does not have.
pub(crate) fn skip_value<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<de::IgnoredAny>().map(|_| ())
}
