//! The byte pipe of one exchange: a plain TCP socket, or TLS on top of one.

use std::io::{Read, Write};
use std::net::{Shutdown, TcpStream};

use rustls::ClientConnection;

use super::clock::{Clock, Deadline};
use super::error::{FetchError, TlsProblem};
use super::progress::Phase;
use super::tls::{flush, io_error, is_pending, other_problem};

/// What one read gave.
pub(crate) enum ReadResult {
    /// This many bytes were put in the buffer.
    Data(usize),
    /// The server closed its side. `clean` is false for TLS that ended without `close_notify`.
    End { clean: bool },
    /// Nothing arrived within the polling slice; look at cancel and deadlines, then read again.
    Pending,
}

/// A connected socket, with TLS when the URL is https.
pub(crate) enum Transport {
    Plain(TcpStream),
    Tls {
        connection: Box<ClientConnection>,
        socket: TcpStream,
    },
}

impl Transport {
    /// Write all of `bytes`, waiting (with cancel and deadline) while the socket is full.
    pub fn write_all(
        &mut self,
        bytes: &[u8],
        clock: &Clock,
        deadline: &Deadline,
    ) -> Result<(), FetchError> {
        match self {
            Transport::Plain(socket) => {
                let mut written = 0;
                while written < bytes.len() {
                    match socket.write(&bytes[written..]) {
                        Ok(0) => {
                            return Err(FetchError::ConnectionReset {
                                phase: Phase::Sending,
                            });
                        }
                        Ok(n) => written += n,
                        Err(e) if is_pending(&e) => clock.check(deadline, Phase::Sending)?,
                        Err(e) => return Err(io_error(&e, Phase::Sending)),
                    }
                }
                Ok(())
            }
            Transport::Tls { connection, socket } => {
                let mut written = 0;
                while written < bytes.len() {
                    let n = connection
                        .writer()
                        .write(&bytes[written..])
                        .map_err(|e| io_error(&e, Phase::Sending))?;
                    written += n;
                    flush(connection, socket, clock, deadline, Phase::Sending)?;
                }
                Ok(())
            }
        }
    }

    /// Read what has arrived, waiting at most one polling slice.
    pub fn read(&mut self, buffer: &mut [u8], phase: Phase) -> Result<ReadResult, FetchError> {
        match self {
            Transport::Plain(socket) => match socket.read(buffer) {
                Ok(0) => Ok(ReadResult::End { clean: true }),
                Ok(n) => Ok(ReadResult::Data(n)),
                Err(e) if is_pending(&e) => Ok(ReadResult::Pending),
                Err(e) => Err(io_error(&e, phase)),
            },
            Transport::Tls { connection, socket } => loop {
                match connection.reader().read(buffer) {
                    Ok(0) => return Ok(ReadResult::End { clean: true }),
                    Ok(n) => return Ok(ReadResult::Data(n)),
                    Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
                        return Ok(ReadResult::End { clean: false });
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                    Err(e) => return Err(io_error(&e, phase)),
                }
                match connection.read_tls(socket) {
                    Ok(_) => {
                        connection
                            .process_new_packets()
                            .map_err(|e| FetchError::Tls(TlsProblem::Other(other_problem(&e))))?;
                    }
                    Err(e) if is_pending(&e) => return Ok(ReadResult::Pending),
                    Err(e) => return Err(io_error(&e, phase)),
                }
            },
        }
    }

    /// Say goodbye: `close_notify` for TLS (best effort), then close the socket.
    pub fn close(self) {
        match self {
            Transport::Plain(socket) => {
                let _ = socket.shutdown(Shutdown::Both);
            }
            Transport::Tls {
                mut connection,
                mut socket,
            } => {
                connection.send_close_notify();
                let _ = connection.write_tls(&mut socket);
                let _ = socket.shutdown(Shutdown::Both);
            }
        }
    }
}
