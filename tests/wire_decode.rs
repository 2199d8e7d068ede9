//! Content codings (gzip, deflate, br) and charsets, over loopback fetches.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or bench fails loudly on purpose"
)]

mod common;

use std::io::Write;

use common::{exchange_for, exchange_with_limits, has_warning, limits, response_with};
use wirepeek::wire::{CharsetSource, DecodeProblem, Exchange, FetchError, LimitKind, Warning};

const ROMEO: &str = "But soft what light through yonder window breaks\nIt is the east and Juliet is the sun\nArise fair sun and kill the envious moon\nWho is already sick and pale with grief\n";

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).expect("gzip");
    encoder.finish().expect("gzip")
}

fn zlib(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).expect("zlib");
    encoder.finish().expect("zlib")
}

fn raw_deflate(bytes: &[u8]) -> Vec<u8> {
    let mut encoder =
        flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).expect("deflate");
    encoder.finish().expect("deflate")
}

fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut encoder = brotli::CompressorWriter::new(&mut out, 4096, 9, 22);
        encoder.write_all(bytes).expect("brotli");
    }
    out
}

fn encoded_response(coding: &str, body: &[u8]) -> Vec<u8> {
    response_with(
        &format!("Content-Type: text/plain; charset=utf-8\r\nContent-Encoding: {coding}\r\n"),
        body,
    )
}

fn assert_decoded(exchange: &Exchange, coding: &str, compressed: &[u8]) {
    assert_eq!(exchange.error, None, "{coding}");
    let body = exchange.body.as_ref().expect("body");
    assert!(body.complete, "{coding}");
    assert_eq!(body.content_encoding, [coding], "{coding}");
    assert_eq!(exchange.body_wire_bytes(), compressed, "{coding}");
    assert_eq!(body.decoded.as_deref(), Some(ROMEO.as_bytes()), "{coding}");
    assert_eq!(exchange.body_text(), Some(ROMEO), "{coding}");
}

// ---------------------------------------------------------------------------------------------
// Content codings

#[test]
fn gzip_body_is_decoded() {
    let compressed = gzip(ROMEO.as_bytes());
    let exchange = exchange_for(encoded_response("gzip", &compressed));
    assert_decoded(&exchange, "gzip", &compressed);
}

#[test]
fn deflate_zlib_body_is_decoded() {
    let compressed = zlib(ROMEO.as_bytes());
    let exchange = exchange_for(encoded_response("deflate", &compressed));
    assert_decoded(&exchange, "deflate", &compressed);
    assert!(
        !has_warning(&exchange, |w| matches!(w, Warning::RawDeflate)),
        "{:?}",
        exchange.warnings
    );
}

#[test]
fn deflate_raw_body_is_decoded_with_a_warning() {
    let compressed = raw_deflate(ROMEO.as_bytes());
    let exchange = exchange_for(encoded_response("deflate", &compressed));
    assert_decoded(&exchange, "deflate", &compressed);
    assert!(
        has_warning(&exchange, |w| matches!(w, Warning::RawDeflate)),
        "{:?}",
        exchange.warnings
    );
}

#[test]
fn brotli_body_is_decoded() {
    let compressed = brotli(ROMEO.as_bytes());
    let exchange = exchange_for(encoded_response("br", &compressed));
    assert_decoded(&exchange, "br", &compressed);
}

#[test]
fn gzip_inside_chunked_framing_is_decoded() {
    let compressed = gzip(ROMEO.as_bytes());
    let mut response = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\nContent-Type: text/plain\r\n\r\n".to_vec();
    for piece in compressed.chunks(40) {
        response.extend_from_slice(format!("{:x}\r\n", piece.len()).as_bytes());
        response.extend_from_slice(piece);
        response.extend_from_slice(b"\r\n");
    }
    response.extend_from_slice(b"0\r\n\r\n");
    let exchange = exchange_for(&response);
    assert_eq!(exchange.error, None);
    let body = exchange.body.as_ref().expect("body");
    assert_eq!(body.unframed.as_deref(), Some(compressed.as_slice()));
    assert_eq!(exchange.body_text(), Some(ROMEO));
}

