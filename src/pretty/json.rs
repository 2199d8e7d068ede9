//! JSON indented by two spaces, keys in the order the server sent them.

/// JSON indented by two spaces, keys in their original order; `None` if it is not JSON.
pub fn pretty_json(text: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    serde_json::to_string_pretty(&value).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_is_indented_keeping_key_order() {
        assert_eq!(
            pretty_json(r#"{"b":1,"a":[true]}"#).as_deref(),
            Some("{\n  \"b\": 1,\n  \"a\": [\n    true\n  ]\n}")
        );
        assert_eq!(pretty_json("not json"), None);
    }
}
