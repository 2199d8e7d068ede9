//! Pages read from HTML, checked block by block.

use url::Url;

use super::*;

fn page_url() -> Url {
    Url::parse("http://127.0.0.1:8080/site/index.html").expect("a valid address")
}

fn read(html: &str) -> Page {
    Page::read(html, Some(&page_url()), "UTF-8")
}

fn text(block: &Block) -> String {
    block.spans.iter().map(|s| s.text.as_str()).collect()
}

fn texts(page: &Page) -> Vec<String> {
    page.blocks.iter().map(text).collect()
}

#[test]
fn headings_paragraphs_and_spaces() {
    let page = read(
        "<title> My\n  page </title><h1>Big</h1><h3>Small</h3>\
         <p>One   two\nthree</p><p>  </p><div>Four <br> five</div>",
    );
    assert_eq!(page.title.as_deref(), Some("My page"));
    assert_eq!(
        texts(&page),
        ["Big", "Small", "One two three", "Four \nfive"]
    );
    assert_eq!(page.blocks[0].kind, BlockKind::Heading(1));
    assert_eq!(page.blocks[1].kind, BlockKind::Heading(3));
    assert_eq!(page.blocks[2].kind, BlockKind::Paragraph);
}

#[test]
fn styles_make_their_own_spans() {
    let page = read("<p>a <b>bold</b> <em>soft</em> <code>x = 1</code></p>");
    let spans = &page.blocks[0].spans;
    let styled: Vec<(&str, SpanStyle)> = spans.iter().map(|s| (s.text.as_str(), s.style)).collect();
    let plain = SpanStyle::default();
    assert_eq!(
        styled,
        [
            ("a ", plain),
            (
                "bold",
                SpanStyle {
                    strong: true,
                    ..plain
                }
            ),
            (" ", plain),
            (
                "soft",
                SpanStyle {
                    emphasis: true,
                    ..plain
                }
            ),
            (" ", plain),
            (
                "x = 1",
                SpanStyle {
                    code: true,
                    ..plain
                }
            ),
        ]
    );
}

#[test]
fn pre_keeps_its_spaces_and_lines() {
    let page = read("<pre>  a\n    b  </pre><p>after</p>");
    assert_eq!(page.blocks[0].kind, BlockKind::Preformatted);
    assert_eq!(text(&page.blocks[0]), "  a\n    b  ");
    assert!(page.blocks[0].spans[0].style.code);
    assert_eq!(text(&page.blocks[1]), "after");
}

#[test]
fn lists_are_marked_and_indented() {
    let page = read(
        "<ul><li>one<li>two<ul><li>inner</ul></ul>\
         <ol start=3><li>three<li value=9>nine<li>ten</ol>",
    );
    let kinds: Vec<(&BlockKind, u8)> = page.blocks.iter().map(|b| (&b.kind, b.indent)).collect();
    assert_eq!(
        kinds,
        [
            (&BlockKind::ListItem(Marker::Bullet), 1),
            (&BlockKind::ListItem(Marker::Bullet), 1),
            (&BlockKind::ListItem(Marker::Bullet), 2),
            (&BlockKind::ListItem(Marker::Number(3)), 1),
            (&BlockKind::ListItem(Marker::Number(9)), 1),
            (&BlockKind::ListItem(Marker::Number(10)), 1),
        ]
    );
    assert_eq!(
        texts(&page),
        ["one", "two", "inner", "three", "nine", "ten"]
    );
}

