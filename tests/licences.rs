//! The list of crates shown in the About window (`assets/licences/dependencies.tsv`) matches
//! what wirepeek is built from. It is made from `cargo metadata` (offline, from `Cargo.lock`):
//! every crate the program's normal build needs, on any platform, with its licence.
//!
//! After changing dependencies, make it again with:
//!     WIREPEEK_BLESS=1 cargo test --test licences

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly on purpose"
)]

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;
use std::process::Command;

use serde_json::Value;

const LIST: &str = "assets/licences/dependencies.tsv";
const REGENERATE: &str = "WIREPEEK_BLESS=1 cargo test --test licences";

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
        "cargo metadata failed (run `cargo fetch` once with the network): {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("cargo metadata writes JSON")
}

/// The list as it should be: the crates reachable from wirepeek through normal and build
/// dependencies (not dev ones), one line each, sorted, with a header line.
fn expected_list() -> String {
    let metadata = metadata();
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
    let mut lines = BTreeSet::new();
    for package in metadata["packages"].as_array().expect("packages") {
        let id = package["id"].as_str().expect("package id");
        if !reached.contains(id) {
            continue;
        }
        let field = |name: &str| package[name].as_str().unwrap_or("").trim().to_owned();
        let licence = match field("license") {
            none if none.is_empty() => format!("see {} in its source", field("license_file")),
            licence => licence,
        };
        lines.insert((
            field("name"),
            field("version"),
            licence,
            field("repository"),
        ));
    }
    let mut list = String::from("name\tversion\tlicence\trepository\n");
    for (name, version, licence, repository) in lines {
        list.push_str(&format!("{name}\t{version}\t{licence}\t{repository}\n"));
    }
    list
}

#[test]
fn the_committed_list_matches_cargo_lock() {
    let expected = expected_list();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(LIST);
    if std::env::var_os("WIREPEEK_BLESS").is_some() {
        std::fs::write(&path, &expected).expect("write the list");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == expected,
        "{LIST} does not match Cargo.lock; make it again with: {REGENERATE}"
    );
    assert_eq!(
        committed,
        wirepeek::licences::DEPENDENCIES_TSV,
        "the program was built with an older {LIST}; build again"
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
