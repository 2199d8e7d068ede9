//! The Page view in the window: a loopback site of three linked pages. A click on a link is the
//! next GET (checked on the server), with its own History entry under the page; a `#fragment`
//! and a `mailto:` link fetch nothing; images wait until asked for; a GET form builds its URL.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly on purpose"
)]

mod common;
#[path = "common/window.rs"]
mod window;

use std::sync::{Arc, Mutex};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use wirepeek::WirepeekApp;
use wirepeek::ui::tabs::history::{Cause, CausedBy};

use common::{response_with, serve_every};
use window::{fetch, shows, state_folder, wait_until, window_in};

// With a `<base>`, a bare `#bottom` would lead to the base's page, as in a browser: the jump
// within the page is written with the page's own path.
const HOME: &str = "<!doctype html><html><head><title>Home</title><base href=\"/site/\">\
    <script>document.write('never')</script><style>h1 { color: red }</style></head><body>\
    <h1>Home page</h1><p>Go to <a href=\"two.html\">the second page</a>, \
    <a href=\"/index.html#bottom\">the bottom</a> or <a href=\"mailto:kim@example.com\">write to Kim</a>.</p>\
    <img src=\"pic.png\" alt=\"A small picture\">\
    <form action=\"/search\"><input name=\"q\" aria-label=\"Search words\">\
    <input type=\"submit\" value=\"Search\"></form>\
    <p>Filler</p><p>Filler</p><p>Filler</p><p>Filler</p><p>Filler</p><p>Filler</p><p>Filler</p>\
    <p>Filler</p><p>Filler</p><p>Filler</p><p>Filler</p><p>Filler</p><p>Filler</p><p>Filler</p>\
    <p>Filler</p><p>Filler</p><p>Filler</p><p>Filler</p><p>Filler</p><p>Filler</p><p>Filler</p>\
    <p id=\"bottom\">The end.</p></body></html>";

/// The site: every request line it was asked for, in order.
struct Site {
    base: String,
    asked: Arc<Mutex<Vec<String>>>,
}

impl Site {
    fn start() -> Self {
        let asked = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&asked);
        let address = serve_every(move |request| {
            let text = String::from_utf8_lossy(request).into_owned();
            let line = text.lines().next().unwrap_or_default().to_owned();
            log.lock().unwrap().push(text);
            let target = line.split(' ').nth(1).unwrap_or_default();
            let html = "Content-Type: text/html; charset=utf-8\r\n";
            match target {
                "/index.html" => response_with(html, HOME.as_bytes()),
                "/site/two.html" => response_with(
                    html,
                    b"<h1>Second page</h1><p><a href=\"../three.html\">On to the third</a></p>",
                ),
                "/three.html" => response_with(html, b"<h1>Third page</h1>"),
                "/site/pic.png" => response_with(
                    "Content-Type: image/png\r\n",
                    include_bytes!("../assets/icon-32.png"),
                ),
                t if t.starts_with("/search?") => response_with(html, b"<h1>Results</h1>"),
                _ => b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .to_vec(),
            }
        });
        Self {
            base: format!("http://{address}"),
            asked,
        }
    }

    /// The request lines asked for so far.
    fn lines(&self) -> Vec<String> {
        self.asked
            .lock()
            .unwrap()
            .iter()
            .map(|r| r.lines().next().unwrap_or_default().to_owned())
            .collect()
    }

    fn was_asked(&self, line: &str) -> bool {
        self.lines().iter().any(|l| l == line)
    }
}

/// The window with the site's home page open in the Page view.
fn home_in_page_view(name: &str, site: &Site) -> Harness<'static, WirepeekApp> {
    let mut harness = window_in(&state_folder(name));
    fetch(&mut harness, &format!("{}/index.html", site.base));
    wait_until(&mut harness, "the page view offered", |h| {
        h.query_by_label("Page")
            .is_some_and(|b| !b.accesskit_node().is_disabled())
            && !h.state().is_fetching()
    });
    harness.get_by_label("Page").click();
    wait_until(&mut harness, "the home page drawn", |h| {
        h.query_by_label("Home page").is_some()
    });
    harness
}

fn done(harness: &mut Harness<'static, WirepeekApp>) {
    wait_until(harness, "the fetch to end", |h| !h.state().is_fetching());
}

#[test]
fn a_click_on_a_link_is_the_next_get_listed_under_the_page() {
    let site = Site::start();
    let mut harness = home_in_page_view("page-link", &site);
    assert!(shows(&harness, "1 script and 1 style sheet were not run"));
    assert!(shows(&harness, "Title: Home"));

    harness.get_by_label("the second page").click();
    wait_until(&mut harness, "the second page drawn", |h| {
        h.query_by_label("Second page").is_some()
    });
    done(&mut harness);
    // Relative to <base href="/site/">, not to the page's own folder.
    assert!(
        site.was_asked("GET /site/two.html HTTP/1.1"),
        "{:?}",
        site.lines()
    );
    let app = harness.state();
    assert_eq!(
        app.saved().draft.url,
        format!("{}/site/two.html", site.base)
    );
    let history = &app.saved().history;
    assert_eq!(history.len(), 2);
    assert_eq!(
        history[0].caused_by,
        Some(CausedBy {
            page: history[1].id,
            how: Cause::Link
        })
    );
    assert_eq!(history[1].caused_by, None);
    // The story of the new fetch begins with the click that caused it.
    let page = format!("{}/index.html", site.base);
    window::click_tab(&mut harness, "What happened");
    harness.run_steps(2);
    assert!(
        shows(
            &harness,
            &format!("Before step 1: you clicked a link on {page}.")
        ),
        "the story does not begin with the click"
    );

    // The Page view stays the learner's choice: the next page opens in it, and its link leads on.
    harness.get_by_label("On to the third").click();
    wait_until(&mut harness, "the third page drawn", |h| {
        h.query_by_label("Third page").is_some()
    });
    assert!(
        site.was_asked("GET /three.html HTTP/1.1"),
        "{:?}",
        site.lines()
    );
}

