//! Request building from anything a learner could type. The input is split at 0xFF bytes (never
//! part of UTF-8 text) into fields: method, URL, then header lines (or, in raw mode, the raw
//! text), the last one the body when the first byte asks for one. Whenever building succeeds,
//! the head must hold CR and LF only as CR LF line ends (nothing typed can start another
//! header), its request line must be `METHOD TARGET VERSION` with the method and the URL's
//! target, and raw text must go out exactly as typed.

#![no_main]

use libfuzzer_sys::fuzz_target;
use wirepeek::wire::{
    HttpVersion, Request, check_header, parse_header_line, parse_url, raw_request_warnings,
    request_bytes,
};

fuzz_target!(|data: &[u8]| {
    let [flags, rest @ ..] = data else { return };
    let mut fields: Vec<&[u8]> = rest.split(|&b| b == 0xFF).collect();
    let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    let body = if flags & 4 != 0 && fields.len() > 2 {
        fields.pop().map(<[u8]>::to_vec)
    } else {
        None
    };
    let method = text(fields.first().copied().unwrap_or_default());
    let url = text(fields.get(1).copied().unwrap_or_default());
    let mut request = Request {
        method,
        url: url.clone(),
        version: if flags & 1 != 0 { HttpVersion::Http10 } else { HttpVersion::Http11 },
        no_default_headers: flags & 2 != 0,
        body,
        ..Request::default()
    };
    if flags & 8 != 0 {
        // Raw mode: the typed bytes go out as they are, with notes.
        let raw = fields.get(2..).unwrap_or_default().join(&b"\r\n"[..]);
        let _ = raw_request_warnings(&raw);
        request.raw = Some(raw.clone());
        let _ = request.effective_method();
        if let Ok(bytes) = request_bytes(&request) {
            assert_eq!(bytes, raw, "raw text goes out exactly as typed");
        }
        return;
    }
    for line in fields.get(2..).unwrap_or_default() {
        let line = text(line);
        if let Ok((name, value)) = parse_header_line(&line) {
            // A header the check refuses still goes into the request: building must refuse it too.
            let _ = check_header(&name, &value);
            request.headers.push((name, value));
        }
    }
    let parsed = parse_url(&url);
    let Ok(bytes) = request_bytes(&request) else { return };
    let Ok(parsed) = parsed else {
        panic!("the request was built from a URL that does not parse: {url:?}");
    };
    for (name, value) in &request.headers {
        assert!(check_header(name, value).is_ok(), "built with a refused header {name:?}: {value:?}");
    }

    let body_len = request.body.as_ref().map_or(0, Vec::len);
    let head = &bytes[..bytes.len() - body_len];
    assert!(head.ends_with(b"\r\n\r\n"), "the head ends with an empty line");
    let head = &head[..head.len() - 2];
    // CR and LF only together, as line ends; no NUL anywhere in the head.
    for (i, &b) in head.iter().enumerate() {
        match b {
            b'\r' => assert_eq!(head.get(i + 1), Some(&b'\n'), "a CR alone at {i}: {head:?}"),
            b'\n' => assert!(i > 0 && head[i - 1] == b'\r', "an LF alone at {i}: {head:?}"),
            0 => panic!("a NUL in the head at {i}: {head:?}"),
            _ => {}
        }
    }
    let lines: Vec<&[u8]> = head.split(|&b| b == b'\n').filter(|l| !l.is_empty()).collect();
    let request_line = lines[0].strip_suffix(b"\r").unwrap_or(lines[0]);
    let expected = format!(
        "{} {} {}",
        request.effective_method(),
        parsed.target.path_and_query,
        request.version.as_str()
    );
    assert_eq!(request_line, expected.as_bytes(), "the request line");
    let parts: Vec<&[u8]> = request_line.split(|&b| b == b' ').collect();
    assert_eq!(parts.len(), 3, "three parts in the request line: {request_line:?}");
    assert!(!parts[0].is_empty() && !parts[1].is_empty(), "method and target: {request_line:?}");
    // Every header line is `token: value`.
    for line in &lines[1..] {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let colon = line.iter().position(|&b| b == b':');
        let Some(colon) = colon else { panic!("a header line without a colon: {line:?}") };
        let name = &line[..colon];
        assert!(
            !name.is_empty() && name.iter().all(|b| b.is_ascii_graphic()),
            "a header name that is not a token: {line:?}"
        );
    }
});
