//! The line at the very top: the app's name, its tagline, the language picker, the Lessons
//! button and the Help menu (welcome, keyboard shortcuts, About).

use egui::{RichText, Ui};

use crate::i18n::{I18n, LANGUAGES};

/// What the learner did in the title bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TitleAction {
    /// Nothing.
    None,
    /// Switch the window to the language with this code (e.g. `ko`).
    Language(&'static str),
    /// Open the Lessons window (starting the practice server if it is not running).
    Lessons,
    /// Show the welcome (three things to try) again.
    Welcome,
    /// Open the list of keyboard shortcuts.
    Shortcuts,
    /// Open the About window (version, licences).
    About,
}

/// Draw the title bar.
pub fn title_bar(ui: &mut Ui, i18n: I18n) -> TitleAction {
    let mut action = TitleAction::None;
    ui.horizontal(|ui| {
        ui.label(RichText::new("wirepeek").strong().size(16.0));
        // In a narrow or zoomed window the buttons on the right need the room.
        if ui.available_width() > 640.0 {
            ui.label(RichText::new(i18n.t("tagline")).weak());
        }
        // At the right end, in reading order, so Tab goes Language, Lessons, Help as the eye
        // does (egui's right-to-left layout would add, and focus, them from the right).
        at_the_right(ui, |ui| {
            let mut code = i18n.code();
            let current = LANGUAGES
                .iter()
                .find(|l| l.code == code)
                .map_or("English", |l| l.name);
            egui::ComboBox::from_label(i18n.t("language"))
                .selected_text(current)
                .show_ui(ui, |ui| {
                    for language in LANGUAGES {
                        ui.selectable_value(&mut code, language.code, language.name);
                    }
                });
            if code != i18n.code() {
                action = TitleAction::Language(code);
            }
            if ui
                .button(i18n.t("lessons-button"))
                .on_hover_text(i18n.t("lessons-button-tooltip"))
                .clicked()
            {
                action = TitleAction::Lessons;
            }
            if let Some(chosen) = help_menu(ui, i18n) {
                action = chosen;
            }
        });
    });
    action
}

/// Add `add_contents` left to right, ending at the right edge of the (horizontal) `ui`. The
/// group's width is only known once drawn, so it is placed by its width in the last frame
/// (and drawn again at once when that changed, e.g. after switching the language).
fn at_the_right(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui)) {
    let id = ui.scope_id().with("at-the-right");
    let last_width: f32 = ui.data(|d| d.get_temp(id)).unwrap_or(0.0);
    ui.add_space((ui.available_width() - last_width).max(0.0));
    let width = ui.horizontal(add_contents).response.rect.width();
    if (width - last_width).abs() > 0.5 {
        ui.data_mut(|d| d.insert_temp(id, width));
        ui.ctx().request_repaint();
    }
}

/// The Help menu; what was chosen in it, if anything.
fn help_menu(ui: &mut Ui, i18n: I18n) -> Option<TitleAction> {
    let mut chosen = None;
    ui.menu_button(i18n.t("help-menu"), |ui| {
        for (key, action) in [
            ("help-welcome", TitleAction::Welcome),
            ("help-shortcuts", TitleAction::Shortcuts),
            ("help-about", TitleAction::About),
        ] {
            if ui.button(i18n.t(key)).clicked() {
                chosen = Some(action);
                ui.close();
            }
        }
    });
    chosen
}
