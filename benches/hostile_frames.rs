//! Frames and memory in the window while a server misbehaves: every server of
//! `tests/common/hostile.rs` (the table `tests/hostile_servers.rs` checks), fetched from the real
//! `WirepeekApp` in the `egui_kittest` harness, one server per child process so that each one's
//! memory is measured on its own.
//!
//! Run by hand: `cargo bench --bench hostile_frames` (add words to run only the servers whose
//! name holds them: `cargo bench --bench hostile_frames -- gzip chunks`).
//!
//! Each child sets short limits through the window's own settings (head, idle and TLS timeouts
//! of 1 s, connect 2 s, at most 3 redirects, a body limit of [`BODY_LIMIT_MIB`]), types the URL,
//! presses Fetch and draws a frame every 16 ms (a 60 Hz screen) until the fetch ends; a server
//! that would never end is stopped with the Cancel button after [`CANCEL_AFTER`]. A frame's time
//! is egui's CPU work (the pass and tessellation, as eframe does before painting), without the
//! GPU upload. Then it draws [`FRAMES_AFTER`] frames of the result and as many in the Wire tab.
//!
//! The bench fails (exit code 1) when a fetch never ends (still running [`GIVE_UP`] after Fetch,
//! Cancel included), when it ends with a message the table does not expect or the window does
//! not show it, or when the process's resident memory grows by more than the body limit plus
//! [`MARGIN_MIB`] (Linux only: read from `/proc/self/status`; elsewhere "n/a" and not checked).
//! Frame times are reported, not checked: they depend on the machine and what else runs on it.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

#[path = "../tests/common/hostile.rs"]
mod hostile;

mod shared;

use std::io::Write;
use std::process::{Command, ExitCode, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use shared::frame;
use shared::window::{fetch, window_from};
use wirepeek::i18n::{self, I18n};
use wirepeek::{Startup, WirepeekApp};

/// The body limit set in the window's Settings for every fetch here, MiB, unless
/// `HOSTILE_BODY_LIMIT_MIB` says otherwise (e.g. 256, the window's default; the children inherit it).
const BODY_LIMIT_MIB: usize = 32;

fn body_limit_mib() -> usize {
    std::env::var("HOSTILE_BODY_LIMIT_MIB")
        .ok()
        .and_then(|mib| mib.parse().ok())
        .unwrap_or(BODY_LIMIT_MIB)
}
/// How much more than the body limit the process may grow while a fetch runs and its result is
/// shown: the window's own working memory (the exchange's row indexes, the laid-out rows, the
/// fetch thread's buffers), which does not grow with the body.
const MARGIN_MIB: usize = 64;
/// When Cancel is pressed on a server that would never stop.
const CANCEL_AFTER: Duration = Duration::from_secs(3);
/// A fetch still running this long after Fetch never ends: the bench fails.
const GIVE_UP: Duration = Duration::from_secs(30);
/// One frame every this long, as on a 60 Hz screen.
const FRAME_PERIOD: Duration = Duration::from_millis(16);
/// Frames drawn of the result once the fetch has ended, then again in the Wire tab.
const FRAMES_AFTER: usize = 20;
/// The line a child prints its result on.
const RESULT: &str = "RESULT";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(at) = args.iter().position(|a| a == "--case") {
        let index: usize = args[at + 1].parse().expect("a case number");
        return child(index);
    }
    // `cargo bench` passes `--bench`; other words pick servers by name.
    let words: Vec<&str> = args
        .iter()
        .filter(|a| !a.starts_with("--"))
        .map(String::as_str)
        .collect();
    parent(&words)
}

/// What one child measured, as it prints it (tab-separated on one line).
struct Measured {
    name: String,
    frames: usize,
    median_ms: f64,
    p99_ms: f64,
    max_ms: f64,
    after_max_ms: f64,
    total_ms: f64,
    cancelled: bool,
    ended_with: String,
    /// The outcome is one the table expects and the window shows its message.
    outcome_ok: bool,
    /// Resident memory before the fetch and the process's peak after it, KiB; none off Linux.
    rss_before_kib: Option<u64>,
    peak_kib: Option<u64>,
}

impl Measured {
    fn line(&self) -> String {
        let kib = |v: Option<u64>| v.map_or_else(|| "n/a".to_owned(), |v| v.to_string());
        [
            RESULT.to_owned(),
            self.name.clone(),
            self.frames.to_string(),
            format!("{:.3}", self.median_ms),
            format!("{:.3}", self.p99_ms),
            format!("{:.3}", self.max_ms),
            format!("{:.3}", self.after_max_ms),
            format!("{:.0}", self.total_ms),
            self.cancelled.to_string(),
            self.ended_with.clone(),
            self.outcome_ok.to_string(),
            kib(self.rss_before_kib),
            kib(self.peak_kib),
        ]
        .join("\t")
    }

