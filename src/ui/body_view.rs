//! The body panel: Text / Pretty / Preview / Hex, find, copy, and save to a file.

use std::path::PathBuf;

use egui::{RichText, Ui};

use crate::i18n::I18n;
use crate::wire::Exchange;

use super::body_model::{BodyMode, BodyModel, HEX_ROW_BYTES};
use super::find::{Find, FindAction};
use super::format;
use super::hex_view::hex_view;
use super::rows::RowScroll;
use super::text_view::{Highlights, text_view};

/// The body panel's state: which view, where each is scrolled, find, and the save dialog.
#[derive(Debug)]
pub struct BodyView {
    /// The view shown.
    pub mode: BodyMode,
    /// Scroll position of the Text view.
    pub text_scroll: RowScroll,
    /// Scroll position of the Pretty view.
    pub pretty_scroll: RowScroll,
    /// Scroll position of the Hex view.
    pub hex_scroll: RowScroll,
    /// The find bar.
    pub find: Find,
    /// The body shared with the image loader, made once per exchange when Preview is opened.
    preview: Option<(u64, String, egui::load::Bytes)>,
    /// The "Save body as..." dialog, while open: the path typed.
    save_path: Option<String>,
    /// A short message after copy or save.
    pub notice: Option<String>,
}

impl Default for BodyView {
    fn default() -> Self {
        Self {
            mode: BodyMode::Text,
            text_scroll: RowScroll::default(),
            pretty_scroll: RowScroll::default(),
            hex_scroll: RowScroll::default(),
            find: Find::default(),
            preview: None,
            save_path: None,
            notice: None,
        }
    }
}

impl BodyView {
    /// Start fresh for a new exchange, in the view that suits its content.
    pub fn reset_for(&mut self, ctx: &egui::Context, model: &BodyModel) {
        if let Some((_, uri, _)) = self.preview.take() {
            ctx.forget_image(&uri);
        }
        let find_open = self.find.open;
        let query = std::mem::take(&mut self.find.query);
        *self = Self {
            mode: model.preferred,
            ..Self::default()
        };
        self.find.query = query;
        if find_open {
            self.find.open();
        }
    }
}

fn preview_uri(generation: u64, ext: &str) -> String {
    format!("bytes://wirepeek-body-{generation}.{ext}")
}

/// The bytes a find searches in the current view.
fn find_haystack<'a>(mode: BodyMode, exchange: &'a Exchange, model: &'a BodyModel) -> &'a [u8] {
    match mode {
        BodyMode::Text => exchange.body_text_bytes().unwrap_or_default(),
        BodyMode::Pretty => model
            .pretty
            .as_ref()
            .map(|p| p.text.as_bytes())
            .unwrap_or_default(),
        BodyMode::Hex => exchange.body_bytes(),
        BodyMode::Preview => &[],
    }
}

