//! The learner's history and settings survive: our own state file is written atomically (a kill
//! in the middle of a save leaves the old state or the new one), a file we cannot use is set
//! aside with a notice and the window starts anyway, an older wirepeek's state is taken over
//! once, `--size` wins over a remembered size, and a run that must remember nothing writes nothing.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly on purpose"
)]

mod common;
#[path = "common/window.rs"]
mod window;

use std::io::{BufRead as _, BufReader, Write as _};
use std::process::{Command, Stdio};

use egui_kittest::kittest::Queryable;
use wirepeek::app::state_file::{self, Loaded};
use wirepeek::ui::tabs::history::HistoryEntry;
use wirepeek::wire::Request;
use wirepeek::{Saved, Startup};

use window::{MemoryStorage, fetch, shows, state_folder, wait_until, window_from, window_in};

const ROMEO: &[u8] = b"HTTP/1.1 200 OK\r\n\
Content-Type: text/plain\r\n\
Content-Length: 12\r\n\
\r\n\
Arise fair.\n";

/// A state big enough that writing it takes a while: 100 entries, each with a 4 KB request body.
fn big_state(mark: &str) -> Saved {
    let mut saved = Saved::default();
    saved.draft.url = format!("http://127.0.0.1/{mark}");
    for number in 0..100 {
        let mut request = Request::get(format!("http://127.0.0.1/{mark}/{number}"));
        request.method = "POST".into();
        request.body = Some(vec![b'x'; 4_000]);
        saved.history.push(HistoryEntry {
            url: request.url.clone(),
            method: request.method.clone(),
            status: Some(200),
            request: Some(request),
            ..HistoryEntry::default()
        });
    }
    saved
}

/// Set for the child process: the folder it saves into.
const CHILD_DIR: &str = "WIREPEEK_TEST_SAVE_CHILD_DIR";
/// Set for the child process: after which piece of the second save it stops and waits to be
/// killed (`0`: after the whole second save).
const CHILD_STOP_AT: &str = "WIREPEEK_TEST_SAVE_CHILD_STOP_AT";

/// Stop here until the parent kills this process (it prints `line` first so the parent knows).
fn say_and_wait_to_be_killed(line: &str) -> ! {
    let mut stdout = std::io::stdout();
    writeln!(stdout, "{line}").expect("stdout");
    stdout.flush().expect("stdout");
    loop {
        std::thread::park();
    }
}

/// Not a test on its own: the child process that `a_kill_during_a_save_leaves_the_old_or_the_new_state`
/// starts (this same test program, with `CHILD_DIR` set; without it this does nothing). It saves
/// the old state, then starts saving the new one and stops at the piece it was told, to be killed
/// there: in the middle of a save.
#[test]
fn child_saves_and_stops_where_told() {
    let Some(dir) = std::env::var_os(CHILD_DIR) else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    let stop_at: usize = std::env::var(CHILD_STOP_AT)
        .expect("where to stop")
        .parse()
        .expect("a number");
    state_file::save(&dir, &big_state("old")).expect("the old state");
    let mut piece = 0;
    state_file::save_watched(&dir, &big_state("new"), &mut |written, total| {
        piece += 1;
        if piece == stop_at {
            say_and_wait_to_be_killed(&format!("stopped at {written} of {total}"));
        }
    })
    .expect("the new state");
    say_and_wait_to_be_killed("saved");
}

