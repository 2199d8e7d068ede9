//! The system's open and save dialogs, behind a seam the tests replace.
//!
//! The window asks a [`FileChooser`] for a path on a thread of its own (a system dialog blocks
//! until the learner answers, and the window must keep drawing meanwhile). Which chooser, if any,
//! is decided once at start ([`Dialogs`]): the system's dialogs through `rfd` where a dialog
//! service is likely to run, none where it cannot (then the window offers a typed path, as it
//! does when a dialog gives no answer), and a fake in tests.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::i18n::I18n;

/// Something that asks the learner for a file path. Its calls block until there is an answer.
pub trait FileChooser: Send + Sync {
    /// Where to save, starting from `suggested`; `None` when cancelled or no dialog could open.
    fn save_path(&self, title: &str, suggested: &Path) -> Option<PathBuf>;
    /// Which file to open; `None` when cancelled or no dialog could open.
    fn open_path(&self, title: &str) -> Option<PathBuf>;
}

/// The dialogs of the operating system (Windows, macOS, or the XDG desktop portal on Linux).
struct SystemDialogs;

impl FileChooser for SystemDialogs {
    fn save_path(&self, title: &str, suggested: &Path) -> Option<PathBuf> {
        let mut dialog = rfd::AsyncFileDialog::new().set_title(title);
        if let Some(folder) = suggested.parent().filter(|f| f.is_dir()) {
            dialog = dialog.set_directory(folder);
        }
        if let Some(name) = suggested.file_name() {
            dialog = dialog.set_file_name(name.to_string_lossy());
        }
        pollster::block_on(dialog.save_file()).map(|file| file.path().to_path_buf())
    }

    fn open_path(&self, title: &str) -> Option<PathBuf> {
        let dialog = rfd::AsyncFileDialog::new()
            .set_title(title)
            .add_filter("PEM", &["pem", "crt", "cer"])
            .add_filter("*", &["*"]);
        pollster::block_on(dialog.pick_file()).map(|file| file.path().to_path_buf())
    }
}

/// The file chooser of this run, or none (typed paths only).
#[derive(Clone, Default)]
pub struct Dialogs(Option<Arc<dyn FileChooser>>);

impl std::fmt::Debug for Dialogs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "Dialogs(chooser)"
        } else {
            "Dialogs(typed paths)"
        })
    }
}

impl Dialogs {
    /// The system's dialogs where a dialog service is likely to run, otherwise typed paths.
    pub fn system() -> Self {
        if dialog_service_likely() {
            Self::with(SystemDialogs)
        } else {
            Self::default()
        }
    }

    /// Use `chooser` (tests give a fake that answers with a path at once).
    pub fn with(chooser: impl FileChooser + 'static) -> Self {
        Self(Some(Arc::new(chooser)))
    }

    /// Whether a chooser is there to ask (otherwise the learner types paths).
    pub fn can_choose(&self) -> bool {
        self.0.is_some()
    }

    /// Make these the dialogs of the window `ctx` draws (panels find them with [`Dialogs::of`],
    /// so they need not be handed down through every panel).
    pub fn install(&self, ctx: &egui::Context) {
        ctx.data_mut(|d| d.insert_temp(Self::id(), self.clone()));
    }

    /// The dialogs installed in `ctx` (none if nothing was installed).
    pub fn of(ctx: &egui::Context) -> Self {
        ctx.data(|d| d.get_temp::<Self>(Self::id()))
            .unwrap_or_default()
    }

    fn id() -> egui::Id {
        egui::Id::unique("file-dialogs")
    }

    /// Open a save dialog on its own thread; `None` when there is no chooser.
    pub fn save(&self, ctx: &egui::Context, title: &str, suggested: &Path) -> Option<Choosing> {
        let chooser = Arc::clone(self.0.as_ref()?);
        let (title, suggested) = (title.to_owned(), suggested.to_owned());
        Some(Choosing::spawn(ctx, move || {
            chooser.save_path(&title, &suggested)
        }))
    }