/// Draw the body of `exchange`, prepared in `model`; `generation` changes with every exchange.
pub fn body_view(
    ui: &mut Ui,
    i18n: I18n,
    view: &mut BodyView,
    exchange: &Exchange,
    model: &BodyModel,
    generation: u64,
) {
    if !model.offers(view.mode) {
        view.mode = model.preferred;
    }
    ui.horizontal_wrapped(|ui| {
        ui.heading(i18n.t("body-title"));
        for mode in BodyMode::ALL {
            let enabled = model.offers(mode);
            let response = ui.add_enabled(
                enabled,
                egui::Button::selectable(view.mode == mode, i18n.t(mode.key())),
            );
            if response.clicked() {
                view.mode = mode;
            }
        }
        ui.separator();
        let has_body = !exchange.body_bytes().is_empty();
        if ui
            .add_enabled(
                has_body && view.mode != BodyMode::Preview,
                egui::Button::new(i18n.t("find-button")),
            )
            .on_hover_text("Ctrl+F")
            .clicked()
        {
            view.find.open();
        }
        if ui
            .add_enabled(has_body, egui::Button::new(i18n.t("body-copy")))
            .clicked()
        {
            let text = exchange.body_text().map_or_else(
                || String::from_utf8_lossy(exchange.body_bytes()).into_owned(),
                str::to_owned,
            );
            ui.ctx().copy_text(text);
            view.notice = Some(i18n.t("body-copied").to_owned());
        }
        if ui
            .add_enabled(has_body, egui::Button::new(i18n.t("body-save")))
            .clicked()
        {
            view.save_path = Some(default_save_path(exchange, model).display().to_string());
        }
    });
    body_facts(ui, i18n, exchange, model);
    if let Some(notice) = &view.notice {
        ui.label(RichText::new(notice).weak());
    }
    save_dialog(ui, i18n, view, exchange);

    if view.find.open && view.mode != BodyMode::Preview {
        let bar = view.find.bar(ui, i18n);
        let changed = view.find.update(
            ui.ctx(),
            find_haystack(view.mode, exchange, model),
            view.mode,
            generation,
        );
        if bar == FindAction::Reveal || changed == FindAction::Reveal {
            reveal_match(view, model);
        }
    }
    ui.separator();
    fn highlights(view: &BodyView) -> Highlights<'_> {
        Highlights {
            starts: if view.find.open {
                &view.find.matches
            } else {
                &[]
            },
            current: view.find.current_match(),
            len: view.find.query.len(),
        }
    }
    match view.mode {
        BodyMode::Text => match (exchange.body_text_bytes(), &model.text_rows) {
            (Some(text), Some(rows)) if !rows.is_empty() => {
                let marks = highlights(view);
                let mut scroll = view.text_scroll;
                text_view(ui, "text", text, rows, &mut scroll, marks);
                view.text_scroll = scroll;
            }
            _ => {
                ui.label(RichText::new(i18n.t("body-empty")).weak());
            }
        },
        BodyMode::Pretty => {
            if let Some(pretty) = &model.pretty {
                let marks = highlights(view);
                let mut scroll = view.pretty_scroll;
                text_view(
                    ui,
                    "pretty",
                    pretty.text.as_bytes(),
                    &pretty.rows,
                    &mut scroll,
                    marks,
                );
                view.pretty_scroll = scroll;
            }
        }
        BodyMode::Preview => preview(ui, i18n, view, exchange, model, generation),
        BodyMode::Hex => {
            let marked = view
                .find
                .current_match()
                .map(|at| (at, view.find.query.len()));
            hex_view(ui, exchange.body_bytes(), &mut view.hex_scroll, marked);
        }
    }
}

fn reveal_match(view: &mut BodyView, model: &BodyModel) {
    let Some(at) = view.find.current_match() else {
        return;
    };
    match view.mode {
        BodyMode::Text => {
            if let Some(rows) = &model.text_rows {
                view.text_scroll.reveal(rows.row_of_offset(at));
            }
        }
        BodyMode::Pretty => {
            if let Some(pretty) = &model.pretty {
                view.pretty_scroll.reveal(pretty.rows.row_of_offset(at));
            }
        }
        BodyMode::Hex => view.hex_scroll.reveal(at / HEX_ROW_BYTES),
        BodyMode::Preview => {}
    }
}

/// One line about the body: framing, encoding, charset, lines.
fn body_facts(ui: &mut Ui, i18n: I18n, exchange: &Exchange, model: &BodyModel) {
    let Some(body) = &exchange.body else {
        return;
    };
    let mut facts: Vec<String> = Vec::new();
    if let Some(framing) = body.framing {
        facts.push(i18n.t(&format!("framing-{}", framing.key())).to_owned());
    }
    if !body.content_encoding.is_empty() {
        facts.push(body.content_encoding.join(", "));
    }
    if let Some(text) = &body.text {
        facts.push(i18n.f(
            "body-charset",
            &[
                ("charset", text.charset),
                ("source", i18n.t(&format!("charset-{}", text.source.key()))),
            ],
        ));
    }
    if let Some(rows) = &model.text_rows {
        facts.push(i18n.f(
            "body-lines",
            &[("count", &format::group_digits(rows.line_count() as u64))],
        ));
    }
    if !body.complete {
        facts.push(i18n.t("body-incomplete").to_owned());
    }
    ui.label(RichText::new(facts.join("  ·  ")).weak());
}

