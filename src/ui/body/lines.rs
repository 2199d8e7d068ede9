//! Rows of text with line numbers, only the rows on screen laid out (the Text and Pretty views).

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, RichText, Ui};

use super::text_rows::TextRows;
use crate::ui::rows::{RowScroll, show_rows};

/// Matches to highlight: sorted byte offsets, the selected one, and the length of each.
#[derive(Clone, Copy, Debug, Default)]
pub struct Highlights<'a> {
    /// Start of every match.
    pub starts: &'a [usize],
    /// The selected match.
    pub current: Option<usize>,
    /// Length of a match in bytes.
    pub len: usize,
}

/// Draw `text` (UTF-8 bytes that were indexed into `rows`) scrolled to `scroll`; with a `name`
/// the rows are one stop for Tab (see [`crate::ui::rows::show_rows`]).
///
/// Only the rows on screen are looked at; each is checked as UTF-8 on its own, which is cheap,
/// instead of the whole text on every frame.
pub fn text_lines(
    ui: &mut Ui,
    id_salt: &str,
    name: Option<&str>,
    text: &[u8],
    rows: &TextRows,
    scroll: &mut RowScroll,
    highlights: Highlights<'_>,
) {
    let font = FontId::monospace(13.0);
    let row_height = ui.fonts_mut(|f| f.row_height(&font)) + 2.0;
    let digits = rows.line_count().max(1).to_string().len();
    let gutter = ui.fonts_mut(|f| f.glyph_width(&font, '0')) * digits as f32 + 8.0;
    let text_color = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    let mark = ui.visuals().selection.bg_fill.gamma_multiply(0.5);
    let mark_current = Color32::from_rgb(250, 200, 60);
    show_rows(
        ui,
        id_salt,
        name,
        scroll,
        rows.len(),
        row_height,
        |ui, index| {
            let number = rows
                .line_number(index)
                .map_or_else(|| "…".to_owned(), |n| n.to_string());
            ui.add_sized(
                [gutter, row_height],
                egui::Label::new(RichText::new(number).font(font.clone()).color(weak))
                    .selectable(false),
            );
            let range = rows.range(text, index);
            let row_text = text
                .get(range.clone())
                .and_then(|row| std::str::from_utf8(row).ok())
                .unwrap_or("\u{FFFD}");
            let job = row_job(
                row_text,
                range.start,
                &highlights,
                &font,
                text_color,
                mark,
                mark_current,
            );
            ui.add(
                egui::Label::new(job)
                    .selectable(true)
                    .wrap_mode(egui::TextWrapMode::Extend),
            );
        },
    );
}

/// One row as a layout job: control characters made visible, matches marked.
fn row_job(
    row: &str,
    row_start: usize,
    highlights: &Highlights<'_>,
    font: &FontId,
    color: Color32,
    mark: Color32,
    mark_current: Color32,
) -> LayoutJob {
    let mut job = LayoutJob::default();
    let plain = TextFormat::simple(font.clone(), color);
    let row_end = row_start + row.len();
    let first = highlights
        .starts
        .partition_point(|&s| s + highlights.len <= row_start);
    let mut cursor = row_start;
    let push = |job: &mut LayoutJob, from: usize, to: usize, format: TextFormat| {
        if let Some(piece) = row.get(from - row_start..to - row_start)
            && !piece.is_empty()
        {
            job.append(&visible(piece), 0.0, format);
        }
    };
    for &start in highlights.starts.get(first..).unwrap_or_default() {
        if start >= row_end || highlights.len == 0 {
            break;
        }
        let from = start.max(row_start);
        let to = (start + highlights.len).min(row_end);
        if !row.is_char_boundary(from - row_start) || !row.is_char_boundary(to - row_start) {
            continue;
        }
        push(&mut job, cursor, from, plain.clone());
        let background = if highlights.current == Some(start) {
            mark_current
        } else {
            mark
        };
        let format = TextFormat {
            background,
            color: if highlights.current == Some(start) {
                Color32::BLACK
            } else {
                color
            },
            ..plain.clone()
        };
        push(&mut job, from, to, format);
        cursor = to;
    }
    push(&mut job, cursor, row_end, plain);
    job
}

/// Tabs as spaces and other control characters as a middle dot, so nothing draws as a box.
pub fn visible(piece: &str) -> std::borrow::Cow<'_, str> {
    if piece.chars().any(char::is_control) {
        piece
            .chars()
            .map(|c| match c {
                '\t' => "    ".to_owned(),
                c if c.is_control() => "·".to_owned(),
                c => c.to_string(),
            })
            .collect::<String>()
            .into()
    } else {
        piece.into()
    }
}
