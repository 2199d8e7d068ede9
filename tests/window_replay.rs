//! Slow replay in the window: a recorded exchange replayed read by read; after two steps the
//! Wire tab and the body show only the bytes of the first two reads, and nothing is fetched.
//! An exchange of many megabytes replays too, its reads prepared off the UI thread while the
//! window goes on drawing frames.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly on purpose"
)]

mod common;
#[path = "common/window.rs"]
mod window;

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use window::{click_tab, shows, wait_until};
use wirepeek::WirepeekApp;
use wirepeek::wire::{Limits, ReadEvent, read_recorded};

const HEAD: &str = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 36\r\n\r\n";
const LINES: [&str; 3] = ["first line\n", "second line\n", "third line!\n"];

/// The window showing a reply recorded in four reads: the head, then one line of body each.
fn window_with_recorded_reads() -> Harness<'static, WirepeekApp> {
    let mut reply = HEAD.to_owned();
    let mut reads = vec![ReadEvent {
        offset: 0,
        len: HEAD.len(),
        at: Duration::from_millis(40),
    }];
    for (index, line) in LINES.iter().enumerate() {
        reads.push(ReadEvent {
            offset: reply.len(),
            len: line.len(),
            at: Duration::from_millis(100 * (index as u64 + 1)),
        });
        reply.push_str(line);
    }
    window_showing_recorded(
        reply.into_bytes(),
        reads,
        "/lines",
        Duration::from_millis(300),
    )
}

/// The window showing `reply` as a fetch of `path` recorded in `reads`, which ended at `done`.
fn window_showing_recorded(
    reply: Vec<u8>,
    reads: Vec<ReadEvent>,
    path: &str,
    done: Duration,
) -> Harness<'static, WirepeekApp> {
    let mut exchange = read_recorded(reply, false, &Limits::default());
    exchange.timing.first_byte = reads.first().map(|r| r.at);
    exchange.reads = reads;
    exchange.request_bytes = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").into_bytes();
    exchange.timing.request_written = Some(Duration::from_millis(5));
    exchange.timing.done = Some(done);
    let mut harness = window::window_from(
        wirepeek::Startup {
            language: Some("en".into()),
            ..wirepeek::Startup::default()
        },
        None,
    );
    let ctx = harness.ctx.clone();
    harness.state_mut().show_exchange(&ctx, vec![exchange]);
    harness.step();
    harness
}

/// Every label and value drawn in the bottom panel, paging down through the Wire tab's rows
/// (only the rows on screen exist).
fn wire_tab_texts(harness: &mut Harness<'static, WirepeekApp>) -> BTreeSet<String> {
    let top = harness.get_by_label("Wire").rect().bottom();
    let list = harness.get_by_label("request line").rect().center();
    let mut seen = BTreeSet::new();
    for _ in 0..20 {
        for node in harness.root().children_recursive() {
            let Some(rect) = node.accesskit_node().bounding_box() else {
                continue;
            };
            if (rect.y0 as f32) < top {
                continue;
            }
            if let Some(text) = node
                .accesskit_node()
                .value()
                .or(node.accesskit_node().label())
            {
                seen.insert(text);
            }
        }
        harness.event(egui::Event::PointerMoved(list));
        harness.key_press(egui::Key::ArrowDown);
        harness.step();
    }
    seen
}

#[test]
fn two_steps_show_the_bytes_of_the_first_two_reads_only() {
    let mut harness = window_with_recorded_reads();
    assert!(
        shows(&harness, "third line!"),
        "the whole body before replaying"
    );
    // (`click_tab` waits for the layout to settle before clicking any label.)
    click_tab(&mut harness, "Replay slowly");
    harness.step();
    assert!(shows(&harness, "Read 0 of 4"));
    click_tab(&mut harness, "Step");
    harness.step();
    click_tab(&mut harness, "Step");
    // Each read is prepared on a worker thread; the views show it once it is ready.
    wait_until(&mut harness, "read 2", |h| shows(h, "Read 2 of 4"));

    click_tab(&mut harness, "Wire");
    let size = HEAD.len() + LINES[0].len();
    assert!(
        shows(&harness, &format!("response {size} B")),
        "the Wire tab counts the bytes of two reads"
    );
    let seen = wire_tab_texts(&mut harness);
    assert!(seen.contains("GET /lines HTTP/1.1"), "{seen:#?}");
    assert!(seen.contains("HTTP/1.1 200 OK"), "{seen:#?}");
    assert!(seen.iter().any(|t| t.contains("first line")), "{seen:#?}");
    assert!(
        !seen.iter().any(|t| t.contains("second line")),
        "the third read has not arrived: {seen:#?}"
    );
    assert!(
        !shows(&harness, "third line!"),
        "the body panel shows only what arrived too"
    );

    // The Timeline lists the two reads that had arrived, not four.
    click_tab(&mut harness, "Timeline");
    assert!(shows(&harness, "2 reads"), "the read log so far");
    assert!(!shows(&harness, "4 reads"));

    // The story so far, its step under way marked: the answer, with the body of two reads
    // less its head (the first read brought the head alone).
    click_tab(&mut harness, "What happened");
    let marked: Vec<String> = harness
        .query_all_by_label_contains("→ ")
        .filter_map(|n| n.accesskit_node().label().or(n.accesskit_node().value()))
        .collect();
    assert_eq!(marked.len(), 1, "one step under way: {marked:?}");
    assert!(
        marked[0].contains(&format!("{} bytes", LINES[0].len())) && marked[0].contains("1 read"),
        "{marked:?}"
    );

    // One more step, and the next line is there; the end shows the whole exchange again.
    click_tab(&mut harness, "Wire");
    click_tab(&mut harness, "Step");
    wait_until(&mut harness, "read 3", |h| shows(h, "Read 3 of 4"));
    assert!(shows(
        &harness,
        &format!("response {} B", size + LINES[1].len())
    ));
    click_tab(&mut harness, "Show the whole exchange");
    harness.step();
    assert!(shows(&harness, "third line!"));
    assert!(shows(&harness, "Replay slowly"));
}

