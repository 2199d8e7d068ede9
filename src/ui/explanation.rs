//! An explanation in the window (from `crate::learn::explain`): its name, the one-line summary,
//! the paragraph and the standard, in the learner's language.

use egui::{RichText, Ui};

use crate::i18n::I18n;
use crate::learn::Message;
use crate::learn::explain::Explanation;

/// The line that names the standard ("Standard: RFC 9110, 15.5.5"), or says there is none.
pub fn standard_line(i18n: I18n, explanation: &Explanation) -> String {
    if explanation.standard.is_empty() {
        i18n.t("explain-no-standard").to_owned()
    } else {
        i18n.render(&Message::new("explain-standard").text("standard", explanation.standard))
    }
}

/// The whole explanation as one text, for a tooltip: summary, paragraph, standard.
pub fn full_text(i18n: I18n, explanation: &Explanation) -> String {
    format!(
        "{}\n\n{}\n\n{}",
        i18n.render(&explanation.summary),
        i18n.render(&explanation.paragraph),
        standard_line(i18n, explanation)
    )
}

/// Draw the explanation: its name with a button that closes it, the summary,
/// what the value says (`value_lines`, may be empty), the paragraph and the standard. What the
/// value says comes before the paragraph, so it shows first in a short panel. Returns whether
/// the close button was pressed.
pub fn explanation_card(
    ui: &mut Ui,
    i18n: I18n,
    explanation: &Explanation,
    value_lines: &[Message],
) -> bool {
    let mut closed = false;
    // No frame of its own: it fills a panel or a part of one, whose edges already set it off,
    // and a short panel has no points to spare.
    egui::Sides::new().shrink_left().wrap().show(
        ui,
        |ui| {
            ui.label(RichText::new(&explanation.title).monospace().strong());
        },
        |ui| {
            closed = ui.button(i18n.t("explain-close")).clicked();
        },
    );
    ui.add(egui::Label::new(RichText::new(i18n.render(&explanation.summary)).strong()).wrap());
    if !value_lines.is_empty() {
        ui.label(RichText::new(i18n.t("explain-value-heading")).strong());
        for line in value_lines {
            ui.add(egui::Label::new(format!("• {}", i18n.render(line))).wrap());
        }
        ui.add_space(4.0);
    }
    ui.add(egui::Label::new(i18n.render(&explanation.paragraph)).wrap());
    ui.label(RichText::new(standard_line(i18n, explanation)).weak());
    closed
}
