//! Find in body (Ctrl+F): every match of the query, next/previous, and a count.

use egui::{Key, Ui};

use crate::i18n::I18n;

use crate::ui::format::group_digits;

use super::View;

/// More matches than this are not collected (the count then says "more than").
pub const MAX_MATCHES: usize = 100_000;
/// Bytes searched per frame, so finding in a 75 MB body never holds up a frame for long.
pub const BYTES_PER_FRAME: usize = 4 * 1024 * 1024;

/// The state of the find bar.
#[derive(Debug, Default)]
pub struct Find {
    /// Whether the bar is shown.
    pub open: bool,
    /// What the learner typed.
    pub query: String,
    /// Byte offsets of the matches in the searched view.
    pub matches: Vec<usize>,
    /// The selected match.
    pub current: usize,
    /// Whether there were more than [`MAX_MATCHES`].
    pub capped: bool,
    /// What `matches` were computed for: query, view, exchange generation.
    searched: Option<(String, View, u64)>,
    /// Where the search continues next frame; `None` when it has read the whole body.
    resume_at: Option<usize>,
    /// Focus the field on the next frame.
    focus: bool,
}

/// What the find bar asks the view to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FindAction {
    /// Nothing.
    None,
    /// Show the current match.
    Reveal,
}

impl Find {
    /// Open the bar and put the cursor in the field.
    pub fn open(&mut self) {
        self.open = true;
        self.focus = true;
    }

    /// Hide the bar and forget the matches.
    pub fn close(&mut self) {
        self.open = false;
        self.matches.clear();
        self.searched = None;
    }

    /// The current match's offset and the query length, for highlighting.
    pub fn current_match(&self) -> Option<usize> {
        if self.open {
            self.matches.get(self.current).copied()
        } else {
            None
        }
    }

    /// Whether the search has not read the whole body yet.
    pub fn is_searching(&self) -> bool {
        let query_changed = self
            .searched
            .as_ref()
            .is_none_or(|(query, _, _)| *query != self.query);
        self.resume_at.is_some() || (query_changed && !self.query.is_empty())
    }

    /// Start over when the query, view or exchange changed, then search the next
    /// [`BYTES_PER_FRAME`] of `haystack` (asking for another frame while there is more).
    pub fn update(
        &mut self,
        ctx: &egui::Context,
        haystack: &[u8],
        view: View,
        generation: u64,
    ) -> FindAction {
        if !self.open {
            return FindAction::None;
        }
        let key = (self.query.clone(), view, generation);
        if self.searched.as_ref() != Some(&key) {
            self.matches.clear();
            self.capped = false;
            self.current = 0;
            self.searched = Some(key);
            self.resume_at = (!self.query.is_empty()).then_some(0);
        }
        let Some(from) = self.resume_at else {
            return FindAction::None;
        };
        let had_matches = !self.matches.is_empty();
        let (next, capped) = find_in(
            haystack,
            self.query.as_bytes(),
            from,
            from.saturating_add(BYTES_PER_FRAME),
            &mut self.matches,
        );
        self.capped = capped;
        self.resume_at = next.filter(|_| !capped);
        if self.resume_at.is_some() {
            ctx.request_repaint();
        }
        if !had_matches && !self.matches.is_empty() {
            FindAction::Reveal
        } else {
            FindAction::None
        }
    }

