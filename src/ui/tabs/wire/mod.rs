//! The "Wire" tab: the request and the response exactly as they crossed the socket, one after
//! the other. Line ends are drawn as `\r\n` marks, every part is named in the margin (and on
//! hover), chunk framing is set apart from the data, and a Hex switch shows the same bytes as
//! offset / hex / ASCII. Only the rows on screen are drawn, so 100 MB scroll like 1 KB.

pub mod map;
mod proxy;

use egui::{Color32, FontId, RichText, Sense, Ui};

use crate::i18n::I18n;
use crate::ui::body::hex::{HEX_ROW_BYTES, HexRow, hex_row_bytes, hex_row_count};
use crate::ui::format;
use crate::ui::rows::{RowScroll, show_rows};
use std::fmt::Write as _;

use crate::learn::quiz::{Clicked, HeadEndPick, QuestionKind, check_head_end, questions};
use crate::wire::{Exchange, head_text};

use super::quiz::{WireAnswer, verdict_right};
use super::{Tab, TabAction, TabInput};
use map::{Part, WireMap, stream_bytes};

/// The catalog key of the tab's name.
pub const KEY: &str = "tab-wire";

/// Where the tab is scrolled to and how it shows the bytes; kept in egui's memory.
#[derive(Clone, Copy, Debug, Default)]
struct WireTabState {
    hex: bool,
    text_scroll: RowScroll,
    hex_scroll: RowScroll,
    /// A received-byte offset to bring into view once (a note's "show the bytes").
    reveal: Option<usize>,
    /// The row marked because a note pointed at it.
    marked: Option<usize>,
}

fn state_id() -> egui::Id {
    egui::Id::unique("wire-tab")
}

/// Ask the Wire tab to show the row holding byte `offset` of the received bytes, marked (the
/// app opens the tab; a note of the engine says which bytes it is about).
pub fn reveal(ctx: &egui::Context, offset: usize) {
    ctx.data_mut(|d| {
        let state: &mut WireTabState = d.get_temp_mut_or_default(state_id());
        state.reveal = Some(offset);
        state.hex = false;
    });
}

/// Draw the tab.
pub fn show(ui: &mut Ui, i18n: I18n, input: &mut TabInput<'_>) -> TabAction {
    let (Some(exchange), Some(map)) = (input.chain.last(), input.wire) else {
        ui.label(RichText::new(i18n.t("request-none")).weak());
        return TabAction::None;
    };
    if map.row_count() == 0 {
        ui.label(RichText::new(i18n.t("request-none")).weak());
        return TabAction::None;
    }
    let id = state_id();
    let mut state: WireTabState = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    if let Some(offset) = state.reveal.take() {
        let row = map.row_of_received(offset);
        state.text_scroll.reveal(row);
        state.marked = Some(row);
    }
    // A question of the Test yourself tab, answered here by clicking a line.
    let answer = (input.wire_answer.as_mut())
        .filter(|answer| answer.asking && !input.arriving && answer.is_about(exchange));
    let mut action = TabAction::None;
    let asking = match answer {
        Some(answer) => {
            if !answer.shown {
                // The response from its first row at the top, as text: the line to find is
                // below (the request stays above, a scroll away).
                answer.shown = true;
                state.hex = false;
                state.text_scroll.first = map.row_of_received(0);
            }
            if answer_banner(ui, i18n, exchange, answer) {
                action = TabAction::Open(Tab::Quiz);
            }
            Some(answer)
        }
        None => None,
    };
    // While the line is still to find, the margin does not name it.
    let hide_names = asking
        .as_ref()
        .is_some_and(|a| !a.last.is_some_and(HeadEndPick::is_right));
    ui.horizontal_wrapped(|ui| {
        ui.add_enabled(
            asking.is_none(),
            egui::Checkbox::new(&mut state.hex, i18n.t("wire-hex")),
        )
        .on_disabled_hover_text(i18n.t("wire-hex-asking"));
        ui.separator();
        ui.label(RichText::new(summary(i18n, exchange, map)).weak());
    });
    if let Some(note) = how_far(i18n, exchange, input.arriving) {
        ui.label(RichText::new(note).weak());
    }
    ui.separator();
    proxy::proxy_step(ui, i18n, exchange);
    if state.hex {
        hex_rows(ui, i18n, exchange, map, &mut state.hex_scroll);
    } else {
        let shown = RowsShown {
            marked: state.marked,
            clickable: asking.is_some(),
            hide_names,
        };
        let clicked = text_rows(ui, i18n, exchange, map, &mut state.text_scroll, shown);
        if let (Some(answer), Some(row)) = (asking, clicked) {
            answer.last = clicked_row(exchange, map, row);
            state.marked = Some(row);
        }
    }
    ui.data_mut(|d| d.insert_temp(id, state));
    action
}

