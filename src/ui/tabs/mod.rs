//! The tabs at the bottom of the window, one file each.
//!
//! Each tab file has a `KEY` (the catalog key of its name) and
//! `show(ui, i18n, &mut TabInput) -> TabAction`. Adding a tab is one new file, one line in the
//! `tabs!` list below and its name in the catalog (`src/i18n/*.ftl`).

pub mod code;
pub mod connection;
pub mod history;
pub mod quiz;
pub mod settings;
pub mod story;
pub mod timeline;
pub mod wire;

use egui::Ui;

use crate::i18n::I18n;
use crate::wire::Exchange;

use history::{HistoryAction, HistoryEntry};
use settings::Settings;
use wire::map::WireMap;

/// What a tab may look at, and the one thing it may change in place (the settings).
pub struct TabInput<'a> {
    /// Every exchange of the fetch on screen, the final one last (empty before the first fetch).
    pub chain: &'a [Exchange],
    /// Whether `chain` is a fetch still running (its one exchange as far as it has got).
    pub arriving: bool,
    /// The ids of the History entries picked for comparing.
    pub compare_picked: &'a [u64],
    /// The parts of the final exchange's bytes, for the Wire tab.
    pub wire: Option<&'a WireMap>,
    /// The remembered fetches, newest first.
    pub history: &'a [HistoryEntry],
    /// The ids of the History entries whose whole exchange is still in memory.
    pub kept: &'a [u64],
    /// The settings for the next fetches.
    pub settings: &'a mut Settings,
    /// The length of the Timeline's time axis when it must not follow `chain`: a replay keeps
    /// the whole fetch's length, so the bars grow as its clock moves.
    pub time_axis: Option<std::time::Duration>,
    /// What on which page made the fetch on screen (a link, an image, a form), with that page's
    /// address, for the story to begin with.
    pub caused_by: Option<(history::Cause, &'a str)>,
    /// The "where does the head end" question while it is answered by clicking a line in the
    /// Wire tab (the Test yourself tab starts it; the app keeps it across tabs).
    pub wire_answer: &'a mut Option<quiz::WireAnswer>,
}

/// What a tab asks the app to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TabAction {
    /// Nothing.
    None,
    /// Something in the History list.
    History(HistoryAction),
    /// Switch to this tab (the quiz and the Wire tab send the learner to each other).
    Open(Tab),
}

/// Lists the tabs once; makes the `Tab` enum, its order, names and drawing from the list.
macro_rules! tabs {
    ($($(#[doc = $doc:literal])* $tab:ident => $file:ident as $name:literal,)+) => {
        /// A tab at the bottom of the window.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Tab {
            $($(#[doc = $doc])* $tab,)+
        }

        impl Tab {
            /// Every tab, in the order they are shown.
            pub const ALL: &[Tab] = &[$(Tab::$tab,)+];

            /// The tab called `name` on the command line (`--view NAME`).
            pub fn named(name: &str) -> Option<Tab> {
                match name {
                    $($name => Some(Tab::$tab),)+
                    _ => None,
                }
            }

            /// Every name `--view` takes, in the order the tabs are shown.
            pub const NAMES: &[&str] = &[$($name,)+];

            /// The catalog key of the tab's name.
            pub fn key(self) -> &'static str {
                match self {
                    $(Tab::$tab => $file::KEY,)+
                }
            }

            /// Draw the tab's content.
            pub fn show(self, ui: &mut Ui, i18n: I18n, input: &mut TabInput<'_>) -> TabAction {
                match self {
                    $(Tab::$tab => $file::show(ui, i18n, input),)+
                }
            }
        }
    };
}

tabs! {
    /// The request and the response exactly as they crossed the socket, every part named.
    Wire => wire as "wire",
    /// Each step of the fetch on a time axis, and every read.
    Timeline => timeline as "timeline",
    /// Where the request went: the URL taken apart, DNS, connect attempts, TLS.
    Connection => connection as "connection",
    /// The fetch told as numbered steps with its own numbers; a failed step explained.
    Story => story as "story",
    /// The request on screen as code that sends it again (Python, curl, raw, Rust).
    Code => code as "code",
    /// Questions about the exchange on screen, answered by its own bytes.
    Quiz => quiz as "quiz",
    /// The last fetches.
    History => history as "history",
    /// Limits and the extra certificate authority.
    Settings => settings as "settings",
}

/// The row of tab buttons; switches `open` when one is clicked.
pub fn tab_bar(ui: &mut Ui, i18n: I18n, open: &mut Tab) {
    // Wrapped: in a narrow or zoomed window (800x600 on a projector) the last tabs go to a
    // second line instead of off the edge.
    ui.horizontal_wrapped(|ui| {
        for &tab in Tab::ALL {
            if ui
                .add(egui::Button::selectable(*open == tab, i18n.t(tab.key())))
                .clicked()
            {
                *open = tab;
            }
        }
    });
}
