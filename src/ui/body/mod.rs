//! The body panel: the views (Text, Pretty, Page, Preview, Hex; one file each), find, copy, and save.
//!
//! A view is described once, by [`BodyView`]: whether it is offered for a body, what Find searches
//! in it, which row holds a match, and how it draws. Adding a view is one file, one [`View`] line
//! and its name in the catalog.

pub mod find;
pub mod hex;
pub mod lines;
pub mod model;
pub mod page;
pub mod page_blocks;
pub mod page_scroll;
pub mod pretty;
pub mod preview;
pub mod save;
pub mod text;
pub mod text_rows;

use egui::{RichText, Ui};

use crate::i18n::I18n;
use crate::wire::Exchange;

use super::format;
use super::rows::RowScroll;
use find::{Find, FindAction};
use lines::Highlights;
use model::BodyModel;
use save::{SaveAction, SaveDialog};

/// The body of the exchange on screen, as every view sees it.
#[derive(Clone, Copy)]
pub struct ShownBody<'a> {
    /// The final exchange.
    pub exchange: &'a Exchange,
    /// Its body, prepared on the fetch thread.
    pub model: &'a BodyModel,
    /// Changes with every exchange shown (ids of images and find results).
    pub generation: u64,
    /// What the Page view draws besides the body: the images loaded so far, the learner's
    /// choices.
    pub page: page::PageExtras<'a>,
}

/// One way to look at a body.
pub trait BodyView {
    /// The catalog key of the view's name on the switch.
    fn key(&self) -> &'static str;
    /// Whether the view has something to show for this body.
    fn offered(&self, body: &ShownBody<'_>) -> bool;
    /// The bytes Find searches in this view; `None` (the default) when Find does not work here.
    fn searched<'a>(&self, _body: &ShownBody<'a>) -> Option<&'a [u8]> {
        None
    }
    /// The row that holds byte `offset` of the searched bytes (to scroll a match into view); a
    /// view Find does not search has none but the first.
    fn row_of(&self, _body: &ShownBody<'_>, _offset: usize) -> usize {
        0
    }
    /// Draw the view, scrolled to `scroll`, with the find matches marked; what the learner
    /// asked for in it (a click on a link of the Page view), for the app to carry out.
    fn draw(
        &self,
        ui: &mut Ui,
        i18n: I18n,
        body: &ShownBody<'_>,
        scroll: &mut RowScroll,
        marks: Highlights<'_>,
    ) -> Option<ViewAction>;
}

pub use page::ViewAction;

/// The body views, in the order of the switch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The decoded text with line numbers.
    #[default]
    Text,
    /// JSON, HTML and XML indented.
    Pretty,
    /// HTML drawn as a simple browser would, its links one click from the next GET.
    Page,
    /// Images drawn.
    Preview,
    /// Offset, hex bytes and ASCII.
    Hex,
}

impl View {
    /// Every view, in the order of the switch.
    pub const ALL: [View; 5] = [
        View::Text,
        View::Pretty,
        View::Page,
        View::Preview,
        View::Hex,
    ];

    /// What the view is and does.
    pub fn describe(self) -> &'static dyn BodyView {
        match self {
            View::Text => &text::TextView,
            View::Pretty => &pretty::PrettyView,
            View::Page => &page::PageView,
            View::Preview => &preview::PreviewView,
            View::Hex => &hex::HexView,
        }
    }

    /// The view's position in [`View::ALL`].
    fn index(self) -> usize {
        self as usize
    }
}

