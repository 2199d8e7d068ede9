//! Build steps: gzip the licence texts of every crate (`assets/licences/notices.txt`) into the
//! program, and on Windows put wirepeek's icon (`assets/wirepeek.ico`) into `wirepeek.exe`, so
//! Explorer, the taskbar and the Start menu show it. The `winresource` crate the icon needs is
//! not even built on Linux or macOS (a Windows-only build dependency).

use std::io::Write;

/// The licence texts and copyright notices of every crate, made by the `licences` test.
const NOTICES: &str = "assets/licences/notices.txt";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/wirepeek.ico");
    println!("cargo:rerun-if-changed={NOTICES}");
    compress_notices()?;
    #[cfg(windows)]
    if std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "windows") {
        let mut resource = winresource::WindowsResource::new();
        resource.set_icon("assets/wirepeek.ico");
        // Needs the Windows SDK's resource compiler (installed with the MSVC build tools) or
        // `windres` for the GNU toolchain; a missing one stops the build with its own message.
        resource.compile()?;
    }
    Ok(())
}

/// Write `OUT_DIR/notices.txt.gz` for `src/licences` to include (why gzipped: see there).
fn compress_notices() -> Result<(), Box<dyn std::error::Error>> {
    let text = std::fs::read(NOTICES)?;
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gzip.write_all(&text)?;
    let out = std::path::Path::new(&std::env::var("OUT_DIR")?).join("notices.txt.gz");
    std::fs::write(out, gzip.finish()?)?;
    Ok(())
}
