## Notes from the engine, one per kind (see wire::Warning)
note-scheme_added = No scheme was typed, so http:// was added.
note-userinfo_not_sent = The user name and password in the URL were not sent (wirepeek never sends them on its own).
note-bare_lf_head = Some lines of the response head end with LF alone instead of CR LF.
note-unknown_minor_version = The server answered with HTTP/1.{ $minor }, which does not exist; read as HTTP/1.1.
note-status_out_of_range = The status code { $code } is outside the range 100-599 that HTTP defines.
note-folded_header = The header "{ $name }" was folded over several lines (an obsolete form); the lines were joined with a space.
note-length_and_transfer_encoding = The response has both Transfer-Encoding and Content-Length; Transfer-Encoding wins and Content-Length is ignored.
note-transfer_encoding_not_chunked = Transfer-Encoding "{ $codings }" does not end with chunked, so the body runs until the connection closes.
note-repeated_content_length = Content-Length was given { $count } times with the same value; it is used once.
note-bare_lf_chunk = A line of the chunked body (a chunk size, the end of a chunk or a trailer) ends with LF alone instead of CR LF.
note-many_chunks = More than { $listed } chunks: only the first ones are listed; all are in the body.
note-trailer_without_colon = A trailer line without a colon was ignored: "{ $line }".
note-bad_trailer_line = A trailer line that breaks the header rules was left out: "{ $line }" { $fault ->
    [nul] contains a NUL byte
    [lone_cr] contains a CR that does not end the line
    [empty_name] has an empty name
    [bad_name] has a name with forbidden characters
   *[control_in_value] has a control character in its value
  }.
note-forbidden_trailer = The trailer "{ $name }" came after the body, too late to count: fields that frame, route or describe the body belong in the head. It is listed, but it changed nothing.
note-transfer_coding_undone = Transfer-Encoding names { $codings } as well as chunked: a transfer coding almost no server uses. wirepeek undid it as it undoes a Content-Encoding.
note-chunked_twice = Transfer-Encoding names chunked more than once, which a sender must not do; one layer of chunks was read.
note-tls_closed_without_notify = The TLS connection closed without close_notify; the body ends at the close, so it may be truncated.
note-raw_deflate = The deflate body has no zlib header (raw deflate); decoded anyway.
note-unknown_content_coding = The content coding "{ $coding }" is not supported; the body is shown as received.
note-extra_bytes = { $count } bytes arrived after the end of the body and were not used.
note-reads_merged = More than { $listed } reads: the later ones are merged into the last entry of the read list.
note-closed_while_sending = The server closed the connection before the whole request was sent; its answer is read anyway.
note-proxy_closed_while_sending = The proxy { $proxy } closed the connection before the whole request was sent; what it sent back is read anyway.
note-redirected_from = Redirected here by { $code } { $reason } from { $url }.
note-https_to_http = This redirect goes from https to plain http: what follows is not encrypted.
note-credentials_dropped = { $headers } left out: the redirect goes to another server (another host, port or scheme), and credentials belong to the one they were written for.
note-became_get = After { $code }, the { $method } became a GET{ $body ->
    [dropped] {" "}and its body was left out
   *[none] {""}
  }, as browsers do.
note-empty_lines_before_status = Empty lines (CR LF or LF, { $count } in all) came before the status line and were skipped. RFC 9112 (section 2.2) asks a reader to skip them, but a server should not send them.
note-odd_status_line = { $shape ->
    [leading_whitespace] The status line starts with spaces or tabs before HTTP/; they were skipped. A status line starts with the version.
    [lowercase_name] The status line writes the protocol name in lowercase (http/); it must be HTTP in capitals. Read anyway.
    [extra_spaces] The status line has two or more spaces where one belongs (between the version, the code and the reason phrase). Read anyway.
    [tab] The status line has a tab where a space belongs. Read anyway.
   *[no_space_after_code] The status line ends right after the code, without the space that comes before the reason phrase (even an empty one). Read anyway; many servers do this.
  }