#[test]
fn gzip_bomb_stops_at_the_body_limit() {
    // 200 MiB of zeros compress to about 200 KB; with a 1 MiB limit the decoder must stop early.
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let zeros = vec![0u8; 1024 * 1024];
    for _ in 0..200 {
        encoder.write_all(&zeros).expect("gzip");
    }
    let bomb = encoder.finish().expect("gzip");
    assert!(bomb.len() < 400 * 1024, "bomb is {} bytes", bomb.len());
    let mut test_limits = limits();
    test_limits.max_body_bytes = 1024 * 1024;
    let exchange = exchange_with_limits(
        response_with(
            "Content-Encoding: gzip\r\nContent-Type: application/octet-stream\r\n",
            &bomb,
        ),
        &test_limits,
    );
    assert_eq!(
        exchange.error,
        Some(FetchError::LimitExceeded {
            limit: LimitKind::BodyBytes,
            max: 1024 * 1024
        })
    );
    let body = exchange.body.as_ref().expect("body");
    let decoded = body.decoded.as_ref().expect("the decoded start is kept");
    assert!(decoded.len() <= 1024 * 1024, "{} bytes", decoded.len());
    assert!(!decoded.is_empty());
    assert!(!body.complete);
    // The compressed bytes all arrived and stay visible.
    assert_eq!(exchange.body_wire_bytes(), bomb);
}

#[test]
fn broken_gzip_keeps_the_raw_bytes_with_a_decode_error() {
    let mut broken = gzip(ROMEO.as_bytes());
    // Damage the compressed data after the 10-byte header.
    for b in broken.iter_mut().skip(12).take(20) {
        *b ^= 0x5a;
    }
    let exchange = exchange_for(encoded_response("gzip", &broken));
    assert!(
        matches!(&exchange.error, Some(FetchError::Decode { encoding, .. }) if encoding == "gzip"),
        "{:?}",
        exchange.error
    );
    let body = exchange.body.as_ref().expect("body");
    assert_eq!(body.decoded, None);
    assert_eq!(exchange.body_wire_bytes(), broken);
    assert_eq!(exchange.body_bytes(), broken);
    // The framing itself was fine.
    assert!(body.complete);
    assert_eq!(exchange.status_code(), Some(200));
}

#[test]
fn truncated_gzip_stream_is_a_decode_error() {
    let full = gzip(ROMEO.as_bytes());
    let cut = &full[..full.len() - 12];
    let exchange = exchange_for(encoded_response("gzip", cut));
    match &exchange.error {
        Some(FetchError::Decode { encoding, problem }) => {
            assert_eq!(encoding, "gzip");
            assert_eq!(*problem, DecodeProblem::EndsEarly);
        }
        other => panic!("expected Decode, got {other:?}"),
    }
    assert_eq!(exchange.body.as_ref().expect("body").decoded, None);
    assert_eq!(exchange.body_wire_bytes(), cut);
}

#[test]
fn gzip_body_cut_short_by_the_connection_shows_the_decoded_start() {
    let long_text = ROMEO.repeat(200);
    let compressed = gzip(long_text.as_bytes());
    let half = &compressed[..compressed.len() / 2];
    let mut response = format!(
        "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n",
        compressed.len()
    )
    .into_bytes();
    response.extend_from_slice(half);
    let exchange = exchange_for(&response);
    assert!(matches!(
        exchange.error,
        Some(FetchError::BodyIncomplete { .. })
    ));
    let decoded = exchange
        .body
        .as_ref()
        .and_then(|b| b.decoded.as_ref())
        .expect("decoded start");
    assert!(!decoded.is_empty());
    assert!(long_text.as_bytes().starts_with(decoded));
}

