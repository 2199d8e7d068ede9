## The story of a fetch: the "What happened" tab and `--story`. One message per step kind
## (`story-KIND`, see src/learn/story.rs), told with the fetch's own numbers.

tab-story = What happened
story-intro = What happened during this fetch, step by step, with its own numbers.
story-empty = Fetch a URL to see what happened, step by step.
story-arriving = The fetch is still running; the story so far:
story-underneath = What happened underneath:
story-cli-title = What happened when fetching { $url }:

# Through a proxy, the first steps are the proxy's (`$origin` is story-proxy-origin; `$mode`:
# absolute_form for plain http, tunnel for https)
story-through_proxy = This fetch went through the HTTP proxy { $proxy }, { $origin }. { $mode ->
        [tunnel] For https the proxy is asked for a tunnel to the server; TLS then runs inside it, end to end with the server.
       *[absolute_form] For plain http the whole request goes to the proxy, which passes it on to the server and passes the answer back.
    }
story-proxy-origin = { $origin ->
        [settings] set in { -settings }
        [command_line] given on the command line (--proxy)
       *[environment] set by the { $variable } variable
    }
story-proxy_no_lookup = There was no name to look up: the proxy's address, { $host } (port { $port }), is already an IP address.
story-proxy_looked_up = Looked up the proxy's name, { $host } (port { $port }), in DNS and got { $count ->
        [one] one address
       *[other] { $count } addresses
    }: { $addresses } ({ $elapsed }).
story-proxy_connected = Connected to the proxy at { $ip } on port { $port }, the port in the proxy setting ({ $elapsed }).{ $failed ->
        [0] {""}
        [one] { " " }One address before it could not be reached.
       *[other] { " " }{ $failed } addresses before it could not be reached.
    }
# `$answer`: opened (2xx), refused (another status), nothing (no status line came back)
story-tunnel = Asked the proxy for a tunnel to the server: "{ $request_line }". { $answer ->
        [opened] The proxy answered { $status } ({ $elapsed }): the tunnel is open, and from here on the proxy passes bytes both ways without reading them.
        [refused] The proxy answered { $status }, so no tunnel was opened.
       *[nothing] The proxy sent no answer.
    }
story-sent_to_proxy = Sent the request to the proxy: { $lines ->
        [one] 1 line
       *[other] { $lines } lines
    } of head, { $bytes ->
        [one] 1 byte
       *[other] { $bytes } bytes
    } in all{ $body ->
        [0] {""}
       *[other] , { $body } of them body
    }. Its request line names the whole URL (absolute form), so the proxy knows where to pass it on: "{ $request_line }".

story-no_lookup = There was no name to look up: { $host } is already an IP address.
story-looked_up = Looked up { $host } in DNS and got { $count ->
        [one] one address
       *[other] { $count } addresses
    }: { $addresses } ({ $elapsed }).
story-connected = Connected to { $ip } on port { $port }, { $port_says } ({ $elapsed }).{ $failed ->
        [0] {""}
        [one] { " " }One address before it could not be reached.
       *[other] { " " }{ $failed } addresses before it could not be reached.
    }
story-port-usual = the usual port for { $scheme }
story-port-service = a port usually used by { $service }
story-port-chosen = a port the URL chose
story-tls = Agreed on a secure connection (TLS handshake): version { $version }, cipher suite { $cipher } ({ $elapsed }).
story-sent = Sent the request: { $lines ->
        [one] 1 line
       *[other] { $lines } lines
    } of head, { $bytes ->
        [one] 1 byte
       *[other] { $bytes } bytes
    } in all{ $body ->
        [0] {""}
       *[other] , { $body } of them body
    }.
story-first_byte = The first byte of the response came back { $elapsed } after the request went out.
# `$by`: server; through_proxy (plain http through a proxy, which passes interim responses on)
story-interim = { $by ->
        [through_proxy] Through the proxy, the server first sent
       *[server] The server first sent
    } an interim response (1xx), { $status }{ $continue ->
        [yes] : go on and send the request body
       *[no] {""}
    }. The real response came after it.
# `$by`: server; through_proxy (plain http through a proxy); proxy (the proxy's own 407)
story-answered = { $by ->
        [proxy] The proxy itself answered { $status } and sent
        [through_proxy] The answer came back through the proxy: { $status }, with
       *[server] The server said { $status } and sent
    } { $bytes ->
        [one] 1 byte
       *[other] { $bytes } bytes
    } of { $typed ->
        [yes] { $type }
       *[no] body without a Content-Type
    } in { $reads ->
        [one] 1 read
       *[other] { $reads } reads
    }, { $ending }.{ $by ->
        [proxy] { " " }It wants a user name and password before it passes anything on, so the server never saw the request.
       *[other] {""}
    }
