//! The Exchange as JSON, for `wirepeek --json` (the schema is documented in README.md).

use std::io::Write;

use serde_json::{Value, json};

use crate::wire::{Exchange, FetchError, Header};

fn millis(duration: Option<std::time::Duration>) -> Value {
    duration.map_or(Value::Null, |d| {
        json!((d.as_secs_f64() * 1000.0 * 1000.0).round() / 1000.0)
    })
}

fn header_pairs(headers: &[Header]) -> Value {
    headers
        .iter()
        .map(|h| json!([h.name, h.value_text()]))
        .collect()
}

/// The error as `{kind, message, hint}`, with the TLS cause as `tls_kind` when there is one.
pub fn error_json(error: &FetchError) -> Value {
    let mut value = json!({
        "kind": error.kind(),
        "message": error.to_string(),
        "hint": error.hint(),
    });
    if let FetchError::Tls(problem) = error {
        value["tls_kind"] = json!(problem.kind());
    }
    value
}

/// One exchange as a JSON object.
pub fn exchange_json(exchange: &Exchange) -> Value {
    let status = exchange.head.as_ref().map_or(
        Value::Null,
        |h| json!({ "version": h.version, "code": h.code, "reason": h.reason }),
    );
    let headers = exchange
        .head
        .as_ref()
        .map_or(json!([]), |h| header_pairs(&h.headers));
    let body = exchange.body.as_ref().map_or(Value::Null, |body| {
        json!({
            "framing": body.framing.map(|f| f.key()),
            "wire_bytes": body.wire.len(),
            "decoded_bytes": exchange.body_bytes().len(),
            "content_encoding": if body.content_encoding.is_empty() { Value::Null } else { json!(body.content_encoding.join(", ")) },
            "charset": body.text.as_ref().map(|t| t.charset),
            "charset_source": body.text.as_ref().map(|t| t.source.key()),
            "complete": body.complete,
            "possibly_truncated": body.possibly_truncated,
            "chunks": body.chunks.iter().map(|c| json!({ "size": c.size, "extensions": c.extensions })).collect::<Vec<_>>(),
            "trailers": header_pairs(&body.trailers),
            "text": exchange.body_text(),
        })
    });
    let tls = exchange.tls.as_ref().map_or(Value::Null, |tls| {
        json!({
            "server_name": tls.server_name,
            "protocol": tls.protocol,
            "cipher_suite": tls.cipher_suite,
            "key_exchange": tls.key_exchange,
            "alpn": tls.alpn,
            "verification": tls.verification,
            "certificates": tls.certificates.iter().map(|c| json!({
                "subject": c.subject,
                "issuer": c.issuer,
                "names": c.names,
                "not_before": c.not_before,
                "not_after": c.not_after,
            })).collect::<Vec<_>>(),
        })
    });
    let target = exchange.target.as_ref().map_or(Value::Null, |t| {
        json!({
            "scheme": t.scheme,
            "host": t.host_unicode,
            "host_ascii": t.host_ascii,
            "port": t.port,
            "port_is_default": t.port_is_default,
            "path": t.path_and_query,
        })
    });
    let timing = &exchange.timing;
    json!({
        "url": exchange.url_typed,
        "url_normalized": exchange.url_normalized,
        "method": exchange.method,
        "target": target,
        "addresses": exchange.dns.as_ref().map(|d| d.addresses.iter().map(ToString::to_string).collect::<Vec<_>>()),
        "connect_attempts": exchange.connect_attempts.iter().map(|a| json!({
            "address": a.address.to_string(),
            "ms": millis(Some(a.elapsed)),
            "failure": a.failure,
        })).collect::<Vec<_>>(),
        "remote": exchange.connection.as_ref().map(|c| c.remote.to_string()),
        "request": String::from_utf8_lossy(&exchange.request_bytes),
        "interim": exchange.interim.iter().map(|h| json!({
            "status": { "version": h.version, "code": h.code, "reason": h.reason },
            "headers": header_pairs(&h.headers),
        })).collect::<Vec<_>>(),
        "status": status,
        "headers": headers,
        "body": body,
        "timing_ms": {
            "dns": millis(timing.dns),
            "connect": millis(timing.connect),
            "tls": millis(timing.tls),
            "request_written": millis(timing.request_written),
            "first_byte": millis(timing.first_byte),
            "head_complete": millis(timing.head_complete),
            "total": millis(timing.done),
        },
        "reads": exchange.reads.iter().map(|r| json!({
            "offset": r.offset,
            "len": r.len,
            "at_ms": millis(Some(r.at)),
        })).collect::<Vec<_>>(),
        "tls": tls,
        "warnings": exchange.warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
        "error": exchange.error.as_ref().map_or(Value::Null, error_json),
    })
}

/// A redirect chain as JSON: the final exchange, with the earlier hops under `redirects`.
pub fn chain_json(hops: &[Exchange]) -> Value {
    let Some((last, earlier)) = hops.split_last() else {
        return Value::Null;
    };
    let mut value = exchange_json(last);
    value["redirects"] = earlier.iter().map(exchange_json).collect();
    value
}

/// Write a redirect chain as `wirepeek --json` prints it: pretty JSON and a final newline.
pub fn write_chain(out: &mut impl Write, hops: &[Exchange]) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &chain_json(hops))?;
    writeln!(out)
}
