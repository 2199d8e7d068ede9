# Errors of a fetch: what happened (error-*), its parts (url-*, request-*, tls-*, malformed-*,
# limit-*), what to try (hint-*, one per error, choosing on $surface: window or cli) and a short
# name for lists (error-kind-*).

## What happened
error-invalid_url = The address is not valid: { $problem }.
error-unsupported_scheme = The address starts with "{ $scheme }:", but only http and https are supported.
error-invalid_request = The request was not sent: { $problem }.
error-no_such_host = { $said ->
    [yes] No computer called "{ $host }" was found by the name lookup (DNS). The operating system said: "{ $os_said }".
   *[no] No computer called "{ $host }" was found: the name lookup (DNS) answered, but with no address.
  }
error-connection_refused = { $address } refused the connection.
error-unreachable = { $address } cannot be reached: { $reason ->
    [host_unreachable] there is no route to that computer
    [network_unreachable] there is no route to its network
    [network_down] this computer's network is down
    [addr_not_available] this computer has no address to reach it from
   *[other] the network cannot carry the connection
  } (the operating system said: "{ $os_said }").
error-timeout = Gave up after { $seconds } s while { $phase }.
error-tls = The secure (TLS) connection failed: { $problem }.
error-connection_reset = The server reset the connection while { $phase }.
error-closed_before_response = The server closed the connection without sending a response.
error-not_http = The server did not answer in HTTP. It sent: { $first_bytes }
error-malformed_response = The response is malformed: { $problem }.
error-limit_exceeded = Stopped reading: { $problem }.
error-body_incomplete = { $framing ->
    [chunked] The body is incomplete: the connection closed after { $received } bytes, before the last chunk.
   *[length] The body is incomplete: { $received } of { $expected } bytes arrived before the connection closed.
  }
error-decode = The body says it is { $encoding }-compressed but could not be decompressed: { $problem ->
    [ends_early] the compressed data ends too early
   *[corrupt] the compressed data is damaged (the decompressor said: "{ $decoder_said }")
  }.
error-too_many_redirects = Stopped after following { $max } redirects.
error-cancelled = Cancelled while { $phase }.
error-output_failed = The response could not be written out: { $reason ->
    [broken_pipe] the program reading it has stopped
    [storage_full] the disk is full
    [permission_denied] this user may not write there
   *[other] the operating system refused the write
  } (the operating system said: "{ $os_said }").
error-io = Input/output error while { $phase }: { $problem }.

## What an input/output error was
io-no_address = there was no address to connect to
io-helper_stopped = a helper thread (for the name lookup or the connection) stopped without an answer
io-os = { $reason ->
    [permission_denied] the operating system did not allow it
    [addr_in_use] the local address is already in use
    [addr_not_available] this computer has no such local address
    [out_of_memory] this computer ran out of memory
   *[other] the operating system reported an error
  } (it said: "{ $os_said }")

## A character named (control characters in addresses, forbidden ones in header values)
char-name = { $which ->
    [tab] TAB (\t, { $code })
    [lf] LF (\n, line feed, { $code })
    [cr] CR (\r, carriage return, { $code })
    [nul] NUL (\0, { $code })
    [del] DEL ({ $code })
   *[other] { $code }
  }

## Short names for lists
error-kind-invalid_url = invalid address
error-kind-unsupported_scheme = not http or https
error-kind-invalid_request = request not sent
error-kind-no_such_host = host not found
error-kind-connection_refused = connection refused
error-kind-unreachable = unreachable
error-kind-timeout = timed out
error-kind-tls = TLS failed
error-kind-connection_reset = connection reset
error-kind-closed_before_response = no response
error-kind-not_http = not HTTP
error-kind-malformed_response = malformed response
error-kind-limit_exceeded = limit reached
error-kind-body_incomplete = body incomplete
error-kind-decode = cannot decompress
error-kind-too_many_redirects = too many redirects
error-kind-cancelled = cancelled
error-kind-output_failed = output failed
error-kind-io = input/output error

## The address
url-empty = nothing was typed
url-control_character = character { $position } is a control character, { $name }, which cannot be part of an address
url-unparsable = the URL parser cannot read it (it said: "{ $parser_said }")
url-missing_host = it has no host name
url-bad_port = the port "{ $port }" (from character { $position }) must be a whole number from 1 to 65535
url-bad_host_character = character { $position }, "{ $character }", cannot be part of a host name
url-bad_host_name = "{ $host }" is not a valid host name: each part between dots needs letters or digits, at most 63 of them
url-bad_ip_address = "{ $host }" looks like an IP address but is not a valid one; an IPv6 address goes in square brackets, as in http://[::1]:8080/

