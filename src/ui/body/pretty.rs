//! The Pretty view: JSON, HTML and XML indented (prepared on the fetch thread). Offered when the
//! pretty form exists; Find searches the indented text.

use egui::Ui;

use crate::i18n::I18n;
use crate::ui::rows::RowScroll;

use super::lines::{Highlights, text_lines};
use super::{BodyView, ShownBody};

/// The Pretty view.
pub struct PrettyView;

impl BodyView for PrettyView {
    fn key(&self) -> &'static str {
        "view-pretty"
    }

    fn offered(&self, body: &ShownBody<'_>) -> bool {
        body.model.pretty.is_some()
    }

    fn searched<'a>(&self, body: &ShownBody<'a>) -> Option<&'a [u8]> {
        Some(
            body.model
                .pretty
                .as_ref()
                .map(|p| p.text.as_bytes())
                .unwrap_or_default(),
        )
    }

    fn row_of(&self, body: &ShownBody<'_>, offset: usize) -> usize {
        body.model
            .pretty
            .as_ref()
            .map_or(0, |pretty| pretty.rows.row_of_offset(offset))
    }

    fn draw(
        &self,
        ui: &mut Ui,
        i18n: I18n,
        body: &ShownBody<'_>,
        scroll: &mut RowScroll,
        marks: Highlights<'_>,
    ) -> Option<super::ViewAction> {
        if let Some(pretty) = &body.model.pretty {
            text_lines(
                ui,
                "pretty",
                Some(i18n.t("body-rows")),
                pretty.text.as_bytes(),
                &pretty.rows,
                scroll,
                marks,
            );
        }
        None
    }
}
