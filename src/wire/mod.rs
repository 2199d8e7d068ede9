//! The wire engine: fetch one URL over a raw `TcpStream` (and rustls), and record everything.
//!
//! No egui in here: everything can be used and tested from a test or the command line.

mod charset;
mod chunked;
mod clock;
mod compare;
mod connect;
mod content;
mod decode;
mod error;
mod exchange;
mod fetch;
mod framing;
mod head;
mod head_text;
mod limits;
mod live;
mod note_place;
mod progress;
mod proxy;
mod raw_request;
mod reader;
mod received;
mod redirect;
mod request;
mod resolve;
mod status_line;
mod target;
mod timing;
mod tls;
mod transport;
mod trust;
mod tunnel;
mod warning;

pub use charset::{
    BodyText, CHARSET_CHOICES, CharsetSource, arriving_text_encoding, decode_chosen,
};
pub use chunked::Chunk;
pub use compare::{HeaderChange, HeaderPair, compare_headers};
pub use connect::{ConnectAttempt, Connection};
pub use content::{ContentKind, ImageFormat};
pub use error::{
    CaFileProblem, CertificateFault, DecodeProblem, FetchError, HeadFault, IoProblem, LimitKind,
    LineFault, MalformedProblem, OtherTlsProblem, ProxyProblem, RequestProblem, TlsAlert,
    TlsProblem, UrlProblem, Verification, escape_bytes, push_escaped_byte,
};
pub use exchange::{Body, Exchange};
pub use fetch::{ReadEvent, Recording, fetch, read_recorded};
pub use framing::BodyFraming;
pub use head::{Header, ResponseHead};
pub use head_text::head_text;
pub use limits::Limits;
pub use live::{LIVE_BODY_BYTES, Live, LiveCopy};
pub use note_place::note_place;
pub use progress::{Cancel, Phase, Progress};
pub use proxy::{ProxyAddress, ProxyOrigin, ProxySettings};
pub use raw_request::{RawRead, raw_request_warnings};
pub use reader::{ReadStatus, ResponseReader};
pub use received::Received;
pub use redirect::fetch_following;
pub use request::{
    DEFAULT_HEADER_NAMES, FetchOptions, HttpVersion, Request, check_header, default_headers,
    is_token, parse_header_line, request_bytes, user_agent,
};
pub use resolve::DnsAnswer;
pub use target::{ParsedUrl, Target, parse as parse_url, with_http_added};
pub use timing::{SkipReason, StepTime, StepWhen, Timing};
pub use tls::utc_text;
pub use tls::{CertificateInfo, TlsInfo};
pub use trust::{SystemRoots, SystemStore, TrustedBy};
pub use tunnel::{ProxyMode, ProxyStep};
pub use warning::{NoBodyRule, StatusLineShape, Warning};
