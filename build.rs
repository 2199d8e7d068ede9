//! Build step for Windows only: put wirepeek's icon (`assets/wirepeek.ico`) into `wirepeek.exe`,
//! so Explorer, the taskbar and the Start menu show it. On Linux and macOS it does nothing, and
//! the `winresource` crate it uses is not even built there (a Windows-only build dependency).

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/wirepeek.ico");
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
