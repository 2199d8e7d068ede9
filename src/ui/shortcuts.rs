//! F1: every keyboard shortcut of the window, in the learner's language.

use egui::{Context, RichText};

use crate::i18n::I18n;

/// The shortcuts, in the order a fetch uses them: keys (the same in every language) and the
/// catalog key of what they do.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("Ctrl+L", "shortcut-address"),
    ("Enter", "shortcut-fetch"),
    ("Esc", "shortcut-escape"),
    ("Ctrl+F", "shortcut-find"),
    ("Enter", "shortcut-find-next"),
    ("Tab / Shift+Tab", "shortcut-tab"),
    ("Space / Enter", "shortcut-press"),
    ("PageUp / PageDown", "shortcut-page"),
    ("Home / End", "shortcut-ends"),
    ("↑ / ↓", "shortcut-lines"),
    ("Ctrl+C", "shortcut-copy"),
    ("Ctrl++ / Ctrl+-", "shortcut-zoom"),
    ("Ctrl+0", "shortcut-zoom-reset"),
    ("F1", "shortcut-help"),
];

/// Draw the list over the window while `open`; Escape, F1, a click outside or Close shuts it.
pub fn shortcuts_window(ctx: &Context, i18n: I18n, open: &mut bool) {
    if !*open {
        return;
    }
    let modal = egui::Modal::new(egui::Id::unique("shortcuts")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(i18n.t("shortcuts-title"));
        ui.add_space(6.0);
        egui::Grid::new("shortcuts-grid")
            .num_columns(2)
            .spacing([24.0, 6.0])
            .striped(true)
            .show(ui, |ui| {
                for (keys, what) in SHORTCUTS {
                    ui.label(RichText::new(*keys).monospace().strong());
                    ui.label(i18n.t(what));
                    ui.end_row();
                }
            });
        ui.add_space(8.0);
        ui.button(i18n.t("shortcuts-close")).clicked()
    });
    if modal.inner || modal.should_close() {
        *open = false;
    }
}
