//! Where a link leads: resolved against the page's base URL the way a browser does, and sorted
//! into what the Page view does with it.

use url::Url;

/// A link of the page.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    /// The `href` attribute as written in the HTML.
    pub href: String,
    /// Where it leads.
    pub target: LinkTarget,
}

/// What clicking a link (or loading an image, or sending a form) means.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkTarget {
    /// A new GET of this http or https URL. (A `#fragment` on it stays in the URL bar, but is
    /// never sent: it only names a place in the page that comes back.)
    Fetch(Url),
    /// A place in the page on screen (`#fragment`): nothing is fetched, the view scrolls.
    SamePage {
        /// The fragment, without `#`.
        fragment: String,
    },
    /// Another scheme (`mailto:`, `javascript:`, `ftp:`, `data:` ...): not followed; wirepeek
    /// speaks HTTP only.
    OtherScheme(String),
    /// An `href` that is not a URL even relative to the page (e.g. `http://[oops`).
    Unreadable,
}

impl LinkTarget {
    /// Resolve `href` against `base` (the page's `<base>` or its own URL); `page` is the URL the
    /// page was fetched from, to tell a jump within it from a new fetch.
    pub fn resolve(href: &str, base: Option<&Url>, page: Option<&Url>) -> Self {
        // Browsers strip leading and trailing spaces, and tabs or line breaks anywhere.
        let cleaned: String = href
            .trim_matches(|c: char| c.is_ascii_whitespace())
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect();
        let resolved = match base {
            Some(base) => base.join(&cleaned),
            None => Url::parse(&cleaned),
        };
        let Ok(url) = resolved else {
            return Self::Unreadable;
        };
        if !matches!(url.scheme(), "http" | "https") {
            return Self::OtherScheme(url.scheme().to_owned());
        }
        if let (Some(fragment), Some(page)) = (url.fragment(), page)
            && without_fragment(&url) == without_fragment(page)
        {
            return Self::SamePage {
                fragment: fragment.to_owned(),
            };
        }
        Self::Fetch(url)
    }
}

/// `url` with no `#fragment`: the part a request names.
pub fn without_fragment(url: &Url) -> Url {
    let mut url = url.clone();
    url.set_fragment(None);
    url
}

/// The `Referer` a browser sends when the page at `page` leads to `target`, by today's default
/// rule ("strict-origin-when-cross-origin", W3C Referrer Policy): the whole address (without
/// `#fragment` or a user name) within one site, only the site's origin to another site, and
/// nothing from https to plain http, where anyone on the way could read it.
pub fn referer_for(page: &Url, target: &Url) -> Option<String> {
    if page.scheme() == "https" && target.scheme() != "https" {
        return None;
    }
    if !matches!(page.scheme(), "http" | "https") {
        return None;
    }
    if page.origin() == target.origin() {
        let mut sent = without_fragment(page);
        // Neither can fail on an http(s) URL.
        let _ = sent.set_username("");
        let _ = sent.set_password(None);
        return Some(sent.to_string());
    }
    Some(format!("{}/", page.origin().ascii_serialization()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(text: &str) -> Url {
        Url::parse(text).expect("a valid address")
    }

    fn resolve(href: &str) -> LinkTarget {
        let page = url("http://127.0.0.1:8080/dir/page.html?q=1");
        LinkTarget::resolve(href, Some(&page), Some(&page))
    }

    #[test]
    fn relative_links_resolve_against_the_page() {
        assert_eq!(
            resolve("next.html"),
            LinkTarget::Fetch(url("http://127.0.0.1:8080/dir/next.html"))
        );
        assert_eq!(
            resolve("../up.html"),
            LinkTarget::Fetch(url("http://127.0.0.1:8080/up.html"))
        );
        assert_eq!(
            resolve("/top"),
            LinkTarget::Fetch(url("http://127.0.0.1:8080/top"))
        );
        assert_eq!(
            resolve("//other.test/x"),
            LinkTarget::Fetch(url("http://other.test/x"))
        );
        assert_eq!(
            resolve("?q=2"),
            LinkTarget::Fetch(url("http://127.0.0.1:8080/dir/page.html?q=2"))
        );
        // Spaces around and line breaks inside are dropped, as browsers do.
        assert_eq!(
            resolve("  next\n.html "),
            LinkTarget::Fetch(url("http://127.0.0.1:8080/dir/next.html"))
        );
    }

    #[test]
    fn a_fragment_of_the_same_page_is_no_fetch() {
        assert_eq!(
            resolve("#part-2"),
            LinkTarget::SamePage {
                fragment: "part-2".into()
            }
        );
        assert_eq!(
            resolve("page.html?q=1#end"),
            LinkTarget::SamePage {
                fragment: "end".into()
            }
        );
        // Another page's fragment is a fetch of that page.
        assert_eq!(
            resolve("other.html#end"),
            LinkTarget::Fetch(url("http://127.0.0.1:8080/dir/other.html#end"))
        );
    }

    #[test]
    fn other_schemes_are_named_not_followed() {
        for (href, scheme) in [
            ("mailto:someone@example.com", "mailto"),
            ("javascript:alert(1)", "javascript"),
            ("ftp://files.example.com/a", "ftp"),
            ("data:text/plain,hi", "data"),
        ] {
            assert_eq!(
                resolve(href),
                LinkTarget::OtherScheme(scheme.into()),
                "{href}"
            );
        }
        assert_eq!(resolve("http://[oops/"), LinkTarget::Unreadable);
    }

    #[test]
    fn the_referer_follows_the_browsers_default_rule() {
        let page = url("http://kim:secret@127.0.0.1:8080/dir/page.html?q=1#top");
        assert_eq!(
            referer_for(&page, &url("http://127.0.0.1:8080/next")).as_deref(),
            Some("http://127.0.0.1:8080/dir/page.html?q=1")
        );
        assert_eq!(
            referer_for(&page, &url("http://127.0.0.1:9090/next")).as_deref(),
            Some("http://127.0.0.1:8080/")
        );
        let secure = url("https://127.0.0.1/a");
        assert_eq!(referer_for(&secure, &url("http://127.0.0.1/b")), None);
        assert_eq!(
            referer_for(&secure, &url("https://127.0.0.1/b")).as_deref(),
            Some("https://127.0.0.1/a")
        );
    }

    #[test]
    fn a_base_changes_where_relative_links_lead() {
        let page = url("http://127.0.0.1:8080/dir/page.html");
        let base = url("http://127.0.0.1:8080/other/");
        assert_eq!(
            LinkTarget::resolve("a.html", Some(&base), Some(&page)),
            LinkTarget::Fetch(url("http://127.0.0.1:8080/other/a.html"))
        );
    }
}
