//! What the About window and the Debian package say wirepeek is built from matches `Cargo.lock`.
//! Three committed files are made from `cargo metadata` (offline, from `Cargo.lock`), over every
//! crate the program's normal build needs, on any platform:
//! - `assets/licences/dependencies.tsv`: each crate with its licence (the About window's list);
//! - `assets/licences/notices.txt`: the licence texts and copyright notices those licences ask us
//!   to pass on. Each licence file a crate ships in its source (LICENSE*, LICENCE*, COPYING*,
//!   NOTICE*, COPYRIGHT*, a `LICENSES/` folder, the `.txt` next to bundled fonts); for a crate
//!   that ships none, the usual text of its licence taken from another crate here, and its
//!   authors as the copyright holders. Each distinct text is written once, with its crates;
//! - `assets/licences/debian-copyright`: the .deb's `copyright` file: wirepeek's licence, the
//!   bundled font's (OFL), and where `notices.txt` is installed.
//!
//! The sources of every platform's crates (macOS and Windows ones too) must be in the local
//! cache: `.ci/run` runs `cargo fetch --locked` before the tests. After changing dependencies,
//! make the files again with:
//!     WIREPEEK_BLESS=1 cargo test --test licences

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly on purpose"
)]

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use wirepeek::licences::notices::{Notices, Source};

const LIST: &str = "assets/licences/dependencies.tsv";
const NOTICES: &str = "assets/licences/notices.txt";
const DEBIAN_COPYRIGHT: &str = "assets/licences/debian-copyright";
const FONT_LICENCE: &str = "assets/fonts/NanumGothic-OFL.txt";
const REGENERATE: &str = "WIREPEEK_BLESS=1 cargo test --test licences";

/// Where the .deb installs `notices.txt` (Cargo.toml, `[package.metadata.deb]` assets).
const INSTALLED_NOTICES: &str = "/usr/share/doc/wirepeek/notices.txt";

/// How a file's name starts when it is a licence or a notice (compared in lower case).
const LICENCE_NAMES: [&str; 5] = ["license", "licence", "copying", "notice", "copyright"];

/// Where the usual text of a licence comes from, for the crates that ship no licence file: a
/// crate of the program whose file is that licence's plain text (copyright lines at its top
/// are left out), and words it must hold, so that a changed file is noticed.
struct StandardText {
    licence: &'static str,
    from: &'static str,
    path: &'static str,
    says: &'static str,
}

const STANDARD_TEXTS: &[StandardText] = &[
    StandardText {
        licence: "MIT",
        from: "serde",
        path: "LICENSE-MIT",
        says: "Permission is hereby granted, free of charge",
    },
    StandardText {
        licence: "Apache-2.0",
        from: "url",
        path: "LICENSE-APACHE",
        says: "Version 2.0, January 2004",
    },
    StandardText {
        licence: "BSD-3-Clause",
        from: "alloc-no-stdlib",
        path: "LICENSE",
        says: "Neither the name of the copyright holder",
    },
    StandardText {
        licence: "BSL-1.0",
        from: "error-code",
        path: "LICENSE",
        says: "Boost Software License - Version 1.0",
    },
    StandardText {
        licence: "Zlib",
        from: "glow",
        path: "LICENSE-ZLIB",
        says: "This software is provided 'as-is'",
    },
    StandardText {
        licence: "MPL-2.0",
        from: "cssparser",
        path: "LICENSE",
        says: "Mozilla Public License Version 2.0",
    },
    // egui's default fonts: their crate ships these next to the fonts, not at its top.
    StandardText {
        licence: "OFL-1.1",
        from: "epaint_default_fonts",
        path: "fonts/OFL.txt",
        says: "SIL OPEN FONT LICENSE Version 1.1",
    },
    StandardText {
        licence: "Ubuntu-font-1.0",
        from: "epaint_default_fonts",
        path: "fonts/UFL.txt",
        says: "UBUNTU FONT LICENCE Version 1.0",
    },
];

