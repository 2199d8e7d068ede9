//! The one way to name a phase of a fetch.

use crate::wire::Phase;

/// The catalog id that names `phase`: its value is the progress label ("Connecting…"), its
/// `.doing` attribute the words used inside a sentence ("while connecting").
pub fn phase_id(phase: Phase) -> &'static str {
    match phase {
        Phase::Idle => "phase-idle",
        Phase::Resolving => "phase-resolving",
        Phase::Connecting => "phase-connecting",
        Phase::ProxyTunnel => "phase-proxy-tunnel",
        Phase::TlsHandshake => "phase-tls",
        Phase::Sending => "phase-sending",
        Phase::Waiting => "phase-waiting",
        Phase::Downloading => "phase-downloading",
        Phase::Decoding => "phase-decoding",
        Phase::Done => "phase-done",
    }
}

/// The catalog id of what a network step of the timeline measures (`phase-measures-…`), for
/// hovering the step: from when to when its time runs, and what happens in it.
pub fn measures_id(phase: Phase) -> &'static str {
    match phase {
        Phase::Resolving => "phase-measures-resolving",
        Phase::Connecting => "phase-measures-connecting",
        Phase::ProxyTunnel => "phase-measures-proxy-tunnel",
        Phase::TlsHandshake => "phase-measures-tls",
        Phase::Sending => "phase-measures-sending",
        Phase::Waiting => "phase-measures-waiting",
        Phase::Idle | Phase::Downloading | Phase::Decoding | Phase::Done => {
            "phase-measures-downloading"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{I18n, LANGUAGES};

    #[test]
    fn every_timeline_step_says_what_it_measures_in_every_language() {
        // The timeline's steps: the phases on the network, not the ones before and after.
        let steps = Phase::ALL
            .into_iter()
            .filter(|phase| !matches!(phase, Phase::Idle | Phase::Decoding | Phase::Done))
            .collect::<Vec<_>>();
        for language in LANGUAGES {
            let i18n = I18n::new(language.code).expect("language");
            let mut seen = Vec::new();
            for &phase in &steps {
                let text = i18n.t(measures_id(phase));
                assert!(!text.starts_with("phase-"), "{}: {text}", language.code);
                if language.code == "ko" {
                    assert!(
                        text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)),
                        "{text}"
                    );
                }
                assert!(!seen.contains(&text), "each step its own: {text}");
                seen.push(text);
            }
        }
    }
}
