//! Opening the TCP connection: each address in turn, each with its own timeout.

use std::io;
use std::net::{IpAddr, SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use super::clock::Clock;
use super::error::{FetchError, IoProblem};
use super::progress::{Cancel, Phase};

/// The TCP connection that carried the exchange.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Connection {
    /// The server's address that answered.
    pub remote: SocketAddr,
    /// This computer's end of the connection.
    pub local: Option<SocketAddr>,
}

/// One try to connect to one address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConnectAttempt {
    /// The address tried.
    pub address: SocketAddr,
    /// How long the try took.
    pub elapsed: Duration,
    /// `None` if it connected, else what went wrong, in the operating system's words (or the
    /// engine's kind name for a timeout or cancel): English, for `--json` only. Screens word
    /// `error` instead.
    pub failure: Option<String>,
    /// What went wrong, as the data the catalog turns into the learner's language.
    pub error: Option<FetchError>,
}

/// Connect to the first address that answers. Every try is recorded in `attempts`, also on failure.
pub(crate) fn connect(
    addresses: &[IpAddr],
    port: u16,
    timeout: Duration,
    clock: &Clock,
    attempts: &mut Vec<ConnectAttempt>,
) -> Result<(TcpStream, Connection), FetchError> {
    let mut last_error = None;
    for &ip in addresses {
        let address = SocketAddr::new(ip, port);
        let deadline = clock.deadline(timeout);
        let started = Instant::now();
        let limit = deadline.remaining().max(Duration::from_millis(1));
        let outcome = clock.run_on_thread("connect", &deadline, Phase::Connecting, move || {
            TcpStream::connect_timeout(&address, limit)
        });
        let elapsed = started.elapsed();
        match outcome {
            Ok(Ok(stream)) => {
                attempts.push(ConnectAttempt {
                    address,
                    elapsed,
                    failure: None,
                    error: None,
                });
                prepare(&stream).map_err(|e| FetchError::Io {
                    phase: Phase::Connecting,
                    problem: IoProblem::os(&e),
                })?;
                let connection = Connection {
                    remote: address,
                    local: stream.local_addr().ok(),
                };
                return Ok((stream, connection));
            }
            Ok(Err(error)) => {
                let classified = classify(&error, address, timeout);
                attempts.push(ConnectAttempt {
                    address,
                    elapsed,
                    failure: Some(error.to_string()),
                    error: Some(classified.clone()),
                });
                last_error = Some(classified);
            }
            Err(error) => {
                // The engine's own errors have no words here: their kind names them.
                attempts.push(ConnectAttempt {
                    address,
                    elapsed,
                    failure: Some(error.kind().to_owned()),
                    error: Some(error.clone()),
                });
                if matches!(error, FetchError::Cancelled { .. }) {
                    return Err(error);
                }
                last_error = Some(error);
            }
        }
    }
    Err(last_error.unwrap_or(FetchError::Io {
        phase: Phase::Connecting,
        problem: IoProblem::NoAddress,
    }))
}

/// Short read/write timeouts let every wait look at the cancel switch and the deadlines.
fn prepare(stream: &TcpStream) -> io::Result<()> {
    stream.set_nodelay(true)?;
    stream.set_read_timeout(Some(Cancel::CHECK_EVERY))?;
    stream.set_write_timeout(Some(Cancel::CHECK_EVERY))
}

fn classify(error: &io::Error, address: SocketAddr, timeout: Duration) -> FetchError {
    match error.kind() {
        io::ErrorKind::ConnectionRefused => FetchError::ConnectionRefused {
            address: address.to_string(),
        },
        io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock => FetchError::Timeout {
            phase: Phase::Connecting,
            limit: timeout,
        },
        io::ErrorKind::HostUnreachable
        | io::ErrorKind::NetworkUnreachable
        | io::ErrorKind::NetworkDown
        | io::ErrorKind::AddrNotAvailable => FetchError::Unreachable {
            address: address.to_string(),
            kind: error.kind(),
            os_said: error.to_string(),
        },
        _ => FetchError::Io {
            phase: Phase::Connecting,
            problem: IoProblem::os(error),
        },
    }
}
