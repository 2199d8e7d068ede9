//! The practice server's home page: the lessons as a list of links, each with what to look at,
//! in the server's language.

use crate::i18n::I18n;

use super::answers::{Reply, Site};
use super::incoming::Incoming;
use super::lessons::{LESSONS, LessonPort};
use super::script::Step;

/// The home page as a whole response.
pub fn page(incoming: &Incoming, i18n: I18n, site: &Site) -> Reply {
    let body = html(i18n, site);
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let mut bytes = head.into_bytes();
    if !incoming.is_head() {
        bytes.extend_from_slice(body.as_bytes());
    }
    Reply {
        steps: vec![Step::Send(bytes)],
        keep_open: false,
    }
}

/// The page's HTML; a lesson on a port the site does not have is left out.
pub fn html(i18n: I18n, site: &Site) -> String {
    let mut items = String::new();
    for lesson in LESSONS {
        let path = match (lesson.port, site.mail_port, site.tls_port) {
            (LessonPort::Web, _, _) => lesson.path.to_owned(),
            (LessonPort::Mail, Some(port), _) => {
                format!("http://127.0.0.1:{port}{}", lesson.path)
            }
            (LessonPort::Tls, _, Some(port)) => format!("https://127.0.0.1:{port}{}", lesson.path),
            _ => continue,
        };
        let method = if lesson.method == "GET" {
            String::new()
        } else {
            format!("{} ", lesson.method)
        };
        items.push_str(&format!(
            "<li><a href=\"{path}\">{title}</a> <code>{method}{path}</code><br>{look}</li>\n",
            title = escape(i18n.t(&format!("lesson-{}", lesson.id))),
            look = escape(i18n.t(&format!("lesson-{}-look", lesson.id))),
        ));
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\n<body>\n<h1>{title}</h1>\n<p>{intro}</p>\n<ol>\n{items}</ol>\n</body></html>\n",
        lang = i18n.code(),
        title = escape(i18n.t("lessons-title")),
        intro = escape(i18n.t("lessons-intro")),
    )
}

/// `text` with the characters HTML gives a meaning to written as references.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_home_page_links_every_lesson_in_its_language() {
        let ko = I18n::new("ko").expect("Korean");
        let site = Site {
            mail_port: Some(8025),
            tls_port: Some(8443),
            ca_pem: None,
        };
        let page = html(ko, &site);
        assert!(page.contains("lang=\"ko\""));
        assert!(page.contains("href=\"http://127.0.0.1:8025/\""));
        for lesson in LESSONS {
            assert!(page.contains(&format!("{}\"", lesson.path)));
            assert!(page.contains(&escape(ko.t(&format!("lesson-{}", lesson.id)))));
        }
        assert_eq!(escape("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
    }
}
