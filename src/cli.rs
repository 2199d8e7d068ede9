//! The command line: its options, and the headless modes (`--dump`, `--json`) that fetch without
//! a window. What the program says on standard error comes from the catalog, in the language of
//! `--lang` or of the operating system; `--json` itself stays English so its schema is stable.

use std::io::Write;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;

use crate::app::StartView;
use crate::i18n::{self, I18n, LANGUAGES};
use crate::learn::Surface;
use crate::ui::tabs::Tab;
use crate::wire::{
    self, Cancel, FetchError, FetchOptions, HttpVersion, Limits, Progress, ProxyAddress,
    ProxyOrigin, ProxySettings, Recording, Request, SystemRoots,
};

/// See HTTP: fetch one URL over a raw socket and show every byte, header and millisecond.
#[derive(Parser, Debug)]
#[command(name = "wirepeek", version, about)]
pub struct Args {
    /// The URL to fetch (http:// or https://). With no mode flag the window opens and fetches it.
    pub url: Option<String>,

    /// With `--view compare`: a second URL to compare the first with (without it, the first is
    /// fetched over HTTP/1.0 and over HTTP/1.1).
    #[arg(value_name = "URL2")]
    pub other_url: Option<String>,

    /// Write the response exactly as received (head and body bytes) to standard output, as it
    /// arrives. With --follow, every hop's response, one after the other.
    #[arg(long, conflicts_with = "json")]
    pub dump: bool,

    /// Write everything about the exchange as JSON to standard output.
    #[arg(long)]
    pub json: bool,

    /// The request method (GET, HEAD, POST, ... or any other token).
    #[arg(
        short = 'X',
        long = "request",
        value_name = "METHOD",
        default_value = "GET"
    )]
    pub method: String,

    /// An extra request header, `Name: value` (repeatable).
    #[arg(short = 'H', long = "header", value_name = "HEADER")]
    pub headers: Vec<String>,

    /// Send the textbook HTTP/1.0 request instead of HTTP/1.1.
    #[arg(long = "http1.0")]
    pub http10: bool,

    /// Send this text as the request body (with Content-Length).
    #[arg(short = 'd', long, value_name = "TEXT")]
    pub data: Option<String>,

    /// Send the bytes of this file (`-`: standard input) exactly as they are, as the request, to
    /// the host and port of the URL. Nothing is added or changed; notes say what looks wrong.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["method", "headers", "data", "http10"])]
    pub raw: Option<PathBuf>,

    /// Follow redirects (at most 10).
    #[arg(short = 'L', long)]
    pub follow: bool,

    /// Also trust the certificate authority in this PEM file.
    #[arg(long, value_name = "FILE")]
    pub cacert: Option<PathBuf>,

    /// Fetch through this HTTP proxy (`http://host:port`); `none` goes direct. Without it, the
    /// proxies in HTTP_PROXY / HTTPS_PROXY / NO_PROXY are used.
    #[arg(long, value_name = "URL", conflicts_with = "no_proxy")]
    pub proxy: Option<String>,

    /// Go direct, whatever HTTP_PROXY / HTTPS_PROXY say (the same as `--proxy none`).
    #[arg(long)]
    pub no_proxy: bool,

    /// Also trust the certificate authorities in the operating system's store, as well as the
    /// bundled Mozilla roots (e.g. a school network's own authority).
    #[arg(long)]
    pub system_roots: bool,

    /// End the whole fetch after this many seconds, keeping what arrived.
    #[arg(long, value_name = "SECS")]
    pub timeout: Option<f64>,

    /// The language (`en` or `ko`) of the window and of the messages on standard error, for
    /// this run; otherwise the remembered or the OS one. `--json` output stays English.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,

    /// Fetch, save a PNG picture of the window once the exchange is shown, and quit.
    #[arg(long, value_name = "FILE.png", conflicts_with_all = ["dump", "json"])]
    pub screenshot: Option<PathBuf>,

    /// Read the body's text in this charset (e.g. euc-kr, shift_jis, windows-1252) instead of
    /// the one declared or guessed; `--json` then says `"charset_source": "chosen"`.
    #[arg(long, value_name = "NAME")]
    pub charset: Option<String>,

    /// Open the window on the request editor (`request`) or a tab: wire, timeline, connection,
    /// story, code, quiz, sent, head, history, settings; or the Lessons window (`lessons`).
    #[arg(long, value_name = "NAME")]
    pub view: Option<String>,

    /// The window's size in points, e.g. `1200x760`.
    #[arg(long, value_name = "WxH")]
    pub size: Option<String>,

    /// Explain something and quit, without fetching: `--explain status 404`, `--explain header
    /// cache-control`, `--explain port 25`, `--explain error timeout`, `--explain method POST`
    /// (also `note`, `url`, `tls`).
    #[arg(
        long,
        num_args = 2,
        value_names = ["TOPIC", "SUBJECT"],
        conflicts_with_all = ["dump", "json", "screenshot", "url"]
    )]
    pub explain: Option<Vec<String>>,

    /// Fetch the URL and print the story of what happened, step by step with the fetch's own
    /// numbers (with `--follow`, every redirect is a step too).
    #[arg(long, conflicts_with_all = ["dump", "json", "screenshot", "explain"])]
    pub story: bool,

    /// Write the request as code on standard output instead of sending it: `python-socket`
    /// (the textbook's socket program), `python-urllib`, `curl`, `raw` (the bytes with `\r\n`
    /// shown) or `rust`. -X, -H, -d, --http1.0 and --raw shape the request as for a fetch.
    #[arg(
        long,
        value_name = "KIND",
        conflicts_with_all = ["dump", "json", "screenshot", "explain", "story", "practice"]
    )]
    pub export: Option<String>,

    /// Run the practice server with the lessons on 127.0.0.1 (this computer only) until Ctrl-C;
    /// its home page lists them.
    #[arg(long, conflicts_with_all = ["dump", "json", "screenshot", "url", "explain"])]
    pub practice: bool,

    /// With --practice: the port to listen on (0: any free one).
    #[arg(long, value_name = "N", default_value_t = 8000, requires = "practice")]
    pub port: u16,
}

