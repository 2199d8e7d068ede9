//! Numbers as the window writes them: byte counts, rates and durations.

use std::time::Duration;

use crate::i18n::I18n;

pub use crate::i18n::group_digits;

/// A byte count for people: `512 B`, `1,256 B`, `3.4 MB` (exact below 100 kB).
pub fn bytes(n: u64) -> String {
    if n < 100_000 {
        format!("{} B", group_digits(n))
    } else if n < 100_000_000 {
        format!("{:.1} MB", n as f64 / 1_000_000.0)
    } else {
        format!("{:.0} MB", n as f64 / 1_000_000.0)
    }
}

/// A receive rate: `850 B/s`, `12.3 MB/s`.
pub fn rate(bytes_per_second: f64) -> String {
    if bytes_per_second < 1000.0 {
        format!("{bytes_per_second:.0} B/s")
    } else if bytes_per_second < 1_000_000.0 {
        format!("{:.1} kB/s", bytes_per_second / 1000.0)
    } else {
        format!("{:.1} MB/s", bytes_per_second / 1_000_000.0)
    }
}

/// A duration: `84 ms`, `2.35 s`.
pub fn duration(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms < 10.0 {
        format!("{ms:.1} ms")
    } else if ms < 10_000.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{:.2} s", d.as_secs_f64())
    }
}

/// Text of a byte count in the learner's language, e.g. "1,256 B on the wire".
pub fn labelled_bytes(i18n: I18n, key: &str, n: u64) -> String {
    i18n.f(key, &[("size", &bytes(n))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_well() {
        assert_eq!(bytes(0), "0 B");
        assert_eq!(bytes(1256), "1,256 B");
        assert_eq!(bytes(75_000_000), "75.0 MB");
        assert_eq!(bytes(256_000_000), "256 MB");
        assert_eq!(rate(500.0), "500 B/s");
        assert_eq!(rate(12_300_000.0), "12.3 MB/s");
        assert_eq!(duration(Duration::from_millis(84)), "84 ms");
        assert_eq!(duration(Duration::from_millis(12_345)), "12.35 s");
    }
}