/// The body panel's state: which view, where each view is scrolled, find, and the save dialog.
#[derive(Debug, Default)]
pub struct BodyPanel {
    /// The view shown.
    pub view: View,
    /// Where each view is scrolled, so switching views and back keeps each one's place.
    places: [RowScroll; View::ALL.len()],
    /// The find bar.
    pub find: Find,
    /// The "Save body as..." dialog, while open.
    save: Option<SaveDialog>,
    /// A short message after copy or save.
    pub notice: Option<String>,
    /// Whether long lines of the Text view wrap at the view's width (kept for the next bodies).
    pub wrap: bool,
    /// The Text view's rows wrapped to the current width, while `wrap` is on.
    wrapped: Option<WrappedRows>,
    /// A charset the learner just picked: the app reads the body again in it (off the UI
    /// thread) and takes this back.
    pub chosen_charset: Option<&'static str>,
    /// A view the learner picked on the switch (the app remembers whether it was Page), taken
    /// back by the app.
    pub picked: Option<View>,
    /// What the learner asked for in a view (follow a link, load images), taken back by the app.
    pub action: Option<ViewAction>,
}

impl BodyPanel {
    /// Start fresh for a new exchange, in the view that suits its content (find stays as it
    /// was); an HTML body opens in the Page view when `page_first` (the learner's last choice).
    pub fn reset_for(&mut self, ctx: &egui::Context, model: &BodyModel, page_first: bool) {
        preview::forget(ctx);
        let find_open = self.find.open;
        let query = std::mem::take(&mut self.find.query);
        *self = Self {
            view: if page_first && model.page.is_some() {
                View::Page
            } else {
                model.preferred
            },
            wrap: self.wrap,
            ..Self::default()
        };
        self.find.query = query;
        if find_open {
            self.find.open();
        }
    }
}

/// Wrapping re-indexes the text for the view's width on the UI thread; above this size it
/// would stall a frame, so bigger texts keep their long lines cut into rows instead.
pub const MAX_WRAP_BYTES: usize = 8 * 1024 * 1024;

/// The Text view's rows for one body at one width.
#[derive(Debug)]
struct WrappedRows {
    generation: u64,
    columns: usize,
    rows: text_rows::TextRows,
}

/// The wrapped rows of the Text view when wrapping is on and the text is small enough to wrap
/// (built again when the body or the width changes).
fn wrapped_rows<'p>(
    ui: &Ui,
    panel: &'p mut BodyPanel,
    body: &ShownBody<'_>,
) -> Option<&'p text_rows::TextRows> {
    let text = body.exchange.body_text_bytes()?;
    let rows = body.model.text_rows.as_ref()?;
    if !panel.wrap || panel.view != View::Text || text.len() > MAX_WRAP_BYTES {
        return None;
    }
    let font = egui::FontId::monospace(13.0);
    let glyph = ui.fonts_mut(|f| f.glyph_width(&font, '0')).max(1.0);
    let digits = rows.line_count().max(1).to_string().len() as f32;
    // The line numbers, the scroll bar and some air take their share of the width.
    let width = ui.available_width() - glyph * digits - 40.0;
    let columns = ((width / glyph).floor() as usize).max(20);
    let stale = panel
        .wrapped
        .as_ref()
        .is_none_or(|w| w.generation != body.generation || w.columns != columns);
    if stale {
        let text = std::str::from_utf8(text).ok()?;
        panel.wrapped = Some(WrappedRows {
            generation: body.generation,
            columns,
            rows: text_rows::TextRows::wrapped(text, columns),
        });
    }
    panel.wrapped.as_ref().map(|w| &w.rows)
}

