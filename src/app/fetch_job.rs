//! The fetch job: one fetch running on its own thread, with its progress, its cancel switch and
//! a panic turned into words instead of a crashed window.

use std::sync::Arc;

use poll_promise::Promise;

use crate::ui::body::model::BodyModel;
use crate::ui::live_body::LiveBody;
use crate::ui::tabs::wire::map::WireMap;
use crate::ui::url_bar::Draft;
use crate::wire::{
    self, Cancel, Exchange, FetchOptions, Limits, LiveCopy, Progress, Recording, Request,
};

/// A fetch that finished, prepared for drawing.
pub struct Fetched {
    /// Every exchange of the fetch (more than one when redirects were followed); the last is final.
    pub chain: Vec<Exchange>,
    /// What each exchange of `chain` needs to be drawn, in the same order (a redirect step can
    /// be opened in every tab too).
    pub views: Vec<Prepared>,
}

/// One exchange prepared for drawing.
pub struct Prepared {
    /// Its body, prepared for the body views.
    pub body: BodyModel,
    /// Its bytes taken apart, for the Wire tab.
    pub wire: WireMap,
}

impl Fetched {
    /// Prepare `chain` for drawing (indexes the bodies; slow for big ones, so run it off the UI
    /// thread).
    pub fn prepare(chain: Vec<Exchange>) -> Self {
        let views = chain
            .iter()
            .map(|exchange| Prepared {
                body: BodyModel::build(exchange),
                wire: WireMap::build(exchange),
            })
            .collect();
        Self { chain, views }
    }

    /// The exchanges up to hop `index` (all of them when it is out of range): every view draws
    /// the last of these.
    pub fn up_to(&self, index: usize) -> &[Exchange] {
        let last = self.chain.len().saturating_sub(1);
        self.chain.get(..=index.min(last)).unwrap_or(&self.chain)
    }

    /// Hop `index` of the chain (the final one when out of range) and what it needs to be drawn.
    pub fn hop(&self, index: usize) -> Option<(&Exchange, &Prepared)> {
        let index = index.min(self.chain.len().saturating_sub(1));
        Some((self.chain.get(index)?, self.views.get(index)?))
    }
}

/// One fetch in flight.
pub struct FetchJob {
    promise: Promise<Result<Fetched, String>>,
    cancel: Cancel,
    progress: Arc<Progress>,
    /// The URL bar as it was when the fetch started (what History remembers).
    draft: Draft,
    /// The window's copy of the exchange so far, and its body as text so far.
    live: LiveCopy,
    live_body: LiveBody,
    live_wire: WireMap,
}

impl FetchJob {
    /// Start fetching `request` on a thread named `fetch`; the window repaints on progress and
    /// once more when it is done.
    pub fn start(
        ctx: &egui::Context,
        request: Request,
        options: FetchOptions,
        limits: Limits,
        draft: Draft,
    ) -> Self {
        Self::start_with(ctx, draft, move |cancel, progress| {
            // The window shows every byte, so it keeps them all.
            let chain = wire::fetch_following(
                &request,
                &options,
                &limits,
                cancel,
                progress,
                &mut Recording::KeepAll,
            );
            Fetched::prepare(chain)
        })
    }

    /// Run `work` on a thread named `fetch` as the window's fetch (tests give a stand-in). A
    /// panic in it becomes the job's error in words, never a crashed window: nothing it shares
    /// with the window is left locked (the progress only takes its locks for a moment, and reads
    /// them without trusting a poisoned one).
    pub fn start_with(
        ctx: &egui::Context,
        draft: Draft,
        work: impl FnOnce(&Cancel, &Progress) -> Fetched + Send + 'static,
    ) -> Self {
        let notify_ctx = ctx.clone();
        let progress =
            Arc::new(Progress::with_notify(move || notify_ctx.request_repaint()).keeping_live());
        let cancel = Cancel::new();
        let (worker_progress, worker_cancel, done_ctx) =
            (Arc::clone(&progress), cancel.clone(), ctx.clone());
        let promise = Promise::spawn_thread("fetch", move || {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                work(&worker_cancel, &worker_progress)
            }))
            .map_err(|panic| {
                panic
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default()
            });
            done_ctx.request_repaint();
            result
        });
        Self {
            promise,
            cancel,
            progress,
            draft,
            live: LiveCopy::default(),
            live_body: LiveBody::default(),
            live_wire: WireMap::default(),
        }
    }

    /// Take in what the fetch has received since the last frame (only the new bytes are copied).
    pub fn refresh_live(&mut self) {
        if let Some(live) = self.progress.live()
            && live.update(&mut self.live)
        {
            self.live_body.update(&self.live);
            // Linear in what the live copy holds (capped), and only when bytes came.
            self.live_wire = WireMap::build(&self.live.exchange);
        }
    }

    /// The exchange so far: the request once built, the heads once they arrived, the body's
    /// first bytes. Shown while the fetch runs, in place of the previous result.
    pub fn live(&self) -> &LiveCopy {
        &self.live
    }

    /// The live exchange's bytes taken apart, for the Wire tab.
    pub fn live_wire(&self) -> &WireMap {
        &self.live_wire
    }

    /// The live copy and the body view drawn from it.
    pub fn live_parts(&mut self) -> (&LiveCopy, &mut LiveBody) {
        (&self.live, &mut self.live_body)
    }

    /// Ask the fetch to stop (it returns at once with what it has).
    pub fn cancel(&self) {
        self.cancel.cancel();
    }

    /// The live progress, for the URL bar.
    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    /// Whether the thread has finished, so [`FetchJob::finish`] will not wait.
    pub fn is_done(&self) -> bool {
        self.promise.ready().is_some()
    }

    /// The URL bar as it was when the fetch started, and the result: the fetch (also when it
    /// failed: the error is in the exchange), or the panic's message if the thread crashed (a
    /// bug). Waits for the thread if it is still running.
    pub fn finish(self) -> (Draft, Result<Fetched, String>) {
        (self.draft, self.promise.block_and_take())
    }
}