#[test]
fn a_fragment_or_a_mailto_link_fetches_nothing() {
    let site = Site::start();
    let mut harness = home_in_page_view("page-nofetch", &site);
    let before = site.lines().len();
    harness.get_by_label("write to Kim").click();
    wait_until(&mut harness, "the word on mailto", |h| {
        shows(h, "A mailto: link is not followed")
    });
    // The jump to #bottom scrolls the page: the heading goes above the view, the end comes in.
    harness.get_by_label("the bottom").click();
    wait_until(&mut harness, "the page scrolled to #bottom", |h| {
        h.query_by_label("Home page").is_none() && h.query_by_label("The end.").is_some()
    });
    assert!(!harness.state().is_fetching());
    assert_eq!(site.lines().len(), before, "{:?}", site.lines());
    assert_eq!(harness.state().saved().history.len(), 1);
}

#[test]
fn images_are_fetched_only_when_asked_for() {
    let site = Site::start();
    let mut harness = home_in_page_view("page-images", &site);
    assert!(shows(&harness, "Image: A small picture"));
    harness.run_steps(4);
    assert!(
        !site.was_asked("GET /site/pic.png HTTP/1.1"),
        "{:?}",
        site.lines()
    );

    harness
        .get_by_label("Load the image (1 more request)")
        .click();
    wait_until(&mut harness, "the image's own History entry", |h| {
        h.state().saved().history.len() == 2
    });
    assert!(
        site.was_asked("GET /site/pic.png HTTP/1.1"),
        "{:?}",
        site.lines()
    );
    let history = &harness.state().saved().history;
    assert_eq!(
        history[0].caused_by,
        Some(CausedBy {
            page: history[1].id,
            how: Cause::Image
        })
    );
    assert_eq!(history[0].status, Some(200));
    // The page stays on screen, its image drawn in place of the placeholder.
    wait_until(
        &mut harness,
        "the picture instead of its placeholder",
        |h| h.query_by_label("Image: A small picture").is_none(),
    );
    assert!(harness.query_by_label("Home page").is_some());
}

#[test]
fn a_get_form_builds_its_url_and_a_referer_is_sent_when_chosen() {
    let site = Site::start();
    let mut harness = home_in_page_view("page-form", &site);
    harness.get_by_label("Send Referer").click();
    harness.step();
    let field = harness.get_by_role_and_label(Role::TextInput, "Search words");
    field.focus();
    harness.step();
    harness
        .get_by_role_and_label(Role::TextInput, "Search words")
        .type_text("two words");
    harness.step();
    wait_until(&mut harness, "the URL the form will ask for", |h| {
        shows(h, "/search?q=two+words")
    });
    harness.get_by_label("Search").click();
    wait_until(&mut harness, "the results page", |h| {
        h.query_by_label("Results").is_some()
    });
    assert!(
        site.was_asked("GET /search?q=two+words HTTP/1.1"),
        "{:?}",
        site.lines()
    );
    let asked = site.asked.lock().unwrap().clone();
    let search = asked.iter().find(|r| r.starts_with("GET /search")).unwrap();
    // Same site: the whole address of the page, as browsers send it.
    assert!(
        search.contains(&format!("Referer: {}/index.html\r\n", site.base)),
        "{search}"
    );
    assert_eq!(
        harness.state().saved().history[0].caused_by.map(|c| c.how),
        Some(Cause::Form)
    );
    // The Referer went with that one request: the entry keeps it, the editor does not.
    let entry = &harness.state().saved().history[0];
    let sent = entry.request.as_ref().expect("the request is kept");
    assert!(
        sent.headers.iter().any(|(name, _)| name == "Referer"),
        "{:?}",
        sent.headers
    );
    assert!(
        !harness
            .state()
            .saved()
            .draft
            .headers
            .iter()
            .any(|h| h.name == "Referer")
    );
    // An address typed next is the learner's own: no Referer from the page.
    fetch(&mut harness, &format!("{}/three.html", site.base));
    done(&mut harness);
    let asked = site.asked.lock().unwrap().clone();
    let typed = asked
        .iter()
        .find(|r| r.starts_with("GET /three.html"))
        .unwrap();
    assert!(!typed.contains("Referer"), "{typed}");
}

#[test]
fn find_searches_the_words_of_the_page_and_scrolls_to_the_block() {
    let site = Site::start();
    let mut harness = home_in_page_view("page-find", &site);
    // The last paragraph is below the fold: the Page view lays out only what is on screen.
    assert!(!shows(&harness, "The end."));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.step();
    harness
        .get_by_role_and_label(Role::TextInput, "Find")
        .type_text("The end");
    // One match: the page's words are searched, not its markup (where `id="bottom"` is too).
    wait_until(&mut harness, "the match, scrolled into view", |h| {
        shows(h, "1 of 1") && shows(h, "The end.")
    });
    // A word of the markup alone is not found in the page's words.
    let field = harness.get_by_role_and_label(Role::TextInput, "Find");
    field.focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Find")
        .type_text("document.write");
    wait_until(&mut harness, "no match", |h| !shows(h, "1 of 1"));
    assert!(!shows(&harness, "1 of"));
}
