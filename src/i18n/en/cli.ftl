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
