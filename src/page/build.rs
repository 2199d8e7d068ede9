//! HTML to [`Page`]: html5ever (through scraper) builds the tree a browser would build from any
//! HTML, broken or not; one walk over it (no recursion, so a page nested 10,000 deep is no
//! different) turns elements into blocks and runs of styled text.

use scraper::Html;
use scraper::node::{Element, Node};
use url::Url;

use super::form::{Field, FieldKind, Form};
use super::{
    BLOCK_TEXT_BYTES, Block, BlockKind, Cell, Link, LinkTarget, MAX_INDENT, Marker, Page,
    PageImage, Span, SpanStyle, Table,
};

/// A table is drawn in parts of at most this many rows, so one huge table is many blocks.
const TABLE_ROWS_PER_BLOCK: usize = 200;

/// A `<pre>` is cut into blocks of at most this many lines, for the same reason.
const PRE_LINES_PER_BLOCK: usize = 200;

pub(super) fn read(html: &str, page_url: Option<&Url>, charset: &'static str) -> Page {
    let document = Html::parse_document(html);
    let mut builder = Builder::new(charset);
    for edge in document.tree.root().traverse() {
        if builder.page.cut {
            break;
        }
        match edge {
            ego_tree::iter::Edge::Open(node) => match node.value() {
                Node::Element(element) => builder.open(element),
                Node::Text(text) => builder.text(text),
                _ => {}
            },
            ego_tree::iter::Edge::Close(node) => {
                if let Node::Element(element) = node.value() {
                    builder.close(element);
                }
            }
        }
    }
    builder.flush();
    builder.finish(page_url)
}

/// An open list: numbered or not, and the next number.
struct List {
    ordered: bool,
    next: u32,
}

/// The walk's state: the page so far, the text of the block being built, and what the elements
/// open around it say about it.
struct Builder {
    page: Page,
    charset: &'static str,
    /// The block being built.
    spans: Vec<Span>,
    text_bytes: usize,
    /// The last character was a collapsed space (or the block has not started): the next
    /// spaces are dropped.
    after_space: bool,
    /// Open elements that style text, counted (they nest).
    strong: u32,
    emphasis: u32,
    code: u32,
    pre: u32,
    /// The innermost open heading's level.
    headings: Vec<u8>,
    /// The innermost open link.
    links: Vec<usize>,
    lists: Vec<List>,
    quote: u8,
    /// The marker of the list item whose first block has not been made yet.
    marker: Option<Marker>,
    /// Inside elements whose text is not shown (`script`, `style`, `head` ...).
    hidden: u32,
    in_title: bool,
    title: String,
    /// Tables open (only the outermost one is built; inner ones become text of its cells).
    tables: u32,
    table: Table,
    in_cell: Option<bool>,
    base_href: Option<String>,
    /// The form open now, and the field whose text is being collected (`textarea`, `option`).
    form: Option<usize>,
    collecting: Option<Collect>,
    /// `href`s and `src`s as written, resolved once the base is known.
    hrefs: Vec<String>,
    form_actions: Vec<Option<String>>,
}

/// Text collected into a form field instead of the page.
struct Collect {
    form: usize,
    field: usize,
    /// For `<option>`: its `value` attribute, whether it is `selected`, and its text so far.
    option: Option<(Option<String>, bool, String)>,
}

impl Builder {
    fn new(charset: &'static str) -> Self {
        Self {
            page: Page::default(),
            charset,
            spans: Vec::new(),
            text_bytes: 0,
            after_space: true,
            strong: 0,
            emphasis: 0,
            code: 0,
            pre: 0,
            headings: Vec::new(),
            links: Vec::new(),
            lists: Vec::new(),
            quote: 0,
            marker: None,
            hidden: 0,
            in_title: false,
            title: String::new(),
            tables: 0,
            table: Table::default(),
            in_cell: None,
            base_href: None,
            form: None,
            collecting: None,
            hrefs: Vec::new(),
            form_actions: Vec::new(),
        }
    }

    fn indent(&self) -> u8 {
        u8::try_from(self.lists.len()).map_or(MAX_INDENT, |n| n.min(MAX_INDENT))
    }

