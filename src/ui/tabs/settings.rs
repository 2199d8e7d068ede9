//! The Settings tab: the engine's time and size limits, and a teacher's own certificate authority.

use std::time::Duration;

use egui::{DragValue, RichText, Ui};

use crate::i18n::I18n;
use crate::learn::Message;
use crate::learn::files::file_problem_of;
use crate::ui::appearance::{Appearance, appearance_rows};
use crate::ui::file_dialogs::{Choosing, Dialogs};
use crate::ui::focus_ring::reveal_when_focused;
use crate::wire::{
    CaFileProblem, FetchError, Limits, ProxyAddress, ProxyOrigin, ProxySettings, SystemRoots,
    TlsProblem,
};

use super::{TabAction, TabInput};

/// The catalog key of the tab's name.
pub const KEY: &str = "tab-settings";

/// Draw the tab; the settings are changed in place.
pub fn show(ui: &mut Ui, i18n: I18n, input: &mut TabInput<'_>) -> TabAction {
    settings_panel(ui, i18n, input.settings);
    TabAction::None
}

/// What the learner can change about every fetch; remembered between runs.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Looking up the host, seconds.
    pub dns_seconds: f64,
    /// Connecting, per address, seconds.
    pub connect_seconds: f64,
    /// The TLS handshake, seconds.
    pub tls_seconds: f64,
    /// Waiting for the whole response head, seconds.
    pub head_seconds: f64,
    /// Silence allowed between body reads, seconds.
    pub idle_seconds: f64,
    /// The whole fetch, seconds; 0 means no limit.
    pub total_seconds: f64,
    /// Body kept in memory, MiB.
    pub max_body_mib: usize,
    /// Redirects followed when following is on.
    pub max_redirects: usize,
    /// A PEM file of extra certificate authorities to trust (empty: none).
    pub ca_file: String,
    /// The window's size and colours (zoom, light or dark).
    pub appearance: Appearance,
    /// Which proxy fetches go through.
    pub proxy: ProxyChoice,
    /// The proxy typed for [`ProxyChoice::This`], e.g. `http://proxy.school.example:3128`.
    pub proxy_address: String,
    /// Also trust the operating system's certificate store, beside the bundled Mozilla roots.
    pub system_roots: bool,
}

/// Which proxy fetches from the window go through.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProxyChoice {
    /// The ones the system names (`HTTP_PROXY`, `HTTPS_PROXY`, `NO_PROXY`); none named: direct.
    #[default]
    System,
    /// Always direct.
    Direct,
    /// The one in [`Settings::proxy_address`].
    This,
}

impl Default for Settings {
    fn default() -> Self {
        Self::from_limits(&Limits::default())
    }
}

impl Settings {
    fn from_limits(limits: &Limits) -> Self {
        Self {
            dns_seconds: limits.dns_timeout.as_secs_f64(),
            connect_seconds: limits.connect_timeout.as_secs_f64(),
            tls_seconds: limits.tls_timeout.as_secs_f64(),
            head_seconds: limits.head_timeout.as_secs_f64(),
            idle_seconds: limits.idle_timeout.as_secs_f64(),
            total_seconds: limits.total_timeout.map_or(0.0, |t| t.as_secs_f64()),
            max_body_mib: limits.max_body_bytes / (1024 * 1024),
            max_redirects: limits.max_redirects,
            ca_file: String::new(),
            appearance: Appearance::default(),
            proxy: ProxyChoice::default(),
            proxy_address: String::new(),
            system_roots: false,
        }
    }

    /// Whether https also trusts the system's store: the command line's choice (`--system-roots`)
    /// when it made one, else this setting's.
    pub fn system_roots(&self, from_command_line: &SystemRoots) -> SystemRoots {
        match from_command_line {
            SystemRoots::Off if self.system_roots => SystemRoots::FromSystem,
            other => other.clone(),
        }
    }

    /// The proxies these settings choose (read from the environment at each call for
    /// [`ProxyChoice::System`], so a changed network setting counts from the next fetch).
    pub fn proxy(&self) -> ProxySettings {
        match self.proxy {
            ProxyChoice::System => ProxySettings::from_environment(),
            ProxyChoice::Direct => ProxySettings::default(),
            ProxyChoice::This => ProxyAddress::parse(&self.proxy_address, ProxyOrigin::Settings)
                .map_or_else(ProxySettings::unusable, ProxySettings::through),
        }
    }

