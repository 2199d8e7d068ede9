//! Numbers as the window writes them: the catalog's one formatter for sizes, rates and times
//! (`crate::i18n::format`), plus sizes inside a sentence of the learner's language.

use crate::i18n::I18n;

pub use crate::i18n::{bytes, duration, group_digits, rate};

/// Text of a byte count in the learner's language, e.g. "1,256 B on the wire".
pub fn labelled_bytes(i18n: I18n, key: &str, n: u64) -> String {
    i18n.f(key, &[("size", &bytes(n))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_writes_sizes_in_iec_units() {
        assert_eq!(bytes(1256), "1,256 B");
        assert_eq!(bytes(75_000_000), "71.5 MiB");
        assert_eq!(
            labelled_bytes(I18n::default(), "size-wire", 4096),
            "4 KiB on the wire"
        );
    }
}
