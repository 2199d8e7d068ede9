//! The window's state, the fetch running on its own thread, and what is remembered between runs.

use std::path::PathBuf;
use std::sync::Arc;

use egui::{Key, Modifiers, RichText, Ui};
use poll_promise::Promise;

use crate::i18n::{self, I18n, LANGUAGES};
use crate::ui::body_model::BodyModel;
use crate::ui::body_view::{BodyView, body_view};
use crate::ui::error_panel::error_panel;
use crate::ui::headers_table::headers_table;
use crate::ui::history::{HistoryAction, HistoryEntry, history_list, remember};
use crate::ui::raw_view::raw_lines;
use crate::ui::settings::{Settings, settings_panel};
use crate::ui::status_strip::status_strip;
use crate::ui::url_bar::{BarAction, Draft, url_bar};
use crate::ui::{fonts, format};
use crate::wire::{self, Cancel, Exchange, FetchOptions, Progress, Recording, Request};

/// Under this width the header table and the body are stacked instead of side by side.
const NARROW: f32 = 760.0;

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
}

/// Which tab is open at the bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DetailsTab {
    Request,
    ResponseHead,
    History,
    Settings,
}

/// One fetch in flight.
struct Running {
    promise: Promise<Result<Shown, String>>,
    cancel: Cancel,
    progress: Arc<Progress>,
    draft: Draft,
}

/// A finished fetch, ready to draw.
pub struct Shown {
    /// Every exchange of the fetch (more than one when redirects were followed); the last is final.
    pub chain: Vec<Exchange>,
    /// The final body, prepared for the views.
    pub model: BodyModel,
}

impl Shown {
    /// Prepare `chain` for drawing (indexes the body; slow for big bodies, so run it off the UI thread).
    pub fn prepare(chain: Vec<Exchange>) -> Self {
        let model = chain
            .last()
            .map_or_else(|| BodyModel::build(&Exchange::default()), BodyModel::build);
        Self { chain, model }
    }
}

/// A pending `--screenshot`.
struct ScreenshotJob {
    path: PathBuf,
    /// Frames drawn since the exchange appeared (a few, so layout and images settle).
    frames: u32,
    requested: bool,
}

