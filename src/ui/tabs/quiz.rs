//! The "Test yourself" tab: questions about the exchange on screen (`crate::learn::quiz`), each
//! answer checked at once and explained with the learn entry behind it.

use egui::{RichText, Ui};

use crate::i18n::I18n;
use crate::learn::quiz::{Choice, HeadEndPick, Question, QuestionKind, questions};
use crate::learn::{Arg, Message};
use crate::ui::explanation::standard_line;
use crate::wire::Exchange;

use super::{Tab, TabAction, TabInput};

/// The catalog key of the tab's name.
pub const KEY: &str = "tab-quiz";

/// The learner's last pick for each question of one exchange, kept in egui's memory under an
/// id made from that exchange, so a new fetch starts with fresh questions and the app needs no
/// field of its own.
#[derive(Clone, Default)]
struct Picks(Vec<Option<usize>>);

/// "Where does the response head end", answered by clicking a line in the Wire tab. The app
/// keeps it while the learner goes between the two tabs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WireAnswer {
    /// The exchange it is about ([`exchange_key`]); on another exchange it is ignored.
    pub exchange: egui::Id,
    /// What the last line clicked says, once one is.
    pub last: Option<HeadEndPick>,
    /// The Wire tab still asks for a click (off once the learner stops or goes back).
    pub asking: bool,
    /// The Wire tab has brought the response into view.
    pub shown: bool,
}

impl WireAnswer {
    /// A question about `exchange`, not answered yet.
    pub fn new(exchange: &Exchange) -> Self {
        Self {
            exchange: exchange_key(exchange),
            last: None,
            asking: true,
            shown: false,
        }
    }

    /// Whether it is about `exchange`.
    pub fn is_about(&self, exchange: &Exchange) -> bool {
        self.exchange == exchange_key(exchange)
    }
}

/// Draw the tab.
pub fn show(ui: &mut Ui, i18n: I18n, input: &mut TabInput<'_>) -> TabAction {
    let Some(exchange) = input.chain.last() else {
        ui.label(RichText::new(i18n.t("quiz-empty")).weak());
        return TabAction::None;
    };
    if input.arriving {
        ui.label(RichText::new(i18n.t("quiz-arriving")).weak());
        return TabAction::None;
    }
    let asked = questions(exchange);
    if asked.is_empty() {
        ui.label(RichText::new(i18n.t("quiz-none")).weak());
        return TabAction::None;
    }
    let id = exchange_key(exchange);
    let from_wire = (input.wire_answer.as_ref())
        .filter(|answer| answer.exchange == id)
        .and_then(|answer| answer.last);
    let mut in_wire = false;
    let mut picks = ui.data_mut(|d| d.get_temp::<Picks>(id)).unwrap_or_default();
    picks.0.resize(asked.len(), None);
    // The right line clicked in the Wire tab counts as the right pick.
    if from_wire.is_some_and(HeadEndPick::is_right) {
        for (question, pick) in asked.iter().zip(picks.0.iter_mut()) {
            if question.kind == QuestionKind::HeadEnd {
                *pick = Some(question.correct);
            }
        }
    }
    egui::ScrollArea::vertical()
        .id_salt("quiz-tab")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(RichText::new(i18n.t("quiz-intro")).weak());
            let right = asked
                .iter()
                .zip(&picks.0)
                .filter(|(q, pick)| **pick == Some(q.correct))
                .count();
            ui.label(
                i18n.render(
                    &Message::new("quiz-score")
                        .with("right", Arg::Count(right as u64))
                        .with("total", Arg::Count(asked.len() as u64)),
                ),
            );
            for (index, (question, pick)) in asked.iter().zip(picks.0.iter_mut()).enumerate() {
                ui.add_space(6.0);
                let from_wire = from_wire.filter(|_| question.kind == QuestionKind::HeadEnd);
                ui.push_id(index, |ui| {
                    in_wire |= one_question(ui, i18n, index + 1, question, pick, from_wire);
                });
            }
        });
    ui.data_mut(|d| d.insert_temp(id, picks));
    if in_wire {
        *input.wire_answer = Some(WireAnswer::new(exchange));
        return TabAction::Open(Tab::Wire);
    }
    TabAction::None
}

