//! What the Page view asks for, carried out: a click on a link (or a GET form) is a new fetch
//! with the page as its cause, and "Load the images" fetches each image as its own exchange on
//! a worker thread, one after another, into History under the page.

use std::sync::{Arc, mpsc};

use url::Url;

use crate::i18n::I18n;
use crate::learn::errors::error_message;
use crate::page::link::referer_for;
use crate::ui::body::View;
use crate::ui::body::page::{ImageState, MAX_PAGE_IMAGES, ViewAction};
use crate::ui::request_editor::draft::HeaderRow;
use crate::ui::tabs::history::{Cause, CausedBy, HistoryEntry, remember};
use crate::ui::url_bar::Draft;
use crate::wire::{self, Cancel, ContentKind, Exchange, FetchOptions, Limits, Progress, Recording};

use super::{Fetched, WirepeekApp};

/// The Page view's choices, remembered between runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct PageChoices {
    /// The learner last picked the Page view for an HTML body: open HTML there.
    pub page_first: bool,
    /// Clicks on the page send `Referer`.
    pub send_referer: bool,
}

/// The images of the page on screen being fetched, and how far each has come.
pub struct ImageLoads {
    /// The exchange on screen they belong to.
    pub generation: u64,
    /// The History id of the page, for the entries of its images.
    page: Option<u64>,
    /// One state per image of the page.
    pub states: Vec<ImageState>,
    results: mpsc::Receiver<(usize, Draft, Fetched)>,
    cancel: Cancel,
}

impl Drop for ImageLoads {
    fn drop(&mut self) {
        // A page left before its images came: the rest are not fetched.
        self.cancel.cancel();
    }
}

impl ImageLoads {
    /// Forget the images drawn (their decoded textures too).
    pub fn forget(&self, ctx: &egui::Context) {
        for state in &self.states {
            if let ImageState::Loaded { uri, .. } = state {
                ctx.forget_image(uri);
            }
        }
    }
}

/// The request for `url` caused by the page: a plain GET with wirepeek's default headers, the
/// version and redirect choice of the request before, and `Referer` if the learner wants it.
fn page_draft(before: &Draft, url: &Url, referer: Option<String>) -> Draft {
    let mut draft = Draft {
        url: url.to_string(),
        version: before.version,
        follow_redirects: before.follow_redirects,
        ..Draft::default()
    };
    if let Some(referer) = referer {
        draft.headers.push(HeaderRow {
            name: "Referer".into(),
            value: referer,
            on: true,
        });
    }
    draft
}

/// What an image's fetch gives the Page view to draw.
fn image_state(
    i18n: I18n,
    exchange: Option<&Exchange>,
    generation: u64,
    index: usize,
) -> ImageState {
    let Some(exchange) = exchange else {
        return ImageState::Failed(i18n.t("page-image-not-image").to_owned());
    };
    if let Some(error) = &exchange.error {
        return ImageState::Failed(i18n.render(&error_message(error)));
    }
    match (
        exchange.status_code(),
        exchange.body.as_ref().map(|b| b.kind),
    ) {
        (Some(code), _) if !(200..300).contains(&code) => {
            ImageState::Failed(i18n.f("page-image-status", &[("code", &code.to_string())]))
        }
        (_, Some(ContentKind::Image(format))) => ImageState::Loaded {
            uri: format!(
                "bytes://wirepeek-page-{generation}-{index}.{}",
                format.extension()
            ),
            bytes: egui::load::Bytes::Shared(Arc::from(exchange.body_bytes())),
        },
        _ => ImageState::Failed(i18n.t("page-image-not-image").to_owned()),
    }
}

impl WirepeekApp {
    /// Carry out what the learner asked for in the Page view.
    pub(super) fn page_action(&mut self, ctx: &egui::Context, action: ViewAction) {
        match action {
            ViewAction::SendReferer(on) => self.saved.page.send_referer = on,
            ViewAction::Follow(url) => self.fetch_from_page(ctx, &url, Cause::Link),
            ViewAction::Submit(url) => self.fetch_from_page(ctx, &url, Cause::Form),
            ViewAction::LoadImages => self.load_page_images(ctx),
        }
    }

    /// The learner picked a view on the switch: for an HTML body, remember whether it was Page.
    pub(super) fn remember_view_choice(&mut self, view: View) {
        let html = self
            .fetched
            .as_ref()
            .and_then(|f| f.hop(self.hop))
            .is_some_and(|(_, prepared)| prepared.body.page.is_some());
        if html {
            self.saved.page.page_first = view == View::Page;
        }
    }

    /// The URL of the page on screen.
    fn page_url(&self) -> Option<Url> {
        let (exchange, _) = self.fetched.as_ref()?.hop(self.hop)?;
        Url::parse(&exchange.url_normalized).ok()
    }

    /// The `Referer` to send to `target` from the page on screen, if the learner wants one.
    fn referer_to(&self, target: &Url) -> Option<String> {
        if !self.saved.page.send_referer {
            return None;
        }
        referer_for(&self.page_url()?, target)
    }

