//! Values explained by rules, not only names: what `Cache-Control: max-age=3600` allows, how
//! many days HSTS lasts, whether the body matched `Content-Length`, how much compression saved,
//! what a cookie's attributes do, where a relative `Location` leads, what `Alt-Svc` offers.
//! Each rule returns messages (ids and arguments); `crate::i18n` says them.

use std::time::UNIX_EPOCH;

use super::super::{Arg, Message};
use super::http_date;
use crate::wire::Exchange;

/// The moment the dates in a value are read against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moment {
    /// When the response arrived, in seconds since 1970 (UTC): the fetch's own time.
    Fetch(i64),
    /// When the question was asked (a value typed on the command line), seconds since 1970.
    Now(i64),
}

impl Moment {
    fn seconds(self) -> i64 {
        match self {
            Moment::Fetch(s) | Moment::Now(s) => s,
        }
    }

    fn key(self) -> &'static str {
        match self {
            Moment::Fetch(_) => "fetch",
            Moment::Now(_) => "now",
        }
    }

    /// The computer's clock now, or `None` if it is set before 1970.
    pub fn now() -> Option<Moment> {
        let since = std::time::SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .ok()?;
        i64::try_from(since.as_secs()).ok().map(Moment::Now)
    }
}

/// What is known about the fetch a value came from; everything is optional, so a value typed
/// on the command line is explained by the same rules.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ValueContext {
    /// The URL the request went to (to resolve a relative `Location`).
    pub request_url: Option<String>,
    /// The body's bytes as received, after chunk framing was removed, before decompression.
    pub body_received: Option<u64>,
    /// The body's bytes after decompression.
    pub body_decoded: Option<u64>,
    /// How many chunks a chunked body came in.
    pub chunks: Option<u64>,
    /// The moment dates (`Date`, `Expires`, `Last-Modified`) are read against.
    pub moment: Option<Moment>,
}

impl ValueContext {
    /// What `exchange` tells about its values: the URL asked for, the body's sizes before and
    /// after decompression, its chunks. A body passed on without being kept has no sizes here.
    pub fn from_exchange(exchange: &Exchange) -> Self {
        let url = if exchange.url_normalized.is_empty() {
            &exchange.url_typed
        } else {
            &exchange.url_normalized
        };
        // The response arrived when its head was complete (or its first byte came).
        let arrived = exchange
            .timing
            .head_complete
            .or(exchange.timing.first_byte)
            .unwrap_or_default();
        let moment = exchange
            .started_wall
            .and_then(|start| (start + arrived).duration_since(UNIX_EPOCH).ok())
            .and_then(|since| i64::try_from(since.as_secs()).ok())
            .map(Moment::Fetch);
        let mut context = ValueContext {
            request_url: Some(url.clone()),
            moment,
            ..ValueContext::default()
        };
        let Some(body) = &exchange.body else {
            return context;
        };
        if exchange.bytes_not_kept > 0 {
            return context;
        }
        let received = match &body.unframed {
            Some(unframed) => unframed.len(),
            None => body.wire.len(),
        } as u64;
        context.body_received = Some(received);
        context.body_decoded = Some(exchange.body_bytes().len() as u64);
        if body.unframed.is_some() {
            context.chunks = Some(body.chunks.iter().filter(|c| c.size > 0).count() as u64);
        }
        context
    }
}

/// The lines that explain `value` of the field `name`; empty when no rule knows the field.
pub fn explain_value(name: &str, value: &str, context: &ValueContext) -> Vec<Message> {
    let value = value.trim();
    match name.trim().to_ascii_lowercase().as_str() {
        "cache-control" => cache_control(value),
        "strict-transport-security" => hsts(value),
        "content-length" => content_length(value, context),
        "content-encoding" => content_encoding(value, context),
        "transfer-encoding" => transfer_encoding(value, context),
        "content-type" => content_type(value),
        "set-cookie" => set_cookie(value),
        "location" => location(value, context),
        "alt-svc" => alt_svc(value),
        "retry-after" | "age" => seconds_field(name, value, context),
        "date" => date(value, context),
        "expires" => expires(value, context),
        "last-modified" => last_modified(value, context),
        "vary" => vary(value),
        "connection" => connection(value),
        "keep-alive" => keep_alive(value),
        "server" => server(value),
        _ => Vec::new(),
    }
}

