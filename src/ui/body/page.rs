//! The Page view: an HTML body drawn as a simple browser would (prepared on the fetch thread, see
//! [`crate::page`]), where a click on a link is the next GET. What the learner asks for here
//! comes back to the app as a [`ViewAction`]; the app fetches, so every click is a new exchange
//! with its own History entry, Wire and Timeline.

use egui::{RichText, Ui};
use url::Url;

use crate::i18n::I18n;
use crate::page::{BlockKind, Page};
use crate::ui::rows::RowScroll;

use super::lines::Highlights;
use super::page_blocks::{BlockInput, draw_block};
use super::page_scroll::{BlockScroll, show_blocks};
use super::{BodyView, ShownBody};

/// The Page view.
pub struct PageView;

/// What the learner asked for in a view, for the app to carry out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ViewAction {
    /// A link was clicked: GET this URL as a new exchange.
    Follow(Url),
    /// A GET form was sent: this is the URL it built.
    Submit(Url),
    /// Fetch the page's images, each as its own exchange.
    LoadImages,
    /// The learner switched sending `Referer` with the clicks on or off.
    SendReferer(bool),
}

/// One image of the page on screen, as far as the learner has asked for it.
#[derive(Clone, Debug, Default)]
pub enum ImageState {
    /// Not asked for yet: only its `alt` text and URL are shown.
    #[default]
    NotAsked,
    /// Its request is on the way.
    Waiting,
    /// Fetched: drawn from these bytes.
    Loaded {
        /// The name the image loader knows the bytes by.
        uri: String,
        /// The image's bytes, as received.
        bytes: egui::load::Bytes,
    },
    /// Fetched, but there is nothing to draw: why, in words.
    Failed(String),
}

/// What the Page view draws besides the body itself.
#[derive(Clone, Copy, Debug, Default)]
pub struct PageExtras<'a> {
    /// The state of each of the page's images (empty until the learner asks for them).
    pub images: &'a [ImageState],
    /// Whether a click sends `Referer: <this page>`.
    pub send_referer: bool,
}

/// The view's own state for the page on screen, kept in egui's memory.
#[derive(Clone, Debug, Default)]
pub(super) struct PageState {
    generation: u64,
    pub(super) scroll: BlockScroll,
    /// What the learner typed into each form, field by field.
    pub(super) values: Vec<Vec<String>>,
    /// A word about the last click that fetched nothing (`mailto:`, `#nowhere`).
    pub(super) notice: Option<String>,
}

impl PageState {
    fn for_page(page: &Page, generation: u64) -> Self {
        Self {
            generation,
            values: page
                .forms
                .iter()
                .map(|form| {
                    form.fields
                        .iter()
                        .map(|field| match field.kind {
                            crate::page::FieldKind::Check { checked } => {
                                if checked { "on" } else { "" }.to_owned()
                            }
                            _ => field.value.clone(),
                        })
                        .collect()
                })
                .collect(),
            ..Self::default()
        }
    }
}

impl BodyView for PageView {
    fn key(&self) -> &'static str {
        "view-page"
    }

    fn offered(&self, body: &ShownBody<'_>) -> bool {
        body.model.page.is_some()
    }

    /// The words of the page, block by block (not its markup: that is the Text view's).
    fn searched<'a>(&self, body: &ShownBody<'a>) -> Option<&'a [u8]> {
        body.model
            .page
            .as_deref()
            .map(|page| page.text.text.as_bytes())
    }

    /// A "row" of the Page view is a block.
    fn row_of(&self, body: &ShownBody<'_>, offset: usize) -> usize {
        body.model
            .page
            .as_deref()
            .map_or(0, |page| page.text.block_of(offset))
    }

    fn draw(
        &self,
        ui: &mut Ui,
        i18n: I18n,
        body: &ShownBody<'_>,
        scroll: &mut RowScroll,
        marks: Highlights<'_>,
    ) -> Option<ViewAction> {
        let page = body.model.page.as_deref()?;
        let id = ui.scope_id().with("page-view");
        // Taken out of egui's memory for the frame (no copy of the heights) and put back after.
        let mut state = ui.data_mut(|d| std::mem::take(d.get_temp_mut_or_default::<PageState>(id)));
        if state.generation != body.generation || state.values.len() != page.forms.len() {
            state = PageState::for_page(page, body.generation);
        }
        let mut action = page_bar(ui, i18n, page, body.page, &mut state);
        ui.separator();
        if page.blocks.is_empty() {
            ui.label(RichText::new(i18n.t("page-empty")).weak());
        }
        let PageState {
            scroll: page_scroll,
            values,
            notice,
            ..
        } = &mut state;
        let mut jump = None;
        // Find keeps its place as "the block at the top" (`scroll.first`): when it moved there
        // to show a match, the page goes there too; below, it learns where the page is.
        if scroll.first != page_scroll.first {
            page_scroll.jump_to(scroll.first.min(page.blocks.len().saturating_sub(1)));
        }
        let found_block = marks.current.map(|at| page.text.block_of(at));
        let found_fill = ui.visuals().selection.bg_fill.gamma_multiply(0.4);
        let width_of_text = ui.fonts_mut(|f| f.glyph_width(&egui::FontId::proportional(14.0), 'n'));
        show_blocks(
            ui,
            id.with("blocks"),
            page_scroll,
            page.blocks.len(),
            |index, width| estimate(page, index, width, width_of_text),
            |ui, index| {
                let Some(block) = page.blocks.get(index) else {
                    return;
                };
                let input = BlockInput {
                    i18n,
                    page,
                    images: body.page.images,
                };
                // The block holding the current find match is marked as a whole.
                let outcome = if found_block == Some(index) {
                    egui::Frame::new()
                        .fill(found_fill)
                        .show(ui, |ui| draw_block(ui, &input, block, index, values))
                        .inner
                } else {
                    draw_block(ui, &input, block, index, values)
                };
                if let Some(result) = outcome {
                    match result {
                        BlockOutcome::Act(asked) => action = Some(asked),
                        BlockOutcome::Jump(to) => jump = Some(to),
                        BlockOutcome::Notice(said) => *notice = Some(said),
                    }
                }
            },
        );
        if let Some(to) = jump {
            page_scroll.jump_to(to);
            *notice = None;
            ui.ctx().request_repaint();
        }
        scroll.first = page_scroll.first;
        scroll.visible = 1;
        if action.is_some() {
            *notice = None;
        }
        ui.data_mut(|d| d.insert_temp(id, state));
        action
    }
}

