//! The editor's fields: the headers table (the default rows first, each row switchable,
//! movable and removable, a bad name or value flagged on its row) and the body.

use egui::{Color32, RichText, Ui};

use crate::i18n::{self, I18n};
use crate::wire::HttpVersion;

use super::draft::{Draft, HeaderRow, default_rows, is_default_name};

/// Content types offered for a body (any other can be typed in a row).
const CONTENT_TYPES: [&str; 4] = [
    super::draft::FORM_CONTENT_TYPE,
    "text/plain; charset=utf-8",
    "application/json",
    "",
];

/// What a row's buttons asked for.
enum RowAction {
    Up(usize),
    Down(usize),
    Remove(usize),
}

/// Draw the headers table and the body.
pub fn fields_editor(ui: &mut Ui, i18n: I18n, draft: &mut Draft) {
    let automatic = draft.automatic_values();
    let version = draft.version;
    let mut action = None;
    let count = draft.headers.len();
    egui::ScrollArea::vertical()
        .id_salt("editor-headers")
        .max_height(220.0)
        .show(ui, |ui| {
            egui::Grid::new("editor-headers-grid")
                .num_columns(4)
                .spacing([6.0, 4.0])
                .show(ui, |ui| {
                    ui.label(RichText::new(i18n.t("editor-col-send")).weak());
                    ui.label(RichText::new(i18n.t("editor-col-name")).weak());
                    ui.label(RichText::new(i18n.t("editor-col-value")).weak());
                    ui.label("");
                    ui.end_row();
                    for (index, row) in draft.headers.iter_mut().enumerate() {
                        let hint = automatic_hint(i18n, row, &automatic, version);
                        if let Some(asked) = header_row(ui, i18n, index, count, row, hint) {
                            action = Some(asked);
                        }
                        ui.end_row();
                    }
                });
            // What is wrong with a flagged (red) row, under the table: inside a column, a long
            // message would widen it and push the row's buttons out of the window.
            for (index, row) in draft.headers.iter().enumerate() {
                if let Some(problem) = row.problem() {
                    let number = (index + 1).to_string();
                    let text = i18n.f(
                        "editor-row-problem",
                        &[
                            ("number", &number),
                            ("problem", &i18n::error_message(i18n, &problem)),
                        ],
                    );
                    ui.add(
                        egui::Label::new(RichText::new(text).color(ui.visuals().error_fg_color))
                            .wrap(),
                    );
                }
            }
        });
    match action {
        Some(RowAction::Up(i)) if i > 0 => draft.headers.swap(i, i - 1),
        Some(RowAction::Down(i)) if i + 1 < draft.headers.len() => draft.headers.swap(i, i + 1),
        Some(RowAction::Remove(i)) if i < draft.headers.len() => {
            draft.headers.remove(i);
        }
        _ => {}
    }
    ui.horizontal(|ui| {
        if ui.button(i18n.t("editor-add")).clicked() {
            draft.headers.push(HeaderRow::default());
        }
        let untouched = draft.headers == default_rows();
        if ui
            .add_enabled(!untouched, egui::Button::new(i18n.t("editor-reset")))
            .on_disabled_hover_text(i18n.t("editor-reset-nothing"))
            .clicked()
        {
            draft.headers = default_rows();
        }
        if draft.has_problems() {
            ui.label(
                RichText::new(i18n.t("editor-fix-first"))
                    .strong()
                    .color(ui.visuals().error_fg_color),
            );
        }
    });
    body_editor(ui, i18n, draft);
}

