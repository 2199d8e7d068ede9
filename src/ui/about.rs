//! The About window: wirepeek's version, licence and home page, the bundled font's licence, and
//! every crate the program is built from with its licence (a long list: filtered and drawn a
//! screenful at a time).

use egui::{Context, RichText, Ui};

use crate::i18n::I18n;
use crate::licences::{self, Dependency};

/// The About window's state: open or not, and the filter typed over the list of crates.
#[derive(Debug, Default)]
pub struct AboutWindow {
    /// The window is open.
    pub open: bool,
    /// What the list of crates is filtered by.
    pub filter: String,
    /// The crates, read once from the committed list.
    crates: Vec<Dependency>,
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
        let mut open = self.open;
        egui::Window::new(i18n.t("about-title"))
            .id(egui::Id::unique("about-window"))
            .open(&mut open)
            .default_size([560.0, 520.0])
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
        self.crate_list(ui, i18n);
    }

    /// The crates, filtered by what is typed, a screenful drawn at a time.
    fn crate_list(&mut self, ui: &mut Ui, i18n: I18n) {
        ui.label(
            RichText::new(i18n.f("about-crates", &[("count", &self.crates.len().to_string())]))
                .strong(),
        );
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
        let shown: Vec<&Dependency> = self.crates.iter().filter(|c| c.matches(&filter)).collect();
        if shown.is_empty() {
            ui.label(RichText::new(i18n.t("about-no-crates")).weak());
            return;
        }
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
        egui::ScrollArea::vertical()
            .id_salt("about-crates")
            .auto_shrink([false, false])
            .show_rows(ui, row_height, shown.len(), |ui, rows| {
                for dependency in &shown[rows] {
                    ui.horizontal(|ui| {
                        let name = format!("{} {}", dependency.name, dependency.version);
                        if dependency.repository.is_empty() {
                            ui.label(name);
                        } else {
                            ui.hyperlink_to(name, dependency.repository);
                        }
                        ui.label(RichText::new(dependency.licence).weak());
                    });
                }
            });
    }
}
