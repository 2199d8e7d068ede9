//! The lesson server: the lessons on 127.0.0.1, one thread per connection, until it is dropped
//! (the window's Lessons button) or the program ends (`wirepeek --practice`). Three ports: the
//! web lessons, a mail server's greeting, and the lessons again over https.

use std::io::{self, ErrorKind};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use crate::i18n::I18n;

use super::answers::{Site, answer};
use super::incoming::Incoming;
use super::lessons::{Lesson, LessonPort};
use super::mail::serve_mail;
use super::read::read_next_request;
use super::script::{close_politely, play_steps};
use super::tls::{PracticeTls, accept_tls};

/// At most this many connections are served at once; more wait in the listen queue.
const MAX_CONNECTIONS: usize = 64;
/// How long a connection may stay quiet between requests (and within one) before it is closed.
const IDLE: Duration = Duration::from_secs(5);
/// How far above the web port the mail lesson listens (8000 gives 8025, as mail's port is 25),
/// when that port is free; otherwise on any free port.
const MAIL_PORT_ABOVE: u16 = 25;
/// How far above the web port the https lesson listens (8000 gives 8443), when free.
const TLS_PORT_ABOVE: u16 = 443;

/// A running lesson server. Dropping it stops the listeners; connections being served finish.
pub struct LessonServer {
    address: SocketAddr,
    mail_address: SocketAddr,
    tls_address: SocketAddr,
    ca_pem: String,
    stop: Arc<AtomicBool>,
    language: Arc<Mutex<I18n>>,
    /// Each listener's address and the thread accepting on it.
    accepting: Vec<(SocketAddr, thread::JoinHandle<()>)>,
}

impl LessonServer {
    /// Serve the lessons on `address`, which must be 127.0.0.1 (port 0: any free port): the
    /// lessons are for this computer only, never for the network.
    pub fn start(address: SocketAddr, i18n: I18n) -> io::Result<Self> {
        if address.ip() != Ipv4Addr::LOCALHOST {
            return Err(io::Error::new(
                ErrorKind::InvalidInput,
                format!(
                    "the lessons listen on 127.0.0.1 only, not on {}",
                    address.ip()
                ),
            ));
        }
        let listener = TcpListener::bind(address)?;
        let address = listener.local_addr()?;
        let mail = side_listener(address, MAIL_PORT_ABOVE)?;
        let mail_address = mail.local_addr()?;
        let tls_listener = side_listener(address, TLS_PORT_ABOVE)?;
        let tls_address = tls_listener.local_addr()?;
        let tls = Arc::new(PracticeTls::new()?);
        let site = Arc::new(Site {
            mail_port: Some(mail_address.port()),
            tls_port: Some(tls_address.port()),
            ca_pem: Some(tls.ca_pem.clone()),
        });
        let stop = Arc::new(AtomicBool::new(false));
        let language = Arc::new(Mutex::new(i18n));
        let web = {
            let (stop, language, site) =
                (Arc::clone(&stop), Arc::clone(&language), Arc::clone(&site));
            thread::spawn(move || accept_all(&listener, &stop, &language, &site))
        };
        let mail = {
            let stop = Arc::clone(&stop);
            thread::spawn(move || accept_mail(&mail, &stop))
        };
        let secure = {
            let (stop, language, tls) =
                (Arc::clone(&stop), Arc::clone(&language), Arc::clone(&tls));
            thread::spawn(move || accept_tls(&tls_listener, &stop, &tls, &language, &site))
        };
        Ok(Self {
            address,
            mail_address,
            tls_address,
            ca_pem: tls.ca_pem.clone(),
            stop,
            language,
            accepting: vec![(address, web), (mail_address, mail), (tls_address, secure)],
        })
    }

    /// Serve the lessons on 127.0.0.1 at `port` (0: any free port).
    pub fn on_port(port: u16, i18n: I18n) -> io::Result<Self> {
        Self::start(SocketAddr::from((Ipv4Addr::LOCALHOST, port)), i18n)
    }

    /// Where it listens.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// `http://127.0.0.1:PORT` + `path`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    /// Where the mail lesson listens.
    pub fn mail_address(&self) -> SocketAddr {
        self.mail_address
    }

