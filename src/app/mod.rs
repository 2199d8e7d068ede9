//! The window's state and [`eframe::App`]: what is remembered between runs, and each frame's
//! panels wired to it. The fetch job and the screenshot job have their own files; the panels
//! live in `ui/` and return actions that the app carries out here.

mod fetch_job;
mod screenshot;

use std::path::PathBuf;

use egui::{Key, Modifiers, Ui};

use crate::i18n::{self, I18n};
use crate::ui::body::{BodyPanel, ShownBody};
use crate::ui::file_dialogs::Dialogs;
use crate::ui::focus_ring::focus_ring;
use crate::ui::fonts;
use crate::ui::response::response_panel;
use crate::ui::shortcuts::shortcuts_window;
use crate::ui::status_area::status_area;
use crate::ui::tabs::history::{HistoryAction, HistoryEntry, remember};
use crate::ui::tabs::settings::Settings;
use crate::ui::tabs::{Tab, TabAction, TabInput, tab_bar};
use crate::ui::title_bar::{TitleAction, title_bar};
use crate::ui::url_bar::{BarAction, Draft, url_bar};
use crate::wire::{Exchange, FetchError, FetchOptions, Request, TlsProblem};

use fetch_job::FetchJob;
pub use fetch_job::Fetched;
use screenshot::ScreenshotJob;

/// How tall the tabs at the bottom open.
const DETAILS_HEIGHT: f32 = 170.0;

/// Everything remembered between runs (stored by eframe; a bad or old file gives the defaults).
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
    /// Where file paths come from: the system's dialogs, or typed paths only (the default).
    pub dialogs: Dialogs,
}

/// The wirepeek window.
pub struct WirepeekApp {
    i18n: I18n,
    saved: Saved,
    remember: bool,
    fetching: Option<FetchJob>,
    fetched: Option<Fetched>,
    /// Increases with every exchange shown (ids of images and find results).
    generation: u64,
    /// A fetch thread that failed to report (a bug), in words.
    internal_error: Option<String>,
    body: BodyPanel,
    tab: Tab,
    focus_url: bool,
    /// The list of keyboard shortcuts (F1) is open.
    shortcuts_open: bool,
    /// The height of the tabs at the bottom in the last frame (the body is drawn in the rest).
    details_height: f32,
    screenshot: Option<ScreenshotJob>,
    /// Extra certificate authorities from `--cacert`, trusted for every fetch of this run.
    extra_ca_pem: Option<Vec<u8>>,
}

impl WirepeekApp {
    /// The app as eframe starts it: remembered state from `cc.storage` (if `startup.remember`).
    pub fn new(cc: &eframe::CreationContext<'_>, startup: Startup) -> Self {
        let storage = if startup.remember { cc.storage } else { None };
        Self::with_storage(&cc.egui_ctx, storage, startup)
    }

