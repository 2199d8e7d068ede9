//! The History tab: the last 100 fetches, newest first. A click reopens a recent exchange whole
//! (the app keeps those in memory within a budget); older ones keep only their request and offer
//! to fetch it again.

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
    TabAction::History(history_list(
        ui,
        i18n,
        input.history,
        input.kept,
        input.compare_picked,
    ))
}

/// How many fetches are remembered.
pub const MAX_HISTORY: usize = 100;

/// One remembered fetch.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct HistoryEntry {
    /// Names the entry for the exchanges kept in memory (unique among the entries; 0 in entries
    /// saved before it was recorded).
    pub id: u64,
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
    /// The page whose link, image or form made this fetch, if one did (History lists it under
    /// that page).
    pub caused_by: Option<CausedBy>,
}

/// A fetch a page caused: which page (its History id) and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CausedBy {
    /// The History id of the page.
    pub page: u64,
    /// What on the page made the fetch.
    pub how: Cause,
}

/// What on a page made a fetch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cause {
    /// A click on a link.
    Link,
    /// "Load the images".
    Image,
    /// A form sent with GET.
    Form,
}

impl Cause {
    /// The catalog key that names it in History.
    pub fn key(self) -> &'static str {
        match self {
            Cause::Link => "history-caused-link",
            Cause::Image => "history-caused-image",
            Cause::Form => "history-caused-form",
        }
    }

    /// The catalog key of the sentence that begins the story of a fetch it made.
    pub fn story_key(self) -> &'static str {
        match self {
            Cause::Link => "page-story-link",
            Cause::Image => "page-story-image",
            Cause::Form => "page-story-form",
        }
    }
}

/// The order History draws its entries in: newest first, each page followed by the fetches it
/// caused (indented), as (index into `history`, caused by the entry above).
fn grouped(history: &[HistoryEntry]) -> Vec<(usize, bool)> {
    let listed = |id: u64| history.iter().any(|entry| entry.id == id && id != 0);
    let mut order = Vec::with_capacity(history.len());
    for (index, entry) in history.iter().enumerate() {
        if entry.caused_by.is_some_and(|cause| listed(cause.page)) {
            continue;
        }
        order.push((index, false));
        for (caused, child) in history.iter().enumerate() {
            if entry.id != 0 && child.caused_by.is_some_and(|cause| cause.page == entry.id) {
                order.push((caused, true));
            }
        }
    }
    order
}

impl HistoryEntry {
    /// The entry for a finished fetch of `draft`: `chain` holds every hop, the last one final.
    pub fn new(draft: &Draft, chain: &[Exchange]) -> Self {
        let last = chain.last();
        Self {
            id: 0,
            unix_seconds: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
            // The method sent (raw text names its own).
            method: chain
                .first()
                .map_or_else(|| draft.method.clone(), |first| first.method.clone()),
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
            caused_by: None,
        }
    }

    /// The request to load back: exactly as it was sent (headers, body, raw text) when the
    /// entry recorded it.
    pub fn draft(&self) -> Draft {
        match &self.request {
            Some(request) => Draft::from_request(request, self.follow_redirects),
            None => Draft {
                method: self.method.clone(),
                url: self.url.clone(),
                version: self.version,
                follow_redirects: self.follow_redirects,
                ..Draft::default()
            },
        }
    }
}

/// The status code and, when the fetch ended in an error (cancelled, cut off, refused), the
/// error's short name in the learner's words (stored as its stable kind name, so the list follows
/// the language picked now, not the one of the fetch).
fn status_text(i18n: I18n, entry: &HistoryEntry) -> String {
    let error = entry
        .error
        .as_ref()
        .map(|kind| i18n.render(&crate::learn::Message::new(format!("error-kind-{kind}"))));
    match (entry.status, error) {
        (Some(code), Some(error)) => format!("{code} · {error}"),
        (Some(code), None) => code.to_string(),
        (None, Some(error)) => error,
        (None, None) => "-".into(),
    }
}

/// Seconds since 1970 as `YYYY-MM-DD HH:MM:SS` in the computer's time zone (the offset of that
/// moment, so summer time is right too); in UTC, saying so, when the zone cannot be known.
pub fn local_time_text(unix_seconds: u64) -> String {
    let utc = i64::try_from(unix_seconds)
        .ok()
        .and_then(|seconds| time::OffsetDateTime::from_unix_timestamp(seconds).ok())
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let (moment, zone) = match time::UtcOffset::local_offset_at(utc) {
        Ok(offset) => (utc.to_offset(offset), ""),
        Err(_) => (utc, " UTC"),
    };
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}{zone}",
        moment.year(),
        u8::from(moment.month()),
        moment.day(),
        moment.hour(),
        moment.minute(),
        moment.second()
    )
}

/// Put `entry` first with an id no other entry has, dropping the oldest beyond [`MAX_HISTORY`].
/// Returns the id.
pub fn remember(history: &mut Vec<HistoryEntry>, mut entry: HistoryEntry) -> u64 {
    let id = history.iter().map(|e| e.id).max().unwrap_or(0) + 1;
    entry.id = id;
    history.insert(0, entry);
    history.truncate(MAX_HISTORY);
    id
}

/// What the learner did in the history list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryAction {
    /// Nothing.
    None,
    /// Reopen entry number `.0`: its exchange on screen if it is kept, its request in the URL bar.
    Open(usize),
    /// Send entry number `.0`'s request again (its exchange is no longer kept).
    FetchAgain(usize),
    /// Pick entry number `.0` for comparing (or un-pick it); two picked open the comparison.
    ToggleCompare(usize),
    /// Load entry number `.0`'s request into the request editor, to change it or send it again.
    Edit(usize),
    /// Forget everything.
    Clear,
}

