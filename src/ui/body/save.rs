//! "Save body as...": a dialog with the path to write the body to, filled in with a likely name.

use std::path::PathBuf;

use egui::{RichText, Ui};

use crate::i18n::I18n;
use crate::ui::format;
use crate::wire::{ContentKind, Exchange};

/// The open dialog: the path typed so far.
#[derive(Clone, Debug, Default)]
pub struct SaveDialog {
    /// Where the body will be written.
    pub path: String,
}

/// What the dialog asks the body panel to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveAction {
    /// Keep the dialog open.
    None,
    /// Close the dialog, nothing written.
    Cancel,
    /// Close the dialog and show this message (saved, or why not).
    Done(String),
}

impl SaveDialog {
    /// A dialog offering `~/Downloads/<last part of the URL path>` (or `body.<ext>`).
    pub fn for_body(exchange: &Exchange, kind: ContentKind) -> Self {
        Self {
            path: default_save_path(exchange, kind).display().to_string(),
        }
    }

    /// Draw the dialog over the window; writes the body when the learner confirms.
    pub fn show(&mut self, ui: &mut Ui, i18n: I18n, exchange: &Exchange) -> SaveAction {
        let mut action = SaveAction::None;
        let path = &mut self.path;
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
                    action = SaveAction::Done(message);
                }
                if ui.button(i18n.t("save-cancel")).clicked() {
                    action = SaveAction::Cancel;
                }
            });
        });
        if modal.should_close() && action == SaveAction::None {
            action = SaveAction::Cancel;
        }
        action
    }
}

/// `~/Downloads/<last part of the URL path>` (or the home folder, or here).
fn default_save_path(exchange: &Exchange, kind: ContentKind) -> PathBuf {
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
    let name = from_url.unwrap_or_else(|| format!("body.{}", kind.extension()));
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
