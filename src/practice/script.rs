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
    /// Write this many bytes of plain text, made as they go out and never held whole, so a body
    /// of any size costs the server one small buffer.
    Generate(u64),
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
    if play_steps(&mut stream, script) {
        close_politely(&stream);
    }
}

/// Play `script` and leave the connection open; `false` when the connection is done for (the
/// client left, or a step such as [`Step::Hold`] ends it).
pub(super) fn play_steps(stream: &mut TcpStream, script: &[Step]) -> bool {
    for step in script {
        match step {
            Step::Send(bytes) => {
                if stream.write_all(bytes).is_err() {
                    return false;
                }
            }
            Step::Pause(duration) => thread::sleep(*duration),
            Step::Hold => {
                wait_for_close(stream);
                return false;
            }
            Step::Generate(total) => {
                if write_generated(stream, *total).is_err() {
                    return false;
                }
            }
            Step::Flood { chunk, every } => {
                let started = Instant::now();
                let piece = vec![b'x'; *chunk];
                while started.elapsed() < PATIENCE {
                    if stream.write_all(&piece).is_err() {
                        return false;
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
                        return false;
                    }
                    thread::sleep(*every);
                }
                return false;
            }
        }
    }
    true
}

/// Close our side, then wait for the client to close its side: closing with unread bytes
/// would turn the close into a reset.
pub(super) fn close_politely(stream: &TcpStream) {
    let _ = stream.shutdown(Shutdown::Write);
    wait_for_close(stream);
}

/// Write `total` bytes of numbered text lines, one small buffer at a time.
pub(super) fn write_generated(stream: &mut impl Write, total: u64) -> std::io::Result<()> {
    let mut block = Vec::with_capacity(64 * 1024);
    let mut line = 0u64;
    let mut left = total;
    while left > 0 {
        block.clear();
        while block.len() < 64 * 1024 {
            line += 1;
            block.extend_from_slice(
                format!("line {line:>9} of a body made as it is sent, never stored\n").as_bytes(),
            );
        }
        let take = usize::try_from(left).map_or(block.len(), |left| left.min(block.len()));
        stream.write_all(&block[..take])?;
        left -= take as u64;
    }
    Ok(())
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
