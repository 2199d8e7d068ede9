//! A page as a simple browser shows it: the decoded HTML body read into blocks of styled text,
//! with its links, images and forms, ready to be drawn. Plain data, no egui: built once on the
//! fetch thread, so a big page costs the window nothing but the blocks it draws.
//!
//! Scripts and style sheets are never run; the page counts them so the learner knows what a
//! browser would have done on top.

mod build;
pub mod form;
pub mod link;

use std::collections::HashMap;

use url::Url;

pub use form::{Field, FieldKind, Form};
pub use link::{Link, LinkTarget};

/// Pages bigger than this are not laid out (Text and Hex still show every byte).
pub const MAX_PAGE_BYTES: usize = 16 * 1024 * 1024;

/// A page stops after this many blocks (the rest is in the Text view); ten megabytes of ordinary
/// HTML make far fewer.
pub const MAX_BLOCKS: usize = 250_000;

/// A block's text is cut into pieces of about this many bytes, so one enormous line of a page
/// is many small blocks, each cheap to lay out.
pub const BLOCK_TEXT_BYTES: usize = 4096;

/// Lists and quotes are indented this many levels at most (deeper ones stay at this depth).
pub const MAX_INDENT: u8 = 8;

/// A page read from HTML.
#[derive(Clone, Debug, Default)]
pub struct Page {
    /// The text of `<title>`, if the page has one.
    pub title: Option<String>,
    /// What to draw, top to bottom.
    pub blocks: Vec<Block>,
    /// Every link (`<a href>`), in the order they appear; spans point into this list.
    pub links: Vec<Link>,
    /// Every image (`<img>`), in the order they appear.
    pub images: Vec<PageImage>,
    /// Every form, in the order they appear.
    pub forms: Vec<Form>,
    /// What a browser would have run and this page view did not.
    pub not_run: NotRun,
    /// The URL relative links are resolved against: `<base href>` if the page has one, otherwise
    /// the page's own URL.
    pub base: Option<Url>,
    /// Whether `<base href>` set `base`.
    pub base_from_page: bool,
    /// The block where each `id` (and `<a name>`) starts, for links to `#fragment`.
    pub anchors: HashMap<String, usize>,
    /// The page had more than [`MAX_BLOCKS`] blocks; the rest was left out.
    pub cut: bool,
    /// Its words as Find searches them: the text of each block on a line of its own.
    pub text: PageText,
}

/// The text of a page's blocks one after another, each on a line of its own, and where each
/// block's line starts: what Find searches in the Page view, and how a match finds its block.
#[derive(Clone, Debug, Default)]
pub struct PageText {
    /// The blocks' text (a table's cells separated by tabs, an image by its `alt`).
    pub text: String,
    /// Where each block starts in `text`.
    pub block_starts: Vec<usize>,
}

impl PageText {
    /// The text of `blocks`.
    fn of(blocks: &[Block], images: &[PageImage]) -> Self {
        let mut text = String::new();
        let mut block_starts = Vec::with_capacity(blocks.len());
        let spans = |text: &mut String, spans: &[Span]| {
            for span in spans {
                text.push_str(&span.text);
            }
        };
        for block in blocks {
            block_starts.push(text.len());
            match &block.kind {
                BlockKind::Table(table) => {
                    for row in &table.rows {
                        for cell in row {
                            spans(&mut text, &cell.spans);
                            text.push('\t');
                        }
                    }
                }
                BlockKind::Image(index) => {
                    if let Some(image) = images.get(*index) {
                        text.push_str(&image.alt);
                    }
                }
                _ => spans(&mut text, &block.spans),
            }
            text.push('\n');
        }
        Self { text, block_starts }
    }

    /// The block that holds byte `offset` of `text`.
    pub fn block_of(&self, offset: usize) -> usize {
        self.block_starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1)
    }
}

/// Scripts and style sheets the page has: counted, not run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NotRun {
    /// `<script>` elements.
    pub scripts: usize,
    /// `<style>` elements and `<link rel="stylesheet">`.
    pub style_sheets: usize,
}

/// One block of the page, drawn below the one before.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// What kind of block it is.
    pub kind: BlockKind,
    /// How many lists it is inside (its indent).
    pub indent: u8,
    /// How many block quotes it is inside (a bar for each).
    pub quote: u8,
    /// Its text, in runs of one style.
    pub spans: Vec<Span>,
}

/// What a block is.
#[derive(Clone, Debug, PartialEq)]
pub enum BlockKind {
    /// `<h1>` to `<h6>`: the level.
    Heading(u8),
    /// Running text.
    Paragraph,
    /// The first block of a list item, with its marker.
    ListItem(Marker),
    /// `<pre>`: text kept as written, in a monospace font.
    Preformatted,
    /// `<hr>`.
    Rule,
    /// Image number `.0` of [`Page::images`].
    Image(usize),
    /// A table: rows of cells, each cell a run of spans.
    Table(Table),
    /// Form number `.0` of [`Page::forms`], drawn where the form ends.
    Form(usize),
}

/// The marker of a list item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    /// `<ul>`.
    Bullet,
    /// `<ol>`: the item's number.
    Number(u32),
}

/// A simple table (nested tables are flattened into their cell).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    /// Rows of cells.
    pub rows: Vec<Vec<Cell>>,
}

/// One table cell.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cell {
    /// `<th>` rather than `<td>`.
    pub header: bool,
    /// Its text.
    pub spans: Vec<Span>,
}

/// A run of text in one style.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Span {
    /// The text (whitespace already collapsed, except in `<pre>`).
    pub text: String,
    /// How it looks.
    pub style: SpanStyle,
    /// The link it belongs to: an index into [`Page::links`].
    pub link: Option<usize>,
}

/// How a span looks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SpanStyle {
    /// `<strong>`, `<b>`, `<th>`.
    pub strong: bool,
    /// `<em>`, `<i>`.
    pub emphasis: bool,
    /// `<code>`, `<kbd>`, `<samp>`, `<tt>`, or inside `<pre>`.
    pub code: bool,
}

/// An image of the page: shown as its `alt` text and URL until the learner asks to load it.
#[derive(Clone, Debug, PartialEq)]
pub struct PageImage {
    /// The `src` attribute as written.
    pub src: String,
    /// The `alt` attribute (empty when there is none).
    pub alt: String,
    /// Where `src` leads, resolved against the base URL.
    pub target: LinkTarget,
}

impl Page {
    /// Read `html`, fetched from `page_url`, into a page. `charset` is the one the body was
    /// decoded with: forms send their text in it, as browsers do.
    pub fn read(html: &str, page_url: Option<&Url>, charset: &'static str) -> Self {
        let mut page = build::read(html, page_url, charset);
        page.text = PageText::of(&page.blocks, &page.images);
        page
    }

    /// Images whose `src` can be fetched (http or https).
    pub fn fetchable_images(&self) -> impl Iterator<Item = (usize, &Url)> {
        self.images
            .iter()
            .enumerate()
            .filter_map(|(index, image)| match &image.target {
                LinkTarget::Fetch(url) => Some((index, url)),
                _ => None,
            })
    }

    /// The block where `#fragment` points, if the page has that id.
    pub fn anchor(&self, fragment: &str) -> Option<usize> {
        let block = self.anchors.get(fragment).copied()?;
        Some(block.min(self.blocks.len().saturating_sub(1)))
    }
}

#[cfg(test)]
mod tests;
