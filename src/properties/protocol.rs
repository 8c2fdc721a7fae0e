//! The embed protocol: any message a host can post (any JSON, nested, of the wrong types, too
//! long) is taken within its caps or refused with a message that names what is wrong.

use super::{config, ODD_PIECES};
use crate::embed::protocol::{check_message, EmbedState, HELLO, MAX_FIELD, MAX_MESSAGE, SET};
use crate::route::Route;
use proptest::prelude::*;
use serde_json::{Map, Value};

/// The fields of [`EmbedState`], as a host writes them.
const FIELDS: [&str; 6] = ["view", "query", "letter", "range", "lang", "link"];

/// Names of fields: the message's type, the state's fields, near misses and odd text.
fn field_name() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(&FIELDS[..]).prop_map(str::to_string),
        2 => Just("type".to_string()),
        1 => prop::sample::select(&["Type", "VIEW", "view ", "script", "__proto__", ""][..])
            .prop_map(str::to_string),
        1 => prop::sample::select(ODD_PIECES).prop_map(str::to_string),
        1 => any::<String>(),
    ]
}

/// String values: the message types, view names, links, odd text, and strings at and around
/// the caps.
fn string_value() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => prop::sample::select(&[
            SET, HELLO, "nato-summit-explorer:other", "timeline", "search", "cijfers",
            "#/zoeken?q=a",
            "javascript:alert(1)", "2025-06-01/2025-06-30", "en", "", " ",
        ][..]).prop_map(str::to_string),
        1 => prop::sample::select(ODD_PIECES).prop_map(str::to_string),
        1 => any::<String>(),
        1 => (MAX_FIELD - 2..MAX_FIELD + 3).prop_map(|n| "x".repeat(n)),
        1 => (MAX_FIELD / 2 - 1..MAX_FIELD / 2 + 2).prop_map(|n| "é".repeat(n)),
    ]
}

/// Any JSON value, nested up to a few levels, strings drawn from [`string_value`].
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        string_value().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((field_name(), inner), 0..8)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
        ]
    })
}

/// A message: mostly an object with a type and fields, else any JSON.
fn message() -> impl Strategy<Value = Value> {
    let object = (
        prop::option::weighted(0.9, string_value()),
        prop::collection::vec(
            (
                field_name(),
                prop_oneof![3 => string_value().prop_map(Value::String), 1 => json()],
            ),
            0..8,
        ),
    )
        .prop_map(|(ty, fields)| {
            let mut map: Map<String, Value> = fields.into_iter().collect();
            if let Some(ty) = ty {
                map.insert("type".into(), Value::String(ty));
            }
            Value::Object(map)
        });
    prop_oneof![4 => object, 1 => json()]
}

/// Reads a message as the iframe does (`embed::frame`): refused unless an object; its length
/// as `JSON.stringify` counts it (UTF-16 code units); each field with its value if a string.
fn read_message(data: &Value) -> Result<Option<EmbedState>, String> {
    let Value::Object(object) = data else {
        return Err("not an object".into());
    };
    let len = data.to_string().encode_utf16().count();
    let fields: Vec<(String, Option<String>)> = object
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().map(str::to_string)))
        .collect();
    check_message(len, &fields)
}

proptest! {
    #![proptest_config(config())]

    /// A message is taken only when it is a `set` with known string fields within their caps
    /// (or a bare greeting); every refusal names what is wrong.
    #[test]
    fn any_message_is_taken_within_its_caps_or_refused_by_name(data in message()) {
        let result = read_message(&data);
        let object = data.as_object();
        let ty = object.and_then(|o| o.get("type")).and_then(Value::as_str);
        match result {
            Ok(Some(state)) => {
                let object = object.expect("a message taken is an object");
                prop_assert_eq!(ty, Some(SET));
                prop_assert!(data.to_string().encode_utf16().count() <= MAX_MESSAGE);
                for (name, value) in object.iter().filter(|(k, _)| *k != "type") {
                    prop_assert!(FIELDS.contains(&name.as_str()), "field {name:?} taken");
                    let value = value.as_str();
                    prop_assert!(value.is_some_and(|v| v.len() <= MAX_FIELD), "{name:?}");
                }
                let values = [
                    &state.view, &state.query, &state.letter, &state.range, &state.lang,
                    &state.link,
                ];
                for value in values.into_iter().flatten() {
                    prop_assert!(value.len() <= MAX_FIELD);
                }
                let link = state.href();
                prop_assert!(link.starts_with("#/"), "{link:?}");
                let _ = Route::parse(&link);
            }
            Ok(None) => {
                prop_assert_eq!(ty, Some(HELLO));
                prop_assert_eq!(object.map(Map::len), Some(1), "a greeting is the type alone");
            }
            Err(why) => {
                prop_assert!(!why.trim().is_empty());
                let named = [
                    "not an object", "too long", "without a type", "unknown message type",
                    "greeting", "unknown field", "not a string",
                ];
                prop_assert!(named.iter().any(|n| why.contains(n)), "an unclear refusal: {why}");
                // A refusal about a field names one that is indeed wrong.
                let about_a_field =
                    why.strip_prefix("field ").or_else(|| why.strip_prefix("unknown field "));
                if let Some(rest) = about_a_field {
                    let object = object.expect("fields only in an object");
                    let wrong = object.iter().any(|(k, v)| {
                        rest.starts_with(&format!("{k:?}"))
                            && (!FIELDS.contains(&k.as_str())
                                || v.as_str().is_none_or(|s| s.len() > MAX_FIELD))
                    });
                    prop_assert!(wrong, "{why} names no wrong field of {data}");
                }
            }
        }
    }

    /// Attributes (or message fields) of any text make a link of the app, never a panic.
    #[test]
    fn any_attributes_make_a_link(
        fields in prop::collection::vec(
            (prop::sample::select(&FIELDS[..]), prop::option::weighted(0.9, string_value())),
            0..6,
        ),
    ) {
        let fields: Vec<(String, Option<String>)> =
            fields.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        match EmbedState::from_fields(&fields) {
            Ok(state) => {
                let link = state.href();
                prop_assert!(link.starts_with("#/"), "{link:?}");
                let _ = Route::parse(&link);
                let _ = EmbedState::of_link(&link);
            }
            Err(why) => prop_assert!(
                fields.iter().any(|(k, _)| why.contains(&format!("{k:?}"))),
                "{why}"
            ),
        }
    }
}