    /// The engine's limits with these settings (anything out of range falls back to a default).
    pub fn limits(&self) -> Limits {
        let defaults = Limits::default();
        let seconds = |value: f64, default: Duration| {
            Duration::try_from_secs_f64(value)
                .ok()
                .filter(|d| !d.is_zero())
                .unwrap_or(default)
        };
        Limits {
            dns_timeout: seconds(self.dns_seconds, defaults.dns_timeout),
            connect_timeout: seconds(self.connect_seconds, defaults.connect_timeout),
            tls_timeout: seconds(self.tls_seconds, defaults.tls_timeout),
            head_timeout: seconds(self.head_seconds, defaults.head_timeout),
            idle_timeout: seconds(self.idle_seconds, defaults.idle_timeout),
            total_timeout: Duration::try_from_secs_f64(self.total_seconds)
                .ok()
                .filter(|d| !d.is_zero()),
            max_body_bytes: self.max_body_mib.max(1).saturating_mul(1024 * 1024),
            max_redirects: self.max_redirects,
            ..defaults
        }
    }

    /// The certificate authorities of `ca_file`, or why it cannot be read (`Ok(None)`: no file).
    pub fn extra_ca_pem(&self) -> Result<Option<Vec<u8>>, CaFileProblem> {
        let path = self.ca_file.trim();
        if path.is_empty() {
            return Ok(None);
        }
        std::fs::read(path)
            .map(Some)
            .map_err(|e| CaFileProblem::CannotRead {
                path: path.to_owned(),
                kind: e.kind(),
                os_said: e.to_string(),
            })
    }
}

/// One labelled number field; the label names the field for screen readers too.
fn number_row<T: egui::emath::Numeric>(
    ui: &mut Ui,
    label: &str,
    value: &mut T,
    range: std::ops::RangeInclusive<T>,
    unit: &str,
) {
    let label = ui.label(label);
    let field = ui
        .add(DragValue::new(value).range(range).suffix(unit).speed(0.1))
        .labelled_by(label.id);
    reveal_when_focused(&field);
    ui.end_row();
}

/// What reading the CA file found: how many certificates, or why it cannot be read.
#[derive(Clone)]
struct CaFileCheck {
    path: String,
    at: f64,
    found: Result<Option<usize>, Message>,
}

/// The CA file's state for the Settings tab. The file is read when the path changes and at most
/// once a second otherwise (so a file saved meanwhile is noticed), not on every frame.
fn ca_file_check(ui: &Ui, settings: &Settings) -> Result<Option<usize>, Message> {
    const RECHECK_SECONDS: f64 = 1.0;
    let id = egui::Id::unique("settings-ca-file-check");
    let now = ui.input(|i| i.time);
    let ctx = ui.ctx();
    let last = ctx.data(|d| d.get_temp::<CaFileCheck>(id));
    if let Some(last) = last
        && last.path == settings.ca_file
        && now - last.at < RECHECK_SECONDS
    {
        return last.found;
    }
    let found = settings
        .extra_ca_pem()
        .map(|pem| {
            pem.map(|pem| {
                String::from_utf8_lossy(&pem)
                    .matches("BEGIN CERTIFICATE")
                    .count()
            })
        })
        .map_err(|problem| match problem {
            CaFileProblem::CannotRead { kind, os_said, .. } => file_problem_of(kind, &os_said),
            other => crate::learn::error_message(&FetchError::Tls(TlsProblem::BadCaFile(other))),
        });
    let check = CaFileCheck {
        path: settings.ca_file.clone(),
        at: now,
        found: found.clone(),
    };
    ctx.data_mut(|d| d.insert_temp(id, check));
    found
}