/// Draw the list, newest first; `kept` holds the ids of the entries whose exchange is in memory,
/// `picked` those picked for comparing.
pub fn history_list(
    ui: &mut Ui,
    i18n: I18n,
    history: &[HistoryEntry],
    kept: &[u64],
    picked: &[u64],
) -> HistoryAction {
    let mut action = HistoryAction::None;
    ui.horizontal_wrapped(|ui| {
        let budget = format::bytes(crate::app::recent::BUDGET_BYTES as u64);
        ui.label(RichText::new(i18n.f("history-reopen-help", &[("budget", &budget)])).weak());
        if ui
            .add_enabled(
                !history.is_empty(),
                egui::Button::new(i18n.t("history-clear")),
            )
            .on_disabled_hover_text(i18n.t("history-clear-nothing"))
            .clicked()
        {
            action = HistoryAction::Clear;
        }
        let hint = if picked.len() == 1 {
            "history-compare-hint"
        } else {
            "history-compare-kept-only"
        };
        ui.label(RichText::new(i18n.t(hint)).weak());
    });
    if history.is_empty() {
        ui.label(RichText::new(i18n.t("history-empty")).weak());
        return action;
    }
    egui::ScrollArea::vertical()
        .id_salt("history")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (index, under_page) in grouped(history) {
                let Some(entry) = history.get(index) else {
                    continue;
                };
                ui.horizontal(|ui| {
                    if under_page {
                        ui.add_space(28.0);
                    }
                    let is_kept = kept.contains(&entry.id);
                    let mut is_picked = picked.contains(&entry.id);
                    let pick = ui
                        .add_enabled(
                            is_kept,
                            egui::Checkbox::new(&mut is_picked, i18n.t("history-compare")),
                        )
                        .on_disabled_hover_text(i18n.t("history-compare-not-kept"));
                    if pick.changed() {
                        action = HistoryAction::ToggleCompare(index);
                    }
                    let time = local_time_text(entry.unix_seconds);
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
                    let hover = if is_kept {
                        "history-reopen"
                    } else {
                        "history-load"
                    };
                    if ui
                        .link(RichText::new(text).monospace())
                        .on_hover_text(i18n.t(hover))
                        .clicked()
                    {
                        action = HistoryAction::Open(index);
                    }
                    if let Some(cause) = entry.caused_by {
                        ui.label(RichText::new(i18n.t(cause.how.key())).italics().weak());
                    }
                    if !is_kept {
                        ui.label(RichText::new(i18n.t("history-request-only")).weak());
                        if ui.button(i18n.t("history-fetch-again")).clicked() {
                            action = HistoryAction::FetchAgain(index);
                        }
                    }
                    if ui
                        .button(i18n.t("history-edit"))
                        .on_hover_text(i18n.t("history-edit-tooltip"))
                        .clicked()
                    {
                        action = HistoryAction::Edit(index);
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
            error: None,
            ..entry
        };
        assert_eq!(status_text(I18n::default(), &ok), "404");
    }

    #[test]
    fn a_cancelled_or_cut_off_fetch_is_marked_after_its_status() {
        let cut_off = HistoryEntry {
            status: Some(200),
            error: Some("body_incomplete".into()),
            ..HistoryEntry::default()
        };
        assert_eq!(
            status_text(I18n::default(), &cut_off),
            "200 · body incomplete"
        );
        let cancelled = HistoryEntry {
            status: Some(200),
            error: Some("cancelled".into()),
            ..HistoryEntry::default()
        };
        let korean = I18n::new("ko").expect("Korean exists");
        assert!(status_text(korean, &cancelled).starts_with("200 · "));
        assert!(!status_text(korean, &cancelled).contains("cancelled"));
        let done = HistoryEntry {
            status: Some(200),
            ..HistoryEntry::default()
        };
        assert_eq!(status_text(I18n::default(), &done), "200");
    }

    #[test]
    fn times_are_written_in_local_time() {
        let text = local_time_text(1_700_000_000);
        // 2023-11-14 22:13:20 UTC, moved by the local offset (whole hours or half hours).
        let clock = text.strip_suffix(" UTC").unwrap_or(&text);
        assert_eq!(clock.len(), "2023-11-14 22:13:20".len(), "{text}");
        assert!(clock.ends_with(":20"), "{text}");
        let offset = time::UtcOffset::local_offset_at(time::OffsetDateTime::UNIX_EPOCH);
        if offset.is_ok_and(time::UtcOffset::is_utc) {
            assert_eq!(text, "2023-11-14 22:13:20");
        }
    }

    #[test]
    fn fetches_a_page_caused_are_listed_under_it() {
        let entry = |id: u64, page: Option<u64>| HistoryEntry {
            id,
            caused_by: page.map(|page| CausedBy {
                page,
                how: Cause::Link,
            }),
            ..HistoryEntry::default()
        };
        // Newest first: a link of page 2, another fetch, page 2's image, page 2, an orphan
        // whose page is gone.
        let history = [
            entry(5, Some(2)),
            entry(4, None),
            entry(3, Some(2)),
            entry(2, None),
            entry(1, Some(99)),
        ];
        assert_eq!(
            grouped(&history),
            [(1, false), (3, false), (0, true), (2, true), (4, false)]
        );
    }

    #[test]
    fn each_remembered_entry_gets_a_new_id() {
        let mut history = vec![HistoryEntry {
            id: 41,
            ..HistoryEntry::default()
        }];
        assert_eq!(remember(&mut history, HistoryEntry::default()), 42);
        assert_eq!(remember(&mut history, HistoryEntry::default()), 43);
        assert_eq!(
            history.iter().map(|e| e.id).collect::<Vec<_>>(),
            [43, 42, 41]
        );
    }
}
