//! The first thing a new learner sees, in the middle of the window until the first fetch: three
//! things to try, each one click away, with a sentence on what each will show. The Help menu
//! brings it back.

use egui::{RichText, Ui};

use crate::i18n::I18n;

/// The plain-http example: the textbook's own file.
pub const PLAIN_EXAMPLE: &str = "http://data.pr4e.org/romeo.txt";

/// The https example: a small page kept for examples.
pub const SECURE_EXAMPLE: &str = "https://example.com/";

/// The two addresses the welcome offers to fetch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Examples {
    /// Fetched over plain HTTP.
    pub plain: String,
    /// Fetched over HTTPS.
    pub secure: String,
}

impl Default for Examples {
    fn default() -> Self {
        Self {
            plain: PLAIN_EXAMPLE.to_owned(),
            secure: SECURE_EXAMPLE.to_owned(),
        }
    }
}

/// What the learner did in the welcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WelcomeAction {
    /// Nothing.
    None,
    /// Put this address in the URL bar and fetch it.
    Fetch(String),
    /// Open the Lessons window.
    Lessons,
    /// Hide the welcome and show the response again (offered only when there is one).
    Close,
}

/// Draw the welcome, filling the space it is given. `can_close`: there is something else to go
/// back to (it was opened again from the Help menu).
pub fn welcome(ui: &mut Ui, i18n: I18n, examples: &Examples, can_close: bool) -> WelcomeAction {
    let mut action = WelcomeAction::None;
    egui::ScrollArea::vertical()
        .id_salt("welcome")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // Lines a reader can follow on a wide screen, and wrapped in a narrow or zoomed one.
            ui.set_max_width(ui.available_width().min(720.0));
            ui.add_space(8.0);
            // The way back comes first: on a short window the end of the welcome is a scroll away.
            if can_close && ui.button(i18n.t("welcome-close")).clicked() {
                action = WelcomeAction::Close;
            }
            ui.heading(i18n.t("welcome-title"));
            ui.add_space(4.0);
            ui.label(i18n.t("welcome-intro"));
            ui.add_space(8.0);
            let choices = [
                (
                    "welcome-plain-title",
                    i18n.f("welcome-fetch", &[("url", &examples.plain)]),
                    "welcome-plain-look",
                    WelcomeAction::Fetch(examples.plain.clone()),
                ),
                (
                    "welcome-secure-title",
                    i18n.f("welcome-fetch", &[("url", &examples.secure)]),
                    "welcome-secure-look",
                    WelcomeAction::Fetch(examples.secure.clone()),
                ),
                (
                    "welcome-lessons-title",
                    i18n.t("welcome-lessons-button").to_owned(),
                    "welcome-lessons-look",
                    WelcomeAction::Lessons,
                ),
            ];
            for (title, button, look, chosen) in choices {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(RichText::new(i18n.t(title)).strong());
                    if ui.button(button).clicked() {
                        action = chosen;
                    }
                    ui.label(i18n.t(look));
                });
                ui.add_space(6.0);
            }
            ui.label(RichText::new(i18n.t("welcome-own")).weak());
        });
    action
}