/// The "Choose…" button beside the CA file: the system's open dialog, on its own thread; its
/// answer fills the field. Shown only where there is a dialog to open.
fn ca_file_chooser(ui: &mut Ui, i18n: I18n, ca_file: &mut String) {
    let dialogs = Dialogs::of(ui.ctx());
    if !dialogs.can_choose() {
        return;
    }
    let id = egui::Id::unique("settings-ca-file-choosing");
    let choosing = ui.ctx().data(|d| d.get_temp::<Choosing>(id));
    match choosing.as_ref().map(Choosing::answer) {
        Some(None) => {
            ui.add_enabled(false, egui::Button::new(i18n.t("settings-ca-choose")));
            ui.spinner();
            ui.label(RichText::new(i18n.t("settings-ca-choosing")).weak());
            return;
        }
        Some(Some(answer)) => {
            ui.ctx().data_mut(|d| d.remove::<Choosing>(id));
            if let Some(path) = answer {
                *ca_file = path.display().to_string();
            }
        }
        None => {}
    }
    let choose = ui.button(i18n.t("settings-ca-choose"));
    reveal_when_focused(&choose);
    if choose.clicked()
        && let Some(started) = dialogs.open(ui.ctx(), i18n.t("settings-ca-dialog"))
    {
        ui.ctx().data_mut(|d| d.insert_temp(id, started));
    }
}

/// Draw the Settings tab.
pub fn settings_panel(ui: &mut Ui, i18n: I18n, settings: &mut Settings) {
    ui.label(RichText::new(i18n.t("settings-intro")).weak());
    egui::ScrollArea::vertical()
        .id_salt("settings")
        .show(ui, |ui| {
            appearance_rows(ui, i18n, &mut settings.appearance);
            ui.separator();
            egui::Grid::new("settings-grid")
                .num_columns(2)
                .spacing([16.0, 6.0])
                .show(ui, |ui| {
                    let seconds = [
                        ("settings-dns", &mut settings.dns_seconds, 0.1..=600.0),
                        (
                            "settings-connect",
                            &mut settings.connect_seconds,
                            0.1..=600.0,
                        ),
                        ("settings-tls", &mut settings.tls_seconds, 0.1..=600.0),
                        ("settings-head", &mut settings.head_seconds, 0.1..=3600.0),
                        ("settings-idle", &mut settings.idle_seconds, 0.1..=3600.0),
                        (
                            "settings-total",
                            &mut settings.total_seconds,
                            0.0..=86_400.0,
                        ),
                    ];
                    for (key, value, range) in seconds {
                        number_row(ui, i18n.t(key), value, range, i18n.t("settings-seconds"));
                    }
                    number_row(
                        ui,
                        i18n.t("settings-max-body"),
                        &mut settings.max_body_mib,
                        1..=4096,
                        " MiB",
                    );
                    number_row(
                        ui,
                        i18n.t("settings-max-redirects"),
                        &mut settings.max_redirects,
                        0..=50,
                        "",
                    );
                    let label = ui.label(i18n.t("settings-ca-file"));
                    ui.horizontal(|ui| {
                        let field = ui
                            .add(
                                egui::TextEdit::singleline(&mut settings.ca_file)
                                    .hint_text(i18n.t("settings-ca-hint"))
                                    .desired_width(360.0),
                            )
                            .labelled_by(label.id);
                        reveal_when_focused(&field);
                        ca_file_chooser(ui, i18n, &mut settings.ca_file);
                        match ca_file_check(ui, settings) {
                            Ok(None) => {}
                            Ok(Some(0)) => {
                                ui.colored_label(
                                    ui.visuals().error_fg_color,
                                    i18n.t("settings-ca-none"),
                                );
                            }
                            Ok(Some(count)) => {
                                ui.label(
                                    i18n.f("settings-ca-read", &[("count", &count.to_string())]),
                                );
                            }
                            Err(problem) => {
                                ui.colored_label(
                                    ui.visuals().error_fg_color,
                                    i18n.f(
                                        "settings-ca-error",
                                        &[("detail", &i18n.render(&problem))],
                                    ),
                                );
                            }
                        }
                    });
                    ui.end_row();
                    proxy_rows(ui, i18n, settings);
                });
            let reset = ui.button(i18n.t("settings-reset"));
            reveal_when_focused(&reset);
            if reset.clicked() {
                // The limits go back; the size and colours stay (a projector still needs them).
                *settings = Settings {
                    appearance: settings.appearance,
                    ..Settings::default()
                };
            }
        });
}

