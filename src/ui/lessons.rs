//! The Lessons window: the practice server's lessons, each with what to look at, a button that
//! fetches it, and for some a button that loads the next request (with the header that makes
//! the difference) into the request editor.

use egui::{Context, RichText};

use crate::i18n::I18n;
use crate::practice::{LESSONS, Lesson, LessonPort, LessonServer};

/// What the learner did in the Lessons window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LessonAction {
    /// Nothing.
    None,
    /// Put this lesson's address in the URL bar and fetch it.
    Fetch(&'static Lesson),
    /// Load this lesson's next request into the request editor, unsent.
    LoadNext(&'static Lesson),
    /// Save the https lesson's certificate authority to a file and trust it (Settings).
    TrustCa,
}

/// The button that saves the lesson server's certificate authority and trusts it (in the
/// Lessons window, and under the unknown-issuer error of the https lesson); whether clicked.
pub fn trust_ca_button(ui: &mut egui::Ui, i18n: I18n) -> bool {
    ui.button(i18n.t("lessons-trust-ca"))
        .on_hover_text(i18n.t("lessons-trust-ca-tooltip"))
        .clicked()
}

/// What saving the certificate authority did, in words: where the file is and how to undo, or
/// why it could not be saved.
pub fn trust_ca_outcome(ui: &mut egui::Ui, outcome: Result<&str, &str>) {
    let text = match outcome {
        Ok(done) => RichText::new(done).strong(),
        Err(problem) => RichText::new(problem).color(ui.visuals().error_fg_color),
    };
    ui.add(egui::Label::new(text).wrap());
}

/// The running practice server, or why it could not start, in words.
pub type LessonsAt<'a> = Result<&'a LessonServer, &'a str>;

/// Draw the Lessons window while `open` (its close button clears it).
/// `trusted`: what the last "save and trust" did, in words.
pub fn lessons_window(
    ctx: &Context,
    i18n: I18n,
    at: LessonsAt<'_>,
    open: &mut bool,
    trusted: Option<Result<&str, &str>>,
) -> LessonAction {
    let mut action = LessonAction::None;
    egui::Window::new(i18n.t("lessons-window-title"))
        .id(egui::Id::unique("lessons-window"))
        .open(open)
        .default_size([620.0, 520.0])
        // On the right, below the URL bar, so the address and Fetch stay in sight.
        .default_pos([(ctx.content_rect().width() - 640.0).max(8.0), 96.0])
        .vscroll(true)
        .show(ctx, |ui| {
            let server = match at {
                Ok(server) => server,
                Err(problem) => {
                    ui.label(RichText::new(problem).strong());
                    return;
                }
            };
            ui.label(i18n.f("lessons-window-intro", &[("url", &server.url("/"))]));
            ui.add_space(6.0);
            for lesson in LESSONS {
                ui.separator();
                let title = i18n.t(&format!("lesson-{}", lesson.id));
                ui.horizontal_wrapped(|ui| {
                    let fetch = ui.button(i18n.t("lessons-fetch"));
                    fetch.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::Button,
                            true,
                            i18n.f("lessons-fetch-named", &[("lesson", title)]),
                        )
                    });
                    if fetch.clicked() {
                        action = LessonAction::Fetch(lesson);
                    }
                    ui.label(RichText::new(title).strong());
                    // The path is enough on the web port (the intro gives the address); the
                    // mail and https lessons are on other ports, so their whole address shows.
                    let target = match lesson.port {
                        LessonPort::Web => lesson.path.to_owned(),
                        LessonPort::Mail | LessonPort::Tls => server.lesson_url(lesson),
                    };
                    let target = if lesson.method == "GET" {
                        target
                    } else {
                        format!("{} {target}", lesson.method)
                    };
                    ui.label(RichText::new(target).monospace().weak());
                });
                ui.label(i18n.t(&format!("lesson-{}-look", lesson.id)));
                if lesson.port == LessonPort::Tls {
                    // The lesson's second half in one click: the authority saved and trusted.
                    if trust_ca_button(ui, i18n) {
                        action = LessonAction::TrustCa;
                    }
                    if let Some(outcome) = trusted {
                        trust_ca_outcome(ui, outcome);
                    }
                }
                if let Some(next) = lesson.next {
                    let header = format!("{}: {}", next.header.0, next.header.1);
                    ui.horizontal_wrapped(|ui| {
                        let load = ui.button(i18n.t("lessons-next"));
                        load.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Button,
                                true,
                                i18n.f("lessons-next-named", &[("lesson", title)]),
                            )
                        });
                        if load.clicked() {
                            action = LessonAction::LoadNext(lesson);
                        }
                        ui.label(
                            RichText::new(format!("GET {} + {header}", next.path))
                                .monospace()
                                .weak(),
                        );
                    });
                }
            }
        });
    action
}
