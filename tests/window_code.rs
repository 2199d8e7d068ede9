//! The Code tab: pick a kind and see the request written as it; Save writes it (the raw kind
//! the exact bytes).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly on purpose"
)]

mod common;
#[path = "common/window.rs"]
mod window;

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use wirepeek::ui::file_dialogs::{Dialogs, FileChooser};
use wirepeek::{Startup, WirepeekApp};

/// A chooser that answers every save dialog with the same path, as if the learner picked it.
struct Picks(PathBuf);

impl FileChooser for Picks {
    fn save_path(&self, _title: &str, _suggested: &Path) -> Option<PathBuf> {
        Some(self.0.clone())
    }
    fn open_path(&self, _title: &str) -> Option<PathBuf> {
        None
    }
}

/// The English window with the fake chooser, having fetched `/lesson` from a loopback server;
/// and the URL fetched.
fn fetched(save_to: &Path) -> (Harness<'static, WirepeekApp>, String) {
    let address = common::serve_every(|_| {
        b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello".to_vec()
    });
    let url = format!("http://{address}/lesson?q=1");
    let mut harness = window::window_from(
        Startup {
            language: Some("en".into()),
            dialogs: Dialogs::with(Picks(save_to.to_owned())),
            ..Startup::default()
        },
        None,
    );
    window::fetch(&mut harness, &url);
    window::wait_until(&mut harness, "the response", |h| window::shows(h, "200 OK"));
    (harness, url)
}

/// Step until `text` shows (a fixed number of frames, not of seconds).
fn settle_until(harness: &mut Harness<'static, WirepeekApp>, text: &str) {
    for _ in 0..30 {
        if window::shows(harness, text) {
            return;
        }
        harness.step();
    }
    panic!("{text:?} never showed");
}

#[test]
fn picking_curl_shows_the_command_for_the_url_and_save_writes_it() {
    let dir = window::state_folder("code-tab");
    let saved = dir.join("request.sh");
    let (mut harness, url) = fetched(&saved);
    window::click_tab(&mut harness, "Code");
    settle_until(&mut harness, "The textbook's program");
    // The socket program is the first kind.
    settle_until(
        &mut harness,
        &format!("# GET {url}: the request wirepeek sent, byte for byte,"),
    );
    harness.get_by_label("curl").click();
    settle_until(&mut harness, &format!("GET {url} as a curl command."));
    harness.get_by_label("Save…").click();
    window::wait_until(&mut harness, "the saved file", |h| {
        window::shows(h, "Saved ") && saved.exists()
    });
    let written = std::fs::read_to_string(&saved).unwrap();
    assert!(written.contains("curl -i \\\n  --http1.1"), "{written}");
    assert!(written.contains(&format!("'{url}'")), "{written}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_raw_kind_shows_line_ends_and_saves_the_exact_bytes() {
    let dir = window::state_folder("code-raw");
    let saved = dir.join("request.http");
    let (mut harness, _) = fetched(&saved);
    window::click_tab(&mut harness, "Code");
    harness.get_by_label("Raw text").click();
    settle_until(&mut harness, "GET /lesson?q=1 HTTP/1.1\\r\\n");
    harness.get_by_label("Save…").click();
    window::wait_until(&mut harness, "the saved file", |_| saved.exists());
    let written = std::fs::read(&saved).unwrap();
    assert!(
        written.starts_with(b"GET /lesson?q=1 HTTP/1.1\r\nHost: "),
        "{written:?}"
    );
    assert!(written.ends_with(b"\r\n\r\n"), "{written:?}");
    let _ = std::fs::remove_dir_all(dir);
}