/// Draw the body of the exchange on screen.
pub fn body_panel(ui: &mut Ui, i18n: I18n, panel: &mut BodyPanel, body: &ShownBody<'_>) {
    if !panel.view.describe().offered(body) {
        panel.view = body.model.preferred;
    }
    let exchange = body.exchange;
    ui.horizontal_wrapped(|ui| {
        ui.heading(i18n.t("body-title"));
        for view in View::ALL {
            let described = view.describe();
            let response = ui
                .add_enabled(
                    described.offered(body),
                    egui::Button::selectable(panel.view == view, i18n.t(described.key())),
                )
                .on_disabled_hover_text(i18n.t("view-not-offered"));
            if response.clicked() {
                panel.view = view;
                panel.picked = Some(view);
            }
        }
        ui.separator();
        let has_body = !exchange.body_bytes().is_empty();
        let searchable = panel.view.describe().searched(body).is_some();
        if ui
            .add_enabled(
                has_body && searchable,
                egui::Button::new(i18n.t("find-button")),
            )
            .on_hover_text("Ctrl+F")
            .on_disabled_hover_text(i18n.t(if has_body {
                "find-not-here"
            } else {
                "body-nothing-tooltip"
            }))
            .clicked()
        {
            panel.find.open();
        }
        if panel.view == View::Text {
            let small = exchange
                .body_text_bytes()
                .is_some_and(|text| text.len() <= MAX_WRAP_BYTES);
            ui.add_enabled(
                small,
                egui::Checkbox::new(&mut panel.wrap, i18n.t("body-wrap")),
            )
            .on_hover_text(i18n.t("body-wrap-tooltip"))
            .on_disabled_hover_text(i18n.f(
                "body-wrap-too-big",
                &[("size", &format::bytes(MAX_WRAP_BYTES as u64))],
            ));
        }
        if ui
            .add_enabled(has_body, egui::Button::new(i18n.t("body-copy")))
            .on_disabled_hover_text(i18n.t("body-nothing-tooltip"))
            .clicked()
        {
            let text = exchange.body_text().map_or_else(
                || String::from_utf8_lossy(exchange.body_bytes()).into_owned(),
                str::to_owned,
            );
            ui.ctx().copy_text(text);
            panel.notice = Some(i18n.t("body-copied").to_owned());
        }
        if ui
            .add_enabled(has_body, egui::Button::new(i18n.t("body-save")))
            .on_disabled_hover_text(i18n.t("body-nothing-tooltip"))
            .clicked()
        {
            panel.save = Some(SaveDialog::for_body(
                ui.ctx(),
                i18n,
                exchange,
                body.model.kind,
            ));
        }
    });
    body_facts(ui, i18n, body, panel);
    if let Some(notice) = &panel.notice {
        ui.label(RichText::new(notice).weak());
    }
    if let Some(dialog) = &mut panel.save {
        match dialog.show(ui, i18n, exchange) {
            SaveAction::None => {}
            SaveAction::Cancel => panel.save = None,
            SaveAction::Done(message) => {
                panel.notice = Some(message);
                panel.save = None;
            }
        }
    }

    let described = panel.view.describe();
    if panel.find.open
        && let Some(searched) = described.searched(body)
    {
        let bar = panel.find.bar(ui, i18n);
        let changed = panel
            .find
            .update(ui.ctx(), searched, panel.view, body.generation);
        if (bar == FindAction::Reveal || changed == FindAction::Reveal)
            && let Some(at) = panel.find.current_match()
        {
            let row = match wrapped_rows(ui, panel, body) {
                Some(rows) => rows.row_of_offset(at),
                None => described.row_of(body, at),
            };
            if let Some(place) = panel.places.get_mut(panel.view.index()) {
                place.reveal(row);
            }
        }
    }
    ui.separator();
    let wrapped = wrapped_rows(ui, panel, body).is_some();
    let marks = Highlights {
        starts: if panel.find.open {
            &panel.find.matches
        } else {
            &[]
        },
        current: panel.find.current_match(),
        len: panel.find.query.len(),
    };
    let view = panel.view;
    let Some(place) = panel.places.get_mut(view.index()) else {
        return;
    };
    let wrapped = panel.wrapped.as_ref().filter(|_| wrapped).map(|w| &w.rows);
    let mut action = None;
    let drawn = draw_guarded(ui, |ui| {
        #[cfg(test)]
        if PANIC_IN_VIEW.with(std::cell::Cell::get) == Some(view) {
            std::panic::panic_any("a panic forced by a test");
        }
        match (wrapped, body.exchange.body_text_bytes()) {
            (Some(rows), Some(text)) => {
                let name = Some(i18n.t("body-rows"));
                lines::text_lines(ui, "text-wrapped", name, text, rows, place, marks);
            }
            _ => action = described.draw(ui, i18n, body, place, marks),
        }
    });
    if action.is_some() {
        panel.action = action;
    }
    if !drawn {
        // A bug in one view must not close the window: show the bytes as they are instead.
        let name = i18n.t(described.key());
        panel.notice = Some(if view == View::Hex {
            i18n.f("body-view-failed-hex", &[("view", name)])
        } else {
            panel.view = View::Hex;
            i18n.f("body-view-failed", &[("view", name)])
        });
        ui.ctx().request_repaint();
    }
}