story-answered_empty = { $by ->
        [proxy] The proxy itself answered
        [through_proxy] Through the proxy, the answer was
       *[server] The server said
    } { $status } in { $reads ->
        [one] 1 read
       *[other] { $reads } reads
    }, and { $ending }.{ $by ->
        [proxy] { " " }It wants a user name and password before it passes anything on, so the server never saw the request.
       *[other] {""}
    }
story-end-none = no body belongs to this response (a HEAD request, 204 or 304)
story-end-length = exactly the { $length ->
        [one] 1 byte
       *[other] { $length } bytes
    } its Content-Length announced
story-end-chunked = in { $chunks ->
        [one] 1 chunk
       *[other] { $chunks } chunks
    } (chunked), ended by a chunk of size 0
story-end-close = then closed the connection, which ends a body without a length
story-end-cut = but the body did not arrive whole
story-decoded = The body came compressed ({ $encoding }): { $wire ->
        [one] 1 byte
       *[other] { $wire } bytes
    } on the wire became { $decoded ->
        [one] 1 byte
       *[other] { $decoded } bytes
    } once { -app } unpacked them.
story-redirected = The response was a redirect, so the next request went to { $url }.
story-stopped = { $known ->
        [yes] Stopped while { $phase }:
       *[no] Stopped before anything was sent:
    } { $error }

## What each part of the window is or measures, on hover

# A port typed in the URL whose usual service is worth a word (`$kind`: web, other,
# plain-on-https, tls-on-http)
url-port-hint = { $kind ->
    [web] Port { $port }: { $service }, often a second web server.
    [plain-on-https] Port { $port } usually speaks plain HTTP ({ $service }), not TLS: https:// may fail here.
    [tls-on-http] Port { $port } usually expects TLS ({ $service }): http:// may get no HTTP answer.
   *[other] Port { $port }: usually { $service }, not HTTP.
  }

# What a step of the timeline measures
phase-measures-resolving = From the start until the operating system found the host name's IP addresses (the DNS lookup).
phase-measures-connecting = The TCP handshake: from sending SYN until the server's SYN-ACK came back and the connection was open.
phase-measures-tls = The TLS handshake: agreeing on a version and keys, and checking the server's certificate.
phase-measures-sending = Writing the request's bytes into the socket.
phase-measures-waiting = From the request being written until the first byte of the response arrived: the trip there and back, plus the server's own time.
phase-measures-downloading = From the first byte of the response to the last: the rest of the head and the body, read after read.

# What each kind of line in the Wire tab is
wire-means-request-line = The first line of the request: the method, the path asked for, and the HTTP version.
wire-means-request-header = One header of the request: a name, a colon, and a value that tells the server more.
wire-means-head-end = An empty line (only CR LF): the head is over, and what follows is the body.
wire-means-request-body = The data the request carries to the server (a form, JSON, a file).
wire-means-empty-line-before-head = An empty line before the status line, which a reader may skip.
wire-means-interim-status-line = The status line of an interim (1xx) response: the server says something before the real answer.
wire-means-status-line = The first line of the response: the HTTP version, the status code and the reason phrase.
wire-means-header = One header of the response: a name, a colon, and a value about the response or its body.
wire-means-chunk-size = The size of the next chunk, in hexadecimal, on a line of its own.
wire-means-chunk-data = The data of one chunk: exactly as many bytes as its size line said.
wire-means-chunk-end = The CR LF that closes a chunk's data.
wire-means-last-chunk = A chunk of size 0: the chunked body is over.
wire-means-trailer = Fields sent after the last chunk (trailers), ended by an empty line.
wire-means-body = The body: the content itself, as it crossed the wire.
wire-means-extra-bytes = Bytes after the end of the body: the framing said the body was over, so no response owns them.
wire-means-unreadable = Bytes that could not be read as an HTTP response head: not HTTP at all, or a head that broke a rule or a limit. The error above says which.

story-not_followed = The response points elsewhere (Location: { $location }), but this fetch did not follow redirects, so it ended here.
phase-measures-proxy-tunnel = From the open connection to the proxy until it answered CONNECT: meanwhile the proxy connected to the server and opened a tunnel to it.