#[test]
fn unknown_content_coding_keeps_the_body_with_a_warning() {
    let exchange = exchange_for(response_with(
        "Content-Encoding: zstd\r\n",
        b"\x28\xb5\x2f\xfd",
    ));
    assert_eq!(exchange.error, None);
    assert_eq!(exchange.body_bytes(), b"\x28\xb5\x2f\xfd");
    assert!(
        has_warning(
            &exchange,
            |w| matches!(w, Warning::UnknownContentCoding { coding } if coding == "zstd")
        ),
        "{:?}",
        exchange.warnings
    );
}

// ---------------------------------------------------------------------------------------------
// Charsets

const KOREAN: &str = "대한민국의 수도는 서울입니다. 오늘은 날씨가 맑고 따뜻합니다. \
학생들은 학교에서 인터넷 통신의 원리를 배우고 있습니다. \
웹 브라우저는 서버에 요청을 보내고 응답을 받아서 화면에 보여 줍니다. \
우리는 소켓으로 직접 요청을 만들어 보았습니다.";

const JAPANESE: &str = "これは日本語のページです。今日はとても良い天気ですね。\
学生たちは学校でインターネットの仕組みを勉強しています。\
ウェブブラウザはサーバーにリクエストを送り、レスポンスを受け取って画面に表示します。\
私たちはソケットを使って自分でリクエストを作りました。";

const CHINESE: &str = "这是一个中文网页。今天天气很好，我们一起去公园散步。\
学生们在学校学习互联网的工作原理。\
网页浏览器向服务器发送请求，然后接收响应并把内容显示在屏幕上。\
我们用套接字自己写了一个请求。";

const FRENCH: &str = "Café crème et brûlée, naïve façade, déjà vu. \
Les élèves apprennent comment fonctionne le réseau : le navigateur envoie une requête \
au serveur, qui répond avec une page. Voilà à quoi ça ressemble — « très français », \
ça coûte 5 € à l'école où l'on étudie.";

fn encode(encoding: &'static encoding_rs::Encoding, text: &str) -> Vec<u8> {
    let (bytes, used, had_errors) = encoding.encode(text);
    assert_eq!(used, encoding);
    assert!(!had_errors, "{} cannot encode the sample", encoding.name());
    bytes.into_owned()
}

fn html_page(body: &str) -> String {
    format!("<html><head><title>page</title></head><body><p>{body}</p></body></html>")
}

fn fetch_page(content_type: &str, bytes: &[u8]) -> Exchange {
    let exchange = exchange_for(response_with(
        &format!("Content-Type: {content_type}\r\n"),
        bytes,
    ));
    assert_eq!(exchange.error, None);
    exchange
}

fn assert_text(exchange: &Exchange, expected: &str, charset: &str, source: CharsetSource) {
    let text = exchange
        .body
        .as_ref()
        .and_then(|b| b.text.as_ref())
        .expect("the body is text");
    assert_eq!(text.charset, charset);
    assert_eq!(text.source, source);
    assert!(!text.had_errors);
    assert_eq!(exchange.body_text(), Some(expected));
}

#[test]
fn euc_kr_page_without_a_charset_parameter_is_detected() {
    let page = html_page(KOREAN);
    let exchange = fetch_page("text/html", &encode(encoding_rs::EUC_KR, &page));
    assert_text(&exchange, &page, "EUC-KR", CharsetSource::Detected);
}

#[test]
fn euc_kr_page_with_a_meta_tag_uses_it() {
    let page = format!(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\"></head><body>{}</body></html>",
        "한국어 한 줄."
    );
    let exchange = fetch_page("text/html", &encode(encoding_rs::EUC_KR, &page));
    assert_text(&exchange, &page, "EUC-KR", CharsetSource::Meta);
}

#[test]
fn shift_jis_page_without_a_charset_parameter_is_detected() {
    let page = html_page(JAPANESE);
    let exchange = fetch_page("text/html", &encode(encoding_rs::SHIFT_JIS, &page));
    assert_text(&exchange, &page, "Shift_JIS", CharsetSource::Detected);
}

