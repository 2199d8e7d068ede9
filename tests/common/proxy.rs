//! A small HTTP proxy on 127.0.0.1 for the tests: it takes one connection, reads the request
//! head, and then does what the test asks: forward to a loopback server (absolute form or
//! `CONNECT` tunnel), answer with fixed bytes, or hang up. It refuses to go anywhere but
//! loopback.

use std::io::{Read, Write};
use std::net::{IpAddr, Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::mpsc::{Receiver, channel};
use std::thread;
use std::time::Duration;

use wirepeek::wire::{ProxyAddress, ProxyOrigin, ProxySettings};

/// What the proxy does with the request head it read.
pub enum Behaviour {
    /// Forward it: absolute form to the origin in origin form, `CONNECT` by answering `200` and
    /// passing the bytes both ways.
    Forward,
    /// Answer with these bytes, then close.
    Answer(Vec<u8>),
    /// Answer `CONNECT` with `200`, then close before passing anything.
    AcceptThenClose,
    /// Close at once without a word.
    Close,
}

/// A running test proxy.
pub struct TestProxy {
    pub addr: SocketAddr,
    heads: Receiver<Vec<u8>>,
}

impl TestProxy {
    /// Every URL through this proxy, as `--proxy` would set it.
    pub fn settings(&self) -> ProxySettings {
        let text = format!("http://{}", self.addr);
        ProxySettings::through(
            ProxyAddress::parse(&text, ProxyOrigin::CommandLine).expect("proxy address"),
        )
    }

    /// The request head the proxy read, exactly as received.
    pub fn head(&self) -> Vec<u8> {
        self.heads
            .recv_timeout(Duration::from_secs(10))
            .expect("the proxy received no request")
    }
}

/// Start a proxy on 127.0.0.1 that serves one connection.
pub fn start(behaviour: Behaviour) -> TestProxy {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind the test proxy");
    let addr = listener.local_addr().expect("proxy address");
    let (sender, heads) = channel();
    thread::spawn(move || {
        let Ok((mut client, _)) = listener.accept() else {
            return;
        };
        client.set_read_timeout(Some(Duration::from_secs(10))).ok();
        let head = read_head(&mut client);
        let _ = sender.send(head.clone());
        serve(client, &head, behaviour);
    });
    TestProxy { addr, heads }
}

fn read_head(client: &mut TcpStream) -> Vec<u8> {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match client.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => break,
        }
    }
    head
}

fn serve(mut client: TcpStream, head: &[u8], behaviour: Behaviour) {
    let text = String::from_utf8_lossy(head).into_owned();
    let mut words = text.split(' ');
    let method = words.next().unwrap_or_default().to_owned();
    let target = words.next().unwrap_or_default().to_owned();
    match behaviour {
        Behaviour::Close => {}
        Behaviour::Answer(bytes) => {
            let _ = client.write_all(&bytes);
        }
        Behaviour::AcceptThenClose => {
            let _ = client.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n");
        }
        Behaviour::Forward if method == "CONNECT" => {
            let origin = TcpStream::connect(loopback(&target)).expect("connect to the origin");
            client
                .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
                .expect("answer CONNECT");
            splice(client, origin);
        }
        Behaviour::Forward => {
            // `http://127.0.0.1:PORT/path` -> connect to PORT, send `GET /path HTTP/1.1`.
            let rest = target.strip_prefix("http://").expect("absolute form");
            let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
            let mut origin = TcpStream::connect(loopback(authority)).expect("connect to origin");
            let path = if path.is_empty() { "/" } else { path };
            let rewritten = text.replacen(&target, path, 1);
            origin.write_all(rewritten.as_bytes()).expect("forward");
            splice(client, origin);
        }
    }
}

/// `host:port` of a loopback address, or the test fails: the proxy never goes elsewhere.
fn loopback(authority: &str) -> SocketAddr {
    let address: SocketAddr = authority.parse().expect("an IP address and port");
    assert!(
        matches!(address.ip(), IpAddr::V4(ip) if ip.is_loopback())
            || matches!(address.ip(), IpAddr::V6(ip) if ip.is_loopback()),
        "the test proxy only goes to loopback, not {address}"
    );
    address
}

/// Pass bytes both ways until either side closes.
fn splice(client: TcpStream, origin: TcpStream) {
    let (Ok(mut client_in), Ok(mut origin_in)) = (client.try_clone(), origin.try_clone()) else {
        return;
    };
    let mut client_out = client;
    let mut origin_out = origin;
    let upstream = thread::spawn(move || {
        let _ = std::io::copy(&mut client_in, &mut origin_out);
        let _ = origin_out.shutdown(Shutdown::Write);
    });
    let _ = std::io::copy(&mut origin_in, &mut client_out);
    let _ = client_out.shutdown(Shutdown::Write);
    let _ = upstream.join();
}
