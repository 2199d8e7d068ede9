//! What the installers take from `assets/`: the Linux menu entry is valid for the desktops
//! (`desktop-file-validate`, from the `desktop-file-utils` package, must be installed: this test
//! fails without it rather than pass unchecked), it names the window the way the program does,
//! and every icon size the `.deb` installs exists at exactly that size.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails loudly on purpose"
)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The PNG sizes installed under `usr/share/icons/hicolor/NxN/apps/`.
const ICON_SIZES: [u32; 8] = [16, 24, 32, 48, 64, 128, 256, 512];

fn repo_file(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn read_text(path: &str) -> String {
    std::fs::read_to_string(repo_file(path)).unwrap_or_else(|e| panic!("read {path}: {e}"))
}

#[test]
fn the_desktop_entry_passes_desktop_file_validate() {
    let entry = repo_file("assets/wirepeek.desktop");
    let output = match Command::new("desktop-file-validate").arg(&entry).output() {
        Ok(output) => output,
        Err(e) => panic!(
            "desktop-file-validate could not run ({e}); install it: \
             sudo apt-get install desktop-file-utils"
        ),
    };
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    // Hints count too: they mean a menu would show the entry oddly (e.g. twice).
    assert!(
        output.status.success() && said.trim().is_empty(),
        "desktop-file-validate {}: {said}",
        output.status
    );
}

#[test]
fn the_desktop_entry_speaks_korean_and_matches_the_window() {
    let entry = read_text("assets/wirepeek.desktop");
    let value = |key: &str| {
        entry
            .lines()
            .find_map(|line| line.strip_prefix(key)?.strip_prefix('='))
            .unwrap_or_else(|| panic!("{key} is missing from wirepeek.desktop"))
    };
    for key in [
        "Name[ko]",
        "Comment[ko]",
        "GenericName[ko]",
        "Keywords",
        "Keywords[ko]",
    ] {
        assert!(!value(key).trim().is_empty(), "{key} is empty");
    }
    assert!(!value("Categories").is_empty());
    assert_eq!(value("Icon"), "wirepeek");
    assert_eq!(value("Exec"), "wirepeek %u");
    // Desktops match a running window to its entry by the window's app id (Wayland) or
    // WM_CLASS (X11), both set from `with_app_id` in src/entry.rs.
    assert_eq!(value("StartupWMClass"), "wirepeek");
    assert!(
        read_text("src/entry.rs").contains(r#".with_app_id("wirepeek")"#),
        "src/entry.rs no longer names the window \"wirepeek\"; StartupWMClass must follow it"
    );
}

/// Width and height from a PNG's IHDR chunk, which always comes first.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    assert_eq!(&bytes[12..16], b"IHDR", "the first chunk is not IHDR");
    let number = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (number(16), number(20))
}

#[test]
fn every_icon_size_the_deb_installs_exists_at_that_size() {
    let manifest = read_text("Cargo.toml");
    for size in ICON_SIZES {
        let file = format!("assets/icon-{size}.png");
        let bytes = std::fs::read(repo_file(&file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(png_size(&bytes), (size, size), "{file}");
        let installed = format!(
            r#"["{file}", "usr/share/icons/hicolor/{size}x{size}/apps/wirepeek.png", "644"]"#
        );
        assert!(
            manifest.contains(&installed),
            "[package.metadata.deb] does not install {file}"
        );
    }
    let svg = read_text("assets/wirepeek.svg");
    assert!(svg.starts_with("<svg ") && svg.contains(r#"viewBox="0 0 1024 1024""#));
    assert!(manifest.contains("usr/share/icons/hicolor/scalable/apps/wirepeek.svg"));
    // The Windows icon: an ICO header (reserved 0, type 1) with an image for each size.
    let ico = std::fs::read(repo_file("assets/wirepeek.ico")).unwrap();
    assert_eq!(
        &ico[..4],
        [0, 0, 1, 0],
        "assets/wirepeek.ico is not an icon file"
    );
    assert!(
        u16::from_le_bytes([ico[4], ico[5]]) >= 5,
        "too few sizes in the .ico"
    );
}
