//! The request editor below the URL bar: the request as it will be sent, either as fields (a
//! headers table whose default rows can be edited, switched off and moved, and a body) or as
//! raw text typed by the learner. It folds away, so a first look at the window stays calm.
//!
//! Its state is the [`Draft`]; the URL bar's Fetch sends `draft.request()`.

pub mod draft;
mod headers;
mod raw;

use egui::{RichText, Ui};

use crate::i18n::I18n;
use crate::ui::format;

pub use draft::{Draft, HeaderRow};

/// Draw the editor. `open_now` unfolds it once (a History entry was loaded into it).
pub fn request_editor(ui: &mut Ui, i18n: I18n, draft: &mut Draft, open_now: &mut bool) {
    let open = std::mem::take(open_now).then_some(true);
    egui::CollapsingHeader::new(RichText::new(title(i18n, draft)).strong())
        .id_salt("request-editor")
        .open(open)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                let fields =
                    egui::Button::selectable(!draft.raw_mode, i18n.t("editor-mode-fields"));
                if ui
                    .add(fields)
                    .on_hover_text(i18n.t("editor-mode-fields-tooltip"))
                    .clicked()
                {
                    draft.raw_mode = false;
                }
                let raw = egui::Button::selectable(draft.raw_mode, i18n.t("editor-mode-raw"));
                if ui
                    .add(raw)
                    .on_hover_text(i18n.t("editor-mode-raw-tooltip"))
                    .clicked()
                {
                    draft.raw_mode = true;
                }
            });
            if draft.raw_mode {
                raw::raw_editor(ui, i18n, draft);
            } else {
                headers::fields_editor(ui, i18n, draft);
            }
        });
}

/// The folded editor's line: what will be sent, in a few words.
fn title(i18n: I18n, draft: &Draft) -> String {
    let summary = if draft.raw_mode {
        i18n.f(
            "editor-summary-raw",
            &[("size", &format::bytes(draft.raw_text.len() as u64))],
        )
    } else {
        let count = draft.headers_to_send().len();
        let headers = i18n.f("editor-summary-headers", &[("count", &count.to_string())]);
        if draft.body.is_empty() {
            headers
        } else {
            let body = i18n.f(
                "editor-summary-body",
                &[("size", &format::bytes(draft.body.len() as u64))],
            );
            format!("{headers} · {body}")
        }
    };
    format!("{} ({summary})", i18n.t("editor-title"))
}