fn preview(
    ui: &mut Ui,
    i18n: I18n,
    view: &mut BodyView,
    exchange: &Exchange,
    model: &BodyModel,
    generation: u64,
) {
    let super::body_model::ContentKind::Image(ext) = model.kind else {
        ui.label(RichText::new(i18n.t("preview-none")).weak());
        return;
    };
    if view.preview.as_ref().map(|(g, _, _)| *g) != Some(generation) {
        let bytes: std::sync::Arc<[u8]> = exchange.body_bytes().into();
        view.preview = Some((
            generation,
            preview_uri(generation, ext),
            egui::load::Bytes::Shared(bytes),
        ));
    }
    let Some((_, uri, bytes)) = &view.preview else {
        return;
    };
    egui::ScrollArea::both()
        .id_salt("preview")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add(
                egui::Image::from_bytes(uri.clone(), bytes.clone())
                    .max_size(ui.available_size())
                    .fit_to_original_size(1.0)
                    .alt_text(i18n.t("preview-alt")),
            );
        });
}

/// `~/Downloads/<last part of the URL path>` (or the home folder, or here), for the save dialog.
fn default_save_path(exchange: &Exchange, model: &BodyModel) -> PathBuf {
    let from_url = exchange
        .target
        .as_ref()
        .map(|t| {
            t.path_and_query
                .split('?')
                .next()
                .unwrap_or_default()
                .to_owned()
        })
        .and_then(|path| path.rsplit('/').next().map(str::to_owned))
        .filter(|name| !name.is_empty() && !name.contains(['\\', ':']));
    let name = from_url.unwrap_or_else(|| {
        let ext = match model.kind {
            super::body_model::ContentKind::Image(ext) => ext,
            super::body_model::ContentKind::Json => "json",
            super::body_model::ContentKind::Markup => "html",
            super::body_model::ContentKind::Binary => "bin",
            _ => "txt",
        };
        format!("body.{ext}")
    });
    let home = std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map(PathBuf::from);
    let folder = home
        .map(|h| {
            let downloads = h.join("Downloads");
            if downloads.is_dir() { downloads } else { h }
        })
        .unwrap_or_default();
    folder.join(name)
}

fn save_dialog(ui: &mut Ui, i18n: I18n, view: &mut BodyView, exchange: &Exchange) {
    let Some(path) = &mut view.save_path else {
        return;
    };
    let mut close = false;
    let mut saved: Option<String> = None;
    let modal = egui::Modal::new(egui::Id::unique("save-body")).show(ui.ctx(), |ui| {
        ui.set_width(520.0);
        ui.heading(i18n.t("save-title"));
        let label = ui.label(i18n.t("save-path"));
        ui.add(egui::TextEdit::singleline(path).desired_width(500.0))
            .labelled_by(label.id);
        ui.label(
            RichText::new(i18n.f(
                "save-size",
                &[("size", &format::bytes(exchange.body_bytes().len() as u64))],
            ))
            .weak(),
        );
        ui.horizontal(|ui| {
            if ui.button(i18n.t("save-confirm")).clicked() {
                let message = match std::fs::write(path.as_str(), exchange.body_bytes()) {
                    Ok(()) => i18n.f("save-done", &[("path", path.as_str())]),
                    Err(e) => i18n.f(
                        "save-failed",
                        &[("path", path.as_str()), ("detail", &e.to_string())],
                    ),
                };
                saved = Some(message);
                close = true;
            }
            if ui.button(i18n.t("save-cancel")).clicked() {
                close = true;
            }
        });
    });
    if modal.should_close() {
        close = true;
    }
    if let Some(message) = saved {
        view.notice = Some(message);
    }
    if close {
        view.save_path = None;
    }
}