#[test]
fn a_kill_during_a_save_leaves_the_old_or_the_new_state() {
    let old = big_state("old");
    let new = big_state("new");
    let pieces = serde_json::to_vec(&new)
        .unwrap()
        .len()
        .div_ceil(state_file::PIECE);
    assert!(
        pieces > 4,
        "the state is big enough to be written in pieces"
    );
    let program = std::env::current_exe().expect("this test program");
    // Killed after the first piece, in the middle, after the last piece (before the rename),
    // and after the whole save.
    for stop_at in [1, pieces / 2, pieces, 0] {
        let dir = state_folder(&format!("kill-{stop_at}"));
        let mut child = Command::new(&program)
            .args([
                "--exact",
                "child_saves_and_stops_where_told",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_DIR, &dir)
            .env(CHILD_STOP_AT, stop_at.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the child");
        let stdout = child.stdout.take().expect("the child's output");
        let said = BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .find(|line| line.contains("stopped at") || line.ends_with("saved"));
        child.kill().expect("kill the child");
        child.wait().expect("reap the child");
        let said = said.expect("the child stopped where told");

        let expected = if stop_at == 0 { &new } else { &old };
        match state_file::load(&dir) {
            Loaded::Found(saved) => assert!(&saved == expected, "{said}: the wrong state"),
            other => panic!("{said}: the state did not survive the kill: {other:?}"),
        }
    }
}

#[test]
fn history_and_settings_are_saved_to_our_own_file_and_read_back() {
    let dir = state_folder("round-trip");
    let address = common::serve_every(|_| ROMEO.to_vec());
    let url = format!("http://{address}/saved");
    let mut harness = window_in(&dir);
    fetch(&mut harness, &url);
    wait_until(&mut harness, "the status", |h| shows(h, "200 OK"));
    wait_until(
        &mut harness,
        "the state file",
        |_| matches!(state_file::load(&dir), Loaded::Found(saved) if saved.history.len() == 1),
    );
    drop(harness);

    let mut again = window_in(&dir);
    again.step();
    assert_eq!(again.state().saved().draft.url, url);
    assert_eq!(again.state().saved().history.len(), 1);
}

#[test]
fn eframe_save_writes_our_file_and_drops_the_old_copy_in_eframe() {
    let dir = state_folder("migrate");
    // What an older wirepeek left in eframe's storage.
    let mut old = Saved::default();
    old.draft.url = "http://127.0.0.1:9/from-before".into();
    old.settings.head_seconds = 2.5;
    let mut storage = MemoryStorage::default();
    eframe::set_value(&mut storage, eframe::APP_KEY, &old);

    let startup = Startup {
        language: Some("en".into()),
        remember: true,
        state_dir: Some(dir.clone()),
        ..Startup::default()
    };
    let mut harness = window_from(startup.clone(), Some(storage));
    harness.step();
    assert_eq!(harness.state().saved(), &old, "taken over");
    assert_eq!(state_file::load(&dir), Loaded::Found(old.clone()));

    // eframe's save keeps only its own things from now on.
    let mut storage = MemoryStorage::default();
    eframe::set_value(&mut storage, eframe::APP_KEY, &old);
    eframe::App::save(harness.state_mut(), &mut storage);
    assert_eq!(storage.0.get(eframe::APP_KEY), None);

    // Once our file exists, an old copy in eframe's storage is never taken again.
    let mut stale = Saved::default();
    stale.draft.url = "http://127.0.0.1:9/stale".into();
    let mut storage = MemoryStorage::default();
    eframe::set_value(&mut storage, eframe::APP_KEY, &stale);
    let mut later = window_from(startup, Some(storage));
    later.step();
    assert_eq!(later.state().saved(), &old);
}

#[test]
fn a_broken_state_file_is_set_aside_with_a_notice_and_the_window_starts() {
    let dir = state_folder("broken");
    let broken = "{\"version\": 1, \"history\": [{\"url\": \"http://127.0";
    std::fs::write(state_file::path_in(&dir), broken).unwrap();
    let mut harness = window_in(&dir);
    harness.step();
    assert!(shows(
        &harness,
        "could not be read, so wirepeek started fresh"
    ));
    assert!(harness.query_by_label("Fetch").is_some());
    let kept = dir.join("state.json.set-aside-1");
    assert!(shows(&harness, &kept.display().to_string()));
    assert_eq!(std::fs::read_to_string(&kept).unwrap(), broken);

    harness.get_by_label("OK").click();
    harness.step();
    harness.step();
    assert!(!shows(&harness, "started fresh"));
    // And it works as usual: a fetch is remembered in a fresh file.
    let address = common::serve_every(|_| ROMEO.to_vec());
    fetch(&mut harness, &format!("http://{address}/"));
    wait_until(
        &mut harness,
        "the new state file",
        |_| matches!(state_file::load(&dir), Loaded::Found(saved) if saved.history.len() == 1),
    );
    assert_eq!(std::fs::read_to_string(&kept).unwrap(), broken);
}

#[test]
fn a_state_file_from_a_newer_wirepeek_is_set_aside_with_a_notice_in_korean_too() {
    let dir = state_folder("newer");
    std::fs::write(state_file::path_in(&dir), "{\"version\": 99}").unwrap();
    let mut harness = window_from(
        Startup {
            language: Some("ko".into()),
            remember: true,
            state_dir: Some(dir.clone()),
            ..Startup::default()
        },
        None,
    );
    harness.step();
    assert!(shows(&harness, "더 새로운 wirepeek이 만든 형식(버전 99)"));
    assert!(harness.query_by_label("가져오기").is_some());
    let kept = std::fs::read_to_string(dir.join("state.json.set-aside-1")).unwrap();
    assert_eq!(kept, "{\"version\": 99}");
    assert_eq!(state_file::load(&dir), Loaded::Missing);
}

#[test]
fn a_run_that_remembers_nothing_reads_and_writes_no_state() {
    // The screenshot mode's promise: whatever is in the folder stays as it is, and is not used.
    let dir = state_folder("remember-nothing");
    let mut before = Saved::default();
    before.draft.url = "http://127.0.0.1:9/remembered".into();
    state_file::save(&dir, &before).unwrap();
    let file_before = std::fs::read(state_file::path_in(&dir)).unwrap();

    let mut storage = MemoryStorage::default();
    eframe::set_value(&mut storage, eframe::APP_KEY, &before);
    let mut harness = window_from(
        Startup {
            language: Some("en".into()),
            remember: false,
            state_dir: Some(dir.clone()),
            ..Startup::default()
        },
        Some(storage),
    );
    harness.step();
    assert_eq!(harness.state().saved(), &Saved::default());
    let address = common::serve_every(|_| ROMEO.to_vec());
    fetch(&mut harness, &format!("http://{address}/not-kept"));
    wait_until(&mut harness, "the status", |h| shows(h, "200 OK"));
    let mut eframe_storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut eframe_storage);
    harness.step();

    assert!(eframe_storage.0.is_empty());
    assert!(!eframe::App::persist_egui_memory(harness.state()));
    assert_eq!(
        std::fs::read(state_file::path_in(&dir)).unwrap(),
        file_before
    );
    let names: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(names.len(), 1, "no other file appeared");
}

#[test]
fn the_size_asked_for_wins_over_a_remembered_one() {
    // The harness opens at 1200x800, as eframe would with a remembered geometry.
    let mut harness = window_from(
        Startup {
            language: Some("en".into()),
            size: Some([800.0, 600.0]),
            ..Startup::default()
        },
        None,
    );
    harness.step();
    harness.step();
    let size = harness.ctx.content_rect().size();
    assert_eq!((size.x, size.y), (800.0, 600.0));
}