#[test]
fn links_resolve_and_mark_their_text() {
    let page = read(
        "<p>Go <a href=\"next.html\">next</a>, <a href='#end'>down</a>, \
         <a href='mailto:a@b.c'>mail</a> or <a href='http://[x'>broken</a>.</p><p id=end>End</p>",
    );
    let targets: Vec<&LinkTarget> = page.links.iter().map(|l| &l.target).collect();
    assert_eq!(
        targets,
        [
            &LinkTarget::Fetch(
                Url::parse("http://127.0.0.1:8080/site/next.html").expect("a valid address")
            ),
            &LinkTarget::SamePage {
                fragment: "end".into()
            },
            &LinkTarget::OtherScheme("mailto".into()),
            &LinkTarget::Unreadable,
        ]
    );
    let linked: Vec<(&str, Option<usize>)> = page.blocks[0]
        .spans
        .iter()
        .map(|s| (s.text.as_str(), s.link))
        .collect();
    assert_eq!(linked[1], ("next", Some(0)));
    assert_eq!(linked[3], ("down", Some(1)));
    assert_eq!(page.anchor("end"), Some(1));
    assert_eq!(page.anchor("nowhere"), None);
}

#[test]
fn base_changes_where_links_lead() {
    let page = read("<head><base href='/other/'></head><a href='a.html'>a</a><img src=b.png>");
    assert!(page.base_from_page);
    assert_eq!(
        page.links[0].target,
        LinkTarget::Fetch(
            Url::parse("http://127.0.0.1:8080/other/a.html").expect("a valid address")
        )
    );
    assert_eq!(
        page.images[0].target,
        LinkTarget::Fetch(
            Url::parse("http://127.0.0.1:8080/other/b.png").expect("a valid address")
        )
    );
}

#[test]
fn with_a_base_a_bare_fragment_leads_to_the_base_page_as_in_a_browser() {
    let page = read("<base href='/other/'><a href='#top'>top</a>");
    assert_eq!(
        page.links[0].target,
        LinkTarget::Fetch(Url::parse("http://127.0.0.1:8080/other/#top").expect("a valid address"))
    );
}

#[test]
fn scripts_and_style_sheets_are_counted_not_shown() {
    let page = read(
        "<head><style>p{}</style><link rel='Stylesheet alternate' href=a.css>\
         <script>var a = 1;</script></head><body><p>shown</p><script>alert(2)</script>\
         <noscript>no</noscript><script src=x.js></script></body>",
    );
    assert_eq!(
        page.not_run,
        NotRun {
            scripts: 3,
            style_sheets: 2
        }
    );
    assert_eq!(texts(&page), ["shown"]);
}

#[test]
fn images_are_blocks_with_alt_and_url() {
    let page = read("<p>before<img src='pic.png' alt='A cat'>after</p><img src='data:x'>");
    assert_eq!(texts(&page), ["before", "", "after", ""]);
    assert_eq!(page.blocks[1].kind, BlockKind::Image(0));
    assert_eq!(page.images[0].alt, "A cat");
    assert_eq!(
        page.images[1].target,
        LinkTarget::OtherScheme("data".into())
    );
    let fetchable: Vec<usize> = page.fetchable_images().map(|(i, _)| i).collect();
    assert_eq!(fetchable, [0]);
}

#[test]
fn tables_keep_rows_and_cells() {
    let page = read(
        "<table><tr><th>Name<th>Age<tr><td>Kim<td><b>30</b><tr><td><p>a</p><p>b</p>\
         <td><table><tr><td>inner</table></table><p>after</p>",
    );
    let BlockKind::Table(table) = &page.blocks[0].kind else {
        panic!("not a table: {:?}", page.blocks[0]);
    };
    let cells: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|c| c.spans.iter().map(|s| s.text.as_str()).collect())
                .collect()
        })
        .collect();
    assert_eq!(
        cells,
        [
            vec!["Name", "Age"],
            vec!["Kim", "30"],
            vec!["a\nb", "inner"]
        ]
    );
    assert!(table.rows[0][0].header);
    assert_eq!(text(&page.blocks[1]), "after");
}

