//! What the server does once it has read a request: a script of steps.

use std::io::{ErrorKind, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::thread;
use std::time::{Duration, Instant};

/// How long the server keeps at any one thing, so a client that went away never leaves a server
/// thread behind forever.
pub(super) const PATIENCE: Duration = Duration::from_secs(20);

/// One step of what the server does after reading the request.
#[derive(Clone, Debug)]
pub enum Step {
    /// Write these bytes (errors are ignored: the client may have gone away on purpose).
    Send(Vec<u8>),
    /// Wait this long.
    Pause(Duration),
    /// Say nothing and keep the connection open until the client closes it.
    Hold,
    /// Write these bytes one at a time, `every` apart, over and over, until the client leaves.
    Drip(Vec<u8>, Duration),
    /// Write `chunk` bytes of `x`, `every` apart, until the client leaves: a steady stream that
    /// never lets a read wait long.
    Flood {
        /// Bytes per write.
        chunk: usize,
        /// Time between writes.
        every: Duration,
    },
}

/// `Step::Send` for anything byte-like.
pub fn send(bytes: impl AsRef<[u8]>) -> Step {
    Step::Send(bytes.as_ref().to_vec())
}

/// `Step::Pause` in milliseconds.
pub fn pause(ms: u64) -> Step {
    Step::Pause(Duration::from_millis(ms))
}

/// Play `script` on one connection, then close it politely.
pub(super) fn play(mut stream: TcpStream, script: &[Step]) {
    for step in script {
        match step {
            Step::Send(bytes) => {
                if stream.write_all(bytes).is_err() {
                    return;
                }
            }
            Step::Pause(duration) => thread::sleep(*duration),
            Step::Hold => {
                wait_for_close(&stream);
                return;
            }
            Step::Flood { chunk, every } => {
                let started = Instant::now();
                let piece = vec![b'x'; *chunk];
                while started.elapsed() < PATIENCE {
                    if stream.write_all(&piece).is_err() {
                        return;
                    }
                    thread::sleep(*every);
                }
            }
            Step::Drip(bytes, every) => {
                let started = Instant::now();
                for byte in bytes.iter().cycle() {
                    if started.elapsed() > PATIENCE
                        || stream.write_all(std::slice::from_ref(byte)).is_err()
                    {
                        return;
                    }
                    thread::sleep(*every);
                }
            }
        }
    }
    // Close our side, then wait for the client to close its side: closing with unread bytes
    // would turn the close into a reset.
    let _ = stream.shutdown(Shutdown::Write);
    wait_for_close(&stream);
}

fn wait_for_close(mut stream: &TcpStream) {
    let started = Instant::now();
    let mut sink = [0u8; 4096];
    while started.elapsed() < PATIENCE {
        match stream.read(&mut sink) {
            Ok(0) => return,
            Ok(_) => {}
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
            Err(_) => return,
        }
    }
}
