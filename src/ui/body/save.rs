//! "Save body as...": the system's save dialog where there is one, and a typed path where there
//! is none (or it gave no answer). A file that is already there is replaced only after asking.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use crate::i18n::I18n;
use crate::ui::file_dialogs::{Choosing, Dialogs, downloads_folder, write_file};
use crate::ui::format;
use crate::wire::{ContentKind, Exchange};

/// The save dialog while it is open: the path typed so far, and what it waits for.
#[derive(Clone, Debug, Default)]
pub struct SaveDialog {
    /// Where the body will be written.
    pub path: String,
    /// The system's save dialog, while it is open.
    choosing: Option<Choosing>,
    /// A file that is already there, waiting for Replace or Cancel.
    replacing: Option<PathBuf>,
    /// The typed path has had the keyboard focus once (given when it first shows).
    path_focused: bool,
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
    /// A dialog offering `~/Downloads/<last part of the URL path>` (or `body.<ext>`); the
    /// system's save dialog opens at once where there is one.
    pub fn for_body(
        ctx: &egui::Context,
        i18n: I18n,
        exchange: &Exchange,
        kind: ContentKind,
    ) -> Self {
        let suggested = default_save_path(exchange, kind);
        Self {
            choosing: Dialogs::of(ctx).save(ctx, i18n.t("save-title"), &suggested),
            path: suggested.display().to_string(),
            replacing: None,
            path_focused: false,
        }
    }

    /// Draw the dialog over the window; writes the body when the learner confirms.
    pub fn show(&mut self, ui: &mut Ui, i18n: I18n, exchange: &Exchange) -> SaveAction {
        if let Some(choosing) = &self.choosing {
            match choosing.answer() {
                None => return self.waiting_for_the_system(ui, i18n),
                Some(Some(path)) => {
                    self.choosing = None;
                    self.path = path.display().to_string();
                    return self.save(i18n, path, exchange);
                }
                // Cancelled, or no dialog could open: the typed path is still there.
                Some(None) => self.choosing = None,
            }
        }
        if let Some(path) = self.replacing.clone() {
            return self.ask_to_replace(ui, i18n, &path, exchange);
        }
        self.typed_path(ui, i18n, exchange)
    }

    /// Write the body to `path`, or ask first when a file is already there.
    fn save(&mut self, i18n: I18n, path: PathBuf, exchange: &Exchange) -> SaveAction {
        if path.exists() {
            self.replacing = Some(path);
            return SaveAction::None;
        }
        SaveAction::Done(write_file(i18n, &path, exchange.body_bytes()))
    }

    fn waiting_for_the_system(&mut self, ui: &Ui, i18n: I18n) -> SaveAction {
        let mut action = SaveAction::None;
        let modal = egui::Modal::new(egui::Id::unique("save-body-waiting")).show(ui.ctx(), |ui| {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(i18n.t("save-choosing"));
            });
            ui.horizontal(|ui| {
                if ui.button(i18n.t("save-type-instead")).clicked() {
                    // The system's dialog may stay open; its answer is no longer waited for.
                    self.choosing = None;
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

    fn ask_to_replace(
        &mut self,
        ui: &Ui,
        i18n: I18n,
        path: &Path,
        exchange: &Exchange,
    ) -> SaveAction {
        let mut action = SaveAction::None;
        let mut keep = false;
        let modal = egui::Modal::new(egui::Id::unique("save-body-replace")).show(ui.ctx(), |ui| {
            ui.set_max_width(520.0);
            ui.heading(i18n.t("save-title"));
            ui.add(
                egui::Label::new(i18n.f("save-exists", &[("path", &path.display().to_string())]))
                    .wrap(),
            );
            ui.horizontal(|ui| {
                if ui.button(i18n.t("save-replace")).clicked() {
                    action = SaveAction::Done(write_file(i18n, path, exchange.body_bytes()));
                }
                if ui.button(i18n.t("save-cancel")).clicked() {
                    keep = true;
                }
            });
        });
        if keep || (modal.should_close() && action == SaveAction::None) {
            // Back to the path, to choose another name.
            self.replacing = None;
        }
        action
    }

    fn typed_path(&mut self, ui: &Ui, i18n: I18n, exchange: &Exchange) -> SaveAction {
        let mut action = SaveAction::None;
        let mut confirmed = false;
        let (path, path_focused) = (&mut self.path, &mut self.path_focused);
        let modal = egui::Modal::new(egui::Id::unique("save-body")).show(ui.ctx(), |ui| {
            ui.set_width(520.0);
            ui.heading(i18n.t("save-title"));
            let label = ui.label(i18n.t("save-path"));
            let field = ui
                .add(egui::TextEdit::singleline(path).desired_width(500.0))
                .labelled_by(label.id);
            // Ready to type (or to press Enter on the suggested name) without reaching for it.
            if !std::mem::replace(path_focused, true) {
                field.request_focus();
            }
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.label(
                RichText::new(i18n.f(
                    "save-size",
                    &[("size", &format::bytes(exchange.body_bytes().len() as u64))],
                ))
                .weak(),
            );
            ui.horizontal(|ui| {
                confirmed = ui.button(i18n.t("save-confirm")).clicked() || entered;
                if ui.button(i18n.t("save-cancel")).clicked() {
                    action = SaveAction::Cancel;
                }
            });
        });
        if confirmed {
            let path = PathBuf::from(self.path.trim());
            action = self.save(i18n, path, exchange);
        } else if modal.should_close() && action == SaveAction::None {
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
    downloads_folder().join(name)
}
