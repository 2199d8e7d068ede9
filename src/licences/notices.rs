//! Reading `assets/licences/notices.txt`: each distinct licence text once, after the lines that
//! say which crates it is for and why (the file's own top explains its layout; the `licences`
//! test writes it). The About window asks for one crate's texts at a time.

use std::collections::HashMap;
use std::ops::Range;

/// Where one of a crate's texts comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A file the crate ships in its source, at `path` inside it (e.g. `LICENSE-MIT`).
    File {
        /// The file's path inside the crate's folder.
        path: String,
    },
    /// The crate ships no licence file: the standard text of `licence`, as another crate ships it.
    Standard {
        /// The licence's SPDX id (e.g. `MIT`).
        licence: String,
        /// The file it was taken from: crate, version and path (e.g. `serde 1.0.228 LICENSE-MIT`).
        from: String,
    },
    /// The crate ships no licence file: its authors, as its `Cargo.toml` names them, hold its
    /// copyright (the text is that copyright line).
    Authors,
}

/// The licence texts of every crate, read from `notices.txt`.
#[derive(Debug, Default)]
pub struct Notices {
    /// The whole file.
    file: String,
    /// Where each distinct text is in `file`.
    texts: Vec<Range<usize>>,
    /// For each crate ("name version"), its texts in the file's order: why, and which text.
    by_crate: HashMap<String, Vec<(Source, usize)>>,
}

impl Notices {
    /// Read the file (see the top of `notices.txt` for its layout); lines it does not know are
    /// left out.
    pub fn parse(file: String) -> Self {
        let mut texts = Vec::new();
        let mut by_crate: HashMap<String, Vec<(Source, usize)>> = HashMap::new();
        let mut in_heading = false;
        let mut offset = 0;
        for line in file.split_inclusive('\n') {
            let start = offset;
            offset += line.len();
            let line = line.trim_end_matches('\n');
            if line.starts_with("%%% text ") {
                // The previous text ends here, without the empty line between texts.
                if let Some(text) = texts.last_mut() {
                    trim_end(&file, text);
                }
                in_heading = true;
            } else if line == "%%%" && in_heading {
                in_heading = false;
                texts.push(offset..offset);
            } else if in_heading {
                let mut fields = line.split('\t');
                let (Some(kind), Some(name), Some(version)) =
                    (fields.next(), fields.next(), fields.next())
                else {
                    continue;
                };
                let source = match (kind, fields.next(), fields.next()) {
                    ("file", Some(path), _) => Source::File { path: path.into() },
                    ("standard", Some(licence), Some(from)) => Source::Standard {
                        licence: licence.into(),
                        from: from.into(),
                    },
                    ("authors", _, _) => Source::Authors,
                    _ => continue,
                };
                by_crate
                    .entry(format!("{name} {version}"))
                    .or_default()
                    .push((source, texts.len()));
            } else if let Some(text) = texts.last_mut() {
                text.end = start + line.len();
            }
        }
        if let Some(text) = texts.last_mut() {
            trim_end(&file, text);
        }
        Self {
            file,
            texts,
            by_crate,
        }
    }

    /// The texts for one crate, each with where it comes from; empty for a crate not listed.
    /// Its authors' copyright line, if it has one, comes first, as in a licence file.
    pub fn for_crate(&self, name: &str, version: &str) -> Vec<(&Source, &str)> {
        let mut texts: Vec<(&Source, &str)> = self
            .by_crate
            .get(&format!("{name} {version}"))
            .into_iter()
            .flatten()
            .filter_map(|(source, index)| {
                let range = self.texts.get(*index)?;
                Some((source, self.file.get(range.clone())?))
            })
            .collect();
        texts.sort_by_key(|(source, _)| **source != Source::Authors);
        texts
    }

    /// How many distinct texts there are.
    pub fn len(&self) -> usize {
        self.texts.len()
    }

    /// There are none (an empty or unreadable file).
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }
}

/// Shrink `range` so that `file[range]` ends with no empty lines.
fn trim_end(file: &str, range: &mut Range<usize>) {
    let text = file.get(range.clone()).unwrap_or_default();
    range.end = range.start + text.trim_end_matches('\n').len();
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "Licence texts of 3 crates.\n\
        \n\
        %%% text 1 of 3\n\
        file\ta\t1.0.0\tLICENSE-MIT\n\
        standard\tb\t2.0.0\tMIT\ta 1.0.0 LICENSE-MIT\n\
        %%%\n\
        Permission is hereby granted\n\
        \n\
        to everyone.\n\
        \n\
        %%% text 2 of 3\n\
        authors\tb\t2.0.0\n\
        %%%\n\
        Copyright (c) B's author\n\
        \n\
        %%% text 3 of 3\n\
        file\ta\t1.0.0\tCOPYRIGHT\n\
        something new\ta\n\
        %%%\n\
        Copyright A\n";

    #[test]
    fn each_crate_gets_its_texts_with_where_they_come_from() {
        let notices = Notices::parse(SAMPLE.to_owned());
        assert_eq!(notices.len(), 3);
        assert_eq!(
            notices.for_crate("a", "1.0.0"),
            [
                (
                    &Source::File {
                        path: "LICENSE-MIT".into()
                    },
                    "Permission is hereby granted\n\nto everyone."
                ),
                (
                    &Source::File {
                        path: "COPYRIGHT".into()
                    },
                    "Copyright A"
                )
            ]
        );
        assert_eq!(
            notices.for_crate("b", "2.0.0"),
            [
                (&Source::Authors, "Copyright (c) B's author"),
                (
                    &Source::Standard {
                        licence: "MIT".into(),
                        from: "a 1.0.0 LICENSE-MIT".into()
                    },
                    "Permission is hereby granted\n\nto everyone."
                )
            ]
        );
        assert!(notices.for_crate("c", "1.0.0").is_empty());
    }

    #[test]
    fn a_file_without_texts_gives_none() {
        assert!(Notices::parse(String::new()).is_empty());
        assert!(Notices::parse("no texts here\n".into()).is_empty());
    }
}
