//! Naming the service behind a server that did not answer in HTTP, from its first bytes (many
//! protocols greet first: `SSH-2.0-...`, an SMTP `220 ...`, POP3's `+OK`) and, failing that,
//! from the port.

use super::super::Message;
use super::Explanation;
use crate::learn::ports;

/// How a service was recognized.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clue {
    /// Its greeting (the first bytes) has a shape only that protocol uses.
    Greeting,
    /// Only the port: the service usually found there.
    Port,
}

/// A service recognized behind a port that did not speak HTTP.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recognized {
    /// The port whose usual service it is (`22` for SSH).
    pub usual_port: u16,
    /// How it was recognized.
    pub clue: Clue,
}

impl Recognized {
    /// The line that says so ("This looks like SMTP, from its greeting"), then the service's
    /// own explanation.
    pub fn explained(&self, port: u16) -> (Message, Explanation) {
        let explanation = ports::explain(self.usual_port);
        let service = ports::well_known(self.usual_port).map_or("?", |p| p.service);
        let line = Message::new("explain-recognized")
            .text("service", service)
            .text("port", port.to_string())
            .choice(
                "clue",
                match self.clue {
                    Clue::Greeting => "greeting",
                    Clue::Port => "port",
                },
            );
        (line, explanation)
    }
}

/// The service that sent `first_bytes` (as the engine escapes them) on `port`, if its greeting
/// or, failing that, its port tells.
pub fn recognize(first_bytes: &str, port: u16) -> Option<Recognized> {
    let greeting = |usual_port| {
        Some(Recognized {
            usual_port,
            clue: Clue::Greeting,
        })
    };
    let upper = first_bytes.to_ascii_uppercase();
    if upper.starts_with("SSH-") {
        return greeting(22);
    }
    if upper.starts_with("220") {
        // FTP and SMTP both greet with 220; the words or the port tell them apart.
        let ftp = upper.contains("FTP") || matches!(port, 20 | 21);
        return greeting(if ftp { 21 } else { 25 });
    }
    if upper.starts_with("+OK") {
        return greeting(110);
    }
    if upper.starts_with("* OK") {
        return greeting(143);
    }
    if upper.starts_with("RFB ") {
        return greeting(5900);
    }
    if upper.starts_with("-ERR") || upper.starts_with("-NOAUTH") || upper.starts_with("-DENIED") {
        return greeting(6379);
    }
    if upper.contains("MYSQL_NATIVE_PASSWORD") || upper.contains("CACHING_SHA2_PASSWORD") {
        return greeting(3306);
    }
    let known = ports::well_known(port)?;
    // A port whose usual service is HTTP tells nothing about what else answered there.
    if matches!(known.number, 80 | 443 | 8080 | 8443 | 9200 | 3128) {
        return None;
    }
    Some(Recognized {
        usual_port: known.number,
        clue: Clue::Port,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{I18n, LANGUAGES};

    fn usual(first_bytes: &str, port: u16) -> Option<(u16, Clue)> {
        recognize(first_bytes, port).map(|r| (r.usual_port, r.clue))
    }

    #[test]
    fn greetings_name_their_service_whatever_the_port() {
        assert_eq!(
            usual("SSH-2.0-OpenSSH_9.6\\r\\n", 2222),
            Some((22, Clue::Greeting))
        );
        assert_eq!(
            usual("220 mail.example.com ESMTP Postfix\\r\\n", 25),
            Some((25, Clue::Greeting))
        );
        assert_eq!(
            usual("220 (vsFTPd 3.0.5)\\r\\n", 2121),
            Some((21, Clue::Greeting))
        );
        assert_eq!(usual("220 Welcome\\r\\n", 21), Some((21, Clue::Greeting)));
        assert_eq!(
            usual("+OK POP3 ready\\r\\n", 110),
            Some((110, Clue::Greeting))
        );
        assert_eq!(
            usual("* OK [CAPABILITY IMAP4rev1] ready\\r\\n", 143),
            Some((143, Clue::Greeting))
        );
        assert_eq!(usual("RFB 003.008\\n", 5901), Some((5900, Clue::Greeting)));
        assert_eq!(
            usual("-NOAUTH Authentication required.\\r\\n", 6379),
            Some((6379, Clue::Greeting))
        );
        assert_eq!(
            usual(
                "J\\x00\\x00\\x00\\n8.0.36\\x00 mysql_native_password\\x00",
                3307
            ),
            Some((3306, Clue::Greeting))
        );
    }

    #[test]
    fn otherwise_the_port_names_its_usual_service_except_for_web_ports() {
        assert_eq!(usual("\\x00\\x01", 5432), Some((5432, Clue::Port)));
        assert_eq!(usual("hello", 80), None);
        assert_eq!(usual("hello", 8080), None);
        assert_eq!(usual("hello", 4000), None);
    }

    #[test]
    fn the_line_names_the_service_and_the_clue_in_every_language() {
        for language in LANGUAGES {
            let i18n = I18n::new(language.code).expect("language");
            for (bytes, port) in [("SSH-2.0-x", 2222), ("\\x00", 5432)] {
                let (line, explanation) = recognize(bytes, port).expect("known").explained(port);
                let text = i18n.render(&line);
                assert!(text.contains(&port.to_string()), "{text}");
                assert!(
                    text.contains("SSH") || text.contains("PostgreSQL"),
                    "{text}"
                );
                assert!(!i18n.render(&explanation.summary).starts_with("explain-"));
            }
        }
    }
}
