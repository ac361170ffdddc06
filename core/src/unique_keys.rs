//! Objects keyed by id, read so that a key given twice is an error.
//!
//! serde_json keeps the last of two equal keys in a map without a word, so a data
//! editor who pastes a series twice would silently lose the first. Structs already
//! refuse a repeated field (serde's "duplicate field"); this gives maps the same rule.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

/// How a repeated key is worded in serde's error: the same words serde uses for a
/// repeated struct field, so `load` reports both alike.
const DUPLICATE_FIELD: &str = "duplicate field `";

/// Reads a JSON object into a map, refusing a key given twice.
pub(crate) fn unique_keys<'de, D, V>(deserializer: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct UniqueKeys<V>(PhantomData<V>);

    impl<'de, V: Deserialize<'de>> Visitor<'de> for UniqueKeys<V> {
        type Value = BTreeMap<String, V>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a map")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
            let mut map = BTreeMap::new();
            while let Some(key) = access.next_key::<String>()? {
                if map.contains_key(&key) {
                    return Err(de::Error::custom(format_args!("{DUPLICATE_FIELD}{key}`")));
                }
                let value = access.next_value()?;
                map.insert(key, value);
            }
            Ok(map)
        }
    }

    deserializer.deserialize_map(UniqueKeys(PhantomData))
}
