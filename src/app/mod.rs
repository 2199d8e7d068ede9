//! The window's state and [`eframe::App`]: what is remembered between runs, and each frame's
//! panels wired to it. The fetch job and the screenshot job have their own files; the panels
//! live in `ui/` and return actions that the app carries out here.

mod fetch_job;
pub mod launch;
mod lessons;
mod page_fetches;
pub mod recent;
pub mod replay;
mod screenshot;
pub mod state_file;
pub mod state_keeper;

use std::path::PathBuf;
use std::sync::Arc;

use egui::{Key, Modifiers, RichText, Ui};

use crate::i18n::{self, I18n};
use crate::ui::about::AboutWindow;
use crate::ui::appearance::{self, Appearance};
use crate::ui::body::page::PageExtras;
use crate::ui::body::{BodyPanel, ShownBody, View};
use crate::ui::compare::compare_window;
use crate::ui::file_dialogs::Dialogs;
use crate::ui::focus_ring::focus_ring;
use crate::ui::fonts;
use crate::ui::redirect_steps::redirect_steps;
use crate::ui::replay_bar::{ReplayAction, replay_bar};
use crate::ui::request_editor::request_editor;
use crate::ui::response::{arriving_panel, response_panel};
use crate::ui::shortcuts::shortcuts_window;
use crate::ui::state_notice::state_notice;
use crate::ui::status_area::{OnScreen, status_area};
use crate::ui::tabs::history::{Cause, CausedBy, HistoryAction, HistoryEntry, remember};
use crate::ui::tabs::settings::Settings;
use crate::ui::tabs::wire as wire_tab;
use crate::ui::tabs::{Tab, TabAction, TabInput, tab_bar};
use crate::ui::title_bar::{TitleAction, title_bar};
use crate::ui::url_bar::{BarAction, Draft, url_bar};
use crate::ui::welcome::{Examples, WelcomeAction, welcome};
use crate::wire::{Exchange, FetchError, FetchOptions, Request, TlsProblem};

use fetch_job::FetchJob;
pub use fetch_job::Fetched;
use page_fetches::ImageLoads;
pub use page_fetches::PageChoices;
use recent::RecentExchanges;
use screenshot::ScreenshotJob;
use state_keeper::{StateKeeper, StateNotice};

/// How tall the tabs at the bottom open: enough for a whole ordinary request (its line, six
/// headers, the blank line).
const DETAILS_HEIGHT: f32 = 250.0;

/// Everything remembered between runs, kept in our own state file (see [`state_file`]).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Saved {
    /// The UI language chosen in the window (`None`: follow the OS).
    pub language: Option<String>,
    /// The request in the URL bar.
    pub draft: Draft,
    /// The last fetches, newest first.
    pub history: Vec<HistoryEntry>,
    /// Limits and the extra certificate authority, from the Settings tab.
    pub settings: Settings,
    /// The Page view's choices.
    pub page: PageChoices,
}

/// What `--view NAME` opens the window on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartView {
    /// A bottom tab, given most of the window.
    Tab(Tab),
    /// The request editor, open (`--view request`).
    Editor,
    /// Two exchanges side by side (`--view compare`): [`Startup::compare`] says which.
    Compare,
    /// The Lessons window, its practice server started (`--view lessons`).
    Lessons,
    /// An HTML body in the Page view (`--view page`).
    Page,
}

/// How the window starts: what the command line asked for.
#[derive(Clone, Debug, Default)]
pub struct Startup {
    /// `--lang`: the UI language for this run, overriding the remembered one.
    pub language: Option<String>,
    /// A request to fetch at once (`wirepeek URL`).
    pub request: Option<Request>,
    /// How to fetch it and the later ones (`--follow`, `--cacert`).
    pub options: FetchOptions,
    /// `--screenshot FILE.png`: save a picture of the window once the exchange is shown, then quit.
    pub screenshot: Option<PathBuf>,
    /// Whether to read and write the remembered state (off for screenshots, so they are repeatable).
    pub remember: bool,
    /// `--view`: the tab (or the request editor) to open on.
    pub view: Option<StartView>,
    /// `--view compare`: two requests to fetch one after the other and show side by side.
    pub compare: Option<(Request, Request)>,
    /// The folder of our state file ([`state_file::default_dir`] for a real run); `None` keeps the
    /// state in memory only, so tests never touch the learner's files.
    pub state_dir: Option<PathBuf>,
    /// `--size`: the window's size for this run, over any size remembered from the last one.
    pub size: Option<[f32; 2]>,
    /// Where file paths come from: the system's dialogs, or typed paths only (the default).
    pub dialogs: Dialogs,
    /// The addresses the welcome offers to fetch: the real ones on the internet by default
    /// (tests give loopback ones).
    pub examples: Examples,
    /// `--proxy` / `--no-proxy`: the proxies for this run, over the Settings' choice.
    pub proxy: Option<crate::wire::ProxySettings>,
}

