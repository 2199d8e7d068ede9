//! Drawing one block of a page: headings, paragraphs, list items, preformatted text, rules,
//! tables, image placeholders (or the image, once loaded) and forms. Links are real widgets, so
//! they take the keyboard focus and screen readers name them.

use egui::{RichText, Stroke, Ui};

use crate::i18n::I18n;
use crate::page::{Block, BlockKind, FieldKind, LinkTarget, Marker, Page, Span};

use super::page::{BlockOutcome, ImageState, ViewAction};

/// What every block is drawn with.
pub(super) struct BlockInput<'a> {
    pub i18n: I18n,
    pub page: &'a Page,
    pub images: &'a [ImageState],
}

/// How far each list or quote level moves a block to the right.
const INDENT: f32 = 22.0;

/// Draw `block` (number `index`); what a click in it asked for.
pub(super) fn draw_block(
    ui: &mut Ui,
    input: &BlockInput<'_>,
    block: &Block,
    index: usize,
    values: &mut [Vec<String>],
) -> Option<BlockOutcome> {
    let left = INDENT * f32::from(block.indent + block.quote);
    let mut outcome = None;
    let response = egui::Frame::NONE
        .inner_margin(egui::Margin {
            left: left as i8,
            ..egui::Margin::ZERO
        })
        .show(ui, |ui| match &block.kind {
            BlockKind::Heading(level) => {
                let size = match level {
                    1 => 26.0,
                    2 => 21.0,
                    3 => 18.0,
                    _ => 15.0,
                };
                outcome = spans(ui, input, &block.spans, Some(size));
            }
            BlockKind::Paragraph => outcome = spans(ui, input, &block.spans, None),
            BlockKind::ListItem(marker) => {
                ui.horizontal_top(|ui| {
                    let marker = match marker {
                        Marker::Bullet => "•".to_owned(),
                        Marker::Number(n) => format!("{n}."),
                    };
                    ui.add_sized([INDENT, 18.0], egui::Label::new(marker));
                    ui.vertical(|ui| outcome = spans(ui, input, &block.spans, None));
                });
            }
            BlockKind::Preformatted => {
                egui::Frame::NONE
                    .fill(ui.visuals().faint_bg_color)
                    .inner_margin(egui::Margin::same(6))
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        outcome = spans(ui, input, &block.spans, None);
                    });
            }
            BlockKind::Rule => {
                ui.separator();
            }
            BlockKind::Image(image) => outcome = image_block(ui, input, *image),
            BlockKind::Table(table) => {
                let columns = table.rows.iter().map(Vec::len).max().unwrap_or(1).max(1);
                let cell_width = (ui.available_width() / columns as f32 - 12.0).max(40.0);
                egui::Grid::new(("page-table", index))
                    .striped(true)
                    .show(ui, |ui| {
                        for row in &table.rows {
                            for cell in row {
                                ui.vertical(|ui| {
                                    ui.set_max_width(cell_width);
                                    let mut shown = cell.spans.clone();
                                    if cell.header {
                                        shown.iter_mut().for_each(|s| s.style.strong = true);
                                    }
                                    if let Some(done) = spans(ui, input, &shown, None) {
                                        outcome = Some(done);
                                    }
                                });
                            }
                            ui.end_row();
                        }
                    });
            }
            BlockKind::Form(form) => {
                if let Some(values) = values.get_mut(*form) {
                    outcome = form_block(ui, input, *form, values);
                }
            }
        })
        .response;
    // A bar in the margin for each quote level.
    for level in 0..block.quote {
        let x = response.rect.left() + INDENT * f32::from(block.indent + level) + 4.0;
        ui.painter().vline(
            x,
            response.rect.y_range(),
            Stroke::new(3.0, ui.visuals().weak_text_color()),
        );
    }
    outcome
}

/// A run of spans, wrapping as one text; `size` for headings.
fn spans(
    ui: &mut Ui,
    input: &BlockInput<'_>,
    spans: &[Span],
    size: Option<f32>,
) -> Option<BlockOutcome> {
    let mut outcome = None;
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        for span in spans {
            let mut text = RichText::new(&span.text);
            if let Some(size) = size {
                text = text.size(size).strong();
            }
            if span.style.strong {
                text = text.strong();
            }
            if span.style.emphasis {
                text = text.italics();
            }
            if span.style.code {
                text = text.monospace();
            }
            match span.link.and_then(|l| input.page.links.get(l)) {
                Some(link) => {
                    let response = ui.add(egui::Link::new(text)).on_hover_text(link_hover(
                        input.i18n,
                        &link.target,
                        &link.href,
                    ));
                    if response.clicked() {
                        outcome = Some(click(input, &link.target, &link.href));
                    }
                }
                None => {
                    ui.label(text);
                }
            }
        }
    });
    outcome
}

/// What hovering a link says: where it leads.
fn link_hover(i18n: I18n, target: &LinkTarget, href: &str) -> String {
    match target {
        LinkTarget::Fetch(url) => i18n.f("page-link-fetch", &[("url", url.as_str())]),
        LinkTarget::SamePage { fragment } => i18n.f("page-link-here", &[("fragment", fragment)]),
        LinkTarget::OtherScheme(scheme) => i18n.f("page-link-other-scheme", &[("scheme", scheme)]),
        LinkTarget::Unreadable => i18n.f("page-link-unreadable", &[("href", href)]),
    }
}

