//! Slow replay: the exchange on screen drawn again as it arrived, read by read, at a chosen
//! speed, with nothing fetched again.
//!
//! Live and replay are the same thing: every view draws "the exchange as of read k". Here the
//! learner moves k (Step), or a clock moves it (Play) at 1/1 to 1/100 of the real time. The
//! exchange as of read k is rebuilt from the recorded bytes of its first k reads by the engine's
//! own reader ([`crate::wire::read_recorded`]), only when k changes; between reads only the
//! timing moves, so the Timeline's bars grow smoothly.

use std::sync::Arc;
use std::time::Duration;

use super::Fetched;
use crate::ui::live_body::LiveBody;
use crate::ui::tabs::wire::map::WireMap;
use crate::wire::{Exchange, Limits, LiveCopy, Timing, read_recorded};

/// Exchanges bigger than this are not replayed: each read re-reads the bytes before it on the UI
/// thread, which stays quick only for small exchanges (the window says so for bigger ones).
pub const REPLAY_MAX_BYTES: usize = 2 * 1024 * 1024;

/// How fast the replay's clock runs, as a part of real time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speed {
    /// As fast as it happened.
    Real,
    /// Half as fast.
    Half,
    /// A fifth.
    Fifth,
    /// A tenth.
    Tenth,
    /// A hundredth: 10 ms of the fetch take a second.
    Hundredth,
}

impl Speed {
    /// Every speed, fastest first.
    pub const ALL: &[Speed] = &[
        Speed::Real,
        Speed::Half,
        Speed::Fifth,
        Speed::Tenth,
        Speed::Hundredth,
    ];

    /// How many times slower than real time.
    pub fn divisor(self) -> u32 {
        match self {
            Speed::Real => 1,
            Speed::Half => 2,
            Speed::Fifth => 5,
            Speed::Tenth => 10,
            Speed::Hundredth => 100,
        }
    }

    /// The speed as written on its button: `1x`, `1/2`, ... (the same in every language).
    pub fn label(self) -> String {
        match self {
            Speed::Real => "1x".to_owned(),
            other => format!("1/{}", other.divisor()),
        }
    }
}

/// Why an exchange cannot be replayed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CannotReplay {
    /// No exchange is on screen.
    Nothing,
    /// More bytes than [`REPLAY_MAX_BYTES`].
    TooBig {
        /// The bytes received.
        size: usize,
    },
}

/// A replay in progress.
pub struct Replay {
    fetched: Arc<Fetched>,
    /// Which hop of the chain is replayed (the one on screen).
    hop: usize,
    limits: Limits,
    /// The hops before the replayed one, then the replayed one as of read `shown`.
    chain: Vec<Exchange>,
    wire: WireMap,
    /// The replayed exchange as a fetch still running sees it, and its body so far as text:
    /// the response panel draws a replay as it draws a live fetch.
    live: LiveCopy,
    live_body: LiveBody,
    /// Reads shown (k).
    shown: usize,
    /// The replay's clock, in the fetch's own time (from its start).
    at: Duration,
    /// The clock runs.
    playing: bool,
    /// How fast it runs.
    pub speed: Speed,
}

impl Replay {
    /// A replay of hop `hop` of `fetched`, at its very start (before the first read), paused.
    pub fn start(fetched: Arc<Fetched>, hop: usize, limits: Limits) -> Result<Self, CannotReplay> {
        let (last, _) = fetched.hop(hop).ok_or(CannotReplay::Nothing)?;
        let size = last.received.len() + last.request_bytes.len();
        if size > REPLAY_MAX_BYTES {
            return Err(CannotReplay::TooBig { size });
        }
        let earlier = fetched.up_to(hop);
        let chain = earlier[..earlier.len().saturating_sub(1)].to_vec();
        let mut replay = Self {
            fetched,
            hop,
            limits,
            chain,
            wire: WireMap::default(),
            live: LiveCopy::default(),
            live_body: LiveBody::default(),
            shown: 0,
            at: Duration::ZERO,
            playing: false,
            speed: Speed::Tenth,
        };
        replay.rebuild();
        Ok(replay)
    }

    /// The exchange replayed, as it was recorded whole.
    fn recorded(&self) -> Option<&Exchange> {
        self.fetched.hop(self.hop).map(|(exchange, _)| exchange)
    }

    /// The exchanges to draw: the hops before, then the replayed one as of the current read.
    pub fn chain(&self) -> &[Exchange] {
        &self.chain
    }

    /// The replayed exchange's bytes taken apart, as far as they arrived.
    pub fn wire(&self) -> &WireMap {
        &self.wire
    }

    /// The replayed exchange so far, as the status area and response panel draw a live fetch.
    pub fn live(&self) -> &LiveCopy {
        &self.live
    }

    /// The replayed exchange so far and its body view, for the response panel.
    pub fn live_parts(&mut self) -> (&LiveCopy, &mut LiveBody) {
        (&self.live, &mut self.live_body)
    }

    /// Reads shown, and reads in all.
    pub fn reads(&self) -> (usize, usize) {
        (self.shown, self.recorded().map_or(0, |e| e.reads.len()))
    }