/// What the learner's click on `row` says about where the response head ends.
fn clicked_row(exchange: &Exchange, map: &WireMap, row: usize) -> Option<HeadEndPick> {
    let (range, _, _) = map.row(row)?;
    let request = map.request_len();
    let clicked = if range.start < request {
        Clicked::Request
    } else {
        Clicked::Received(range.start - request..range.end - request)
    };
    check_head_end(exchange, &clicked)
}

/// The banner above the rows while a question is answered here: what to do, what the last click
/// said, and the way out. Whether the learner asked to go back to the questions.
fn answer_banner(ui: &mut Ui, i18n: I18n, exchange: &Exchange, answer: &mut WireAnswer) -> bool {
    let mut back = false;
    let fill = ui.visuals().selection.bg_fill.gamma_multiply(0.35);
    egui::Frame::group(ui.style()).fill(fill).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(i18n.t("wire-answer-ask")).strong());
        match answer.last {
            Some(pick) if pick.is_right() => {
                let question = questions(exchange)
                    .into_iter()
                    .find(|q| q.kind == QuestionKind::HeadEnd);
                ui.label(RichText::new(i18n.render(&pick.message())).strong());
                if let Some(question) = &question {
                    verdict_right(ui, i18n, question);
                }
            }
            Some(pick) => {
                let text = format!(
                    "{} {}",
                    i18n.render(&pick.message()),
                    i18n.t("wire-answer-try-again")
                );
                ui.add(
                    egui::Label::new(RichText::new(text).color(ui.visuals().error_fg_color)).wrap(),
                );
            }
            None => {}
        }
        ui.horizontal(|ui| {
            if ui.button(i18n.t("wire-answer-back")).clicked() {
                back = true;
                answer.asking = false;
            }
            if !answer.last.is_some_and(HeadEndPick::is_right)
                && ui.button(i18n.t("wire-answer-cancel")).clicked()
            {
                answer.asking = false;
            }
        });
    });
    back
}

/// "Request 78 B · response 1,234 B: head 210 B, body 1,024 B on the wire → 4 KiB decoded (gzip)".
/// What the rows are when the exchange is not whole: a request that never went out, a response
/// that is still awaited, arriving or was cut short; with interim responses, every status in
/// order. `None` for an ordinary finished exchange.
fn how_far(i18n: I18n, exchange: &Exchange, arriving: bool) -> Option<String> {
    let size = format::bytes(exchange.request_bytes.len() as u64);
    let key = if exchange.timing.request_written.is_none() {
        if arriving {
            "request-writing"
        } else {
            "request-not-sent"
        }
    } else if exchange.received.is_empty() {
        if arriving {
            "response-waiting"
        } else {
            "response-none"
        }
    } else if exchange.head.is_none() {
        if arriving {
            "response-arriving"
        } else {
            "response-partial"
        }
    } else if !exchange.interim.is_empty() {
        let statuses: Vec<String> = (exchange.interim.iter().chain(&exchange.head))
            .map(|head| format!("{} {}", head.code, head.reason))
            .collect();
        return Some(i18n.f("response-heads", &[("statuses", &statuses.join(" → "))]));
    } else {
        return None;
    };
    Some(i18n.f(key, &[("size", &size)]))
}

fn summary(i18n: I18n, exchange: &Exchange, map: &WireMap) -> String {
    let mut parts = vec![i18n.f(
        "wire-summary-request",
        &[("size", &format::bytes(map.request_len() as u64))],
    )];
    parts.push(i18n.f(
        "wire-summary-response",
        &[("size", &format::bytes(exchange.received.len() as u64))],
    ));
    if let Some(body) = &exchange.body {
        let wire = exchange.body_wire_bytes().len() as u64;
        let content = exchange.body_bytes().len() as u64;
        if !body.content_encoding.is_empty() || wire != content {
            parts.push(i18n.f(
                "wire-summary-decoded",
                &[
                    ("wire", &format::bytes(wire)),
                    ("decoded", &format::bytes(content)),
                    (
                        "coding",
                        &if body.content_encoding.is_empty() {
                            body.framing
                                .map(|f| i18n.t(&format!("framing-{}", f.key())).to_owned())
                                .unwrap_or_default()
                        } else {
                            body.content_encoding.join(", ")
                        },
                    ),
                ],
            ));
        }
    }
    parts.join("  ·  ")
}

