//! HTML or XML with one tag or text run per line, indented by how deeply it is nested.
//!
//! Not a parser: it only needs to be readable, so broken markup is indented as well as it can be.

/// Elements that never have content or a closing tag in HTML.
const VOID_ELEMENTS: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// HTML or XML with one tag or text run per line, indented by nesting depth.
pub fn indent_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut depth: usize = 0;
    let mut rest = text;
    let push_line = |out: &mut String, depth: usize, line: &str| {
        for _ in 0..depth.min(40) {
            out.push_str("  ");
        }
        out.push_str(line);
        out.push('\n');
    };
    while !rest.is_empty() {
        let Some(open) = rest.find('<') else {
            let tail = rest.trim();
            if !tail.is_empty() {
                push_line(&mut out, depth, tail);
            }
            break;
        };
        let before = rest[..open].trim();
        if !before.is_empty() {
            push_line(&mut out, depth, before);
        }
        rest = &rest[open..];
        let close = if rest.starts_with("<!--") {
            rest.find("-->").map(|i| i + 3)
        } else {
            rest.find('>').map(|i| i + 1)
        };
        let Some(close) = close else {
            push_line(&mut out, depth, rest.trim());
            break;
        };
        let tag = &rest[..close];
        rest = &rest[close..];
        let name: String = tag
            .trim_start_matches(['<', '/'])
            .chars()
            .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | ':' | '_'))
            .collect::<String>()
            .to_ascii_lowercase();
        if tag.starts_with("</") {
            depth = depth.saturating_sub(1);
            push_line(&mut out, depth, tag);
            continue;
        }
        push_line(&mut out, depth, tag);
        let opens = !(tag.starts_with("<!")
            || tag.starts_with("<?")
            || tag.ends_with("/>")
            || VOID_ELEMENTS.contains(&name.as_str()));
        if !opens {
            continue;
        }
        if name == "script" || name == "style" {
            // Their content is not markup: keep it as it is, up to the closing tag.
            let closing = format!("</{name}");
            let end = rest
                .to_ascii_lowercase()
                .find(&closing)
                .unwrap_or(rest.len());
            for line in rest[..end].lines().map(str::trim).filter(|l| !l.is_empty()) {
                push_line(&mut out, depth + 1, line);
            }
            rest = &rest[end..];
        }
        depth += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_indented_by_depth() {
        let out = indent_markup("<html><body><p>Hi<br>there</p><img src=x></body></html>");
        assert_eq!(
            out,
            "<html>\n  <body>\n    <p>\n      Hi\n      <br>\n      there\n    </p>\n    <img src=x>\n  </body>\n</html>\n"
        );
    }
}