    /// The clock, and the length of the whole fetch.
    pub fn clock(&self) -> (Duration, Duration) {
        (self.at, self.length())
    }

    /// Whether the clock runs.
    pub fn is_playing(&self) -> bool {
        self.playing
    }

    /// Whether the replay has not reached the end yet (the views then say "so far").
    pub fn is_arriving(&self) -> bool {
        self.at < self.length() || self.shown < self.reads().1
    }

    /// How long the fetch took, from its start to its end (or its last read).
    fn length(&self) -> Duration {
        self.recorded().map_or(Duration::ZERO, |e| {
            let last_read = e.reads.last().map_or(Duration::ZERO, |r| r.at);
            e.timing.done.unwrap_or(last_read).max(last_read)
        })
    }

    /// Start or stop the clock; at the end, Play starts over.
    pub fn toggle_play(&mut self) {
        if !self.playing && !self.is_arriving() {
            self.at = Duration::ZERO;
            self.shown = 0;
            // The body view only ever takes in more bytes: a new start needs a new one.
            self.live_body = LiveBody::default();
            self.rebuild();
        }
        self.playing = !self.playing;
    }

    /// One read forward (the clock stops and moves to that read's time).
    pub fn step(&mut self) {
        self.playing = false;
        let Some(next) = self.recorded().and_then(|e| e.reads.get(self.shown)) else {
            self.at = self.length();
            self.retime();
            return;
        };
        self.at = self.at.max(next.at);
        self.shown += 1;
        self.rebuild();
    }

    /// Move the clock on by `real` time at the chosen speed; the reads that had arrived by then
    /// are shown. Stops at the end.
    pub fn tick(&mut self, real: Duration) {
        if !self.playing {
            return;
        }
        self.at = (self.at + real / self.speed.divisor()).min(self.length());
        let arrived = self
            .recorded()
            .map_or(0, |e| e.reads.partition_point(|r| r.at <= self.at));
        if arrived > self.shown {
            self.shown = arrived;
            self.rebuild();
        } else {
            self.retime();
        }
        if self.at >= self.length() {
            self.playing = false;
        }
    }

    /// Build the replayed exchange as of read `shown` (when `shown` changed).
    fn rebuild(&mut self) {
        let Some(recorded) = self.recorded() else {
            return;
        };
        let now = as_of(recorded, self.shown, self.at, &self.limits);
        self.wire = WireMap::build(&now);
        self.live.received_total = now.received.len();
        self.live.exchange = now.clone();
        self.live_body.update(&self.live);
        let earlier = self.fetched.up_to(self.hop).len().saturating_sub(1);
        self.chain.truncate(earlier);
        self.chain.push(now);
    }

    /// Only the clock moved: the steps that had finished by then.
    fn retime(&mut self) {
        let Some(timing) = self.recorded().map(|e| e.timing) else {
            return;
        };
        let at = self.at;
        if let Some(now) = self.chain.last_mut() {
            now.timing = timing_at(&timing, at);
        }
    }
}

/// `recorded` as it stood after its first `reads` reads, at time `at`: the request and the
/// connection as they were, the received bytes of those reads read again by the engine's reader,
/// the steps that had finished by `at`, and no error yet (the rest has not happened).
pub fn as_of(recorded: &Exchange, reads: usize, at: Duration, limits: &Limits) -> Exchange {
    let end = recorded.reads[..reads.min(recorded.reads.len())]
        .last()
        .map_or(0, |r| r.offset + r.len);
    let whole = reads >= recorded.reads.len();
    let mut now = if whole {
        recorded.clone()
    } else {
        let prefix = recorded.received.get(..end).unwrap_or_default().to_vec();
        let mut now = read_recorded(prefix, recorded.method.eq_ignore_ascii_case("HEAD"), limits);
        // What came before the answer is the same at every read.
        now.request = recorded.request.clone();
        now.started_at = recorded.started_at;
        now.started_wall = recorded.started_wall;
        now.method.clone_from(&recorded.method);
        now.url_typed.clone_from(&recorded.url_typed);
        now.url_normalized.clone_from(&recorded.url_normalized);
        now.version = recorded.version;
        now.target.clone_from(&recorded.target);
        now.dns.clone_from(&recorded.dns);
        now.connect_attempts.clone_from(&recorded.connect_attempts);
        now.connection.clone_from(&recorded.connection);
        now.tls.clone_from(&recorded.tls);
        now.request_bytes.clone_from(&recorded.request_bytes);
        now.request_headers.clone_from(&recorded.request_headers);
        now.request_body_bytes = recorded.request_body_bytes;
        now.reads = recorded.reads[..reads].to_vec();
        // The reader was told the bytes ended here; they did not, the rest was on its way.
        now.error = None;
        now
    };
    if !whole || at < recorded.timing.done.unwrap_or_default() {
        now.timing = timing_at(&recorded.timing, at);
    }
    now
}