    fn style(&self) -> SpanStyle {
        SpanStyle {
            strong: self.strong > 0 || self.in_cell == Some(true),
            emphasis: self.emphasis > 0,
            code: self.code > 0 || self.pre > 0,
        }
    }

    fn open(&mut self, element: &Element) {
        let name = element.name();
        if let Some(id) = element.id() {
            self.anchor(id);
        }
        match name {
            "script" => {
                self.page.not_run.scripts += 1;
                self.hidden += 1;
            }
            "style" => {
                self.page.not_run.style_sheets += 1;
                self.hidden += 1;
            }
            "link" => {
                let sheet = element.attr("rel").is_some_and(|rel| {
                    rel.split_ascii_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("stylesheet"))
                });
                if sheet {
                    self.page.not_run.style_sheets += 1;
                }
            }
            "head" | "noscript" | "template" | "svg" | "math" | "iframe" | "object" => {
                self.hidden += 1;
            }
            "title" => self.in_title = true,
            // Only the first `<base>` counts.
            "base" if self.base_href.is_none() => {
                self.base_href = element.attr("href").map(str::to_owned);
            }
            _ if self.hidden > 0 => {}
            "br" => self.push_text("\n", true),
            "hr" => {
                self.flush();
                self.push_block(BlockKind::Rule, Vec::new());
            }
            "img" => self.image(element),
            "a" => {
                if let Some(name) = element.attr("name") {
                    self.anchor(name);
                }
                match element.attr("href") {
                    Some(href) => {
                        self.hrefs.push(href.to_owned());
                        self.page.links.push(Link {
                            href: href.to_owned(),
                            target: LinkTarget::Unreadable,
                        });
                        self.links.push(self.page.links.len() - 1);
                    }
                    // An anchor with no href is only a place to jump to; it keeps the link
                    // stack balanced for its close.
                    None => self.links.push(usize::MAX),
                }
            }
            "strong" | "b" => self.strong += 1,
            "em" | "i" | "cite" | "var" | "dfn" => self.emphasis += 1,
            "code" | "kbd" | "samp" | "tt" => self.code += 1,
            "pre" | "listing" | "xmp" | "plaintext" => {
                self.flush();
                self.pre += 1;
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                let level = name.as_bytes().get(1).map_or(1, |digit| digit - b'0');
                self.headings.push(level);
            }
            "ul" | "ol" | "menu" | "dl" => {
                self.flush();
                let start = element
                    .attr("start")
                    .and_then(|s| s.trim().parse::<u32>().ok())
                    .unwrap_or(1);
                self.lists.push(List {
                    ordered: name == "ol",
                    next: start,
                });
            }
            "li" => {
                self.flush();
                let marker = match self.lists.last_mut() {
                    Some(list) if list.ordered => {
                        let number = element
                            .attr("value")
                            .and_then(|v| v.trim().parse::<u32>().ok())
                            .unwrap_or(list.next);
                        list.next = number.saturating_add(1);
                        Marker::Number(number)
                    }
                    _ => Marker::Bullet,
                };
                self.marker = Some(marker);
            }
            "blockquote" => {
                self.flush();
                self.quote = self.quote.saturating_add(1).min(MAX_INDENT);
            }
            "table" => {
                self.flush();
                self.tables += 1;
            }
            "tr" if self.tables == 1 => {
                self.end_cell();
                if self.table.rows.len() >= TABLE_ROWS_PER_BLOCK {
                    self.push_table();
                }
                self.table.rows.push(Vec::new());
            }
            "td" | "th" if self.tables == 1 => {
                self.end_cell();
                self.in_cell = Some(name == "th");
                self.after_space = true;
            }
            "form" => {
                self.flush();
                self.open_form(element);
            }
            "input" => self.input(element),
            "button" => self.button(element),
            "textarea" | "select" => self.text_field(element),
            "option" => {
                if let Some(collect) = &mut self.collecting {
                    collect.option = Some((
                        element.attr("value").map(str::to_owned),
                        element.attr("selected").is_some(),
                        String::new(),
                    ));
                }
            }
            _ if is_block(name) => self.flush(),
            _ => {}
        }
    }

    fn close(&mut self, element: &Element) {
        let name = element.name();
        match name {
            "script" | "style" | "head" | "noscript" | "template" | "svg" | "math" | "iframe"
            | "object" => self.hidden = self.hidden.saturating_sub(1),
            "title" => self.in_title = false,
            _ if self.hidden > 0 => {}
            "a" => {
                self.links.pop();
            }
            "strong" | "b" => self.strong = self.strong.saturating_sub(1),
            "em" | "i" | "cite" | "var" | "dfn" => self.emphasis = self.emphasis.saturating_sub(1),
            "code" | "kbd" | "samp" | "tt" => self.code = self.code.saturating_sub(1),
            "pre" | "listing" | "xmp" | "plaintext" => {
                self.flush();
                self.pre = self.pre.saturating_sub(1);
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                self.headings.pop();
            }
            "ul" | "ol" | "menu" | "dl" => {
                self.flush();
                self.lists.pop();
            }
            "blockquote" => {
                self.flush();
                self.quote = self.quote.saturating_sub(1);
            }
            "table" => {
                if self.tables == 1 {
                    self.end_cell();
                    self.push_table();
                }
                self.tables = self.tables.saturating_sub(1);
            }
            "td" | "th" if self.tables == 1 => self.end_cell(),
            "form" => {
                self.flush();
                if let Some(form) = self.form.take() {
                    self.push_block(BlockKind::Form(form), Vec::new());
                }
            }
            "textarea" | "select" => self.collecting = None,
            "option" => self.end_option(),
            _ if is_block(name) => self.flush(),
            _ => {}
        }
    }

    /// Text of the page: shown, or collected into a title or a form field.
    fn text(&mut self, text: &str) {
        if self.in_title {
            self.title.push_str(text);
            return;
        }
        if let Some(collect) = &mut self.collecting {
            match &mut collect.option {
                Some((_, _, option_text)) => option_text.push_str(text),
                None => {
                    if let Some(field) = self
                        .page
                        .forms
                        .get_mut(collect.form)
                        .and_then(|form| form.fields.get_mut(collect.field))
                    {
                        field.value.push_str(text);
                    }
                }
            }
            return;
        }
        if self.hidden > 0 {
            return;
        }
        self.push_text(text, self.pre > 0);
    }

    /// Add text to the block being built: spaces collapsed unless `keep_spaces`; a block that
    /// grows past its size is cut into the next one.
    fn push_text(&mut self, text: &str, keep_spaces: bool) {
        let mut chunk = String::new();
        for c in text.chars() {
            if keep_spaces || c == '\n' && text.len() == 1 {
                chunk.push(c);
                self.after_space = c == '\n';
            } else if c.is_ascii_whitespace() {
                if !self.after_space {
                    chunk.push(' ');
                    self.after_space = true;
                }
            } else {
                chunk.push(c);
                self.after_space = false;
            }
            // Cut between words where one can; a run with no space at twice the size.
            let size = self.text_bytes + chunk.len();
            let full = size >= BLOCK_TEXT_BYTES && c.is_whitespace()
                || size >= 2 * BLOCK_TEXT_BYTES
                || self.pre > 0 && c == '\n' && self.pre_lines(&chunk) >= PRE_LINES_PER_BLOCK;
            if full && self.in_cell.is_none() {
                self.append(std::mem::take(&mut chunk));
                self.flush();
                // The next block goes on where this one stopped.
                self.after_space = !keep_spaces;
            }
        }
        self.append(chunk);
    }

    fn pre_lines(&self, chunk: &str) -> usize {
        let count = |s: &str| s.bytes().filter(|&b| b == b'\n').count();
        self.spans.iter().map(|s| count(&s.text)).sum::<usize>() + count(chunk)
    }

    fn append(&mut self, text: String) {
        if text.is_empty() {
            return;
        }
        let style = self.style();
        let link = self.links.last().copied().filter(|&l| l != usize::MAX);
        self.text_bytes += text.len();
        match self.spans.last_mut() {
            Some(last) if last.style == style && last.link == link => last.text.push_str(&text),
            _ => self.spans.push(Span { text, style, link }),
        }
    }

    /// End the block being built (if it has any text) and start the next.
    fn flush(&mut self) {
        if self.in_cell.is_some() {
            // Blocks inside a table cell are lines of the cell.
            if !self.after_space {
                self.push_text("\n", true);
            }
            return;
        }
        let mut spans = std::mem::take(&mut self.spans);
        self.text_bytes = 0;
        self.after_space = true;
        if self.pre == 0 {
            trim_end(&mut spans);
        }
        if spans.iter().all(|s| s.text.trim().is_empty()) {
            return;
        }
        let kind = if let Some(&level) = self.headings.last() {
            BlockKind::Heading(level)
        } else if self.pre > 0 {
            BlockKind::Preformatted
        } else if let Some(marker) = self.marker.take() {
            BlockKind::ListItem(marker)
        } else {
            BlockKind::Paragraph
        };
        self.push_block(kind, spans);
    }

    fn push_block(&mut self, kind: BlockKind, spans: Vec<Span>) {
        if self.page.blocks.len() >= super::MAX_BLOCKS {
            self.page.cut = true;
            return;
        }
        self.page.blocks.push(Block {
            kind,
            indent: self.indent(),
            quote: self.quote,
            spans,
        });
    }

    fn anchor(&mut self, name: &str) {
        let block = self.page.blocks.len();
        self.page.anchors.entry(name.to_owned()).or_insert(block);
    }

    fn end_cell(&mut self) {
        let Some(header) = self.in_cell.take() else {
            return;
        };
        let mut spans = std::mem::take(&mut self.spans);
        self.text_bytes = 0;
        self.after_space = true;
        trim_end(&mut spans);
        if self.table.rows.is_empty() {
            self.table.rows.push(Vec::new());
        }
        if let Some(row) = self.table.rows.last_mut() {
            row.push(Cell { header, spans });
        }
    }

    fn push_table(&mut self) {
        let mut table = std::mem::take(&mut self.table);
        table.rows.retain(|row| !row.is_empty());
        if !table.rows.is_empty() {
            self.push_block(BlockKind::Table(table), Vec::new());
        }
    }

    fn image(&mut self, element: &Element) {
        let src = element.attr("src").unwrap_or_default().to_owned();
        let alt = element.attr("alt").unwrap_or_default().to_owned();
        let index = self.page.images.len();
        self.page.images.push(PageImage {
            src,
            alt: alt.clone(),
            target: LinkTarget::Unreadable,
        });
        if self.in_cell.is_some() {
            // A table cell holds text only: the image is named there, and counted for loading.
            let shown = if alt.is_empty() { "image" } else { &alt };
            self.push_text(&format!("[{shown}]"), true);
            return;
        }
        self.flush();
        self.push_block(BlockKind::Image(index), Vec::new());
    }

    fn open_form(&mut self, element: &Element) {
        // Unknown methods count as GET, as in a browser; `dialog` is not a request at all.
        let method = match element.attr("method").map(str::to_ascii_uppercase) {
            Some(m) if m == "POST" || m == "DIALOG" => m,
            _ => "GET".to_owned(),
        };
        self.form_actions
            .push(element.attr("action").map(str::to_owned));
        self.page.forms.push(Form {
            method,
            action: LinkTarget::Unreadable,
            fields: Vec::new(),
            charset: self.charset,
        });
        self.form = Some(self.page.forms.len() - 1);
    }

    fn add_field(&mut self, field: Field) -> Option<usize> {
        let form = self.page.forms.get_mut(self.form?)?;
        form.fields.push(field);
        Some(form.fields.len() - 1)
    }

    fn input(&mut self, element: &Element) {
        let kind = match element
            .attr("type")
            .unwrap_or("text")
            .to_ascii_lowercase()
            .as_str()
        {
            "hidden" => FieldKind::Hidden,
            "checkbox" | "radio" => FieldKind::Check {
                checked: element.attr("checked").is_some(),
            },
            "submit" => FieldKind::Submit,
            "text" | "search" | "email" | "url" | "tel" | "number" | "password" | "date"
            | "time" | "month" | "week" | "color" | "range" | "datetime-local" => FieldKind::Text,
            other => FieldKind::Other(other.to_owned()),
        };
        let field = field_of(element, kind);
        self.add_field(field);
    }

    fn button(&mut self, element: &Element) {
        let kind = match element.attr("type").map(str::to_ascii_lowercase).as_deref() {
            None | Some("submit") => FieldKind::Submit,
            Some(other) => FieldKind::Other(other.to_owned()),
        };
        let field = field_of(element, kind);
        self.add_field(field);
    }

    fn text_field(&mut self, element: &Element) {
        let mut field = field_of(element, FieldKind::Text);
        field.value.clear();
        if let (Some(form), Some(index)) = (self.form, self.add_field(field)) {
            self.collecting = Some(Collect {
                form,
                field: index,
                option: None,
            });
        } else {
            // A field outside any form is not drawn; its text is not page text either.
            self.collecting = None;
        }
    }

    fn end_option(&mut self) {
        let Some(collect) = &mut self.collecting else {
            return;
        };
        let Some((value, selected, text)) = collect.option.take() else {
            return;
        };
        let value = value.unwrap_or_else(|| collapse(&text));
        let (form, index) = (collect.form, collect.field);
        if let Some(field) = self
            .page
            .forms
            .get_mut(form)
            .and_then(|form| form.fields.get_mut(index))
        {
            // The first option is chosen unless a later one says `selected`.
            if selected || field.value.is_empty() {
                field.value = value;
            }
        }
    }

    fn finish(mut self, page_url: Option<&Url>) -> Page {
        let title = collapse(&self.title);
        self.page.title = (!title.is_empty()).then_some(title);
        let base = match (&self.base_href, page_url) {
            (Some(href), Some(url)) => url.join(href.trim()).ok(),
            (Some(href), None) => Url::parse(href.trim()).ok(),
            (None, url) => url.cloned(),
        };
        self.page.base_from_page = self.base_href.is_some() && base.is_some();
        let base = base.or_else(|| page_url.cloned());
        let resolve = |href: &str| LinkTarget::resolve(href, base.as_ref(), page_url);
        for (link, href) in self.page.links.iter_mut().zip(&self.hrefs) {
            link.target = resolve(href);
        }
        for image in &mut self.page.images {
            image.target = resolve(&image.src);
        }
        for (form, action) in self.page.forms.iter_mut().zip(&self.form_actions) {
            form.action = match action.as_deref().map(str::trim) {
                // No action, or an empty one: the form sends to the page's own URL.
                None | Some("") => {
                    page_url.map_or(LinkTarget::Unreadable, |url| LinkTarget::Fetch(url.clone()))
                }
                Some(action) => match resolve(action) {
                    // A form sends the whole URL even when only the fragment differs.
                    LinkTarget::SamePage { .. } => page_url
                        .map_or(LinkTarget::Unreadable, |url| LinkTarget::Fetch(url.clone())),
                    target => target,
                },
            };
        }
        self.page.base = base;
        self.page
    }
}

