//! The one-value enums typing each event's `type` field read and write exactly what serde's
//! derive would: compared here with a derived enum of the same name, input by input.

use serde::de::value::{BorrowedBytesDeserializer, EnumAccessDeserializer, U64Deserializer};
use serde::de::{DeserializeOwned, DeserializeSeed, EnumAccess, IntoDeserializer, VariantAccess};
use serde::Deserialize;
use serde_json::Value;

type Ours = openai_webhooks::events::BatchCancelledWebhookEventType;

/// What serde's derive makes of the same enum (same name, so the same messages).
mod derived {
    #[derive(serde::Deserialize, serde::Serialize, Debug, PartialEq)]
    pub enum BatchCancelledWebhookEventType {
        #[serde(rename = "batch.cancelled")]
        BatchCancelled,
    }
}
type Derived = derived::BatchCancelledWebhookEventType;

const JSON_INPUTS: &[&str] = &[
    r#""batch.cancelled""#,
    r#""batch.completed""#,
    r#""Batch.Cancelled""#,
    r#""batch.cancelled ""#,
    r#""""#,
    r#""batch.cancelled\u0000""#,
    "0",
    "1",
    "-1",
    "1.5",
    "null",
    "true",
    "[]",
    r#"["batch.cancelled"]"#,
    "{}",
    r#"{"batch.cancelled": null}"#,
    r#"{"batch.cancelled": 1}"#,
    r#"{"batch.cancelled": {}}"#,
    r#"{"batch.completed": null}"#,
    r#"{"batch.cancelled": null, "x": null}"#,
    r#""batch.cancelled" 1"#,
    r#""batch.cancelled"#,
];

fn outcome<T, E: ToString>(result: Result<T, E>) -> Result<(), String> {
    result.map(drop).map_err(|e| e.to_string())
}

#[test]
fn reads_json_text_as_the_derive_does() {
    let mut accepted = 0;
    for input in JSON_INPUTS {
        let ours = outcome(serde_json::from_str::<Ours>(input));
        let derived = outcome(serde_json::from_str::<Derived>(input));
        assert_eq!(ours, derived, "input {input}");
        let ours = outcome(serde_json::from_slice::<Ours>(input.as_bytes()));
        assert_eq!(ours, derived, "input {input} as bytes");
        accepted += usize::from(ours.is_ok());
    }
    // The string, and serde's map form of a unit variant.
    assert_eq!(accepted, 2);
}

#[test]
fn reads_json_values_as_the_derive_does() {
    for input in JSON_INPUTS {
        let Ok(value) = serde_json::from_str::<Value>(input) else {
            continue;
        };
        let ours = outcome(Ours::deserialize(&value));
        let derived = outcome(Derived::deserialize(&value));
        assert_eq!(ours, derived, "value {value}");
        let ours = outcome(serde_json::from_value::<Ours>(value.clone()));
        assert_eq!(ours, derived, "owned value {value}");
    }
}

/// An enum whose variant identifier is given by another deserializer (an index, bytes),
/// as some formats write it.
struct Tagged<D>(D);

impl<'de, D: serde::Deserializer<'de, Error = serde::de::value::Error>> EnumAccess<'de>
    for Tagged<D>
{
    type Error = serde::de::value::Error;
    type Variant = Unit;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, Unit), Self::Error> {
        Ok((seed.deserialize(self.0)?, Unit))
    }
}

struct Unit;

impl<'de> VariantAccess<'de> for Unit {
    type Error = serde::de::value::Error;

    fn unit_variant(self) -> Result<(), Self::Error> {
        Ok(())
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _: T) -> Result<T::Value, Self::Error> {
        Err(serde::de::Error::custom("not a unit variant"))
    }
    fn tuple_variant<V: serde::de::Visitor<'de>>(
        self,
        _: usize,
        _: V,
    ) -> Result<V::Value, Self::Error> {
        Err(serde::de::Error::custom("not a unit variant"))
    }
    fn struct_variant<V: serde::de::Visitor<'de>>(
        self,
        _: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Self::Error> {
        Err(serde::de::Error::custom("not a unit variant"))
    }
}

fn via<'de, T: DeserializeOwned, D>(tag: D) -> Result<(), String>
where
    D: serde::Deserializer<'de, Error = serde::de::value::Error>,
{
    outcome(T::deserialize(EnumAccessDeserializer::new(Tagged(tag))))
}

#[test]
fn reads_variant_indexes_and_bytes_as_the_derive_does() {
    for index in [0, 1, 2, u64::MAX] {
        let tag = || U64Deserializer::<serde::de::value::Error>::new(index);
        assert_eq!(
            via::<Ours, _>(tag()),
            via::<Derived, _>(tag()),
            "index {index}"
        );
    }
    assert!(via::<Ours, _>(U64Deserializer::new(0)).is_ok());
    let byte_tags: [&[u8]; 4] = [b"batch.cancelled", b"batch.completed", b"", b"\xffbatch"];
    for bytes in byte_tags {
        let tag = || BorrowedBytesDeserializer::<serde::de::value::Error>::new(bytes);
        assert_eq!(
            via::<Ours, _>(tag()),
            via::<Derived, _>(tag()),
            "bytes {bytes:?}"
        );
    }
    assert!(via::<Ours, _>(BorrowedBytesDeserializer::new(b"batch.cancelled")).is_ok());
    let name = || "batch.completed".into_deserializer();
    assert_eq!(via::<Ours, _>(name()), via::<Derived, _>(name()));
}

#[test]
fn says_what_it_expected_as_the_derive_does() {
    // Deserializers that hand a plain value to the enum's visitor.
    let direct = |input: u64| {
        let de = || U64Deserializer::<serde::de::value::Error>::new(input);
        (
            outcome(Ours::deserialize(de())),
            outcome(Derived::deserialize(de())),
        )
    };
    let (ours, derived) = direct(0);
    assert_eq!(ours, derived);
    assert!(derived
        .unwrap_err()
        .contains("enum BatchCancelledWebhookEventType"));
    let unit = || IntoDeserializer::<serde::de::value::Error>::into_deserializer(());
    let ours = outcome(Ours::deserialize(unit()));
    assert_eq!(ours, outcome(Derived::deserialize(unit())));
    let flag = || IntoDeserializer::<serde::de::value::Error>::into_deserializer(true);
    let ours = outcome(Ours::deserialize(flag()));
    assert_eq!(ours, outcome(Derived::deserialize(flag())));
    // A variant identifier of a kind no identifier has.
    assert_eq!(via::<Ours, _>(flag()), via::<Derived, _>(flag()));
    assert!(via::<Derived, _>(flag())
        .unwrap_err()
        .contains("variant identifier"));
}

#[test]
fn writes_as_the_derive_does() {
    let ours: Ours = serde_json::from_str(r#""batch.cancelled""#).unwrap();
    let derived = Derived::BatchCancelled;
    assert_eq!(
        serde_json::to_string(&ours).unwrap(),
        serde_json::to_string(&derived).unwrap()
    );
    assert_eq!(
        serde_json::to_string(&ours).unwrap(),
        r#""batch.cancelled""#
    );
    assert_eq!(
        serde_json::to_value(ours).unwrap(),
        serde_json::to_value(&derived).unwrap()
    );
}