    /// Open an open-file dialog on its own thread; `None` when there is no chooser.
    pub fn open(&self, ctx: &egui::Context, title: &str) -> Option<Choosing> {
        let chooser = Arc::clone(self.0.as_ref()?);
        let title = title.to_owned();
        Some(Choosing::spawn(ctx, move || chooser.open_path(&title)))
    }
}

/// Where a save dialog starts: `~/Downloads` where there is one, else the home folder, else the
/// folder wirepeek runs in (an empty path).
pub fn downloads_folder() -> PathBuf {
    let home = std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map(PathBuf::from);
    home.map(|h| {
        let downloads = h.join("Downloads");
        if downloads.is_dir() { downloads } else { h }
    })
    .unwrap_or_default()
}

/// Write `bytes` to `path`; the sentence saying so, or why not, for the learner.
pub fn write_file(i18n: I18n, path: &Path, bytes: &[u8]) -> String {
    let shown = path.display().to_string();
    match std::fs::write(path, bytes) {
        Ok(()) => i18n.f("save-done", &[("path", &shown)]),
        Err(e) => i18n.f(
            "save-failed",
            &[("path", &shown), ("detail", &e.to_string())],
        ),
    }
}

/// A dialog open on its own thread, and its answer once given.
#[derive(Clone, Debug)]
pub struct Choosing(Arc<OnceLock<Option<PathBuf>>>);

impl Choosing {
    fn spawn(ctx: &egui::Context, ask: impl FnOnce() -> Option<PathBuf> + Send + 'static) -> Self {
        let answer = Arc::new(OnceLock::new());
        let (slot, ctx) = (Arc::clone(&answer), ctx.clone());
        let spawned = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                // A dialog library that panics gives no answer, like a cancelled dialog.
                let path = std::panic::catch_unwind(std::panic::AssertUnwindSafe(ask))
                    .ok()
                    .flatten();
                let _ = slot.set(path);
                ctx.request_repaint();
            });
        if spawned.is_err() {
            let _ = answer.set(None);
        }
        Self(answer)
    }

    /// `None` while the dialog is open; then the path chosen, or `Some(None)` for no answer.
    pub fn answer(&self) -> Option<Option<PathBuf>> {
        self.0.get().cloned()
    }
}

/// Whether the system can show a file dialog: always on Windows and macOS; on Linux and the
/// BSDs only with a D-Bus session (the desktop portal is reached through it; a bare X server
/// such as Xvfb has none).
fn dialog_service_likely() -> bool {
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return true;
    }
    let has = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    has("DBUS_SESSION_BUS_ADDRESS")
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| Path::new(&dir).join("bus").exists())
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Answers(Option<PathBuf>);

    impl FileChooser for Answers {
        fn save_path(&self, _: &str, suggested: &Path) -> Option<PathBuf> {
            self.0.clone().or_else(|| Some(suggested.to_owned()))
        }
        fn open_path(&self, _: &str) -> Option<PathBuf> {
            self.0.clone()
        }
    }

    /// The answer, once the thread gave it (a hang fails after a minute instead of hanging CI).
    fn wait(choosing: &Choosing) -> Option<PathBuf> {
        let started = std::time::Instant::now();
        loop {
            if let Some(answer) = choosing.answer() {
                return answer;
            }
            assert!(started.elapsed().as_secs() < 60, "hung: no answer");
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
    }

    #[test]
    fn a_chooser_answers_on_its_own_thread_and_none_means_typed_paths() {
        let ctx = egui::Context::default();
        assert!(Dialogs::of(&ctx).save(&ctx, "t", Path::new("/a")).is_none());
        Dialogs::with(Answers(None)).install(&ctx);
        let dialogs = Dialogs::of(&ctx);
        assert!(dialogs.can_choose());
        let saving = dialogs.save(&ctx, "t", Path::new("/tmp/x.txt"));
        assert_eq!(
            wait(&saving.expect("chooser")),
            Some(PathBuf::from("/tmp/x.txt"))
        );
        let opening = dialogs.open(&ctx, "t").expect("chooser");
        assert_eq!(wait(&opening), None);
    }
}