/// The steps of `timing` that had finished by `at`; the fetch's end is `at` until it is reached
/// (so the step under way is drawn up to now).
fn timing_at(timing: &Timing, at: Duration) -> Timing {
    let by_then = |when: Option<Duration>| when.filter(|w| *w <= at);
    Timing {
        dns: by_then(timing.dns),
        connect: by_then(timing.connect),
        proxy_tunnel: by_then(timing.proxy_tunnel),
        tls: by_then(timing.tls),
        request_written: by_then(timing.request_written),
        first_byte: by_then(timing.first_byte),
        head_complete: by_then(timing.head_complete),
        done: Some(by_then(timing.done).unwrap_or(at)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::ReadEvent;

    const REPLY: &str = "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhelloworld";

    /// The reply recorded in three reads: the head, `hello`, `world`.
    fn recorded() -> Exchange {
        let mut exchange = read_recorded(REPLY.as_bytes().to_vec(), false, &Limits::default());
        let head = REPLY.len() - 10;
        let ms = Duration::from_millis;
        exchange.reads = vec![
            ReadEvent {
                offset: 0,
                len: head,
                at: ms(10),
            },
            ReadEvent {
                offset: head,
                len: 5,
                at: ms(20),
            },
            ReadEvent {
                offset: head + 5,
                len: 5,
                at: ms(30),
            },
        ];
        exchange.timing = Timing {
            connect: Some(ms(2)),
            request_written: Some(ms(3)),
            first_byte: Some(ms(10)),
            head_complete: Some(ms(10)),
            done: Some(ms(30)),
            ..Timing::default()
        };
        exchange
    }

    fn replay() -> Replay {
        let fetched = Arc::new(Fetched::prepare(vec![recorded()]));
        Replay::start(fetched, usize::MAX, Limits::default()).expect("small")
    }

    fn shown(replay: &Replay) -> &Exchange {
        replay.chain().last().expect("an exchange")
    }

    #[test]
    fn each_step_shows_one_more_read_and_nothing_after_it() {
        let mut replay = replay();
        assert_eq!(replay.reads(), (0, 3));
        assert!(shown(&replay).received.is_empty());
        assert!(shown(&replay).head.is_none());
        replay.step();
        assert_eq!(shown(&replay).status_code(), Some(200), "the head arrived");
        assert_eq!(shown(&replay).body_bytes(), b"");
        replay.step();
        assert_eq!(shown(&replay).body_bytes(), b"hello");
        assert!(
            shown(&replay).error.is_none(),
            "not cut off: still arriving"
        );
        assert_eq!(shown(&replay).reads.len(), 2);
        assert_eq!(
            shown(&replay).timing.first_byte,
            Some(Duration::from_millis(10))
        );
        assert!(replay.is_arriving());
        replay.step();
        assert_eq!(shown(&replay).body_bytes(), b"helloworld");
        assert!(!replay.is_arriving(), "the end");
        replay.step();
        assert_eq!(replay.reads(), (3, 3), "no read after the last");
    }

    #[test]
    fn the_clock_shows_what_had_arrived_by_then_at_the_chosen_speed() {
        let mut replay = replay();
        replay.speed = Speed::Tenth;
        replay.toggle_play();
        // 150 ms of real time at a tenth: 15 ms of the fetch, the head and no body yet.
        replay.tick(Duration::from_millis(150));
        assert_eq!(replay.reads().0, 1);
        assert_eq!(replay.clock().0, Duration::from_millis(15));
        assert_eq!(
            shown(&replay).timing.done,
            Some(Duration::from_millis(15)),
            "the step under way is drawn up to now"
        );
        replay.tick(Duration::from_secs(10));
        assert_eq!(replay.reads().0, 3);
        assert!(!replay.is_playing(), "stops at the end");
        assert_eq!(shown(&replay).body_bytes(), b"helloworld");
        replay.toggle_play();
        assert!(replay.is_playing());
        assert_eq!(replay.reads().0, 0, "Play at the end starts over");
    }

    #[test]
    fn every_replay_word_is_in_korean_too() {
        let index = crate::i18n::SUBJECTS
            .iter()
            .position(|s| *s == "replay")
            .expect("subject");
        let english = crate::i18n::parse(crate::i18n::LANGUAGES[0].files[index]).expect("parses");
        let korean = crate::i18n::I18n::new("ko").expect("Korean");
        for id in crate::i18n::message_ids(&english) {
            let text = korean.f(
                &id,
                &[
                    ("shown", "2"),
                    ("reads", "4"),
                    ("at", "1 ms"),
                    ("length", "3 ms"),
                    ("size", "3 MiB"),
                    ("limit", "2 MiB"),
                ],
            );
            assert!(
                text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)),
                "{id}: {text}"
            );
        }
    }

    #[test]
    fn a_big_exchange_is_not_replayed() {
        let mut big = recorded();
        big.received = vec![b'x'; REPLAY_MAX_BYTES + 1];
        let fetched = Arc::new(Fetched::prepare(vec![big]));
        assert!(matches!(
            Replay::start(fetched, usize::MAX, Limits::default()),
            Err(CannotReplay::TooBig { .. })
        ));
    }
}