/// Where the picks for `exchange` are kept: its URL, size, reads and timing tell fetches apart.
pub fn exchange_key(exchange: &Exchange) -> egui::Id {
    egui::Id::unique((
        "quiz-picks",
        &exchange.url_normalized,
        exchange.received.len(),
        exchange.reads.len(),
        exchange.started_at,
        exchange.reads.last().map(|r| r.at),
        exchange.status_code(),
    ))
}

/// One question: what it asks, its choices, and once one is picked, the verdict. "Where does
/// the head end" also offers to answer in the Wire tab (`from_wire`: what a click there said);
/// whether the learner asked to.
fn one_question(
    ui: &mut Ui,
    i18n: I18n,
    number: usize,
    question: &Question,
    pick: &mut Option<usize>,
    from_wire: Option<HeadEndPick>,
) -> bool {
    let ask = format!("{number}. {}", i18n.render(&question.ask));
    ui.add(egui::Label::new(RichText::new(ask).strong()).wrap());
    let lines = question
        .choices
        .iter()
        .any(|c| matches!(c, Choice::Line { .. }));
    let mut choice_button = |ui: &mut Ui, index: usize, choice: &Choice| {
        let text = i18n.render(&choice.message());
        let text = if lines {
            RichText::new(text).monospace()
        } else {
            RichText::new(text)
        };
        if ui
            .add(egui::Button::selectable(*pick == Some(index), text))
            .clicked()
        {
            *pick = Some(index);
        }
    };
    if lines {
        // Lines of the response, one under the other as they were received.
        ui.indent("quiz-lines", |ui| {
            for (index, choice) in question.choices.iter().enumerate() {
                choice_button(ui, index, choice);
            }
        });
    } else {
        ui.horizontal_wrapped(|ui| {
            for (index, choice) in question.choices.iter().enumerate() {
                choice_button(ui, index, choice);
            }
        });
    }
    let mut in_wire = false;
    if question.kind == QuestionKind::HeadEnd {
        // Or find the line among all the bytes, where it really is.
        in_wire = ui
            .button(i18n.t("quiz-head_end-in-wire"))
            .on_hover_text(i18n.t("quiz-head_end-in-wire-tooltip"))
            .clicked();
    }
    match *pick {
        Some(index) if index == question.correct => verdict_right(ui, i18n, question),
        _ if from_wire.is_some_and(|p| !p.is_right()) => {
            let verdict = from_wire.map(|p| i18n.render(&p.message()));
            let text = i18n.f(
                "quiz-head_end-from-wire",
                &[("verdict", verdict.as_deref().unwrap_or_default())],
            );
            ui.add(egui::Label::new(RichText::new(text).color(ui.visuals().error_fg_color)).wrap());
        }
        None => {}
        Some(_) => {
            ui.label(RichText::new(i18n.t("quiz-wrong")).color(ui.visuals().error_fg_color));
        }
    }
    in_wire
}

/// "Right", why, and what the learn entry says about it.
pub fn verdict_right(ui: &mut Ui, i18n: I18n, question: &Question) {
    ui.indent("quiz-verdict", |ui| {
        ui.label(RichText::new(i18n.t("quiz-right")).strong());
        ui.add(egui::Label::new(i18n.render(&question.why)).wrap());
        match &question.explanation {
            Some(explanation) => {
                let summary = format!(
                    "{}: {}",
                    explanation.title,
                    i18n.render(&explanation.summary)
                );
                ui.add(egui::Label::new(summary).wrap());
                ui.label(
                    RichText::new(standard_line(i18n, explanation))
                        .weak()
                        .small(),
                );
            }
            None if !question.standard.is_empty() => {
                let line = Message::new("explain-standard").text("standard", question.standard);
                ui.label(RichText::new(i18n.render(&line)).weak().small());
            }
            None => {}
        }
    });
}
