//! The slow-replay controls above the bottom tabs: Replay slowly; while replaying Play/Pause,
//! Step (one read forward), the speed, where the replay is, and a way back to the whole exchange.

use egui::{RichText, Ui};

use crate::app::replay::{PREPARING_NOTICE, Replay, Speed};
use crate::i18n::{self, I18n};

/// What the learner asked of the replay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplayAction {
    /// Nothing.
    None,
    /// Begin replaying the exchange on screen.
    Start,
    /// Start or stop the clock.
    PlayPause,
    /// One read forward.
    Step,
    /// Run the clock at this speed.
    Speed(Speed),
    /// Back to the whole exchange.
    Stop,
}

/// Draw the controls: the Replay button when not replaying (greyed out while there is no
/// finished fetch, `available` false), the whole row while replaying; while a read takes a
/// while to prepare, the row says so at its end. Always one row, so what is below never moves.
pub fn replay_bar(
    ui: &mut Ui,
    i18n: I18n,
    replay: Option<&Replay>,
    available: bool,
) -> ReplayAction {
    let mut action = ReplayAction::None;
    ui.horizontal(|ui| {
        let Some(replay) = replay else {
            if ui
                .add_enabled(available, egui::Button::new(i18n.t("replay-start")))
                .on_hover_text(i18n.t("replay-start-tooltip"))
                .on_disabled_hover_text(i18n.t("replay-start-unavailable"))
                .clicked()
            {
                action = ReplayAction::Start;
            }
            return;
        };
        let play = if replay.is_playing() {
            "replay-pause"
        } else {
            "replay-play"
        };
        if ui.button(i18n.t(play)).clicked() {
            action = ReplayAction::PlayPause;
        }
        if ui
            .button(i18n.t("replay-step"))
            .on_hover_text(i18n.t("replay-step-tooltip"))
            .clicked()
        {
            action = ReplayAction::Step;
        }
        ui.label(i18n.t("replay-speed"));
        for &speed in Speed::ALL {
            if ui
                .add(egui::Button::selectable(
                    replay.speed == speed,
                    speed.label(),
                ))
                .clicked()
            {
                action = ReplayAction::Speed(speed);
            }
        }
        let (shown, reads) = replay.reads();
        let (at, length) = replay.clock();
        ui.label(i18n.f(
            "replay-position",
            &[
                ("shown", &shown.to_string()),
                ("reads", &reads.to_string()),
                ("at", &i18n::duration(at)),
                ("length", &i18n::duration(length)),
            ],
        ));
        if ui.button(i18n.t("replay-stop")).clicked() {
            action = ReplayAction::Stop;
        }
        if let Some((read, waited)) = replay.preparing()
            && waited >= PREPARING_NOTICE
        {
            ui.label(
                RichText::new(i18n.f("replay-preparing", &[("read", &read.to_string())])).weak(),
            );
        }
    });
    action
}
