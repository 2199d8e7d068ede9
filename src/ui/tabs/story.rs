//! The "What happened" tab: the story of the fetch on screen as numbered steps, each told with
//! the exchange's own numbers (`crate::learn::story`); a step that failed is explained beneath.

use egui::{RichText, Ui};

use crate::i18n::I18n;
use crate::learn::story::{StoryStep, story};

use super::{TabAction, TabInput};

/// The catalog key of the tab's name.
pub const KEY: &str = "tab-story";

/// Draw the tab.
pub fn show(ui: &mut Ui, i18n: I18n, input: &mut TabInput<'_>) -> TabAction {
    if input.chain.is_empty() {
        ui.label(RichText::new(i18n.t("story-empty")).weak());
        return TabAction::None;
    }
    let steps = story(input.chain);
    egui::ScrollArea::vertical()
        .id_salt("story-tab")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let intro = if input.arriving {
                "story-arriving"
            } else {
                "story-intro"
            };
            ui.label(RichText::new(i18n.t(intro)).weak());
            if let Some((cause, page)) = input.caused_by {
                // The half of the textbook's story that happens before step 1: the click.
                let text = i18n.f(cause.story_key(), &[("page", page)]);
                ui.add(egui::Label::new(RichText::new(text).strong()).wrap());
            }
            for (index, step) in steps.iter().enumerate() {
                // While the fetch arrives (live or replayed), its last step is the one under way.
                let current = input.arriving && index + 1 == steps.len();
                numbered(ui, i18n, index + 1, step, current);
            }
        });
    TabAction::None
}

/// One step: its number, the sentence, and for a failed step what happened underneath.
fn numbered(ui: &mut Ui, i18n: I18n, number: usize, step: &StoryStep, current: bool) {
    // The step under way is marked by an arrow as well as its colour, so it is found without
    // telling colours apart (and a screen reader says it).
    let mark = if current { "→ " } else { "" };
    let text = format!("{mark}{number}. {}", i18n.render(&step.message()));
    let failed = matches!(step, StoryStep::Stopped { .. });
    let line = if failed {
        RichText::new(text).color(ui.visuals().error_fg_color)
    } else if current {
        RichText::new(text)
            .strong()
            .background_color(ui.visuals().selection.bg_fill)
    } else {
        RichText::new(text)
    };
    ui.add(egui::Label::new(line).wrap());
    if let Some(explanation) = step.explanation() {
        ui.indent("story-underneath", |ui| {
            ui.label(RichText::new(i18n.t("story-underneath")).strong());
            ui.add(egui::Label::new(i18n.render(&explanation.summary)).wrap());
            ui.add(
                egui::Label::new(RichText::new(i18n.render(&explanation.paragraph)).weak()).wrap(),
            );
            if !explanation.standard.is_empty() {
                ui.label(RichText::new(explanation.standard).weak().small());
            }
        });
    }
    if let Some((line, service)) = step.recognized() {
        ui.indent("story-recognized", |ui| {
            let text = format!("{} {}", i18n.render(&line), i18n.render(&service.summary));
            ui.add(egui::Label::new(text).wrap());
        });
    }
}