note-other_http_version = { $family ->
    [http09] The status line says { $version }, but HTTP/0.9 had no status line at all: the server sent the body alone, with no headers, and then closed. Read as HTTP/1.1.
    [http2] The status line says { $version }, but HTTP/2 never sends a status line as text: it sends binary frames, agreed on during the TLS handshake. Read as HTTP/1.1.
    [http3] The status line says { $version }, but HTTP/3 runs over QUIC (UDP), not over a TCP connection like this one, and sends no status line as text. Read as HTTP/1.1.
   *[other] The status line says { $version }, an HTTP version that does not exist. Read as HTTP/1.1.
  }
note-non_ascii_in_head = The head holds bytes outside ASCII ({ $count } of them, in the reason phrase or a header value). HTTP allows them (obs-text), but programs read them in different ways: wirepeek shows UTF-8 as text and any other byte as \xNN.
note-chunk_size_whitespace = A chunk-size line has spaces or tabs after the size. The size is clear, so the chunk was read, but a server should not send them (RFC 9112, section 7.1.1).
note-odd_chunk_extension = The chunk extension in "{ $line }" is not of the form ;name or ;name=value (for example, a ; with no name). The size is clear, so the chunk was read; the extension means nothing.
note-no_blank_line_after_last_chunk = The connection closed right after the last chunk (size 0), without the empty line that ends a chunked body. Every chunk had arrived, so the body is complete.
note-no_body_despite_length = { $rule ->
    [head_request] This answers a HEAD request, so it has no body: the server sends the head only. Content-Length: { $length } tells how many bytes a GET would get.
    [no_content] A 204 (No Content) response never has a body, so Content-Length: { $length } was ignored; a server should not send it with 204.
   *[not_modified] A 304 (Not Modified) response never has a body: Content-Length: { $length } is the size of the copy the client already has.
  }
note-space_before_colon = The header "{ $name }" has spaces or tabs before its colon. A server must refuse such a request and a proxy must remove them from a response (RFC 9112, section 5.1), because programs that read the name differently can be tricked; read here as "{ $name }".
note-transfer_encoding_in_http10 = This HTTP/1.0 response has Transfer-Encoding, which HTTP/1.0 does not have, so its framing cannot be trusted (RFC 9112, section 6.1). Read as Transfer-Encoding says.
note-switching_protocols = { $asked ->
    [yes] The server agreed to switch to the protocol the request asked for (101). wirepeek speaks only HTTP/1.1, so it stops reading after this head.
   *[no] The server answered 101 Switching Protocols although the request did not ask to switch (no Upgrade header). wirepeek stops reading after this head.
  }{ $following ->
    [0] {""}
    [one] { " " }The 1 byte that came after the head belongs to the new protocol.
   *[other] { " " }The { $following } bytes that came after the head belong to the new protocol.
  }
note-raw_without_host = { $required ->
    [yes] The typed request has no Host header, which HTTP/1.1 requires: many servers answer 400 Bad Request. It was sent as typed.
   *[no] The typed request has no Host header. HTTP/1.0 allows that, but a server that hosts several sites on one address cannot tell which one is meant. It was sent as typed.
  }
note-raw_bare_lf = { $count } lines of the typed request end with LF alone instead of CR LF. Many servers accept that, some do not. It was sent as typed.
note-raw_head_not_ended = The typed request has no empty line after its headers, so the server cannot know the request is complete and may wait for more. Press Enter twice at the end.
note-raw_length_mismatch = { $declared ->
    [given] The typed request says Content-Length: { $length }, but { $actual } follow the empty line: the server reads that many bytes as the body, or waits for the rest. It was sent as typed.
   *[missing] { $actual } follow the empty line of the typed request, but it has no Content-Length, so the server does not read them as a body. It was sent as typed.
  }
note-system_store_unreadable = { $store ->
    [empty] This computer's certificate store gave { $found } certificates, so https trusts only the bundled Mozilla roots (and an extra certificate authority file, if one is chosen).
   *[partial] Part of this computer's certificate store could not be read; the { $found } certificates that could are trusted.
  }{ $said ->
    [yes] { " " }The certificate loader said: "{ $loader_said }"
   *[no] { "" }
  }
