//! Our own state file: the learner's history, settings, language and last request, as versioned
//! JSON in the platform's data folder.
//!
//! Saving writes a temporary file next to the real one, flushes it to the disk and renames it
//! over the old one, so a crash or a kill in the middle of a save leaves either the old state or
//! the new one, never half of each. A file we cannot understand (broken, or written by a newer
//! wirepeek) is renamed aside, never deleted, and the window says so; the app starts anyway.

use std::fs::{self, File};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use super::Saved;

/// The format written today. Raise it when a field changes meaning; older files are read as
/// they are (every field has a default), newer ones are set aside.
pub const VERSION: u64 = 1;

/// The state file's name inside the state folder.
pub const FILE_NAME: &str = "state.json";

/// The environment variable that moves the state folder (tests, portable installs).
pub const DIR_VARIABLE: &str = "WIREPEEK_STATE_DIR";

/// The folder wirepeek keeps its state in: `WIREPEEK_STATE_DIR` when set, otherwise the
/// platform's data folder for the app (the one eframe uses for the window geometry).
pub fn default_dir() -> Option<PathBuf> {
    std::env::var_os(DIR_VARIABLE)
        .filter(|dir| !dir.is_empty())
        .map(PathBuf::from)
        .or_else(|| eframe::storage_dir("wirepeek"))
}

/// The file as written: a version number next to the state itself.
#[derive(serde::Serialize)]
struct Written<'a> {
    version: u64,
    #[serde(flatten)]
    saved: &'a Saved,
}

/// Why a state file was set aside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetAsideReason {
    /// It is not the JSON we write (cut short, edited by hand, another program's file).
    Broken(String),
    /// A newer wirepeek wrote it, in a format this one does not know.
    Newer(u64),
}

/// What reading the state folder found.
#[derive(Clone, Debug, PartialEq)]
#[expect(
    clippy::large_enum_variant,
    reason = "made once when the window opens and taken apart at once; a box would buy nothing"
)]
pub enum Loaded {
    /// No state file yet (a first start).
    Missing,
    /// The remembered state.
    Found(Saved),
    /// The file could not be used and was renamed to `moved_to`; the app starts fresh.
    SetAside {
        /// Why it could not be used.
        reason: SetAsideReason,
        /// Where the old file is now.
        moved_to: PathBuf,
    },
    /// The file exists but could not be read or moved (permissions, a disk error): the app starts
    /// fresh and leaves the file alone, never writing over it.
    Unreadable(String),
}

/// The state file in `dir`.
pub fn path_in(dir: &Path) -> PathBuf {
    dir.join(FILE_NAME)
}

/// A temporary file older than this was left by a save that never finished (a crash, a kill);
/// a younger one may belong to another wirepeek window saving right now.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// Read the state file in `dir`, setting it aside if it cannot be used.
pub fn load(dir: &Path) -> Loaded {
    remove_stale_temporaries(dir);
    let path = path_in(dir);
    let bytes = match fs::read(&path) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Loaded::Missing,
        Err(error) => return Loaded::Unreadable(error.to_string()),
    };
    let reason = match parse(&bytes) {
        Ok(saved) => return Loaded::Found(saved),
        Err(reason) => reason,
    };
    match set_aside(&path) {
        Ok(moved_to) => Loaded::SetAside { reason, moved_to },
        Err(error) => Loaded::Unreadable(error.to_string()),
    }
}

/// Remove the temporary files of saves that never finished. They are never the only copy of
/// anything: the state file itself was left as it was before that save.
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let prefix = format!("{FILE_NAME}.writing-");
    for entry in entries.flatten() {
        let is_temporary = entry.file_name().to_string_lossy().starts_with(&prefix);
        let is_stale = entry
            .metadata()
            .and_then(|meta| meta.modified())
            .ok()
            .and_then(|modified| modified.elapsed().ok())
            .is_some_and(|age| age > STALE_AFTER);
        if is_temporary && is_stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The state in `bytes`, or why it cannot be used.
fn parse(bytes: &[u8]) -> Result<Saved, SetAsideReason> {
    let broken = |error: serde_json::Error| SetAsideReason::Broken(error.to_string());
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(broken)?;
    let version = value
        .get("version")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| SetAsideReason::Broken("no \"version\" number".to_owned()))?;
    if version > VERSION {
        return Err(SetAsideReason::Newer(version));
    }
    serde_json::from_value(value).map_err(broken)
}

