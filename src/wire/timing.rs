//! When each step of a fetch finished: the numbers behind the timeline.

use std::ops::Range;
use std::time::Duration;

use super::progress::Phase;

/// When each step finished, from the start of the fetch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Timing {
    /// The name lookup finished.
    pub dns: Option<Duration>,
    /// The TCP connection was open.
    pub connect: Option<Duration>,
    /// The proxy opened the tunnel (https through a proxy only).
    pub proxy_tunnel: Option<Duration>,
    /// The TLS handshake finished.
    pub tls: Option<Duration>,
    /// The request was written.
    pub request_written: Option<Duration>,
    /// The first byte of the response arrived.
    pub first_byte: Option<Duration>,
    /// The final response head was complete.
    pub head_complete: Option<Duration>,
    /// Everything was done (also on failure).
    pub done: Option<Duration>,
}

/// One step of a fetch on a timeline: when it ran, or why it did not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepTime {
    /// The step (one of the network phases: DNS, connect, TLS, sending, waiting, receiving).
    pub phase: Phase,
    /// When it ran, or why not.
    pub when: StepWhen,
}

/// When a step ran, measured from the start of its fetch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepWhen {
    /// It ran and finished.
    Ran(Range<Duration>),
    /// The fetch stopped during this step (an error, a timeout, Cancel).
    Stopped(Range<Duration>),
    /// It was not needed.
    Skipped(SkipReason),
    /// The fetch stopped before it.
    NotReached,
}

/// Why a step was not needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SkipReason {
    /// The host is an IP address: there is no name to look up.
    IpAddress,
    /// Plain `http://` has no TLS.
    PlainHttp,
}

impl SkipReason {
    /// A stable name, for translation keys.
    pub fn key(self) -> &'static str {
        match self {
            SkipReason::IpAddress => "ip_address",
            SkipReason::PlainHttp => "plain_http",
        }
    }
}

impl Timing {
    /// The network steps of a fetch in order, each with when it ran or why it did not: the
    /// numbers behind a timeline. `stopped` says the fetch ended with an error (the step it was
    /// in is then [`StepWhen::Stopped`]).
    pub fn steps(&self, host_is_ip: bool, https: bool, stopped: bool) -> Vec<StepTime> {
        self.steps_through(host_is_ip, https, false, stopped)
    }

