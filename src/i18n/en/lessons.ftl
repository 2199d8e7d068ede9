# The practice server's lessons: a title (`lesson-ID`) and what to look at (`lesson-ID-look`)
# for every lesson in src/practice/lessons.rs, the home page, and what `--practice` says.

lessons-title = wirepeek lessons
lessons-intro = Each lesson is one address on this computer's own server that shows one idea. Fetch it in wirepeek and look where the text says.

lesson-romeo = The textbook's romeo.txt
lesson-romeo-look = A small text file with the headers an Apache server sends: Date, Server, Last-Modified, ETag, Content-Length. Find the blank line where the head ends and the body begins.
lesson-http10 = An HTTP/1.0 reply ended by closing
lesson-http10-look = The reply has no Content-Length and no chunks. The body ends when the server closes the connection: the last read returns nothing.
lesson-keep-alive = Keep-alive
lesson-keep-alive-look = wirepeek sends Connection: close by default, so the server closes after the body. Load the next request, which says Connection: keep-alive instead, and send it: the server answers Connection: keep-alive and leaves the connection open, so only Content-Length tells where the body ends.
lesson-close = Connection: close
lesson-close-look = The server says Connection: close and closes after the body. Compare the Connection tab with the keep-alive lesson.
lesson-redirects = A redirect chain: 301, 302, 307, 308
lesson-redirects-look = Four redirects, one of each kind, then the page. Each hop has its own status and Location header. Permanent ones (301, 308) tell a browser to remember the new address; 307 and 308 keep the method.
lesson-chunked = A chunked reply, sent slowly
lesson-chunked-look = The body comes in chunks, one line at a time, 0.3 seconds apart. In the Wire tab each chunk starts with its size in hex on its own line; a chunk of size 0 ends the body.
lesson-gzip = A gzip-compressed body
lesson-gzip-look = Content-Encoding: gzip. Compare the bytes that came over the wire with the text after decompressing: the text repeats, so it shrinks a lot.
lesson-br = A Brotli-compressed body
lesson-br-look = Content-Encoding: br, the same text as the gzip lesson. Which one sent fewer bytes?
lesson-euc-kr = A Korean page with no charset
lesson-euc-kr-look = An old Korean page in EUC-KR, and neither the headers nor the page say so. See which charset was guessed, and what the text looks like read as UTF-8.
lesson-json = JSON
lesson-json-look = Content-Type: application/json. Look at the body as it came and pretty printed; the Korean greeting is UTF-8.
lesson-image = An image
lesson-image-look = Content-Type: image/png. The body is binary: look at its first bytes in hex (the PNG signature), then at the picture.
lesson-not-found = 404 Not Found
lesson-not-found-look = The server answered, but has nothing at this path. The connection worked; the status line says what went wrong.
lesson-teapot = 418 I'm a teapot
lesson-teapot-look = A joke status from 1998 that servers still know. Any status code has a number and a reason phrase; clients act on the number.
lesson-server-error = 500 Internal Server Error
lesson-server-error-look = The request was fine; the server failed. Codes from 500 to 599 blame the server, codes from 400 to 499 the request.
lesson-drip = A slow drip
lesson-drip-look = The server writes a few bytes every 0.1 seconds. Look at the reads in the Timeline tab: one small read after another, the recv loop of the textbook made visible.
lesson-big = A big body, streamed
lesson-big-look = 100 MiB made as it is sent: the server never holds it whole. Watch the bytes per second while it arrives; add ?bytes=N to the address for another size.
lesson-many-headers = Many headers
lesson-many-headers-look = Sixty made-up X-Lesson-Header lines in one head. A head can be long; it still ends at the first blank line.
lesson-cookies = Cookies
lesson-cookies-look = The server sets a cookie with Set-Cookie. wirepeek keeps no cookies: send the next request, which has the Cookie header in it, and the server shows what it received.
lesson-caching = Caching with ETag
lesson-caching-look = The page comes with an ETag. Send the next request, which asks If-None-Match with that tag: the answer is 304 Not Modified, with no body.
lesson-head = HEAD vs GET
lesson-head-look = HEAD asks for the head only. Content-Length still says how long the body would be, but no body comes. Fetch it with GET to compare.
lesson-echo = Echo
lesson-echo-look = The server sends back exactly the bytes it received, head and body. Send a POST body, or type anything in the request editor's Raw text, and see what really went out.

lesson-cookie-set-body = A cookie was set: { $cookie }. Now send the header Cookie: { $cookie } to /cookie/show.
lesson-cookie-show-body = The server received this Cookie header: { $cookie }
lesson-cookie-show-none = No Cookie header came with this request.

practice-listening = The lessons are at { $url } (this computer only). Ctrl-C stops the server.
practice-cannot-start = The practice server could not start on { $address }: { $detail }
practice-port-hint = Another program may use that port; choose another with --port, or --port 0 for any free one.
lesson-mail = A port that speaks mail, not HTTP
lesson-mail-look = This address has another port: a mail server (SMTP) waits there. It speaks first, with "220", and does not understand HTTP. A port is a door to one program; the web uses 80 and 443, mail between servers 25.
lesson-https = https with the server's own certificate authority
lesson-https-look = The same romeo.txt over TLS, on another port. The first fetch fails: the certificate comes from an authority no trust store knows (unknown issuer). Fetch the next lesson, save its body as a file, choose that file as the extra certificate authority in Settings (or give it to --cacert), and fetch again: now the certificate is trusted.
lesson-https-ca = The certificate authority file
lesson-https-ca-look = The practice server's certificate authority as a PEM file: "-----BEGIN CERTIFICATE-----", then base64. Save it and trust it for the https lesson. It is made anew each time the server starts and stays on this computer.
