//! The listener and the server thread that plays one script per connection.

use std::io::{self, ErrorKind, Write};
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener, TcpStream};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use super::read::read_request;
use super::script::{PATIENCE, Step, play};

/// A bound loopback listener whose port is known before the scripts are (for absolute redirects).
pub struct Listener {
    listener: TcpListener,
}

impl Listener {
    /// Bind `address`, which must be a loopback address (127.0.0.0/8 or ::1): the practice
    /// server never answers anyone but this computer.
    pub fn bind(address: SocketAddr) -> io::Result<Self> {
        if !address.ip().is_loopback() {
            return Err(io::Error::new(
                ErrorKind::InvalidInput,
                format!("the practice server listens on loopback only, not {address}"),
            ));
        }
        TcpListener::bind(address).map(|listener| Self { listener })
    }

    /// Bind 127.0.0.1 on a free port.
    pub fn v4() -> io::Result<Self> {
        Self::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
    }

    /// Bind [::1] on a free port (fails where this computer has no IPv6 loopback).
    pub fn v6() -> io::Result<Self> {
        Self::bind(SocketAddr::from((Ipv6Addr::LOCALHOST, 0)))
    }

    /// The address clients connect to.
    pub fn address(&self) -> io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Serve one connection per script, in order, on a thread of its own; every request read
    /// is handed to the returned [`Server`].
    pub fn serve(self, scripts: Vec<Vec<Step>>) -> io::Result<Server> {
        let addr = self.listener.local_addr()?;
        // Non-blocking, so a test whose client never comes does not keep the thread forever.
        self.listener.set_nonblocking(true)?;
        let (sender, requests) = mpsc::channel();
        let listener = self.listener;
        let handle = thread::spawn(move || {
            for script in scripts {
                let Some(stream) = accept(&listener) else {
                    return;
                };
                let request = read_request(&stream);
                if sender.send(request).is_err() {
                    return;
                }
                play(stream, &script);
            }
        });
        Ok(Server {
            addr,
            requests,
            handle: Some(handle),
        })
    }
}

/// A running scripted server.
pub struct Server {
    /// Where it listens.
    pub addr: SocketAddr,
    requests: mpsc::Receiver<Vec<u8>>,
    handle: Option<thread::JoinHandle<()>>,
}

impl Server {
    /// `http://127.0.0.1:PORT` + `path` (or `http://[::1]:PORT` + `path` on IPv6).
    pub fn url(&self, path: &str) -> String {
        match self.addr {
            SocketAddr::V4(_) => format!("http://{}{path}", self.addr),
            SocketAddr::V6(v6) => format!("http://[{}]:{}{path}", v6.ip(), v6.port()),
        }
    }

    /// The next request the server read, exactly as received, if one comes within `wait`.
    pub fn next_request(&self, wait: Duration) -> Option<Vec<u8>> {
        self.requests.recv_timeout(wait).ok()
    }

    /// Wait for the server thread to finish its scripts; `false` if it panicked.
    pub fn join(mut self) -> bool {
        self.handle
            .take()
            .is_none_or(|handle| handle.join().is_ok())
    }
}

/// A server on 127.0.0.1 that answers every connection, for as long as the program runs, with
/// what `answer` gives for the request it read (a window may fetch the same page more than once).
pub fn serve_every(answer: impl Fn(&[u8]) -> Vec<u8> + Send + 'static) -> io::Result<SocketAddr> {
    let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))?;
    let address = listener.local_addr()?;
    thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let request = read_request(&stream);
            let _ = stream.write_all(&answer(&request));
        }
    });
    Ok(address)
}

/// Wait for the next connection, for [`PATIENCE`] at most.
fn accept(listener: &TcpListener) -> Option<TcpStream> {
    let started = Instant::now();
    loop {
        match listener.accept() {
            Ok((stream, _)) => {
                stream.set_nonblocking(false).ok()?;
                stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
                stream
                    .set_write_timeout(Some(Duration::from_secs(10)))
                    .ok()?;
                return Some(stream);
            }
            Err(e) if e.kind() == ErrorKind::WouldBlock => {
                if started.elapsed() > PATIENCE {
                    return None;
                }
                thread::sleep(Duration::from_millis(2));
            }
            Err(_) => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::practice::send;

    #[test]
    fn only_loopback_addresses_are_accepted() {
        let outside = SocketAddr::from((Ipv4Addr::UNSPECIFIED, 0));
        let refused = Listener::bind(outside).err().map(|e| e.kind());
        assert_eq!(refused, Some(ErrorKind::InvalidInput));
    }

    #[test]
    fn a_script_is_played_to_the_client_and_its_request_kept() {
        use std::io::Read;
        let server = Listener::v4()
            .and_then(|l| l.serve(vec![vec![send("HTTP/1.0 200 OK\r\n\r\nhi")]]))
            .expect("serve on loopback");
        let mut client = TcpStream::connect(server.addr).expect("connect");
        client.write_all(b"GET / HTTP/1.0\r\n\r\n").expect("write");
        let mut reply = String::new();
        client.read_to_string(&mut reply).expect("read");
        assert_eq!(reply, "HTTP/1.0 200 OK\r\n\r\nhi");
        let request = server.next_request(Duration::from_secs(10));
        assert_eq!(request.as_deref(), Some(&b"GET / HTTP/1.0\r\n\r\n"[..]));
        drop(client);
        assert!(server.join());
    }
}