/// A field's name, value and on-screen label from its attributes.
fn field_of(element: &Element, kind: FieldKind) -> Field {
    let name = element.attr("name").unwrap_or_default().to_owned();
    let value = element.attr("value").unwrap_or_default().to_owned();
    let label = ["placeholder", "aria-label", "title"]
        .iter()
        .find_map(|attr| element.attr(attr).filter(|v| !v.trim().is_empty()))
        .map_or_else(|| name.clone(), str::to_owned);
    Field {
        name,
        kind,
        value,
        label,
    }
}

/// Elements that start and end a block (their text is a paragraph of its own).
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "nav"
            | "main"
            | "aside"
            | "address"
            | "figure"
            | "figcaption"
            | "details"
            | "summary"
            | "center"
            | "fieldset"
            | "legend"
            | "dt"
            | "dd"
            | "body"
            | "html"
            | "caption"
            | "hgroup"
            | "search"
    )
}

/// Drop trailing spaces of the last spans (a collapsed space before a block's end).
fn trim_end(spans: &mut Vec<Span>) {
    while let Some(last) = spans.last_mut() {
        let kept = last.text.trim_end_matches([' ', '\n']).len();
        last.text.truncate(kept);
        if last.text.is_empty() {
            spans.pop();
        } else {
            break;
        }
    }
}

/// Whitespace collapsed to single spaces, trimmed.
fn collapse(text: &str) -> String {
    text.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}
