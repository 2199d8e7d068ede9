//! The Lessons button: the practice server started inside the window on a free port of
//! 127.0.0.1, kept while the window is open (dropping it stops the listener), and what the
//! Lessons window's buttons do.

use crate::practice::{Lesson, LessonServer};
use crate::ui::lessons::{LessonAction, lessons_window, trust_ca_button, trust_ca_outcome};
use crate::ui::url_bar::Draft;
use crate::wire::Request;
use crate::wire::{FetchError, TlsProblem};

use super::WirepeekApp;

/// The file in wirepeek's state folder that keeps the lesson server's certificate authority.
pub const LESSON_CA_FILE: &str = "practice-ca.pem";

impl WirepeekApp {
    /// Open the Lessons window, starting the server the first time (or again after it failed).
    pub(super) fn open_lessons(&mut self) {
        if !matches!(self.lessons, Some(Ok(_))) {
            self.lessons = Some(LessonServer::on_port(0, self.i18n).map_err(|e| {
                self.i18n
                    .f("lessons-cannot-start", &[("detail", &e.to_string())])
            }));
        }
        self.lessons_open = true;
    }

    /// The server speaks the window's language from now on.
    pub(super) fn lessons_follow_language(&self) {
        if let Some(Ok(server)) = &self.lessons {
            server.set_language(self.i18n);
        }
    }

    /// Draw the Lessons window while it is open, and carry out what its buttons ask.
    pub(super) fn lessons_ui(&mut self, ctx: &egui::Context) {
        if !self.lessons_open {
            return;
        }
        let trusted = self
            .lesson_ca
            .as_ref()
            .map(|outcome| outcome.as_deref().map_err(String::as_str));
        let action = match &self.lessons {
            None => return,
            Some(Ok(server)) => {
                lessons_window(ctx, self.i18n, Ok(server), &mut self.lessons_open, trusted)
            }
            Some(Err(problem)) => {
                lessons_window(ctx, self.i18n, Err(problem), &mut self.lessons_open, None)
            }
        };
        let Some(Ok(server)) = &self.lessons else {
            return;
        };
        match action {
            LessonAction::None => {}
            LessonAction::Fetch(lesson) => {
                let url = server.lesson_url(lesson);
                self.fetch_lesson(ctx, url, lesson);
            }
            LessonAction::TrustCa => self.trust_lesson_ca(),
            LessonAction::LoadNext(lesson) => {
                if let Some(next) = lesson.next {
                    let request = Request {
                        headers: vec![(next.header.0.to_owned(), next.header.1.to_owned())],
                        ..Request::get(server.url(next.path))
                    };
                    self.saved.draft = Draft::from_request(&request, false);
                    self.open_editor = true;
                    self.focus_url = true;
                }
            }
        }
    }

    /// Put the lesson's request in the URL bar (and the editor, for a method or a body) and
    /// fetch it.
    fn fetch_lesson(&mut self, ctx: &egui::Context, url: String, lesson: &Lesson) {
        if self.fetching.is_some() {
            return;
        }
        let request = Request {
            method: lesson.method.to_owned(),
            body: lesson.body.map(|body| body.as_bytes().to_vec()),
            ..Request::get(url)
        };
        self.saved.draft = Draft::from_request(&request, lesson.follow);
        self.open_editor = !self.saved.draft.is_plain();
        match self.fetch_options() {
            Ok(options) => self.start_fetch(ctx, self.saved.draft.request(), options),
            Err(error) => self.refuse_to_fetch(ctx, error),
        }
    }

    /// Save the running lesson server's certificate authority to [`LESSON_CA_FILE`] in the
    /// state folder and name that file in Settings as the extra certificate authority, so the
    /// next https fetches to the lesson server trust it. What happened is kept, in words.
    fn trust_lesson_ca(&mut self) {
        let Some(Ok(server)) = &self.lessons else {
            return;
        };
        // A run that keeps no state (a screenshot) has no folder of its own: the system's
        // temporary folder then.
        let dir = (self.state_dir.clone()).unwrap_or_else(|| std::env::temp_dir().join("wirepeek"));
        let path = dir.join(LESSON_CA_FILE);
        let shown = path.display().to_string();
        let pem = server.ca_pem().to_owned();
        let written = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, &pem));
        if let Err(e) = written {
            self.lesson_ca = Some(Err(self.i18n.f(
                "lessons-trust-ca-failed",
                &[("path", &shown), ("detail", &e.to_string())],
            )));
            return;
        }
        let before = std::mem::replace(&mut self.saved.settings.ca_file, shown.clone());
        let before = before.trim().to_owned();
        // `--cacert` wins over Settings for this run: the lesson's authority joins it there.
        if let Some(extra) = &mut self.extra_ca_pem {
            extra.push(b'\n');
            extra.extend_from_slice(pem.as_bytes());
        }
        let replaced = if before.is_empty() || before == shown {
            "no"
        } else {
            "yes"
        };
        self.lesson_ca = Some(Ok(self.i18n.f(
            "lessons-trust-ca-done",
            &[
                ("path", &shown),
                ("replaced", replaced),
                ("before", &before),
            ],
        )));
    }

    /// Under the unknown-issuer error of a fetch from the running lesson server's https port:
    /// the same one-click "save and trust" the Lessons window offers, and what it did.
    pub(super) fn lesson_ca_offer(&mut self, ui: &mut egui::Ui) {
        let Some(Ok(server)) = &self.lessons else {
            return;
        };
        let tls = server.tls_address();
        let Some(exchange) = self.shown_hops().last() else {
            return;
        };
        let from_lesson = exchange.target.as_ref().is_some_and(|target| {
            target.scheme == "https"
                && target.port == tls.port()
                && (target.host_ascii == tls.ip().to_string() || target.host_ascii == "localhost")
        });
        let unknown_issuer = matches!(
            exchange.error,
            Some(FetchError::Tls(TlsProblem::UnknownIssuer))
        );
        if !(from_lesson && unknown_issuer) || self.fetching.is_some() {
            return;
        }
        if trust_ca_button(ui, self.i18n) {
            self.trust_lesson_ca();
        }
        if let Some(outcome) = &self.lesson_ca {
            trust_ca_outcome(ui, outcome.as_deref().map_err(String::as_str));
        }
    }
}