/// A span of seconds in the largest whole unit (`3600` → 1 hour, `31536000` → 365 days), or
/// rounded ("about 25 hours") when no unit above seconds divides it.
pub fn span(seconds: u64) -> Message {
    let (unit, count) = match seconds {
        s if s >= 86_400 && s.is_multiple_of(86_400) => ("days", s / 86_400),
        s if s >= 3_600 && s.is_multiple_of(3_600) => ("hours", s / 3_600),
        s if s >= 60 && s.is_multiple_of(60) => ("minutes", s / 60),
        s if s >= 2 * 86_400 => ("about-days", (s + 43_200) / 86_400),
        s if s >= 3_600 => ("about-hours", (s + 1_800) / 3_600),
        s => ("seconds", s),
    };
    Message::new("explain-value-span")
        .choice("unit", unit)
        .with("count", Arg::Count(count))
}

/// Split a list field at commas outside quotes, trimmed, empty items dropped.
fn list(value: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    for c in value.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                current.push(c);
            }
            ',' if !quoted => items.push(std::mem::take(&mut current)),
            _ => current.push(c),
        }
    }
    items.push(current);
    items
        .into_iter()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

/// `name=value` (the value unquoted) or `name` alone, the name lowercased.
fn directive(item: &str) -> (String, Option<String>) {
    match item.split_once('=') {
        Some((name, value)) => (
            name.trim().to_ascii_lowercase(),
            Some(value.trim().trim_matches('"').to_owned()),
        ),
        None => (item.trim().to_ascii_lowercase(), None),
    }
}

fn seconds_of(value: Option<&str>) -> Option<u64> {
    value.and_then(|v| v.trim().parse::<u64>().ok())
}

/// `$seconds` and `$span`, and whether the span says more than the seconds do (`$spanned`:
/// `yes` for "1 hour", `no` for "5 seconds"), so a message never reads "5 seconds (5 s)".
fn with_span(message: Message, seconds: u64) -> Message {
    let said_in_seconds = span(seconds)
        .args
        .iter()
        .any(|(name, arg)| *name == "unit" && matches!(arg, Arg::Choice("seconds")));
    message
        .with("seconds", Arg::Count(seconds))
        .choice("spanned", if said_in_seconds { "no" } else { "yes" })
        .nested("span", span(seconds))
}

/// Each directive, then the verdict: may this be reused, for how long, by whom.
fn cache_control(value: &str) -> Vec<Message> {
    let mut lines = Vec::new();
    let (mut no_store, mut no_cache, mut private, mut public) = (false, false, false, false);
    let mut max_age: Option<u64> = None;
    let mut shared_max_age: Option<u64> = None;
    for item in list(value) {
        let (name, argument) = directive(&item);
        let seconds = seconds_of(argument.as_deref());
        let id = format!("explain-value-cc-{name}");
        let line = match (name.as_str(), seconds) {
            ("max-age", Some(s)) => {
                max_age = Some(s);
                with_span(Message::new(id).text("written", item.clone()), s)
            }
            ("s-maxage", Some(s)) => {
                shared_max_age = Some(s);
                with_span(Message::new(id).text("written", item.clone()), s)
            }
            ("stale-while-revalidate" | "stale-if-error" | "max-stale" | "min-fresh", Some(s)) => {
                with_span(Message::new(id), s)
            }
            ("no-store", _) => {
                no_store = true;
                Message::new(id)
            }
            ("no-cache", _) => {
                no_cache = true;
                Message::new(id)
            }
            ("private", _) => {
                private = true;
                Message::new(id)
            }
            ("public", _) => {
                public = true;
                Message::new(id)
            }
            (
                "must-revalidate" | "proxy-revalidate" | "immutable" | "no-transform"
                | "must-understand" | "only-if-cached",
                _,
            ) => Message::new(id),
            _ => Message::new("explain-value-cc-unknown").text("directive", item.clone()),
        };
        lines.push(line);
    }
    let who = if private {
        "private"
    } else if public || shared_max_age.is_some() {
        "shared"
    } else {
        "default"
    };
    // s-maxage speaks to shared caches only; a browser still follows max-age.
    let (who, freshness) = match shared_max_age {
        Some(shared) if !private && max_age != Some(shared) => ("shared_only", Some(shared)),
        _ if private => (who, max_age),
        _ => (who, shared_max_age.or(max_age)),
    };
    let verdict = Message::new("explain-value-cache-verdict").choice("who", who);
    lines.push(if no_store {
        verdict.choice("verdict", "no_store")
    } else if no_cache || freshness == Some(0) {
        verdict.choice("verdict", "revalidate")
    } else if let Some(seconds) = freshness {
        with_span(verdict.choice("verdict", "fresh"), seconds)
    } else {
        verdict.choice("verdict", "heuristic")
    });
    lines
}

