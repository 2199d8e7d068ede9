//! Numbers as every surface writes them: byte counts, rates, durations, grouped digits.
//!
//! Sizes use IEC units (1 KiB = 1,024 bytes), everywhere: the window, the command line, errors.

use std::time::Duration;

/// Below this many bytes a size is written exactly (`1,256 B`): a learner compares it with
/// `Content-Length` digit for digit. 100 KiB holds most small pages and every test reply.
pub const EXACT_BELOW: u64 = 100 * 1024;

const UNITS: [(u64, &str); 3] = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")];

/// `1234567` as `1,234,567`.
pub fn group_digits(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A byte count for people: `512 B`, `1,256 B`, `4 KiB`, `256 KiB`, `3.4 MiB`.
///
/// Exact multiples of a unit are written without decimals; other sizes are exact below
/// [`EXACT_BELOW`] and have one decimal above it.
pub fn bytes(n: u64) -> String {
    if let Some((size, unit)) = UNITS
        .iter()
        .find(|(size, _)| n >= *size && n.is_multiple_of(*size))
    {
        return format!("{} {unit}", group_digits(n / size));
    }
    if n < EXACT_BELOW {
        return format!("{} B", group_digits(n));
    }
    let (size, unit) = UNITS
        .iter()
        .find(|(size, _)| n >= *size)
        .copied()
        .unwrap_or((1, "B"));
    format!("{:.1} {unit}", n as f64 / size as f64)
}

/// A receive rate: `850 B/s`, `12.3 KiB/s`, `1.5 MiB/s`.
pub fn rate(bytes_per_second: f64) -> String {
    let (size, unit) = UNITS
        .iter()
        .rev()
        .take_while(|(size, _)| bytes_per_second >= *size as f64)
        .last()
        .copied()
        .unwrap_or((1, "B"));
    if size == 1 {
        format!("{bytes_per_second:.0} B/s")
    } else {
        format!("{:.1} {unit}/s", bytes_per_second / size as f64)
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

/// A time limit in seconds, as short as it is exact to a tenth: `10`, `0.5`, `2.5`.
pub fn seconds(d: Duration) -> String {
    let text = format!("{:.1}", d.as_secs_f64());
    text.strip_suffix(".0").map_or(text.clone(), str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_grouped() {
        assert_eq!(group_digits(0), "0");
        assert_eq!(group_digits(999), "999");
        assert_eq!(group_digits(1000), "1,000");
        assert_eq!(group_digits(75_000_000), "75,000,000");
    }

    #[test]
    fn sizes_use_iec_units() {
        assert_eq!(bytes(0), "0 B");
        assert_eq!(bytes(1023), "1,023 B");
        assert_eq!(bytes(1256), "1,256 B");
        assert_eq!(bytes(4096), "4 KiB");
        assert_eq!(bytes(16 * 1024), "16 KiB");
        assert_eq!(bytes(256 * 1024), "256 KiB");
        assert_eq!(bytes(256 << 20), "256 MiB");
        assert_eq!(bytes(2 << 30), "2 GiB");
        assert_eq!(bytes(EXACT_BELOW - 1), "102,399 B");
        assert_eq!(bytes(75_000_000), "71.5 MiB");
        assert_eq!(bytes(300_000), "293.0 KiB");
    }

    #[test]
    fn rates_and_times_read_well() {
        assert_eq!(rate(500.0), "500 B/s");
        assert_eq!(rate(2048.0), "2.0 KiB/s");
        assert_eq!(rate(12_300_000.0), "11.7 MiB/s");
        assert_eq!(duration(Duration::from_millis(84)), "84 ms");
        assert_eq!(duration(Duration::from_millis(12_345)), "12.35 s");
        assert_eq!(seconds(Duration::from_secs(10)), "10");
        assert_eq!(seconds(Duration::from_millis(500)), "0.5");
    }
}
