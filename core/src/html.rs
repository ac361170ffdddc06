//! Text made safe for HTML, for the markup the core writes as text rather than through a
//! view: the embed code a host page pastes, shown in the page and copied to the clipboard.
//!
//! Apart from `embed` because it is not about embedding: whatever writes HTML by hand uses it.

/// `value` safe as HTML text and inside a double-quoted attribute.
pub fn escape_html(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        assert_eq!(
            escape_html(r#"<a href="x">&amp;</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;amp;&lt;/a&gt;"
        );
        assert_eq!(
            escape_html("Bắc Ninh '24"),
            "Bắc Ninh '24",
            "only what HTML reads is changed"
        );
    }
}
