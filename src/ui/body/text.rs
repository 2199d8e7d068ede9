//! The Text view: the decoded text with line numbers. Offered for text bodies; Find searches the
//! decoded text.

use egui::{RichText, Ui};

use crate::i18n::I18n;
use crate::ui::rows::RowScroll;

use super::lines::{Highlights, text_lines};
use super::{BodyView, ShownBody};

/// The Text view.
pub struct TextView;

impl BodyView for TextView {
    fn key(&self) -> &'static str {
        "view-text"
    }

    fn offered(&self, body: &ShownBody<'_>) -> bool {
        body.model.text_rows.is_some()
    }

    fn searched<'a>(&self, body: &ShownBody<'a>) -> Option<&'a [u8]> {
        Some(body.exchange.body_text_bytes().unwrap_or_default())
    }

    fn row_of(&self, body: &ShownBody<'_>, offset: usize) -> usize {
        body.model
            .text_rows
            .as_ref()
            .map_or(0, |rows| rows.row_of_offset(offset))
    }

    fn draw(
        &self,
        ui: &mut Ui,
        i18n: I18n,
        body: &ShownBody<'_>,
        scroll: &mut RowScroll,
        marks: Highlights<'_>,
    ) -> Option<super::ViewAction> {
        match (body.exchange.body_text_bytes(), &body.model.text_rows) {
            (Some(text), Some(rows)) if !rows.is_empty() => {
                text_lines(
                    ui,
                    "text",
                    Some(i18n.t("body-rows")),
                    text,
                    rows,
                    scroll,
                    marks,
                );
            }
            _ => {
                ui.label(RichText::new(i18n.t("body-empty")).weak());
            }
        }
        None
    }
}
