# wirepeek, English (Fluent syntax): `key = text`; `{ $name }` is filled in; an indented line continues
# the text on a new line. Every key here must exist in every other language file (a test checks).

## Window
tagline = see HTTP: every byte, header and millisecond
language = Language
welcome = Type an address (for example http://data.pr4e.org/romeo.txt) and press Enter or Fetch.
empty-hint = The response will appear here: status, headers and body side by side.
internal-error = Something went wrong inside wirepeek: { $detail }

## URL bar
url-label = URL
url-hint = http://example.com/
method-name = Method
version-name = HTTP version
method-tooltip = The request method: GET asks for a page, HEAD for its headers only, POST sends data.
version-tooltip = HTTP/1.0 is the textbook request; HTTP/1.1 adds Host-based virtual hosting and more.
fetch = Fetch
cancel = Cancel
fetch-tooltip = Enter fetches, Esc cancels, Ctrl+L goes to the address.
follow-redirects = Follow redirects
progress-bytes = { $size } received · { $rate }

## Status strip
status-no-response = No response
size-body = { $size }
size-wire = { $size } on the wire
size-decoded = { $size } decoded
status-normalized = the URL as sent: { $url }
status-redirects = after { $count } redirect(s)
status-tls-tooltip = Cipher suite: { $cipher }
  Certificate: { $verification }

## Error box
error-what-to-try = What to try:
partial-dns = DNS: { $addresses }
partial-connected = Connected to { $address }
partial-target = Target { $host } port { $port }
partial-request = Request sent: { $size }
partial-received = Received: { $size }

## Headers
headers-title = Headers
headers-count = { $count } in wire order · right-click a row to copy
headers-copy-all = Copy all
headers-copy-one = Copy this header
headers-name = Name
headers-value = Value
headers-none = No response headers arrived.

## Body
body-title = Body
view-text = Text
view-pretty = Pretty
view-preview = Preview
view-hex = Hex
find-button = Find
body-copy = Copy
body-copied = Body copied to the clipboard.
body-save = Save body as…
body-empty = (no body)
body-incomplete = incomplete
body-charset = { $charset } ({ $source })
body-lines = lines: { $count }
framing-none = no body
framing-content-length = Content-Length
framing-chunked = chunked
framing-until-close = until the connection closed
charset-header = declared in Content-Type
charset-bom = from the byte order mark
charset-meta = declared in a meta tag
charset-detected = guessed from the bytes
charset-default = nothing declared: the default
preview-none = This body is not an image.
preview-alt = The body as an image

## Find
find-label = Find
find-hint = text to find
find-count = { $current } of { $total }
find-searching = searching…
find-none = no matches
find-previous = Previous
find-next = Next
find-close = Close

## Save
save-title = Save body as…
save-path = File
save-size = { $size } will be written, exactly as decoded.
save-confirm = Save
save-cancel = Cancel
save-done = Saved { $path }
save-failed = Could not save { $path }: { $detail }

## Bottom tabs
tab-request = Request sent
tab-response-head = Response head
tab-history = History
request-sent = { $size }, exactly as written to the socket (line ends shown as \r\n):
request-not-sent = { $size } were prepared but never written: the fetch stopped first. This is what would have been sent:
request-none = Nothing was sent yet.
redirect-hop = { $number }. { $request }: { $status }
response-none = Nothing was received.
response-partial = No complete response head arrived; these are the bytes that did:
history-help = Click an address to load that request back.
history-clear = Clear history
history-empty = No fetches yet.
history-load = Load this request into the URL bar
## Phases while a fetch runs
phase-idle = Ready
phase-resolving = Looking up the host name (DNS)…
phase-connecting = Connecting…
phase-tls = TLS handshake…
phase-sending = Sending the request…
phase-waiting = Waiting for the response…
phase-downloading = Downloading…
phase-decoding = Decoding…
phase-done = Done

## Phases inside an error sentence
doing-idle = before starting
doing-resolving = looking up the host name (DNS)
doing-connecting = connecting
doing-tls = the TLS handshake
doing-sending = sending the request
doing-waiting = waiting for the response head
doing-downloading = reading the body
doing-decoding = decoding the body
doing-done = finishing

## Engine errors
error-invalid_url = The address is not valid: { $problem }.
error-unsupported_scheme = The address starts with "{ $scheme }:", but only http and https are supported.
error-invalid_request = The request was not sent: { $problem }.
error-no_such_host = No computer called "{ $host }" was found (DNS: { $detail }).
error-connection_refused = { $address } refused the connection.
error-unreachable = { $address } cannot be reached: { $detail }.
error-timeout = Gave up after { $seconds } s while { $phase }.
error-tls = The secure (TLS) connection failed: { $problem }.
error-connection_reset = The server reset the connection while { $phase }.
error-closed_before_response = The server closed the connection without sending a response.
error-not_http = The server did not answer in HTTP. It sent: { $first_bytes }
error-malformed_response = The response is malformed: { $what }.
error-limit_exceeded = Stopped reading: { $what }.
error-body_incomplete = The body is incomplete: { $received } of { $expected } bytes arrived before the connection closed.
error-body_incomplete_chunked = The body is incomplete: the connection closed after { $received } bytes, before the last chunk.
error-decode = The body says it is { $encoding }-compressed but could not be decompressed: { $detail }.
error-too_many_redirects = Stopped after following { $max } redirects.
error-cancelled = Cancelled while { $phase }.
error-output_failed = The response could not be written out: { $detail }.
error-io = Input/output error while { $phase }: { $detail }.

url-empty = nothing was typed
url-control_character = character { $position } is a control character, { $name }, which cannot be part of an address
url-unparsable = { $detail }
url-missing_host = it has no host name

request-bad_method = the method "{ $method }" must be one word of letters, digits or !#$%&'*+-.^_`|~
request-bad_header_name = the header name "{ $name }" must be one word of letters, digits or !#$%&'*+-.^_`|~ (no spaces or colons)
request-bad_header_value = the value of header "{ $name }" contains { $character }, which would break the request apart
request-missing_colon = the header "{ $line }" needs a colon, as in "Name: value"

tls-unknown_issuer = the certificate was issued by an authority this computer does not trust (unknown issuer)
tls-expired = the certificate expired on { $date }
tls-not_yet_valid = the certificate is not valid until { $date }
tls-name_mismatch = name mismatch: expected { $expected }, but the certificate is for { $presented }
tls-name_mismatch_no_names = name mismatch: expected { $expected }, but the certificate lists no names
tls-bad_certificate = the certificate is not acceptable: { $detail }
tls-not_tls = the server does not speak TLS on this port; it answered: { $first_bytes }
tls-refused = the server refused the handshake: { $detail }
tls-bad_ca_file = the CA certificate file cannot be used: { $detail }
tls-other = { $detail }

limit-head_bytes = the response head is larger than { $max } bytes
limit-header_count = the response has more than { $max } header lines
limit-interim_responses = the server sent more than { $max } interim (1xx) responses
limit-chunk_line = a chunk-size line is longer than { $max } bytes
limit-chunk_extensions = the chunk extensions add up to more than { $max } bytes
limit-trailer_bytes = the trailer fields are larger than { $max } bytes
limit-body_bytes = the body is larger than { $max } bytes

## What to try
hint-invalid_url = Check the address: it should look like http://example.com/page.
hint-unsupported_scheme = wirepeek speaks HTTP only: start the address with http:// or https://.
hint-invalid_request = Fix the header or method named above; nothing was sent.
hint-no_such_host = Check the spelling of the host name, and that this computer is online.
hint-connection_refused = Nothing is listening on that port. Check the port number, or start the server.
hint-unreachable = Check the network connection (Wi-Fi, cable, VPN) and the address.
hint-timeout = The server may be slow or busy: try again.
hint-connection_reset = The server hung up. Try again; if it keeps happening the server may refuse this kind of request.
hint-closed_before_response = The server hung up without answering. Check the request and the port.
hint-not_http = This port runs some other protocol. Check the port number in the address.
hint-malformed_response = The server is not following HTTP. What did arrive is shown below.
hint-limit_exceeded = What arrived up to the limit is kept below.
hint-body_incomplete = The connection ended early. Try again; what arrived is kept below.
hint-decode = The compressed body is damaged. The raw bytes are kept in the Wire tab.
hint-too_many_redirects = The redirects may go round in a circle.
hint-cancelled = Press Fetch to try again.
hint-output_failed = Check that the disk has room, or that the program reading the output still runs.
hint-io = Try again; check the network connection.
hint-tls-unknown_issuer = If this is your own test server, add its certificate authority with --cacert.
hint-tls-dates = Check this computer's date and time; otherwise the site must renew its certificate.
hint-tls-name_mismatch = Use one of the names the certificate lists, or check for a typing mistake.
hint-tls-not_tls = This port speaks plain HTTP: try http:// instead of https://.
hint-tls-bad_ca_file = Give a PEM file that holds a CERTIFICATE block.
hint-tls-other = The secure connection could not be set up; the details are shown above.

## Settings
tab-settings = Settings
settings-intro = These apply to every fetch and are remembered. A limit that is reached stops the fetch and keeps what arrived.
settings-seconds = { " " }s
settings-dns = Looking up the host (DNS)
settings-connect = Connecting, per address
settings-tls = TLS handshake
settings-head = Waiting for the response head
settings-idle = Silence between body reads
settings-total = Whole fetch (0: no limit)
settings-max-body = Body kept in memory
settings-max-redirects = Redirects followed at most
settings-ca-file = Extra certificate authority (PEM file)
settings-ca-hint = e.g. the CA of your own test server
settings-ca-read = { $count } certificate(s) read
settings-ca-error = Cannot read it: { $detail }
settings-reset = Back to the defaults

## Notes from the engine
engine-note = Note: { $note }
engine-notes-more = … and { $count } more notes (all of them are in `wirepeek --json`).

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
note-bare_lf_chunk = A chunk ends with LF alone instead of CR LF.
note-many_chunks = More than { $listed } chunks: only the first ones are listed; all are in the body.
note-trailer_without_colon = A trailer line without a colon was ignored: "{ $line }".
note-tls_closed_without_notify = The TLS connection closed without close_notify; the body ends at the close, so it may be truncated.
note-raw_deflate = The deflate body has no zlib header (raw deflate); decoded anyway.
note-unknown_content_coding = The content coding "{ $coding }" is not supported; the body is shown as received.
note-extra_bytes = { $count } bytes arrived after the end of the body and were not used.
note-reads_merged = More than { $listed } reads: the later ones are merged into the last entry of the read list.
note-closed_while_sending = The server closed the connection before the whole request was sent; its answer is read anyway.
note-redirected_from = Redirected here by { $code } { $reason } from { $url }.
note-https_to_http = This redirect goes from https to plain http: what follows is not encrypted.
note-credentials_dropped = Authorization and Cookie headers were dropped because the redirect goes to another server (host, port or scheme).
