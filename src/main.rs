//! wirepeek's command line: no mode flag opens the window; `--dump` and `--json` work headless.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;

use wirepeek::wire::{
    self, Cancel, FetchError, FetchOptions, HttpVersion, Limits, Progress, Recording, Request,
};

/// See HTTP: fetch one URL over a raw socket and show every byte, header and millisecond.
#[derive(Parser, Debug)]
#[command(version, about)]
struct Args {
    /// The URL to fetch (http:// or https://). With no mode flag the window opens and fetches it.
    url: Option<String>,

    /// Write the response exactly as received (head and body bytes) to standard output, as it
    /// arrives. With --follow, every hop's response, one after the other.
    #[arg(long, conflicts_with = "json")]
    dump: bool,

    /// Write everything about the exchange as JSON to standard output.
    #[arg(long)]
    json: bool,

    /// The request method (GET, HEAD, POST, ... or any other token).
    #[arg(
        short = 'X',
        long = "request",
        value_name = "METHOD",
        default_value = "GET"
    )]
    method: String,

    /// An extra request header, `Name: value` (repeatable).
    #[arg(short = 'H', long = "header", value_name = "HEADER")]
    headers: Vec<String>,

    /// Send the textbook HTTP/1.0 request instead of HTTP/1.1.
    #[arg(long = "http1.0")]
    http10: bool,

    /// Send this text as the request body (with Content-Length).
    #[arg(short = 'd', long, value_name = "TEXT")]
    data: Option<String>,

    /// Follow redirects (at most 10).
    #[arg(short = 'L', long)]
    follow: bool,

    /// Also trust the certificate authority in this PEM file.
    #[arg(long, value_name = "FILE")]
    cacert: Option<PathBuf>,

    /// End the whole fetch after this many seconds, keeping what arrived.
    #[arg(long, value_name = "SECS")]
    timeout: Option<f64>,

    /// The window's language (`en` or `ko`) for this run; otherwise the remembered or OS one.
    #[arg(long, value_name = "LANG")]
    lang: Option<String>,

    /// Fetch, save a PNG picture of the window once the exchange is shown, and quit.
    #[arg(long, value_name = "FILE.png", conflicts_with_all = ["dump", "json"])]
    screenshot: Option<PathBuf>,

    /// The window's size in points, e.g. `1200x760`.
    #[arg(long, value_name = "WxH")]
    size: Option<String>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    if args.dump || args.json {
        return headless(&args);
    }
    match window(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("wirepeek: {message}");
            ExitCode::FAILURE
        }
    }
}

/// `1200x760` as a size in points.
fn parse_size(text: &str) -> Result<[f32; 2], String> {
    let bad = || format!("--size needs WIDTHxHEIGHT, e.g. 1200x760, not {text:?}.");
    let (w, h) = text.split_once(['x', 'X']).ok_or_else(bad)?;
    let w: f32 = w.trim().parse().map_err(|_| bad())?;
    let h: f32 = h.trim().parse().map_err(|_| bad())?;
    if !(200.0..=10_000.0).contains(&w) || !(150.0..=10_000.0).contains(&h) {
        return Err(bad());
    }
    Ok([w, h])
}

