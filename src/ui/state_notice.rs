//! A line above the status telling the learner what happened to the saved history and settings
//! (a file set aside, a file that could not be read, a save that failed), with a button to hide it.

use egui::{RichText, Ui};

use crate::app::state_file::SetAsideReason;
use crate::app::state_keeper::StateNotice;
use crate::i18n::I18n;

/// The notice in the learner's words.
pub fn notice_text(i18n: I18n, notice: &StateNotice) -> String {
    match notice {
        StateNotice::SetAside {
            reason: SetAsideReason::Broken(_),
            moved_to,
        } => i18n.f(
            "state-set-aside-broken",
            &[("file", &moved_to.display().to_string())],
        ),
        StateNotice::SetAside {
            reason: SetAsideReason::Newer(version),
            moved_to,
        } => i18n.f(
            "state-set-aside-newer",
            &[
                ("file", &moved_to.display().to_string()),
                ("version", &version.to_string()),
            ],
        ),
        StateNotice::Unreadable { .. } => i18n.t("state-unreadable").to_owned(),
        StateNotice::SaveFailed { .. } => i18n.t("state-save-failed").to_owned(),
    }
}

/// The system's own words, shown on hover (they may be in another language than the window).
fn detail(notice: &StateNotice) -> &str {
    match notice {
        StateNotice::SetAside {
            reason: SetAsideReason::Broken(detail),
            ..
        }
        | StateNotice::Unreadable { detail }
        | StateNotice::SaveFailed { detail } => detail,
        StateNotice::SetAside { .. } => "",
    }
}

/// Draw the notice; returns true when the learner hid it.
pub fn state_notice(ui: &mut Ui, i18n: I18n, notice: &StateNotice) -> bool {
    let mut hide = false;
    ui.horizontal_wrapped(|ui| {
        let text = RichText::new(notice_text(i18n, notice)).color(ui.visuals().warn_fg_color);
        let label = ui.label(text);
        let detail = detail(notice);
        if !detail.is_empty() {
            label.on_hover_text(detail);
        }
        hide = ui.button(i18n.t("state-notice-hide")).clicked();
    });
    ui.add_space(4.0);
    hide
}
