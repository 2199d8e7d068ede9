//! The wire engine: fetch one URL over a raw `TcpStream` (and rustls), and record everything.
//!
//! No egui in here: everything can be used and tested from a test or the command line.

mod charset;
mod chunked;
mod clock;
mod connect;
mod content;
mod decode;
mod error;
mod exchange;
mod fetch;
mod framing;
mod head;
mod limits;
mod progress;
mod reader;
mod received;
mod redirect;
mod request;
mod resolve;
mod target;
mod tls;
mod transport;
mod warning;

pub use content::{ContentKind, ImageFormat};
pub use error::{FetchError, LimitKind, RequestProblem, TlsProblem, UrlProblem, escape_bytes};
pub use exchange::{
    Body, BodyFraming, BodyText, CertificateInfo, CharsetSource, Chunk, ConnectAttempt, Connection,
    DnsAnswer, Exchange, Header, ReadEvent, ResponseHead, Target, Timing, TlsInfo,
};
pub use fetch::{Recording, fetch, read_recorded};
pub use limits::Limits;
pub use progress::{Cancel, Phase, Progress};
pub use reader::{ReadStatus, ResponseReader};
pub use received::Received;
pub use redirect::fetch_following;
pub use request::{HttpVersion, Request, is_token, parse_header_line, user_agent};
pub use target::{ParsedUrl, parse as parse_url};
pub use tls::utc_text;
pub use warning::Warning;