fn hsts(value: &str) -> Vec<Message> {
    let mut max_age = None;
    let (mut subdomains, mut preload) = (false, false);
    for item in value.split(';') {
        let (name, argument) = directive(item);
        match name.as_str() {
            "max-age" => max_age = seconds_of(argument.as_deref()),
            "includesubdomains" => subdomains = true,
            "preload" => preload = true,
            _ => {}
        }
    }
    let mut lines = vec![match max_age {
        None => Message::new("explain-value-hsts-no-max-age"),
        Some(0) => Message::new("explain-value-hsts-off"),
        Some(seconds) => Message::new("explain-value-hsts")
            .nested("span", span(seconds))
            .choice("subdomains", if subdomains { "yes" } else { "no" }),
    }];
    if preload {
        lines.push(Message::new("explain-value-hsts-preload"));
    }
    lines
}

fn content_length(value: &str, context: &ValueContext) -> Vec<Message> {
    let Ok(length) = value.parse::<u64>() else {
        return vec![Message::new("explain-value-not-a-number").text("value", value)];
    };
    let mut lines = vec![
        Message::new("explain-value-length")
            .with("size", Arg::Bytes(length))
            .with("count", Arg::Count(length))
            // "1,256 B" needs no "(1,256 bytes)" after it; "1.2 MiB" does.
            .choice(
                "exact",
                if crate::i18n::bytes(length).ends_with(" B") {
                    "yes"
                } else {
                    "no"
                },
            ),
    ];
    if let Some(received) = context.body_received {
        let matched = match received.cmp(&length) {
            std::cmp::Ordering::Equal => "matched",
            std::cmp::Ordering::Less => "short",
            std::cmp::Ordering::Greater => "long",
        };
        lines.push(
            Message::new("explain-value-length-match")
                .choice("matched", matched)
                .with("received", Arg::Count(received)),
        );
    }
    lines
}

/// A coding wirepeek can undo.
fn known_coding(coding: &str) -> bool {
    matches!(coding, "gzip" | "x-gzip" | "deflate" | "br" | "identity")
}

fn content_encoding(value: &str, context: &ValueContext) -> Vec<Message> {
    let mut lines: Vec<Message> = list(value)
        .into_iter()
        .map(|coding| {
            let lower = coding.to_ascii_lowercase();
            let name = match lower.as_str() {
                "gzip" | "x-gzip" => "gzip",
                "deflate" => "deflate",
                "br" => "br",
                "zstd" => "zstd",
                "compress" | "x-compress" => "compress",
                "identity" => "identity",
                _ => "other",
            };
            Message::new("explain-value-coding")
                .text("coding", coding.clone())
                .choice("name", name)
                .choice("known", if known_coding(&lower) { "yes" } else { "no" })
        })
        .collect();
    if let (Some(received), Some(decoded)) = (context.body_received, context.body_decoded)
        && decoded > 0
        && received != decoded
    {
        let percent = received.saturating_mul(100) / decoded;
        lines.push(
            Message::new("explain-value-coding-ratio")
                .with("received", Arg::Bytes(received))
                .with("decoded", Arg::Bytes(decoded))
                .text("percent", percent.to_string()),
        );
    }
    lines
}

fn transfer_encoding(value: &str, context: &ValueContext) -> Vec<Message> {
    let codings = list(value);
    let chunked_last = codings
        .last()
        .is_some_and(|c| c.eq_ignore_ascii_case("chunked"));
    if !chunked_last {
        return vec![Message::new("explain-value-te-not-chunked").text("codings", value)];
    }
    let mut lines = vec![Message::new("explain-value-chunked")];
    if let Some(count) = context.chunks {
        lines.push(Message::new("explain-value-chunk-count").with("count", Arg::Count(count)));
    }
    lines
}

