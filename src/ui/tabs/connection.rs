//! The "Connection" tab: where the request went and how it got there: the URL taken apart, the
//! port's usual service, every DNS address and connect attempt, and for https the TLS session
//! and the server's certificates with the check's result in words.

use std::time::{SystemTime, UNIX_EPOCH};

use egui::{RichText, Ui};

use crate::i18n::{self, I18n};
use crate::learn::ports;
use crate::ui::format;
use crate::wire::{CertificateInfo, Exchange, ProxyOrigin, ProxyStep, TlsInfo};

use super::{TabAction, TabInput};

/// The catalog key of the tab's name.
pub const KEY: &str = "tab-connection";

/// Draw the tab.
pub fn show(ui: &mut Ui, i18n: I18n, input: &mut TabInput<'_>) -> TabAction {
    let Some(exchange) = input.chain.last() else {
        ui.label(RichText::new(i18n.t("request-none")).weak());
        return TabAction::None;
    };
    egui::ScrollArea::vertical()
        .id_salt("connection-tab")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            address(ui, i18n, exchange);
            lookup_and_connect(ui, i18n, exchange);
            if let Some(tls) = &exchange.tls {
                tls_session(ui, i18n, tls);
            }
        });
    TabAction::None
}

/// One `name  value` row of a grid.
fn row(ui: &mut Ui, name: &str, value: impl Into<egui::WidgetText>) {
    ui.label(RichText::new(name).weak());
    ui.add(egui::Label::new(value).wrap());
    ui.end_row();
}

/// The URL taken apart.
fn address(ui: &mut Ui, i18n: I18n, exchange: &Exchange) {
    ui.heading(i18n.t("conn-address"));
    let Some(target) = &exchange.target else {
        ui.label(RichText::new(i18n.t("conn-no-target")).weak());
        return;
    };
    egui::Grid::new("conn-address-grid")
        .num_columns(2)
        .striped(true)
        .show(ui, |ui| {
            row(ui, i18n.t("conn-scheme"), target.scheme.as_str());
            row(ui, i18n.t("conn-host"), target.host_unicode.as_str());
            if target.host_ascii != target.host_unicode {
                row(
                    ui,
                    i18n.t("conn-host-sent"),
                    i18n.f("conn-host-punycode", &[("host", &target.host_ascii)]),
                );
            }
            let port_note = if target.port_is_default {
                i18n.f("conn-port-default", &[("scheme", &target.scheme)])
            } else {
                i18n.t("conn-port-chosen").to_owned()
            };
            row(
                ui,
                i18n.t("conn-port"),
                format!("{}  ({port_note})", target.port),
            );
            let service = match ports::well_known(target.port) {
                Some(port) if port.standard.is_empty() => port.service.to_owned(),
                Some(port) => format!("{} ({})", port.service, port.standard),
                None => i18n.t("conn-service-unknown").to_owned(),
            };
            row(ui, i18n.t("conn-service"), service);
            row(
                ui,
                i18n.t("conn-path"),
                RichText::new(&target.path_and_query).monospace(),
            );
            row(
                ui,
                i18n.t("conn-host-header"),
                RichText::new(&target.host_header).monospace(),
            );
        });
    ui.add_space(8.0);
}

/// What DNS answered and every connect attempt.
fn lookup_and_connect(ui: &mut Ui, i18n: I18n, exchange: &Exchange) {
    ui.heading(i18n.t("conn-network"));
    let host_is_ip = exchange.target.as_ref().is_some_and(|t| t.host_is_ip);
    egui::Grid::new("conn-network-grid")
        .num_columns(2)
        .striped(true)
        .show(ui, |ui| {
            let dns = if host_is_ip {
                i18n.t("timeline-skipped-ip_address").to_owned()
            } else {
                match &exchange.dns {
                    Some(answer) => {
                        let addresses: Vec<String> =
                            answer.addresses.iter().map(ToString::to_string).collect();
                        format!(
                            "{}  ({})",
                            addresses.join(", "),
                            format::duration(answer.elapsed)
                        )
                    }
                    None => i18n.t("timeline-not-reached").to_owned(),
                }
            };
            if let Some(step) = &exchange.proxy {
                row(ui, i18n.t("conn-proxy"), proxy_text(i18n, step));
            }
            row(ui, i18n.t("timeline-dns"), dns);
            for (index, attempt) in exchange.connect_attempts.iter().enumerate() {
                let outcome = match &attempt.error {
                    None => i18n.t("conn-connected").to_owned(),
                    Some(error) => i18n::error_message(i18n, error),
                };
                row(
                    ui,
                    &i18n.f("conn-attempt", &[("number", &(index + 1).to_string())]),
                    format!(
                        "{}  ({})  {outcome}",
                        attempt.address,
                        format::duration(attempt.elapsed)
                    ),
                );
            }
            if exchange.connect_attempts.is_empty() {
                row(
                    ui,
                    i18n.t("timeline-connect"),
                    i18n.t("timeline-not-reached"),
                );
            }
            if let Some(connection) = &exchange.connection
                && let Some(local) = connection.local
            {
                row(ui, i18n.t("conn-local"), local.to_string());
            }
        });
    ui.add_space(8.0);
}