/// Cargo's own description of the build, read from `Cargo.lock` without the network.
fn metadata() -> Value {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo metadata failed (run `cargo fetch --locked` once with the network): {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("cargo metadata writes JSON")
}

/// A crate of the program, as `cargo metadata` describes it.
struct Crate {
    name: String,
    version: String,
    licence: String,
    repository: String,
    authors: Vec<String>,
    /// The folder of its source (where its `Cargo.toml` is).
    folder: PathBuf,
}

/// The crates reachable from wirepeek through normal and build dependencies (not dev ones),
/// sorted by name, then version.
fn program_crates(metadata: &Value) -> Vec<Crate> {
    let resolve = &metadata["resolve"];
    let root = resolve["root"].as_str().expect("a root package");
    let nodes: HashMap<&str, &Value> = resolve["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|node| (node["id"].as_str().expect("node id"), node))
        .collect();
    let mut reached = HashSet::new();
    let mut to_visit = vec![root];
    while let Some(id) = to_visit.pop() {
        for dep in nodes[id]["deps"].as_array().expect("deps") {
            let for_the_program = dep["dep_kinds"]
                .as_array()
                .expect("dep kinds")
                .iter()
                .any(|kind| kind["kind"].is_null() || kind["kind"] == "build");
            let dep_id = dep["pkg"].as_str().expect("dep id");
            if for_the_program && reached.insert(dep_id) {
                to_visit.push(dep_id);
            }
        }
    }
    let mut crates: Vec<Crate> = metadata["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .filter(|package| reached.contains(package["id"].as_str().expect("package id")))
        .map(|package| {
            let field = |name: &str| package[name].as_str().unwrap_or("").trim().to_owned();
            let licence = match field("license") {
                none if none.is_empty() => format!("see {} in its source", field("license_file")),
                licence => licence,
            };
            let manifest = PathBuf::from(field("manifest_path"));
            Crate {
                name: field("name"),
                version: field("version"),
                licence,
                repository: field("repository"),
                authors: package["authors"]
                    .as_array()
                    .expect("authors")
                    .iter()
                    .filter_map(|author| author.as_str().map(str::to_owned))
                    .collect(),
                folder: manifest.parent().expect("a crate folder").to_owned(),
            }
        })
        .collect();
    crates.sort_by(|a, b| (&a.name, &a.version).cmp(&(&b.name, &b.version)));
    crates
}

/// The list as it should be: one line per crate, with a header line.
fn expected_list(crates: &[Crate]) -> String {
    let mut list = String::from("name\tversion\tlicence\trepository\n");
    for c in crates {
        list.push_str(&format!(
            "{}\t{}\t{}\t{}\n",
            c.name, c.version, c.licence, c.repository
        ));
    }
    list
}

// ---- Licence files ----

/// The files and folders directly in `folder`: (name, path), sorted by name.
fn entries(folder: &Path) -> Vec<(String, PathBuf)> {
    let reading = std::fs::read_dir(folder).unwrap_or_else(|error| {
        panic!(
            "cannot read {} ({error}); run `cargo fetch --locked` once with the network",
            folder.display()
        )
    });
    let mut entries: Vec<(String, PathBuf)> = reading
        .map(|entry| {
            let entry = entry.expect("a folder entry");
            (
                entry.file_name().to_string_lossy().into_owned(),
                entry.path(),
            )
        })
        .collect();
    entries.sort();
    entries
}

/// The licence files at the top of a crate's folder (names starting with LICENSE, LICENCE,
/// COPYING, NOTICE or COPYRIGHT, any case and ending) and the files in a folder so named
/// (`LICENSES/MIT.txt`), as paths inside the crate's folder.
fn licence_files(folder: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for (name, path) in entries(folder) {
        let lower = name.to_lowercase();
        if !LICENCE_NAMES.iter().any(|start| lower.starts_with(start)) {
            continue;
        }
        if path.is_dir() {
            for (inner, inner_path) in entries(&path) {
                if inner_path.is_file() {
                    found.push(format!("{name}/{inner}"));
                }
            }
        } else if path.is_file() {
            found.push(name);
        }
    }
    found
}

/// The `.txt` files next to the fonts a crate bundles (in a folder just below its top): fonts
/// carry their licences so (egui's default fonts do).
fn font_licence_files(folder: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for (name, path) in entries(folder) {
        if !path.is_dir() {
            continue;
        }
        let inside = entries(&path);
        let holds_fonts = inside
            .iter()
            .any(|(file, _)| file.ends_with(".ttf") || file.ends_with(".otf"));
        if holds_fonts {
            for (file, _) in inside.iter().filter(|(file, _)| file.ends_with(".txt")) {
                found.push(format!("{name}/{file}"));
            }
        }
    }
    found
}

/// A text with Unix line ends, no spaces at line ends and no empty lines around it, so that
/// copies differing only in those count as one text.
fn tidy(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let first = lines
        .iter()
        .position(|line| !line.is_empty())
        .unwrap_or(lines.len());
    let end = lines
        .iter()
        .rposition(|line| !line.is_empty())
        .map_or(first, |last| last + 1);
    lines[first..end].join("\n")
}

fn read_text(path: &Path) -> String {
    let bytes =
        std::fs::read(path).unwrap_or_else(|error| panic!("read {}: {error}", path.display()));
    tidy(&String::from_utf8_lossy(&bytes))
}

/// The text without the copyright lines at its top (those name the crate it came from).
fn without_copyright_lines(text: &str) -> String {
    let is_copyright = |line: &&str| {
        let line = line.trim().to_lowercase();
        line.is_empty()
            || line.starts_with("copyright")
            || line.starts_with("(c)")
            || line.starts_with('©')
            || line.starts_with("all rights reserved")
    };
    text.lines()
        .skip_while(is_copyright)
        .collect::<Vec<_>>()
        .join("\n")
}

/// For each licence of [`STANDARD_TEXTS`]: its text and where it was taken from.
fn standard_texts(crates: &[Crate]) -> HashMap<&'static str, (String, String)> {
    STANDARD_TEXTS
        .iter()
        .map(|standard| {
            let from = crates
                .iter()
                .find(|c| c.name == standard.from)
                .unwrap_or_else(|| {
                    panic!(
                        "{} (where the {} text comes from) is no longer in the program: choose \
                         another crate that ships it in STANDARD_TEXTS",
                        standard.from, standard.licence
                    )
                });
            let text = without_copyright_lines(&read_text(&from.folder.join(standard.path)));
            assert!(
                text.contains(standard.says),
                "{} {} {} is not the {} text any more: choose another in STANDARD_TEXTS",
                from.name,
                from.version,
                standard.path,
                standard.licence
            );
            let source = format!("{} {} {}", from.name, from.version, standard.path);
            (standard.licence, (text, source))
        })
        .collect()
}

// ---- Licence expressions (`MIT OR Apache-2.0`, `(A OR B) AND C`, the old `MIT/Apache-2.0`) ----

fn expression_tokens(expression: &str) -> Vec<String> {
    expression
        .replace('(', " ( ")
        .replace(')', " ) ")
        .replace('/', " OR ")
        .split_whitespace()
        .map(|token| match token.to_uppercase().as_str() {
            operator @ ("AND" | "OR" | "WITH") => operator.to_owned(),
            _ => token.to_owned(),
        })
        .collect()
}

/// The licences an expression names, in its order (`Apache-2.0 WITH LLVM-exception` as one).
fn licence_ids(expression: &str) -> Vec<String> {
    let tokens = expression_tokens(expression);
    let mut ids: Vec<String> = Vec::new();
    let mut at = 0;
    while let Some(token) = tokens.get(at) {
        at += 1;
        if ["(", ")", "AND", "OR"].contains(&token.as_str()) {
            continue;
        }
        let id = if tokens.get(at).is_some_and(|next| next == "WITH") {
            at += 2;
            format!("{token} WITH {}", tokens[at - 1])
        } else {
            token.clone()
        };
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// Whether the expression is met when the licences `have` accepts are.
fn satisfied(expression: &str, have: &dyn Fn(&str) -> bool) -> bool {
    fn any_of(tokens: &[String], at: &mut usize, have: &dyn Fn(&str) -> bool) -> bool {
        let mut met = all_of(tokens, at, have);
        while tokens.get(*at).is_some_and(|token| token == "OR") {
            *at += 1;
            met |= all_of(tokens, at, have);
        }
        met
    }
    fn all_of(tokens: &[String], at: &mut usize, have: &dyn Fn(&str) -> bool) -> bool {
        let mut met = one(tokens, at, have);
        while tokens.get(*at).is_some_and(|token| token == "AND") {
            *at += 1;
            met &= one(tokens, at, have);
        }
        met
    }
    fn one(tokens: &[String], at: &mut usize, have: &dyn Fn(&str) -> bool) -> bool {
        let token = tokens.get(*at).expect("a licence in the expression");
        *at += 1;
        if token == "(" {
            let met = any_of(tokens, at, have);
            assert_eq!(tokens.get(*at).map(String::as_str), Some(")"));
            *at += 1;
            met
        } else if tokens.get(*at).is_some_and(|next| next == "WITH") {
            *at += 2;
            have(&format!("{token} WITH {}", tokens[*at - 1]))
        } else {
            have(token)
        }
    }
    let tokens = expression_tokens(expression);
    let mut at = 0;
    let met = any_of(&tokens, &mut at, have);
    assert_eq!(
        at,
        tokens.len(),
        "cannot read the expression {expression:?}"
    );
    met
}

#[test]
fn licence_expressions_are_read_like_spdx() {
    let have = |id: &str| ["MIT", "Zlib"].contains(&id);
    assert!(satisfied("MIT OR Apache-2.0", &have));
    assert!(satisfied("Apache-2.0/MIT", &have));
    assert!(!satisfied("Apache-2.0", &have));
    assert!(!satisfied("(MIT OR Apache-2.0) AND OFL-1.1", &have));
    assert!(satisfied("(MIT OR Apache-2.0) AND Zlib", &have));
    assert!(!satisfied("Apache-2.0 WITH LLVM-exception", &have));
    assert_eq!(
        licence_ids("Apache-2.0 WITH LLVM-exception OR Apache-2.0 OR MIT"),
        ["Apache-2.0 WITH LLVM-exception", "Apache-2.0", "MIT"]
    );
}

// ---- notices.txt ----

/// One distinct text of `notices.txt`, and one line for each crate it is for.
struct Notice {
    text: String,
    crates: Vec<String>,
}

/// The notices being gathered: each distinct text once.
#[derive(Default)]
struct Gathered {
    notices: Vec<Notice>,
    by_text: HashMap<String, usize>,
}

impl Gathered {
    /// `text` is for `crate_`, as the tab-separated `kind` and `detail` say; nothing if the
    /// crate already has this very text (egui's fonts ship the OFL text they are also given).
    fn add(&mut self, text: String, kind: &str, crate_: &Crate, detail: &str) {
        assert!(
            !text.lines().any(|line| line.starts_with("%%%")),
            "a text of {} has a line starting with %%%, which notices.txt uses between texts",
            crate_.name
        );
        let index = *self.by_text.entry(text.clone()).or_insert_with(|| {
            self.notices.push(Notice {
                text,
                crates: Vec::new(),
            });
            self.notices.len() - 1
        });
        let crates = &mut self.notices[index].crates;
        let this_crate = format!("\t{}\t{}\t", crate_.name, crate_.version);
        if !crates.iter().any(|line| line.contains(&this_crate)) {
            let line = format!("{kind}{this_crate}{detail}");
            crates.push(line.trim_end().to_owned());
        }
    }
}

/// `notices.txt` as it should be.
fn expected_notices(crates: &[Crate]) -> String {
    let standard = standard_texts(crates);
    let mut gathered = Gathered::default();
    for crate_ in crates {
        let own = licence_files(&crate_.folder);
        for path in own.iter().chain(&font_licence_files(&crate_.folder)) {
            gathered.add(read_text(&crate_.folder.join(path)), "file", crate_, path);
        }
        if !own.is_empty() {
            continue;
        }
        assert!(
            satisfied(&crate_.licence, &|id| standard.contains_key(id)),
            "{} {} ships no licence file, and there is no text here for its licence {}: add a \
             crate that ships one to STANDARD_TEXTS",
            crate_.name,
            crate_.version,
            crate_.licence
        );
        for id in licence_ids(&crate_.licence) {
            if let Some((text, source)) = standard.get(id.as_str()) {
                gathered.add(text.clone(), "standard", crate_, &format!("{id}\t{source}"));
            }
        }
        if !crate_.authors.is_empty() {
            let notice = format!("Copyright (c) {}", crate_.authors.join(", "));
            gathered.add(notice, "authors", crate_, "");
        }
    }
    let count = gathered.notices.len();
    let mut out = format!(
        "Licence texts and copyright notices of the {crates} crates wirepeek is built from.\n\
         Made from `cargo metadata` by tests/licences.rs; make it again with:\n    {REGENERATE}\n\
         \n\
         Each distinct text is here once ({count} texts), after a line \"%%% text N of {count}\", \
         one line\nfor each crate it is for (tab-separated) and a line \"%%%\":\n\
         \n\
         file      CRATE VERSION PATH            the crate ships this text as PATH in its source\n\
         standard  CRATE VERSION LICENCE SOURCE  the crate ships no licence file; this is the \
         usual text\n                                        \
         of LICENCE, taken from SOURCE, a file of another crate\n\
         authors   CRATE VERSION                 the crate ships no licence file; its authors, \
         as its\n                                        \
         Cargo.toml names them, hold its copyright\n\
         \n\
         Texts that differ only in line ends or in spaces at the ends of lines count as one.\n",
        crates = crates.len(),
    );
    for (number, notice) in gathered.notices.iter().enumerate() {
        out.push_str(&format!("\n%%% text {} of {count}\n", number + 1));
        for line in &notice.crates {
            out.push_str(line);
            out.push('\n');
        }
        out.push_str("%%%\n");
        out.push_str(&notice.text);
        out.push('\n');
    }
    out
}

// ---- The .deb's copyright file ----

/// Debian's copyright format indents a paragraph's text by a space and writes an empty line as " .".
fn debian_text(text: &str) -> String {
    text.lines()
        .map(|line| {
            if line.trim().is_empty() {
                " .\n".to_owned()
            } else {
                format!(" {line}\n")
            }
        })
        .collect()
}

/// `debian-copyright` as it should be.
fn expected_debian_copyright(metadata: &Value, crates: &[Crate]) -> String {
    let root_id = metadata["resolve"]["root"]
        .as_str()
        .expect("a root package");
    let root = metadata["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .find(|package| package["id"] == root_id)
        .expect("the root package");
    let holders = root["metadata"]["deb"]["copyright"]
        .as_str()
        .expect("[package.metadata.deb] copyright");
    let licence = root["license"].as_str().expect("wirepeek's licence");
    let mut out = format!(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\
         Upstream-Name: wirepeek\n\
         Source: {source}\n\
         Comment: Made from `cargo metadata` by tests/licences.rs in wirepeek's source; make it\n \
         again with: {REGENERATE}\n \
         .\n \
         /usr/bin/wirepeek is built from {count} Rust crates (egui's fonts among them), each\n \
         under its own licence. Their licence texts and copyright notices are in\n \
         {INSTALLED_NOTICES}.\n\
         \n\
         Files: *\n\
         Copyright: {holders}\n\
         License: {licence}\n",
        source = root["repository"].as_str().expect("a repository"),
        count = crates.len(),
        licence = licence.replace(" OR ", " or "),
    );
    let font = read_text(&Path::new(env!("CARGO_MANIFEST_DIR")).join(FONT_LICENCE));
    let font_licence = font
        .find("Copyright (c) ")
        .map(|start| &font[start..])
        .expect("the font's copyright line");
    let font_holder = font_licence
        .lines()
        .next()
        .unwrap_or_default()
        .trim_start_matches("Copyright (c) ")
        .trim_end_matches(',');
    out.push_str(&format!(
        "\nFiles: assets/fonts/NanumGothic.ttf\n\
         Copyright: {font_holder}\n\
         License: OFL-1.1\n\
         Comment: The Korean font NanumGothic, built into /usr/bin/wirepeek, copied unmodified\n \
         from Debian's fonts-nanum.\n"
    ));
    let standard = standard_texts(crates);
    for id in licence_ids(licence) {
        out.push_str(&format!("\nLicense: {id}\n"));
        match id.as_str() {
            "Apache-2.0" => out.push_str(
                " On Debian systems, the full text of the Apache License, Version 2.0 is in\n \
                 /usr/share/common-licenses/Apache-2.0.\n",
            ),
            _ => {
                let (text, _) = standard
                    .get(id.as_str())
                    .unwrap_or_else(|| panic!("no text for wirepeek's licence {id}"));
                out.push_str(&debian_text(text));
            }
        }
    }
    out.push_str("\nLicense: OFL-1.1\n");
    out.push_str(&debian_text(font_licence));
    out
}

// ---- The tests ----

/// The committed file at `relative`, checked against what it should be (written first when
/// WIREPEEK_BLESS is set).
fn committed(relative: &str, expected: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    if std::env::var_os("WIREPEEK_BLESS").is_some() {
        std::fs::write(&path, expected).expect("write the file");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == expected,
        "{relative} does not match Cargo.lock and the crates' sources; make it again with: \
         {REGENERATE}"
    );
    committed
}

#[test]
fn the_committed_list_matches_cargo_lock() {
    let committed = committed(LIST, &expected_list(&program_crates(&metadata())));
    assert_eq!(
        committed,
        wirepeek::licences::DEPENDENCIES_TSV,
        "the program was built with an older {LIST}; build again"
    );
}

#[test]
fn the_committed_notices_match_the_crates_sources() {
    let committed = committed(NOTICES, &expected_notices(&program_crates(&metadata())));
    assert!(
        wirepeek::licences::notices_text().expect("the notices inflate") == committed,
        "the program was built with an older {NOTICES}; build again"
    );
}

#[test]
fn the_committed_debian_copyright_names_every_licence() {
    let metadata = metadata();
    let crates = program_crates(&metadata);
    let copyright = committed(
        DEBIAN_COPYRIGHT,
        &expected_debian_copyright(&metadata, &crates),
    );
    for needed in [
        "License: MIT or Apache-2.0",
        "License: OFL-1.1",
        "SIL OPEN FONT LICENSE",
        INSTALLED_NOTICES,
    ] {
        assert!(copyright.contains(needed), "{needed}");
    }
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
            .expect("Cargo.toml");
    for installed in [
        format!(r#"["{DEBIAN_COPYRIGHT}", "usr/share/doc/wirepeek/copyright", "644"]"#),
        format!(r#"["{NOTICES}", "{}", "644"]"#, &INSTALLED_NOTICES[1..]),
    ] {
        assert!(
            manifest.contains(&installed),
            "[package.metadata.deb] does not install {installed}"
        );
    }
}

#[test]
fn every_listed_crate_has_its_licence_text_in_the_program() {
    let notices = Notices::parse(wirepeek::licences::notices_text().expect("the notices inflate"));
    for crate_ in wirepeek::licences::dependencies() {
        assert!(
            !notices.for_crate(crate_.name, crate_.version).is_empty(),
            "{} {} has no licence text",
            crate_.name,
            crate_.version
        );
    }
    // egui ships no licence file: it gets the usual MIT and Apache texts and its author.
    let egui = wirepeek::licences::dependencies()
        .into_iter()
        .find(|c| c.name == "egui")
        .expect("egui");
    let texts = notices.for_crate(egui.name, egui.version);
    assert!(texts.iter().any(|(source, text)| {
        matches!(source, Source::Standard { licence, .. } if licence == "MIT")
            && text.contains("Permission is hereby granted")
    }));
    assert!(texts.iter().any(|(source, text)| {
        matches!(source, Source::Standard { licence, .. } if licence == "Apache-2.0")
            && text.contains("Apache License")
    }));
    assert!(texts.iter().any(|(source, text)| {
        matches!(source, Source::Authors) && text.contains("Emil Ernerfeldt")
    }));
    // rustls ships its own files.
    let rustls = wirepeek::licences::dependencies()
        .into_iter()
        .find(|c| c.name == "rustls")
        .expect("rustls");
    assert!(
        notices.for_crate(rustls.name, rustls.version).iter().any(
            |(source, _)| matches!(source, Source::File { path } if path.starts_with("LICENSE"))
        )
    );
}

#[test]
fn every_listed_crate_is_in_cargo_lock_at_that_version() {
    let lock = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.lock"))
        .expect("Cargo.lock");
    let locked: HashSet<(&str, &str)> = lock
        .split("[[package]]")
        .filter_map(|entry| {
            let value = |key: &str| {
                entry
                    .lines()
                    .find_map(|line| line.strip_prefix(key))
                    .map(|rest| rest.trim().trim_matches('"'))
            };
            Some((value("name = ")?, value("version = ")?))
        })
        .collect();
    let listed = wirepeek::licences::dependencies();
    for crate_ in &listed {
        assert!(
            locked.contains(&(crate_.name, crate_.version)),
            "{} {} is listed but not in Cargo.lock; make the list again with: {REGENERATE}",
            crate_.name,
            crate_.version
        );
    }
    for needed in ["eframe", "rustls", "egui", "clap"] {
        assert!(listed.iter().any(|c| c.name == needed), "{needed} missing");
    }
    assert!(
        !listed
            .iter()
            .any(|c| c.name == "egui_kittest" || c.name == "proptest"),
        "test-only crates are not part of the program"
    );
}