fn content_type(value: &str) -> Vec<Message> {
    let mut parts = value.split(';');
    let media = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
    let (kind, sub) = media.split_once('/').unwrap_or((media.as_str(), ""));
    let family = match (kind, sub) {
        ("text", "html") => "html",
        ("text", "xml") => "xml",
        ("text", _) => "text",
        ("application", "json") => "json",
        (_, s) if s.ends_with("+json") => "json",
        ("application", "xml") => "xml",
        (_, s) if s.ends_with("+xml") => "xml",
        ("application", "javascript") => "script",
        ("image", _) => "image",
        ("audio" | "video", _) => "media",
        ("font", _) => "font",
        ("multipart", _) => "multipart",
        ("application", "octet-stream") => "binary",
        ("application", "x-www-form-urlencoded") => "form",
        _ => "other",
    };
    let mut lines = vec![
        Message::new("explain-value-media")
            .text("media", media.clone())
            .choice("family", family),
    ];
    let charset = parts.find_map(|p| {
        let (name, value) = directive(p);
        (name == "charset").then_some(value).flatten()
    });
    match charset {
        Some(charset) => lines.push(Message::new("explain-value-charset").text("charset", charset)),
        None if matches!(family, "text" | "html" | "xml") => {
            lines.push(Message::new("explain-value-no-charset"));
        }
        None => {}
    }
    lines
}

fn set_cookie(value: &str) -> Vec<Message> {
    let mut parts = value.split(';');
    let pair = parts.next().unwrap_or_default().trim();
    let name = pair.split_once('=').map_or(pair, |(n, _)| n).trim();
    let mut lines = vec![Message::new("explain-value-cookie").text("name", name)];
    let mut lasts = false;
    for part in parts {
        let (attribute, argument) = directive(part);
        let line = match attribute.as_str() {
            "secure" => Message::new("explain-value-cookie-secure"),
            "httponly" => Message::new("explain-value-cookie-httponly"),
            "samesite" => {
                let mode = match argument.as_deref().map(str::to_ascii_lowercase).as_deref() {
                    Some("strict") => "strict",
                    Some("lax") => "lax",
                    Some("none") => "none",
                    _ => "other",
                };
                Message::new("explain-value-cookie-samesite").choice("mode", mode)
            }
            "max-age" => {
                lasts = true;
                match seconds_of(argument.as_deref()) {
                    Some(0) | None => Message::new("explain-value-cookie-delete"),
                    Some(seconds) => {
                        with_span(Message::new("explain-value-cookie-max-age"), seconds)
                    }
                }
            }
            "expires" => {
                lasts = true;
                Message::new("explain-value-cookie-expires")
                    .text("date", argument.unwrap_or_default())
            }
            "domain" => Message::new("explain-value-cookie-domain")
                .text("domain", argument.unwrap_or_default()),
            "path" => {
                Message::new("explain-value-cookie-path").text("path", argument.unwrap_or_default())
            }
            "partitioned" => Message::new("explain-value-cookie-partitioned"),
            _ => continue,
        };
        lines.push(line);
    }
    if !lasts {
        lines.push(Message::new("explain-value-cookie-session"));
    }
    lines
}

fn location(value: &str, context: &ValueContext) -> Vec<Message> {
    let base = context
        .request_url
        .as_deref()
        .and_then(|u| url::Url::parse(u).ok());
    let absolute = url::Url::parse(value).is_ok();
    match base.and_then(|b| b.join(value).ok()) {
        Some(resolved) if !absolute => vec![
            Message::new("explain-value-location-relative")
                .text("target", value)
                .text("url", resolved.to_string()),
        ],
        _ => vec![
            Message::new("explain-value-location")
                .text("target", value)
                .choice("absolute", if absolute { "yes" } else { "no" }),
        ],
    }
}

fn alt_svc(value: &str) -> Vec<Message> {
    if value.eq_ignore_ascii_case("clear") {
        return vec![Message::new("explain-value-alt-svc-clear")];
    }
    list(value)
        .into_iter()
        .filter_map(|item| {
            let first = item.split(';').next()?.trim().to_owned();
            let (id, authority) = first.split_once('=')?;
            let id = id.trim().to_owned();
            let family = match id.as_str() {
                "h3" => "h3",
                "h2" => "h2",
                i if i.starts_with("h3-") => "h3draft",
                _ => "other",
            };
            let max_age = item.split(';').skip(1).find_map(|p| {
                let (name, v) = directive(p);
                (name == "ma").then(|| seconds_of(v.as_deref())).flatten()
            });
            let message = Message::new("explain-value-alt-svc")
                .text("id", id.clone())
                .text("authority", authority.trim().trim_matches('"').to_owned())
                .choice("family", family);
            Some(match max_age {
                Some(seconds) => message
                    .choice("lasting", "yes")
                    .nested("span", span(seconds)),
                None => message.choice("lasting", "no").nested("span", span(86_400)),
            })
        })
        .collect()
}

