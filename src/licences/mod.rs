//! What wirepeek is built from, and under which licences: the list of every crate in the
//! program (`assets/licences/dependencies.tsv`), their licence texts and copyright notices
//! (`assets/licences/notices.txt`), both made from `cargo metadata` (the `licences` test checks
//! them against `Cargo.lock` and says how to make them again), and the bundled font's licence.

pub mod notices;

use std::io::Read;

/// The crates wirepeek is built from, one a line: name, version, licence expression, repository
/// (tab-separated, with a header line).
pub const DEPENDENCIES_TSV: &str = include_str!("../../assets/licences/dependencies.tsv");

/// The licence of the bundled Korean font (NanumGothic, SIL Open Font License 1.1).
pub const FONT_LICENCE: &str = include_str!("../../assets/fonts/NanumGothic-OFL.txt");

/// The bundled font's name, as its licence names it.
pub const FONT_NAME: &str = "NanumGothic";

/// The project's home on the web (Cargo.toml's `repository`).
pub const PROJECT_LINK: &str = env!("CARGO_PKG_REPOSITORY");

/// wirepeek's own version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// wirepeek's own licence expression.
pub const LICENCE: &str = env!("CARGO_PKG_LICENSE");

/// `assets/licences/notices.txt` gzipped by build.rs. As text (`include_str!`) it would grow the
/// program by about 800 KB; gzipped, by about 80 KB (most texts differ from another in a few
/// lines), and inflating it when About first opens takes a few milliseconds.
const NOTICES_GZ: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/notices.txt.gz"));

/// The licence texts and copyright notices of every crate (`assets/licences/notices.txt`; read
/// them with [`notices::Notices::parse`]). An error only if the program itself is damaged.
pub fn notices_text() -> std::io::Result<String> {
    let mut text = String::new();
    flate2::read::GzDecoder::new(NOTICES_GZ).read_to_string(&mut text)?;
    Ok(text)
}

/// One crate in the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dependency {
    /// The crate's name on crates.io.
    pub name: &'static str,
    /// The exact version in `Cargo.lock`.
    pub version: &'static str,
    /// Its licence, as an SPDX expression (e.g. `MIT OR Apache-2.0`).
    pub licence: &'static str,
    /// Where its source lives (may be empty).
    pub repository: &'static str,
}

/// Every crate of [`DEPENDENCIES_TSV`], in its order (by name).
pub fn dependencies() -> Vec<Dependency> {
    DEPENDENCIES_TSV
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut fields = line.split('\t');
            Some(Dependency {
                name: fields.next()?,
                version: fields.next()?,
                licence: fields.next()?,
                repository: fields.next().unwrap_or(""),
            })
        })
        .collect()
}

impl Dependency {
    /// Whether every word of `filter` (lower case) is in its name, version or licence, so
    /// `egui 0.37` finds egui 0.37.0 as the list shows it.
    pub fn matches(&self, filter: &str) -> bool {
        filter.split_whitespace().all(|word| {
            [self.name, self.version, self.licence]
                .iter()
                .any(|field| field.to_lowercase().contains(word))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_reads_into_crates_with_a_licence_each() {
        let all = dependencies();
        assert!(all.len() > 50, "{}", all.len());
        assert!(all.iter().any(|d| d.name == "egui"));
        assert!(
            all.iter()
                .all(|d| !d.licence.is_empty() && !d.version.is_empty())
        );
    }

    #[test]
    fn the_filter_looks_at_name_version_and_licence() {
        let rustls = Dependency {
            name: "rustls",
            version: "0.23.1",
            licence: "Apache-2.0 OR ISC OR MIT",
            repository: "",
        };
        assert!(rustls.matches("isc"));
        assert!(rustls.matches("rust"));
        assert!(rustls.matches(""));
        assert!(!rustls.matches("gpl"));
        // Words as the list shows them, each found in its own field.
        assert!(rustls.matches("rustls 0.23"));
        assert!(rustls.matches("0.23 mit"));
        assert!(!rustls.matches("rustls 0.22"));
    }
}