    /// Fetch `url` because of the page on screen: it goes into the URL bar, and History lists
    /// it under the page.
    fn fetch_from_page(&mut self, ctx: &egui::Context, url: &Url, how: Cause) {
        if self.fetching.is_some() {
            return;
        }
        let cause = self.shown_id.map(|page| CausedBy { page, how });
        self.saved.draft = page_draft(&self.saved.draft, url, self.referer_to(url));
        self.fetch_draft(ctx);
        if self.fetching.is_some() {
            self.fetch_cause = cause;
        }
        // The `Referer` belongs to this one request (its History entry keeps it, so "send again"
        // is exact); an address the learner types next does not come from the page.
        self.saved.draft = page_draft(&self.saved.draft, url, None);
    }

    /// Fetch the images of the page on screen (at most [`MAX_PAGE_IMAGES`]), one after another.
    fn load_page_images(&mut self, ctx: &egui::Context) {
        let Some(page) = self
            .fetched
            .as_ref()
            .and_then(|f| f.hop(self.hop))
            .and_then(|(_, prepared)| prepared.body.page.clone())
        else {
            return;
        };
        let options = match self.fetch_options() {
            Ok(options) => options,
            Err(error) => {
                self.refuse_to_fetch(ctx, error);
                return;
            }
        };
        let mut states = vec![ImageState::NotAsked; page.images.len()];
        let mut wanted = Vec::new();
        for (index, url) in page.fetchable_images().take(MAX_PAGE_IMAGES) {
            if let Some(state) = states.get_mut(index) {
                *state = ImageState::Waiting;
            }
            let draft = page_draft(&self.saved.draft, url, self.referer_to(url));
            wanted.push((index, draft));
        }
        let (sender, results) = mpsc::channel();
        let cancel = Cancel::new();
        let limits = self.saved.settings.limits();
        let spawned = spawn_image_fetches(ctx, wanted, options, limits, cancel.clone(), sender);
        if spawned.is_err() {
            let why = self.i18n.t("page-images-no-thread").to_owned();
            for state in &mut states {
                if matches!(state, ImageState::Waiting) {
                    *state = ImageState::Failed(why.clone());
                }
            }
        }
        self.page_images = Some(ImageLoads {
            generation: self.generation,
            page: self.shown_id,
            states,
            results,
            cancel,
        });
    }

    /// Take in the images fetched since the last frame: each a History entry under its page, and
    /// a picture (or a reason) in the Page view.
    pub(super) fn poll_page_images(&mut self) {
        let Some(loads) = &mut self.page_images else {
            return;
        };
        let mut arrived = Vec::new();
        while let Ok(result) = loads.results.try_recv() {
            arrived.push(result);
        }
        if arrived.is_empty() {
            return;
        }
        let (page, generation) = (loads.page, loads.generation);
        let mut states = Vec::new();
        for (index, draft, fetched) in arrived {
            states.push((
                index,
                image_state(self.i18n, fetched.chain.last(), generation, index),
            ));
            if fetched.chain.is_empty() {
                continue;
            }
            let mut entry = HistoryEntry::new(&draft, &fetched.chain);
            entry.caused_by = page.map(|page| CausedBy {
                page,
                how: Cause::Image,
            });
            let id = remember(&mut self.saved.history, entry);
            self.recent.keep(id, Arc::new(fetched));
        }
        if let Some(loads) = &mut self.page_images {
            for (index, state) in states {
                if let Some(slot) = loads.states.get_mut(index) {
                    *slot = state;
                }
            }
        }
        self.forget_unlisted_exchanges();
    }
}

/// Fetch each of `wanted` on a thread of its own, one after another, sending each result as it
/// comes; stop when `cancel` is set. An error starting the thread is returned.
fn spawn_image_fetches(
    ctx: &egui::Context,
    wanted: Vec<(usize, Draft)>,
    options: FetchOptions,
    limits: Limits,
    cancel: Cancel,
    sender: mpsc::Sender<(usize, Draft, Fetched)>,
) -> std::io::Result<()> {
    let ctx = ctx.clone();
    std::thread::Builder::new()
        .name("page-images".into())
        .spawn(move || {
            for (index, draft) in wanted {
                if cancel.is_cancelled() {
                    return;
                }
                let request = draft.request();
                let fetched = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    let chain = wire::fetch_following(
                        &request,
                        &options,
                        &limits,
                        &cancel,
                        &Progress::new(),
                        &mut Recording::KeepAll,
                    );
                    Fetched::prepare(chain)
                }));
                // A panic (a bug) leaves that image undrawn, with a word, and the rest go on.
                let fetched = fetched.unwrap_or_else(|_| Fetched::prepare(Vec::new()));
                if sender.send((index, draft, fetched)).is_err() {
                    return;
                }
                ctx.request_repaint();
            }
        })
        .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_request_is_a_plain_get_with_the_chosen_referer() {
        let before = Draft {
            method: "POST".into(),
            body: "x=1".into(),
            follow_redirects: true,
            ..Draft::default()
        };
        let url = Url::parse("http://127.0.0.1:9/next.html").expect("a valid address");
        let draft = page_draft(&before, &url, Some("http://127.0.0.1:9/".into()));
        assert_eq!(draft.method, "GET");
        assert!(draft.body.is_empty());
        assert!(draft.follow_redirects);
        let request = draft.request();
        assert_eq!(request.url, "http://127.0.0.1:9/next.html");
        let referer = draft
            .headers
            .iter()
            .find(|h| h.name == "Referer")
            .expect("a Referer row");
        assert_eq!(referer.value, "http://127.0.0.1:9/");
        let without = page_draft(&before, &url, None);
        assert!(!without.headers.iter().any(|h| h.name == "Referer"));
    }
}