impl Args {
    /// Whether a mode without a window was asked for (`--dump`, `--json`, `--explain`,
    /// `--story`, `--export`, `--practice`).
    pub fn headless(&self) -> bool {
        self.dump
            || self.json
            || self.explain.is_some()
            || self.story
            || self.export.is_some()
            || self.practice
    }

    /// The language for messages: `--lang`, else the operating system's; an unknown `--lang`
    /// is an error, said in the operating system's language.
    pub fn language(&self) -> Result<I18n, String> {
        let system = I18n::new(i18n::system_language()).unwrap_or_default();
        match &self.lang {
            None => Ok(system),
            Some(code) => I18n::new(code).ok_or_else(|| {
                let known: Vec<&str> = LANGUAGES.iter().map(|l| l.code).collect();
                system.f(
                    "cli-bad-lang",
                    &[("given", code.as_str()), ("known", &known.join(", "))],
                )
            }),
        }
    }
}

/// Print one message on standard error the way every wirepeek message starts.
pub fn say(message: &str) {
    eprintln!("wirepeek: {message}");
}

/// Run `--dump`, `--json` or `--explain`: the fetch, its output, its messages; a panic becomes
/// exit 1 with a plain message instead of a Rust backtrace.
pub fn run(args: &Args) -> ExitCode {
    let i18n = match args.language() {
        Ok(i18n) => i18n,
        Err(message) => {
            say(&message);
            return ExitCode::FAILURE;
        }
    };
    if let Some(question) = &args.explain {
        let (mut out, mut err) = (std::io::stdout(), std::io::stderr());
        return ExitCode::from(crate::explain_cli::answer(
            question, i18n, &mut out, &mut err,
        ));
    }
    if let Some(kind) = &args.export {
        return ExitCode::from(export_code(args, kind, i18n));
    }
    if args.practice {
        return practice(args.port, i18n);
    }
    // The default hook prints "thread 'main' panicked at ..." before we can say it plainly.
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let code = guarded(i18n, &mut std::io::stderr(), || headless(args, i18n));
    std::panic::set_hook(previous_hook);
    ExitCode::from(code)
}

/// `--practice`: serve the lessons on 127.0.0.1 until the program is stopped, after printing
/// where they are and their list.
fn practice(port: u16, i18n: I18n) -> ExitCode {
    let server = match crate::practice::LessonServer::on_port(port, i18n) {
        Ok(server) => server,
        Err(e) => {
            let address = format!("127.0.0.1:{port}");
            say(&i18n.f(
                "practice-cannot-start",
                &[("address", &address), ("detail", &e.to_string())],
            ));
            say(i18n.t("practice-port-hint"));
            return ExitCode::FAILURE;
        }
    };
    let mut out = std::io::stdout();
    let _ = writeln!(
        out,
        "{}",
        i18n.f("practice-listening", &[("url", &server.url("/"))])
    );
    for lesson in crate::practice::LESSONS {
        let _ = writeln!(
            out,
            "  {:<40} {}",
            server.lesson_url(lesson),
            i18n.t(&format!("lesson-{}", lesson.id))
        );
    }
    let _ = out.flush();
    server.wait();
    ExitCode::SUCCESS
}