    fn parse(line: &str) -> Option<Self> {
        let f: Vec<&str> = line
            .strip_prefix(RESULT)?
            .trim_start()
            .split('\t')
            .collect();
        let kib = |s: &str| s.parse().ok();
        Some(Self {
            name: f.first()?.to_string(),
            frames: f.get(1)?.parse().ok()?,
            median_ms: f.get(2)?.parse().ok()?,
            p99_ms: f.get(3)?.parse().ok()?,
            max_ms: f.get(4)?.parse().ok()?,
            after_max_ms: f.get(5)?.parse().ok()?,
            total_ms: f.get(6)?.parse().ok()?,
            cancelled: f.get(7)?.parse().ok()?,
            ended_with: f.get(8)?.to_string(),
            outcome_ok: f.get(9)?.parse().ok()?,
            rss_before_kib: kib(f.get(10)?),
            peak_kib: kib(f.get(11)?),
        })
    }

    /// Growth of resident memory during the fetch and while its result was drawn, KiB.
    fn growth_kib(&self) -> Option<u64> {
        Some(self.peak_kib?.saturating_sub(self.rss_before_kib?))
    }
}

/// Run every chosen server in a child process of its own; print the table; fail if one failed.
fn parent(words: &[&str]) -> ExitCode {
    let exe = std::env::current_exe().expect("the bench's own path");
    let cases = hostile::cases();
    let limit_mib = body_limit_mib();
    let limit_kib = (limit_mib * 1024) as u64;
    let allowed_kib = ((limit_mib + MARGIN_MIB) * 1024) as u64;
    println!(
        "hostile_frames: {} servers, body limit {limit_mib} MiB, memory allowed: limit + \
         {MARGIN_MIB} MiB = {} MiB; Cancel after {} s; a frame every {} ms",
        cases.len(),
        limit_mib + MARGIN_MIB,
        CANCEL_AFTER.as_secs(),
        FRAME_PERIOD.as_millis()
    );
    println!(
        "{:<52} {:>6} {:>8} {:>8} {:>8} {:>9} {:>8}  {:<26} {:>10}",
        "server", "frames", "median", "p99", "max", "max after", "fetch", "ended with", "memory +"
    );
    let started = Instant::now();
    let mut failures = Vec::new();
    let mut all_frames_max: f64 = 0.0;
    let mut slow = Vec::new();
    for (index, case) in cases.iter().enumerate() {
        if !words.is_empty() && !words.iter().any(|w| case.name.contains(w)) {
            continue;
        }
        let measured = match run_child(&exe, index) {
            Ok(measured) => measured,
            Err(why) => {
                println!("{:<52} {why}", case.name);
                failures.push(format!("{}: {why}", case.name));
                continue;
            }
        };
        let growth = measured.growth_kib();
        let memory = growth.map_or_else(|| "n/a".to_owned(), |kib| format!("{:.1} MiB", mib(kib)));
        let ended = if measured.cancelled {
            format!("{} (Cancel)", measured.ended_with)
        } else {
            measured.ended_with.clone()
        };
        println!(
            "{:<52} {:>6} {:>5.2} ms {:>5.2} ms {:>5.1} ms {:>6.1} ms {:>5} ms  {:<26} {:>10}",
            measured.name,
            measured.frames,
            measured.median_ms,
            measured.p99_ms,
            measured.max_ms,
            measured.after_max_ms,
            measured.total_ms,
            ended,
            memory
        );
        all_frames_max = all_frames_max.max(measured.max_ms);
        if measured.max_ms > 100.0 || measured.after_max_ms > 100.0 {
            slow.push(measured.name.clone());
        }
        if measured.ended_with == "still running" {
            failures.push(format!(
                "{}: the fetch never ended (still running {} s after Fetch, Cancel pressed)",
                measured.name,
                GIVE_UP.as_secs()
            ));
        } else if !measured.outcome_ok {
            failures.push(format!(
                "{}: ended with {} (not what the table expects, or not shown in the window)",
                measured.name, measured.ended_with
            ));
        }
        if let Some(growth) = growth
            && growth > allowed_kib
        {
            failures.push(format!(
                "{}: memory grew by {:.1} MiB, over the body limit ({} MiB) + {MARGIN_MIB} MiB",
                measured.name,
                mib(growth),
                limit_kib / 1024
            ));
        }
    }
    println!(
        "\nworst frame while a hostile fetch ran: {all_frames_max:.1} ms; frames over 100 ms in: {}",
        if slow.is_empty() {
            "none".to_owned()
        } else {
            slow.join(", ")
        }
    );
    println!("whole bench: {:.0} s", started.elapsed().as_secs_f64());
    if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!("\nFAILED:");
        for failure in &failures {
            eprintln!("  {failure}");
        }
        ExitCode::FAILURE
    }
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

