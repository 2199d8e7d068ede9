//! Forms of a page. A form that sends with GET (a search box) becomes the URL of its query,
//! built as a browser builds it; other forms are shown but not sent from the page.

use std::borrow::Cow;

use url::Url;

use super::LinkTarget;

/// A `<form>` and its fields.
#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    /// The method it sends with, in capitals (`GET` unless the page says otherwise).
    pub method: String,
    /// Where it sends to (the page itself when there is no `action`).
    pub action: LinkTarget,
    /// Its fields, in order.
    pub fields: Vec<Field>,
    /// The charset of the page: a browser sends the form's text in it (a Korean EUC-KR page's
    /// search box sends EUC-KR bytes, percent-encoded).
    pub charset: &'static str,
}

/// One field of a form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// The `name` it is sent under (a field with no name is not sent).
    pub name: String,
    /// What kind of field it is.
    pub kind: FieldKind,
    /// Its value as the page gave it.
    pub value: String,
    /// What to call it on screen: its `placeholder`, `aria-label` or `title`, else its name.
    pub label: String,
}

/// The kinds of field the Page view shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// Text the learner can type (text, search, email, number ..., a `<textarea>`, and a
    /// `<select>` as the value of its chosen option).
    Text,
    /// Sent but not shown in a browser (`type="hidden"`); the Page view shows it.
    Hidden,
    /// A checkbox or radio button: sent only when checked.
    Check {
        /// Whether it starts checked.
        checked: bool,
    },
    /// A button that sends the form (its `name=value` is sent only from the one pressed).
    Submit,
    /// A field the Page view cannot fill in (`file`, `image`, ...): the type as written.
    Other(String),
}

impl Form {
    /// Whether the Page view can send this form: GET to an http or https URL.
    pub fn sends_with_get(&self) -> bool {
        self.method == "GET" && matches!(self.action, LinkTarget::Fetch(_))
    }

    /// The URL a GET form asks for with `values` in its fields (one value per field, in order;
    /// for a check field any non-empty value means checked), sent by the first submit button.
    /// `None` when the form does not send with GET.
    pub fn query_url(&self, values: &[String]) -> Option<Url> {
        let LinkTarget::Fetch(action) = &self.action else {
            return None;
        };
        if self.method != "GET" {
            return None;
        }
        let mut first_submit = true;
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        for (index, field) in self.fields.iter().enumerate() {
            let value = values
                .get(index)
                .map_or(field.value.as_str(), String::as_str);
            if field.name.is_empty() {
                continue;
            }
            match &field.kind {
                FieldKind::Text | FieldKind::Hidden => pairs.push((&field.name, value)),
                FieldKind::Check { .. } if !value.is_empty() => {
                    let sent = if field.value.is_empty() {
                        "on"
                    } else {
                        field.value.as_str()
                    };
                    pairs.push((&field.name, sent));
                }
                FieldKind::Submit if first_submit => {
                    first_submit = false;
                    pairs.push((&field.name, &field.value));
                }
                FieldKind::Check { .. } | FieldKind::Submit | FieldKind::Other(_) => {}
            }
        }
        let encoding =
            encoding_rs::Encoding::for_label(self.charset.as_bytes()).unwrap_or(encoding_rs::UTF_8);
        // Characters the charset cannot hold go out as `&#NNNN;`, as browsers send them
        // (encoding_rs does this); a UTF-16 page sends UTF-8.
        let encoding = encoding.output_encoding();
        let encode: &dyn Fn(&str) -> Cow<'_, [u8]> = &|text| encoding.encode(text).0;
        let query = url::form_urlencoded::Serializer::new(String::new())
            .encoding_override(Some(encode))
            .extend_pairs(pairs)
            .finish();
        let mut url = action.clone();
        // A GET form replaces the action's query with its own (an empty one is still `?`).
        url.set_query(Some(&query));
        Some(url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(name: &str, kind: FieldKind, value: &str) -> Field {
        Field {
            name: name.into(),
            kind,
            value: value.into(),
            label: name.into(),
        }
    }

    fn search_form(charset: &'static str) -> Form {
        Form {
            method: "GET".into(),
            action: LinkTarget::Fetch(
                Url::parse("http://127.0.0.1:9/search?old=1#top").expect("a valid address"),
            ),
            fields: vec![
                field("q", FieldKind::Text, ""),
                field("lang", FieldKind::Hidden, "ko"),
                field("safe", FieldKind::Check { checked: false }, ""),
                field("go", FieldKind::Submit, "Search"),
                field("other", FieldKind::Submit, "Other"),
                field("", FieldKind::Text, "unnamed"),
                field("upload", FieldKind::Other("file".into()), ""),
            ],
            charset,
        }
    }

    #[test]
    fn a_get_form_builds_its_query_url() {
        let form = search_form("UTF-8");
        let values = vec!["a b&c".to_owned(), "ko".to_owned(), String::new()];
        let url = form.query_url(&values).expect("a GET form gives a URL");
        assert_eq!(
            url.as_str(),
            "http://127.0.0.1:9/search?q=a+b%26c&lang=ko&go=Search#top"
        );
        let checked = vec!["x".to_owned(), "ko".to_owned(), "yes".to_owned()];
        assert_eq!(
            form.query_url(&checked)
                .expect("a GET form gives a URL")
                .query(),
            Some("q=x&lang=ko&safe=on&go=Search")
        );
    }

    #[test]
    fn korean_goes_out_in_the_page_charset() {
        let values = vec!["한글".to_owned()];
        let utf8 = search_form("UTF-8")
            .query_url(&values)
            .expect("a GET form gives a URL");
        assert!(utf8.as_str().contains("q=%ED%95%9C%EA%B8%80"), "{utf8}");
        let euc_kr = search_form("EUC-KR")
            .query_url(&values)
            .expect("a GET form gives a URL");
        assert!(euc_kr.as_str().contains("q=%C7%D1%B1%DB"), "{euc_kr}");
    }

    #[test]
    fn only_get_forms_to_http_are_sent() {
        let mut form = search_form("UTF-8");
        form.method = "POST".into();
        assert!(!form.sends_with_get());
        assert_eq!(form.query_url(&[]), None);
        let mut form = search_form("UTF-8");
        form.action = LinkTarget::OtherScheme("mailto".into());
        assert!(!form.sends_with_get());
        assert_eq!(form.query_url(&[]), None);
    }
}
