//! Slow replay in the window: a recorded exchange replayed read by read; after two steps the
//! Wire tab and the body show only the bytes of the first two reads, and nothing is fetched.

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
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use window::{click_tab, shows};
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
    let mut exchange = read_recorded(reply.into_bytes(), false, &Limits::default());
    exchange.reads = reads;
    exchange.request_bytes = b"GET /lines HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".to_vec();
    exchange.timing.request_written = Some(Duration::from_millis(5));
    exchange.timing.first_byte = Some(Duration::from_millis(40));
    exchange.timing.done = Some(Duration::from_millis(300));
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
    harness.step();
    assert!(shows(&harness, "Read 2 of 4"));

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
    harness.step();
    assert!(shows(&harness, "Read 3 of 4"));
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