## The request
request-bad_method = the method "{ $method }" must be one word of letters, digits or !#$%&'*+-.^_`|~
request-bad_header_name = the header name "{ $name }" must be one word of letters, digits or !#$%&'*+-.^_`|~ (no spaces or colons)
request-bad_header_value = the value of header "{ $name }" contains { $character }, which would break the request apart
request-missing_colon = the header "{ $line }" needs a colon, as in "Name: value"

## TLS
tls-verified = verified
tls-unknown_issuer = the certificate was issued by an authority wirepeek was not given to trust (unknown issuer)
tls-expired = the certificate expired on { $date }
tls-not_yet_valid = the certificate is not valid until { $date }
tls-name_mismatch = { $names ->
    [none] name mismatch: expected { $expected }, but the certificate lists no names
   *[some] name mismatch: expected { $expected }, but the certificate is for { $presented }
  }
tls-bad_certificate = the certificate is not acceptable: { $fault ->
    [bad_encoding] it is not a well-formed certificate
    [bad_signature] its signature does not match its contents
    [unsupported_signature] it is signed with an algorithm that is not accepted
    [revoked] its certificate authority has revoked it
    [revocation_unknown] whether it was revoked cannot be checked
    [not_for_servers] it is not meant for websites (its extended key usage does not allow a TLS server)
    [unhandled_critical_extension] it has a part marked critical that the checker does not understand
   *[other] rustls turned it down (rustls said: "{ $rustls_said }")
  }
tls-not_tls = the server does not speak TLS on this port; it answered: { $first_bytes }
tls-refused = { $alert ->
    [handshake_failure] the server refused the handshake (TLS alert { $alert }): it found no TLS version, cipher suite or key exchange that it shares with { -app }
    [protocol_version] the server refused the handshake (TLS alert { $alert }): it does not speak the TLS versions { -app } offers (1.2 and 1.3); it may be very old
    [unrecognized_name] the server refused the handshake (TLS alert { $alert }): it has no site under the name that was sent (SNI); check the host name
    [insufficient_security] the server refused the handshake (TLS alert { $alert }): it wants stronger ciphers than were offered
    [internal_error] the server refused the handshake (TLS alert { $alert }): something went wrong inside the server, not in the request
    [access_denied] the server refused the handshake (TLS alert { $alert }): it does not let this computer in
    [certificate_required] the server refused the handshake (TLS alert { $alert }): it wants a client certificate, which { -app } does not send
    [no_application_protocol] the server refused the handshake (TLS alert { $alert }): it does not offer HTTP/1.1, the one protocol { -app } asks for (ALPN)
   *[other] the server refused the handshake with the TLS alert { $alert }
  }
tls-bad_ca_file = the CA certificate file cannot be used: { $problem ->
    [no_certificate] it holds no PEM CERTIFICATE block
    [unfinished_block] a PEM block has no -----END CERTIFICATE----- line
    [bad_block_start] a line that starts a PEM block is not of the form -----BEGIN CERTIFICATE-----
    [bad_base64] the text inside a PEM block is not valid base64
    [bad_pem] it cannot be read as PEM (the PEM reader said: "{ $reader_said }")
    [unusable] certificate { $number } in it cannot serve as a certificate authority (rustls said: "{ $rustls_said }")
   *[cannot_read] "{ $path }" cannot be read: { $reason ->
        [not_found] there is no such file
        [permission_denied] this user may not read it
        [is_a_directory] it is a folder, not a file
       *[other] the operating system could not read it
    } (the operating system said: "{ $os_said }")
  }
tls-other = { $cause ->
    [closed_before_answer] the server closed the connection without answering the TLS hello (ClientHello)
    [closed_during_handshake] the server closed the connection in the middle of the handshake
    [bad_server_name] "{ $name }" cannot be sent as a TLS server name (SNI)
    [bad_message] the server sent a TLS message that breaks the protocol's rules (rustls said: "{ $rustls_said }")
    [incompatible] the server and { -app } have no TLS version, cipher suite or key exchange in common (rustls said: "{ $rustls_said }")
    [misbehaved] the server broke the TLS protocol's rules during the handshake (rustls said: "{ $rustls_said }")
   *[library] the TLS library rustls stopped the handshake (rustls said: "{ $rustls_said }")
  }

## How a response broke the rules
malformed-closed_after_interim = the connection closed after an interim (1xx) response, before the final one
malformed-closed_in_head = the connection closed in the middle of the response head, after { $received } bytes
malformed-head_unfinished = the response head could not be read to its end
malformed-bad_version = the status line does not start with an HTTP version of the form HTTP/x.y, such as HTTP/1.0 or HTTP/1.1: "{ $line }"
malformed-bad_status_code = the status code must be three digits: "{ $line }"
malformed-status_below_100 = the status code { $code } is not valid (codes go from 100 to 599)
malformed-bad_head_line = line { $number } of the head { $fault ->
    [nul] contains a NUL byte
    [lone_cr] contains a CR that does not end the line
    [no_colon] is not a "Name: value" header
    [empty_name] has an empty header name
    [bad_name] has a header name with forbidden characters
    [blank_first_header] starts with a space or tab right after the status line, where it cannot continue a header
    [control_in_reason] (the status line) has a control character in its reason phrase
   *[control_in_value] has a control character in a header value
  }: "{ $line }"