/// Rename `path` to a free name next to it (`state.json.set-aside-1`, `-2`, ...), keeping it.
fn set_aside(path: &Path) -> io::Result<PathBuf> {
    for number in 1..10_000 {
        let mut name = path.as_os_str().to_owned();
        name.push(format!(".set-aside-{number}"));
        let moved_to = PathBuf::from(name);
        if !moved_to.exists() {
            fs::rename(path, &moved_to)?;
            return Ok(moved_to);
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "too many set-aside state files",
    ))
}

/// How many bytes [`save_watched`] writes between two calls of its watcher.
pub const PIECE: usize = 64 * 1024;

/// Write `saved` into the state file in `dir` atomically (creating the folder if needed).
pub fn save(dir: &Path, saved: &Saved) -> io::Result<()> {
    save_watched(dir, saved, &mut |_, _| {})
}

/// [`save`], calling `after_piece(written, total)` after each [`PIECE`] bytes reach the
/// temporary file (the last call has `written == total`, before the rename). Tests use it to stop
/// the process in the middle of a save and check that the old state is still there.
pub fn save_watched(
    dir: &Path,
    saved: &Saved,
    after_piece: &mut dyn FnMut(usize, usize),
) -> io::Result<()> {
    // Compact: a request body is an array of numbers, one per line when pretty-printed.
    let json = serde_json::to_vec(&Written {
        version: VERSION,
        saved,
    })
    .map_err(io::Error::other)?;
    fs::create_dir_all(dir)?;
    write_atomically(&path_in(dir), &json, after_piece)
}

