//! The bundled Korean font, so Hangul never shows as boxes even on a computer without one.

use egui::FontFamily;
use egui::epaint::text::{FontData, FontInsert, FontPriority, InsertFontFamily};

#[expect(
    clippy::large_include_file,
    reason = "the full NanumGothic font (all 11,172 Hangul syllables) is bundled unmodified, as its licence asks"
)]
static NANUM_GOTHIC: &[u8] = include_bytes!("../../assets/fonts/NanumGothic.ttf");

/// Add NanumGothic behind egui's own fonts (lowest priority) for text and monospace.
///
/// eframe's system-font fallback stays on for scripts neither font has.
pub fn install(ctx: &egui::Context) {
    ctx.add_font(FontInsert::new(
        "NanumGothic",
        FontData::from_static(NANUM_GOTHIC),
        vec![
            InsertFontFamily {
                family: FontFamily::Proportional,
                priority: FontPriority::Lowest,
            },
            InsertFontFamily {
                family: FontFamily::Monospace,
                priority: FontPriority::Lowest,
            },
        ],
    ));
}