/// What a click inside a block means.
pub(super) enum BlockOutcome {
    /// Something for the app to do.
    Act(ViewAction),
    /// Scroll to this block (a `#fragment` of this page).
    Jump(usize),
    /// Nothing to fetch; say why.
    Notice(String),
}

/// The lines above the page: its title, what was not run, the images, the Referer choice, and a
/// word about the last click that fetched nothing.
fn page_bar(
    ui: &mut Ui,
    i18n: I18n,
    page: &Page,
    extras: PageExtras<'_>,
    state: &mut PageState,
) -> Option<ViewAction> {
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        match &page.title {
            Some(title) => {
                ui.label(RichText::new(i18n.f("page-title", &[("title", title)])).strong())
            }
            None => ui.label(RichText::new(i18n.t("page-no-title")).weak()),
        };
        let not_run = page.not_run;
        if not_run.scripts + not_run.style_sheets > 0 {
            ui.label(
                RichText::new(i18n.f(
                    "page-not-run",
                    &[
                        ("scripts", &not_run.scripts.to_string()),
                        ("sheets", &not_run.style_sheets.to_string()),
                    ],
                ))
                .weak(),
            )
            .on_hover_text(i18n.t("page-not-run-tooltip"));
        }
    });
    ui.horizontal_wrapped(|ui| {
        let wanted = page.fetchable_images().count().min(MAX_PAGE_IMAGES);
        if wanted > 0 {
            let asked = extras
                .images
                .iter()
                .any(|image| !matches!(image, ImageState::NotAsked));
            let waiting = extras
                .images
                .iter()
                .filter(|image| matches!(image, ImageState::Waiting))
                .count();
            if waiting > 0 {
                ui.spinner();
                ui.label(i18n.f(
                    "page-images-loading",
                    &[
                        ("done", &(wanted - waiting.min(wanted)).to_string()),
                        ("count", &wanted.to_string()),
                    ],
                ));
            } else if ui
                .add_enabled(
                    !asked,
                    egui::Button::new(
                        i18n.f("page-images-load", &[("count", &wanted.to_string())]),
                    ),
                )
                .on_hover_text(i18n.t("page-images-tooltip"))
                .on_disabled_hover_text(i18n.t("page-images-done"))
                .clicked()
            {
                action = Some(ViewAction::LoadImages);
            }
            let all = page.fetchable_images().count();
            if all > wanted {
                ui.label(
                    RichText::new(i18n.f(
                        "page-images-capped",
                        &[("max", &wanted.to_string()), ("count", &all.to_string())],
                    ))
                    .weak(),
                );
            }
        }
        let mut referer = extras.send_referer;
        if ui
            .checkbox(&mut referer, i18n.t("page-referer"))
            .on_hover_text(i18n.t("page-referer-tooltip"))
            .changed()
        {
            action = Some(ViewAction::SendReferer(referer));
        }
        if page.base_from_page
            && let Some(base) = &page.base
        {
            ui.label(RichText::new(i18n.f("page-base", &[("base", base.as_str())])).weak());
        }
    });
    if page.cut {
        ui.label(RichText::new(i18n.t("page-cut")).weak());
    }
    if let Some(notice) = &state.notice {
        ui.label(RichText::new(notice).strong());
    }
    action
}

/// At most this many images load with one click: each is a History entry, and History keeps
/// only its last hundred.
pub const MAX_PAGE_IMAGES: usize = 24;

/// A guess at a block's height before it is drawn (only the scroll bar's thumb depends on it).
fn estimate(page: &Page, index: usize, width: f32, glyph: f32) -> f32 {
    let Some(block) = page.blocks.get(index) else {
        return 20.0;
    };
    let chars: usize = block.spans.iter().map(|s| s.text.chars().count()).sum();
    let per_row = (width / glyph.max(1.0)).max(10.0);
    let rows = (chars as f32 / per_row).ceil().max(1.0);
    match &block.kind {
        BlockKind::Heading(_) => 30.0 * rows,
        BlockKind::Rule => 10.0,
        BlockKind::Image(_) => 48.0,
        BlockKind::Form(_) => 120.0,
        BlockKind::Table(table) => 24.0 * table.rows.len() as f32,
        BlockKind::Preformatted => {
            let lines: usize = block.spans.iter().map(|s| s.text.lines().count()).sum();
            18.0 * lines.max(1) as f32
        }
        BlockKind::Paragraph | BlockKind::ListItem(_) => 18.0 * rows,
    }
}
