//! Keeps the state file in step with the window: reads it at start (taking over a state that an
//! older wirepeek stored through eframe), writes it when the state changes (at most once a
//! second, and at once when eframe asks the app to save), and tells the window when something
//! went wrong, so a learner's history is never lost silently.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::Saved;
use super::state_file::{self, Loaded, SetAsideReason};

/// Writes closer together than this are put off: dragging a setting changes the state every
/// frame, and each write goes all the way to the disk.
const WRITE_PAUSE: Duration = Duration::from_secs(1);

/// Something about the state file the learner should know.
#[derive(Clone, Debug, PartialEq)]
pub enum StateNotice {
    /// The state file could not be used; it was renamed to `moved_to` and the app started fresh.
    SetAside {
        /// Why it could not be used.
        reason: SetAsideReason,
        /// Where the old file is now.
        moved_to: PathBuf,
    },
    /// The state file could not be read; the app started fresh and will not write over it.
    Unreadable {
        /// The system's words for what went wrong.
        detail: String,
    },
    /// Saving failed (a full disk, no permission); the state lives on in the window.
    SaveFailed {
        /// The system's words for what went wrong.
        detail: String,
    },
}

/// The link between the window's state and its file.
pub struct StateKeeper {
    /// The state folder; `None` when nothing is written (screenshots, tests, an unreadable file).
    dir: Option<PathBuf>,
    /// What the file holds now.
    written: Saved,
    last_write: Option<Instant>,
    /// Whether the last write reached the disk.
    last_write_ok: bool,
    /// Whether the old state stored through eframe is still there to be removed.
    old_copy_in_eframe: bool,
}

impl StateKeeper {
    /// Read the state to start with. `remember: false` reads and writes nothing. `dir` is the
    /// state folder (`None`: keep the state in memory only). `eframe_storage` may hold a state
    /// an older wirepeek saved there: it is taken once, when our own file does not exist yet.
    pub fn open(
        remember: bool,
        dir: Option<PathBuf>,
        eframe_storage: Option<&dyn eframe::Storage>,
    ) -> (Self, Saved, Option<StateNotice>) {
        let nothing = Self {
            dir: None,
            written: Saved::default(),
            last_write: None,
            last_write_ok: false,
            old_copy_in_eframe: false,
        };
        if !remember {
            return (nothing, Saved::default(), None);
        }
        let old_state = || eframe_storage.and_then(|s| eframe::get_value(s, eframe::APP_KEY));
        let Some(dir) = dir else {
            return (nothing, old_state().unwrap_or_default(), None);
        };
        match state_file::load(&dir) {
            Loaded::Found(saved) => {
                let keeper = Self {
                    dir: Some(dir),
                    written: saved.clone(),
                    ..nothing
                };
                (keeper, saved, None)
            }
            Loaded::Missing => {
                let old: Option<Saved> = old_state();
                let keeper = Self {
                    dir: Some(dir),
                    // Differs from a migrated state, so the first frame writes our file.
                    old_copy_in_eframe: old.is_some(),
                    ..nothing
                };
                (keeper, old.unwrap_or_default(), None)
            }
            Loaded::SetAside { reason, moved_to } => {
                let keeper = Self {
                    dir: Some(dir),
                    ..nothing
                };
                let notice = StateNotice::SetAside { reason, moved_to };
                (keeper, Saved::default(), Some(notice))
            }
            Loaded::Unreadable(detail) => (
                nothing,
                Saved::default(),
                Some(StateNotice::Unreadable { detail }),
            ),
        }
    }

    /// Write `saved` if it changed, unless the last write was less than a second ago (then the
    /// window is asked to come back when it is time). Returns a notice if writing failed.
    pub fn keep(&mut self, ctx: &egui::Context, saved: &Saved) -> Option<StateNotice> {
        if self.dir.is_none() || *saved == self.written {
            return None;
        }
        if let Some(last) = self.last_write {
            let since = last.elapsed();
            if since < WRITE_PAUSE {
                ctx.request_repaint_after(WRITE_PAUSE.saturating_sub(since));
                return None;
            }
        }
        self.write(saved)
    }

    /// Write `saved` now if it changed (eframe's save: every 30 seconds and when the window
    /// closes), and drop the old copy eframe kept once ours is safely on the disk.
    pub fn save_now(
        &mut self,
        saved: &Saved,
        eframe_storage: &mut dyn eframe::Storage,
    ) -> Option<StateNotice> {
        // Nothing to write, and eframe's old copy stays where nothing took it over.
        self.dir.as_ref()?;
        let notice = if *saved == self.written {
            None
        } else {
            self.write(saved)
        };
        if self.old_copy_in_eframe && self.last_write_ok {
            eframe_storage.remove_string(eframe::APP_KEY);
            self.old_copy_in_eframe = false;
        }
        notice
    }

    fn write(&mut self, saved: &Saved) -> Option<StateNotice> {
        let dir = self.dir.as_ref()?;
        let result = state_file::save(dir, saved);
        self.last_write = Some(Instant::now());
        self.last_write_ok = result.is_ok();
        // Also after a failure: the next change tries again, rather than every second.
        self.written = saved.clone();
        result.err().map(|error| StateNotice::SaveFailed {
            detail: error.to_string(),
        })
    }
}