#[cfg(test)]
thread_local! {
    /// Tests set this to make the next fetch's thread panic.
    static PANIC_IN_NEXT_FETCH: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

#[cfg(test)]
mod panic_tests;

/// The wirepeek window.
pub struct WirepeekApp {
    i18n: I18n,
    saved: Saved,
    remember: bool,
    fetching: Option<FetchJob>,
    fetched: Option<Arc<Fetched>>,
    /// Which exchange of a redirect chain is on screen (`usize::MAX`: the final one).
    hop: usize,
    /// History entries picked for comparing (at most two; the first picked first).
    compare_picked: Vec<u64>,
    /// The two exchanges compared side by side, while that window is open.
    compare: Option<(Arc<Fetched>, Arc<Fetched>)>,
    /// `--view compare`'s two fetches, while they run.
    comparing: Option<poll_promise::Promise<(Fetched, Fetched)>>,
    /// The body on screen being read again in a charset the learner picked, off the UI thread.
    rereading: Option<(&'static str, poll_promise::Promise<Fetched>)>,
    /// The latest exchanges, kept whole so History can reopen them.
    recent: RecentExchanges,
    /// Increases with every exchange shown (ids of images and find results).
    generation: u64,
    /// A fetch thread that failed to report (a bug), in words.
    internal_error: Option<String>,
    body: BodyPanel,
    tab: Tab,
    focus_url: bool,
    /// `--view` chose the tab: an error does not switch it to the Wire tab.
    view_chosen: bool,
    /// Fetch was pressed with nothing in the URL field: a gentle word, not an error.
    empty_url_nudge: bool,
    /// Fetch was pressed on a URL with no scheme: the URL typed, and the one offered with
    /// `http://` in front. Nothing is sent until the learner takes the offer.
    scheme_offer: Option<(String, String)>,
    /// The list of keyboard shortcuts (F1) is open.
    shortcuts_open: bool,
    /// The height of the tabs at the bottom in the last frame (the body is drawn in the rest).
    details_height: f32,
    screenshot: Option<ScreenshotJob>,
    /// Writes `saved` to the state file when it changes.
    keeper: StateKeeper,
    /// What happened to the state file, until the learner hides it.
    state_notice: Option<StateNotice>,
    /// `--size`, applied on the first frame (eframe may have restored another size).
    size_to_apply: Option<[f32; 2]>,
    /// Extra certificate authorities from `--cacert`, trusted for every fetch of this run.
    extra_ca_pem: Option<Vec<u8>>,
    /// `--proxy` / `--no-proxy`, over the Settings for every fetch of this run.
    proxy_from_command_line: Option<crate::wire::ProxySettings>,
    /// `--system-roots`: trust the system's certificate store for every fetch of this run.
    system_roots_from_command_line: crate::wire::SystemRoots,
    /// Unfold the request editor in the next frame (a History entry was loaded into it).
    open_editor: bool,
    /// The practice server the Lessons button started (or why it could not), kept until the
    /// window closes.
    lessons: Option<Result<crate::practice::LessonServer, String>>,
    /// The Lessons window is open.
    lessons_open: bool,
    /// What "save the lesson's certificate authority and trust it" did last: the message
    /// saying where the file is, or why it could not be saved.
    lesson_ca: Option<Result<String, String>>,
    /// The folder of our state file (the lesson's certificate authority is saved there too).
    state_dir: Option<PathBuf>,
    /// The exchange on screen replayed slowly, read by read (the tabs draw it as of the read
    /// the replay has reached).
    replay: Option<replay::Replay>,
    /// The History id of the fetch on screen (the page that links, images and forms came from).
    shown_id: Option<u64>,
    /// What on the page on screen made the fetch now running (History lists it under the page).
    fetch_cause: Option<CausedBy>,
    /// The images of the page on screen, while and after the learner asked for them.
    page_images: Option<ImageLoads>,
    /// "Where does the head end", while the learner answers it by clicking in the Wire tab.
    wire_answer: Option<crate::ui::tabs::quiz::WireAnswer>,
    /// The welcome was opened again from the Help menu (at first start it shows by itself).
    welcome_open: bool,
    /// The addresses the welcome offers.
    examples: Examples,
    /// The About window.
    about: AboutWindow,
    /// The zoom and colours the window was last given (`None` until the first frame).
    appearance_applied: Option<Appearance>,
}

impl WirepeekApp {
    /// The app as eframe starts it: remembered state from `startup.state_dir` (or, once, from
    /// what an older wirepeek stored in `cc.storage`), if `startup.remember`.
    pub fn new(cc: &eframe::CreationContext<'_>, startup: Startup) -> Self {
        let storage = if startup.remember { cc.storage } else { None };
        Self::with_storage(&cc.egui_ctx, storage, startup)
    }

    /// The app with explicit eframe storage (tests pass their own or none); our own state file
    /// is read from `startup.state_dir`.
    pub fn with_storage(
        ctx: &egui::Context,
        storage: Option<&dyn eframe::Storage>,
        startup: Startup,
    ) -> Self {
        fonts::install(ctx);
        egui_extras::install_image_loaders(ctx);
        startup.dialogs.install(ctx);
        // A blinking cursor repaints the window twice a second forever; with software OpenGL
        // (old classroom PCs, VMs) that alone costs about 4% CPU. A steady cursor keeps the
        // window idle when nothing happens.
        ctx.all_styles_mut(|style| style.visuals.text_cursor.blink = false);
        let (keeper, saved, state_notice) =
            StateKeeper::open(startup.remember, startup.state_dir.clone(), storage);
        let code = startup
            .language
            .clone()
            .or_else(|| saved.language.clone())
            .unwrap_or_else(|| i18n::system_language().to_owned());
        let mut app = Self {
            i18n: I18n::new(&code).unwrap_or_default(),
            saved,
            remember: startup.remember,
            fetching: None,
            fetched: None,
            hop: usize::MAX,
            compare_picked: Vec::new(),
            compare: None,
            comparing: None,
            rereading: None,
            recent: RecentExchanges::default(),
            generation: 0,
            internal_error: None,
            body: BodyPanel::default(),
            tab: match startup.view {
                Some(StartView::Tab(tab)) => tab,
                _ => Tab::Wire,
            },
            focus_url: true,
            view_chosen: matches!(startup.view, Some(StartView::Tab(_))),
            empty_url_nudge: false,
            scheme_offer: None,
            shortcuts_open: false,
            details_height: DETAILS_HEIGHT,
            screenshot: startup.screenshot.map(ScreenshotJob::new),
            keeper,
            state_notice,
            size_to_apply: startup.size,
            extra_ca_pem: startup.options.extra_ca_pem.clone(),
            proxy_from_command_line: startup.proxy.clone(),
            system_roots_from_command_line: startup.options.system_roots.clone(),
            open_editor: false,
            lessons: None,
            lessons_open: false,
            lesson_ca: None,
            state_dir: startup.state_dir.clone(),
            replay: None,
            shown_id: None,
            fetch_cause: None,
            page_images: None,
            wire_answer: None,
            welcome_open: false,
            examples: startup.examples,
            about: AboutWindow::default(),
            appearance_applied: None,
        };
        if startup.view == Some(StartView::Lessons) {
            app.open_lessons();
        }
        if startup.view == Some(StartView::Page) {
            app.saved.page.page_first = true;
        }
        // The first fetch goes the way every later one does: `--proxy`, else the Settings.
        let options = FetchOptions {
            proxy: (app.proxy_from_command_line.clone())
                .unwrap_or_else(|| app.saved.settings.proxy()),
            system_roots: (app.saved.settings).system_roots(&startup.options.system_roots),
            ..startup.options
        };
        if let Some((first, second)) = startup.compare {
            app.saved.draft = Draft::from_request(&second, options.follow_redirects);
            let limits = app.saved.settings.limits();
            app.comparing = Some(fetch_two(ctx, [first, second], options, limits));
        } else if let Some(request) = startup.request {
            app.saved.draft = Draft::from_request(&request, options.follow_redirects);
            app.start_fetch(ctx, request, options);
        }
        // A request with more than the URL bar shows (raw text, headers, a body) is on view.
        app.open_editor = !app.saved.draft.is_plain() || startup.view == Some(StartView::Editor);
        app
    }

    /// Show a finished fetch (the window does this itself; benchmarks and tests call it directly).
    pub fn show_exchange(&mut self, ctx: &egui::Context, chain: Vec<Exchange>) {
        self.show_fetched(ctx, Arc::new(Fetched::prepare(chain)));
    }

    fn show_fetched(&mut self, ctx: &egui::Context, fetched: Arc<Fetched>) {
        self.generation += 1;
        self.forget_page_images(ctx);
        if let Some((_, prepared)) = fetched.hop(usize::MAX) {
            self.body
                .reset_for(ctx, &prepared.body, self.saved.page.page_first);
        }
        self.hop = usize::MAX;
        self.replay = None;
        if fetched.chain.last().is_some_and(|e| e.error.is_some()) && !self.view_chosen {
            // The Wire tab says how far the fetch got: a request never written, a head cut off.
            self.tab = Tab::Wire;
        }
        self.fetched = Some(fetched);
        self.internal_error = None;
    }

    /// Read the body on screen again in `charset` on a worker thread (decoding and indexing a
    /// big body takes a while); the result replaces it when done, nothing is fetched again.
    fn read_body_as(&mut self, ctx: &egui::Context, charset: &'static str) {
        let Some(fetched) = &self.fetched else {
            return;
        };
        if self.rereading.is_some() {
            return;
        }
        let mut chain = fetched.chain.clone();
        let done_ctx = ctx.clone();
        let promise = poll_promise::Promise::spawn_thread("charset", move || {
            if let Some(last) = chain.last_mut() {
                last.read_body_as(charset);
            }
            let fetched = Fetched::prepare(chain);
            done_ctx.request_repaint();
            fetched
        });
        self.rereading = Some((charset, promise));
    }

    /// `--view compare`: once both fetches are done, the second on screen and the two side by
    /// side.
    fn poll_comparing(&mut self, ctx: &egui::Context) {
        if self
            .comparing
            .as_ref()
            .is_none_or(|promise| promise.ready().is_none())
        {
            return;
        }
        if let Some(Ok((first, second))) =
            self.comparing.take().map(poll_promise::Promise::try_take)
        {
            let (first, second) = (Arc::new(first), Arc::new(second));
            self.show_fetched(ctx, Arc::clone(&second));
            self.compare = Some((first, second));
        }
    }

    /// Show the body read again, once the worker is done (in the view the learner was in).
    fn poll_rereading(&mut self, ctx: &egui::Context) {
        if self
            .rereading
            .as_ref()
            .is_none_or(|(_, promise)| promise.ready().is_none())
        {
            return;
        }
        let Some((_, promise)) = self.rereading.take() else {
            return;
        };
        if let Ok(fetched) = promise.try_take() {
            let (view, tab) = (self.body.view, self.tab);
            self.show_fetched(ctx, Arc::new(fetched));
            self.tab = tab;
            if matches!(view, View::Text | View::Hex) {
                self.body.view = view;
            }
        }
    }

    /// The exchanges of the finished fetch on screen (empty before the first, and while one runs).
    pub fn shown_chain(&self) -> &[Exchange] {
        self.fetched.as_ref().map_or(&[], |fetched| &fetched.chain)
    }

    /// Whether a fetch is running.
    pub fn is_fetching(&self) -> bool {
        self.fetching.is_some()
    }

    /// While replaying slowly: the reads the views show and the reads in all, and the read
    /// being prepared while the views wait for it (none once they show the read reached).
    pub fn replay_reads(&self) -> Option<((usize, usize), Option<usize>)> {
        self.replay
            .as_ref()
            .map(|replay| (replay.reads(), replay.preparing().map(|(read, _)| read)))
    }

    /// The remembered state (what [`eframe::App::save`] writes).
    pub fn saved(&self) -> &Saved {
        &self.saved
    }

    /// The learner's settings, as the Settings tab changes them (limits, timeouts, CA file).
    pub fn settings_mut(&mut self) -> &mut crate::ui::tabs::settings::Settings {
        &mut self.saved.settings
    }

    /// The UI language code in use.
    pub fn language(&self) -> &'static str {
        self.i18n.code()
    }

    fn start_fetch(&mut self, ctx: &egui::Context, request: Request, options: FetchOptions) {
        if self.fetching.is_some() {
            return;
        }
        let limits = self.saved.settings.limits();
        let draft = self.saved.draft.clone();
        #[cfg(test)]
        if PANIC_IN_NEXT_FETCH.with(|forced| forced.replace(false)) {
            self.fetching = Some(FetchJob::start_with(ctx, draft, |_, _| {
                std::panic::panic_any("a panic forced by a test")
            }));
            return;
        }
        self.fetching = Some(FetchJob::start(ctx, request, options, limits, draft));
        // The previous result goes: from now on the screen shows this fetch as it arrives.
        self.fetched = None;
        self.fetch_cause = None;
        self.shown_id = None;
        self.forget_page_images(ctx);
        self.replay = None;
        self.internal_error = None;
        self.body.find.close();
        self.welcome_open = false;
    }

    /// Show `error` as the outcome of the request in the URL bar, without fetching it.
    fn refuse_to_fetch(&mut self, ctx: &egui::Context, error: FetchError) {
        let request = self.saved.draft.request();
        let exchange = Exchange {
            method: request.effective_method(),
            url_typed: request.url.clone(),
            version: request.version,
            request,
            error: Some(error),
            ..Exchange::default()
        };
        self.show_exchange(ctx, vec![exchange]);
    }

    fn cancel_fetch(&self) {
        if let Some(job) = &self.fetching {
            job.cancel();
        }
    }

    /// Take the result of the fetch thread once it is there.
    fn poll(&mut self, ctx: &egui::Context) {
        if !self.fetching.as_ref().is_some_and(FetchJob::is_done) {
            return;
        }
        let Some(job) = self.fetching.take() else {
            return;
        };
        let (draft, result) = job.finish();
        match result {
            Ok(fetched) => {
                let fetched = Arc::new(fetched);
                let mut shown_id = None;
                if !fetched.chain.is_empty() && !draft.url.trim().is_empty() {
                    let mut entry = HistoryEntry::new(&draft, &fetched.chain);
                    entry.caused_by = self.fetch_cause.take();
                    let id = remember(&mut self.saved.history, entry);
                    self.recent.keep(id, Arc::clone(&fetched));
                    self.forget_unlisted_exchanges();
                    shown_id = Some(id);
                }
                self.show_fetched(ctx, fetched);
                self.shown_id = shown_id;
            }
            Err(panic) => {
                self.internal_error = Some(self.i18n.f("internal-error", &[("detail", &panic)]));
            }
        }
    }

    /// Ctrl+L selects the whole URL, Ctrl+F opens Find in the body, Escape cancels or closes
    /// Find, F1 opens or closes the list of shortcuts (which Escape also closes).
    fn keyboard(&mut self, ctx: &egui::Context) {
        let (focus, find, escape, help) = ctx.input_mut(|i| {
            (
                i.consume_key(Modifiers::COMMAND, Key::L),
                i.consume_key(Modifiers::COMMAND, Key::F),
                i.key_pressed(Key::Escape),
                i.consume_key(Modifiers::NONE, Key::F1),
            )
        });
        if help {
            self.shortcuts_open = !self.shortcuts_open;
        }
        if self.shortcuts_open {
            // The list is on top of everything; its own Escape closes it.
            return;
        }
        if focus {
            self.focus_url = true;
        }
        let has_body = self
            .fetched
            .as_ref()
            .and_then(|fetched| fetched.chain.last())
            .is_some_and(|exchange| !exchange.body_bytes().is_empty());
        if find && has_body {
            self.body.find.open();
        }
        if escape {
            if self.fetching.is_some() {
                self.cancel_fetch();
            } else if self.body.find.open {
                self.body.find.close();
            }
        }
    }

    fn top_bar(&mut self, ui: &mut Ui) {
        match title_bar(ui, self.i18n) {
            TitleAction::Language(code) => {
                if let Some(chosen) = I18n::new(code) {
                    self.i18n = chosen;
                    self.saved.language = Some(code.to_owned());
                    self.lessons_follow_language();
                }
            }
            TitleAction::Lessons => self.open_lessons(),
            TitleAction::Welcome => self.welcome_open = true,
            TitleAction::Shortcuts => self.shortcuts_open = true,
            TitleAction::About => self.about.open = true,
            TitleAction::None => {}
        }
        let action = url_bar(
            ui,
            self.i18n,
            &mut self.saved.draft,
            self.fetching.as_ref().map(FetchJob::progress),
            &mut self.focus_url,
        );
        request_editor(ui, self.i18n, &mut self.saved.draft, &mut self.open_editor);
        match action {
            BarAction::Fetch if self.saved.draft.url.trim().is_empty() => {
                self.empty_url_nudge = true;
                self.focus_url = true;
            }
            BarAction::Fetch => {
                if let Some(offered) = crate::wire::with_http_added(&self.saved.draft.url) {
                    self.scheme_offer = Some((self.saved.draft.url.clone(), offered));
                    return;
                }
                self.fetch_draft(ui.ctx());
            }
            BarAction::Cancel => self.cancel_fetch(),
            BarAction::None => {}
        }
    }

    /// Fetch what the URL bar and the editor say.
    fn fetch_draft(&mut self, ctx: &egui::Context) {
        self.scheme_offer = None;
        let options = match self.fetch_options() {
            Ok(options) => options,
            Err(error) => {
                self.refuse_to_fetch(ctx, error);
                return;
            }
        };
        self.start_fetch(ctx, self.saved.draft.request(), options);
    }

    /// The offer of `http://` for a URL typed without a scheme, while that URL is still in the
    /// bar. Taking it puts the full URL in the bar and fetches.
    fn scheme_offer_ui(&mut self, ui: &mut Ui) {
        let Some((typed, offered)) = &self.scheme_offer else {
            return;
        };
        if *typed != self.saved.draft.url {
            self.scheme_offer = None;
            return;
        }
        let offered = offered.clone();
        let take = ui
            .horizontal_wrapped(|ui| {
                ui.label(RichText::new(self.i18n.t("url-no-scheme")).strong());
                ui.button(self.i18n.f("url-no-scheme-fix", &[("url", &offered)]))
                    .clicked()
            })
            .inner;
        if take {
            self.saved.draft.url = offered;
            self.fetch_draft(ui.ctx());
        }
    }

    /// How to fetch: `--cacert` wins; otherwise the file named in Settings. A file that cannot
    /// be read stops the fetch, as `--cacert` does: trusting less than the learner asked for
    /// would turn into a puzzling "unknown issuer" later.
    fn fetch_options(&self) -> Result<FetchOptions, FetchError> {
        let extra_ca_pem = match &self.extra_ca_pem {
            Some(pem) => Some(pem.clone()),
            None => self
                .saved
                .settings
                .extra_ca_pem()
                .map_err(|problem| FetchError::Tls(TlsProblem::BadCaFile(problem)))?,
        };
        let proxy = match &self.proxy_from_command_line {
            Some(proxy) => proxy.clone(),
            None => self.saved.settings.proxy(),
        };
        Ok(FetchOptions {
            follow_redirects: self.saved.draft.follow_redirects,
            extra_ca_pem,
            proxy,
            system_roots: (self.saved.settings).system_roots(&self.system_roots_from_command_line),
        })
    }

    /// Stop fetching the images of the page that was on screen, and let go of those drawn.
    fn forget_page_images(&mut self, ctx: &egui::Context) {
        if let Some(loads) = self.page_images.take() {
            loads.forget(ctx);
        }
    }

    /// Let go of kept exchanges whose History entry is gone (cleared, or pushed out).
    fn forget_unlisted_exchanges(&mut self) {
        let history = &self.saved.history;
        self.recent
            .retain(|id| history.iter().any(|entry| entry.id == id));
    }

    fn details(&mut self, ui: &mut Ui) {
        self.replay_controls(ui);
        tab_bar(ui, self.i18n, &mut self.tab);
        ui.separator();
        let arriving = self.fetching.as_ref().map(|job| &job.live().exchange);
        let kept = self.recent.ids();
        let replay = self.replay.as_ref().filter(|_| arriving.is_none());
        let mut input = TabInput {
            chain: match (arriving, replay) {
                (Some(exchange), _) => std::slice::from_ref(exchange),
                (None, Some(replay)) => replay.chain(),
                (None, None) => self.fetched.as_ref().map_or(&[], |f| f.up_to(self.hop)),
            },
            arriving: arriving.is_some() || replay.is_some_and(replay::Replay::is_arriving),
            wire: match (&self.fetching, replay) {
                (Some(job), _) => Some(job.live_wire()),
                (None, Some(replay)) => Some(replay.wire()),
                (None, None) => self
                    .fetched
                    .as_ref()
                    .and_then(|f| f.hop(self.hop))
                    .map(|(_, prepared)| &prepared.wire),
            },
            history: &self.saved.history,
            kept: &kept,
            compare_picked: &self.compare_picked,
            settings: &mut self.saved.settings,
            time_axis: replay.map(|r| r.clock().1),
            caused_by: if arriving.is_some() {
                page_cause(&self.saved.history, self.fetch_cause)
            } else {
                let shown = self
                    .saved
                    .history
                    .iter()
                    .find(|e| Some(e.id) == self.shown_id);
                page_cause(&self.saved.history, shown.and_then(|e| e.caused_by))
            },
            wire_answer: &mut self.wire_answer,
        };
        match self.tab.show(ui, self.i18n, &mut input) {
            TabAction::History(HistoryAction::Open(index)) => self.open_history(ui.ctx(), index),
            TabAction::History(HistoryAction::FetchAgain(index)) => {
                if let Some(entry) = self.saved.history.get(index) {
                    self.saved.draft = entry.draft();
                    // The request exactly as it was asked for (headers, body, raw text), when the
                    // entry recorded it.
                    let request = entry
                        .request
                        .clone()
                        .unwrap_or_else(|| self.saved.draft.request());
                    match self.fetch_options() {
                        Ok(options) => self.start_fetch(ui.ctx(), request, options),
                        Err(error) => self.refuse_to_fetch(ui.ctx(), error),
                    }
                }
            }
            TabAction::History(HistoryAction::ToggleCompare(index)) => self.pick_to_compare(index),
            TabAction::History(HistoryAction::Edit(index)) => {
                if let Some(entry) = self.saved.history.get(index) {
                    self.saved.draft = entry.draft();
                    self.open_editor = true;
                    ui.ctx().request_repaint();
                }
            }
            TabAction::History(HistoryAction::Clear) => {
                self.saved.history.clear();
                self.forget_unlisted_exchanges();
            }
            TabAction::Open(tab) => {
                self.tab = tab;
                ui.ctx().request_repaint();
            }
            TabAction::History(HistoryAction::None) | TabAction::None => {}
        }
    }

    /// The slow-replay row above the tabs, for a finished fetch: start, play, step, speed, stop;
    /// and the replay's clock moved on by the time since the last frame.
    fn replay_controls(&mut self, ui: &mut Ui) {
        let Some(fetched) = self.fetched.as_ref().filter(|_| self.fetching.is_none()) else {
            // The row is always there, so the tabs below it never jump when a fetch ends.
            replay_bar(ui, self.i18n, None, false);
            ui.separator();
            return;
        };
        let action = replay_bar(ui, self.i18n, self.replay.as_ref(), true);
        match action {
            ReplayAction::None => {}
            ReplayAction::Start => {
                let limits = self.saved.settings.limits();
                self.replay =
                    replay::Replay::start(Arc::clone(fetched), self.hop, limits, ui.ctx()).ok();
            }
            ReplayAction::Stop => self.replay = None,
            ReplayAction::PlayPause | ReplayAction::Step | ReplayAction::Speed(_) => {
                if let Some(replay) = &mut self.replay {
                    match action {
                        ReplayAction::PlayPause => replay.toggle_play(),
                        ReplayAction::Step => replay.step(),
                        ReplayAction::Speed(speed) => replay.speed = speed,
                        _ => {}
                    }
                }
            }
        }
        if let Some(replay) = &mut self.replay
            && replay.is_playing()
        {
            // A frame after a long idle would jump ahead: at most a tenth of a second a frame.
            let real = ui.input(|i| i.unstable_dt).clamp(0.0, 0.1);
            replay.tick(std::time::Duration::from_secs_f32(real));
            ui.ctx().request_repaint();
        }
        if let Some((_, waited)) = self.replay.as_ref().and_then(replay::Replay::preparing)
            && let Some(left) = replay::PREPARING_NOTICE.checked_sub(waited)
        {
            // A frame when the build has taken long enough to say so (its end asks for one too).
            ui.ctx().request_repaint_after(left);
        }
        ui.separator();
    }

    /// What the screen shows: the fetch running now, else the last one that finished.
    fn on_screen(&self) -> OnScreen<'_> {
        if let Some(job) = &self.fetching {
            return OnScreen::Arriving(&job.live().exchange);
        }
        if let Some(now) = self
            .replay
            .as_ref()
            .filter(|r| r.is_arriving())
            .and_then(|r| r.chain().last())
        {
            // The exchange as of the read shown, its steps timed by the replay's clock.
            return OnScreen::Arriving(now);
        }
        match &self.fetched {
            Some(_) => OnScreen::Finished(self.shown_hops()),
            None => OnScreen::Nothing,
        }
    }

    /// The finished fetch's exchanges up to the redirect step on screen (all of them unless the
    /// learner opened an earlier step): every view draws the last of these.
    fn shown_hops(&self) -> &[Exchange] {
        self.fetched.as_ref().map_or(&[], |f| f.up_to(self.hop))
    }

    /// Pick (or un-pick) History entry `index` for comparing; the second pick opens the two
    /// side by side.
    fn pick_to_compare(&mut self, index: usize) {
        let Some(id) = self.saved.history.get(index).map(|entry| entry.id) else {
            return;
        };
        if let Some(at) = self.compare_picked.iter().position(|&p| p == id) {
            self.compare_picked.remove(at);
            return;
        }
        self.compare_picked.push(id);
        if let [first, second] = self.compare_picked[..]
            && let (Some(left), Some(right)) = (self.recent.get(first), self.recent.get(second))
        {
            self.compare = Some((left, right));
            self.compare_picked.clear();
        }
        self.compare_picked.truncate(2);
    }

    /// Open redirect step `index` of the fetch on screen in every view.
    fn open_hop(&mut self, ctx: &egui::Context, index: usize) {
        let Some(fetched) = &self.fetched else {
            return;
        };
        let last = fetched.chain.len().saturating_sub(1);
        let index = if index >= last { usize::MAX } else { index };
        if index == self.hop {
            return;
        }
        if let Some((_, prepared)) = fetched.hop(index) {
            self.generation += 1;
            self.body
                .reset_for(ctx, &prepared.body, self.saved.page.page_first);
        }
        self.forget_page_images(ctx);
        self.hop = index;
        self.replay = None;
    }

    /// A click on a History entry: its request back in the URL bar and, when its exchange is
    /// still kept, the whole exchange on screen again (status, headers, body, every tab).
    fn open_history(&mut self, ctx: &egui::Context, index: usize) {
        let Some(entry) = self.saved.history.get(index) else {
            return;
        };
        self.saved.draft = entry.draft();
        self.focus_url = true;
        if self.fetching.is_none()
            && let Some(fetched) = self.recent.get(entry.id)
        {
            // Stay in History (showing a failed fetch would otherwise open the Wire tab), so the
            // learner can go through the entries one after another.
            let (tab, id) = (self.tab, entry.id);
            self.show_fetched(ctx, fetched);
            self.tab = tab;
            self.shown_id = Some(id);
        }
        // The URL bar and the panels were drawn before this click: draw them again.
        ctx.request_repaint();
    }

    /// Whether the middle of the window shows the welcome: at first start (nothing fetched yet,
    /// no history), or when the Help menu asked for it; never while a fetch runs.
    pub fn shows_welcome(&self) -> bool {
        let first_start = self.fetched.is_none() && self.saved.history.is_empty();
        self.fetching.is_none() && self.comparing.is_none() && (self.welcome_open || first_start)
    }

    /// The welcome in the middle of the window, and what its buttons ask.
    fn welcome(&mut self, ui: &mut Ui) {
        let can_close = self.fetched.is_some() || !self.saved.history.is_empty();
        match welcome(ui, self.i18n, &self.examples, can_close) {
            WelcomeAction::None => {}
            WelcomeAction::Fetch(url) => {
                let follow = self.saved.draft.follow_redirects;
                self.saved.draft = Draft::from_request(&Request::get(url), follow);
                self.open_editor = false;
                self.fetch_draft(ui.ctx());
            }
            WelcomeAction::Lessons => self.open_lessons(),
            WelcomeAction::Close => self.welcome_open = false,
        }
    }

    fn response(&mut self, ui: &mut Ui) {
        if self.shows_welcome() {
            self.welcome(ui);
            return;
        }
        if let Some(job) = &mut self.fetching {
            let (copy, body) = job.live_parts();
            arriving_panel(ui, self.i18n, copy, body);
            return;
        }
        if let Some(replay) = self.replay.as_mut().filter(|r| r.is_arriving()) {
            let (copy, body) = replay.live_parts();
            arriving_panel(ui, self.i18n, copy, body);
            return;
        }
        let shown = self.fetched.as_ref().and_then(|fetched| {
            fetched.hop(self.hop).map(|(exchange, prepared)| ShownBody {
                exchange,
                model: &prepared.body,
                generation: self.generation,
                page: PageExtras {
                    images: self
                        .page_images
                        .as_ref()
                        .filter(|loads| loads.generation == self.generation)
                        .map_or(&[], |loads| &loads.states),
                    send_referer: self.saved.page.send_referer,
                },
            })
        });
        response_panel(ui, self.i18n, &mut self.body, shown.as_ref());
    }
}