    /// Draw the bar: field, count, previous, next, close. Returns whether to show another match.
    pub fn bar(&mut self, ui: &mut Ui, i18n: I18n) -> FindAction {
        let mut action = FindAction::None;
        ui.horizontal(|ui| {
            let label = ui.label(i18n.t("find-label"));
            let field = ui.add(
                egui::TextEdit::singleline(&mut self.query)
                    .desired_width(220.0)
                    .hint_text(i18n.t("find-hint")),
            );
            let field = field.labelled_by(label.id);
            if self.focus {
                field.request_focus();
                self.focus = false;
            }
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            let count = if self.query.is_empty() {
                String::new()
            } else if self.matches.is_empty() && self.is_searching() {
                i18n.t("find-searching").to_owned()
            } else if self.matches.is_empty() {
                i18n.t("find-none").to_owned()
            } else {
                let total = group_digits(self.matches.len() as u64);
                let total = if self.capped || self.is_searching() {
                    format!("{total}+")
                } else {
                    total
                };
                i18n.f(
                    "find-count",
                    &[
                        ("current", &group_digits(self.current as u64 + 1)),
                        ("total", &total),
                    ],
                )
            };
            ui.label(count);
            let any = !self.matches.is_empty();
            if ui
                .add_enabled(any, egui::Button::new(i18n.t("find-previous")))
                .on_disabled_hover_text(i18n.t("find-nothing-to-move-to"))
                .clicked()
            {
                self.current = self
                    .current
                    .checked_sub(1)
                    .unwrap_or(self.matches.len().saturating_sub(1));
                action = FindAction::Reveal;
            }
            if ui
                .add_enabled(any, egui::Button::new(i18n.t("find-next")))
                .on_disabled_hover_text(i18n.t("find-nothing-to-move-to"))
                .clicked()
                || (enter && any)
            {
                self.current = (self.current + 1) % self.matches.len().max(1);
                action = FindAction::Reveal;
                if enter {
                    self.focus = true;
                }
            }
            if ui.button(i18n.t("find-close")).clicked() {
                self.close();
            }
        });
        action
    }
}

/// Every start offset of `needle` in `haystack`, ignoring ASCII case; and whether it stopped at
/// [`MAX_MATCHES`].
pub fn find_all(haystack: &[u8], needle: &str) -> (Vec<usize>, bool) {
    let mut matches = Vec::new();
    let (_, capped) = find_in(haystack, needle.as_bytes(), 0, usize::MAX, &mut matches);
    (matches, capped)
}

/// Add to `matches` every match (ASCII case ignored, not overlapping) that starts in
/// `from..until`. Returns where to continue (`None`: the end was reached) and whether
/// [`MAX_MATCHES`] was reached.
pub fn find_in(
    haystack: &[u8],
    needle: &[u8],
    from: usize,
    until: usize,
    matches: &mut Vec<usize>,
) -> (Option<usize>, bool) {
    let Some(&first) = needle.first() else {
        return (None, false);
    };
    let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    let last_start = haystack.len().saturating_sub(needle.len());
    if needle.len() > haystack.len() {
        return (None, false);
    }
    let mut at = from;
    while at <= last_start {
        if at >= until {
            return (Some(at), false);
        }
        let window_end = until.min(last_start + 1);
        let Some(step) = haystack
            .get(at..window_end)
            .and_then(|window| window.iter().position(|&b| b == lower || b == upper))
        else {
            at = window_end;
            continue;
        };
        let start = at + step;
        if haystack
            .get(start..start + needle.len())
            .is_some_and(|candidate| candidate.eq_ignore_ascii_case(needle))
        {
            if matches.len() == MAX_MATCHES {
                return (None, true);
            }
            matches.push(start);
            at = start + needle.len();
        } else {
            at = start + 1;
        }
    }
    (None, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_match_ignoring_ascii_case() {
        assert_eq!(
            find_all(b"But soft, BUT soft, but", "but").0,
            vec![0, 10, 20]
        );
        assert_eq!(find_all("한국 한국".as_bytes(), "한국").0, vec![0, 7]);
        assert!(find_all(b"abc", "").0.is_empty());
        assert!(find_all(b"ab", "abc").0.is_empty());
        assert_eq!(find_all(b"aaaa", "aa").0, vec![0, 2]);
    }

    #[test]
    fn searching_in_slices_finds_the_same_matches() {
        let haystack = b"xxABxxabxABABxxxab";
        let whole = find_all(haystack, "ab").0;
        for slice in 1..haystack.len() {
            let mut matches = Vec::new();
            let mut from = Some(0);
            while let Some(at) = from {
                from = find_in(haystack, b"ab", at, at + slice, &mut matches).0;
            }
            assert_eq!(matches, whole, "slices of {slice}");
        }
    }
}