    /// The app with explicit remembered state (tests pass their own storage or none).
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
        let saved: Saved = storage
            .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
            .unwrap_or_default();
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
            generation: 0,
            internal_error: None,
            body: BodyPanel::default(),
            tab: Tab::Request,
            focus_url: true,
            shortcuts_open: false,
            details_height: DETAILS_HEIGHT,
            screenshot: startup.screenshot.map(ScreenshotJob::new),
            extra_ca_pem: startup.options.extra_ca_pem.clone(),
        };
        if let Some(request) = startup.request {
            app.saved.draft = Draft::from_request(&request, startup.options.follow_redirects);
            app.start_fetch(ctx, request, startup.options);
        }
        app
    }

    /// Show a finished fetch (the window does this itself; benchmarks and tests call it directly).
    pub fn show_exchange(&mut self, ctx: &egui::Context, chain: Vec<Exchange>) {
        self.show_fetched(ctx, Fetched::prepare(chain));
    }

    fn show_fetched(&mut self, ctx: &egui::Context, fetched: Fetched) {
        self.generation += 1;
        self.body.reset_for(ctx, &fetched.body);
        if fetched.chain.last().is_some_and(|e| e.error.is_some()) {
            self.tab = Tab::Request;
        }
        self.fetched = Some(fetched);
        self.internal_error = None;
    }

    /// Whether a fetch is running.
    pub fn is_fetching(&self) -> bool {
        self.fetching.is_some()
    }

    /// The remembered state (what [`eframe::App::save`] writes).
    pub fn saved(&self) -> &Saved {
        &self.saved
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
        self.fetching = Some(FetchJob::start(ctx, request, options, limits, draft));
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
                if !fetched.chain.is_empty() && !draft.url.trim().is_empty() {
                    remember(
                        &mut self.saved.history,
                        HistoryEntry::new(&draft, &fetched.chain),
                    );
                }
                self.show_fetched(ctx, fetched);
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
        if let TitleAction::Language(code) = title_bar(ui, self.i18n)
            && let Some(chosen) = I18n::new(code)
        {
            self.i18n = chosen;
            self.saved.language = Some(code.to_owned());
        }
        let action = url_bar(
            ui,
            self.i18n,
            &mut self.saved.draft,
            self.fetching.as_ref().map(FetchJob::progress),
            &mut self.focus_url,
        );
        match action {
            BarAction::Fetch => {
                // `--cacert` wins; otherwise the file named in Settings. A file that cannot be
                // read stops the fetch, as `--cacert` does: trusting less than the learner asked
                // for would turn into a puzzling "unknown issuer" later.
                let extra_ca_pem = match &self.extra_ca_pem {
                    Some(pem) => Some(pem.clone()),
                    None => match self.saved.settings.extra_ca_pem() {
                        Ok(pem) => pem,
                        Err(detail) => {
                            let problem = TlsProblem::BadCaFile { detail };
                            self.refuse_to_fetch(ui.ctx(), FetchError::Tls(problem));
                            return;
                        }
                    },
                };
                let options = FetchOptions {
                    follow_redirects: self.saved.draft.follow_redirects,
                    extra_ca_pem,
                };
                self.start_fetch(ui.ctx(), self.saved.draft.request(), options);
            }
            BarAction::Cancel => self.cancel_fetch(),
            BarAction::None => {}
        }
    }

    fn details(&mut self, ui: &mut Ui) {
        tab_bar(ui, self.i18n, &mut self.tab);
        ui.separator();
        let mut input = TabInput {
            chain: self.fetched.as_ref().map_or(&[], |f| f.chain.as_slice()),
            history: &self.saved.history,
            settings: &mut self.saved.settings,
        };
        match self.tab.show(ui, self.i18n, &mut input) {
            TabAction::History(HistoryAction::Load(index)) => {
                if let Some(entry) = self.saved.history.get(index) {
                    self.saved.draft = entry.draft();
                    self.focus_url = true;
                    // The URL bar was drawn before this click: draw it again with the URL.
                    ui.ctx().request_repaint();
                }
            }
            TabAction::History(HistoryAction::Clear) => self.saved.history.clear(),
            TabAction::History(HistoryAction::None) | TabAction::None => {}
        }
    }

    fn response(&mut self, ui: &mut Ui) {
        let shown = self.fetched.as_ref().and_then(|fetched| {
            fetched.chain.last().map(|exchange| ShownBody {
                exchange,
                model: &fetched.body,
                generation: self.generation,
            })
        });
        response_panel(ui, self.i18n, &mut self.body, shown.as_ref());
    }
}

impl eframe::App for WirepeekApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.poll(ctx);
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
                let chain = self.fetched.as_ref().map(|f| f.chain.as_slice());
                status_area(ui, self.i18n, chain, self.internal_error.as_deref());
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
        let details = egui::Panel::bottom("details")
            .resizable(true)
            .default_size(DETAILS_HEIGHT)
            .min_size(80.0)
            .show(ui, |ui| self.details(ui));
        let height = details.response.rect.height();
        if (height - self.details_height).abs() > 0.5 {
            self.details_height = height;
            ctx.request_repaint();
        }
        shortcuts_window(&ctx, self.i18n, &mut self.shortcuts_open);
        focus_ring(&ctx);
        let ready = self.fetching.is_none();
        if let Some(job) = &mut self.screenshot {
            job.step(&ctx, ready);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.remember {
            eframe::set_value(storage, eframe::APP_KEY, &self.saved);
        }
    }

    fn persist_egui_memory(&self) -> bool {
        self.remember
    }
}
