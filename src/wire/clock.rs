//! Deadlines and the cancel switch, checked together while the fetch waits for anything.

use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use super::error::{FetchError, IoProblem};
use super::progress::{Cancel, Phase};

/// A moment by which a step must finish, and the limit to name if it does not.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Deadline {
    at: Instant,
    limit: Duration,
}

impl Deadline {
    /// Time left until the deadline (zero once passed).
    pub fn remaining(&self) -> Duration {
        self.at.saturating_duration_since(Instant::now())
    }
}

/// `from + limit`, or a moment a century away when a huge limit (a typo in the settings, say)
/// does not fit: such a limit means "no limit", not a crash.
fn later(from: Instant, limit: Duration) -> Instant {
    from.checked_add(limit)
        .or_else(|| from.checked_add(Duration::from_secs(100 * 365 * 24 * 3600)))
        .unwrap_or(from)
}

/// The fetch's clock: when it started, the whole-fetch deadline, and the cancel switch.
#[derive(Clone, Debug)]
pub(crate) struct Clock {
    start: Instant,
    total: Option<Deadline>,
    cancel: Cancel,
}

impl Clock {
    pub fn new(total_timeout: Option<Duration>, cancel: Cancel) -> Self {
        let start = Instant::now();
        Self {
            start,
            total: total_timeout.map(|limit| Deadline {
                at: later(start, limit),
                limit,
            }),
            cancel,
        }
    }

    /// Time since the fetch started.
    pub fn elapsed(&self) -> Duration {
        self.start.elapsed()
    }

    /// A deadline `limit` from now, or the whole-fetch deadline if that comes first.
    pub fn deadline(&self, limit: Duration) -> Deadline {
        let step = Deadline {
            at: later(Instant::now(), limit),
            limit,
        };
        match self.total {
            Some(total) if total.at < step.at => total,
            _ => step,
        }
    }

    /// `Cancelled` if the switch was pressed, `Timeout` if the deadline has passed.
    pub fn check(&self, deadline: &Deadline, phase: Phase) -> Result<(), FetchError> {
        if self.cancel.is_cancelled() {
            return Err(FetchError::Cancelled { phase });
        }
        if Instant::now() >= deadline.at {
            return Err(FetchError::Timeout {
                phase,
                limit: deadline.limit,
            });
        }
        Ok(())
    }

    /// `Cancelled` if the switch was pressed: checked between steps, so a cancel pressed while
    /// a quick step ran is not lost.
    pub fn check_cancelled(&self, phase: Phase) -> Result<(), FetchError> {
        if self.cancel.is_cancelled() {
            return Err(FetchError::Cancelled { phase });
        }
        Ok(())
    }

    /// Run blocking `work` (a DNS lookup, a connect) on its own thread and wait for it, giving up
    /// at the deadline or on cancel. An abandoned thread finishes on its own and is ignored.
    pub fn run_on_thread<T: Send + 'static>(
        &self,
        name: &str,
        deadline: &Deadline,
        phase: Phase,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, FetchError> {
        let (sender, receiver) = mpsc::channel();
        thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                // The receiver may be gone if the fetch was cancelled: nothing to do then.
                let _ = sender.send(work());
            })
            .map_err(|e| FetchError::Io {
                phase,
                problem: IoProblem::os(&e),
            })?;
        loop {
            match receiver.recv_timeout(Cancel::CHECK_EVERY) {
                Ok(value) => return Ok(value),
                Err(mpsc::RecvTimeoutError::Timeout) => self.check(deadline, phase)?,
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    return Err(FetchError::Io {
                        phase,
                        problem: IoProblem::HelperStopped,
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_in_a_helper_thread_is_an_error_not_a_crash() {
        let clock = Clock::new(None, Cancel::new());
        let deadline = clock.deadline(Duration::from_secs(10));
        let result: Result<(), _> =
            clock.run_on_thread("panics", &deadline, Phase::Resolving, || {
                std::panic::panic_any("a panic forced by a test")
            });
        assert!(
            matches!(
                result,
                Err(FetchError::Io {
                    phase: Phase::Resolving,
                    problem: IoProblem::HelperStopped,
                })
            ),
            "{result:?}"
        );
    }

    #[test]
    fn cancel_stops_waiting_for_a_blocked_helper_thread() {
        // This is how a DNS lookup that hangs is abandoned: the wait ends, the thread is left.
        let cancel = Cancel::new();
        let clock = Clock::new(None, cancel.clone());
        let deadline = clock.deadline(Duration::from_secs(10));
        let (started_tx, started_rx) = mpsc::channel();
        let (release_tx, release_rx) = mpsc::channel::<()>();
        let (outcome_tx, outcome_rx) = mpsc::channel();
        // Cancel once the helper is blocked: events, not sleeps, order the two threads.
        let canceller = thread::spawn(move || {
            started_rx.recv().expect("the helper started");
            cancel.cancel();
        });
        let result = clock.run_on_thread("blocked", &deadline, Phase::Resolving, move || {
            let _ = started_tx.send(());
            // Blocked until the test lets go. Had the wait not ended on Cancel, the test could
            // not let go: this gives up after a minute and says so.
            let released = release_rx.recv_timeout(Duration::from_secs(60)).is_ok();
            let _ = outcome_tx.send(released);
        });
        canceller.join().expect("canceller");
        assert_eq!(
            result,
            Err(FetchError::Cancelled {
                phase: Phase::Resolving
            })
        );
        // The wait ended while the helper was still blocked.
        release_tx.send(()).expect("the helper is still waiting");
        assert_eq!(outcome_rx.recv(), Ok(true));
    }

    #[test]
    fn the_total_deadline_wins_over_a_longer_step_limit() {
        let clock = Clock::new(Some(Duration::from_millis(50)), Cancel::new());
        let deadline = clock.deadline(Duration::from_secs(10));
        let result = clock.run_on_thread("slow", &deadline, Phase::Resolving, || {
            thread::sleep(Duration::from_secs(2));
        });
        assert_eq!(
            result,
            Err(FetchError::Timeout {
                phase: Phase::Resolving,
                limit: Duration::from_millis(50)
            })
        );
    }

    #[test]
    fn a_huge_limit_is_no_limit_rather_than_a_crash() {
        let clock = Clock::new(Some(Duration::MAX), Cancel::new());
        let deadline = clock.deadline(Duration::MAX);
        assert!(deadline.remaining() > Duration::from_secs(3600));
        assert_eq!(clock.check(&deadline, Phase::Waiting), Ok(()));
    }

    #[test]
    fn a_finished_helper_thread_returns_its_value() {
        let clock = Clock::new(None, Cancel::new());
        let deadline = clock.deadline(Duration::from_secs(10));
        let value = clock.run_on_thread("quick", &deadline, Phase::Connecting, || 42);
        assert_eq!(value, Ok(42));
    }
}