#[cfg(test)]
thread_local! {
    /// Tests set a view here to make it panic while drawing.
    pub static PANIC_IN_VIEW: std::cell::Cell<Option<View>> = const { std::cell::Cell::new(None) };
}

/// Draw with `draw` in a child `Ui`, catching a panic; false if it panicked. The child takes the
/// half-drawn state with it when it is dropped, so `ui` stays usable. (`Ui` is not `UnwindSafe`:
/// after a panic only the parent is used again, and it was not in the middle of anything.)
fn draw_guarded(ui: &mut Ui, draw: impl FnOnce(&mut Ui)) -> bool {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        ui.scope(draw);
    }))
    .is_ok()
}

/// One line about the body: framing, encoding, charset, lines.
fn body_facts(ui: &mut Ui, i18n: I18n, body: &ShownBody<'_>, panel: &mut BodyPanel) {
    let view = panel.view;
    let Some(wire_body) = &body.exchange.body else {
        return;
    };
    let mut facts: Vec<String> = Vec::new();
    if let Some(framing) = wire_body.framing {
        facts.push(i18n.t(&format!("framing-{}", framing.key())).to_owned());
    }
    if !wire_body.content_encoding.is_empty() {
        facts.push(wire_body.content_encoding.join(", "));
    }

    // The count of the view on screen: Pretty has its own lines; Hex and Preview have none.
    let rows = match view {
        View::Text => body.model.text_rows.as_ref(),
        View::Pretty => body.model.pretty.as_ref().map(|pretty| &pretty.rows),
        _ => None,
    };
    if let Some(rows) = rows {
        facts.push(i18n.f(
            "body-lines",
            &[("count", &format::group_digits(rows.line_count() as u64))],
        ));
    }
    if !wire_body.complete {
        facts.push(i18n.t("body-incomplete").to_owned());
    }
    ui.horizontal_wrapped(|ui| {
        if let Some(text) = &wire_body.text {
            charset_picker(ui, i18n, text, panel);
        }
        ui.label(RichText::new(facts.join("  ·  ")).weak());
    });
}

/// The charset the text was read in, and where that came from, as a picker: choosing another
/// reads the body again in it (a page garbled because its charset was guessed or declared
/// wrong comes out right), without fetching again.
fn charset_picker(ui: &mut Ui, i18n: I18n, text: &crate::wire::BodyText, panel: &mut BodyPanel) {
    let shown = i18n.f(
        "body-charset",
        &[
            ("charset", text.charset),
            ("source", i18n.t(&format!("charset-{}", text.source.key()))),
        ],
    );
    let picker = egui::ComboBox::from_id_salt("charset-picker")
        .selected_text(shown.clone())
        .show_ui(ui, |ui| {
            for &label in crate::wire::CHARSET_CHOICES {
                let encoding = encoding_rs::Encoding::for_label(label.as_bytes());
                let current = encoding.is_some_and(|e| e.name() == text.charset);
                let mut choice = ui.selectable_label(current, label);
                // ISO-8859-1 is read as windows-1252 (its superset), as browsers do: say so.
                if let Some(encoding) = encoding.filter(|e| !e.name().eq_ignore_ascii_case(label)) {
                    choice = choice.on_hover_text(i18n.f(
                        "body-charset-read-as",
                        &[("label", label), ("charset", encoding.name())],
                    ));
                }
                if choice.clicked() && !current {
                    panel.chosen_charset = Some(label);
                }
            }
        });
    crate::ui::url_bar::name_picker(&picker.response, i18n.t("body-charset-name"), &shown, true);
    picker.response.on_hover_text(i18n.t("body-charset-pick"));
}