/// Run `work`; if it panics, write the catalog's plain message to `stderr` and give exit code 1.
fn guarded(i18n: I18n, stderr: &mut dyn Write, work: impl FnOnce() -> u8) -> u8 {
    match catch_unwind(AssertUnwindSafe(work)) {
        Ok(code) => code,
        Err(panic) => {
            let detail = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let message = i18n.f("cli-internal-error", &[("detail", &detail)]);
            // Nothing more can be done if standard error is gone too.
            let _ = writeln!(stderr, "wirepeek: {message}");
            1
        }
    }
}

/// Build the engine's request from the command line, or say what is wrong with it.
pub fn request_from(args: &Args, url: &str, i18n: I18n) -> Result<Request, String> {
    if let Some(path) = &args.raw {
        return Ok(Request {
            url: url.to_owned(),
            raw: Some(read_raw_file(path, i18n)?),
            ..Request::default()
        });
    }
    let mut headers = Vec::new();
    for line in &args.headers {
        headers.push(wire::parse_header_line(line).map_err(|e| i18n::error_message(i18n, &e))?);
    }
    Ok(Request {
        method: args.method.clone(),
        url: url.to_owned(),
        version: if args.http10 {
            HttpVersion::Http10
        } else {
            HttpVersion::Http11
        },
        headers,
        body: args.data.as_ref().map(|d| d.clone().into_bytes()),
        raw: None,
        no_default_headers: false,
    })
}

/// The bytes of `--raw FILE`, or of standard input for `-`, exactly as they are.
fn read_raw_file(path: &std::path::Path, i18n: I18n) -> Result<Vec<u8>, String> {
    let read = if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).map(|_| bytes)
    } else {
        std::fs::read(path)
    };
    read.map_err(|e| {
        i18n.f(
            "cli-bad-raw-file",
            &[
                ("path", &path.display().to_string()),
                (
                    "detail",
                    &i18n.render(&crate::learn::files::file_problem(&e)),
                ),
            ],
        )
    })
}

/// `--export KIND URL`: the request the other options describe, written as code on standard
/// output. Nothing is sent.
fn export_code(args: &Args, kind: &str, i18n: I18n) -> u8 {
    use crate::export::code::{CodeKind, CodeRequest, generate};
    let Some(kind) = CodeKind::named(kind) else {
        let known = CodeKind::names().join(", ");
        say(&i18n.f("cli-bad-export", &[("given", kind), ("known", &known)]));
        return 1;
    };
    let Some(url) = &args.url else {
        say(i18n.t("cli-need-url"));
        return 1;
    };
    let request = match request_from(args, url, i18n) {
        Ok(request) => request,
        Err(message) => {
            say(&message);
            return 1;
        }
    };
    let code = match CodeRequest::from_request(&request) {
        Ok(code) => code,
        Err(error) => {
            say_error(i18n, &error);
            return 1;
        }
    };
    let mut out = std::io::stdout();
    // Raw text into a file or a pipe is the exact bytes (`--export raw URL > req.http`, then
    // `--raw req.http`); on a terminal its line ends are shown as the Wire tab shows them.
    let text;
    let bytes = if kind == CodeKind::Raw && !std::io::IsTerminal::is_terminal(&out) {
        code.bytes.as_slice()
    } else {
        text = generate(kind, &code);
        text.as_bytes()
    };
    let written = out.write_all(bytes).and_then(|()| out.flush());
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            let detail = i18n.render(&crate::learn::files::file_problem(&e));
            say(&i18n.f("cli-cannot-write", &[("detail", &detail)]));
            1
        }
        _ => 0,
    }
}

/// What `--view NAME` opens the window on (`request`: the request editor; otherwise a tab), or
/// a message naming the views there are.
pub fn view_from(name: &str, i18n: I18n) -> Result<StartView, String> {
    let name_lower = name.to_ascii_lowercase();
    match name_lower.as_str() {
        "request" => return Ok(StartView::Editor),
        "compare" => return Ok(StartView::Compare),
        "lessons" => return Ok(StartView::Lessons),
        "page" => return Ok(StartView::Page),
        // The Wire tab took the place of the "Request sent" and "Response head" tabs.
        "sent" | "head" => return Ok(StartView::Tab(Tab::Wire)),
        _ => {}
    }
    Tab::named(&name_lower).map(StartView::Tab).ok_or_else(|| {
        let mut known = vec!["request", "compare"];
        known.extend_from_slice(Tab::NAMES);
        known.extend(["lessons", "page"]);
        i18n.f(
            "cli-bad-view",
            &[("given", name), ("known", &known.join(", "))],
        )
    })
}

