//! How the window looks, for projectors and tired eyes: the size of everything (zoom; egui's own
//! Ctrl + / Ctrl - / Ctrl 0 change it too) and light or dark colours. Kept in the Settings.

use egui::{RichText, Ui};

use crate::i18n::I18n;

/// Light or dark colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Theme {
    /// Whatever the operating system uses (dark when it is in dark mode).
    #[default]
    System,
    /// Dark text on a light background (best on most projectors).
    Light,
    /// Light text on a dark background.
    Dark,
}

/// The smallest and largest zoom the window offers (1.0 is the normal size).
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.5..=3.0;

/// The size and the colours of the window; remembered in the settings.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Appearance {
    /// How much bigger than normal everything is drawn (1.0: normal, 1.5: half again as big).
    pub zoom: f32,
    /// Light, dark, or following the system.
    pub theme: Theme,
}

impl Default for Appearance {
    fn default() -> Self {
        Self {
            zoom: 1.0,
            theme: Theme::System,
        }
    }
}

impl Appearance {
    /// The zoom to use: the remembered one inside [`ZOOM_RANGE`] (a broken file gives 1.0).
    pub fn zoom(&self) -> f32 {
        if self.zoom.is_finite() {
            self.zoom.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end())
        } else {
            1.0
        }
    }

    /// The theme as egui takes it.
    pub fn preference(&self) -> egui::ThemePreference {
        match self.theme {
            Theme::System => egui::ThemePreference::System,
            Theme::Light => egui::ThemePreference::Light,
            Theme::Dark => egui::ThemePreference::Dark,
        }
    }
}

/// Keep the window and the remembered appearance in step, once a frame. A change in the
/// Settings is applied to the window; a change made with the keyboard (egui zooms on
/// Ctrl + / Ctrl - / Ctrl 0 by itself) is written back into the settings, so it is remembered.
/// `applied` is what the window was last given (`None` at start).
pub fn keep_in_step(
    ctx: &egui::Context,
    wanted: &mut Appearance,
    applied: &mut Option<Appearance>,
) {
    if let Some(last) = applied
        && *last == *wanted
    {
        let now = ctx.zoom_factor();
        if (now - last.zoom()).abs() < 0.001 {
            return;
        }
        let kept = now.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        if (kept - now).abs() >= 0.001 {
            ctx.set_zoom_factor(kept);
        }
        wanted.zoom = kept;
        *applied = Some(*wanted);
        return;
    }
    ctx.set_zoom_factor(wanted.zoom());
    ctx.set_theme(wanted.preference());
    *applied = Some(*wanted);
}

/// The Settings rows for the size and the colours.
pub fn appearance_rows(ui: &mut Ui, i18n: I18n, appearance: &mut Appearance) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(i18n.t("appearance-zoom"));
        let mut percent = (appearance.zoom() * 100.0).round();
        let slider = ui
            .add(
                egui::Slider::new(
                    &mut percent,
                    ZOOM_RANGE.start() * 100.0..=ZOOM_RANGE.end() * 100.0,
                )
                .step_by(10.0)
                .suffix("%"),
            )
            .labelled_by(label.id);
        if slider.changed() {
            appearance.zoom = percent / 100.0;
        }
        if ui.button(i18n.t("appearance-zoom-reset")).clicked() {
            appearance.zoom = 1.0;
        }
        ui.label(RichText::new(i18n.t("appearance-zoom-keys")).weak());
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(i18n.t("appearance-theme"));
        for (theme, key) in [
            (Theme::System, "appearance-theme-system"),
            (Theme::Light, "appearance-theme-light"),
            (Theme::Dark, "appearance-theme-dark"),
        ] {
            ui.selectable_value(&mut appearance.theme, theme, i18n.t(key));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_zoom_falls_back_to_the_normal_size() {
        for (stored, used) in [(f32::NAN, 1.0), (0.1, 0.5), (9.0, 3.0), (1.5, 1.5)] {
            let appearance = Appearance {
                zoom: stored,
                ..Appearance::default()
            };
            assert!((appearance.zoom() - used).abs() < f32::EPSILON, "{stored}");
        }
    }

    #[test]
    fn settings_reach_the_window_and_keyboard_zoom_comes_back() {
        let ctx = egui::Context::default();
        let mut wanted = Appearance {
            zoom: 1.5,
            theme: Theme::Dark,
        };
        let mut applied = None;
        // egui takes a new zoom at the start of the next pass.
        let frame = |ctx: &egui::Context| {
            let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
            output.textures_delta.clear();
        };
        keep_in_step(&ctx, &mut wanted, &mut applied);
        frame(&ctx);
        assert!((ctx.zoom_factor() - 1.5).abs() < 0.001);
        assert_eq!(
            ctx.options(|o| o.theme_preference),
            egui::ThemePreference::Dark
        );
        // As egui's Ctrl + would.
        ctx.set_zoom_factor(1.6);
        frame(&ctx);
        keep_in_step(&ctx, &mut wanted, &mut applied);
        assert!((wanted.zoom - 1.6).abs() < 0.001);
        assert_eq!(applied, Some(wanted));
    }

    #[test]
    fn an_old_settings_file_without_these_fields_gets_the_defaults() {
        let read: Appearance = serde_json::from_str("{}").expect("reads");
        assert_eq!(read, Appearance::default());
        let read: Appearance = serde_json::from_str(r#"{"theme":"Light"}"#).expect("reads");
        assert_eq!(read.theme, Theme::Light);
    }
}
