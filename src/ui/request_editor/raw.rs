//! Raw mode: the learner types the request text and wirepeek sends exactly those bytes to the
//! URL's host and port. Enter ends a line with CR LF, as HTTP asks; a bare LF only comes in by
//! pasting (or from `--raw FILE`). Every line end is drawn as a mark, and what looks wrong is
//! said below as a note, never refused.

use egui::text::{CCursor, CCursorRange};
use egui::{Key, RichText, Ui};

use crate::i18n::{self, I18n};
use crate::learn::Message;
use crate::wire;

use super::draft::Draft;

/// Draw the raw editor.
pub fn raw_editor(ui: &mut Ui, i18n: I18n, draft: &mut Draft) {
    match wire::parse_url(draft.url.trim()) {
        Ok(parsed) => {
            // As text, so the port is not written as a number with a thousands separator.
            let place = Message::new("editor-raw-where")
                .text("host", parsed.target.host_ascii)
                .text("port", parsed.target.port.to_string());
            ui.label(RichText::new(i18n.render(&place)).weak())
        }
        Err(_) => ui.label(RichText::new(i18n.t("editor-raw-where-unknown")).weak()),
    };
    ui.horizontal(|ui| {
        let fields = Draft {
            raw_mode: false,
            ..draft.clone()
        };
        let built = wire::request_bytes(&fields.request());
        if ui
            .add_enabled(built.is_ok(), egui::Button::new(i18n.t("editor-raw-start")))
            .on_hover_text(i18n.t("editor-raw-start-tooltip"))
            .on_disabled_hover_text(i18n.t("editor-fix-first"))
            .clicked()
            && let Ok(bytes) = built
        {
            draft.raw_text = String::from_utf8_lossy(&bytes).into_owned();
        }
        ui.label(RichText::new(i18n.t("editor-raw-enter")).weak());
    });
    let label = ui.label(i18n.t("editor-raw-label"));
    let id = ui.make_persistent_id("raw-request-text");
    enter_inserts_crlf(ui, id, &mut draft.raw_text);
    let output = egui::TextEdit::multiline(&mut draft.raw_text)
        .id(id)
        .code_editor()
        .desired_rows(6)
        .desired_width(f32::INFINITY)
        .hint_text(i18n.t("editor-raw-hint"))
        .show(ui);
    output.response.response.clone().labelled_by(label.id);
    line_end_marks(ui, &output, &draft.raw_text);
    if !draft.raw_text.is_empty() {
        for warning in wire::raw_request_warnings(draft.raw_text.as_bytes()) {
            ui.label(
                RichText::new(i18n::note_message(i18n, &warning)).color(ui.visuals().warn_fg_color),
            );
        }
    }
}

/// Enter in the focused editor inserts CR LF where the cursor is (egui's own Enter would insert
/// LF alone). Pasted text is left as it is.
fn enter_inserts_crlf(ui: &Ui, id: egui::Id, text: &mut String) {
    if !ui.memory(|memory| memory.has_focus(id)) {
        return;
    }
    let enters = ui.input_mut(|input| {
        let before = input.events.len();
        input.events.retain(|event| {
            !matches!(
                event,
                egui::Event::Key { key: Key::Enter, pressed: true, modifiers, .. }
                    if !modifiers.command && !modifiers.alt
            )
        });
        before - input.events.len()
    });
    if enters == 0 {
        return;
    }
    let mut state = egui::TextEdit::load_state(ui.ctx(), id).unwrap_or_default();
    let end_of_text = CCursor::new(text.chars().count());
    let range = state
        .cursor
        .char_range()
        .unwrap_or(CCursorRange::one(end_of_text));
    let (first, last) = if range.primary.index <= range.secondary.index {
        (range.primary.index.0, range.secondary.index.0)
    } else {
        (range.secondary.index.0, range.primary.index.0)
    };
    let byte_at = |chars: usize| {
        text.char_indices()
            .nth(chars)
            .map_or(text.len(), |(byte, _)| byte)
    };
    let (start, end) = (byte_at(first), byte_at(last));
    text.replace_range(start..end, &"\r\n".repeat(enters));
    let cursor = CCursor::new(first + 2 * enters);
    state.cursor.set_char_range(Some(CCursorRange::one(cursor)));
    egui::TextEdit::store_state(ui.ctx(), id, state);
}

/// Draw `\r\n` (or `\n` alone) after each line of the editor, where the invisible line end is.
fn line_end_marks(ui: &Ui, output: &egui::text_edit::TextEditOutput, text: &str) {
    let font = egui::FontId::monospace(10.0);
    let colour = ui.visuals().weak_text_color();
    // The whole field, not the text's own clip rectangle, which ends where the longest line does.
    let field = output.response.response.rect;
    let painter = ui.painter().with_clip_rect(ui.clip_rect().intersect(field));
    let mut after_cr = false;
    for (index, c) in text.chars().enumerate() {
        if c == '\n' {
            let mark = if after_cr { "\\r\\n" } else { "\\n" };
            // The place of the cursor just before the LF: the end of its line.
            let end = output.galley.pos_from_cursor(CCursor::new(index));
            let end = end.translate(output.galley_pos.to_vec2());
            painter.text(
                egui::pos2(end.right() + 3.0, end.center().y),
                egui::Align2::LEFT_CENTER,
                mark,
                font.clone(),
                colour,
            );
        }
        after_cr = c == '\r';
    }
}
