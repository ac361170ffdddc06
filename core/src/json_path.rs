//! Which JSON path a parse error is at, from its position in the text.
//!
//! serde_json reports where in the text it stopped (line and column); readers of
//! a dataset need to know which field that is (`series.exports[3].value`). This
//! walks the text up to that position with a small tokenizer and names the value
//! there. Doing it after the fact, instead of tracking the path while
//! deserializing, keeps the typed deserializer lean in the WebAssembly binary.

/// A container being walked, with the path of the value it is reading now.
struct Frame {
    /// The container's own path.
    path: String,
    is_object: bool,
    /// The key being read or the last key read (objects); the index (arrays).
    key: Option<String>,
    index: usize,
    /// An object expects a key next (after `{` or `,`).
    expects_key: bool,
}

impl Frame {
    fn child_path(&self) -> String {
        match (self.is_object, &self.key) {
            (true, Some(key)) if self.path.is_empty() => key.clone(),
            (true, Some(key)) => format!("{}.{key}", self.path),
            (true, None) => self.path.clone(),
            (false, _) => format!("{}[{}]", self.path, self.index),
        }
    }
}

/// The byte offset of a serde_json error position (1-based line; column = bytes into the line).
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>()
        .min(text.len());
    (line_start + column).min(text.len())
}

fn root_or(path: String) -> String {
    if path.is_empty() {
        "$".to_owned()
    } else {
        path
    }
}

/// The path of the innermost object or array open at byte `offset`: where a syntax error is.
pub fn container_at(text: &str, offset: usize) -> String {
    walk(text, offset, true)
}

/// The path of the value that ends at, or contains, byte `offset` of `text`; `$` for the root.
pub fn path_at(text: &str, offset: usize) -> String {
    walk(text, offset, false)
}

fn walk(text: &str, offset: usize, container: bool) -> String {
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let current = |stack: &[Frame]| match stack.last() {
        Some(frame) if container => frame.path.clone(),
        Some(frame) => frame.child_path(),
        None => String::new(),
    };
    let mut i = 0;
    while i < bytes.len() && i < offset {
        match bytes[i] {
            b'{' | b'[' => {
                let path = stack.last().map_or_else(String::new, Frame::child_path);
                let is_object = bytes[i] == b'{';
                stack.push(Frame {
                    path,
                    is_object,
                    key: None,
                    index: 0,
                    expects_key: is_object,
                });
                i += 1;
            }
            b'}' | b']' => {
                let Some(frame) = stack.pop() else {
                    return "$".to_owned();
                };
                i += 1;
                if i == offset {
                    return root_or(if container { current(&stack) } else { frame.path });
                }
            }
            b',' => {
                if let Some(frame) = stack.last_mut() {
                    frame.index += 1;
                    frame.expects_key = frame.is_object;
                }
                i += 1;
            }
            b':' => {
                if let Some(frame) = stack.last_mut() {
                    frame.expects_key = false;
                }
                i += 1;
            }
            b'"' => {
                let start = i + 1;
                let mut end = start;
                while end < bytes.len() && bytes[end] != b'"' {
                    end += if bytes[end] == b'\\' { 2 } else { 1 };
                }
                let is_key = stack.last().is_some_and(|f| f.is_object && f.expects_key);
                if is_key {
                    let key = text
                        .get(start..end.min(bytes.len()))
                        .unwrap_or("")
                        .replace("\\\"", "\"");
                    if let Some(frame) = stack.last_mut() {
                        frame.key = Some(key);
                    }
                }
                i = (end + 1).min(bytes.len());
                if i >= offset {
                    return root_or(current(&stack));
                }
            }
            b if b.is_ascii_whitespace() => i += 1,
            _ => {
                // A number, true, false or null: up to the next delimiter.
                while i < bytes.len()
                    && !matches!(bytes[i], b',' | b'}' | b']' | b':')
                    && !bytes[i].is_ascii_whitespace()
                {
                    i += 1;
                }
                if i >= offset {
                    return root_or(current(&stack));
                }
            }
        }
    }
    root_or(current(&stack))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at_end_of(text: &str, needle: &str) -> String {
        let offset = text.find(needle).map(|i| i + needle.len()).unwrap_or(text.len());
        path_at(text, offset)
    }

    #[test]
    fn names_values_in_objects_and_arrays() {
        let text = r#"{"series": {"exports": [{"value": 1}, {"value": 2}, {"value": "abc"}]}}"#;
        assert_eq!(at_end_of(text, r#""abc""#), "series.exports[2].value");
        assert_eq!(at_end_of(text, r#"{"value": 1"#), "series.exports[0].value");
        assert_eq!(at_end_of(text, r#"{"value": 1}"#), "series.exports[0]");
    }

    #[test]
    fn a_key_or_an_unfinished_object_names_where_the_parser_was() {
        assert_eq!(
            at_end_of(r#"{"title": {"vi": "x", "extra": 1}}"#, r#""extra""#),
            "title.extra"
        );
        assert_eq!(path_at(r#"{"schema_version": 1, "title": {"#, 31), "title");
        assert_eq!(path_at("", 0), "$");
        assert_eq!(path_at("[1, 2", 5), "[1]");
    }

    #[test]
    fn syntax_errors_are_placed_in_their_container() {
        let text = r#"{"title": {"vi": "x" "en": "y"}}"#;
        let offset = text.find(r#""en""#).unwrap_or(0) + 1;
        assert_eq!(container_at(text, offset), "title");
        assert_eq!(container_at("[1, 2", 5), "$");
    }

    #[test]
    fn escaped_quotes_do_not_end_strings() {
        let text = r#"{"a": "say \"hi\"", "b": true}"#;
        assert_eq!(at_end_of(text, "true"), "b");
    }

    #[test]
    fn offsets_from_line_and_column() {
        let text = "{\n  \"a\": 1,\n  \"b\": x\n}";
        assert_eq!(offset_of(text, 3, 8), text.find('x').map_or(0, |i| i + 1));
    }
}
