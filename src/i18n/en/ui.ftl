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
fetch-tooltip = Enter fetches, Esc cancels, Ctrl+L selects the address, F1 lists every shortcut.
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
settings-ca-read = { $count } certificate(s) read
settings-ca-error = Cannot read it: { $detail }
settings-reset = Back to the defaults

## Notes from the engine
engine-note = Note: { $note }
engine-notes-more = … and { $count } more notes (all of them are in `wirepeek --json`).

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