/// `--view compare`: the two requests to compare: the first URL and the second one, or the
/// first URL over HTTP/1.0 then over HTTP/1.1.
pub fn compared_requests(
    args: &Args,
    first: &Request,
    i18n: I18n,
) -> Result<(Request, Request), String> {
    if let Some(other) = &args.other_url {
        return Ok((first.clone(), request_from(args, other, i18n)?));
    }
    let over = |version| Request {
        version,
        ..first.clone()
    };
    Ok((over(HttpVersion::Http10), over(HttpVersion::Http11)))
}

/// How to fetch, from the command line: `--follow`, `--cacert`.
pub fn options_from(args: &Args, i18n: I18n) -> Result<FetchOptions, String> {
    let extra_ca_pem = match &args.cacert {
        Some(path) => Some(std::fs::read(path).map_err(|e| {
            let problem = i18n.render(&crate::learn::files::file_problem(&e));
            i18n.f(
                "cli-bad-ca-file",
                &[("path", &path.display().to_string()), ("detail", &problem)],
            )
        })?),
        None => None,
    };
    let proxy = proxy_from(args, i18n)?.unwrap_or_else(ProxySettings::from_environment);
    Ok(FetchOptions {
        follow_redirects: args.follow,
        extra_ca_pem,
        proxy,
        system_roots: if args.system_roots {
            SystemRoots::FromSystem
        } else {
            SystemRoots::Off
        },
    })
}

/// The proxy the command line names (`--proxy URL`, `--proxy none`, `--no-proxy`), or `None`
/// when it names none (then the environment's, or in the window the Settings', are used).
pub fn proxy_from(args: &Args, i18n: I18n) -> Result<Option<ProxySettings>, String> {
    if args.no_proxy {
        return Ok(Some(ProxySettings::default()));
    }
    match args.proxy.as_deref().map(str::trim) {
        None => Ok(None),
        Some(none) if none.eq_ignore_ascii_case("none") => Ok(Some(ProxySettings::default())),
        Some(text) => ProxyAddress::parse(text, ProxyOrigin::CommandLine)
            .map(|proxy| Some(ProxySettings::through(proxy)))
            .map_err(|e| i18n.render(&crate::learn::error_message(&e))),
    }
}

fn limits_from(args: &Args, i18n: I18n) -> Result<Limits, String> {
    let mut limits = Limits::default();
    if let Some(seconds) = args.timeout {
        let total = Duration::try_from_secs_f64(seconds)
            .ok()
            .filter(|d| !d.is_zero())
            .ok_or_else(|| i18n.f("cli-bad-timeout", &[("given", &seconds.to_string())]))?;
        limits.total_timeout = Some(total);
    }
    Ok(limits)
}

/// Standard output without Rust's line buffering, which would search a 100 MiB body for its
/// last newline before writing it, and without any buffer at all: `--dump` writes each `read()`
/// the moment it returns, as the textbook program prints what each `recv` got.
fn raw_stdout() -> Box<dyn Write> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        if let Ok(fd) = std::io::stdout().as_fd().try_clone_to_owned() {
            return Box::new(std::fs::File::from(fd));
        }
    }
    Box::new(std::io::stdout())
}

/// The error in the reader's language, with what to try.
fn say_error(i18n: I18n, error: &FetchError) {
    let hint = i18n::error_hint(i18n, error, Surface::Cli);
    say(&format!(
        "{}\n  {}",
        i18n::error_message(i18n, error),
        i18n.f("cli-what-to-try", &[("hint", &hint)])
    ));
}