/// The colour of the margin stripe: the request, heads, framing and data each have their own.
fn part_colour(part: Part) -> Color32 {
    match part {
        _ if part.is_request() => Color32::from_rgb(66, 133, 244),
        Part::ChunkSize | Part::ChunkEnd | Part::LastChunk | Part::Trailer => {
            Color32::from_rgb(230, 120, 0)
        }
        Part::EmptyLineBeforeHead | Part::ExtraBytes | Part::Unreadable => {
            Color32::from_rgb(198, 40, 40)
        }
        _ if part.is_data() => Color32::from_rgb(140, 140, 140),
        _ => Color32::from_rgb(46, 125, 50),
    }
}

/// How the text rows are drawn.
#[derive(Clone, Copy, Debug)]
struct RowsShown {
    /// The row marked because a note (or a click while answering) pointed at it.
    marked: Option<usize>,
    /// Each row is a button (answering "where does the head end"), reachable with Tab too.
    clickable: bool,
    /// The margin and the hover text do not name the parts (they would give the answer away).
    hide_names: bool,
}

/// The bytes as text, one row per line, each part named in the margin. Returns the row clicked,
/// when the rows are clickable.
fn text_rows(
    ui: &mut Ui,
    i18n: I18n,
    exchange: &Exchange,
    map: &WireMap,
    scroll: &mut RowScroll,
    shown: RowsShown,
) -> Option<usize> {
    let RowsShown {
        marked,
        clickable,
        hide_names,
    } = shown;
    let mut clicked = None;
    let font = FontId::monospace(13.0);
    let row_height = ui.fonts_mut(|f| f.row_height(&font)) + 2.0;
    let margin = 170.0;
    let weak = ui.visuals().weak_text_color();
    let text_colour = ui.visuals().text_color();
    show_rows(
        ui,
        "wire-rows",
        Some(i18n.t("wire-rows")),
        scroll,
        map.row_count(),
        row_height,
        |ui, index| {
            let Some((range, segment, first)) = map.row(index) else {
                return;
            };
            let part = segment.part;
            if marked == Some(index) {
                // The row a note pointed at: a band behind the whole row.
                let band = egui::Rect::from_min_size(
                    ui.max_rect().min,
                    egui::vec2(ui.clip_rect().width().max(400.0), row_height),
                );
                ui.painter().rect_filled(
                    band,
                    0.0,
                    ui.visuals().selection.bg_fill.gamma_multiply(0.5),
                );
            }
            let (stripe, _) =
                ui.allocate_exact_size(egui::vec2(4.0, row_height), egui::Sense::hover());
            ui.painter().rect_filled(stripe, 0.0, part_colour(part));
            let name = if first && !hide_names {
                i18n.t(part.key())
            } else {
                ""
            };
            ui.add_sized(
                [margin, row_height],
                egui::Label::new(RichText::new(name).size(11.0).color(weak))
                    .selectable(false)
                    .truncate(),
            );
            ui.spacing_mut().item_spacing.x = 0.0;
            let bytes = stream_bytes(exchange, map.request_len(), range.clone());
            let (content, ending) = shown_text(bytes);
            let row_text = clickable.then(|| format!("{content}{ending}"));
            let colour = if part.is_data() { weak } else { text_colour };
            let response = ui.add(
                egui::Label::new(RichText::new(content).font(font.clone()).color(colour))
                    .selectable(true)
                    .wrap_mode(egui::TextWrapMode::Extend),
            );
            if !ending.is_empty() {
                ui.label(
                    RichText::new(ending)
                        .font(font.clone())
                        .color(part_colour(part)),
                );
            }
            if clickable {
                // The whole row, as drawn on screen, is one button over the text.
                let rect = egui::Rect::from_min_size(
                    ui.max_rect().min,
                    egui::vec2(ui.clip_rect().width().max(400.0), row_height),
                );
                let row = ui.interact(
                    rect,
                    ui.scope_id().with(("answer-row", index)),
                    Sense::click(),
                );
                let label = i18n.f(
                    "wire-answer-row",
                    &[
                        ("line", &(index + 1).to_string()),
                        ("text", row_text.as_deref().unwrap_or_default()),
                    ],
                );
                row.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
                if row.hovered() || row.has_focus() {
                    ui.painter().rect_stroke(
                        rect,
                        2.0,
                        ui.visuals().selection.stroke,
                        egui::StrokeKind::Inside,
                    );
                }
                let row = row.on_hover_cursor(egui::CursorIcon::PointingHand);
                if row.clicked() {
                    clicked = Some(index);
                }
            } else if !hide_names {
                response.on_hover_text(hover_text(i18n, exchange, map, segment));
            }
        },
    );
    clicked
}

