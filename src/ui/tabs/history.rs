//! The History tab: the last 100 fetches; click one to load its request back.

use egui::{RichText, Ui};

use crate::i18n::I18n;
use crate::wire::{Exchange, HttpVersion, Request};

use crate::ui::format;
use crate::ui::status_strip::status_colour;
use crate::ui::url_bar::Draft;

use super::{TabAction, TabInput};

/// The catalog key of the tab's name.
pub const KEY: &str = "tab-history";

/// Draw the tab: the list, whose clicks the app carries out.
pub fn show(ui: &mut Ui, i18n: I18n, input: &mut TabInput<'_>) -> TabAction {
    TabAction::History(history_list(ui, i18n, input.history))
}

/// How many fetches are remembered.
pub const MAX_HISTORY: usize = 100;

/// One remembered fetch.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct HistoryEntry {
    /// When it was fetched, seconds since 1970 (UTC).
    pub unix_seconds: u64,
    /// The method.
    pub method: String,
    /// The URL as typed.
    pub url: String,
    /// The HTTP version asked for.
    pub version: HttpVersion,
    /// Whether redirects were followed.
    pub follow_redirects: bool,
    /// The final status code, if a response arrived.
    pub status: Option<u16>,
    /// The error kind, if the fetch failed.
    pub error: Option<String>,
    /// Total time in milliseconds.
    pub total_ms: Option<f64>,
    /// The request exactly as it was asked for (headers in order, body, raw text), so the entry
    /// can be sent again as it was; `None` in entries saved before it was recorded.
    pub request: Option<Request>,
}

impl HistoryEntry {
    /// The entry for a finished fetch of `draft`: `chain` holds every hop, the last one final.
    pub fn new(draft: &Draft, chain: &[Exchange]) -> Self {
        let last = chain.last();
        Self {
            unix_seconds: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
            method: draft.method.clone(),
            url: draft.url.trim().to_owned(),
            version: draft.version,
            follow_redirects: draft.follow_redirects,
            status: last.and_then(Exchange::status_code),
            error: last
                .and_then(|e| e.error.as_ref())
                .map(|e| e.kind().to_owned()),
            total_ms: last
                .and_then(|e| e.timing.done)
                .map(|d| d.as_secs_f64() * 1000.0),
            // The first hop's request is the one the learner asked for (later ones are redirects).
            request: chain.first().map(|first| first.request.clone()),
        }
    }

    /// The request to load back.
    pub fn draft(&self) -> Draft {
        Draft {
            method: self.method.clone(),
            url: self.url.clone(),
            version: self.version,
            follow_redirects: self.follow_redirects,
        }
    }
}

/// The status code, or the error's short name in the learner's words (stored as its stable kind
/// name, so the list follows the language picked now, not the one of the fetch).
fn status_text(i18n: I18n, entry: &HistoryEntry) -> String {
    match (entry.status, &entry.error) {
        (Some(code), _) => code.to_string(),
        (None, Some(kind)) => {
            i18n.render(&crate::learn::Message::new(format!("error-kind-{kind}")))
        }
        (None, None) => "-".into(),
    }
}

/// Put `entry` first, dropping the oldest beyond [`MAX_HISTORY`].
pub fn remember(history: &mut Vec<HistoryEntry>, entry: HistoryEntry) {
    history.insert(0, entry);
    history.truncate(MAX_HISTORY);
}

/// What the learner did in the history list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryAction {
    /// Nothing.
    None,
    /// Load entry number `.0` back into the URL bar.
    Load(usize),
    /// Forget everything.
    Clear,
}

/// Draw the list, newest first.
pub fn history_list(ui: &mut Ui, i18n: I18n, history: &[HistoryEntry]) -> HistoryAction {
    let mut action = HistoryAction::None;
    ui.horizontal(|ui| {
        ui.label(RichText::new(i18n.t("history-help")).weak());
        if ui
            .add_enabled(
                !history.is_empty(),
                egui::Button::new(i18n.t("history-clear")),
            )
            .clicked()
        {
            action = HistoryAction::Clear;
        }
    });
    if history.is_empty() {
        ui.label(RichText::new(i18n.t("history-empty")).weak());
        return action;
    }
    egui::ScrollArea::vertical()
        .id_salt("history")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (index, entry) in history.iter().enumerate() {
                ui.horizontal(|ui| {
                    let time = crate::wire::utc_text(entry.unix_seconds);
                    ui.label(RichText::new(time).monospace().weak());
                    let status = status_text(i18n, entry);
                    ui.label(
                        RichText::new(status)
                            .strong()
                            .color(status_colour(entry.status)),
                    );
                    if let Some(ms) = entry.total_ms {
                        ui.label(
                            RichText::new(format::duration(std::time::Duration::from_secs_f64(
                                ms / 1000.0,
                            )))
                            .weak(),
                        );
                    }
                    let text = format!("{} {}", entry.method, entry.url);
                    if ui
                        .link(RichText::new(text).monospace())
                        .on_hover_text(i18n.t("history-load"))
                        .clicked()
                    {
                        action = HistoryAction::Load(index);
                    }
                });
            }
        });
    action
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_is_named_in_the_learners_words_not_by_its_kind() {
        let entry = HistoryEntry {
            error: Some("connection_refused".into()),
            ..HistoryEntry::default()
        };
        let english = status_text(I18n::default(), &entry);
        let korean = status_text(I18n::new("ko").expect("Korean exists"), &entry);
        assert_eq!(english, "connection refused");
        assert_eq!(korean, "연결 거부");
        let ok = HistoryEntry {
            status: Some(404),
            ..entry
        };
        assert_eq!(status_text(I18n::default(), &ok), "404");
    }
}
