//! wirepeek's command line: no arguments opens the window; `--dump` and `--json` work headless.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;

use wirepeek::wire::{self, Cancel, HttpVersion, Limits, Progress, Request};

/// See HTTP: fetch one URL over a raw socket and show every byte, header and millisecond.
#[derive(Parser, Debug)]
#[command(version, about)]
struct Args {
    /// The URL to fetch (http:// or https://). With no mode flag the window opens and fetches it.
    url: Option<String>,

    /// Write the response exactly as received (head and body bytes) to standard output.
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
}

fn main() -> ExitCode {
    let args = Args::parse();
    if args.dump || args.json {
        return headless(&args);
    }
    eprintln!("The window is not part of this build yet; use --dump URL or --json URL.");
    ExitCode::FAILURE
}

/// Build the engine's request from the command line, or say what is wrong with it.
fn request_from(args: &Args, url: &str) -> Result<Request, String> {
    let mut headers = Vec::new();
    for line in &args.headers {
        headers.push(wire::parse_header_line(line).map_err(|e| e.to_string())?);
    }
    let extra_ca_pem = match &args.cacert {
        Some(path) => Some(
            std::fs::read(path)
                .map_err(|e| format!("Cannot read the CA file {}: {e}.", path.display()))?,
        ),
        None => None,
    };
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

fn headless(args: &Args) -> ExitCode {
    let Some(url) = &args.url else {
        eprintln!("wirepeek: give the URL to fetch, e.g. wirepeek --dump http://example.com/");
        return ExitCode::FAILURE;
    };
    let prepared = request_from(args, url).and_then(|r| Ok((r, limits_from(args)?)));
    let (request, limits) = match prepared {
        Ok(prepared) => prepared,
        Err(message) => {
            eprintln!("wirepeek: {message}");
            return ExitCode::FAILURE;
        }
    };
    let hops = wire::fetch_following(&request, &limits, &Cancel::new(), &Progress::new());
    let Some(last) = hops.last() else {
        return ExitCode::FAILURE;
    };
    let mut stdout = std::io::stdout().lock();
    let written = if args.json {
        serde_json::to_writer_pretty(&mut stdout, &wirepeek::json::chain_json(&hops))
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(stdout))
    } else {
        stdout
            .write_all(&last.received)
            .and_then(|()| stdout.flush())
    };
    if let Err(e) = written
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("wirepeek: cannot write the output: {e}");
        return ExitCode::FAILURE;
    }
    if let Some(error) = &last.error {
        eprintln!("wirepeek: {error}\n  What to try: {}", error.hint());
    }
    for warning in &last.warnings {
        if args.dump {
            eprintln!("wirepeek: note: {warning}");
        }
    }
    if last.has_response() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