/// The proxy choice and the trust store: rows of the settings grid.
fn proxy_rows(ui: &mut Ui, i18n: I18n, settings: &mut Settings) {
    ui.label(i18n.t("settings-proxy"));
    ui.vertical(|ui| {
        for (choice, key) in [
            (ProxyChoice::System, "settings-proxy-system"),
            (ProxyChoice::Direct, "settings-proxy-direct"),
            (ProxyChoice::This, "settings-proxy-this"),
        ] {
            let button = ui.radio_value(&mut settings.proxy, choice, i18n.t(key));
            reveal_when_focused(&button);
        }
        let field = ui
            .add_enabled(
                settings.proxy == ProxyChoice::This,
                egui::TextEdit::singleline(&mut settings.proxy_address)
                    .hint_text("http://proxy.example:3128")
                    .desired_width(360.0),
            )
            .on_disabled_hover_text(i18n.t("settings-proxy-address-off"))
            .labelled_by(ui.label(i18n.t("settings-proxy-address")).id);
        reveal_when_focused(&field);
        if let Some(error) = settings.proxy().unusable {
            let words = i18n.render(&crate::learn::error_message(&error));
            ui.colored_label(ui.visuals().error_fg_color, words);
        }
    });
    ui.end_row();
    ui.label(i18n.t("settings-trust"));
    let check = ui.checkbox(&mut settings.system_roots, i18n.t("settings-system-roots"));
    reveal_when_focused(&check);
    ui.end_row();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_settings_give_the_default_limits() {
        assert_eq!(Settings::default().limits(), Limits::default());
    }

    #[test]
    fn settings_change_the_limits_and_nonsense_falls_back() {
        let settings = Settings {
            head_seconds: 1.5,
            total_seconds: 20.0,
            max_body_mib: 3,
            dns_seconds: f64::NAN,
            connect_seconds: -4.0,
            ..Settings::default()
        };
        let limits = settings.limits();
        assert_eq!(limits.head_timeout, Duration::from_millis(1500));
        assert_eq!(limits.total_timeout, Some(Duration::from_secs(20)));
        assert_eq!(limits.max_body_bytes, 3 * 1024 * 1024);
        assert_eq!(limits.dns_timeout, Limits::default().dns_timeout);
        assert_eq!(limits.connect_timeout, Limits::default().connect_timeout);
    }

    #[test]
    fn a_missing_ca_file_says_why() {
        let settings = Settings {
            ca_file: "/no/such/dir/ca.pem".into(),
            ..Settings::default()
        };
        assert!(settings.extra_ca_pem().is_err());
        assert_eq!(Settings::default().extra_ca_pem(), Ok(None));
    }

    #[test]
    fn the_proxy_choice_gives_the_proxies_and_a_bad_address_says_why() {
        let direct = Settings {
            proxy: ProxyChoice::Direct,
            ..Settings::default()
        };
        assert_eq!(direct.proxy(), ProxySettings::default());
        let this = Settings {
            proxy: ProxyChoice::This,
            proxy_address: "127.0.0.1:3128".into(),
            ..Settings::default()
        };
        let chosen = this.proxy();
        assert_eq!(chosen.http.as_ref().map(|p| p.port), Some(3128));
        assert_eq!(
            chosen.https.as_ref().map(|p| p.origin.clone()),
            Some(ProxyOrigin::Settings)
        );
        let bad = Settings {
            proxy_address: "socks5://127.0.0.1:1080".into(),
            ..this
        };
        assert!(matches!(
            bad.proxy().unusable,
            Some(crate::wire::FetchError::BadProxy { .. })
        ));
    }

    #[test]
    fn the_command_line_wins_over_the_system_store_setting() {
        let on = Settings {
            system_roots: true,
            ..Settings::default()
        };
        assert_eq!(on.system_roots(&SystemRoots::Off), SystemRoots::FromSystem);
        assert_eq!(
            Settings::default().system_roots(&SystemRoots::Off),
            SystemRoots::Off
        );
        let given = SystemRoots::Given(b"pem".to_vec());
        assert_eq!(on.system_roots(&given), given);
        assert_eq!(
            Settings::default().system_roots(&SystemRoots::FromSystem),
            SystemRoots::FromSystem
        );
    }
}