/// What a click on a link means.
fn click(input: &BlockInput<'_>, target: &LinkTarget, href: &str) -> BlockOutcome {
    let i18n = input.i18n;
    match target {
        LinkTarget::Fetch(url) => BlockOutcome::Act(ViewAction::Follow(url.clone())),
        LinkTarget::SamePage { fragment } => match input.page.anchor(fragment) {
            Some(block) => BlockOutcome::Jump(block),
            None => BlockOutcome::Notice(i18n.f("page-anchor-missing", &[("fragment", fragment)])),
        },
        LinkTarget::OtherScheme(scheme) => {
            BlockOutcome::Notice(i18n.f("page-link-other-scheme", &[("scheme", scheme)]))
        }
        LinkTarget::Unreadable => {
            BlockOutcome::Notice(i18n.f("page-link-unreadable", &[("href", href)]))
        }
    }
}

/// An image: the picture once loaded, until then its `alt` text and URL.
fn image_block(ui: &mut Ui, input: &BlockInput<'_>, index: usize) -> Option<BlockOutcome> {
    let i18n = input.i18n;
    let image = input.page.images.get(index)?;
    let state = input.images.get(index).cloned().unwrap_or_default();
    let alt = if image.alt.trim().is_empty() {
        i18n.t("page-image-no-alt").to_owned()
    } else {
        image.alt.clone()
    };
    if let ImageState::Loaded { uri, bytes } = &state {
        let picture = egui::Image::from_bytes(uri.clone(), bytes.clone())
            .max_width(ui.available_width())
            .max_height(480.0)
            .fit_to_original_size(1.0)
            .alt_text(alt.clone());
        if picture.load_for_size(ui.ctx(), ui.available_size()).is_ok() {
            ui.add(picture).on_hover_text(image.src.as_str());
            return None;
        }
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(i18n.f("page-image", &[("alt", &alt)])).strong());
            let where_ = match &image.target {
                LinkTarget::Fetch(url) => url.to_string(),
                _ => image.src.clone(),
            };
            ui.label(RichText::new(where_).weak().monospace());
        });
        let said = match (&state, &image.target) {
            (_, LinkTarget::OtherScheme(scheme)) => {
                Some(i18n.f("page-image-other-scheme", &[("scheme", scheme)]))
            }
            (_, LinkTarget::Unreadable) => Some(i18n.t("page-image-unreadable").to_owned()),
            (ImageState::Waiting, _) => {
                ui.spinner();
                None
            }
            (ImageState::Failed(why), _) => Some(why.clone()),
            (ImageState::Loaded { .. }, _) => Some(i18n.t("preview-failed").to_owned()),
            _ => None,
        };
        if let Some(said) = said {
            ui.label(RichText::new(said).color(ui.visuals().warn_fg_color));
        }
    });
    None
}

/// A form: its fields, and for a GET form the URL it would ask for and a button that asks.
fn form_block(
    ui: &mut Ui,
    input: &BlockInput<'_>,
    index: usize,
    values: &mut [String],
) -> Option<BlockOutcome> {
    let i18n = input.i18n;
    let form = input.page.forms.get(index)?;
    let mut outcome = None;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        let action = match &form.action {
            LinkTarget::Fetch(url) => url.to_string(),
            LinkTarget::OtherScheme(scheme) => format!("{scheme}:"),
            _ => String::new(),
        };
        ui.label(
            RichText::new(i18n.f("page-form", &[("method", &form.method), ("url", &action)]))
                .strong(),
        );
        let mut send = false;
        egui::Grid::new(("page-form", index))
            .num_columns(2)
            .show(ui, |ui| {
                for (field, value) in form.fields.iter().zip(values.iter_mut()) {
                    let name = if field.label.is_empty() {
                        i18n.t("page-form-unnamed").to_owned()
                    } else {
                        field.label.clone()
                    };
                    match &field.kind {
                        FieldKind::Text => {
                            let label = ui.label(&name);
                            let edit = ui.add(
                                egui::TextEdit::singleline(value)
                                    .hint_text(name.as_str())
                                    .desired_width(260.0),
                            );
                            let edit = edit.labelled_by(label.id);
                            send |=
                                edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        }
                        FieldKind::Hidden => {
                            ui.label(RichText::new(&field.name).weak());
                            ui.label(
                                RichText::new(
                                    i18n.f("page-form-hidden", &[("value", value.as_str())]),
                                )
                                .weak(),
                            );
                        }
                        FieldKind::Check { .. } => {
                            ui.label("");
                            let mut checked = !value.is_empty();
                            if ui.checkbox(&mut checked, name.as_str()).changed() {
                                *value = if checked { "on".into() } else { String::new() };
                            }
                        }
                        FieldKind::Submit => {
                            ui.label("");
                            let text = if field.value.is_empty() {
                                i18n.t("page-form-send").to_owned()
                            } else {
                                field.value.clone()
                            };
                            send |= ui
                                .add_enabled(form.sends_with_get(), egui::Button::new(text))
                                .on_disabled_hover_text(i18n.t("page-form-not-sent-short"))
                                .clicked();
                        }
                        FieldKind::Other(kind) => {
                            ui.label(RichText::new(&name).weak());
                            ui.label(
                                RichText::new(i18n.f("page-form-other", &[("kind", kind)])).weak(),
                            );
                        }
                    }
                    ui.end_row();
                }
            });
        match form.query_url(values) {
            Some(url) if form.sends_with_get() => {
                ui.horizontal_wrapped(|ui| {
                    ui.label(i18n.t("page-form-will-fetch"));
                    ui.label(RichText::new(url.as_str()).monospace());
                });
                let has_submit = form.fields.iter().any(|f| f.kind == FieldKind::Submit);
                if !has_submit && ui.button(i18n.t("page-form-send")).clicked() {
                    send = true;
                }
                if send {
                    outcome = Some(BlockOutcome::Act(ViewAction::Submit(url)));
                }
            }
            _ => {
                ui.label(
                    RichText::new(i18n.f("page-form-not-sent", &[("method", &form.method)]))
                        .color(ui.visuals().warn_fg_color),
                );
            }
        }
    });
    outcome
}
