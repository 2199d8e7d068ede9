# The command line's own words (stderr). `wirepeek:` is put in front of each line by the program.

cli-need-url = give the URL to fetch, e.g. wirepeek --dump http://data.pr4e.org/romeo.txt
cli-bad-size = --size needs WIDTHxHEIGHT, e.g. 1200x760, not "{ $given }".
cli-bad-timeout = --timeout needs a positive number of seconds, not { $given }.
cli-bad-ca-file = Cannot read the CA file { $path }: { $detail }.
cli-bad-lang = --lang { $given }: not a language of wirepeek (try { $known }).
cli-what-to-try = What to try: { $hint }
cli-note = note: { $note }
cli-cannot-write = cannot write the output: { $detail }
cli-icon = the icon cannot be read: { $detail }
cli-window = the window could not open: { $detail }
cli-internal-error = Something went wrong inside wirepeek, so it stopped: { $detail }
    This is a bug in wirepeek, not in the server or the request.
cli-bad-view = --view { $given }: there is no such view (try { $known }).
cli-bad-charset = --charset { $given }: not a charset wirepeek knows (try utf-8, euc-kr, shift_jis, windows-1252).
cli-bad-raw-file = Cannot read the request file { $path } for --raw: { $detail }.
cli-compare-needs-url = --view compare needs a URL (and maybe a second one to compare it with).
cli-bad-export = --export { $given }: wirepeek cannot write the request as that (try { $known }).

# `wirepeek --help` (and -h): for a learner, with examples to copy. Every option must appear
# (a test checks); keep the columns lined up with spaces.
cli-help =
    wirepeek { $version }: see HTTP. wirepeek fetches one web address over a plain socket, the way
    the textbook's socket program does, and shows everything that happened: every byte sent and
    received, each header, and how long each step took.

    Usage: wirepeek [OPTIONS] [URL] [URL2]

    In the window (double-clicking wirepeek does the first one):
      wirepeek                                      open the window
      wirepeek http://data.pr4e.org/romeo.txt       open it and fetch this address
      wirepeek --lang ko https://example.com/       the same, in Korean
      wirepeek --view wire https://example.com/     open on the Wire tab
      wirepeek --view compare http://data.pr4e.org/romeo.txt
                                                    the address over HTTP/1.0 and HTTP/1.1, side by side
      wirepeek --view lessons                       open the Lessons window (no internet needed)

    In a terminal, without the window:
      wirepeek --story https://example.com/         what happened, step by step, in words
      wirepeek --dump http://data.pr4e.org/romeo.txt
                                                    the response exactly as it arrived
      wirepeek --json https://example.com/          everything about the fetch, as JSON
      wirepeek --explain status 404                 what a status code means (also header, port, error)
      wirepeek --export python-socket http://data.pr4e.org/romeo.txt
                                                    the request as the textbook's Python program
      wirepeek --practice                           a practice server with lessons, on this computer only

    Shape the request:
      -X, --request METHOD     the method: GET (the default), HEAD, POST, ...
      -H, --header "Name: value"
                               add a header (give it again for more)
      -d, --data TEXT          send this text as the body
      --http1.0                send the textbook's HTTP/1.0 request instead of HTTP/1.1
      --raw FILE               send the bytes of this file exactly as they are (-: standard input)
      -L, --follow             follow redirects (at most 10)
      --cacert FILE            also trust the certificate authority in this PEM file
      --proxy URL              fetch through this HTTP proxy, e.g. http://127.0.0.1:3128 (none: go direct);
                               without it, the HTTP_PROXY / HTTPS_PROXY / NO_PROXY variables
      --no-proxy               go direct, whatever those variables say
      --system-roots           also trust this computer's certificate store (a school network's own)
      --timeout SECS           stop the whole fetch after this many seconds, keeping what arrived
      --charset NAME           read the body's text in this charset, e.g. euc-kr

    What to show, and how:
      --view NAME              open the window on: request (the editor), wire, timeline, connection,
                               story, code, quiz, history, settings, compare, lessons,
                               page (the body drawn as a page)
      --lang LANG              the language of the window and of these messages: en or ko
      --size WxH               the window's size, e.g. 1200x760
      --screenshot FILE.png    fetch, save a picture of the window, and quit
      --dump                   write the response exactly as it arrived, and nothing else
      --json                   write everything about the exchange as JSON (always in English)
      --story                  tell what happened, step by step
      --explain TOPIC SUBJECT  explain without fetching: status 404, header cache-control, port 25,
                               error timeout, method POST (also note, url, tls)
      --export KIND            write the request as code instead of sending it: python-socket,
                               python-urllib, curl, raw, rust (raw into a file or a pipe:
                               the exact bytes, for --raw; on the screen: CR LF shown)
      --practice               run the practice server on 127.0.0.1 until Ctrl-C
      --port N                 with --practice: the port to listen on (8000; 0: any free one)
      -h, --help               show this help
      -V, --version            show wirepeek's version