    /// [`Timing::steps`], with the proxy tunnel as a step of its own after the connection when
    /// `tunnel` says the fetch asked a proxy for one.
    pub fn steps_through(
        &self,
        host_is_ip: bool,
        https: bool,
        tunnel: bool,
        stopped: bool,
    ) -> Vec<StepTime> {
        let receiving_end = self.first_byte.and(self.done);
        let mut plan = vec![
            (
                Phase::Resolving,
                self.dns,
                host_is_ip.then_some(SkipReason::IpAddress),
            ),
            (Phase::Connecting, self.connect, None),
            (
                Phase::TlsHandshake,
                self.tls,
                (!https).then_some(SkipReason::PlainHttp),
            ),
            (Phase::Sending, self.request_written, None),
            (Phase::Waiting, self.first_byte, None),
            (Phase::Downloading, receiving_end, None),
        ];
        if tunnel {
            plan.insert(2, (Phase::ProxyTunnel, self.proxy_tunnel, None));
        }
        let mut steps = Vec::with_capacity(plan.len());
        let mut start = Duration::ZERO;
        let mut reached = true;
        for (index, (phase, end, skip)) in plan.iter().copied().enumerate() {
            let when = if let Some(reason) = skip {
                // An IP address is "looked up" in no time; still, later steps start after it.
                start = end.unwrap_or(start);
                StepWhen::Skipped(reason)
            } else if !reached {
                StepWhen::NotReached
            } else if let Some(end) = end {
                let ran = start..end.max(start);
                start = ran.end;
                StepWhen::Ran(ran)
            } else if plan[index + 1..]
                .iter()
                .any(|(_, later, _)| later.is_some())
            {
                // Skipped over, e.g. the server answered before the request was all written.
                StepWhen::Ran(start..start)
            } else {
                reached = false;
                StepWhen::Stopped(start..self.done.unwrap_or(start).max(start))
            };
            steps.push(StepTime { phase, when });
        }
        if stopped
            && !steps.iter().any(|s| matches!(s.when, StepWhen::Stopped(_)))
            && let Some(last) = steps
                .iter_mut()
                .rev()
                .find(|s| matches!(s.when, StepWhen::Ran(_)))
            && let StepWhen::Ran(range) = &last.when
        {
            last.when = StepWhen::Stopped(range.clone());
        }
        steps
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(n: u64) -> Option<Duration> {
        Some(Duration::from_millis(n))
    }

    #[test]
    fn a_complete_plain_http_fetch_to_an_ip_address() {
        let timing = Timing {
            dns: ms(0),
            connect: ms(2),
            proxy_tunnel: None,
            tls: None,
            request_written: ms(3),
            first_byte: ms(10),
            head_complete: ms(10),
            done: ms(15),
        };
        let steps = timing.steps(true, false, false);
        let whens: Vec<StepWhen> = steps.into_iter().map(|s| s.when).collect();
        let d = Duration::from_millis;
        assert_eq!(
            whens,
            [
                StepWhen::Skipped(SkipReason::IpAddress),
                StepWhen::Ran(d(0)..d(2)),
                StepWhen::Skipped(SkipReason::PlainHttp),
                StepWhen::Ran(d(2)..d(3)),
                StepWhen::Ran(d(3)..d(10)),
                StepWhen::Ran(d(10)..d(15)),
            ]
        );
    }

    #[test]
    fn the_step_a_fetch_stopped_in_is_marked_and_later_ones_not_reached() {
        let timing = Timing {
            dns: ms(5),
            connect: ms(9),
            proxy_tunnel: None,
            tls: ms(20),
            request_written: ms(21),
            first_byte: None,
            head_complete: None,
            done: ms(1021),
        };
        let whens: Vec<StepWhen> = timing
            .steps(false, true, true)
            .into_iter()
            .map(|s| s.when)
            .collect();
        let d = Duration::from_millis;
        assert_eq!(whens[0], StepWhen::Ran(d(0)..d(5)));
        assert_eq!(whens[2], StepWhen::Ran(d(9)..d(20)));
        assert_eq!(whens[4], StepWhen::Stopped(d(21)..d(1021)));
        assert_eq!(whens[5], StepWhen::NotReached);

        // Cut off in the middle of the body: the receiving step is where it stopped.
        let timing = Timing {
            first_byte: ms(30),
            done: ms(50),
            ..timing
        };
        let whens: Vec<StepWhen> = timing
            .steps(false, true, true)
            .into_iter()
            .map(|s| s.when)
            .collect();
        assert_eq!(whens[5], StepWhen::Stopped(d(30)..d(50)));
    }

    #[test]
    fn a_tunnel_through_a_proxy_is_a_step_between_connect_and_tls() {
        let timing = Timing {
            dns: ms(1),
            connect: ms(3),
            proxy_tunnel: ms(7),
            tls: ms(20),
            request_written: ms(21),
            first_byte: ms(30),
            head_complete: ms(30),
            done: ms(31),
        };
        let steps = timing.steps_through(false, true, true, false);
        let d = Duration::from_millis;
        assert_eq!(steps[2].phase, Phase::ProxyTunnel);
        assert_eq!(steps[2].when, StepWhen::Ran(d(3)..d(7)));
        assert_eq!(steps[3].when, StepWhen::Ran(d(7)..d(20)));
        assert_eq!(
            timing.steps(false, true, false).len(),
            6,
            "no tunnel, no step"
        );
        // A proxy that refused the tunnel: the fetch stopped in it.
        let refused = Timing {
            proxy_tunnel: None,
            tls: None,
            request_written: None,
            first_byte: None,
            head_complete: None,
            ..timing
        };
        let steps = refused.steps_through(false, true, true, true);
        assert_eq!(steps[2].when, StepWhen::Stopped(d(3)..d(31)));
    }
}
