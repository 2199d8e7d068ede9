//! Find in body (Ctrl+F): every match of the query, next/previous, and a count.

use egui::{Key, Ui};

use crate::i18n::I18n;

use super::body_model::BodyMode;
use super::format::group_digits;

/// More matches than this are not collected (the count then says "more than").
pub const MAX_MATCHES: usize = 100_000;

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
    searched: Option<(String, BodyMode, u64)>,
    /// Focus the field on the next frame.
    focus: bool,
    /// The learner moved to another match this frame (the view scrolls to it).
    pub moved: bool,
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

    /// Search `haystack` again if the query, view or exchange changed.
    pub fn update(&mut self, haystack: &[u8], mode: BodyMode, generation: u64) -> FindAction {
        let key = (self.query.clone(), mode, generation);
        if !self.open || self.searched.as_ref() == Some(&key) {
            return FindAction::None;
        }
        let (matches, capped) = find_all(haystack, &self.query);
        self.matches = matches;
        self.capped = capped;
        self.current = 0;
        self.searched = Some(key);
        if self.matches.is_empty() {
            FindAction::None
        } else {
            FindAction::Reveal
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
            } else if self.matches.is_empty() {
                i18n.t("find-none").to_owned()
            } else {
                let total = group_digits(self.matches.len() as u64);
                let total = if self.capped {
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
    let needle = needle.as_bytes();
    let Some(&first) = needle.first() else {
        return (Vec::new(), false);
    };
    let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    let mut matches = Vec::new();
    let mut at = 0;
    while at + needle.len() <= haystack.len() {
        let Some(step) = haystack
            .get(at..=haystack.len() - needle.len())
            .and_then(|window| window.iter().position(|&b| b == lower || b == upper))
        else {
            break;
        };
        let start = at + step;
        if haystack
            .get(start..start + needle.len())
            .is_some_and(|candidate| candidate.eq_ignore_ascii_case(needle))
        {
            if matches.len() == MAX_MATCHES {
                return (matches, true);
            }
            matches.push(start);
            at = start + needle.len();
        } else {
            at = start + 1;
        }
    }
    (matches, false)
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
}
