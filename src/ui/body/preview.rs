//! The Preview view: an image drawn. Offered for the image formats the engine recognised; Find does
//! not search here.

use egui::{RichText, Ui};

use crate::i18n::I18n;
use crate::ui::rows::RowScroll;
use crate::wire::ContentKind;

use super::lines::Highlights;
use super::{BodyView, ShownBody};

/// The Preview view.
pub struct PreviewView;

/// The body handed to the image loader: which exchange it came from, its URI and its bytes. Kept
/// in egui's memory so the body is copied once per exchange, not once per frame.
#[derive(Clone)]
struct LoadedImage {
    generation: u64,
    uri: String,
    bytes: egui::load::Bytes,
}

fn memory_id() -> egui::Id {
    egui::Id::unique("wirepeek-preview-image")
}

/// Let go of the previous exchange's image (its bytes and the decoded texture).
pub fn forget(ctx: &egui::Context) {
    let loaded = ctx.data_mut(|d| {
        let loaded = d.get_temp::<LoadedImage>(memory_id());
        d.remove::<LoadedImage>(memory_id());
        loaded
    });
    if let Some(loaded) = loaded {
        ctx.forget_image(&loaded.uri);
    }
}

impl BodyView for PreviewView {
    fn key(&self) -> &'static str {
        "view-preview"
    }

    fn offered(&self, body: &ShownBody<'_>) -> bool {
        matches!(body.model.kind, ContentKind::Image(_))
    }

    fn draw(
        &self,
        ui: &mut Ui,
        i18n: I18n,
        body: &ShownBody<'_>,
        _scroll: &mut RowScroll,
        _marks: Highlights<'_>,
    ) -> Option<super::ViewAction> {
        let ContentKind::Image(format) = body.model.kind else {
            ui.label(RichText::new(i18n.t("preview-none")).weak());
            return None;
        };
        let id = memory_id();
        let cached = ui
            .data(|d| d.get_temp::<LoadedImage>(id))
            .filter(|loaded| loaded.generation == body.generation);
        let loaded = cached.unwrap_or_else(|| {
            let bytes: std::sync::Arc<[u8]> = body.exchange.body_bytes().into();
            let loaded = LoadedImage {
                generation: body.generation,
                uri: format!(
                    "bytes://wirepeek-body-{}.{}",
                    body.generation,
                    format.extension()
                ),
                bytes: egui::load::Bytes::Shared(bytes),
            };
            ui.data_mut(|d| d.insert_temp(id, loaded.clone()));
            loaded
        });
        let image = egui::Image::from_bytes(loaded.uri, loaded.bytes)
            .max_size(ui.available_size())
            .fit_to_original_size(1.0)
            .alt_text(i18n.t("preview-alt"));
        // A broken image, or one whose head claims more pixels than the decoder's memory limit
        // allows (a server can claim 100,000 x 100,000), fails to load: say so in our words
        // rather than egui's bare warning sign.
        if image.load_for_size(ui.ctx(), ui.available_size()).is_err() {
            ui.label(RichText::new(i18n.t("preview-failed")).weak());
            return None;
        }
        egui::ScrollArea::both()
            .id_salt("preview")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.add(image);
            });
        None
    }
}
