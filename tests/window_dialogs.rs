//! The window's file dialogs through a fake chooser, the typed path where there is none, and the
//! certificate authority file of Settings.

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

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use window::{shows, type_into, wait_until, window_from};
use wirepeek::ui::file_dialogs::{Dialogs, FileChooser};
use wirepeek::{Startup, WirepeekApp};

/// A chooser that answers every dialog with the same path, as if the learner picked it.
struct Picks(PathBuf);

impl FileChooser for Picks {
    fn save_path(&self, _title: &str, _suggested: &Path) -> Option<PathBuf> {
        Some(self.0.clone())
    }
    fn open_path(&self, _title: &str) -> Option<PathBuf> {
        Some(self.0.clone())
    }
}

fn window(dialogs: Dialogs) -> Harness<'static, WirepeekApp> {
    window_from(
        Startup {
            language: Some("en".into()),
            dialogs,
            ..Startup::default()
        },
        None,
    )
}

/// A window showing a short text body (no network involved).
fn window_with_body(dialogs: Dialogs) -> Harness<'static, WirepeekApp> {
    let recorded =
        b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n\r\nhello, body\n"
            .to_vec();
    let exchange =
        wirepeek::wire::read_recorded(recorded, false, &wirepeek::wire::Limits::default());
    let mut harness = window(dialogs);
    let ctx = harness.ctx.clone();
    harness.state_mut().show_exchange(&ctx, vec![exchange]);
    harness.step();
    harness
}

/// A fresh folder for one test's files.
fn folder(name: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("wirepeek-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("temp folder");
    folder
}

#[test]
fn the_chosen_file_gets_the_body() {
    let folder = folder("dialog-save");
    let path = folder.join("saved.txt");
    let mut harness = window_with_body(Dialogs::with(Picks(path.clone())));
    harness.get_by_label("Save body as…").click();
    wait_until(&mut harness, "the saved note", |h| shows(h, "Saved "));
    assert_eq!(std::fs::read(&path).expect("written"), b"hello, body\n");
    // No typed-path field was needed.
    assert!(
        harness
            .query_by_role_and_label(Role::TextInput, "File")
            .is_none()
    );
    let _ = std::fs::remove_dir_all(&folder);
}

#[test]
fn a_chosen_file_that_exists_is_replaced_only_after_asking() {
    let folder = folder("dialog-replace");
    let path = folder.join("there.txt");
    std::fs::write(&path, b"keep me").expect("write");
    let mut harness = window_with_body(Dialogs::with(Picks(path.clone())));
    harness.get_by_label("Save body as…").click();
    wait_until(&mut harness, "the question", |h| shows(h, "already exists"));
    assert_eq!(std::fs::read(&path).expect("still there"), b"keep me");
    // Cancel keeps the file and goes back to the path.
    harness.get_by_label("Cancel").click();
    wait_until(&mut harness, "the typed path", |h| {
        h.query_by_role_and_label(Role::TextInput, "File").is_some()
    });
    assert_eq!(std::fs::read(&path).expect("still there"), b"keep me");
    // Saving to the same path asks again; Replace writes.
    harness.get_by_label("Save").click();
    wait_until(&mut harness, "the question again", |h| {
        shows(h, "already exists")
    });
    harness.get_by_label("Replace").click();
    wait_until(&mut harness, "the saved note", |h| shows(h, "Saved "));
    assert_eq!(std::fs::read(&path).expect("replaced"), b"hello, body\n");
    let _ = std::fs::remove_dir_all(&folder);
}

#[test]
fn without_dialogs_a_typed_path_that_exists_asks_too() {
    let folder = folder("typed-replace");
    let path = folder.join("there.txt");
    std::fs::write(&path, b"keep me").expect("write");
    let mut harness = window_with_body(Dialogs::default());
    harness.get_by_label("Save body as…").click();
    wait_until(&mut harness, "the typed path", |h| {
        h.query_by_role_and_label(Role::TextInput, "File").is_some()
    });
    type_into(&mut harness, "File", &path.display().to_string());
    // Enter in the field saves, as the Save button does.
    harness.key_press(egui::Key::Enter);
    wait_until(&mut harness, "the question", |h| shows(h, "already exists"));
    assert_eq!(std::fs::read(&path).expect("still there"), b"keep me");
    harness.get_by_label("Replace").click();
    wait_until(&mut harness, "the saved note", |h| shows(h, "Saved "));
    assert_eq!(std::fs::read(&path).expect("replaced"), b"hello, body\n");
    let _ = std::fs::remove_dir_all(&folder);
}

const CA_FIELD: &str = "Extra certificate authority (PEM file)";

#[test]
fn the_ca_file_can_be_chosen_in_a_dialog() {
    let folder = folder("dialog-ca");
    let pem = folder.join("ca.pem");
    std::fs::write(
        &pem,
        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
    )
    .expect("write");
    let mut harness = window(Dialogs::with(Picks(pem.clone())));
    harness.get_by_label("Settings").click();
    harness.step();
    // The row sits below the tab's fold: reach the button from the field, with the keyboard.
    harness
        .get_by_role_and_label(Role::TextInput, CA_FIELD)
        .focus();
    harness.step();
    harness.key_press(egui::Key::Tab);
    harness.step();
    assert!(harness.get_by_label("Choose…").is_focused());
    harness.key_press(egui::Key::Enter);
    wait_until(&mut harness, "the certificate count", |h| {
        shows(h, "1 certificate")
    });
    assert_eq!(
        harness.state().saved().settings.ca_file,
        pem.display().to_string()
    );
    let _ = std::fs::remove_dir_all(&folder);
}

#[test]
fn without_dialogs_settings_offer_only_the_typed_path() {
    let mut harness = window(Dialogs::default());
    harness.get_by_label("Settings").click();
    harness.step();
    assert!(
        harness
            .query_by_role_and_label(Role::TextInput, CA_FIELD)
            .is_some()
    );
    assert!(harness.query_by_label("Choose…").is_none());
}

#[test]
fn a_ca_file_without_certificates_is_flagged_in_settings() {
    let folder = folder("empty-ca");
    let pem = folder.join("empty.pem");
    std::fs::write(&pem, "not a certificate\n").expect("write");
    let mut harness = window(Dialogs::default());
    harness.get_by_label("Settings").click();
    harness.step();
    type_into(&mut harness, CA_FIELD, &pem.display().to_string());
    wait_until(&mut harness, "the flag", |h| {
        shows(h, "This file holds no certificate")
    });
    let _ = std::fs::remove_dir_all(&folder);
}

#[test]
fn a_ca_file_that_cannot_be_read_stops_the_fetch_and_the_hint_points_to_settings() {
    let address = common::serve_every(|_| b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".to_vec());
    let folder = folder("missing-ca");
    let mut harness = window(Dialogs::default());
    harness.get_by_label("Settings").click();
    harness.step();
    type_into(
        &mut harness,
        CA_FIELD,
        &folder.join("missing.pem").display().to_string(),
    );
    type_into(&mut harness, "URL", &format!("http://{address}/"));
    harness.get_by_label("Fetch").click();
    wait_until(&mut harness, "the error", |h| {
        shows(h, "certificate file cannot be used")
    });
    assert!(shows(&harness, "missing.pem"));
    assert!(shows(&harness, &format!("\"{CA_FIELD}\"")));
    assert!(!shows(&harness, "--cacert"));
    assert!(!shows(&harness, "200 OK"));
    let _ = std::fs::remove_dir_all(&folder);
}
