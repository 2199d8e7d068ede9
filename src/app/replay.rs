//! Slow replay: the exchange on screen drawn again as it arrived, read by read, at a chosen
//! speed, with nothing fetched again.
//!
//! Live and replay are the same thing: every view draws "the exchange as of read k". Here the
//! learner moves k (Step), or a clock moves it (Play) at 1/1 to 1/100 of the real time. The
//! exchange as of read k is rebuilt from the recorded bytes of its first k reads by the engine's
//! own reader ([`crate::wire::read_recorded`]), only when k changes; between reads only the
//! timing moves, so the Timeline's bars grow smoothly.
//!
//! Rebuilding is linear in the bytes before read k, which for a big exchange (up to the body
//! limit, 256 MiB by default) takes longer than a frame; so it runs on a worker thread, one build
//! at a time. While it runs the views keep the last build that finished, the clock goes on, and
//! when k moves again meanwhile only the newest k is built next (the reads in between are
//! skipped, as a live fetch's window skips what arrived between two frames). At most two builds
//! are held: the one on screen and the one under way.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, Instant};

use super::Fetched;
use crate::ui::live_body::LiveBody;
use crate::ui::tabs::wire::map::WireMap;
use crate::wire::{Exchange, LIVE_BODY_BYTES, Limits, LiveCopy, Timing, read_recorded};

/// A build taking longer than this is worth saying so in the replay bar ("Preparing read 12…");
/// a quicker one would only flicker.
pub const PREPARING_NOTICE: Duration = Duration::from_millis(300);

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
}

/// The replayed exchange as of one read, ready to draw: what the views show until the next
/// build lands.
struct Built {
    /// Reads it holds (k).
    reads: usize,
    /// The clock it was built at.
    at: Duration,
    /// The exchange as of read k, for the chain.
    now: Exchange,
    wire: WireMap,
    live: LiveCopy,
    live_body: LiveBody,
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
    /// The replayed exchange as a fetch still running sees it (its body capped as a live copy's
    /// is), and its body so far as text: the response panel draws a replay as it draws a live
    /// fetch.
    live: LiveCopy,
    live_body: LiveBody,
    /// Reads the views show: those of the last build that landed.
    shown: usize,
    /// Reads the replay has reached (Step, the clock): built next, when no build runs.
    wanted: usize,
    /// Where the build under way will arrive, if one runs (a dropped sender: it failed).
    building: Option<Receiver<Built>>,
    /// Since when the views have been behind `wanted` (for "Preparing read 12…").
    waiting_since: Option<Instant>,
    /// Asked to draw a frame when a build lands.
    ctx: egui::Context,
    /// The replay's clock, in the fetch's own time (from its start).
    at: Duration,
    /// The clock runs.
    playing: bool,
    /// How fast it runs.
    pub speed: Speed,
}

impl Replay {
    /// A replay of hop `hop` of `fetched`, at its very start (before the first read), paused.
    /// Builds of later reads run on a worker thread and ask `ctx` for a frame when they land.
    pub fn start(
        fetched: Arc<Fetched>,
        hop: usize,
        limits: Limits,
        ctx: &egui::Context,
    ) -> Result<Self, CannotReplay> {
        if fetched.hop(hop).is_none() {
            return Err(CannotReplay::Nothing);
        }
        let earlier = fetched.up_to(hop);
        let chain = earlier[..earlier.len().saturating_sub(1)].to_vec();
        // Read 0 holds no received bytes: built here, quickly, so a replay starts ready to draw.
        let first =
            build(&fetched, hop, 0, Duration::ZERO, &limits).ok_or(CannotReplay::Nothing)?;
        let mut replay = Self {
            fetched,
            hop,
            limits,
            chain,
            wire: WireMap::default(),
            live: LiveCopy::default(),
            live_body: LiveBody::default(),
            shown: 0,
            wanted: 0,
            building: None,
            waiting_since: None,
            ctx: ctx.clone(),
            at: Duration::ZERO,
            playing: false,
            speed: Speed::Tenth,
        };
        replay.land(first);
        Ok(replay)
    }

    /// The exchange replayed, as it was recorded whole.
    fn recorded(&self) -> Option<&Exchange> {
        self.fetched.hop(self.hop).map(|(exchange, _)| exchange)
    }

    /// The exchanges to draw: the hops before, then the replayed one as of the read shown.
    pub fn chain(&self) -> &[Exchange] {
        &self.chain
    }