/// The grey text in an empty default row: the value wirepeek sends, or that it sends none.
fn automatic_hint(
    i18n: I18n,
    row: &HeaderRow,
    automatic: &[(&'static str, String)],
    version: HttpVersion,
) -> String {
    if !is_default_name(&row.name) {
        return i18n.t("editor-value-hint").to_owned();
    }
    match automatic
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(row.name.trim()))
    {
        Some((_, value)) => i18n.f("editor-automatic", &[("value", value)]),
        None if row.name.trim().eq_ignore_ascii_case("Host") => {
            i18n.t("editor-automatic-host").to_owned()
        }
        None => i18n.f("editor-automatic-none", &[("version", version.as_str())]),
    }
}

/// One row: switch, name, value, and the buttons that move or remove it.
fn header_row(
    ui: &mut Ui,
    i18n: I18n,
    index: usize,
    count: usize,
    row: &mut HeaderRow,
    hint: String,
) -> Option<RowAction> {
    let number = (index + 1).to_string();
    let number = [("number", number.as_str())];
    let mut action = None;
    let switch = ui.add(egui::Checkbox::without_text(&mut row.on));
    let name = i18n.f("editor-row-send", &number);
    switch.widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, true, row.on, &name));
    switch.on_hover_text(i18n.t("editor-row-send-tooltip"));
    let flagged = row.problem().is_some();
    let colour = flagged.then(|| ui.visuals().error_fg_color);
    text_field(
        ui,
        &mut row.name,
        160.0,
        i18n.t("editor-name-hint"),
        &i18n.f("editor-row-name", &number),
        colour,
        row.on,
    );
    let value_field = text_field(
        ui,
        &mut row.value,
        360.0,
        &hint,
        &i18n.f("editor-row-value", &number),
        colour,
        row.on,
    );
    if is_default_name(&row.name) {
        value_field.on_hover_text(i18n.t("editor-automatic-tooltip"));
    }
    ui.horizontal(|ui| {
        // Only moving past an end is ever off.
        let at_end = i18n.t("editor-row-at-end");
        let up = i18n.f("editor-row-up", &number);
        if icon_button(ui, index > 0, "↑", &up, at_end).clicked() {
            action = Some(RowAction::Up(index));
        }
        let down = i18n.f("editor-row-down", &number);
        if icon_button(ui, index + 1 < count, "↓", &down, at_end).clicked() {
            action = Some(RowAction::Down(index));
        }
        let remove = i18n.f("editor-row-remove", &number);
        if icon_button(ui, true, "×", &remove, at_end).clicked() {
            action = Some(RowAction::Remove(index));
        }
    });
    action
}

/// A small button showing `icon`, named `name` for screen readers and in its tooltip; switched
/// off, its tooltip also says why (`why_off`).
fn icon_button(
    ui: &mut Ui,
    enabled: bool,
    icon: &str,
    name: &str,
    why_off: &str,
) -> egui::Response {
    let response = ui.add_enabled(enabled, egui::Button::new(icon));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, name));
    response
        .on_hover_text(name)
        .on_disabled_hover_text(format!("{name}: {why_off}"))
}

/// A one-line field with an accessible name of its own (rows share their column's title).
fn text_field(
    ui: &mut Ui,
    text: &mut String,
    width: f32,
    hint: &str,
    name: &str,
    colour: Option<Color32>,
    on: bool,
) -> egui::Response {
    // A minimum size too: a grid cell offers a new column only the width it had last frame.
    let mut field = egui::TextEdit::singleline(text)
        .desired_width(width)
        .min_size(egui::vec2(width, 0.0))
        .hint_text(hint)
        .font(egui::TextStyle::Monospace);
    if let Some(colour) = colour {
        field = field.text_color(colour);
    } else if !on {
        field = field.text_color(ui.visuals().weak_text_color());
    }
    let response = ui.add(field);
    let value = text.clone();
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::text_edit(true, &value, &value, hint);
        info.label = Some(name.to_owned());
        info
    });
    response
}

/// The body and its content type.
fn body_editor(ui: &mut Ui, i18n: I18n, draft: &mut Draft) {
    ui.add_space(4.0);
    let label = ui.label(i18n.t("editor-body"));
    ui.add(
        egui::TextEdit::multiline(&mut draft.body)
            .desired_rows(2)
            .desired_width(f32::INFINITY)
            .hint_text(i18n.t("editor-body-hint"))
            .font(egui::TextStyle::Monospace),
    )
    .labelled_by(label.id);
    ui.horizontal(|ui| {
        ui.label("Content-Type");
        let shown = if draft.content_type.is_empty() {
            i18n.t("editor-content-type-none").to_owned()
        } else {
            draft.content_type.clone()
        };
        let picker = egui::ComboBox::from_id_salt("editor-content-type")
            .selected_text(shown.clone())
            .width(260.0)
            .show_ui(ui, |ui| {
                for choice in CONTENT_TYPES {
                    let text = if choice.is_empty() {
                        i18n.t("editor-content-type-none")
                    } else {
                        choice
                    };
                    ui.selectable_value(&mut draft.content_type, choice.to_owned(), text);
                }
            })
            .response;
        picker.widget_info(|| {
            let mut info = egui::WidgetInfo::new(egui::Role::ComboBox);
            info.label = Some("Content-Type".to_owned());
            info.current_text_value = Some(shown.clone());
            info.enabled = true;
            info
        });
        ui.label(RichText::new(i18n.t("editor-content-type-help")).weak());
    });
}