/// Run the child for case `index`; its result, or what went wrong.
fn run_child(exe: &std::path::Path, index: usize) -> Result<Measured, String> {
    let mut child = Command::new(exe)
        .args(["--case", &index.to_string()])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start the child");
    let mut stdout = child.stdout.take().expect("the child's output");
    let reader = thread::spawn(move || {
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut stdout, &mut text);
        text
    });
    // The child gives up by itself after GIVE_UP; twice that is a child stuck in a frame.
    let deadline = Instant::now() + GIVE_UP * 2;
    loop {
        if child.try_wait().expect("wait for the child").is_some() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!(
                "never ended: the child was stopped after {} s",
                (GIVE_UP * 2).as_secs()
            ));
        }
        thread::sleep(Duration::from_millis(50));
    }
    let text = reader.join().expect("the child's output");
    text.lines()
        .find_map(Measured::parse)
        .ok_or_else(|| "the child printed no result (see its error above)".to_owned())
}

/// Resident memory now and the process's peak so far, KiB (Linux; none elsewhere).
fn memory_kib() -> (Option<u64>, Option<u64>) {
    let Ok(status) = std::fs::read_to_string("/proc/self/status") else {
        return (None, None);
    };
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kib| kib.parse().ok())
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// Draw a frame, then wait out the rest of the frame period.
fn paced_frame(harness: &mut Harness<'static, WirepeekApp>) -> Duration {
    let took = frame(harness);
    thread::sleep(FRAME_PERIOD.saturating_sub(took));
    took
}

/// The English window with this bench's limits in its Settings.
fn window(follow: bool) -> Harness<'static, WirepeekApp> {
    let mut harness = window_from(
        Startup {
            language: Some("en".into()),
            ..Startup::default()
        },
        None,
    );
    let settings = harness.state_mut().settings_mut();
    settings.head_seconds = 1.0;
    settings.idle_seconds = 1.0;
    settings.tls_seconds = 1.0;
    settings.connect_seconds = 2.0;
    settings.total_seconds = 0.0;
    settings.max_body_mib = body_limit_mib();
    settings.max_redirects = 3;
    harness.step();
    if follow {
        harness.get_by_label("Follow redirects").click();
        harness.step();
    }
    harness
}

fn milliseconds(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// One server, in this (child) process: fetch it in the window and print what was measured.
fn child(index: usize) -> ExitCode {
    let cases = hostile::cases();
    let case = &cases[index];
    let (address, server) = hostile::start(case);
    let url = hostile::url(case, address);
    let mut harness = window(case.follow);
    for _ in 0..5 {
        paced_frame(&mut harness);
    }
    // Count the peak from here (Linux: "5" resets VmHWM to the resident size now).
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let (rss_before_kib, _) = memory_kib();

    fetch(&mut harness, &url);
    let started = Instant::now();
    let mut times = vec![paced_frame(&mut harness)];
    let mut cancelled = false;
    while harness.state().is_fetching() {
        times.push(paced_frame(&mut harness));
        if case.endless && !cancelled && started.elapsed() > CANCEL_AFTER {
            harness.get_by_label("Cancel").click();
            cancelled = true;
        }
        if started.elapsed() > GIVE_UP {
            break;
        }
    }
    let total = started.elapsed();
    let still_running = harness.state().is_fetching();

    // The result on screen, then in the Wire tab.
    let mut after = Vec::new();
    for _ in 0..FRAMES_AFTER {
        after.push(paced_frame(&mut harness));
    }
    if let Some(wire) = harness.query_by_label("Wire") {
        wire.click();
        for _ in 0..FRAMES_AFTER {
            after.push(paced_frame(&mut harness));
        }
    }
    let (_, peak_kib) = memory_kib();

    let english = I18n::new("en").expect("the English catalog");
    let last = harness.state().shown_chain().last();
    let error = last.and_then(|e| e.error.as_ref());
    let (ended_with, outcome_ok) = if still_running {
        ("still running".to_owned(), false)
    } else {
        match error {
            Some(error) => {
                let kind = error.kind();
                let expected = case.errors.contains(&kind) || (cancelled && kind == "cancelled");
                let message = i18n::error_message(english, error);
                let shown = harness
                    .query_all_by_label_contains(&message)
                    .next()
                    .is_some();
                (kind.to_owned(), expected && shown)
            }
            None => {
                let code = last
                    .and_then(|e| e.head.as_ref())
                    .map(|h| h.code.to_string())
                    .unwrap_or_default();
                let shown =
                    !code.is_empty() && harness.query_all_by_label_contains(&code).next().is_some();
                (format!("status {code}"), case.errors.is_empty() && shown)
            }
        }
    };

    times.sort();
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    let measured = Measured {
        name: case.name.to_owned(),
        frames: times.len(),
        median_ms: milliseconds(at(0.5)),
        p99_ms: milliseconds(at(0.99)),
        max_ms: milliseconds(times[times.len() - 1]),
        after_max_ms: after.iter().copied().map(milliseconds).fold(0.0, f64::max),
        total_ms: milliseconds(total),
        cancelled,
        ended_with,
        outcome_ok,
        rss_before_kib,
        peak_kib,
    };
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", measured.line()).expect("write the result");
    drop(server);
    ExitCode::SUCCESS
}