    /// The replayed exchange's bytes taken apart, as far as they arrived.
    pub fn wire(&self) -> &WireMap {
        &self.wire
    }

    /// The replayed exchange so far, as the response panel draws a live fetch.
    pub fn live(&self) -> &LiveCopy {
        &self.live
    }

    /// The replayed exchange so far and its body view, for the response panel.
    pub fn live_parts(&mut self) -> (&LiveCopy, &mut LiveBody) {
        (&self.live, &mut self.live_body)
    }

    /// Reads shown (those the views draw now), and reads in all.
    pub fn reads(&self) -> (usize, usize) {
        (self.shown, self.recorded().map_or(0, |e| e.reads.len()))
    }

    /// While the views are behind the replay: the read being prepared, and for how long the
    /// views have waited for it.
    pub fn preparing(&self) -> Option<(usize, Duration)> {
        self.waiting_since
            .map(|since| (self.wanted, since.elapsed()))
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
            self.want(0);
            self.retime();
        }
        self.playing = !self.playing;
    }

    /// One read forward (the clock stops and moves to that read's time).
    pub fn step(&mut self) {
        self.playing = false;
        let Some(next) = self.recorded().and_then(|e| e.reads.get(self.wanted)) else {
            self.at = self.length();
            self.retime();
            return;
        };
        self.at = self.at.max(next.at);
        self.want(self.wanted + 1);
        self.retime();
    }

    /// Move the clock on by `real` time at the chosen speed; the reads that had arrived by then
    /// are shown (once built). Stops at the end.
    pub fn tick(&mut self, real: Duration) {
        if !self.playing {
            return;
        }
        self.at = (self.at + real / self.speed.divisor()).min(self.length());
        let arrived = self
            .recorded()
            .map_or(0, |e| e.reads.partition_point(|r| r.at <= self.at));
        if arrived > self.wanted {
            self.want(arrived);
        }
        self.retime();
        if self.at >= self.length() {
            self.playing = false;
        }
    }

    /// Take in the build that finished, if one did, and start the next one the replay needs.
    /// Call once a frame; returns whether the views changed.
    pub fn poll(&mut self) -> bool {
        let Some(building) = &self.building else {
            self.start_build();
            return false;
        };
        let landed = match building.try_recv() {
            Ok(built) => {
                self.building = None;
                self.land(built);
                true
            }
            Err(TryRecvError::Empty) => return false,
            Err(TryRecvError::Disconnected) => {
                // The build failed: stay where the views are rather than try again every frame.
                self.building = None;
                self.wanted = self.shown;
                false
            }
        };
        self.start_build();
        landed
    }

    /// The replay reached read `reads`: build it (now if no build runs, else after the one
    /// running).
    fn want(&mut self, reads: usize) {
        self.wanted = reads;
        self.start_build();
    }

    /// Start building `wanted` on the worker thread, unless a build runs or it is on screen.
    fn start_build(&mut self) {
        if self.building.is_some() {
            return;
        }
        if self.wanted == self.shown {
            self.waiting_since = None;
            return;
        }
        self.waiting_since.get_or_insert_with(Instant::now);
        let (reads, at) = (self.wanted, self.at);
        let (fetched, hop, limits) = (Arc::clone(&self.fetched), self.hop, self.limits.clone());
        let ctx = self.ctx.clone();
        let (sender, result) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("replay".into())
            .spawn(move || {
                if let Some(built) = build(&fetched, hop, reads, at, &limits) {
                    // The replay may have ended meanwhile: then nobody wants it.
                    let _ = sender.send(built);
                }
                ctx.request_repaint();
            });
        if spawned.is_ok() {
            self.building = Some(result);
            return;
        }
        // No thread to be had: build here, this once, rather than not at all.
        match build(&self.fetched, self.hop, reads, at, &self.limits) {
            Some(built) => self.land(built),
            None => {
                self.wanted = self.shown;
                self.waiting_since = None;
            }
        }
    }

    /// Show `built`: the views draw it from this frame on.
    fn land(&mut self, built: Built) {
        let Built {
            reads,
            at,
            now,
            wire,
            live,
            mut live_body,
        } = built;
        if reads >= self.shown {
            // Further on in the same replay: the body stays scrolled where the learner left it.
            live_body.keep_place_of(&self.live_body);
        }
        self.shown = reads;
        self.wire = wire;
        self.live = live;
        self.live_body = live_body;
        let earlier = self.fetched.up_to(self.hop).len().saturating_sub(1);
        self.chain.truncate(earlier);
        self.chain.push(now);
        if at != self.at {
            // The clock moved on while it was built.
            self.retime();
        }
        if self.building.is_none() && self.wanted == self.shown {
            self.waiting_since = None;
        }
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

    /// Wait (up to `deadline`) until the views show the read the replay has reached; returns
    /// whether they do.
    #[cfg(test)]
    fn wait_until_built(&mut self, deadline: Instant) -> bool {
        loop {
            self.poll();
            let Some(building) = &self.building else {
                return self.wanted == self.shown;
            };
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            match building.recv_timeout(left) {
                Ok(built) => {
                    self.building = None;
                    self.land(built);
                }
                Err(mpsc::RecvTimeoutError::Timeout) => return false,
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    self.building = None;
                    self.wanted = self.shown;
                }
            }
        }
    }
}

