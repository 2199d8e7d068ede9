//! Bytes shown as text with the line ends visible (`\r\n`), for the request and response head.

use egui::{RichText, Ui};

/// At most this many bytes are shown here (the Hex view has all of them).
const MAX_SHOWN: usize = 64 * 1024;

/// Draw `bytes` line by line, each line followed by its ending written out (`\r\n`).
pub fn raw_lines(ui: &mut Ui, id_salt: &str, bytes: &[u8]) {
    let shown = bytes.get(..MAX_SHOWN.min(bytes.len())).unwrap_or_default();
    egui::ScrollArea::both()
        .id_salt(id_salt)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.spacing_mut().item_spacing.y = 0.0;
            let mut rest = shown;
            while !rest.is_empty() {
                let end = rest
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(rest.len(), |i| i + 1);
                let (line, tail) = rest.split_at(end);
                rest = tail;
                let (text, ending) = match line {
                    [body @ .., b'\r', b'\n'] => (body, "\\r\\n"),
                    [body @ .., b'\n'] => (body, "\\n"),
                    body => (body, ""),
                };
                ui.horizontal(|ui| {
                    ui.spacing_mut().item_spacing.x = 0.0;
                    let text = crate::wire::head_text(text);
                    ui.add(
                        egui::Label::new(
                            RichText::new(super::body::lines::visible(&text).into_owned())
                                .monospace(),
                        )
                        .selectable(true)
                        .wrap_mode(egui::TextWrapMode::Extend),
                    );
                    ui.label(
                        RichText::new(ending)
                            .monospace()
                            .color(ui.visuals().weak_text_color()),
                    );
                });
            }
            if bytes.len() > shown.len() {
                ui.label(RichText::new("…").weak());
            }
        });
}
