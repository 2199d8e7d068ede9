//! The "Code" tab: the request on screen written as code that sends it again (the textbook's
//! Python socket program, urllib, curl, the raw text, Rust), with Copy and Save. The code
//! comes from [`crate::export::code`]; this file only picks, shows and saves it.

use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

use egui::{FontId, RichText, Ui};

use crate::export::code::{CodeKind, CodeRequest, generate};
use crate::i18n::I18n;
use crate::ui::file_dialogs::{Choosing, Dialogs, downloads_folder, write_file};
use crate::ui::format;
use crate::ui::rows::{RowScroll, show_rows};
use crate::wire::Exchange;

use super::{TabAction, TabInput};

/// The catalog key of the tab's name.
pub const KEY: &str = "tab-code";

/// Requests bigger than this are not written out in the window (the code would be several
/// times as big); `wirepeek --export` writes them at any size.
const MOST_SHOWN: usize = 1024 * 1024;

/// The code written for one request, cut into lines for drawing.
struct Written {
    /// Which request and kind it was written for.
    key: WrittenFor,
    /// The code.
    text: String,
    /// The byte range of each line in `text`.
    lines: Vec<Range<usize>>,
    /// The request's exact bytes (what Save writes for the raw kind).
    bytes: Vec<u8>,
}

/// What the code was written from: the kind, and the request bytes (their place in memory,
/// their length and their start, which together change whenever the exchange on screen does).
#[derive(Clone, Debug, PartialEq, Eq)]
struct WrittenFor {
    kind: CodeKind,
    address: usize,
    len: usize,
    start: Vec<u8>,
}

impl WrittenFor {
    fn of(kind: CodeKind, exchange: &Exchange) -> Self {
        let bytes = &exchange.request_bytes;
        Self {
            kind,
            address: bytes.as_ptr() as usize,
            len: bytes.len(),
            start: bytes.iter().take(256).copied().collect(),
        }
    }
}

/// Where saving is.
#[derive(Clone, Debug)]
enum Saving {
    /// The system's dialog is open.
    Choosing(Choosing),
    /// No dialog (or no answer from it): the learner types a path.
    Typing(String),
    /// The typed path names a file that is already there.
    Replacing(PathBuf),
}

/// What the tab remembers between frames (in egui's memory, so the app needs no field for it).
#[derive(Clone, Default)]
struct CodeTab {
    kind: CodeKind,
    written: Option<Arc<Written>>,
    scroll: RowScroll,
    saving: Option<Saving>,
    /// The last thing said: copied, saved, or why not.
    said: Option<String>,
}

/// Draw the tab.
pub fn show(ui: &mut Ui, i18n: I18n, input: &mut TabInput<'_>) -> TabAction {
    let Some(exchange) = input.chain.last() else {
        ui.label(RichText::new(i18n.t("code-empty")).weak());
        fill(ui);
        return TabAction::None;
    };
    if exchange.request_bytes.len() > MOST_SHOWN {
        let size = format::bytes(exchange.request_bytes.len() as u64);
        ui.add(
            egui::Label::new(RichText::new(i18n.f("code-too-big", &[("size", &size)])).weak())
                .wrap(),
        );
        fill(ui);
        return TabAction::None;
    }
    let Some(request) = CodeRequest::from_exchange(exchange) else {
        ui.label(RichText::new(i18n.t("code-none")).weak());
        fill(ui);
        return TabAction::None;
    };
    let id = egui::Id::unique("wirepeek-code-tab");
    let mut tab = ui
        .data_mut(|d| d.get_temp::<CodeTab>(id))
        .unwrap_or_default();
    let key = WrittenFor::of(tab.kind, exchange);
    let written = match &tab.written {
        Some(written) if written.key == key => Arc::clone(written),
        _ => {
            let written = Arc::new(write(key, &request));
            tab.written = Some(Arc::clone(&written));
            tab.scroll = RowScroll::default();
            written
        }
    };
    ui.add(egui::Label::new(RichText::new(i18n.t("code-intro")).weak()).wrap());
    ui.horizontal_wrapped(|ui| {
        for kind in CodeKind::ALL {
            let label = i18n.t(&format!("code-kind-{}", kind.name()));
            if ui
                .add(egui::Button::selectable(tab.kind == kind, label))
                .clicked()
            {
                tab.kind = kind;
                tab.said = None;
            }
        }
        ui.separator();
        if ui
            .button(i18n.t("code-copy"))
            .on_hover_text(i18n.t("code-copy-tooltip"))
            .clicked()
        {
            ui.ctx().copy_text(written.text.clone());
            tab.said = Some(i18n.t("code-copied").to_owned());
        }
        let save_tip = if tab.kind == CodeKind::Raw {
            "code-save-raw-tooltip"
        } else {
            "code-save-tooltip"
        };
        if ui
            .button(i18n.t("code-save"))
            .on_hover_text(i18n.t(save_tip))
            .clicked()
        {
            let suggested = suggested_path(tab.kind);
            tab.said = None;
            tab.saving = Some(
                match Dialogs::of(ui.ctx()).save(ui.ctx(), i18n.t("code-save-title"), &suggested) {
                    Some(choosing) => Saving::Choosing(choosing),
                    None => Saving::Typing(suggested.display().to_string()),
                },
            );
        }
    });
    ui.add(
        egui::Label::new(RichText::new(i18n.t(&format!("code-about-{}", tab.kind.name()))).weak())
            .wrap(),
    );
    saving(ui, i18n, &mut tab, &written);
    if let Some(said) = &tab.said {
        ui.label(RichText::new(said).strong());
    }
    ui.separator();
    code_rows(ui, &written, &mut tab.scroll);
    ui.data_mut(|d| d.insert_temp(id, tab));
    TabAction::None
}

