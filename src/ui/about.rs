//! The About window: wirepeek's version, licence and home page, the bundled font's licence, and
//! every crate the program is built from with its licence (a long list: filtered and drawn a
//! screenful at a time). Choosing a crate shows its licence texts and copyright notices below
//! the list: only that crate's, never all 750 KB of them at once.

use egui::{Context, RichText, Ui};

use crate::i18n::I18n;
use crate::licences::notices::{Notices, Source};
use crate::licences::{self, Dependency};

/// The About window's state: open or not, the filter typed over the list of crates, and the
/// crate whose licence texts are shown.
#[derive(Debug, Default)]
pub struct AboutWindow {
    /// The window is open.
    pub open: bool,
    /// What the list of crates is filtered by.
    pub filter: String,
    /// The crates, read once from the committed list.
    crates: Vec<Dependency>,
    /// The crates' licence texts, inflated when the window first opens, or why they could not be.
    notices: Option<Result<Notices, String>>,
    /// The crate whose licence texts are shown, as its place in `crates`.
    chosen: Option<usize>,
    /// The choice just changed: the list, now shorter, scrolls to show the chosen crate.
    scroll_to_chosen: bool,
}

impl AboutWindow {
    /// Draw the window while it is open (its close button clears `open`).
    pub fn show(&mut self, ctx: &Context, i18n: I18n) {
        if !self.open {
            return;
        }
        if self.crates.is_empty() {
            self.crates = licences::dependencies();
        }
        if self.notices.is_none() {
            let read = licences::notices_text().map_err(|error| error.to_string());
            self.notices = Some(read.map(Notices::parse));
        }
        let mut open = self.open;
        egui::Window::new(i18n.t("about-title"))
            .id(egui::Id::unique("about-window"))
            .open(&mut open)
            .default_size([600.0, 640.0])
            .show(ctx, |ui| self.contents(ui, i18n));
        self.open = open;
    }

    fn contents(&mut self, ui: &mut Ui, i18n: I18n) {
        ui.heading(format!("wirepeek {}", licences::VERSION));
        ui.label(i18n.t("about-what"));
        ui.horizontal_wrapped(|ui| {
            ui.label(i18n.t("about-project"));
            ui.hyperlink(licences::PROJECT_LINK);
        });
        ui.label(i18n.f("about-licence", &[("licence", licences::LICENCE)]));
        ui.separator();
        egui::CollapsingHeader::new(i18n.f("about-font", &[("font", licences::FONT_NAME)]))
            .id_salt("about-font")
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("about-font-text")
                    .max_height(200.0)
                    .show(ui, |ui| {
                        ui.label(RichText::new(licences::FONT_LICENCE).monospace().small());
                    });
            });
        ui.separator();
        let chosen_before = self.chosen;
        self.crate_list(ui, i18n);
        if self.chosen != chosen_before {
            self.scroll_to_chosen = true;
            // The list was drawn for the old choice (full height, say); the next frame lays
            // out list and texts together, so the window does not grow to fit both.
            ui.ctx().request_repaint();
            return;
        }
        if let Some(dependency) = self.chosen.and_then(|index| self.crates.get(index)) {
            ui.separator();
            if licence_texts(ui, i18n, self.notices.as_ref(), dependency) {
                self.chosen = None;
            }
        }
    }

    /// The crates, filtered by what is typed, a screenful drawn at a time; clicking one
    /// chooses it (or, when chosen, hides its texts again).
    fn crate_list(&mut self, ui: &mut Ui, i18n: I18n) {
        ui.label(
            RichText::new(i18n.f("about-crates", &[("count", &self.crates.len().to_string())]))
                .strong(),
        );
        ui.label(i18n.t("about-choose"));
        ui.horizontal(|ui| {
            let label = ui.label(i18n.t("about-filter"));
            ui.add(
                egui::TextEdit::singleline(&mut self.filter)
                    .hint_text(i18n.t("about-filter-hint"))
                    .desired_width(240.0),
            )
            .labelled_by(label.id);
        });
        let filter = self.filter.trim().to_lowercase();
        let shown: Vec<(usize, &Dependency)> = self
            .crates
            .iter()
            .enumerate()
            .filter(|(_, c)| c.matches(&filter))
            .collect();
        if shown.is_empty() {
            ui.label(RichText::new(i18n.t("about-no-crates")).weak());
            return;
        }
        // With a crate chosen, the list leaves most of the window to its texts.
        let height = match self.chosen {
            Some(_) => (ui.available_height() * 0.3).max(90.0),
            None => f32::INFINITY,
        };
        let row_height = (ui.text_style_height(&egui::TextStyle::Body)
            + 2.0 * ui.spacing().button_padding.y)
            .max(ui.spacing().interact_size.y);
        let mut chosen = self.chosen;
        let mut list = egui::ScrollArea::vertical()
            .id_salt("about-crates")
            .auto_shrink([false, false])
            .max_height(height);
        if std::mem::take(&mut self.scroll_to_chosen)
            && let Some(row) = shown.iter().position(|(index, _)| Some(*index) == chosen)
        {
            list = list
                .vertical_scroll_offset(row as f32 * (row_height + ui.spacing().item_spacing.y));
        }
        list.show_rows(ui, row_height, shown.len(), |ui, rows| {
            for &(index, dependency) in &shown[rows] {
                ui.horizontal(|ui| {
                    let is_chosen = chosen == Some(index);
                    let name = format!("{} {}", dependency.name, dependency.version);
                    if ui.selectable_label(is_chosen, name).clicked() {
                        chosen = if is_chosen { None } else { Some(index) };
                    }
                    ui.label(RichText::new(dependency.licence).weak());
                });
            }
        });
        self.chosen = chosen;
    }
}

/// One crate's licence texts, each after a line saying where it comes from, in a scroll area
/// filling the rest of the window. Returns true when the learner hides them.
fn licence_texts(
    ui: &mut Ui,
    i18n: I18n,
    notices: Option<&Result<Notices, String>>,
    dependency: &Dependency,
) -> bool {
    let mut hide = false;
    ui.horizontal_wrapped(|ui| {
        // First, so that it stays in one place whatever the crate.
        hide = ui.button(i18n.t("about-hide-text")).clicked();
        ui.strong(format!("{} {}", dependency.name, dependency.version));
        ui.label(RichText::new(dependency.licence).weak());
        if !dependency.repository.is_empty() {
            ui.hyperlink(dependency.repository);
        }
    });
    let notices = match notices {
        Some(Ok(notices)) => notices,
        Some(Err(error)) => {
            ui.label(i18n.f("about-notices-broken", &[("error", error)]));
            return hide;
        }
        None => return hide,
    };
    let texts = notices.for_crate(dependency.name, dependency.version);
    if texts.is_empty() {
        ui.label(RichText::new(i18n.t("about-no-texts")).weak());
        return hide;
    }
    egui::ScrollArea::vertical()
        .id_salt(("about-licence-texts", dependency.name, dependency.version))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (source, text) in texts {
                let from = match source {
                    Source::File { path } => i18n.f("about-text-file", &[("file", path)]),
                    Source::Standard { licence, from } => i18n.f(
                        "about-text-standard",
                        &[("licence", licence), ("from", from)],
                    ),
                    Source::Authors => i18n.t("about-text-authors").to_owned(),
                };
                ui.label(RichText::new(from).strong());
                ui.label(RichText::new(text).monospace());
                ui.add_space(ui.spacing().item_spacing.y * 3.0);
            }
        });
    hide
}