fn headless(args: &Args, i18n: I18n) -> u8 {
    const FAILURE: u8 = 1;
    let Some(url) = &args.url else {
        say(i18n.t("cli-need-url"));
        return FAILURE;
    };
    let prepared = request_from(args, url, i18n)
        .and_then(|r| Ok((r, options_from(args, i18n)?, limits_from(args, i18n)?)));
    let (request, options, limits) = match prepared {
        Ok(prepared) => prepared,
        Err(message) => {
            say(&message);
            return FAILURE;
        }
    };
    let mut stdout = raw_stdout();
    let (cancel, progress) = (Cancel::new(), Progress::new());
    // `--dump` passes every byte on as it arrives (in constant memory, whatever the body's
    // size); `--json` needs the whole body for its text, so it keeps everything.
    let mut recording = if args.dump {
        Recording::PassOn(&mut stdout)
    } else {
        Recording::KeepAll
    };
    let hops = wire::fetch_following(
        &request,
        &options,
        &limits,
        &cancel,
        &progress,
        &mut recording,
    );
    let mut hops = hops;
    if let Some(label) = &args.charset
        && let Some(last) = hops.last_mut()
        && last.body.is_some()
        && !last.read_body_as(label)
    {
        say(&i18n.f("cli-bad-charset", &[("given", label)]));
        return FAILURE;
    }
    let Some(last) = hops.last() else {
        return FAILURE;
    };
    if args.story {
        // The story tells a failure itself, with what happened underneath.
        let text = crate::story_cli::render(i18n, url, &hops);
        let _ = stdout.write_all(text.as_bytes());
        return if last.has_response() { 0 } else { FAILURE };
    }
    if args.json {
        let mut out = std::io::BufWriter::with_capacity(64 * 1024, stdout);
        let written = crate::export::json::write_chain(&mut out, &hops).and_then(|()| out.flush());
        if let Err(e) = written
            && e.kind() != std::io::ErrorKind::BrokenPipe
        {
            say(&i18n.f("cli-cannot-write", &[("detail", &e.to_string())]));
            return FAILURE;
        }
    }
    match &last.error {
        // A reader that stops early (`wirepeek --dump URL | head`) is not worth a message.
        Some(FetchError::OutputFailed {
            kind: std::io::ErrorKind::BrokenPipe,
            ..
        }) => {}
        Some(error @ FetchError::OutputFailed { .. }) => {
            say_error(i18n, error);
            return FAILURE;
        }
        Some(error) => say_error(i18n, error),
        None => {}
    }
    if args.dump {
        for warning in &last.warnings {
            let note = i18n::note_message(i18n, warning);
            say(&i18n.f("cli-note", &[("note", &note)]));
        }
    }
    if last.has_response() { 0 } else { FAILURE }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn view_names_a_tab_or_says_which_there_are() {
        let en = I18n::default();
        assert_eq!(view_from("timeline", en), Ok(StartView::Tab(Tab::Timeline)));
        assert_eq!(view_from("Wire", en), Ok(StartView::Tab(Tab::Wire)));
        assert_eq!(view_from("request", en), Ok(StartView::Editor));
        assert_eq!(view_from("page", en), Ok(StartView::Page));
        assert_eq!(view_from("sent", en), Ok(StartView::Tab(Tab::Wire)));
        let error = view_from("nope", en).unwrap_err();
        assert!(
            error.contains("nope") && error.contains("request, compare, wire, timeline"),
            "{error}"
        );
        let ko = I18n::new("ko").unwrap();
        assert!(view_from("nope", ko).unwrap_err().contains("없습니다"));
    }

    #[test]
    fn a_panic_becomes_exit_1_with_a_plain_message_in_the_chosen_language() {
        for (code, expected) in [("en", "went wrong"), ("ko", "문제가")] {
            let i18n = I18n::new(code).expect("language");
            let mut stderr = Vec::new();
            let exit = guarded(i18n, &mut stderr, || panic!("boom at step 3"));
            let text = String::from_utf8(stderr).expect("UTF-8");
            assert_eq!(exit, 1);
            assert!(text.starts_with("wirepeek: "), "{text}");
            assert!(text.contains("boom at step 3"), "{text}");
            assert!(text.contains(expected), "{text}");
            assert!(!text.contains("panicked"), "{text}");
        }
    }

    #[test]
    fn a_run_that_does_not_panic_keeps_its_exit_code_and_says_nothing() {
        let mut stderr = Vec::new();
        assert_eq!(guarded(I18n::default(), &mut stderr, || 0), 0);
        assert_eq!(guarded(I18n::default(), &mut stderr, || 1), 1);
        assert!(stderr.is_empty());
    }

    #[test]
    fn an_unknown_language_is_refused_and_a_known_one_chosen() {
        let args = Args::parse_from(["wirepeek", "--lang", "xx", "--dump", "http://127.0.0.1/"]);
        let error = args.language().expect_err("xx is no language");
        assert!(error.contains("xx"), "{error}");
        let args = Args::parse_from(["wirepeek", "--lang", "ko", "--dump", "http://127.0.0.1/"]);
        assert_eq!(args.language().map(I18n::code), Ok("ko"));
    }
}