malformed-unparsable = the head is not valid HTTP: { $fault ->
    [version] its HTTP version is broken
    [status] its status code is broken
    [header_name] a header name holds a byte a name may not have
    [header_value] a header value holds a byte a value may not have
    [new_line] a line ends with a broken line break
    [token] a word holds a character that is not allowed there
   *[too_many_headers] it has more header lines than can be read
  }
malformed-content_length_not_number = Content-Length "{ $value }" is not a number of bytes
malformed-content_length_too_large = Content-Length { $value } is too large
malformed-content_length_conflict = two different Content-Length values ({ $first } and { $second }): the body's end cannot be known
malformed-chunk_size_not_hex = the chunk size line "{ $line }" does not start with a hexadecimal size
malformed-chunk_size_too_large = the chunk size in "{ $line }" is too large to count (more than 16 hexadecimal digits)
malformed-chunk_size_trailing_text = the chunk size line "{ $line }" has text after the size that is not an extension
malformed-chunk_too_long = chunk { $chunk } is longer than its announced size (next bytes: "{ $next }")

## Limits
limit-head_bytes = the response head is larger than { $max }
limit-header_count = the response has more than { $max } header lines
limit-interim_responses = the server sent more than { $max } interim (1xx) responses
limit-chunk_line = a chunk-size line is longer than { $max }
limit-chunk_extensions = the chunk extensions add up to more than { $max }
limit-trailer_bytes = the trailer fields are larger than { $max }
limit-body_bytes = the body is larger than { $max }

## What to try
hint-invalid_url = Check the address: it should look like http://data.pr4e.org/romeo.txt.
hint-unsupported_scheme = wirepeek speaks HTTP only: start the address with http:// or https://.
hint-invalid_request = Fix the header or method named above; nothing was sent.
hint-no_such_host = Check the spelling of the host name, and that this computer is online.
hint-connection_refused = Nothing is listening on that port. Check the port number, or start the server.
hint-unreachable = Check the network connection (Wi-Fi, cable, VPN) and the address.
hint-timeout = { $surface ->
    [cli] The server may be slow or busy: try again. --timeout SECS sets the limit for the whole fetch; the limit of each step is set in the window's { -settings }.
   *[window] The server may be slow or busy: try again, or allow more than { $seconds } s in { -settings }: "{ $step ->
        [dns] { settings-dns }
        [connect] { settings-connect }
        [tls] { settings-tls }
        [idle] { settings-idle }
       *[head] { settings-head }
    }", or "{ settings-total-name }" if that limit is the shorter one.
  }
hint-connection_reset = The server hung up. Try again; if it keeps happening the server may refuse this kind of request.
hint-closed_before_response = The server hung up without answering. Check the request and the port.
hint-not_http = This port runs some other protocol. Check the port number in the address.
hint-malformed_response = { $surface ->
    [cli] The server is not following HTTP. --dump shows the bytes that did arrive.
   *[window] The server is not following HTTP. Every byte that did arrive is in the Wire tab, each part named.
  }
hint-limit_exceeded = { $limit ->
    [body_bytes] { $surface ->
        [cli] What arrived up to the limit is kept. The body limit cannot be changed from the command line; --dump passes any size on without keeping it.
       *[window] What arrived up to the limit is kept. To get more, raise "{ settings-max-body }" in { -settings } (now { $max }).
      }
   *[other] What arrived up to the limit is kept. This limit protects wirepeek from a runaway server and cannot be changed.
  }
hint-body_incomplete = The connection ended early. Try again; what arrived is kept.
hint-decode = { $surface ->
    [cli] The compressed body is damaged. --dump writes the bytes exactly as they arrived.
   *[window] The compressed body is damaged. The bytes as they arrived are in the "{ -wire-tab }" tab.
  }
hint-too_many_redirects = { $surface ->
    [cli] The redirects may go round in a circle: --json lists every hop.
   *[window] The redirects may go round in a circle: the list of redirects under the status shows every hop.
  }