/// The wirepeek window.
pub struct WirepeekApp {
    i18n: I18n,
    saved: Saved,
    remember: bool,
    running: Option<Running>,
    shown: Option<Shown>,
    /// Increases with every exchange shown (ids of images and find results).
    generation: u64,
    /// A fetch thread that failed to report (a bug), in words.
    internal_error: Option<String>,
    body: BodyView,
    tab: DetailsTab,
    focus_url: bool,
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
            running: None,
            shown: None,
            generation: 0,
            internal_error: None,
            body: BodyView::default(),
            tab: DetailsTab::Request,
            focus_url: true,
            screenshot: startup.screenshot.map(|path| ScreenshotJob {
                path,
                frames: 0,
                requested: false,
            }),
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
        self.show_prepared(ctx, Shown::prepare(chain));
    }

    fn show_prepared(&mut self, ctx: &egui::Context, shown: Shown) {
        self.generation += 1;
        self.body.reset_for(ctx, &shown.model);
        if shown.chain.last().is_some_and(|e| e.error.is_some()) {
            self.tab = DetailsTab::Request;
        }
        self.shown = Some(shown);
        self.internal_error = None;
    }

    /// Whether a fetch is running.
    pub fn is_fetching(&self) -> bool {
        self.running.is_some()
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
        if self.running.is_some() {
            return;
        }
        let notify_ctx = ctx.clone();
        let progress = Arc::new(Progress::with_notify(move || notify_ctx.request_repaint()));
        let cancel = Cancel::new();
        let (worker_progress, worker_cancel, done_ctx) =
            (Arc::clone(&progress), cancel.clone(), ctx.clone());
        let limits = self.saved.settings.limits();
        let promise = Promise::spawn_thread("fetch", move || {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                // The window shows every byte, so it keeps them all.
                let chain = wire::fetch_following(
                    &request,
                    &options,
                    &limits,
                    &worker_cancel,
                    &worker_progress,
                    &mut Recording::KeepAll,
                );
                Shown::prepare(chain)
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
        self.running = Some(Running {
            promise,
            cancel,
            progress,
            draft: self.saved.draft.clone(),
        });
    }

    fn cancel_fetch(&mut self) {
        if let Some(running) = &self.running {
            running.cancel.cancel();
        }
    }

    /// Take the result of the fetch thread once it is there.
    fn poll(&mut self, ctx: &egui::Context) {
        let Some(running) = &self.running else {
            return;
        };
        if running.promise.ready().is_none() {
            return;
        }
        let Some(running) = self.running.take() else {
            return;
        };
        match running.promise.block_and_take() {
            Ok(shown) => {
                if let Some(last) = shown.chain.last()
                    && !running.draft.url.trim().is_empty()
                {
                    remember(
                        &mut self.saved.history,
                        HistoryEntry::new(&running.draft, last),
                    );
                }
                self.show_prepared(ctx, shown);
            }
            Err(panic) => {
                self.internal_error = Some(self.i18n.f("internal-error", &[("detail", &panic)]));
            }
        }
    }

    fn keyboard(&mut self, ctx: &egui::Context) {
        let (focus, find, escape) = ctx.input_mut(|i| {
            (
                i.consume_key(Modifiers::COMMAND, Key::L),
                i.consume_key(Modifiers::COMMAND, Key::F),
                i.key_pressed(Key::Escape),
            )
        });
        if focus {
            self.focus_url = true;
        }
        let has_body = self
            .shown
            .as_ref()
            .and_then(|shown| shown.chain.last())
            .is_some_and(|exchange| !exchange.body_bytes().is_empty());
        if find && has_body {
            self.body.find.open();
        }
        if escape {
            if self.running.is_some() {
                self.cancel_fetch();
            } else if self.body.find.open {
                self.body.find.close();
            }
        }
    }

    fn top_bar(&mut self, ui: &mut Ui) {
        let i18n = self.i18n;
        ui.horizontal(|ui| {
            ui.label(RichText::new("wirepeek").strong().size(16.0));
            ui.label(RichText::new(i18n.t("tagline")).weak());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let mut code = i18n.code();
                let current = LANGUAGES
                    .iter()
                    .find(|l| l.code == code)
                    .map_or("English", |l| l.name);
                egui::ComboBox::from_label(i18n.t("language"))
                    .selected_text(current)
                    .show_ui(ui, |ui| {
                        for language in LANGUAGES {
                            ui.selectable_value(&mut code, language.code, language.name);
                        }
                    });
                if code != i18n.code()
                    && let Some(chosen) = I18n::new(code)
                {
                    self.i18n = chosen;
                    self.saved.language = Some(code.to_owned());
                }
            });
        });
        let progress = self.running.as_ref().map(|r| Arc::clone(&r.progress));
        let action = url_bar(
            ui,
            self.i18n,
            &mut self.saved.draft,
            progress.as_deref(),
            &mut self.focus_url,
        );
        match action {
            BarAction::Fetch => {
                // `--cacert` wins; otherwise the file named in Settings (the tab says if it
                // cannot be read).
                let extra_ca_pem = self
                    .extra_ca_pem
                    .clone()
                    .or_else(|| self.saved.settings.extra_ca_pem().ok().flatten());
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

    fn status(&mut self, ui: &mut Ui) {
        let i18n = self.i18n;
        if let Some(message) = &self.internal_error {
            ui.colored_label(egui::Color32::RED, message);
            return;
        }
        let Some(shown) = &self.shown else {
            ui.label(RichText::new(i18n.t("welcome")).weak());
            return;
        };
        let Some(last) = shown.chain.last() else {
            return;
        };
        if let Some(error) = &last.error {
            error_panel(ui, i18n, last, error);
            ui.add_space(4.0);
        }
        if last.has_response() || last.error.is_none() {
            status_strip(ui, i18n, last, shown.chain.len());
        }
        engine_notes(ui, i18n, &last.warnings);
        let typed = shown
            .chain
            .first()
            .map_or("", |first| first.url_typed.trim());
        if !last.url_normalized.is_empty() && last.url_normalized != typed {
            ui.label(
                RichText::new(i18n.f("status-normalized", &[("url", &last.url_normalized)])).weak(),
            );
        }
    }

    fn details(&mut self, ui: &mut Ui) {
        let i18n = self.i18n;
        ui.horizontal(|ui| {
            for (tab, key) in [
                (DetailsTab::Request, "tab-request"),
                (DetailsTab::ResponseHead, "tab-response-head"),
                (DetailsTab::History, "tab-history"),
                (DetailsTab::Settings, "tab-settings"),
            ] {
                if ui
                    .add(egui::Button::selectable(self.tab == tab, i18n.t(key)))
                    .clicked()
                {
                    self.tab = tab;
                }
            }
        });
        ui.separator();
        match self.tab {
            DetailsTab::Request => match self.shown.as_ref().and_then(|s| s.chain.last()) {
                Some(last) if !last.request_bytes.is_empty() => {
                    let size = format::bytes(last.request_bytes.len() as u64);
                    let key = if last.timing.request_written.is_some() {
                        "request-sent"
                    } else {
                        "request-not-sent"
                    };
                    ui.label(RichText::new(i18n.f(key, &[("size", &size)])).weak());
                    raw_lines(ui, "request-bytes", &last.request_bytes);
                }
                _ => {
                    ui.label(RichText::new(i18n.t("request-none")).weak());
                }
            },
            DetailsTab::ResponseHead => match self.shown.as_ref().and_then(|s| s.chain.last()) {
                Some(last) if self.shown.as_ref().is_some_and(|s| s.chain.len() > 1) => {
                    if let Some(shown) = &self.shown {
                        redirect_hops(ui, i18n, &shown.chain);
                    }
                    raw_lines(ui, "head-bytes", last.head_bytes());
                }
                Some(last) if last.has_response() => raw_lines(ui, "head-bytes", last.head_bytes()),
                Some(last) if !last.received.is_empty() => {
                    ui.label(RichText::new(i18n.t("response-partial")).weak());
                    raw_lines(ui, "received-bytes", &last.received);
                }
                _ => {
                    ui.label(RichText::new(i18n.t("response-none")).weak());
                }
            },
            DetailsTab::History => match history_list(ui, i18n, &self.saved.history) {
                HistoryAction::Load(index) => {
                    if let Some(entry) = self.saved.history.get(index) {
                        self.saved.draft = entry.draft();
                        self.focus_url = true;
                        // The URL bar was drawn before this click: draw it again with the URL.
                        ui.ctx().request_repaint();
                    }
                }
                HistoryAction::Clear => self.saved.history.clear(),
                HistoryAction::None => {}
            },
            DetailsTab::Settings => settings_panel(ui, i18n, &mut self.saved.settings),
        }
    }

    fn response(&mut self, ui: &mut Ui) {
        let i18n = self.i18n;
        let Some(shown) = &self.shown else {
            ui.centered_and_justified(|ui| {
                ui.label(RichText::new(i18n.t("empty-hint")).weak().size(16.0));
            });
            return;
        };
        let Some(last) = shown.chain.last() else {
            return;
        };
        let generation = self.generation;
        let body = &mut self.body;
        let narrow = ui.available_width() < NARROW;
        let headers_panel = if narrow {
            egui::Panel::top("headers-stacked")
                .resizable(true)
                .default_size(ui.available_height() * 0.35)
                .min_size(60.0)
        } else {
            egui::Panel::left("headers-side")
                .resizable(true)
                .default_size(ui.available_width() * 0.4)
                .min_size(200.0)
        };
        headers_panel.show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("headers-scroll")
                .auto_shrink([false, false])
                .show(ui, |ui| headers_table(ui, i18n, last.head.as_ref()));
        });
        egui::CentralPanel::default().show(ui, |ui| {
            body_view(ui, i18n, body, last, &shown.model, generation);
        });
    }

    fn screenshot_step(&mut self, ctx: &egui::Context) {
        let ready = self.running.is_none();
        let Some(job) = &mut self.screenshot else {
            return;
        };
        if !ready || job.requested {
            return;
        }
        job.frames += 1;
        if job.frames < 5 {
            ctx.request_repaint();
            return;
        }
        job.requested = true;
        let path = job.path.clone();
        let close_ctx = ctx.clone();
        ctx.request_screenshot(move |image: Arc<egui::ColorImage>| {
            let [width, height] = image.size;
            let rgba: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
            let saved = u32::try_from(width)
                .ok()
                .zip(u32::try_from(height).ok())
                .ok_or_else(|| "the window is too large".to_owned())
                .and_then(|(w, h)| {
                    image::save_buffer(&path, &rgba, w, h, image::ExtendedColorType::Rgba8)
                        .map_err(|e| e.to_string())
                });
            match saved {
                Ok(()) => eprintln!("wirepeek: saved {} ({width}x{height})", path.display()),
                Err(e) => eprintln!("wirepeek: cannot save {}: {e}", path.display()),
            }
            close_ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            close_ctx.request_repaint();
        });
    }
}

