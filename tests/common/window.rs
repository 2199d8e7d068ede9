//! Shared helpers for the window tests: open the window with a state folder of the test's own,
//! type a URL, press Fetch, wait for what should appear.

#![allow(dead_code)]

use std::path::PathBuf;
use std::thread;
use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use wirepeek::ui::fonts;
use wirepeek::{Startup, WirepeekApp};

/// An empty folder under the system's temporary folder for one test's state file, so no test
/// ever reads or writes the learner's own.
pub fn state_folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "wirepeek-window-state-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temporary folder");
    dir
}

/// The window as a run with `startup` opens it, with eframe's own `storage` (or none).
pub fn window_from(
    startup: Startup,
    storage: Option<MemoryStorage>,
) -> Harness<'static, WirepeekApp> {
    Harness::builder()
        .with_size([1200.0, 800.0])
        .with_context_setup(fonts::install)
        .build_eframe(move |cc| {
            WirepeekApp::with_storage(
                &cc.egui_ctx,
                storage.as_ref().map(|s| s as &dyn eframe::Storage),
                startup,
            )
        })
}

/// The English window remembering its state in `dir`.
pub fn window_in(dir: &std::path::Path) -> Harness<'static, WirepeekApp> {
    window_from(
        Startup {
            language: Some("en".into()),
            remember: true,
            state_dir: Some(dir.to_owned()),
            ..Startup::default()
        },
        None,
    )
}

/// eframe's storage in memory, as an older wirepeek (or eframe itself) left it.
#[derive(Default)]
pub struct MemoryStorage(pub std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

/// Step the window until `found` says yes; fail if it still says no after the hang guard.
/// (egui needs frames stepped to move on, hence the loop; the pause only paces it.)
pub fn wait_until(
    harness: &mut Harness<'static, WirepeekApp>,
    what: &str,
    found: impl Fn(&Harness<'static, WirepeekApp>) -> bool,
) {
    let deadline = Instant::now() + super::common::HANG_GUARD;
    loop {
        harness.step();
        if found(harness) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "hung: gave up waiting for {what}"
        );
        thread::sleep(Duration::from_millis(20));
    }
}

/// Whether some widget's label holds `text`.
pub fn shows(harness: &Harness<'static, WirepeekApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

/// Type `url` into the (English) URL field and press Fetch.
pub fn fetch(harness: &mut Harness<'static, WirepeekApp>, url: &str) {
    type_into(harness, "URL", url);
    harness.get_by_label("Fetch").click();
}

/// Replace what the text field named `label` holds with `text`, as a learner would: click in,
/// select all, type.
pub fn type_into(harness: &mut Harness<'static, WirepeekApp>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .focus();
    harness.step();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    harness.step();
}

/// Click a bottom tab once the layout has settled: the frame that first shows a new result
/// may still move the tab bar, and a click at its old place would miss.
pub fn click_tab(harness: &mut Harness<'static, WirepeekApp>, label: &str) {
    wait_until_still(harness, label);
    harness.get_by_label(label).click();
    harness.step();
}

/// Step frames until the widget named `label` stands still (a layout that is still settling,
/// a list that is still scrolling), so a click lands on it.
pub fn wait_until_still(harness: &mut Harness<'static, WirepeekApp>, label: &str) {
    let mut place = harness.get_by_label(label).rect();
    loop {
        harness.step();
        let now = harness.get_by_label(label).rect();
        if now == place {
            break;
        }
        place = now;
    }
}