#[test]
fn play_runs_the_clock_to_the_end_and_stops() {
    let mut harness = window_with_recorded_reads();
    click_tab(&mut harness, "Replay slowly");
    harness.step();
    // At a tenth of real time this 300 ms fetch takes 3 s of the harness's frame clock.
    click_tab(&mut harness, "1/10");
    harness.step();
    click_tab(&mut harness, "Play");
    harness.step();
    assert!(shows(&harness, "Pause"), "the clock runs");
    let mut positions = BTreeSet::new();
    let mut frames = 0;
    while !shows(&harness, "Read 4 of 4") {
        assert!(frames < 2000, "the replay never reached the last read");
        for shown in 0..4 {
            if shows(&harness, &format!("Read {shown} of 4")) {
                positions.insert(shown);
            }
        }
        harness.step();
        frames += 1;
    }
    assert!(
        positions.len() >= 3,
        "the reads came one after another, not at once: {positions:?}"
    );
    harness.step();
    assert!(shows(&harness, "Play"), "stopped at the end");
    assert!(shows(&harness, "third line!"));
}

/// The window showing a reply of 8 MiB of numbered 64-byte lines, recorded as a read with the
/// head alone, then 128 reads of 64 KiB, 10 ms apart.
fn window_with_a_big_exchange() -> Harness<'static, WirepeekApp> {
    let body: Vec<u8> = (0..8 * 1024 * 1024 / 64)
        .flat_map(|n| format!("line {n:>10} {:.<47}\n", "").into_bytes())
        .collect();
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    let mut reads = vec![ReadEvent {
        offset: 0,
        len: head.len(),
        at: Duration::from_millis(10),
    }];
    for (index, start) in (0..body.len()).step_by(64 * 1024).enumerate() {
        reads.push(ReadEvent {
            offset: head.len() + start,
            len: 64 * 1024,
            at: Duration::from_millis(10 * (index as u64 + 2)),
        });
    }
    let mut reply = head.into_bytes();
    reply.extend_from_slice(&body);
    assert!(
        read_recorded(reply.clone(), false, &Limits::default())
            .error
            .is_none(),
        "the recorded reply is whole"
    );
    window_showing_recorded(reply, reads, "/big", Duration::from_millis(1290))
}

#[test]
fn a_big_exchange_plays_to_the_end_while_the_window_keeps_drawing() {
    let mut harness = window_with_a_big_exchange();
    assert!(shows(&harness, "8 MiB"), "the whole body's size");
    click_tab(&mut harness, "Replay slowly");
    harness.step();
    assert!(
        shows(&harness, "Read 0 of 129"),
        "no longer refused as too big"
    );
    click_tab(&mut harness, "1/10");
    click_tab(&mut harness, "Play");
    // Each frame moves the clock on by a tenth of a second (the harness's frames are a quarter
    // of a second apart; the window takes at most a tenth): at 1/10, 10 ms of the fetch, one
    // read. A read takes longer to prepare than a frame to draw, so frames are drawn while a
    // build runs, and the reads reached meanwhile are prepared together after it.
    let mut shown = BTreeSet::new();
    let mut frames_while_preparing = 0;
    let mut partial_body_seen = false;
    let mut last_progress = (Instant::now(), 0);
    loop {
        harness.step();
        let ((reads_shown, reads), preparing) =
            harness.state().replay_reads().expect("still replaying");
        assert_eq!(reads, 129);
        if preparing.is_some() {
            frames_while_preparing += 1;
        }
        if reads_shown > 1 && reads_shown < reads && !shows(&harness, "8 MiB") {
            partial_body_seen = true;
        }
        shown.insert(reads_shown);
        if reads_shown == reads && preparing.is_none() && shows(&harness, "Play") {
            break;
        }
        // A hang guard on progress, not a bound on how long a build may take.
        if reads_shown != last_progress.1 {
            last_progress = (Instant::now(), reads_shown);
        }
        assert!(
            last_progress.0.elapsed() < common::HANG_GUARD,
            "hung at read {reads_shown} of {reads}"
        );
    }
    assert!(
        frames_while_preparing > 0,
        "no frame was drawn while a read was being prepared"
    );
    assert!(
        shown.len() >= 3,
        "the reads came one after another, not at once: {shown:?}"
    );
    assert!(partial_body_seen, "the body grew read by read");
    harness.step();
    assert!(shows(&harness, "Read 129 of 129"));
    assert!(shows(&harness, "8 MiB"), "the whole body at the end");
    assert!(
        shows(&harness, "line          0"),
        "the body from its first line"
    );
}

/// A switched-off button says why when the pointer rests on it (egui shows the usual tooltip
/// only for buttons that work).
#[test]
fn switched_off_buttons_say_why_they_are_off() {
    let dir = window::state_folder("switched-off-why");
    let mut harness = window::window_in(&dir);
    harness.get_by_label("Replay slowly").hover();
    harness.step();
    wait_until(&mut harness, "why Replay is off", |h| {
        shows(h, "Ready once a fetch has finished")
    });
    click_tab(&mut harness, "History");
    harness.get_by_label("Clear history").hover();
    harness.step();
    wait_until(&mut harness, "why Clear is off", |h| {
        shows(h, "There is nothing to clear yet.")
    });
    let _ = std::fs::remove_dir_all(dir);
}