/// Take the rest of the tab's room, so the panel keeps its height while there is little to show.
fn fill(ui: &mut Ui) {
    ui.allocate_space(ui.available_size());
}

/// Write the code for `key.kind` and index its lines.
fn write(key: WrittenFor, request: &CodeRequest) -> Written {
    let text = generate(key.kind, request);
    let mut lines = Vec::new();
    let mut start = 0;
    for (index, byte) in text.bytes().enumerate() {
        if byte == b'\n' {
            lines.push(start..index);
            start = index + 1;
        }
    }
    if start < text.len() {
        lines.push(start..text.len());
    }
    Written {
        key,
        text,
        lines,
        bytes: request.bytes.clone(),
    }
}

/// The code, one monospace row per line, only the rows on screen drawn.
fn code_rows(ui: &mut Ui, written: &Written, scroll: &mut RowScroll) {
    let font = FontId::monospace(13.0);
    let row_height = ui.fonts_mut(|f| f.row_height(&font)) + 2.0;
    show_rows(
        ui,
        "code-lines",
        None,
        scroll,
        written.lines.len(),
        row_height,
        |ui, index| {
            let line = written
                .lines
                .get(index)
                .and_then(|range| written.text.get(range.clone()))
                .unwrap_or_default();
            ui.add(
                egui::Label::new(RichText::new(line).font(font.clone()))
                    .selectable(true)
                    .wrap_mode(egui::TextWrapMode::Extend),
            );
        },
    );
}

/// The save in progress: wait for the system's dialog, or ask for a path, or ask to replace.
fn saving(ui: &mut Ui, i18n: I18n, tab: &mut CodeTab, written: &Written) {
    let Some(state) = tab.saving.clone() else {
        return;
    };
    let kind = tab.kind;
    match state {
        Saving::Choosing(choosing) => match choosing.answer() {
            None => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(i18n.t("save-choosing"));
                    if ui.button(i18n.t("save-type-instead")).clicked() {
                        let path = suggested_path(kind).display().to_string();
                        tab.saving = Some(Saving::Typing(path));
                    }
                });
            }
            // The system's dialog has asked about a file already there itself.
            Some(Some(path)) => {
                tab.saving = None;
                tab.said = Some(save(i18n, &path, kind, written));
            }
            Some(None) => {
                let path = suggested_path(kind).display().to_string();
                tab.saving = Some(Saving::Typing(path));
            }
        },
        Saving::Typing(mut path) => {
            let mut confirmed = false;
            let mut cancelled = false;
            ui.horizontal(|ui| {
                let label = ui.label(i18n.t("save-path"));
                let field = ui
                    .add(egui::TextEdit::singleline(&mut path).desired_width(420.0))
                    .labelled_by(label.id);
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                confirmed = ui.button(i18n.t("save-confirm")).clicked() || entered;
                cancelled = ui.button(i18n.t("save-cancel")).clicked();
            });
            let chosen = PathBuf::from(path.trim());
            tab.saving = if cancelled {
                None
            } else if confirmed && chosen.exists() {
                Some(Saving::Replacing(chosen))
            } else if confirmed {
                tab.said = Some(save(i18n, &chosen, kind, written));
                None
            } else {
                Some(Saving::Typing(path))
            };
        }
        Saving::Replacing(path) => {
            ui.horizontal_wrapped(|ui| {
                let shown = path.display().to_string();
                ui.label(i18n.f("code-save-exists", &[("path", &shown)]));
                if ui.button(i18n.t("save-replace")).clicked() {
                    tab.said = Some(save(i18n, &path, kind, written));
                    tab.saving = None;
                }
                if ui.button(i18n.t("save-cancel")).clicked() {
                    tab.saving = Some(Saving::Typing(shown));
                }
            });
        }
    }
}

/// Write the code to `path` (for the raw kind the request's exact bytes, ready for
/// `wirepeek --raw FILE`); the sentence saying so, or why not.
fn save(i18n: I18n, path: &std::path::Path, kind: CodeKind, written: &Written) -> String {
    let content = if kind == CodeKind::Raw {
        written.bytes.as_slice()
    } else {
        written.text.as_bytes()
    };
    write_file(i18n, path, content)
}

/// `~/Downloads/<the kind's file name>` (or the home folder, or here).
fn suggested_path(kind: CodeKind) -> PathBuf {
    downloads_folder().join(kind.file_name())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_named_and_explained_in_every_language() {
        for code in ["en", "ko"] {
            let i18n = I18n::new(code).expect("language");
            for kind in CodeKind::ALL {
                for key in [
                    format!("code-kind-{}", kind.name()),
                    format!("code-about-{}", kind.name()),
                ] {
                    assert_ne!(i18n.t(&key), key, "{code}: {key}");
                }
            }
        }
    }

    #[test]
    fn lines_are_indexed_without_their_line_feeds() {
        let request = CodeRequest {
            scheme: "http".into(),
            host: "h".into(),
            port: 80,
            port_is_default: true,
            bytes: b"GET / HTTP/1.1\r\nHost: h\r\n\r\n".to_vec(),
        };
        let exchange = Exchange {
            request_bytes: request.bytes.clone(),
            ..Exchange::default()
        };
        let written = write(WrittenFor::of(CodeKind::Raw, &exchange), &request);
        let lines: Vec<&str> = written
            .lines
            .iter()
            .map(|r| &written.text[r.clone()])
            .collect();
        assert_eq!(lines, ["GET / HTTP/1.1\\r\\n", "Host: h\\r\\n", "\\r\\n"]);
    }
}