#[test]
fn gbk_page_without_a_charset_parameter_is_detected() {
    let page = html_page(CHINESE);
    let exchange = fetch_page("text/html", &encode(encoding_rs::GBK, &page));
    assert_text(&exchange, &page, "GBK", CharsetSource::Detected);
}

#[test]
fn windows_1252_text_without_a_charset_parameter_is_detected() {
    let exchange = fetch_page("text/plain", &encode(encoding_rs::WINDOWS_1252, FRENCH));
    assert_text(&exchange, FRENCH, "windows-1252", CharsetSource::Detected);
}

#[test]
fn charset_parameter_wins() {
    let bytes = encode(encoding_rs::EUC_KR, KOREAN);
    let exchange = fetch_page("text/plain; charset=\"euc-kr\"", &bytes);
    assert_text(&exchange, KOREAN, "EUC-KR", CharsetSource::Header);
}

#[test]
fn byte_order_mark_is_used_without_a_parameter() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(KOREAN.as_bytes());
    let exchange = fetch_page("text/plain", &bytes);
    assert_text(&exchange, KOREAN, "UTF-8", CharsetSource::Bom);
}

#[test]
fn plain_ascii_defaults_to_utf8_without_a_copy() {
    let exchange = fetch_page("text/plain", ROMEO.as_bytes());
    assert_text(&exchange, ROMEO, "UTF-8", CharsetSource::Default);
    let text = exchange
        .body
        .as_ref()
        .and_then(|b| b.text.as_ref())
        .expect("text");
    assert!(text.owned.is_none(), "UTF-8 text is shown from the bytes");
}

#[test]
fn binary_body_has_no_text() {
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01";
    let exchange = fetch_page("image/png", png);
    assert!(exchange.body.as_ref().expect("body").text.is_none());
    assert_eq!(exchange.body_text(), None);
    assert_eq!(exchange.body_bytes(), png);
}

#[test]
fn utf16_body_with_a_bom_is_decoded() {
    let mut bytes = vec![0xFF, 0xFE];
    for unit in "안녕하세요, wirepeek!".encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let exchange = fetch_page("text/plain", &bytes);
    assert_text(
        &exchange,
        "안녕하세요, wirepeek!",
        "UTF-16LE",
        CharsetSource::Bom,
    );
}

#[test]
fn xml_declaration_names_the_charset() {
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<note>{}</note>\n",
        "日本語のメモ"
    );
    let exchange = fetch_page("application/xml", &encode(encoding_rs::SHIFT_JIS, &xml));
    assert_text(&exchange, &xml, "Shift_JIS", CharsetSource::Meta);
}

#[test]
fn an_untransformed_body_is_kept_once() {
    let exchange = fetch_page("text/plain; charset=utf-8", "한국어 텍스트".as_bytes());
    let body = exchange.body.as_ref().expect("body");
    assert!(body.unframed.is_none(), "no chunk framing to remove");
    assert!(body.decoded.is_none(), "no content coding to remove");
    let text = body.text.as_ref().expect("text");
    assert!(
        text.owned.is_none(),
        "UTF-8 text is read from the wire bytes"
    );
    assert_eq!(exchange.body_text(), Some("한국어 텍스트"));
}

#[test]
fn wrong_declared_charset_is_flagged_with_replacement_characters() {
    let exchange = fetch_page(
        "text/plain; charset=utf-8",
        &encode(encoding_rs::EUC_KR, KOREAN),
    );
    let text = exchange
        .body
        .as_ref()
        .and_then(|b| b.text.as_ref())
        .expect("text");
    assert_eq!(text.charset, "UTF-8");
    assert_eq!(text.source, CharsetSource::Header);
    assert!(text.had_errors);
    assert!(exchange.body_text().expect("text").contains('\u{FFFD}'));
}