/// Build hop `hop` of `fetched` as of read `reads` at time `at`, with everything the views draw
/// of it (linear in the bytes of those reads: run off the UI thread).
fn build(
    fetched: &Fetched,
    hop: usize,
    reads: usize,
    at: Duration,
    limits: &Limits,
) -> Option<Built> {
    let (recorded, _) = fetched.hop(hop)?;
    let now = as_of(recorded, reads, at, limits);
    let wire = WireMap::build(&now);
    let live = live_copy(&now);
    let mut live_body = LiveBody::default();
    live_body.update(&live);
    Some(Built {
        reads,
        at,
        now,
        wire,
        live,
        live_body,
    })
}

/// `now` as a live fetch's window holds it: the request, the heads, and the received bytes up
/// to the live copy's cap (the body view of a live fetch shows that much, and says so).
fn live_copy(now: &Exchange) -> LiveCopy {
    let body_start = now.head.as_ref().map_or(0, |head| head.range.end);
    let cap = body_start
        .saturating_add(LIVE_BODY_BYTES)
        .min(now.received.len());
    let mut live = LiveCopy::default();
    live.received_total = now.received.len();
    live.exchange = Exchange {
        request_bytes: now.request_bytes.clone(),
        received: now.received.get(..cap).unwrap_or_default().to_vec(),
        interim: now.interim.clone(),
        head: now.head.clone(),
        timing: now.timing,
        ..Exchange::default()
    };
    live
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

    /// A hang guard for waiting on a build: not how long one may take.
    const HANG_GUARD: Duration = Duration::from_secs(300);

    fn replay_of(exchange: Exchange) -> Replay {
        let fetched = Arc::new(Fetched::prepare(vec![exchange]));
        Replay::start(
            fetched,
            usize::MAX,
            Limits::default(),
            &egui::Context::default(),
        )
        .expect("an exchange")
    }

    fn replay() -> Replay {
        replay_of(recorded())
    }

    /// Wait until the views show the read the replay has reached.
    fn settle(replay: &mut Replay) {
        assert!(
            replay.wait_until_built(Instant::now() + HANG_GUARD),
            "hung: the build never landed"
        );
        assert!(replay.preparing().is_none(), "nothing left to prepare");
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
        settle(&mut replay);
        assert_eq!(shown(&replay).status_code(), Some(200), "the head arrived");
        assert_eq!(shown(&replay).body_bytes(), b"");
        replay.step();
        settle(&mut replay);
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
        settle(&mut replay);
        assert_eq!(shown(&replay).body_bytes(), b"helloworld");
        assert!(!replay.is_arriving(), "the end");
        replay.step();
        settle(&mut replay);
        assert_eq!(replay.reads(), (3, 3), "no read after the last");
    }

    #[test]
    fn the_clock_shows_what_had_arrived_by_then_at_the_chosen_speed() {
        let mut replay = replay();
        replay.speed = Speed::Tenth;
        replay.toggle_play();
        // 150 ms of real time at a tenth: 15 ms of the fetch, the head and no body yet.
        replay.tick(Duration::from_millis(150));
        settle(&mut replay);
        assert_eq!(replay.reads().0, 1);
        assert_eq!(replay.clock().0, Duration::from_millis(15));
        assert_eq!(
            shown(&replay).timing.done,
            Some(Duration::from_millis(15)),
            "the step under way is drawn up to now"
        );
        replay.tick(Duration::from_secs(10));
        settle(&mut replay);
        assert_eq!(replay.reads().0, 3);
        assert!(!replay.is_playing(), "stops at the end");
        assert_eq!(shown(&replay).body_bytes(), b"helloworld");
        replay.toggle_play();
        assert!(replay.is_playing());
        settle(&mut replay);
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
                    ("read", "12"),
                ],
            );
            assert!(
                text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)),
                "{id}: {text}"
            );
        }
    }

    #[test]
    fn the_views_keep_the_last_build_until_the_next_one_lands() {
        let mut replay = replay();
        replay.step();
        replay.step();
        // Nothing lands between frames: the views still show read 0, the bar what is coming.
        assert_eq!(replay.reads().0, 0);
        assert!(shown(&replay).received.is_empty());
        assert_eq!(replay.preparing().map(|(read, _)| read), Some(2));
        assert_eq!(
            replay.clock().0,
            Duration::from_millis(20),
            "the clock moved at once"
        );
        assert_eq!(
            shown(&replay).timing.first_byte,
            Some(Duration::from_millis(10)),
            "and so did the steps the views draw"
        );
        settle(&mut replay);
        assert_eq!(
            replay.reads().0,
            2,
            "the newest read wanted, not each on the way"
        );
        assert_eq!(shown(&replay).body_bytes(), b"hello");
    }

    /// A reply of `lines` numbered lines of 64 bytes, recorded in reads of `read` bytes after
    /// a read bringing the head alone, one millisecond apart.
    fn big(lines: usize, read: usize) -> (Exchange, Vec<u8>) {
        let body: Vec<u8> = (0..lines)
            .flat_map(|n| format!("line {n:>10} {:.<47}\n", "").into_bytes())
            .collect();
        let head = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n",
            body.len()
        );
        let mut reply = head.clone().into_bytes();
        reply.extend_from_slice(&body);
        let mut exchange = read_recorded(reply, false, &Limits::default());
        assert!(exchange.error.is_none(), "{:?}", exchange.error);
        exchange.reads = std::iter::once(head.len()..head.len())
            .chain(
                (0..body.len())
                    .step_by(read)
                    .map(|start| head.len() + start..head.len() + (start + read).min(body.len())),
            )
            .enumerate()
            .map(|(n, range)| ReadEvent {
                offset: if n == 0 { 0 } else { range.start },
                len: if n == 0 { head.len() } else { range.len() },
                at: Duration::from_millis(n as u64 + 1),
            })
            .collect();
        exchange.timing.first_byte = Some(Duration::from_millis(1));
        exchange.timing.done = exchange.reads.last().map(|r| r.at);
        (exchange, body)
    }

    #[test]
    fn an_exchange_of_many_megabytes_is_replayed_read_by_read() {
        // 8 MiB of body in 128 reads of 64 KiB: four times what the replay once refused.
        let (exchange, body) = big(8 * 1024 * 1024 / 64, 64 * 1024);
        let mut replay = replay_of(exchange);
        assert_eq!(replay.reads(), (0, 129));
        for _ in 0..100 {
            replay.step();
        }
        settle(&mut replay);
        assert_eq!(replay.reads().0, 100);
        // The head, then 99 reads of body.
        let so_far = 99 * 64 * 1024;
        assert_eq!(shown(&replay).body_bytes(), &body[..so_far]);
        assert!(
            shown(&replay).error.is_none(),
            "still arriving, not cut off"
        );
        assert!(replay.is_arriving());
        // The response panel holds what a live fetch's holds: the body up to its cap, counted
        // whole.
        let live = replay.live();
        assert_eq!(live.received_total, shown(&replay).received.len());
        assert!(live.body_capped());
        assert_eq!(live.body_wire_bytes(), &body[..LIVE_BODY_BYTES]);
        assert_eq!(replay.live_body.text().len(), LIVE_BODY_BYTES);
        assert_eq!(
            replay
                .wire()
                .row_of_received(shown(&replay).received.len() - 1)
                + 1,
            replay.wire().row_count(),
            "the Wire tab's rows end at the last byte received"
        );

        replay.speed = Speed::Real;
        replay.toggle_play();
        replay.tick(Duration::from_secs(1));
        settle(&mut replay);
        assert_eq!(replay.reads(), (129, 129));
        assert!(!replay.is_arriving(), "the end");
        assert_eq!(shown(&replay).body_bytes(), &body[..]);
    }
}
