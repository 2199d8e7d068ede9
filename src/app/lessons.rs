//! The Lessons button: the practice server started inside the window on a free port of
//! 127.0.0.1, kept while the window is open (dropping it stops the listener), and what the
//! Lessons window's buttons do.

use crate::practice::{Lesson, LessonServer};
use crate::ui::lessons::{LessonAction, lessons_window};
use crate::ui::url_bar::Draft;
use crate::wire::Request;

use super::WirepeekApp;

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
        let action = match &self.lessons {
            None => return,
            Some(Ok(server)) => lessons_window(ctx, self.i18n, Ok(server), &mut self.lessons_open),
            Some(Err(problem)) => {
                lessons_window(ctx, self.i18n, Err(problem), &mut self.lessons_open)
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
}