/// Which proxy the fetch went through, where that setting came from, and how.
fn proxy_text(i18n: I18n, step: &ProxyStep) -> String {
    let origin = match &step.proxy.origin {
        ProxyOrigin::Environment { variable } => {
            i18n.f("conn-proxy-from-environment", &[("variable", variable)])
        }
        other => i18n
            .t(&format!("conn-proxy-from-{}", other.key()))
            .to_owned(),
    };
    let mode = i18n.t(&format!("conn-proxy-mode-{}", step.mode.key()));
    format!("{}  ({origin})  {mode}", step.proxy.text)
}

/// The TLS session and the certificates the server showed.
fn tls_session(ui: &mut Ui, i18n: I18n, tls: &TlsInfo) {
    ui.heading(i18n.t("conn-tls"));
    let dash = || "-".to_owned();
    egui::Grid::new("conn-tls-grid")
        .num_columns(2)
        .striped(true)
        .show(ui, |ui| {
            row(ui, i18n.t("conn-tls-name"), tls.server_name.as_str());
            row(
                ui,
                i18n.t("conn-tls-version"),
                tls.protocol.clone().unwrap_or_else(dash),
            );
            row(
                ui,
                i18n.t("conn-tls-cipher"),
                tls.cipher_suite.clone().unwrap_or_else(dash),
            );
            row(
                ui,
                i18n.t("conn-tls-group"),
                tls.key_exchange.clone().unwrap_or_else(dash),
            );
            row(
                ui,
                i18n.t("conn-tls-alpn"),
                // No answer about ALPN is only news once the handshake finished.
                match (&tls.alpn, &tls.protocol) {
                    (Some(alpn), _) => alpn.clone(),
                    (None, Some(_)) => i18n.t("conn-tls-no-alpn").to_owned(),
                    (None, None) => dash(),
                },
            );
            row(
                ui,
                i18n.t("conn-tls-check"),
                RichText::new(i18n::verification_text(i18n, &tls.verification)).strong(),
            );
            if let Some(source) = tls.trusted_by {
                row(
                    ui,
                    i18n.t("conn-tls-trusted-by"),
                    i18n.render(&crate::learn::trusted_by(source)),
                );
            }
        });
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
    for (index, certificate) in tls.certificates.iter().enumerate() {
        ui.add_space(6.0);
        let title = if index == 0 {
            i18n.t("conn-cert-server").to_owned()
        } else {
            i18n.f("conn-cert-chain", &[("number", &(index + 1).to_string())])
        };
        ui.label(RichText::new(title).strong());
        certificate_grid(ui, i18n, index, certificate, now);
    }
}

fn certificate_grid(
    ui: &mut Ui,
    i18n: I18n,
    index: usize,
    certificate: &CertificateInfo,
    now: i64,
) {
    if !certificate.readable {
        ui.label(RichText::new(i18n.t("conn-cert-unreadable")).weak());
        return;
    }
    egui::Grid::new(("conn-cert", index))
        .num_columns(2)
        .striped(true)
        .show(ui, |ui| {
            row(
                ui,
                i18n.t("conn-cert-subject"),
                certificate.subject.as_str(),
            );
            row(ui, i18n.t("conn-cert-issuer"), certificate.issuer.as_str());
            if !certificate.names.is_empty() {
                row(ui, i18n.t("conn-cert-names"), certificate.names.join(", "));
            }
            row(
                ui,
                i18n.t("conn-cert-from"),
                certificate.not_before.as_str(),
            );
            let until = match certificate.not_after_unix {
                Some(end) => {
                    let days = (end - now).div_euclid(86_400);
                    let left = if days >= 0 {
                        i18n.f("conn-cert-days-left", &[("count", &days.to_string())])
                    } else {
                        i18n.f(
                            "conn-cert-expired-days",
                            &[("count", &days.unsigned_abs().to_string())],
                        )
                    };
                    format!("{}  ({left})", certificate.not_after)
                }
                None => certificate.not_after.clone(),
            };
            row(ui, i18n.t("conn-cert-until"), until);
        });
}