impl eframe::App for WirepeekApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        if let Some(job) = &mut self.fetching {
            job.refresh_live();
        }
        self.poll(ctx);
        self.poll_rereading(ctx);
        self.poll_page_images();
        self.poll_comparing(ctx);
        if let Some(replay) = &mut self.replay {
            // A build that finished lands before anything is drawn, so every view shows it.
            replay.poll();
        }
        appearance::keep_in_step(
            ctx,
            &mut self.saved.settings.appearance,
            &mut self.appearance_applied,
        );
        if let Some(notice) = self.keeper.keep(ctx, &self.saved) {
            self.state_notice = Some(notice);
        }
        if let Some(size) = self.size_to_apply.take() {
            // eframe sizes the window from the remembered geometry when there is one; `--size`
            // was asked for this run, so it wins.
            ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(size.into()));
        }
    }

    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.keyboard(&ctx);
        egui::Panel::top("top")
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::same(8)))
            .show(ui, |ui| self.top_bar(ui));
        egui::Panel::top("status")
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(egui::Margin::same(8)))
            .show(ui, |ui| {
                if let Some(notice) = &self.state_notice
                    && state_notice(ui, self.i18n, notice)
                {
                    self.state_notice = None;
                }
                self.empty_url_nudge &= self.saved.draft.url.trim().is_empty();
                if self.empty_url_nudge {
                    ui.label(RichText::new(self.i18n.t("url-empty-nudge")).strong());
                }
                self.scheme_offer_ui(ui);
                if let Some((charset, _)) = &self.rereading {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(self.i18n.f("body-rereading", &[("charset", charset)]));
                    });
                }
                let show_bytes = status_area(
                    ui,
                    self.i18n,
                    self.on_screen(),
                    self.internal_error.as_deref(),
                );
                self.lesson_ca_offer(ui);
                if let Some(offset) = show_bytes {
                    wire_tab::reveal(&ctx, offset);
                    self.tab = Tab::Wire;
                }
                let steps = match (&self.fetched, &self.fetching) {
                    (Some(fetched), None) if fetched.chain.len() > 1 => {
                        redirect_steps(ui, self.i18n, &fetched.chain, self.hop)
                    }
                    _ => None,
                };
                if let Some(index) = steps {
                    self.open_hop(&ctx, index);
                }
            });
        // Tab moves the keyboard focus in the order widgets are drawn. The body is drawn before
        // the tabs below it, in the room the tabs leave (their height in the last frame), so Tab
        // goes from the URL bar to the body and then to the tabs, as the eye does.
        let below = ui.available_rect_before_wrap();
        let body_rect = egui::Rect::from_min_max(
            below.min,
            egui::pos2(
                below.max.x,
                (below.max.y - self.details_height).max(below.min.y),
            ),
        );
        let mut body_ui = ui.new_child(egui::UiBuilder::new().id_salt("body").max_rect(body_rect));
        egui::CentralPanel::default().show(&mut body_ui, |ui| self.response(ui));
        if let Some(charset) = self.body.chosen_charset.take() {
            self.read_body_as(&ctx, charset);
        }
        if let Some(view) = self.body.picked.take() {
            self.remember_view_choice(view);
        }
        if let Some(action) = self.body.action.take() {
            self.page_action(&ctx, action);
        }
        let details = egui::Panel::bottom("details")
            .resizable(true)
            // Opened on a tab (`--view`), the tab is what the learner came for: give it most
            // of the window.
            .default_size(if self.view_chosen {
                below.height() * 0.62
            } else {
                DETAILS_HEIGHT
            })
            .min_size(80.0)
            .show(ui, |ui| {
                // egui stores a panel's height as the height of what it drew: a tab with
                // little to show (a fetch just started) would shrink the panel for good.
                ui.set_min_height(ui.available_height());
                self.details(ui);
            });
        let height = details.response.rect.height();
        if (height - self.details_height).abs() > 0.5 {
            self.details_height = height;
            ctx.request_repaint();
        }
        shortcuts_window(&ctx, self.i18n, &mut self.shortcuts_open);
        self.about.show(&ctx, self.i18n);
        self.lessons_ui(&ctx);
        if let Some((left, right)) = &self.compare
            && let (Some(a), Some(b)) = (left.chain.last(), right.chain.last())
            && !compare_window(&ctx, self.i18n, a, b)
        {
            self.compare = None;
        }
        focus_ring(&ctx);
        let ready = self.fetching.is_none() && self.comparing.is_none();
        if let Some(job) = &mut self.screenshot {
            job.step(&ctx, ready);
        }
    }

    /// eframe's save (every 30 seconds and when the window closes): our own file, written now
    /// if it changed. eframe's storage keeps only the window geometry and egui's memory.
    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if let Some(notice) = self.keeper.save_now(&self.saved, storage) {
            self.state_notice = Some(notice);
        }
    }

    fn persist_egui_memory(&self) -> bool {
        self.remember
    }
}

/// Fetch two requests one after the other on a thread (so the second does not compete with the
/// first for the network), each prepared for drawing.
fn fetch_two(
    ctx: &egui::Context,
    requests: [Request; 2],
    options: FetchOptions,
    limits: crate::wire::Limits,
) -> poll_promise::Promise<(Fetched, Fetched)> {
    let done_ctx = ctx.clone();
    poll_promise::Promise::spawn_thread("compare", move || {
        let [first, second] = requests.map(|request| {
            let chain = crate::wire::fetch_following(
                &request,
                &options,
                &limits,
                &crate::wire::Cancel::new(),
                &crate::wire::Progress::new(),
                &mut crate::wire::Recording::KeepAll,
            );
            Fetched::prepare(chain)
        });
        done_ctx.request_repaint();
        (first, second)
    })
}

/// What made a fetch, with the address of the page it came from, while that page is listed.
fn page_cause(history: &[HistoryEntry], caused_by: Option<CausedBy>) -> Option<(Cause, &str)> {
    let caused_by = caused_by?;
    let page = history.iter().find(|entry| entry.id == caused_by.page)?;
    Some((caused_by.how, page.url.as_str()))
}