#[test]
fn forms_keep_their_fields() {
    let page = read(
        "<form action='/search' method=get>\
         <input name=q placeholder='Search words'><input type=hidden name=lang value=ko>\
         <select name=size><option>S<option selected value=m>M</select>\
         <textarea name=note>hello</textarea><button>Go</button></form>\
         <form method=POST action=login><input name=user></form>",
    );
    assert_eq!(page.forms.len(), 2);
    let search = &page.forms[0];
    assert!(search.sends_with_get());
    let fields: Vec<(&str, &FieldKind, &str, &str)> = search
        .fields
        .iter()
        .map(|f| (f.name.as_str(), &f.kind, f.value.as_str(), f.label.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            ("q", &FieldKind::Text, "", "Search words"),
            ("lang", &FieldKind::Hidden, "ko", "lang"),
            ("size", &FieldKind::Text, "m", "size"),
            ("note", &FieldKind::Text, "hello", "note"),
            ("", &FieldKind::Submit, "", ""),
        ]
    );
    let values: Vec<String> = vec!["두 단어".into()];
    assert_eq!(
        search
            .query_url(&values)
            .expect("a GET form gives a URL")
            .as_str(),
        "http://127.0.0.1:8080/search?q=%EB%91%90+%EB%8B%A8%EC%96%B4&lang=ko&size=m&note=hello"
    );
    assert!(!page.forms[1].sends_with_get());
    assert!(page.blocks.iter().any(|b| b.kind == BlockKind::Form(1)));
    // Field text is not page text.
    assert!(!texts(&page).iter().any(|t| t.contains("hello")));
}

#[test]
fn broken_html_reads_as_a_browser_reads_it() {
    // Unclosed paragraphs, misnested tags, a stray end tag, text after </html> (which goes
    // on in the element still open, as in a browser).
    let page = read("<p>one<p>two <b>bold <i>both</b> italic</i></span><div>three</html>four");
    assert_eq!(texts(&page), ["one", "two bold both italic", "threefour"]);
    let both = page.blocks[1]
        .spans
        .iter()
        .find(|s| s.text == "both")
        .expect("a span \"both\"");
    assert!(both.style.strong && both.style.emphasis);
}

#[test]
fn korean_text_stays_as_it_is() {
    let page = read("<h1>안녕하세요</h1><p>로미오와  줄리엣</p>");
    assert_eq!(texts(&page), ["안녕하세요", "로미오와 줄리엣"]);
}

#[test]
fn ten_thousand_levels_deep_is_read_without_recursion() {
    let depth = 10_000;
    let html = format!(
        "{}deep text{}",
        "<div><span>".repeat(depth),
        "</span></div>".repeat(depth)
    );
    let page = read(&html);
    assert_eq!(texts(&page), ["deep text"]);
    let lists = format!("{}item", "<ul><li>".repeat(depth));
    let page = read(&lists);
    assert_eq!(page.blocks.last().map(|b| b.indent), Some(MAX_INDENT));
}

#[test]
fn a_huge_line_is_cut_into_small_blocks() {
    let word = "word ";
    let html = format!("<p>{}</p>", word.repeat(200_000));
    let page = read(&html);
    assert!(page.blocks.len() > 200, "{} blocks", page.blocks.len());
    for block in &page.blocks {
        assert!(
            text(block).len() <= 2 * BLOCK_TEXT_BYTES + 8,
            "{}",
            text(block).len()
        );
    }
    let total: usize = page
        .blocks
        .iter()
        .map(|b| text(b).split_whitespace().count())
        .sum();
    assert_eq!(total, 200_000);
    let pre = format!("<pre>{}</pre>", "line\n".repeat(1000));
    let page = read(&pre);
    assert_eq!(page.blocks.len(), 5);
}

#[test]
fn no_url_still_reads_the_page() {
    let page = Page::read(
        "<a href='/x'>x</a><a href='http://127.0.0.1/y'>y</a>",
        None,
        "UTF-8",
    );
    assert_eq!(page.links[0].target, LinkTarget::Unreadable);
    assert!(matches!(page.links[1].target, LinkTarget::Fetch(_)));
}
