## The story of a fetch: the "What happened" tab and `--story`. One message per step kind
## (`story-KIND`, see src/learn/story.rs), told with the fetch's own numbers.

tab-story = What happened
story-intro = What happened during this fetch, step by step, with its own numbers.
story-empty = Fetch a URL to see what happened, step by step.
story-arriving = The fetch is still running; the story so far:
story-underneath = What happened underneath:
story-cli-title = What happened when fetching { $url }:

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
story-interim = The server first sent an interim response (1xx), { $status }{ $continue ->
        [yes] : go on and send the request body
       *[no] {""}
    }. The real response came after it.
story-answered = The server said { $status } and sent { $bytes ->
        [one] 1 byte
       *[other] { $bytes } bytes
    } of { $typed ->
        [yes] { $type }
       *[no] body without a Content-Type
    } in { $reads ->
        [one] 1 read
       *[other] { $reads } reads
    }, { $ending }.
story-end-none = and no body belongs to this response (a HEAD request, 204 or 304)
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
