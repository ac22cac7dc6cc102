//! Deserialization of the one-value enums that type each event's `type` field.
//!
//! It reads exactly what serde's derive would read for such an enum, with the same errors,
//! but is compiled once for all events instead of once per event: the build grows with the
//! number of events, and so would a derived visitor pair per event.

use std::fmt;

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, Unexpected, VariantAccess, Visitor,
};

/// Reads the enum named `name` whose only variant is serialized as `value`.
pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
    deserializer: D,
    name: &'static str,
    value: &'static [&'static str; 1],
) -> Result<(), D::Error> {
    deserializer.deserialize_enum(name, value, EnumVisitor { name, value })
}

struct EnumVisitor {
    name: &'static str,
    value: &'static [&'static str; 1],
}

impl<'de> Visitor<'de> for EnumVisitor {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "enum {}", self.name)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        let ((), variant) = data.variant_seed(Variant(self.value))?;
        variant.unit_variant()
    }
}

/// The variant's identifier: its name, or its index 0.
struct Variant(&'static [&'static str; 1]);

impl<'de> DeserializeSeed<'de> for Variant {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for Variant {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("variant identifier")
    }

    fn visit_u64<E: de::Error>(self, index: u64) -> Result<(), E> {
        match index {
            0 => Ok(()),
            _ => Err(E::invalid_value(
                Unexpected::Unsigned(index),
                &"variant index 0 <= i < 1",
            )),
        }
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<(), E> {
        match name == self.0[0] {
            true => Ok(()),
            false => Err(E::unknown_variant(name, self.0)),
        }
    }

    fn visit_bytes<E: de::Error>(self, name: &[u8]) -> Result<(), E> {
        match name == self.0[0].as_bytes() {
            true => Ok(()),
            false => Err(E::unknown_variant(&String::from_utf8_lossy(name), self.0)),
        }
    }
}
