//! What the body views need, prepared once on the fetch thread: rows of the text, the pretty form,
//! the page laid out in blocks, and the view to open with. Nothing here draws; what the content is comes from the engine.

use std::sync::Arc;

use crate::page::{MAX_PAGE_BYTES, Page};
use crate::pretty::{indent_markup, pretty_json};
use crate::wire::{ContentKind, Exchange};

use super::View;
use super::text_rows::TextRows;

/// Bodies larger than this are not pretty-printed (Text and Hex still show everything).
pub const MAX_PRETTY_BYTES: usize = 8 * 1024 * 1024;

/// A pretty-printed body and its row index.
#[derive(Clone, Debug, Default)]
pub struct PrettyText {
    /// The indented text.
    pub text: String,
    /// Rows of `text`.
    pub rows: TextRows,
}

/// Everything the body views need for one exchange.
#[derive(Clone, Debug)]
pub struct BodyModel {
    /// What the content is, as the engine decided.
    pub kind: ContentKind,
    /// The view to open with.
    pub preferred: View,
    /// Rows of the decoded text, for text bodies.
    pub text_rows: Option<TextRows>,
    /// The pretty form, for JSON, HTML and XML that is not too big.
    pub pretty: Option<PrettyText>,
    /// The page as a browser would show it, for HTML that is not too big.
    pub page: Option<Arc<Page>>,
}

impl BodyModel {
    /// Prepare the body of the final exchange (slow for big bodies: run it on the fetch thread).
    pub fn build(exchange: &Exchange) -> Self {
        let kind = exchange
            .body
            .as_ref()
            .map_or(ContentKind::Empty, |b| b.kind);
        let text = exchange.body_text();
        let text_rows = text.map(TextRows::index);
        let pretty = text
            .filter(|text| text.len() <= MAX_PRETTY_BYTES)
            .and_then(|text| match kind {
                ContentKind::Json => pretty_json(text),
                kind if kind.is_markup() => Some(indent_markup(text)),
                _ => None,
            })
            .map(|text| PrettyText {
                rows: TextRows::index(&text),
                text,
            });
        let page = text
            .filter(|text| kind == ContentKind::Html && text.len() <= MAX_PAGE_BYTES)
            .map(|html| {
                let url = url::Url::parse(&exchange.url_normalized).ok();
                let charset = exchange
                    .body
                    .as_ref()
                    .and_then(|b| b.text.as_ref())
                    .map_or("UTF-8", |t| t.charset);
                Arc::new(Page::read(html, url.as_ref(), charset))
            });
        let preferred = match kind {
            ContentKind::Image(_) => View::Preview,
            ContentKind::Json if pretty.is_some() => View::Pretty,
            ContentKind::Binary => View::Hex,
            _ => View::Text,
        };
        Self {
            kind,
            preferred,
            text_rows,
            pretty,
            page,
        }
    }
}
