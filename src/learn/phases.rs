//! The one way to name a phase of a fetch.

use crate::wire::Phase;

/// The catalog id that names `phase`: its value is the progress label ("Connecting…"), its
/// `.doing` attribute the words used inside a sentence ("while connecting").
pub fn phase_id(phase: Phase) -> &'static str {
    match phase {
        Phase::Idle => "phase-idle",
        Phase::Resolving => "phase-resolving",
        Phase::Connecting => "phase-connecting",
        Phase::TlsHandshake => "phase-tls",
        Phase::Sending => "phase-sending",
        Phase::Waiting => "phase-waiting",
        Phase::Downloading => "phase-downloading",
        Phase::Decoding => "phase-decoding",
        Phase::Done => "phase-done",
    }
}