/// Replace `path` with `bytes` so that a reader (or a crash) sees the old file or the new one,
/// never a mix: write a temporary file in the same folder (a rename across disks is a copy),
/// flush it to the disk, then rename it over the old one.
fn write_atomically(
    path: &Path,
    bytes: &[u8],
    after_piece: &mut dyn FnMut(usize, usize),
) -> io::Result<()> {
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(format!(".writing-{}", std::process::id()));
    let temporary = PathBuf::from(temporary);
    let written = (|| {
        let mut file = File::create(&temporary)?;
        let mut done = 0;
        for piece in bytes.chunks(PIECE) {
            file.write_all(piece)?;
            done += piece.len();
            after_piece(done, bytes.len());
        }
        // Without this the rename may reach the disk before the data does, and a power cut
        // would leave an empty file under the real name.
        file.sync_all()?;
        fs::rename(&temporary, path)
    })();
    if written.is_err() {
        // A half-written temporary file is never read; do not leave it lying around.
        let _ = fs::remove_file(&temporary);
        return written;
    }
    // The rename itself lives in the folder: flush the folder too where the system allows it.
    #[cfg(unix)]
    if let Some(folder) = path.parent()
        && let Ok(folder) = File::open(folder)
    {
        let _ = folder.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::tabs::history::HistoryEntry;

    /// A fresh folder under the system's temporary folder, for one test.
    fn folder(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("wirepeek-state-unit-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("temporary folder");
        dir
    }

    fn some_state() -> Saved {
        let mut saved = Saved {
            language: Some("ko".into()),
            ..Saved::default()
        };
        saved.draft.url = "http://127.0.0.1:8080/romeo.txt".into();
        saved.history.push(HistoryEntry {
            url: "http://127.0.0.1:8080/".into(),
            method: "GET".into(),
            status: Some(200),
            ..HistoryEntry::default()
        });
        saved.settings.head_seconds = 3.5;
        saved
    }

    #[test]
    fn temporary_files_of_unfinished_saves_are_cleared_once_they_are_old() {
        let dir = folder("stale");
        let old = dir.join(format!("{FILE_NAME}.writing-1"));
        let young = dir.join(format!("{FILE_NAME}.writing-2"));
        fs::write(&old, "half a sa").expect("write");
        fs::write(&young, "half a sa").expect("write");
        let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        File::options()
            .write(true)
            .open(&old)
            .and_then(|file| file.set_modified(an_hour_ago))
            .expect("age the file");
        assert_eq!(load(&dir), Loaded::Missing);
        assert!(!old.exists());
        assert!(young.exists(), "another window may be saving");
    }

    #[test]
    fn a_missing_file_is_a_first_start() {
        let dir = folder("missing");
        assert_eq!(load(&dir), Loaded::Missing);
    }

    #[test]
    fn what_is_saved_is_read_back_with_its_version() {
        let dir = folder("round-trip");
        save(&dir, &some_state()).expect("save");
        assert_eq!(load(&dir), Loaded::Found(some_state()));
        let text = fs::read_to_string(path_in(&dir)).expect("read");
        assert!(text.contains("\"version\":1"), "{text}");
        // Nothing but the state file is left behind.
        let names: Vec<_> = fs::read_dir(&dir)
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, [FILE_NAME]);
    }

    #[test]
    fn a_broken_file_is_set_aside_and_kept() {
        for (name, text) in [
            ("cut", "{\"version\": 1, \"history\": [{\"url\": \"htt"),
            ("garbage", "((( this is not a state file"),
            ("empty", ""),
            ("no-version", "{\"history\": []}"),
            ("wrong-type", "{\"version\": 1, \"history\": 5}"),
        ] {
            let dir = folder(&format!("broken-{name}"));
            fs::write(path_in(&dir), text).expect("write");
            let Loaded::SetAside { reason, moved_to } = load(&dir) else {
                panic!("{name}: not set aside");
            };
            assert!(matches!(reason, SetAsideReason::Broken(_)), "{name}");
            assert_eq!(fs::read_to_string(&moved_to).expect("kept"), text, "{name}");
            assert!(!path_in(&dir).exists(), "{name}");
            // The next start is a clean first start, and saving works again.
            assert_eq!(load(&dir), Loaded::Missing);
            save(&dir, &some_state()).expect("save");
            assert_eq!(load(&dir), Loaded::Found(some_state()));
        }
    }

    #[test]
    fn a_file_from_a_newer_wirepeek_is_set_aside_not_misread() {
        let dir = folder("newer");
        let text = "{\"version\": 7, \"history\": \"a new shape\"}";
        fs::write(path_in(&dir), text).expect("write");
        let Loaded::SetAside { reason, moved_to } = load(&dir) else {
            panic!("not set aside");
        };
        assert_eq!(reason, SetAsideReason::Newer(7));
        assert_eq!(fs::read_to_string(moved_to).expect("kept"), text);
    }

    #[test]
    fn setting_aside_twice_keeps_both_old_files() {
        let dir = folder("twice");
        fs::write(path_in(&dir), "first").expect("write");
        let Loaded::SetAside { moved_to: one, .. } = load(&dir) else {
            panic!("not set aside");
        };
        fs::write(path_in(&dir), "second").expect("write");
        let Loaded::SetAside { moved_to: two, .. } = load(&dir) else {
            panic!("not set aside");
        };
        assert_ne!(one, two);
        assert_eq!(fs::read_to_string(one).expect("kept"), "first");
        assert_eq!(fs::read_to_string(two).expect("kept"), "second");
    }

    #[test]
    fn an_older_file_with_fewer_fields_is_read_with_defaults() {
        let dir = folder("older");
        fs::write(path_in(&dir), "{\"version\": 1, \"language\": \"en\"}").expect("write");
        let Loaded::Found(saved) = load(&dir) else {
            panic!("not read");
        };
        assert_eq!(saved.language.as_deref(), Some("en"));
        assert!(saved.history.is_empty());
    }
}
