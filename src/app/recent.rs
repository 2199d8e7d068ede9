//! The recent exchanges kept whole in memory, so a History click reopens one as it was: status,
//! headers, body, every tab. They are kept within a budget of recorded bytes; older entries (and
//! every entry read back after a restart) keep only their request.

use std::collections::VecDeque;
use std::sync::Arc;

use super::Fetched;
use crate::wire::Exchange;

/// How many recorded bytes the kept exchanges may hold together (the bytes received, the bytes
/// sent, the decoded body). The newest exchange is always kept, however big.
pub const BUDGET_BYTES: usize = 256 * 1024 * 1024;

/// The exchanges kept for History, newest first.
pub struct RecentExchanges {
    kept: VecDeque<Kept>,
    total: usize,
    budget: usize,
}

impl Default for RecentExchanges {
    fn default() -> Self {
        Self::with_budget(BUDGET_BYTES)
    }
}

struct Kept {
    /// The History entry's id.
    id: u64,
    fetched: Arc<Fetched>,
    bytes: usize,
}

impl RecentExchanges {
    /// An empty store holding at most `budget` recorded bytes (tests use a small one).
    pub fn with_budget(budget: usize) -> Self {
        Self {
            kept: VecDeque::new(),
            total: 0,
            budget,
        }
    }

    /// Keep `fetched` for the History entry `id`, letting the oldest go beyond the budget.
    pub fn keep(&mut self, id: u64, fetched: Arc<Fetched>) {
        let bytes = fetched.chain.iter().map(recorded_bytes).sum();
        self.total += bytes;
        self.kept.push_front(Kept { id, fetched, bytes });
        while self.total > self.budget && self.kept.len() > 1 {
            if let Some(oldest) = self.kept.pop_back() {
                self.total -= oldest.bytes;
            }
        }
    }

    /// The exchange kept for entry `id`, if it still is.
    pub fn get(&self, id: u64) -> Option<Arc<Fetched>> {
        self.kept
            .iter()
            .find(|kept| kept.id == id)
            .map(|kept| Arc::clone(&kept.fetched))
    }

    /// The ids of the entries whose exchange is kept.
    pub fn ids(&self) -> Vec<u64> {
        self.kept.iter().map(|kept| kept.id).collect()
    }

    /// Let go of the exchanges whose entry is no longer in History (`is_listed` says which are).
    pub fn retain(&mut self, is_listed: impl Fn(u64) -> bool) {
        self.kept.retain(|kept| is_listed(kept.id));
        self.total = self.kept.iter().map(|kept| kept.bytes).sum();
    }

    /// The recorded bytes kept now.
    pub fn total_bytes(&self) -> usize {
        self.total
    }
}

/// The bytes an exchange holds: what was received and sent, and the body once decoded (when
/// decoding made a copy).
fn recorded_bytes(exchange: &Exchange) -> usize {
    let body = exchange.body.as_ref().map_or(0, |body| {
        body.decoded.as_ref().map_or(0, Vec::len) + body.unframed.as_ref().map_or(0, Vec::len)
    });
    exchange.received.len() + exchange.request_bytes.len() + body
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fetched_of(size: usize) -> Arc<Fetched> {
        let exchange = Exchange {
            received: vec![b'x'; size],
            ..Exchange::default()
        };
        Arc::new(Fetched::prepare(vec![exchange]))
    }

    #[test]
    fn the_oldest_go_beyond_the_budget_and_the_newest_always_stays() {
        let budget = 3_000;
        let mut recent = RecentExchanges::with_budget(budget);
        let third = budget / 3;
        for id in 1..=3 {
            recent.keep(id, fetched_of(third));
        }
        assert_eq!(recent.ids(), [3, 2, 1]);
        recent.keep(4, fetched_of(third));
        assert_eq!(recent.ids(), [4, 3, 2]);
        assert!(recent.get(1).is_none());
        assert!(recent.total_bytes() <= budget);
        recent.keep(5, fetched_of(budget + 1));
        assert_eq!(recent.ids(), [5]);
    }

    #[test]
    fn entries_gone_from_history_let_their_exchange_go() {
        let mut recent = RecentExchanges::default();
        recent.keep(1, fetched_of(10));
        recent.keep(2, fetched_of(20));
        recent.retain(|id| id == 2);
        assert_eq!(recent.ids(), [2]);
        assert_eq!(recent.total_bytes(), 20);
    }
}