fn seconds_field(name: &str, value: &str, context: &ValueContext) -> Vec<Message> {
    let which = if name.eq_ignore_ascii_case("age") {
        "age"
    } else {
        "retry"
    };
    match value.parse::<u64>() {
        Ok(seconds) => vec![with_span(
            Message::new("explain-value-seconds").choice("field", which),
            seconds,
        )],
        Err(_) => match (which, relative_to(value, context)) {
            ("retry", Some(relative)) => vec![relative(Message::new("explain-value-retry-at"))],
            _ => vec![
                Message::new("explain-value-date")
                    .choice("field", which)
                    .text("date", value),
            ],
        },
    }
}

/// For an HTTP date in `value` and a moment to read it against: a function that adds to a
/// message which side of the moment the date is (`$side`: `before`, `same` within a second,
/// `after`), how far (`$span`) and what the moment is (`$from`: `fetch` or `now`).
fn relative_to(value: &str, context: &ValueContext) -> Option<impl Fn(Message) -> Message> {
    let date = http_date::parse(value)?;
    let moment = context.moment?;
    let difference = date - moment.seconds();
    let side = match difference {
        d if d.abs() <= 1 => "same",
        d if d > 0 => "after",
        _ => "before",
    };
    Some(move |message: Message| {
        message
            .choice("side", side)
            .choice("from", moment.key())
            .nested("span", span(difference.unsigned_abs()))
    })
}

/// `Date`: against the fetch, how far the server's clock is from this computer's.
fn date(value: &str, context: &ValueContext) -> Vec<Message> {
    let id = match context.moment {
        Some(Moment::Fetch(_)) => "explain-value-date-clock",
        _ => "explain-value-date-ago",
    };
    match relative_to(value, context) {
        Some(relative) => vec![relative(Message::new(id))],
        None => not_a_date(value),
    }
}

/// `Expires`: how long before or after the fetch; an invalid date means already expired
/// (RFC 9111, 5.3).
fn expires(value: &str, context: &ValueContext) -> Vec<Message> {
    if http_date::parse(value).is_none() {
        return vec![Message::new("explain-value-expires-invalid").text("date", value)];
    }
    relative_to(value, context)
        .map(|relative| relative(Message::new("explain-value-expires-at")))
        .into_iter()
        .collect()
}

/// `Last-Modified`: how long before the fetch (after it cannot be: a clock is wrong).
fn last_modified(value: &str, context: &ValueContext) -> Vec<Message> {
    if http_date::parse(value).is_none() {
        return not_a_date(value);
    }
    relative_to(value, context)
        .map(|relative| relative(Message::new("explain-value-modified-at")))
        .into_iter()
        .collect()
}

fn not_a_date(value: &str) -> Vec<Message> {
    vec![Message::new("explain-value-not-a-date").text("date", value)]
}

fn vary(value: &str) -> Vec<Message> {
    if value.trim() == "*" {
        return vec![Message::new("explain-value-vary-all")];
    }
    vec![Message::new("explain-value-vary").text("names", list(value).join(", "))]
}

fn connection(value: &str) -> Vec<Message> {
    list(value)
        .into_iter()
        .map(|option| match option.to_ascii_lowercase().as_str() {
            "close" => Message::new("explain-value-connection-close"),
            "keep-alive" => Message::new("explain-value-connection-keep-alive"),
            "upgrade" => Message::new("explain-value-connection-upgrade"),
            _ => Message::new("explain-value-connection-hop").text("name", option.clone()),
        })
        .collect()
}

fn keep_alive(value: &str) -> Vec<Message> {
    list(value)
        .into_iter()
        .filter_map(|item| {
            let (name, argument) = directive(&item);
            let n = seconds_of(argument.as_deref())?;
            match name.as_str() {
                "timeout" => Some(with_span(
                    Message::new("explain-value-keep-alive-timeout"),
                    n,
                )),
                "max" => {
                    Some(Message::new("explain-value-keep-alive-max").with("count", Arg::Count(n)))
                }
                _ => None,
            }
        })
        .collect()
}