hint-cancelled = Press Fetch to try again.
hint-output_failed = Check that the disk has room, or that the program reading the output still runs.
hint-io = Try again; check the network connection.
hint-tls-unknown_issuer = { $surface ->
    [cli] On a school or office network that checks secure connections with its own authority, add --system-roots to trust this computer's certificate store too. If this is your own test server, add its certificate authority with --cacert FILE.
   *[window] On a school or office network that checks secure connections with its own authority, tick "{ settings-system-roots }" in { -settings }. If this is your own test server, choose its certificate authority file there ("{ settings-ca-file }").
  }
hint-tls-dates = Check this computer's date and time; otherwise the site must renew its certificate.
hint-tls-name_mismatch = Use one of the names the certificate lists, or check for a typing mistake.
hint-tls-not_tls = This port speaks plain HTTP: try http:// instead of https://.
hint-tls-bad_ca_file = { $surface ->
    [cli] Give --cacert a PEM file that holds a CERTIFICATE block.
   *[window] In { -settings }, choose a PEM file that holds a CERTIFICATE block for "{ settings-ca-file }", or empty that field.
  }
hint-tls-other = The secure connection could not be set up; the details are shown above.

## Why a file could not be read (the operating system's own words are English only)
file-not-found = there is no such file
file-no-permission = this user may not read it
file-is-folder = it is a folder, not a file
file-other = it cannot be read (the operating system said: "{ $detail }")

## Proxies
error-bad_proxy = The proxy setting "{ $text }" cannot be used: { $reason ->
    [scheme] wirepeek speaks only to plain HTTP proxies (http://host:port).
    [password] it holds a user name or password, and wirepeek sends no passwords to proxies.
   *[unreadable] it is not an address of the form host:port.
  }
error-proxy_refused = The proxy { $proxy } refused the connection ({ $address }).
error-proxy_authentication_required = The proxy { $proxy } wants a user name and password before it opens a tunnel (407 Proxy Authentication Required).
error-proxy_refused_tunnel = The proxy { $proxy } would not open a tunnel to the server. It answered: { $code } { $reason }
error-proxy_closed_tunnel = The proxy { $proxy } closed the connection instead of carrying it through to the server.
error-proxy_closed = The proxy { $proxy } closed the connection without sending a response: no answer from the server came back through it.
error-proxy_not_http = The proxy { $proxy } did not answer in HTTP. It sent: { $first_bytes }
error-kind-bad_proxy = unusable proxy setting
error-kind-proxy_refused = proxy refused
error-kind-proxy_authentication_required = proxy wants a login
error-kind-proxy_refused_tunnel = tunnel refused
error-kind-proxy_closed_tunnel = tunnel closed
error-kind-proxy_closed = proxy hung up
error-kind-proxy_not_http = proxy not HTTP
hint-bad_proxy = { $surface ->
    [cli] Give the proxy as --proxy http://host:port, or --no-proxy to connect directly. HTTP_PROXY and HTTPS_PROXY take the same form.
   *[window] Write the proxy as http://host:port in { -settings } ("{ settings-proxy }"), or choose "{ settings-proxy-direct }". HTTP_PROXY and HTTPS_PROXY take the same form.
  }
hint-proxy_refused = { $surface ->
    [cli] Nothing waits for connections at the proxy's address and port. Check --proxy (or HTTP_PROXY / HTTPS_PROXY), or try --no-proxy.
   *[window] Nothing waits for connections at the proxy's address and port. Check the proxy in { -settings } ("{ settings-proxy }"), or choose "{ settings-proxy-direct }".
  }
hint-proxy_authentication_required = This proxy lets only signed-in users through, and wirepeek does not sign in to proxies. Ask the network's administrator, or try on a network without this proxy.
hint-proxy_refused_tunnel = { $surface ->
    [cli] The proxy decides which servers and ports it lets through. Its answer is in --json under "proxy". Check the address and port, or ask the network's administrator.
   *[window] The proxy decides which servers and ports it lets through. Its answer is at the top of the Wire tab. Check the address and port, or ask the network's administrator.
  }
hint-proxy_closed_tunnel = The proxy, or the network behind it, gave up on the server. Check the server's address and port, and try again.
hint-proxy_closed = { $surface ->
    [cli] The proxy, or the network behind it, could not reach the server or gave up on it. Check the address and port in the URL and try again, or try --no-proxy.
   *[window] The proxy, or the network behind it, could not reach the server or gave up on it. Check the address and port in the URL and try again, or choose "{ settings-proxy-direct }" in { -settings } ("{ settings-proxy }").
  }
hint-proxy_not_http = { $surface ->
    [cli] The proxy's port runs some other protocol, not an HTTP proxy. Check the port in --proxy (or HTTP_PROXY / HTTPS_PROXY), or try --no-proxy.
   *[window] The proxy's port runs some other protocol, not an HTTP proxy. Check the port of the proxy in { -settings } ("{ settings-proxy }"), or choose "{ settings-proxy-direct }".
  }