/// Open the window (fetching `args.url` at once when given).
fn window(args: &Args) -> Result<(), String> {
    if let Some(code) = &args.lang
        && wirepeek::i18n::I18n::new(code).is_none()
    {
        let known: Vec<&str> = wirepeek::i18n::LANGUAGES.iter().map(|l| l.code).collect();
        return Err(format!(
            "--lang {code}: not a language of the window (try {}).",
            known.join(", ")
        ));
    }
    let size = args.size.as_deref().map(parse_size).transpose()?;
    let request = args
        .url
        .as_deref()
        .map(|url| request_from(args, url))
        .transpose()?;
    let icon = eframe::icon_data::from_png_bytes(include_bytes!("../assets/icon-256.png"))
        .map_err(|e| format!("the icon cannot be read: {e}"))?;
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("wirepeek")
        .with_app_id("wirepeek")
        .with_icon(std::sync::Arc::new(icon))
        .with_inner_size(size.unwrap_or([1180.0, 760.0]))
        .with_min_inner_size([420.0, 320.0]);
    if args.screenshot.is_some() {
        viewport = viewport.with_resizable(false);
    }
    let options = eframe::NativeOptions {
        viewport,
        // Screenshots start from the same place every time and leave the saved state alone.
        persist_window: args.screenshot.is_none(),
        ..eframe::NativeOptions::default()
    };
    let startup = wirepeek::Startup {
        language: args.lang.clone(),
        request,
        options: options_from(args)?,
        screenshot: args.screenshot.clone(),
        remember: args.screenshot.is_none(),
    };
    eframe::run_native(
        "wirepeek",
        options,
        Box::new(move |cc| Ok(Box::new(wirepeek::WirepeekApp::new(cc, startup)))),
    )
    .map_err(|e| format!("the window could not open: {e}"))
}

/// Build the engine's request from the command line, or say what is wrong with it.
fn request_from(args: &Args, url: &str) -> Result<Request, String> {
    let mut headers = Vec::new();
    for line in &args.headers {
        headers.push(wire::parse_header_line(line).map_err(|e| e.to_string())?);
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
    })
}

/// How to fetch, from the command line: `--follow`, `--cacert`.
fn options_from(args: &Args) -> Result<FetchOptions, String> {
    let extra_ca_pem = match &args.cacert {
        Some(path) => Some(
            std::fs::read(path)
                .map_err(|e| format!("Cannot read the CA file {}: {e}.", path.display()))?,
        ),
        None => None,
    };
    Ok(FetchOptions {
        follow_redirects: args.follow,
        extra_ca_pem,
    })
}

fn limits_from(args: &Args) -> Result<Limits, String> {
    let mut limits = Limits::default();
    if let Some(seconds) = args.timeout {
        let total = Duration::try_from_secs_f64(seconds)
            .ok()
            .filter(|d| !d.is_zero())
            .ok_or_else(|| {
                format!("--timeout needs a positive number of seconds, not {seconds}.")
            })?;
        limits.total_timeout = Some(total);
    }
    Ok(limits)
}

/// Standard output without Rust's line buffering, which would search a 100 MB body for its last
/// newline before writing it, and without any buffer at all: `--dump` writes each `read()`
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

fn headless(args: &Args) -> ExitCode {
    let Some(url) = &args.url else {
        eprintln!("wirepeek: give the URL to fetch, e.g. wirepeek --dump http://example.com/");
        return ExitCode::FAILURE;
    };
    let prepared =
        request_from(args, url).and_then(|r| Ok((r, options_from(args)?, limits_from(args)?)));
    let (request, options, limits) = match prepared {
        Ok(prepared) => prepared,
        Err(message) => {
            eprintln!("wirepeek: {message}");
            return ExitCode::FAILURE;
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
    let Some(last) = hops.last() else {
        return ExitCode::FAILURE;
    };
    if args.json {
        let mut out = std::io::BufWriter::with_capacity(64 * 1024, stdout);
        let written =
            wirepeek::export::json::write_chain(&mut out, &hops).and_then(|()| out.flush());
        if let Err(e) = written
            && e.kind() != std::io::ErrorKind::BrokenPipe
        {
            eprintln!("wirepeek: cannot write the output: {e}");
            return ExitCode::FAILURE;
        }
    }
    match &last.error {
        // A reader that stops early (`wirepeek --dump URL | head`) is not worth a message.
        Some(FetchError::OutputFailed {
            kind: std::io::ErrorKind::BrokenPipe,
            ..
        }) => {}
        Some(error @ FetchError::OutputFailed { .. }) => {
            eprintln!("wirepeek: {error}\n  What to try: {}", error.hint());
            return ExitCode::FAILURE;
        }
        Some(error) => eprintln!("wirepeek: {error}\n  What to try: {}", error.hint()),
        None => {}
    }
    if args.dump {
        for warning in &last.warnings {
            eprintln!("wirepeek: note: {warning}");
        }
    }
    if last.has_response() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
