//! The body while it arrives: the bytes after the head shown as text as each read brings them,
//! the textbook's `print(data.decode())` after every `recv`.
//!
//! Only what is new is decoded (a streaming decoder keeps a character cut between two reads),
//! and only the rows on screen are drawn. The finished body replaces this view: unframed,
//! decompressed, its charset decided from the whole of it.

use egui::{RichText, Ui};

use crate::i18n::I18n;
use crate::ui::format;
use crate::ui::rows::RowScroll;
use crate::wire::{LIVE_BODY_BYTES, LiveCopy, arriving_text_encoding};

use super::body::lines::{Highlights, text_lines};
use super::body::text_rows::TextRows;

/// How the arriving bytes are shown, decided once the head is there.
#[derive(Debug, Default)]
enum Shown {
    /// No final head yet.
    #[default]
    NoHead,
    /// As text, decoded with the charset the head names (or UTF-8).
    Text(encoding_rs::Decoder),
    /// Compressed (`Content-Encoding`): only counted; decompressed at the end.
    Compressed(String),
    /// Not text (an image, a download): only counted.
    Binary,
}

/// The live body view's state for one fetch.
#[derive(Debug, Default)]
pub struct LiveBody {
    shown: Shown,
    /// Body bytes already decoded into `text`.
    fed: usize,
    text: String,
    rows: TextRows,
    scroll: RowScroll,
}

impl LiveBody {
    /// Take in what `copy` gained since the last call (call when [`crate::wire::Live::update`]
    /// said something changed).
    pub fn update(&mut self, copy: &LiveCopy) {
        if let (Shown::NoHead, Some(head)) = (&self.shown, &copy.exchange.head) {
            let coding: Vec<String> = head
                .list_items("content-encoding")
                .into_iter()
                .filter(|c| c != "identity")
                .collect();
            let content_type = head.first("content-type");
            self.shown = if !coding.is_empty() {
                Shown::Compressed(coding.join(", "))
            } else {
                match arriving_text_encoding(content_type.as_deref()) {
                    Some(encoding) => Shown::Text(encoding.new_decoder_without_bom_handling()),
                    None => Shown::Binary,
                }
            };
        }
        let bytes = copy.body_wire_bytes();
        let Shown::Text(decoder) = &mut self.shown else {
            self.fed = bytes.len();
            return;
        };
        let Some(new) = bytes.get(self.fed..).filter(|new| !new.is_empty()) else {
            return;
        };
        let room = decoder
            .max_utf8_buffer_length(new.len())
            .unwrap_or(new.len().saturating_mul(3));
        self.text.reserve(room);
        let _ = decoder.decode_to_string(new, &mut self.text, false);
        self.fed = bytes.len();
        // Reindexing is linear in what was shown so far, which the copy caps; it runs only when
        // bytes came (at most every 50 ms), not every frame.
        self.rows = TextRows::index(&self.text);
    }

    /// Draw what has arrived so far.
    pub fn show(&mut self, ui: &mut Ui, i18n: I18n, copy: &LiveCopy) {
        let received = copy.body_wire_bytes().len() as u64
            + (copy.received_total - copy.exchange.received.len()) as u64;
        let size = format::bytes(received);
        let line = match &self.shown {
            Shown::NoHead => i18n.t("live-no-head").to_owned(),
            Shown::Text(_) if received == 0 => i18n.t("live-no-body-yet").to_owned(),
            Shown::Text(_) => {
                let chunked = copy.exchange.head.as_ref().is_some_and(|head| {
                    head.list_items("transfer-encoding")
                        .iter()
                        .any(|coding| coding.eq_ignore_ascii_case("chunked"))
                });
                i18n.f(
                    "live-body-text",
                    &[
                        ("size", &size),
                        ("chunked", if chunked { "yes" } else { "no" }),
                    ],
                )
            }
            Shown::Compressed(coding) => i18n.f(
                "live-body-compressed",
                &[("size", &size), ("coding", coding)],
            ),
            Shown::Binary => i18n.f("live-body-binary", &[("size", &size)]),
        };
        ui.label(RichText::new(line).weak());
        if copy.body_capped() && matches!(self.shown, Shown::Text(_)) {
            ui.label(
                RichText::new(i18n.f(
                    "live-body-capped",
                    &[("shown", &format::bytes(LIVE_BODY_BYTES as u64))],
                ))
                .weak(),
            );
        }
        if !self.rows.is_empty() {
            ui.separator();
            text_lines(
                ui,
                "live-body",
                Some(i18n.t("body-rows")),
                self.text.as_bytes(),
                &self.rows,
                &mut self.scroll,
                Highlights::default(),
            );
        }
    }

    /// Stay scrolled where `earlier` was: this view replaces it, further on in the same body
    /// (a replay builds its view of each read anew).
    pub fn keep_place_of(&mut self, earlier: &LiveBody) {
        self.scroll = earlier.scroll;
    }

    /// The text shown so far (for tests).
    pub fn text(&self) -> &str {
        &self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::{Header, ResponseHead};

    fn copy_with(headers: &[(&str, &str)], body: &[u8]) -> LiveCopy {
        let mut head_bytes = b"HTTP/1.1 200 OK\r\n\r\n".to_vec();
        let end = head_bytes.len();
        head_bytes.extend_from_slice(body);
        let mut copy = LiveCopy::default();
        copy.exchange.received = head_bytes;
        copy.received_total = copy.exchange.received.len();
        copy.exchange.head = Some(ResponseHead {
            version: "HTTP/1.1".into(),
            code: 200,
            reason: "OK".into(),
            reason_bytes: b"OK".to_vec(),
            headers: headers
                .iter()
                .map(|(name, value)| Header {
                    name: (*name).into(),
                    value: value.as_bytes().to_vec(),
                })
                .collect(),
            range: 0..end,
        });
        copy
    }

    #[test]
    fn a_korean_character_cut_between_two_reads_is_whole_once_the_rest_arrives() {
        let text = "안녕\n하세요";
        let mut live = LiveBody::default();
        let first = copy_with(&[("Content-Type", "text/plain")], &text.as_bytes()[..4]);
        live.update(&first);
        assert_eq!(
            live.text(),
            "안",
            "half a character waits for its other bytes"
        );
        let whole = copy_with(&[("Content-Type", "text/plain")], text.as_bytes());
        live.update(&whole);
        assert_eq!(live.text(), text);
        assert_eq!(live.rows.line_count(), 2);
    }

    #[test]
    fn the_charset_the_head_names_is_used_and_compressed_bodies_are_only_counted() {
        let (euc_kr, _, _) = encoding_rs::EUC_KR.encode("한국어");
        let mut live = LiveBody::default();
        live.update(&copy_with(
            &[("Content-Type", "text/html; charset=euc-kr")],
            &euc_kr,
        ));
        assert_eq!(live.text(), "한국어");

        let mut live = LiveBody::default();
        live.update(&copy_with(
            &[("Content-Encoding", "gzip"), ("Content-Type", "text/plain")],
            b"\x1f\x8b\x08\x00",
        ));
        assert_eq!(live.text(), "");
        assert!(matches!(&live.shown, Shown::Compressed(coding) if coding == "gzip"));

        let mut live = LiveBody::default();
        live.update(&copy_with(&[("Content-Type", "image/png")], b"\x89PNG"));
        assert!(matches!(live.shown, Shown::Binary));
    }
}
