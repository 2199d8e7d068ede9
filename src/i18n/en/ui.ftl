## Window
tagline = see HTTP: every byte, header and millisecond
language = Language
welcome = Type an address (for example http://data.pr4e.org/romeo.txt) and press Enter or Fetch.
empty-hint = The response will appear here: status, headers and body side by side.
internal-error = Something went wrong inside wirepeek: { $detail }

## URL bar
url-label = URL
url-hint = http://data.pr4e.org/romeo.txt
method-name = Method
version-name = HTTP version
method-tooltip = The request method: GET asks for a page, HEAD for its headers only, POST sends data.
version-tooltip = HTTP/1.0 is the textbook request; HTTP/1.1 adds Host-based virtual hosting and more.
fetch = Fetch
cancel = Cancel
fetch-tooltip = Enter fetches, Esc cancels, Ctrl+L selects the address, F1 lists every shortcut.
follow-redirects = Follow redirects
progress-bytes = { $size } received · { $rate }

## Status strip
status-no-response = No response
size-body = { $size }
size-wire = { $size } on the wire
size-decoded = { $size } decoded
status-normalized = the URL as sent: { $url }
status-redirects = after { $count ->
    [one] one redirect
   *[other] { $count } redirects
  }
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
headers-row = Header { $number }, { $name }: { $value }

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
charset-chosen = chosen by you
preview-none = This body is not an image.
preview-alt = The body as an image
preview-failed = This image cannot be drawn: its data is broken, or it claims to be bigger than wirepeek will decode. Hex shows its bytes.

## Find
find-label = Find
find-hint = text to find
find-count = { $current } of { $total }
find-searching = searching…
find-none = no matches
find-previous = Previous
find-next = Next
find-nothing-to-move-to = Nothing was found, so there is nothing to move to.
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
tab-history = History
request-not-sent = { $size } were prepared but never written: the fetch stopped first. This is what would have been sent:
request-none = Nothing was sent yet.
redirect-hop = { $number }. { $request }: { $status }
response-none = Nothing was received.
response-partial = No complete response head arrived; these are the bytes that did:
history-help = Click an address to load that request back.
history-clear = Clear history
history-empty = No fetches yet.
history-clear-nothing = There is nothing to clear yet.
history-load = Load this request into the URL bar

## Phases of a fetch: the value is the progress label, `.doing` the words inside a sentence
phase-idle = Ready
    .doing = before starting
phase-resolving = Looking up the host name (DNS)…
    .doing = looking up the host name (DNS)
phase-connecting = Connecting…
    .doing = connecting
phase-tls = TLS handshake…
    .doing = the TLS handshake
phase-sending = Sending the request…
    .doing = sending the request
phase-waiting = Waiting for the response…
    .doing = waiting for the response head
phase-downloading = Downloading…
    .doing = reading the body
phase-decoding = Decoding…
    .doing = decoding the body
phase-done = Done
    .doing = finishing

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
settings-ca-read = { $count ->
    [one] 1 certificate read
   *[other] { $count } certificates read
  }
settings-ca-error = Cannot read it: { $detail }
settings-reset = Back to the defaults

## Notes from the engine
engine-note = Note: { $note }
engine-notes-more = … and { $count ->
    [one] one more note
   *[other] { $count } more notes
  } (all of them are in `wirepeek --json`).

## While a fetch runs: what has really arrived, nothing from the fetch before
live-no-head = The request is on its way. The response will appear here the moment it arrives.
live-no-body-yet = The head has arrived; the body has not started yet.
live-body-text = { $size } of the body so far, shown as each read brings it. { $chunked ->
    [yes] The chunk size lines are still in it: when the fetch ends they are taken out and the text decoded again.
   *[no] When the fetch ends the whole text is decoded again.
  }
live-body-compressed = { $size } of the body so far, compressed with { $coding }. It is decompressed when the fetch ends.
live-body-binary = { $size } of the body so far. It is not text; it is shown when the fetch ends.
live-body-capped = Only the first { $shown } are shown while it arrives; all of it once the fetch ends.
request-writing = { $size } being written to the socket:
response-arriving = The response head is arriving; these bytes are here so far:
response-waiting = Waiting for the response. Nothing has arrived yet.
response-heads = Every head as received, in order: { $statuses }
headers-interim = Interim response { $status } ({ $count ->
    [one] 1 header
   *[other] { $count } headers
  })
url-empty-nudge = Type an address first, for example http://data.pr4e.org/romeo.txt
url-no-scheme = This address has no scheme: every URL starts with one, http:// or https://, which says how to talk to the server. Nothing was sent.
url-no-scheme-fix = Fetch { $url }

## The Wire tab: every byte that crossed the socket, each part named
tab-wire = { -wire-tab }
wire-hex = Show as hex
wire-hex-asking = Off while a question asks you to find a line: look for it in the text.
wire-summary-request = request { $size }
wire-summary-response = response { $size }
wire-summary-decoded = body { $wire } on the wire became { $decoded } ({ $coding })
wire-chunk-size-means = { $hex } in hexadecimal: { $size } bytes of data follow
wire-part-request-line = request line
wire-part-request-header = request header
wire-part-head-end = empty line: end of head
wire-part-request-body = request body
wire-part-empty-line-before-head = empty line before the status line
wire-part-interim-status-line = status line (interim)
wire-part-status-line = status line
wire-part-header = header line
wire-part-chunk-size = chunk size
wire-part-chunk-data = chunk data
wire-part-chunk-end = end of chunk
wire-part-last-chunk = last chunk (size 0)
wire-part-trailer = trailer
wire-part-body = body
wire-part-extra-bytes = bytes after the body
wire-part-unreadable = not read as a response head (see the error above)

## The Timeline tab: when each step ran, and every read
tab-timeline = Timeline
timeline-dns = DNS lookup
timeline-connect = TCP connect
timeline-tls = TLS handshake
timeline-sending = Writing the request
timeline-waiting = Waiting for the first byte
timeline-receiving = Receiving the response
timeline-skipped-ip_address = not needed: the host is an IP address, there is no name to look up
timeline-skipped-plain_http = not needed: plain http:// has no TLS
timeline-not-reached = not reached: the fetch stopped before this step
timeline-reads = { $count ->
    [one] 1 read
   *[other] { $count } reads
  }
timeline-reads-help = Each row is one read() on the socket that returned bytes, like one turn of the textbook's recv loop: when it returned, how many bytes it brought, and the total so far.
timeline-reads-merged = Only the first { $listed } reads are listed one by one; the later ones were merged (no byte is missing from the record).
timeline-read-total = total { $size } B
timeline-plot-x = milliseconds since the fetch began
timeline-plot-y = bytes received

## The Connection tab: where the request went and how it got there
tab-connection = Connection
conn-address = The address
conn-no-target = The address could not be understood, so nothing was looked up or connected.
conn-scheme = Scheme
conn-host = Host
conn-host-sent = Host as sent
conn-host-punycode = { $host } (punycode: how a name in other letters travels in DNS and in the Host header)
conn-port = Port
conn-port-default = the usual port of { $scheme }
conn-port-chosen = chosen in the address
conn-service = Usually there
conn-service-unknown = not a well-known port
conn-path = Path and query
conn-host-header = Host header
conn-network = Lookup and connection
conn-attempt = Connect try { $number }
conn-connected = connected
conn-local = This computer's end
conn-tls = TLS
conn-tls-name = Name checked (SNI)
conn-tls-version = Version
conn-tls-cipher = Cipher suite
conn-tls-group = Key exchange
conn-tls-alpn = ALPN
conn-tls-no-alpn = the server did not answer ALPN
conn-tls-check = Certificate check
conn-cert-server = The server's certificate
conn-cert-chain = Certificate { $number } of the chain
conn-cert-unreadable = This certificate could not be read.
conn-cert-subject = For (subject)
conn-cert-issuer = Signed by (issuer)
conn-cert-names = Names it is valid for
conn-cert-from = Valid from
conn-cert-until = Valid until
conn-cert-days-left = { $count ->
    [one] 1 day left
   *[other] { $count } days left
  }
conn-cert-expired-days = { $count ->
    [one] expired 1 day ago
   *[other] expired { $count } days ago
  }

## Saved history and settings
state-set-aside-broken = Your saved history and settings could not be read, so wirepeek started fresh. The old file is kept as { $file }.
state-set-aside-newer = Your saved history and settings were written by a newer wirepeek (format { $version }), so this one started fresh. The old file is kept as { $file }.
state-unreadable = Your saved history and settings could not be read, so wirepeek started fresh and will not save over them in this run.
state-save-failed = Your history and settings could not be saved. They stay in this window until it closes.
state-notice-hide = OK

## History, reopened
history-reopen-help = Click an address to reopen it. The latest exchanges are kept whole, up to { $budget } in all; older ones keep only their request.
history-reopen = Show this exchange again and load its request into the URL bar
history-request-only = only the request was kept
history-fetch-again = Fetch again

## A body view that failed
body-view-failed = The { $view } view could not draw this body (a bug in wirepeek), so it is shown in Hex.
body-view-failed-hex = The { $view } view could not draw this body (a bug in wirepeek).

## Keyboard shortcuts (F1)
shortcuts-title = Keyboard shortcuts
shortcuts-close = Close
shortcut-address = Select the whole address, so what you type replaces it
shortcut-fetch = In the address: fetch it
shortcut-escape = Cancel the fetch, or close Find or this list
shortcut-find = Find in the body
shortcut-find-next = In Find: go to the next match
shortcut-tab = Move to the next or the previous control
shortcut-press = Press the button that has the focus
shortcut-page = Scroll the body a screen up or down (when it has the focus or the pointer is over it)
shortcut-ends = Go to the first or the last line of the body
shortcut-lines = Scroll the body one line
shortcut-copy = Copy the selected text
shortcut-help = Show this list
body-rows = Body, scrolled with PageUp, PageDown, Home and End
settings-total-name = Whole fetch
settings-ca-none = This file holds no certificate (no "BEGIN CERTIFICATE" block): nothing would be trusted
save-choosing = Choose where to save in the system's dialog…
save-type-instead = Type a path instead
save-exists = "{ $path }" already exists. Replace it with the body?
save-replace = Replace
settings-ca-choose = Choose…
settings-ca-choosing = Choosing in the system's dialog…
settings-ca-dialog = Choose a certificate authority file (PEM)
wire-rows = Bytes on the wire, scrolled with PageUp, PageDown, Home and End
timeline-read-log-rows = Read log, scrolled with PageUp, PageDown, Home and End
view-not-offered = This view has nothing to show for this body (for example Pretty needs JSON, HTML or XML, and Preview an image).
find-not-here = Find searches text and bytes; switch to Text, Pretty or Hex.
body-nothing-tooltip = There is no body to work with: the response had none, or none arrived.
body-charset-read-as = { $label } is read as { $charset }, which holds all of it and more, as browsers do.
body-charset-pick = Read the body again in another charset (a page in the wrong letters often comes out right), without fetching again.
body-rereading = Reading the body again as { $charset }…
body-charset-name = Charset
redirect-steps = Redirects followed:
redirect-step-open = Show this step in every view

## Comparing two exchanges picked in History
compare-title = Two exchanges side by side
compare-left = First picked
compare-right = Second picked
compare-request = Request
compare-status = Status
compare-received = Received in all
compare-body = Body (decoded)
compare-time = Time
compare-reads = Reads
compare-same = the same on both sides
compare-added = only the second one has it
compare-removed = only the first one has it
compare-changed = both have it, with different values
compare-not-sent = (not sent)
compare-header-counts = Headers: { $added } only in the second, { $removed } only in the first, { $changed } changed.
history-compare = Compare
history-compare-hint = Pick one more to compare with it.
history-compare-kept-only = Only exchanges that are still kept whole can be compared.
history-compare-not-kept = Only the request and a summary of this fetch were kept, so there is nothing to compare. Fetch it again to compare it.
body-wrap = Wrap long lines
body-wrap-tooltip = A line wider than the view continues on the next row, instead of running off to the right.
body-wrap-too-big = Only texts up to { $size } are wrapped; in bigger ones, lines longer than 2,000 bytes continue on the next row (marked …).
# The request editor below the URL bar
editor-title = Request to send
editor-summary-headers = { $count } headers
editor-summary-body = body { $size }
editor-summary-raw = raw text, { $size }
editor-mode-fields = Headers and body
editor-mode-fields-tooltip = wirepeek writes the request from these rows: change a default header, switch it off, move it, add your own.
editor-mode-raw = Raw text
editor-mode-raw-tooltip = Type the whole request yourself: wirepeek sends exactly these bytes to the host and port of the URL.
editor-col-send = Send
editor-col-name = Name
editor-col-value = Value
editor-name-hint = Header-Name
editor-value-hint = value
editor-row-send = Send header { $number }
editor-row-send-tooltip = Switched off, the row stays here but is not sent.
editor-row-name = Name of header { $number }
editor-row-value = Value of header { $number }
editor-row-up = Move header { $number } up
editor-row-down = Move header { $number } down
editor-row-remove = Remove header { $number }
editor-row-at-end = This header is already at that end of the list.
editor-row-problem = Header { $number }: { $problem }
editor-automatic = automatic: { $value }
editor-automatic-host = automatic: the host and port of the URL
editor-automatic-none = not sent with { $version } unless you type a value
editor-automatic-tooltip = Left empty, the value is wirepeek's own, from the URL and the HTTP version. Type to send your own.
editor-add = Add a header
editor-reset = Back to the default headers
editor-reset-nothing = The header rows are already the default ones.
editor-fix-first = Nothing is sent while a header row is flagged.
editor-body = Body
editor-body-hint = name=value&other=2
editor-content-type-none = (no Content-Type)
editor-content-type-help = Content-Length is added to a body by itself.
editor-raw-where = wirepeek connects to { $host }, port { $port } (from the URL above), and sends this text as it is.
editor-raw-where-unknown = Type a URL above: it says which host and port to connect to.
editor-raw-start = Start from the request above
editor-raw-start-tooltip = Fill in the request wirepeek would write from the URL and the header rows, to change it by hand.
editor-raw-enter = Enter ends a line with CR LF (\r\n). An empty line ends the head.
editor-raw-label = Request text
editor-raw-hint = GET http://data.pr4e.org/romeo.txt HTTP/1.0
history-edit = Edit & send
history-edit-tooltip = Load this request into the request editor, to change it or send it again as it was
pickers-raw-tooltip = In Raw mode the request line you type gives the method and the HTTP version.
engine-note-show-bytes = show these bytes
lessons-button = Lessons
lessons-button-tooltip = Start the practice server on this computer and list its lessons: one idea each, to fetch and look at.
lessons-window-title = Lessons
lessons-window-intro = The practice server runs inside wirepeek at { $url } (this computer only) until the window closes. Fetch a lesson and look where its text says.
lessons-fetch = Fetch
lessons-fetch-named = Fetch the lesson: { $lesson }
lessons-next = Load the next request
lessons-next-named = Load the next request of the lesson: { $lesson }
lessons-cannot-start = The practice server could not start: { $detail }
lessons-trust-ca = Save the lesson's certificate authority and trust it
lessons-trust-ca-tooltip = Saves the https lesson's certificate authority to a file in wirepeek's own folder, and chooses that file in Settings as the extra certificate authority.
lessons-trust-ca-done = Saved the certificate authority to { $path } and chose that file in Settings as the extra certificate authority. The next https fetches to the lesson server are checked against it: fetch the https lesson again.{ $replaced ->
        [yes] { " " }It takes the place of the file named there before ({ $before }).
       *[no] {""}
    } To undo, clear "Extra certificate authority" in Settings. The lesson server makes a new authority each time it starts: after a restart, click again.
lessons-trust-ca-failed = Could not save the certificate authority to { $path }: { $detail }

# The Code tab: the request on screen written as code that sends it again.
tab-code = Code
code-empty = Fetch something first: this tab writes its request as code.
code-none = The request was never built: the URL could not be understood.
code-too-big = The request is { $size }, too big to show as code here. In a terminal, wirepeek --export KIND URL writes it.
code-intro = The request on screen, written as code that sends it again. Run it and compare with what wirepeek shows.
code-kind-python-socket = Python socket
code-kind-python-urllib = Python urllib
code-kind-curl = curl
code-kind-raw = Raw text
code-kind-rust = Rust
code-copy = Copy
code-copy-tooltip = Copy the code to the clipboard
code-copied = Copied to the clipboard.
code-save = Save…
code-save-title = Save the code as…
code-save-tooltip = Save the code to a file
code-save-raw-tooltip = Save the request's exact bytes (real CR LF), ready for wirepeek --raw FILE URL
code-save-exists = "{ $path }" already exists. Replace it?
code-about-python-socket = The textbook's program: it connects, sends the exact bytes wirepeek sent, and prints the answer as recv(512) returns it, until the server closes.
code-about-python-urllib = Python's own HTTP library. It writes the head itself, so the comments say where it differs.
code-about-curl = A command for a terminal. curl gets the same request line, headers and body; -H 'Name:' stops a header curl would add on its own.
code-about-raw = The exact bytes, every line end shown as \r\n as on the Wire tab. Save writes the real bytes.
code-about-rust = A short Rust program with std::net::TcpStream: it sends the exact bytes and prints the answer. std has no TLS; for https a comment says what to add.

## The welcome (first start, and Help > Welcome)
welcome-title = Welcome to wirepeek
welcome-intro = wirepeek fetches one address the way a browser does and shows you everything that happened on the way: every byte sent and received, each header, and how long each step took. Try one of these:
welcome-plain-title = A text file over plain HTTP
welcome-fetch = Fetch { $url }
welcome-plain-look = A short poem comes back as plain text. HTTP is not encrypted, so the Wire tab shows the request your computer wrote and the server's answer exactly as they crossed the network.
welcome-secure-title = A web page over HTTPS
welcome-secure-look = The same kind of request and response, inside an encrypted connection (TLS). The Connection tab shows the certificate the server gave and who vouched for it; the response itself reads like plain HTTP again.
welcome-lessons-title = Lessons on this computer
welcome-lessons-button = Open the lessons
welcome-lessons-look = A practice server starts on this computer, so no internet is needed. Each lesson is one idea to fetch and look at: redirects, chunks, compression, cookies, errors.
welcome-own = Or type any address in the bar above and press Enter. The Help menu brings this page back.
welcome-close = Back to the response

## The Help menu
help-menu = Help
help-welcome = Welcome: things to try
help-shortcuts = Keyboard shortcuts (F1)
help-about = About wirepeek
shortcut-zoom = Make everything bigger or smaller (for a projector)
shortcut-zoom-reset = Back to the normal size

## Size and colours (Settings)
appearance-zoom = Size
appearance-zoom-reset = Normal size
appearance-zoom-keys = Ctrl + and Ctrl - change it too; Ctrl 0 goes back to the normal size.
appearance-theme = Colours
appearance-theme-system = Follow the system
appearance-theme-light = Light
appearance-theme-dark = Dark

## About wirepeek
about-title = About wirepeek
about-what = See HTTP: fetch one address over a plain socket and look at every byte, header and millisecond.
about-project = Project page:
about-licence = wirepeek is free software under the licence { $licence }.
about-font = Korean font: { $font }, under the SIL Open Font License 1.1
about-crates = Built from { $count } crates (Rust libraries), each under its own licence:
about-filter = Filter
about-filter-hint = name, version or licence, e.g. MIT
about-no-crates = No crate matches.
about-choose = Click a crate to read its licence text and copyright notice.
about-hide-text = Hide the text
about-text-file = From the crate's source, the file { $file }:
about-text-standard = The crate ships no licence file, so here is the standard text of { $licence } (taken from { $from }):
about-text-authors = The crate ships no licence file. Its authors, as its Cargo.toml names them, hold the copyright:
about-no-texts = No licence text was found for this crate.
about-notices-broken = The licence texts inside wirepeek could not be unpacked ({ $error }). The same texts are in assets/licences/notices.txt in wirepeek's source.

## Proxies and the trust store
phase-proxy-tunnel = Opening a tunnel through the proxy…
    .doing = opening the tunnel through the proxy
timeline-proxy-tunnel = Proxy tunnel (CONNECT)
settings-proxy = Proxy
settings-proxy-system = Use the system's proxy settings (HTTP_PROXY, HTTPS_PROXY, NO_PROXY)
settings-proxy-direct = No proxy: connect directly
settings-proxy-this = This proxy:
settings-proxy-address-off = Choose "{ settings-proxy-this }" above to type a proxy here.
settings-proxy-address = Proxy address
settings-trust = Trusted certificate authorities
settings-system-roots = Also trust this computer's certificate store (beside the bundled Mozilla roots)
wire-proxy-absolute = Sent to the proxy { $proxy } in absolute form: the request line names the whole URL, and the proxy passed the request on to the server.
wire-proxy-tunnel = First, before the exchange below: a tunnel through the proxy { $proxy }
wire-proxy-connect = CONNECT request (to the proxy)
wire-proxy-reply = The proxy's answer
wire-proxy-no-reply = (no answer)
conn-proxy = Proxy
conn-proxy-from-settings = from Settings
conn-proxy-from-command_line = from --proxy
conn-proxy-from-environment = from the { $variable } variable
conn-proxy-mode-absolute_form = plain http: the request went to the proxy with the whole URL in its request line; the addresses below are the proxy's
conn-proxy-mode-tunnel = https: a CONNECT tunnel through the proxy, TLS with the server inside it; the addresses below are the proxy's
conn-tls-trusted-by = Vouched for by
tls-trusted-by-extra_ca_file = the extra certificate authority file you chose
tls-trusted-by-bundled_roots = the Mozilla roots bundled with wirepeek
tls-trusted-by-system_store = this computer's certificate store