/// What hovering a row says: the part's name, its size, what that kind of part is, and for a chunk-size line what it
/// announces.
fn hover_text(i18n: I18n, exchange: &Exchange, map: &WireMap, segment: &map::Segment) -> String {
    let size = format::bytes(segment.range.len() as u64);
    let name = i18n.t(segment.part.key());
    let mut text = format!("{name} · {size}\n{}", i18n.t(segment.part.meaning_key()));
    if matches!(segment.part, Part::ChunkSize | Part::LastChunk) {
        let line = stream_bytes(exchange, map.request_len(), segment.range.clone());
        let hex: String = line
            .iter()
            .take_while(|b| b.is_ascii_hexdigit())
            .map(|&b| char::from(b))
            .collect();
        if let Ok(n) = u64::from_str_radix(&hex, 16) {
            text.push('\n');
            text.push_str(&i18n.f(
                "wire-chunk-size-means",
                &[("hex", &hex), ("size", &format::group_digits(n))],
            ));
        }
    }
    text
}

/// A row's bytes as text and its line end written out: UTF-8 as it is, control characters and
/// bytes that are not UTF-8 as `\xNN` (a tab as `\t`), so every byte can be seen.
pub fn shown_text(bytes: &[u8]) -> (String, &'static str) {
    let (content, ending) = match bytes {
        [rest @ .., b'\r', b'\n'] => (rest, "\\r\\n"),
        [rest @ .., b'\n'] => (rest, "\\n"),
        [rest @ .., b'\r'] => (rest, "\\r"),
        rest => (rest, ""),
    };
    // Bytes that are not UTF-8 are escaped the one way heads are shown everywhere; control
    // characters are escaped too, so a stray CR or NUL is seen, not hidden.
    let text = head_text(content);
    if !text.chars().any(char::is_control) {
        return (text, ending);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    let _ = write!(out, "\\x{b:02X}");
                }
            }
            c => out.push(c),
        }
    }
    (out, ending)
}

/// The same bytes as offset / hex / ASCII rows: the request's rows, then the response's.
fn hex_rows(ui: &mut Ui, i18n: I18n, exchange: &Exchange, map: &WireMap, scroll: &mut RowScroll) {
    let font = FontId::monospace(13.0);
    let row_height = ui.fonts_mut(|f| f.row_height(&font)) + 2.0;
    let request_rows = hex_row_count(map.request_len());
    let response_rows = hex_row_count(exchange.received.len());
    show_rows(
        ui,
        "wire-hex",
        Some(i18n.t("wire-rows")),
        scroll,
        request_rows + response_rows,
        row_height,
        |ui, index| {
            let (bytes, start, colour) = if index < request_rows {
                let start = index * HEX_ROW_BYTES;
                (
                    &exchange.request_bytes,
                    start,
                    part_colour(Part::RequestLine),
                )
            } else {
                let start = (index - request_rows) * HEX_ROW_BYTES;
                (&exchange.received, start, part_colour(Part::StatusLine))
            };
            let (stripe, _) =
                ui.allocate_exact_size(egui::vec2(4.0, row_height), egui::Sense::hover());
            ui.painter().rect_filled(stripe, 0.0, colour);
            ui.add_space(4.0);
            let row = HexRow {
                start,
                offset_digits: 8,
                bytes: hex_row_bytes(bytes, start),
                marked: false,
            };
            row.draw(ui, &font);
        },
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_can_be_seen() {
        assert_eq!(
            shown_text(b"HTTP/1.1 200 OK\r\n"),
            ("HTTP/1.1 200 OK".to_owned(), "\\r\\n")
        );
        assert_eq!(shown_text("값\n".as_bytes()), ("값".to_owned(), "\\n"));
        assert_eq!(
            shown_text(b"a\tb\x00\xff"),
            ("a\\tb\\x00\\xFF".to_owned(), "")
        );
    }
}