    /// Where the https lesson listens.
    pub fn tls_address(&self) -> SocketAddr {
        self.tls_address
    }

    /// The https lesson's certificate authority, as the text of a `.pem` file (also served at
    /// `/ca.pem`).
    pub fn ca_pem(&self) -> &str {
        &self.ca_pem
    }

    /// The address of `lesson`, on the port it is on.
    pub fn lesson_url(&self, lesson: &Lesson) -> String {
        match lesson.port {
            LessonPort::Web => self.url(lesson.path),
            LessonPort::Mail => format!("http://{}{}", self.mail_address, lesson.path),
            LessonPort::Tls => format!("https://{}{}", self.tls_address, lesson.path),
        }
    }

    /// The language of the home page and of the answers that have words, from now on.
    pub fn set_language(&self, i18n: I18n) {
        if let Ok(mut language) = self.language.lock() {
            *language = i18n;
        }
    }

    /// Serve until the program is stopped (Ctrl-C).
    pub fn wait(mut self) {
        for (_, accepting) in self.accepting.drain(..) {
            let _ = accepting.join();
        }
    }
}

impl Drop for LessonServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // The accepting threads wait in accept(); one connection wakes each to see the stop.
        for (address, accepting) in self.accepting.drain(..) {
            let _ = TcpStream::connect_timeout(&address, Duration::from_secs(1));
            let _ = accepting.join();
        }
    }
}

/// A listener `above` the web port if that port is free, else on any free port.
fn side_listener(web: SocketAddr, above: u16) -> io::Result<TcpListener> {
    let wished = web.port().checked_add(above).filter(|_| web.port() != 0);
    wished
        .and_then(|port| TcpListener::bind((Ipv4Addr::LOCALHOST, port)).ok())
        .map_or_else(|| TcpListener::bind((Ipv4Addr::LOCALHOST, 0)), Ok)
}

fn accept_mail(listener: &TcpListener, stop: &AtomicBool) {
    for stream in listener.incoming() {
        if stop.load(Ordering::SeqCst) {
            return;
        }
        if let Ok(stream) = stream {
            thread::spawn(move || serve_mail(stream));
        }
    }
}

fn accept_all(
    listener: &TcpListener,
    stop: &AtomicBool,
    language: &Arc<Mutex<I18n>>,
    site: &Arc<Site>,
) {
    let serving = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        if stop.load(Ordering::SeqCst) {
            return;
        }
        let Ok(stream) = stream else { continue };
        while serving.load(Ordering::SeqCst) >= MAX_CONNECTIONS {
            thread::sleep(Duration::from_millis(20));
        }
        serving.fetch_add(1, Ordering::SeqCst);
        let (serving, language, site) =
            (Arc::clone(&serving), Arc::clone(language), Arc::clone(site));
        thread::spawn(move || {
            serve_connection(stream, &language, &site);
            serving.fetch_sub(1, Ordering::SeqCst);
        });
    }
}

/// Answer requests on one connection until a reply closes it or the client goes away.
fn serve_connection(mut stream: TcpStream, language: &Mutex<I18n>, site: &Site) {
    // Each write goes out at once, so the slow lessons show their pauses.
    let _ = stream.set_nodelay(true);
    let _ = stream.set_read_timeout(Some(IDLE));
    let _ = stream.set_write_timeout(Some(Duration::from_secs(10)));
    let mut pending = Vec::new();
    loop {
        let raw = read_next_request(&stream, &mut pending);
        if raw.is_empty() {
            return;
        }
        let i18n = language.lock().map(|l| *l).unwrap_or_default();
        let reply = answer(&Incoming::parse(&raw), i18n, site);
        if !play_steps(&mut stream, &reply.steps) {
            return;
        }
        if !reply.keep_open {
            close_politely(&stream);
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_127_0_0_1_is_accepted() {
        for outside in ["0.0.0.0:0", "[::]:0", "[::1]:0", "127.0.0.2:0"] {
            let address: SocketAddr = outside.parse().expect("address");
            let refused = LessonServer::start(address, I18n::default()).err();
            assert_eq!(refused.map(|e| e.kind()), Some(ErrorKind::InvalidInput));
        }
    }
}
