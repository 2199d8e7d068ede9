//! The bar at the top: method, URL, HTTP version, Fetch/Cancel, and live progress while fetching.

use egui::{Key, Ui};

use crate::i18n::{self, I18n};
use crate::wire::{HttpVersion, Progress};

pub use super::request_editor::Draft;

use super::format;

/// Methods offered in the picker (any other token can be typed on the command line).
pub const METHODS: [&str; 7] = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"];

/// What the learner asked for in the bar this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarAction {
    /// Nothing.
    None,
    /// Start fetching the draft.
    Fetch,
    /// Stop the running fetch.
    Cancel,
}

/// A word beside the URL bar when its port usually serves something else than the scheme
/// (`:25` is mail, `https://…:80` plain HTTP); hovering it explains the port.
fn port_hint(ui: &mut Ui, i18n: I18n, url: &str) {
    if let Some((port, hint)) = crate::learn::ports::url_hint(url) {
        ui.separator();
        let explanation = crate::learn::ports::explain(port);
        ui.label(egui::RichText::new(i18n.render(&hint)).weak())
            .on_hover_text(i18n.render(&explanation.summary));
    }
}

/// Draw the bar. `running` is the progress of the fetch in flight, if any.
pub fn url_bar(
    ui: &mut Ui,
    i18n: I18n,
    draft: &mut Draft,
    running: Option<&Progress>,
    focus_url: &mut bool,
) -> BarAction {
    let mut action = BarAction::None;
    ui.horizontal(|ui| {
        // In Raw mode the typed request line says the method and the version.
        let pickers = !draft.raw_mode;
        let method = ui
            .add_enabled_ui(pickers, |ui| {
                egui::ComboBox::from_id_salt("method")
                    .selected_text(draft.method.as_str())
                    .width(90.0)
                    .show_ui(ui, |ui| {
                        for method in METHODS {
                            ui.selectable_value(&mut draft.method, method.to_owned(), method);
                        }
                    })
                    .response
            })
            .inner;
        name_picker(&method, i18n.t("method-name"), &draft.method, pickers);
        method
            .on_hover_text(i18n.t("method-tooltip"))
            .on_disabled_hover_text(i18n.t("pickers-raw-tooltip"));
        let label = ui.label(i18n.t("url-label"));
        let button_width = 110.0;
        let version_width = 100.0;
        let width = (ui.available_width() - button_width - version_width - 24.0).max(120.0);
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut draft.url)
                    .desired_width(width)
                    .hint_text(i18n.t("url-hint"))
                    .font(egui::TextStyle::Monospace),
            )
            .labelled_by(label.id);
        if std::mem::take(focus_url) {
            // As in a browser: the whole address is selected, so typing replaces it.
            field.request_focus();
            let mut state = egui::TextEdit::load_state(ui.ctx(), field.id).unwrap_or_default();
            state
                .cursor
                .set_char_range(Some(egui::text::CCursorRange::select_all_str(&draft.url)));
            egui::TextEdit::store_state(ui.ctx(), field.id, state);
        }
        if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) && running.is_none() {
            action = BarAction::Fetch;
        }
        let version = ui
            .add_enabled_ui(pickers, |ui| {
                egui::ComboBox::from_id_salt("version")
                    .selected_text(draft.version.as_str())
                    .width(version_width - 16.0)
                    .show_ui(ui, |ui| {
                        for version in [HttpVersion::Http11, HttpVersion::Http10] {
                            ui.selectable_value(&mut draft.version, version, version.as_str());
                        }
                    })
                    .response
            })
            .inner;
        name_picker(
            &version,
            i18n.t("version-name"),
            draft.version.as_str(),
            pickers,
        );
        version
            .on_hover_text(i18n.t("version-tooltip"))
            .on_disabled_hover_text(i18n.t("pickers-raw-tooltip"));
        let (text, clicked_action) = if running.is_some() {
            (i18n.t("cancel"), BarAction::Cancel)
        } else {
            (i18n.t("fetch"), BarAction::Fetch)
        };
        let button = egui::Button::new(egui::RichText::new(text).strong())
            .min_size(egui::vec2(button_width, 0.0));
        if ui
            .add(button)
            .on_hover_text(i18n.t("fetch-tooltip"))
            .clicked()
        {
            action = clicked_action;
        }
    });
    ui.horizontal(|ui| {
        ui.checkbox(&mut draft.follow_redirects, i18n.t("follow-redirects"));
        if running.is_none() {
            port_hint(ui, i18n, &draft.url);
        }
        if let Some(progress) = running {
            ui.separator();
            ui.spinner();
            ui.label(egui::RichText::new(i18n::phase_name(i18n, progress.phase())).strong());
            ui.label(i18n.f(
                "progress-bytes",
                &[
                    ("size", &format::bytes(progress.bytes_received())),
                    ("rate", &format::rate(progress.bytes_per_second())),
                ],
            ));
            if let Some(expected) = progress.expected_bytes().filter(|e| *e > 0) {
                let done = progress.bytes_received() as f32 / expected as f32;
                ui.add(
                    egui::ProgressBar::new(done.clamp(0.0, 1.0))
                        .desired_width(140.0)
                        .show_percentage(),
                );
            }
            if let Some(elapsed) = progress.elapsed() {
                ui.label(format::duration(elapsed));
            }
        }
    });
    action
}

/// Give a picker a short accessible name (the tooltip stays its description).
pub fn name_picker(response: &egui::Response, name: &str, value: &str, enabled: bool) {
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::new(egui::Role::ComboBox);
        info.label = Some(name.to_owned());
        info.current_text_value = Some(value.to_owned());
        info.enabled = enabled;
        info
    });
}