/// One line per redirect that was followed: where it went and what came back.
fn redirect_hops(ui: &mut Ui, i18n: I18n, chain: &[Exchange]) {
    for (index, hop) in chain.iter().enumerate() {
        let status = hop
            .head
            .as_ref()
            .map(|h| format!("{} {}", h.code, h.reason))
            .unwrap_or_default();
        let location = hop
            .head
            .as_ref()
            .and_then(|h| h.first("location"))
            .map(|l| format!(" -> {l}"))
            .unwrap_or_default();
        ui.label(
            RichText::new(i18n.f(
                "redirect-hop",
                &[
                    ("number", &(index + 1).to_string()),
                    ("request", &format!("{} {}", hop.method, hop.url_normalized)),
                    ("status", &format!("{status}{location}")),
                ],
            ))
            .monospace(),
        );
    }
    ui.separator();
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
            .show(ui, |ui| self.status(ui));
        egui::Panel::bottom("details")
            .resizable(true)
            .default_size(170.0)
            .min_size(80.0)
            .show(ui, |ui| self.details(ui));
        egui::CentralPanel::default().show(ui, |ui| self.response(ui));
        self.screenshot_step(&ctx);
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

/// The engine's notes about this exchange (a folded header joined, Content-Length overruled by
/// chunked, a body that may be truncated ...): allowed, but worth a learner's look.
fn engine_notes(ui: &mut Ui, i18n: I18n, warnings: &[wire::Warning]) {
    const SHOWN: usize = 5;
    let colour = ui.visuals().warn_fg_color;
    for warning in warnings.iter().take(SHOWN) {
        ui.label(
            RichText::new(i18n.f(
                "engine-note",
                &[("note", &i18n::note_message(i18n, warning))],
            ))
            .color(colour)
            .small(),
        );
    }
    if warnings.len() > SHOWN {
        let more = (warnings.len() - SHOWN).to_string();
        ui.label(
            RichText::new(i18n.f("engine-notes-more", &[("count", &more)]))
                .color(colour)
                .small(),
        );
    }
}
