//! The lessons: one endpoint of the practice server per idea, as data. What each endpoint
//! answers is in `answers.rs`; what the learner reads about it is in `i18n/*/lessons.ftl`, under
//! `lesson-ID` (its title) and `lesson-ID-look` (what to look at).

/// One lesson of the practice server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lesson {
    /// Its short name, also the key of its texts in the catalog.
    pub id: &'static str,
    /// The path to fetch.
    pub path: &'static str,
    /// The method to fetch it with: GET for most; HEAD or POST where the lesson is about them.
    pub method: &'static str,
    /// A body to send with the request (the echo's).
    pub body: Option<&'static str>,
    /// Whether the fetch should follow redirects (the redirect chain shows every hop).
    pub follow: bool,
    /// The request to try afterwards, with the one header that makes the difference.
    pub next: Option<NextRequest>,
    /// Which of the server's ports the lesson is on.
    pub port: LessonPort,
}

/// The practice server's two ports: the web one, and one that answers like a mail server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LessonPort {
    /// The HTTP lessons.
    Web,
    /// A port where a mail server (SMTP) greets every connection: not every port speaks HTTP.
    Mail,
    /// The lessons again, over TLS (https), with a certificate from the server's own authority.
    Tls,
}

/// A lesson's second request: the same server, this path, and this header added. There is no
/// cookie jar: the learner sends the header on purpose and sees it go out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextRequest {
    /// The path to fetch next.
    pub path: &'static str,
    /// The header to send with it, as (name, value).
    pub header: (&'static str, &'static str),
}

/// The cookie the cookie lesson sets, and its next request sends back.
pub const LESSON_COOKIE: (&str, &str) = ("flavour", "chocolate-chip");
/// The entity tag of the caching lesson's page.
pub const LESSON_ETAG: &str = "\"lesson-v1\"";

const fn get(id: &'static str, path: &'static str) -> Lesson {
    Lesson {
        id,
        path,
        method: "GET",
        body: None,
        follow: false,
        next: None,
        port: LessonPort::Web,
    }
}

/// Every lesson, in the order a class meets them.
pub const LESSONS: &[Lesson] = &[
    get("romeo", "/romeo.txt"),
    get("http10", "/http10"),
    Lesson {
        next: Some(NextRequest {
            path: "/keep-alive",
            header: ("Connection", "keep-alive"),
        }),
        ..get("keep-alive", "/keep-alive")
    },
    get("close", "/close"),
    Lesson {
        follow: true,
        ..get("redirects", "/redirect/301")
    },
    get("chunked", "/chunked"),
    get("gzip", "/gzip"),
    get("br", "/br"),
    get("euc-kr", "/euc-kr"),
    get("json", "/json"),
    get("image", "/image.png"),
    get("not-found", "/status/404"),
    get("teapot", "/status/418"),
    get("server-error", "/status/500"),
    get("drip", "/drip"),
    get("big", "/big"),
    get("many-headers", "/many-headers"),
    Lesson {
        next: Some(NextRequest {
            path: "/cookie/show",
            header: ("Cookie", "flavour=chocolate-chip"),
        }),
        ..get("cookies", "/cookie/set")
    },
    Lesson {
        next: Some(NextRequest {
            path: "/cache",
            header: ("If-None-Match", LESSON_ETAG),
        }),
        ..get("caching", "/cache")
    },
    Lesson {
        method: "HEAD",
        next: None,
        ..get("head", "/head")
    },
    Lesson {
        method: "POST",
        body: Some("name=Juliet&words=But soft, what light"),
        ..get("echo", "/echo")
    },
    Lesson {
        port: LessonPort::Mail,
        ..get("mail", "/")
    },
    Lesson {
        port: LessonPort::Tls,
        ..get("https", "/romeo.txt")
    },
    get("https-ca", "/ca.pem"),
];

/// The lesson with this id.
pub fn lesson(id: &str) -> Option<&'static Lesson> {
    LESSONS.iter().find(|lesson| lesson.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_paths_are_unique() {
        for (i, a) in LESSONS.iter().enumerate() {
            for b in &LESSONS[i + 1..] {
                assert_ne!(a.id, b.id);
                assert!(a.path != b.path || a.port != b.port, "{}", a.id);
            }
        }
    }

    #[test]
    fn the_cookie_sent_back_is_the_one_set() {
        let next = lesson("cookies")
            .and_then(|l| l.next)
            .expect("a next request");
        let (name, value) = LESSON_COOKIE;
        assert_eq!(next.header.1, format!("{name}={value}"));
    }

    #[test]
    fn every_lesson_has_a_title_and_a_text_in_every_language() {
        for language in crate::i18n::LANGUAGES {
            let i18n = crate::i18n::I18n::new(language.code).expect("language");
            for lesson in LESSONS {
                let title = format!("lesson-{}", lesson.id);
                let look = format!("lesson-{}-look", lesson.id);
                assert_ne!(i18n.t(&title), title, "{}", language.code);
                assert_ne!(i18n.t(&look), look, "{}", language.code);
            }
        }
    }
}
