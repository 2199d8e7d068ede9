//! The practice server: a scripted HTTP server on loopback that sends exact bytes, including
//! broken and hostile ones, so a fetch can be watched against a server whose every move is known.
//!
//! It only ever listens on 127.0.0.1 or ::1. The project's own tests use it; the lessons
//! (`wirepeek --practice`, the window's Lessons button) are endpoints built on the same steps,
//! served by [`LessonServer`] on 127.0.0.1 only. No egui in here.

mod answers;
mod home;
mod http_date;
mod incoming;
mod lesson_server;
mod lessons;
mod mail;
mod read;
mod script;
mod server;
mod tls;

pub use answers::{BIG_BODY_BYTES, CHUNK_EVERY, DRIP_EVERY, MANY_HEADERS, Reply, Site, answer};
pub use home::html as home_page;
pub use http_date::http_date;
pub use incoming::Incoming;
pub use lesson_server::LessonServer;
pub use lessons::{LESSON_COOKIE, LESSON_ETAG, LESSONS, Lesson, LessonPort, NextRequest, lesson};
pub use mail::serve_mail;
pub use read::read_request;
pub use script::{Step, pause, send};
pub use server::{Listener, Server, serve_every};