fn server(value: &str) -> Vec<Message> {
    let first = value.split_whitespace().next().unwrap_or_default();
    match first.split_once('/') {
        Some((name, version)) => vec![
            Message::new("explain-value-server")
                .text("name", name)
                .text("version", version)
                .choice("versioned", "yes"),
        ],
        None => vec![
            Message::new("explain-value-server")
                .text("name", first)
                .text("version", "")
                .choice("versioned", "no"),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::I18n;

    /// The rules' lines for `name: value`, in English.
    fn english(name: &str, value: &str, context: &ValueContext) -> Vec<String> {
        let en = I18n::default();
        explain_value(name, value, context)
            .iter()
            .map(|m| en.render(m))
            .collect()
    }

    fn verdict(value: &str) -> String {
        english("Cache-Control", value, &ValueContext::default())
            .pop()
            .unwrap_or_default()
    }

    #[test]
    fn cache_control_gives_each_directive_and_a_verdict() {
        let lines = english(
            "cache-control",
            "public, max-age=31536000, immutable",
            &ValueContext::default(),
        );
        assert_eq!(lines.len(), 4, "{lines:?}");
        assert!(
            lines[1].contains("31,536,000 seconds (365 days)"),
            "{lines:?}"
        );
        assert!(lines[2].contains("will not change"), "{lines:?}");
        assert!(lines[3].contains("365 days without asking") && lines[3].contains("shared caches"));
        assert!(verdict("max-age=0, no-store").contains("never reused"));
        assert!(verdict("no-store, max-age=600").contains("never reused"));
        assert!(verdict("max-age=0").contains("checked with the server"));
        assert!(verdict("no-cache").contains("checked with the server"));
        let private = verdict("private, max-age=3600");
        assert!(
            private.contains("1 hour") && private.contains("browser only"),
            "{private}"
        );
        assert!(verdict("max-age=90").contains("90 seconds"));
        assert!(verdict("max-age=3700").contains("about 1 hour"));
        let shared = verdict("s-maxage=60, max-age=0");
        assert!(
            shared.contains("1 minute") && shared.contains("browsers follow max-age"),
            "{shared}"
        );
        assert!(verdict("").contains("guess"));
        let unknown = english("Cache-Control", "teapot=1", &ValueContext::default());
        assert!(unknown[0].contains("\"teapot=1\""), "{unknown:?}");
    }

    #[test]
    fn spans_use_the_largest_whole_unit() {
        let en = I18n::default();
        let say = |s| en.render(&span(s));
        assert_eq!(say(1), "1 second");
        assert_eq!(say(59), "59 seconds");
        assert_eq!(say(120), "2 minutes");
        assert_eq!(say(3600), "1 hour");
        assert_eq!(say(86_400), "1 day");
        assert_eq!(say(31_536_000), "365 days");
        assert_eq!(say(90_000), "25 hours");
        assert_eq!(say(90_001), "about 25 hours");
        assert_eq!(say(3_700), "about 1 hour");
        assert_eq!(say(200_000), "about 2 days");
        let ko = I18n::new("ko").expect("Korean");
        assert_eq!(ko.render(&span(3600)), "1시간");
    }

    #[test]
    fn hsts_is_counted_in_days_with_its_subdomains() {
        let none = ValueContext::default();
        let lines = english(
            "Strict-Transport-Security",
            "max-age=31536000; includeSubDomains; preload",
            &none,
        );
        assert!(
            lines[0].contains("365 days") && lines[0].contains("all its subdomains"),
            "{lines:?}"
        );
        assert!(lines[1].contains("preload"));
        let lines = english("Strict-Transport-Security", "max-age=86400", &none);
        assert!(lines[0].contains("not its subdomains"), "{lines:?}");
        assert!(english("Strict-Transport-Security", "max-age=0", &none)[0].contains("forgets"));
    }

    #[test]
    fn content_length_is_readable_and_checked_against_the_body() {
        let context = |received| ValueContext {
            body_received: Some(received),
            ..ValueContext::default()
        };
        let lines = english("Content-Length", "2048", &context(2048));
        assert!(
            lines[0].contains("2 KiB") && lines[0].contains("2,048 bytes"),
            "{lines:?}"
        );
        assert!(lines[1].contains("matches"), "{lines:?}");
        assert!(english("Content-Length", "2048", &context(100))[1].contains("cut short"));
        assert!(english("Content-Length", "2048", &context(4000))[1].contains("more than"));
        assert_eq!(
            english("Content-Length", "2048", &ValueContext::default()).len(),
            1
        );
        assert!(
            english("Content-Length", "12abc", &ValueContext::default())[0]
                .contains("not a number")
        );
    }

    #[test]
    fn content_encoding_gives_the_real_ratio() {
        let context = ValueContext {
            body_received: Some(250),
            body_decoded: Some(1000),
            ..ValueContext::default()
        };
        let lines = english("Content-Encoding", "gzip", &context);
        assert!(
            lines[0].contains("gzip") && lines[0].contains("decompresses"),
            "{lines:?}"
        );
        assert!(
            lines[1].contains("250 B") && lines[1].contains("1,000 B") && lines[1].contains("25%"),
            "{lines:?}"
        );
        let lines = english("Content-Encoding", "zstd", &ValueContext::default());
        assert!(lines[0].contains("as it came"), "{lines:?}");
    }

    #[test]
    fn chunked_counts_its_chunks() {
        let context = ValueContext {
            chunks: Some(3),
            ..ValueContext::default()
        };
        let lines = english("Transfer-Encoding", "chunked", &context);
        assert!(lines[1].contains("3 chunks"), "{lines:?}");
        assert!(
            english("Transfer-Encoding", "gzip", &context)[0].contains("does not end with chunked")
        );
    }

    #[test]
    fn set_cookie_explains_each_attribute_and_its_lifetime() {
        let none = ValueContext::default();
        let lines = english(
            "Set-Cookie",
            "id=a3fWa; Max-Age=2592000; Secure; HttpOnly; SameSite=Lax; Path=/",
            &none,
        );
        assert!(lines[0].contains("\"id\""), "{lines:?}");
        assert!(lines[1].contains("30 days"), "{lines:?}");
        assert!(lines[2].contains("only over https"));
        assert!(lines[3].contains("scripts"));
        assert!(lines[4].contains("Lax"));
        assert!(lines[5].contains("under /"));
        assert_eq!(lines.len(), 6, "not a session cookie: {lines:?}");
        let lines = english("Set-Cookie", "theme=dark", &none);
        assert!(lines[1].contains("session cookie"), "{lines:?}");
        assert!(english("Set-Cookie", "id=; Max-Age=0", &none)[1].contains("deletes"));
    }

    #[test]
    fn location_is_resolved_against_the_request() {
        let context = ValueContext {
            request_url: Some("http://127.0.0.1:8080/a/b?x=1".into()),
            ..ValueContext::default()
        };
        let lines = english("Location", "../c", &context);
        assert!(lines[0].contains("http://127.0.0.1:8080/c"), "{lines:?}");
        let lines = english("Location", "https://example.com/", &context);
        assert!(
            lines[0].contains("Next address: https://example.com/"),
            "{lines:?}"
        );
        let lines = english("Location", "/new", &ValueContext::default());
        assert!(lines[0].contains("read against"), "{lines:?}");
    }

    #[test]
    fn alt_svc_names_the_newer_protocols() {
        let none = ValueContext::default();
        let lines = english("Alt-Svc", "h3=\":443\"; ma=86400, h2=\":443\"", &none);
        assert!(
            lines[0].contains("HTTP/3") && lines[0].contains("1 day"),
            "{lines:?}"
        );
        assert!(
            lines[1].contains("HTTP/2") && lines[1].contains("default"),
            "{lines:?}"
        );
        assert!(english("Alt-Svc", "clear", &none)[0].contains("forget"));
    }

    #[test]
    fn the_other_rules_read_their_values() {
        let none = ValueContext::default();
        assert!(english("Content-Type", "text/html; charset=utf-8", &none)[1].contains("utf-8"));
        assert!(english("Content-Type", "text/plain", &none)[1].contains("guess"));
        assert_eq!(english("Content-Type", "image/png", &none).len(), 1);
        assert!(english("Retry-After", "120", &none)[0].contains("2 minutes"));
        assert!(english("Age", "30", &none)[0].contains("30 seconds"));
        assert!(
            english("Vary", "Accept-Encoding, Origin", &none)[0]
                .contains("Accept-Encoding, Origin")
        );
        assert!(english("Vary", "*", &none)[0].contains("cannot reuse"));
        assert!(english("Connection", "close", &none)[0].contains("new one"));
        let keep = english("Keep-Alive", "timeout=5, max=100", &none);
        assert!(
            keep[0].contains("5 seconds") && keep[1].contains("100"),
            "{keep:?}"
        );
        assert!(english("Server", "nginx/1.25.3", &none)[0].contains("nginx, version 1.25.3"));
        assert!(english("X-Anything", "1", &none).is_empty());
    }

    /// 2015-10-21 07:28:00 UTC: the moment the date rules below read against.
    const FETCHED: i64 = 1_445_412_480;

    fn fetched() -> ValueContext {
        ValueContext {
            moment: Some(Moment::Fetch(FETCHED)),
            ..ValueContext::default()
        }
    }

    #[test]
    fn date_says_how_far_the_servers_clock_is_from_yours() {
        let one = |value| english("Date", value, &fetched()).join(" ");
        assert_eq!(
            one("Wed, 21 Oct 2015 07:28:04 GMT"),
            "The server's clock is 4 seconds ahead of yours."
        );
        assert_eq!(
            one("Wed, 21 Oct 2015 07:26:00 GMT"),
            "The server's clock is 2 minutes behind yours."
        );
        assert!(one("Wed, 21 Oct 2015 07:28:01 GMT").contains("agrees"));
        assert!(one("Wed, 21 Oct 2015 07:27:59 GMT").contains("agrees"));
        assert!(one("last Tuesday").contains("not an HTTP date"));
        // A date typed on the command line is read against now.
        let now = ValueContext {
            moment: Some(Moment::Now(FETCHED)),
            ..ValueContext::default()
        };
        assert_eq!(
            english("Date", "Sun, 18 Oct 2015 07:28:00 GMT", &now),
            ["Written 3 days before now."]
        );
    }

    #[test]
    fn expires_is_read_relative_to_the_fetch() {
        let one = |value| english("Expires", value, &fetched()).join(" ");
        assert!(
            one("Wed, 21 Oct 2015 09:28:00 GMT").starts_with("Expires 2 hours after this fetch:"),
            "{}",
            one("Wed, 21 Oct 2015 09:28:00 GMT")
        );
        assert!(
            one("Sun, 18 Oct 2015 07:28:00 GMT").starts_with("Expired 3 days before this fetch:")
        );
        assert!(one("Wed, 21 Oct 2015 07:28:00 GMT").contains("the moment it was sent"));
        // RFC 9111, 5.3: an invalid date, "0" above all, means already expired.
        assert!(one("0").contains("already expired"), "{}", one("0"));
        // Without a moment there is nothing to read a valid date against.
        assert!(
            english(
                "Expires",
                "Wed, 21 Oct 2015 09:28:00 GMT",
                &ValueContext::default()
            )
            .is_empty()
        );
    }

    #[test]
    fn last_modified_is_read_relative_to_the_fetch() {
        let one = |value| english("Last-Modified", value, &fetched()).join(" ");
        assert_eq!(
            one("Sun, 18 Oct 2015 07:28:00 GMT"),
            "Last changed 3 days before this fetch."
        );
        assert_eq!(
            one("Sunday, 18-Oct-15 07:28:00 GMT"),
            "Last changed 3 days before this fetch.",
            "the old RFC 850 form"
        );
        assert_eq!(
            one("Mon Sep 21 07:28:00 2015"),
            "Last changed 30 days before this fetch.",
            "the asctime form"
        );
        assert!(one("Thu, 22 Oct 2015 07:28:00 GMT").contains("cannot be"));
        assert!(one("Wed, 21 Oct 2015 05:00:30 GMT").contains("about 2 hours"));
    }

    #[test]
    fn age_is_in_readable_units_and_retry_after_a_date_is_relative() {
        let none = ValueContext::default();
        assert!(english("Age", "7200", &none)[0].contains("2 hours"));
        assert!(english("Age", "90061", &none)[0].contains("about 25 hours"));
        assert_eq!(
            english("Retry-After", "Wed, 21 Oct 2015 07:30:00 GMT", &fetched()),
            ["Try again 2 minutes after this fetch."]
        );
        assert!(
            english("Retry-After", "Wed, 21 Oct 2015 07:00:00 GMT", &fetched())[0]
                .contains("at once")
        );
    }

    #[test]
    fn a_fetch_records_the_moment_its_dates_are_read_against() {
        let start = std::time::UNIX_EPOCH + std::time::Duration::from_secs(FETCHED as u64);
        let exchange = Exchange {
            started_wall: Some(start),
            timing: crate::wire::Timing {
                head_complete: Some(std::time::Duration::from_millis(2500)),
                ..crate::wire::Timing::default()
            },
            ..Exchange::default()
        };
        assert_eq!(
            ValueContext::from_exchange(&exchange).moment,
            Some(Moment::Fetch(FETCHED + 2))
        );
        assert_eq!(
            ValueContext::from_exchange(&Exchange::default()).moment,
            None
        );
    }
}
