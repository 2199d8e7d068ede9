## Explanations (src/learn/explain): each entry is a one-line summary, then "-more" a paragraph.
## Written in our own words; the standard is cited next to each entry on screen.

## When there is nothing to explain
explain-unknown-topic = There is nothing to explain about "{ $given }". Ask about one of: { $topics }.
explain-unknown-subject = { $topic ->
    [status] "{ $given }" is not a status code: a status code is three digits, from { $known }.
    [port] "{ $given }" is not a port: a port is a number from { $known }.
   *[other] There is no explanation of "{ $given }" here. Known: { $known }.
  }
explain-standard = Standard: { $standard }
explain-no-standard = No standard defines this.
explain-underneath = What happened underneath:
explain-close = Close explanation
explain-recognized = { $clue ->
    [greeting] Port { $port } answered like { $service }: its first bytes have the shape of that protocol's greeting.
   *[port] Port { $port } is where { $service } usually listens, so that is probably what answered.
  }

## Status codes
explain-status-unassigned = Code { $code } is not assigned to anything.
explain-status-unassigned-more = The IANA registry lists no meaning for { $code }. A client that meets an unknown code treats it like the first code of its class: { $class ->
    [informational] 100, an interim answer; wait for the final one.
    [success] 200, a success.
    [redirection] 300, a redirect of some kind.
    [client-error] 400, a mistake in the request.
   *[server-error] 500, a failure on the server's side.
  }
explain-status-100 = Go on: send the rest of the request.
explain-status-100-more = An interim answer. A client that sent "Expect: 100-continue" waits for it before sending a large body, so the server can refuse early without the body being sent for nothing. The final answer follows.
explain-status-101 = The server agrees to switch to another protocol on this connection.
explain-status-101-more = The client asked with an Upgrade header (for example to WebSocket). After this head the bytes on the connection are no longer HTTP/1.1.
explain-status-102 = Still working: the final answer will come later (obsolete).
explain-status-102-more = WebDAV servers once sent this to keep a client from giving up during a long operation. Later WebDAV standards dropped it; the code stays in the registry but is rarely seen.
explain-status-103 = Early hints: headers sent before the real answer.
explain-status-103-more = While the server is still preparing the response, it tells the browser which files it will need (usually with Link headers), so the browser can start fetching them. The final response follows.
explain-status-200 = Success: here is what you asked for.
explain-status-200-more = The request worked. For GET the body is the resource; for POST it is the result of the action. This is the answer a learner sees most.
explain-status-201 = Success: something new was created.
explain-status-201-more = Usually the answer to POST or PUT. The Location header, if present, names the new resource.
explain-status-202 = Accepted: the work will be done later.
explain-status-202-more = The server took the request but has not finished it, and may never report the result on this connection. Often used for jobs put in a queue.
explain-status-203 = Success, but a proxy changed the content.
explain-status-203-more = The answer is a 200 that passed through a transforming proxy, which changed the body or headers on the way. The original server did not send exactly this.
explain-status-204 = Success, and there is no body.
explain-status-204-more = The request worked and the server has nothing to send back. A 204 never has a body, so the head ends the response.
explain-status-205 = Success: clear the form or view that sent this.
explain-status-205-more = Like 204 (no body), but it also asks the client to reset what the user filled in, for example an input form.
explain-status-206 = Here is part of the body, as asked with Range.
explain-status-206-more = The client asked for a range of bytes (to resume a download or to jump in a video). Content-Range says which part this is.
explain-status-207 = Several results in one body (WebDAV).
explain-status-207-more = WebDAV uses it when one request touched many resources: the body, in XML, gives a status for each of them.
explain-status-208 = Already listed earlier in this answer (WebDAV).
explain-status-208-more = Inside a 207 body, it marks a resource already reported, so a collection reached twice is not listed twice.
explain-status-226 = The answer is the result of changes applied to the resource (delta encoding).
explain-status-226-more = The client asked for the differences since its copy (with A-IM), and the server sent them. Rarely used on the web.
explain-status-300 = Several versions exist: choose one.
explain-status-300-more = The resource has more than one form (languages, formats), and the server leaves the choice to the client. Browsers seldom see it.
explain-status-301 = Moved for good: use the new address from now on.
explain-status-301-more = The Location header gives the new URL. Browsers and search engines remember it. Old clients may turn a POST into a GET when following it; 308 forbids that.
explain-status-302 = Found elsewhere for now: go to the address in Location.
explain-status-302-more = A temporary redirect: keep using the old address next time. Browsers usually follow it with GET even after a POST; 307 keeps the method.
explain-status-303 = See the other address, with GET.
explain-status-303-more = Often sent after a form POST: the result lives at the Location, which the client fetches with GET. Reloading then does not send the form again.
explain-status-304 = Not modified: the copy you already have is still good.
explain-status-304-more = The answer to a conditional request (If-None-Match or If-Modified-Since). It has no body: the client shows its saved copy, and only the head crossed the network.
explain-status-305 = Use a proxy (deprecated).
explain-status-305-more = It asked the client to repeat the request through the proxy in Location. It was dropped for safety reasons, and clients ignore it.
explain-status-306 = Unused: a code kept reserved.
explain-status-306-more = An early draft used it ("Switch Proxy"). No standard gives it a meaning now, and it stays reserved so that no one reuses it.
explain-status-307 = Temporary redirect: repeat the same request at Location.
explain-status-307-more = Like 302, but the client must keep the method and body: a POST is sent again as a POST.
explain-status-308 = Permanent redirect: repeat the same request at Location, from now on.
explain-status-308-more = Like 301, but the method and body must stay the same.
explain-status-400 = Bad request: the server could not understand it.
explain-status-400-more = Something in the request breaks the rules: a bad header, a wrong syntax, a body the server cannot read. Look at what was sent.
explain-status-401 = Who are you? Authentication is needed.
explain-status-401-more = The resource needs credentials. The WWW-Authenticate header says which scheme to use; the client sends them again in Authorization.
explain-status-402 = Payment required (reserved).
explain-status-402-more = Kept for future use since the first HTTP standards. Some services use it their own way, but there is no standard meaning.
explain-status-403 = Forbidden: the server understood and refuses.
explain-status-403-more = Unlike 401, logging in again would not help. Some servers answer 404 instead, to hide that the resource exists.
explain-status-404 = Not found: nothing at this path.
explain-status-404-more = The server answered but has nothing at this path. The connection is fine; check the path for typing mistakes.
explain-status-405 = This method is not allowed here.
explain-status-405-more = The resource exists but does not accept this method (for example POST on a static page). The Allow header lists the methods it accepts.
explain-status-406 = None of the forms you accept is available.
explain-status-406-more = The request's Accept headers asked for formats or languages the server cannot give.
explain-status-407 = A proxy needs authentication first.
explain-status-407-more = Like 401, but for a proxy on the way: Proxy-Authenticate says how, Proxy-Authorization carries the answer.
explain-status-408 = The request took too long to arrive.
explain-status-408-more = The server waited for the rest of the request and gave up. It usually closes the connection after this answer.
explain-status-409 = Conflict with the resource's current state.
explain-status-409-more = For example two edits of the same file at once. The body usually says what clashed.
explain-status-410 = Gone for good.
explain-status-410-more = Like 404, but the server knows the resource existed and was removed on purpose, with no new address.
explain-status-411 = A Content-Length is needed.
explain-status-411-more = The request has a body but did not say its length, and this server refuses to read a body without one.
explain-status-412 = A condition in the request is false.
explain-status-412-more = The request said "only if..." (If-Match, If-Unmodified-Since) and the condition failed, so nothing was done. This protects against overwriting someone else's change.
explain-status-413 = The request body is too large.
explain-status-413-more = The server will not accept a body this big (formerly called Payload Too Large). It may close the connection.
explain-status-414 = The URL is too long.
explain-status-414-more = The request target is longer than the server will read. Often a sign of too much data put in the query; send it in a body instead.
explain-status-415 = This media type is not supported.
explain-status-415-more = The body's Content-Type (or Content-Encoding) is a format the server does not take for this resource.
explain-status-416 = The range asked for is outside the body.
explain-status-416-more = The Range header points past the end of the resource. Content-Range in the answer tells the real length.
explain-status-417 = The Expect header cannot be met.
explain-status-417-more = The request said "Expect: ..." with something this server (or a proxy) does not do.
explain-status-418 = Unused: an April Fools' code kept reserved ("I'm a teapot").
explain-status-418-more = It began as a joke standard (RFC 2324, April 1, 1998, about coffee pots) and was copied by many programs. HTTP gives it no meaning, but keeps it reserved so no real use clashes with the joke.
explain-status-421 = This server is not the one for this address.
explain-status-421-more = The request reached a server that cannot answer for this scheme and host, often because a connection was reused for another name. A client may retry on a new connection.
explain-status-422 = Well-formed, but the content makes no sense.
explain-status-422-more = The syntax is right and the type is supported, but the instructions cannot be followed (for example a form field with an impossible value).
explain-status-423 = The resource is locked (WebDAV).
explain-status-423-more = Someone else holds a lock on it, so it cannot be changed now.
explain-status-424 = Failed because another action failed (WebDAV).
explain-status-424-more = The request depended on another operation that did not succeed.
explain-status-425 = Too early: the server will not risk a replay.
explain-status-425-more = The request came in TLS early data, which an attacker could repeat. The server asks the client to send it again after the handshake.
explain-status-426 = Switch to another protocol first.
explain-status-426-more = The server refuses this protocol; its Upgrade header names the one to use, for example a newer TLS or HTTP version.
explain-status-428 = This request must be conditional.
explain-status-428-more = To avoid lost updates, the server requires If-Match or similar before it changes anything.
explain-status-429 = Too many requests: slow down.
explain-status-429-more = The client sent more requests than allowed in some time. Retry-After, if present, says how long to wait.
explain-status-431 = The request's headers are too large.
explain-status-431-more = One header or all of them together are bigger than the server accepts; large cookies are a common cause.
explain-status-451 = Unavailable for legal reasons.
explain-status-451-more = A legal demand (a court order, a law) keeps the server from giving this resource. The number recalls the novel Fahrenheit 451.
explain-status-500 = The server failed with an error of its own.
explain-status-500-more = Something broke inside the server program while it handled the request. The request may be fine; only the server's log can say more.
explain-status-501 = The server does not support this at all.
explain-status-501-more = Usually a method the server does not know. Unlike 405, it is not about this resource: the server cannot do it anywhere.
explain-status-502 = A server behind this one gave a bad answer.
explain-status-502-more = The server is a gateway or proxy and the server behind it answered with something invalid, or not at all.
explain-status-503 = Not available right now.
explain-status-503-more = The server is overloaded or down for maintenance. It is expected to pass; Retry-After may say when to try again.
explain-status-504 = A server behind this one did not answer in time.
explain-status-504-more = The gateway or proxy gave up waiting for the server behind it.
explain-status-505 = This HTTP version is not supported.
explain-status-505-more = The server will not speak the major version in the request line.
explain-status-506 = The server's negotiation setup is broken.
explain-status-506-more = A server error from transparent content negotiation (RFC 2295): the chosen variant itself tries to negotiate, which would loop.
explain-status-507 = Not enough storage to finish (WebDAV).
explain-status-507-more = The server has no room to store what the request needs.
explain-status-508 = A loop was found (WebDAV).
explain-status-508-more = The server stopped an operation that would go round forever, for example through bound collections.
explain-status-510 = More extensions are needed (obsolete).
explain-status-510-more = From an HTTP extension framework (RFC 2774) that never caught on and is now historic. Rarely seen.
explain-status-511 = Log in to the network first.
explain-status-511-more = Sent by the network (a hotel or airport Wi-Fi portal), not by the site asked for. The body usually holds the login page.

## Methods
explain-method-get = Read a resource; change nothing.
explain-method-get-more = The method of every link and address bar: it asks for the resource and sends no body. It is safe and idempotent, so caches may keep its answer and a client may repeat it.
explain-method-head = Like GET, but send only the head.
explain-method-head-more = The server answers with the same status and headers as for GET, but no body. Useful to learn a size (Content-Length) or a date without downloading.
explain-method-post = Send data for the server to process.
explain-method-post-more = Forms, uploads and most APIs use it: the body carries the data, Content-Type says its format. It is neither safe nor idempotent: sending it twice may order twice.
explain-method-put = Store this body at this address, replacing what was there.
explain-method-put-more = Not safe but idempotent: putting the same body twice leaves the same result as once.
explain-method-delete = Remove the resource at this address.
explain-method-delete-more = Idempotent: once it is gone, deleting again changes nothing more (the answer may differ, as 404).
explain-method-connect = Open a tunnel through a proxy.
explain-method-connect-more = Sent to a proxy with a host and port as target ("CONNECT example.com:443"). After a 2xx answer the proxy passes bytes both ways, usually a TLS connection it cannot read.
explain-method-options = Ask what is allowed here.
explain-method-options-more = The answer lists what the resource or server supports (Allow). Browsers send it before some cross-origin requests, as a CORS preflight.
explain-method-trace = Echo the request back, to see what arrived.
explain-method-trace-more = The server sends the request it received back in the body, showing what proxies changed. Most servers turn it off, because it can leak headers.
explain-method-patch = Change part of a resource.
explain-method-patch-more = The body describes the changes in a format given by Content-Type (for example JSON Patch). Not safe and not guaranteed idempotent.

## Ports
explain-port-range = { $range ->
    [zero] Port 0 is reserved: no service listens on it.
    [system] Port { $port } is a system port with no service wirepeek knows.
    [registered] Port { $port } is a registered port with no service wirepeek knows.
   *[dynamic] Port { $port } is a dynamic port, free for short-lived use.
  }
explain-port-range-more = { $range ->
    [zero] Programs ask the system for port 0 to get any free port; a connection to port 0 cannot work.
    [system] Ports 0 to 1023 are for well-known services, and only a privileged program may listen on them. Something here may still run: try it and see what answers.
    [registered] Ports 1024 to 49151 can be registered with IANA for a service; any program may listen on them. Test and development servers often use them.
   *[dynamic] Ports 49152 to 65535 are never registered: the system gives them to the client side of connections, and programs pick them for short use.
  }
explain-port-20 = FTP data: where FTP sends files (active mode).
explain-port-20-more = FTP uses two connections: commands on 21 and files on another. In old active mode the server connects back from port 20.
explain-port-21 = FTP: file transfer commands.
explain-port-21-more = An FTP server greets with a line like "220 ...". Its commands and passwords travel unencrypted. An HTTP request here gets an FTP answer, not HTTP.
explain-port-22 = SSH: secure remote login.
explain-port-22-more = The server speaks first with a line like "SSH-2.0-OpenSSH...". An HTTP request gets no HTTP answer here.
explain-port-23 = Telnet: plain-text remote login.
explain-port-23-more = An old way to log in to another computer; everything, passwords too, crosses the network unencrypted. SSH replaced it.
explain-port-25 = SMTP: mail servers pass mail to each other here.
explain-port-25-more = An HTTP request gets a mail greeting ("220 ..."), not an HTTP answer; the web uses 80 and 443. Many home networks block this port to stop spam.
explain-port-53 = DNS: turning names into IP addresses.
explain-port-53-more = Name lookups usually go over UDP to this port, large ones over TCP. wirepeek's DNS lookup step talks to a DNS server here.
explain-port-67 = DHCP: a computer joining a network gets its address here.
explain-port-67-more = DHCP runs over UDP: a new computer asks, a server on the network answers with an IP address and settings.
explain-port-69 = TFTP: very simple file transfer.
explain-port-69-more = A tiny UDP protocol without login, used to start network devices.
explain-port-80 = HTTP: the web, without encryption.
explain-port-80-more = The usual port for http:// addresses, so a URL does not need to name it. Everything sent here can be read on the way.
explain-port-110 = POP3: downloading mail from a mailbox.
explain-port-110-more = The server greets with "+OK ...". Mail programs fetch messages here; 995 is the encrypted version.
explain-port-123 = NTP: setting the clock.
explain-port-123-more = Computers ask time servers over UDP to keep their clocks right. Certificates depend on it: a wrong clock makes them look expired.
explain-port-143 = IMAP: reading mail kept on the server.
explain-port-143-more = The server greets with "* OK ...". Unlike POP3, mail stays on the server; 993 is the encrypted version.
explain-port-161 = SNMP: watching network devices.
explain-port-161-more = Routers and printers answer status questions over UDP here.
explain-port-389 = LDAP: directories of users and groups.
explain-port-389-more = Companies keep their list of accounts in a directory and programs ask it here; 636 is the encrypted version.
explain-port-443 = HTTPS: the web over TLS.
explain-port-443-more = The usual port for https:// addresses. The TLS handshake comes first; only then do HTTP requests pass, encrypted.
explain-port-465 = SMTPS: sending mail over TLS from the first byte.
explain-port-465-more = A mail program hands its outgoing mail to its server here, inside TLS.
explain-port-587 = Mail submission: a mail program sends outgoing mail here.
explain-port-587-more = It speaks SMTP, with login, and usually switches to TLS with STARTTLS.
explain-port-636 = LDAPS: LDAP over TLS.
explain-port-636-more = The same directory questions as on 389, encrypted.
explain-port-853 = DNS over TLS: private name lookups.
explain-port-853-more = The same questions as on 53, inside TLS, so others on the network cannot read which names are looked up.
explain-port-993 = IMAPS: IMAP over TLS.
explain-port-993-more = Mail reading as on 143, encrypted from the first byte.
explain-port-995 = POP3S: POP3 over TLS.
explain-port-995-more = Mail download as on 110, encrypted from the first byte.
explain-port-1080 = SOCKS: a general proxy.
explain-port-1080-more = A SOCKS proxy relays any TCP connection, not only HTTP.
explain-port-1433 = Microsoft SQL Server: a database.
explain-port-1433-more = Programs send database queries here in the server's own binary protocol.
explain-port-1883 = MQTT: messages between small devices.
explain-port-1883-more = Sensors and home devices publish and receive short messages through a broker here.
explain-port-3128 = Squid: a common port for web proxies.
explain-port-3128-more = No standard gives it; it is the default of the Squid proxy and many proxies copy it.
explain-port-3306 = MySQL: a database.
explain-port-3306-more = The server speaks first, in binary, with its version. An HTTP request gets no HTTP answer here.
explain-port-3389 = RDP: Windows remote desktop.
explain-port-3389-more = Shows another computer's screen and sends it the keyboard and mouse.
explain-port-5432 = PostgreSQL: a database.
explain-port-5432-more = Programs send database queries here in PostgreSQL's binary protocol.
explain-port-5900 = VNC: remote screen sharing.
explain-port-5900-more = The server greets with "RFB ..." and then sends pictures of its screen.
explain-port-6379 = Redis: an in-memory data store.
explain-port-6379-more = Programs store and read values here with short text commands.
explain-port-8080 = HTTP alternate: a second port for web servers.
explain-port-8080-more = Often used by test and development servers and by proxies, because ports under 1024 need special rights. The URL must name it: http://host:8080/.
explain-port-8443 = HTTPS alternate: a second port for HTTPS.
explain-port-8443-more = Like 8080, but for https:// addresses.
explain-port-9200 = Elasticsearch: a search engine's HTTP interface.
explain-port-9200-more = It speaks HTTP, with JSON bodies, so wirepeek can fetch from it.
explain-port-27017 = MongoDB: a document database.
explain-port-27017-more = Programs talk to it here in MongoDB's binary protocol.

## Parts of a URL
explain-url-url = A URL: where a resource is and how to reach it.
explain-url-url-more = It reads left to right: scheme, then host and port, then path, query and fragment, as in http://host:8080/path?query#fragment.
explain-url-scheme = The scheme: which protocol to use (http, https).
explain-url-scheme-more = It comes before "://". It also gives the usual port: 80 for http, 443 for https.
explain-url-userinfo = A user name (and password) before "@" in the host part.
explain-url-userinfo-more = Putting a password in a URL shows it to anyone who sees the address, so HTTP discourages it; wirepeek does not send it.
explain-url-host = The host: the name or IP address of the computer to reach.
explain-url-host-more = A name is looked up in DNS to find the address. It is also sent in the Host header, so one server can hold many sites.
explain-url-port = The port: which program on that computer to connect to.
explain-url-port-more = A number after ":" following the host. When missing, the scheme's usual port is used.
explain-url-path = The path: which resource on the server.
explain-url-path-more = It starts with "/" and often looks like folders. It goes into the request line, with the query.
explain-url-query = The query: extra data after "?".
explain-url-query-more = Usually name=value pairs joined with "&", such as search words. It is sent to the server as part of the request target.
explain-url-fragment = The fragment: a place inside the page, after "#".
explain-url-fragment-more = It is never sent to the server: the browser uses it to jump within the page it receives.
explain-url-percent_encoding = Percent-encoding: a byte written as "%" and two hex digits.
explain-url-percent_encoding-more = Characters that cannot appear in a URL as they are (a space, Korean letters) are written as their UTF-8 bytes in this form; a space becomes %20.
explain-url-origin = The origin: scheme, host and port together.
explain-url-origin-more = Browsers keep sites apart by origin: a page may freely read only from its own origin, unless CORS allows more.

## TLS words
explain-tls-tls = TLS: the layer that makes a connection private.
explain-tls-tls-more = It runs between TCP and HTTP: it checks the server's identity with a certificate and encrypts everything after the handshake. https:// is HTTP over TLS.
explain-tls-version = The TLS version both sides agreed on.
explain-tls-version-more = TLS 1.3 (2018) and 1.2 are in use today; older versions are broken and refused.
explain-tls-handshake = The handshake: the first messages of TLS.
explain-tls-handshake-more = The client says what it supports, the server picks, sends its certificate and proves it holds the key, and both derive keys. Only then does HTTP begin.
explain-tls-cipher_suite = The cipher suite: the algorithms that encrypt and protect the data.
explain-tls-cipher_suite-more = Its name lists them, as in TLS13_AES_128_GCM_SHA256: the cipher (AES-128 in GCM mode) and the hash (SHA-256).
explain-tls-key_exchange = The key exchange: how both sides agree on a secret no one watching can learn.
explain-tls-key_exchange-more = Usually elliptic-curve Diffie-Hellman (such as X25519): each side sends a public value and both compute the same secret.
explain-tls-certificate = A certificate: a signed statement that a key belongs to a name.
explain-tls-certificate-more = It holds the server's names, its public key, validity dates and the issuer's signature.
explain-tls-chain = The certificate chain: from the server's certificate up to a trusted authority.
explain-tls-chain-more = Each certificate is signed by the next one, up to a root that the computer trusts. A missing link makes the check fail.
explain-tls-authority = A certificate authority: an organization that signs certificates.
explain-tls-authority-more = It checks that whoever asks controls the name, then signs. Trust in a site comes from trust in its authority.
explain-tls-trust_store = The trust store: the authorities this computer trusts.
explain-tls-trust_store-more = A list that comes with the system or program. A certificate whose chain ends outside it is refused ("unknown issuer").
explain-tls-name_check = The name check: the certificate must list the host in the URL.
explain-tls-name_check-more = A valid certificate for another name proves nothing about this one, so the connection is refused on a mismatch.
explain-tls-expiry = Validity dates: when a certificate starts and stops being valid.
explain-tls-expiry-more = Outside those dates it is refused. A wrong clock on this computer can cause the same failure.
explain-tls-sni = SNI: the host name the client sends at the start of the handshake.
explain-tls-sni-more = One address can serve many sites, so the server needs the name to pick the right certificate. It is sent before encryption starts.
explain-tls-alpn = ALPN: choosing the protocol inside TLS (http/1.1, h2).
explain-tls-alpn-more = The client lists the protocols it speaks during the handshake and the server picks one. wirepeek offers only http/1.1.
explain-tls-close_notify = close_notify: the TLS message that says "I am done sending".
explain-tls-close_notify-more = It lets the other side tell a real end from a connection cut by an attacker. A body that ends at a close without it may be cut short.

## What happened underneath each error (by FetchError::kind and TlsProblem::kind)
explain-error-invalid_url = The address could not be read as a URL.
explain-error-invalid_url-more = Nothing left this computer: the address was checked before any lookup or connection, and it does not have the shape scheme://host/path.
explain-error-unsupported_scheme = The address asks for a protocol other than HTTP.
explain-error-unsupported_scheme-more = The scheme (before "://") decides the protocol. wirepeek speaks only http and https, so it did not connect at all.
explain-error-invalid_request = The request would have broken HTTP's rules, so it was not sent.
explain-error-invalid_request-more = A method or header name must be one word of allowed characters, and a header value cannot hold CR or LF: those bytes would end the line early and let text slip in as another header.
explain-error-no_such_host = The DNS lookup found no address for this name.
explain-error-no_such_host-more = Before connecting, the computer asks DNS servers for the name's IP address. They answered that the name does not exist, or could not be reached (no network). No TCP connection was tried.
explain-error-connection_refused = The other computer was reached, but nothing waits on that port.
explain-error-connection_refused-more = To connect, TCP sends a SYN packet. The other computer answered with a reset (RST) at once: no program listens on that port. The address is right; the port or the server is not.
explain-error-unreachable = The network has no way to that address.
explain-error-unreachable-more = The system or a router on the way reported that the address cannot be reached (no route, network down), usually with an ICMP message. Nothing reached the server.
explain-error-timeout = A step took longer than its time limit, so it was given up.
explain-error-timeout-more = wirepeek waits a limited time at each step (lookup, connection, TLS, the response head, each read of the body). The other side said nothing for that long: it may be slow, busy, or dropping packets without answering.
explain-error-tls = The secure connection (TLS) could not be set up.
explain-error-tls-more = The TCP connection was made, but the TLS handshake that follows failed, so no HTTP was sent. The problem named tells which check failed.
explain-error-connection_reset = The other side cut the connection with a reset.
explain-error-connection_reset-more = A TCP reset (RST) ends a connection at once, without the usual goodbye. A server or something on the way sent one: it crashed, refused the request, or a firewall stepped in.
explain-error-closed_before_response = The server closed the connection without answering.
explain-error-closed_before_response-more = The request went out, then the server ended the connection in the usual way (FIN) before sending a single byte of response. Some servers do this with requests they dislike.
explain-error-not_http = The server answered, but not in HTTP.
explain-error-not_http-more = An HTTP response starts with "HTTP/1.x" and a status code. These bytes do not: some other service (mail, SSH, a database) runs on this port.
explain-error-malformed_response = The response breaks HTTP's rules, so it could not be read.
explain-error-malformed_response-more = A response is a status line, header lines, an empty line, then a body framed by Content-Length or chunks. Something in that order is wrong; the problem named says where.
explain-error-limit_exceeded = The response went past a size limit.
explain-error-limit_exceeded-more = A program reading a stream must stop somewhere, or a server could send without end. wirepeek keeps what arrived up to the limit.
explain-error-body_incomplete = The connection ended before the whole body arrived.
explain-error-body_incomplete-more = The head announced a length (Content-Length) or chunks, and the connection closed before they were complete. The server or the network stopped halfway.
explain-error-decode = The compressed body could not be decompressed.
explain-error-decode-more = Content-Encoding said the body was compressed (gzip, deflate, br), but the bytes are not valid in that format. The raw bytes are kept as they arrived.
explain-error-too_many_redirects = The redirects did not end.
explain-error-too_many_redirects-more = Each redirect points to another address; wirepeek stops after a number of them, as browsers do, because a chain this long usually goes round in a circle.
explain-error-cancelled = The fetch was stopped by the learner.
explain-error-cancelled-more = Cancel closes the connection; what had arrived is kept.
explain-error-output_failed = The response could not be written out.
explain-error-output_failed-more = The fetch worked, but writing it to the output (a file, a pipe to another program) failed, for example because the disk is full or the reading program ended.
explain-error-io = The system reported an input/output error.
explain-error-io-more = Reading from or writing to the connection failed for a reason the system gives, not one HTTP names. The details come from the operating system.
explain-error-tls-unknown_issuer = The certificate was signed by an authority this computer does not trust.
explain-error-tls-unknown_issuer-more = The chain from the server's certificate does not end in the trust store. Test servers with their own authority cause this, and so does a missing intermediate certificate.
explain-error-tls-expired = The certificate's validity has ended.
explain-error-tls-expired-more = Each certificate is valid between two dates, and this one's end date is past. Either the site forgot to renew it, or this computer's clock is wrong.
explain-error-tls-not_yet_valid = The certificate is not valid yet.
explain-error-tls-not_yet_valid-more = Its start date is in the future. This computer's clock is most likely behind.
explain-error-tls-name_mismatch = The certificate is for another name.
explain-error-tls-name_mismatch-more = The certificate must list the host in the URL. A valid certificate for another name proves nothing about this one, so the connection was refused.
explain-error-tls-bad_certificate = The certificate is damaged or not acceptable.
explain-error-tls-bad_certificate-more = It could not be read, or it is not allowed for a web server (revoked, wrong use, weak signature).
explain-error-tls-not_tls = The server on this port does not speak TLS.
explain-error-tls-not_tls-more = The first bytes back were not a TLS handshake message, often a plain HTTP answer: this port serves http://, not https://.
explain-error-tls-refused = The server refused the handshake with an alert.
explain-error-tls-refused-more = A TLS alert is the server's way to say no: it found no version, cipher suite or name it could accept.
explain-error-tls-bad_ca_file = The authority file given could not be used.
explain-error-tls-bad_ca_file-more = An authority certificate is read from a PEM file: text with a "BEGIN CERTIFICATE" block. This file has none, or it is damaged.
explain-error-tls-other = The TLS library reported another problem.
explain-error-tls-other-more = The handshake failed for a reason with no entry of its own; the details come from the TLS library.

## What happened underneath each note (by Warning::kind)
explain-note-scheme_added = No scheme was typed, so http:// was assumed.
explain-note-scheme_added-more = A URL needs a scheme to say which protocol to use. Without one, wirepeek does what curl does and uses plain HTTP.
explain-note-userinfo_not_sent = The user name and password in the address were not sent.
explain-note-userinfo_not_sent-more = A "user:password@" part is not part of an HTTP request. Sending it would need an Authorization header, which wirepeek leaves to the learner.
explain-note-bare_lf_head = Lines of the head ended with LF alone.
explain-note-bare_lf_head-more = HTTP ends each line with two bytes, CR LF. A lone LF is accepted by most readers, but a server should not send it.
explain-note-unknown_minor_version = The server named an HTTP/1 version that does not exist.
explain-note-unknown_minor_version-more = Only HTTP/1.0 and HTTP/1.1 exist. A reader treats a higher minor version as the highest one it knows.
explain-note-status_out_of_range = The status code is outside 100-599.
explain-note-status_out_of_range-more = HTTP defines classes 1 to 5 only; a code outside them has no meaning a client can rely on.
explain-note-folded_header = A header continued on the next line (obsolete line folding).
explain-note-folded_header-more = Old HTTP let a value go on over lines that start with a space. Today it is forbidden in responses, because readers that disagree about it can be tricked.
explain-note-length_and_transfer_encoding = The response gave both Transfer-Encoding and Content-Length.
explain-note-length_and_transfer_encoding-more = Two framings for one body is a classic trick to make two programs see different messages (request smuggling). The rule is: Transfer-Encoding wins.
explain-note-transfer_encoding_not_chunked = Transfer-Encoding does not end with chunked.
explain-note-transfer_encoding_not_chunked-more = Without chunked as the last coding, nothing marks the end of the body, so only closing the connection ends it.
explain-note-repeated_content_length = Content-Length came more than once, with one value.
explain-note-repeated_content_length-more = Same values can be merged into one; different values would make the body's end unknowable.
explain-note-bare_lf_chunk = A chunk line ended with LF alone.
explain-note-bare_lf_chunk-more = Chunk lines end with CR LF, like the head. A lone LF was accepted.
explain-note-many_chunks = The body came in very many chunks.
explain-note-many_chunks-more = Each chunk costs a size line; the list shows the first ones only, but every byte is in the body.
explain-note-trailer_without_colon = A trailer line had no colon.
explain-note-trailer_without_colon-more = After the last chunk a server may send more header fields (trailers), each "Name: value". This line was not one, so it was skipped.
explain-note-bad_trailer_line = A trailer line broke the header rules.
explain-note-bad_trailer_line-more = Trailers follow the rules of header lines: a name made of allowed characters, a colon, then a value without control characters. The body was already whole, so only that line was left out; in the head, the same line would have stopped the reading.
explain-note-forbidden_trailer = A trailer named a field that belongs in the head.
explain-note-forbidden_trailer-more = Trailers arrive after the body. By then a field that says how long the body is, how it is encoded or where the message goes can change nothing, so a sender must not put such fields in trailers and a reader must not act on them.
explain-note-transfer_coding_undone = A transfer coding besides chunked was undone.
explain-note-transfer_coding_undone-more = Transfer-Encoding may also list gzip, deflate or compress. Unlike a Content-Encoding, such a coding belongs to this one hop of the message, not to the content. Servers almost never send one, because clients rarely say (with the TE header) that they accept it.
explain-note-chunked_twice = chunked was named more than once.
explain-note-chunked_twice-more = The chunked framing may be applied once only. Named twice, the end of the body could be read in two ways: the kind of disagreement request smuggling uses.
explain-note-tls_closed_without_notify = TLS ended without its closing message.
explain-note-tls_closed_without_notify-more = TLS has a close_notify message so a reader can tell a real end from a cut. When the body ends only at the close, a missing close_notify means it may be cut short.
explain-note-raw_deflate = The deflate body had no zlib wrapper.
explain-note-raw_deflate-more = "deflate" in HTTP means zlib format, with a header and a checksum. Some servers send the bare data; it was decoded anyway.
explain-note-unknown_content_coding = The body uses a compression wirepeek does not know.
explain-note-unknown_content_coding-more = Content-Encoding names a coding outside gzip, deflate and br, so the body is shown as it arrived, still compressed.
explain-note-extra_bytes = Bytes arrived after the body's end.
explain-note-extra_bytes-more = The framing said where the body ended and more bytes followed. They belong to no response; a server bug or a sign of two programs disagreeing about framing.
explain-note-reads_merged = The list of reads was shortened.
explain-note-reads_merged-more = A body that arrives in very many reads would make the list huge, so later reads are merged into one entry; no byte is dropped.
explain-note-closed_while_sending = The server closed before the whole request was sent.
explain-note-closed_while_sending-more = Servers sometimes answer early (for example, refusing a large body) and close. The answer they sent is still read.
explain-note-proxy_closed_while_sending = The proxy closed before the whole request was sent.
explain-note-proxy_closed_while_sending-more = For plain http the request goes to the proxy, so the one who hung up was the proxy. It may have passed on a server's early answer (for example, refusing a large body), or refused the request itself. Whatever came back is still read.
explain-note-redirected_from = This response came by following a redirect.
explain-note-redirected_from-more = The first address answered with a 3xx status and a Location; wirepeek made a new request there.
explain-note-https_to_http = A redirect went from https to plain http.
explain-note-https_to_http-more = Everything after it crosses the network unencrypted, readable on the way.
explain-note-credentials_dropped = Credentials were not carried to another server.
explain-note-credentials_dropped-more = Authorization, Cookie and Proxy-Authorization headers belong to the server they were meant for; a redirect to another host, port or scheme must not hand them on.
explain-note-became_get = The method changed to GET on the way.
explain-note-became_get-more = A 303 always asks for a GET of the new address. After 301 or 302 the rules allow the same method, but browsers have long turned a POST into a GET there, and servers count on it. 307 and 308 keep the method and the body.
explain-note-empty_lines_before_status = Empty lines came before the status line.
explain-note-empty_lines_before_status-more = Readers skip them for robustness, but a server should start its response with the status line.
explain-note-odd_status_line = The status line was written in an unusual shape.
explain-note-odd_status_line-more = A status line is "HTTP/1.1 200 OK": version, one space, three digits, one space, reason phrase. This one differs a little and was read anyway.
explain-note-other_http_version = The status line named an HTTP version other than 1.x.
explain-note-other_http_version-more = HTTP/2 and HTTP/3 never send text status lines, and HTTP/0.9 sent none at all, so a text line naming them is a server mistake.
explain-note-non_ascii_in_head = The head holds bytes outside ASCII.
explain-note-non_ascii_in_head-more = HTTP allows them in values only as opaque data; programs decode them differently, so they are shown as they are.
explain-note-chunk_size_whitespace = A chunk-size line had spaces after the size.
explain-note-chunk_size_whitespace-more = The grammar has no room for them, but the size is clear, so the chunk was read.
explain-note-odd_chunk_extension = A chunk extension was not of the form ;name=value.
explain-note-odd_chunk_extension-more = Extensions after a chunk size are allowed but have no meaning in practice; this one was ignored.
explain-note-no_blank_line_after_last_chunk = The chunked body ended without its final empty line.
explain-note-no_blank_line_after_last_chunk-more = After the size-0 chunk, an empty line ends the message. All chunks had arrived, so the body is whole.
explain-note-no_body_despite_length = This response has no body although it gives a length.
explain-note-no_body_despite_length-more = Answers to HEAD, 204 and 304 never have a body; their Content-Length describes another answer.
explain-note-space_before_colon = A header had spaces before its colon.
explain-note-space_before_colon-more = It is forbidden because programs that read the name differently can be tricked into seeing two different headers.
explain-note-transfer_encoding_in_http10 = An HTTP/1.0 response used Transfer-Encoding.
explain-note-transfer_encoding_in_http10-more = HTTP/1.0 has no Transfer-Encoding, so its framing cannot be trusted.
explain-note-switching_protocols = The server switched to another protocol (101).
explain-note-switching_protocols-more = After a 101 the connection carries another protocol (often WebSocket), so wirepeek stops reading HTTP there.

## Header fields (src/learn/explain/headers.rs)
explain-header-unknown = "{ $name }" is a header field wirepeek has no entry for.
explain-header-unknown-more = Anyone may make up a header field. A program that does not know "{ $name }" ignores it and reads the rest of the message as usual, so it matters only to the programs that agreed on it: check the documentation of the server or service that sent it.
explain-header-x-unknown = "{ $name }" is a custom field: its "X-" says it is not standard.
explain-header-x-unknown-more = Names starting with "X-" were a custom for experimental or private fields. The custom was given up (RFC 6648) because good "X-" fields got stuck with the prefix forever, but many remain. Only the programs that agreed on "{ $name }" know what it means; everyone else ignores it.
explain-header-content-length = The size of the body in bytes.
explain-header-content-length-more = The reader counts exactly this many bytes after the empty line, and the message ends there. Without it (and without chunked), only closing the connection ends the body.
explain-header-transfer-encoding = How the body is cut up for the trip, usually chunked.
explain-header-transfer-encoding-more = With chunked, the body comes in pieces, each led by its size in hex; a piece of size 0 ends it. The server can start sending before it knows the total length. It is part of this hop only, not of the content.
explain-header-te = The transfer codings the client accepts (and "trailers").
explain-header-te-more = "TE: trailers" says the client can read header fields sent after a chunked body. It applies to this connection only, so it is listed in Connection too.
explain-header-trailer = Which header fields will come after the body.
explain-header-trailer-more = In a chunked message, some fields (a checksum, a final status) are known only at the end; this announces them in advance.
explain-header-content-type = What kind of data the body is, and often its character encoding.
explain-header-content-type-more = A media type such as text/html or application/json, perhaps with "charset=utf-8". The reader decides how to show the body from it, not from the address.
explain-header-content-encoding = How the body was compressed (gzip, br, deflate).
explain-header-content-encoding-more = The body on the wire is compressed; the reader undoes it to get the content. It is a property of the content, unlike Transfer-Encoding, so caches keep it compressed.
explain-header-content-language = The human language of the body, such as ko or en-US.
explain-header-content-language-more = It tells who the content is written for; it does not change how it is read.
explain-header-content-location = Another address where exactly this content can be found.
explain-header-content-location-more = For example a negotiated page may say it is /index.ko.html. It is information, not a redirect.
explain-header-content-disposition = Show the body in the page, or save it as a file (with a name).
explain-header-content-disposition-more = "attachment; filename=report.pdf" makes a browser offer a download under that name; "inline" shows it.
explain-header-content-digest = A checksum of the body as sent.
explain-header-content-digest-more = The reader can recompute the hash (for example sha-256) to check that no byte changed on the way.
explain-header-repr-digest = A checksum of the whole representation, before any ranges.
explain-header-repr-digest-more = Like Content-Digest, but for the full resource, so parts fetched with Range can be checked once put together.
explain-header-digest = An older checksum field, replaced by Content-Digest and Repr-Digest.
explain-header-digest-more = RFC 3230 defined it; RFC 9530 made it obsolete because its meaning was unclear with compression and ranges.
explain-header-accept = The kinds of data the client would like, in order of preference.
explain-header-accept-more = A list of media types with optional weights (q=0.9). The server may choose a format from it (content negotiation); browsers send a long default list.
explain-header-accept-charset = The character encodings the client accepts (mostly unused now).
explain-header-accept-charset-more = Today nearly everything is UTF-8, so browsers stopped sending it.
explain-header-accept-encoding = The compressions the client can undo.
explain-header-accept-encoding-more = For example "gzip, deflate, br". The server may compress the body with one of them and say so in Content-Encoding.
explain-header-accept-language = The human languages the reader prefers.
explain-header-accept-language-more = For example "ko-KR, ko;q=0.9, en;q=0.8". A site may pick its Korean page from it.
explain-header-accept-patch = The body formats this resource accepts with PATCH.
explain-header-accept-patch-more = It tells a client which patch document formats it may send.
explain-header-accept-post = The body formats this resource accepts with POST.
explain-header-accept-post-more = It tells a client which media types it may send in a POST here.
explain-header-range = Asks for only part of the body, by byte positions.
explain-header-range-more = "bytes=0-1023" asks for the first 1,024 bytes. Used to resume downloads and to play video from the middle. The answer is 206 with Content-Range.
explain-header-accept-ranges = Says whether the server can send parts of this body.
explain-header-accept-ranges-more = "bytes" means Range requests work; "none" means they do not.
explain-header-content-range = Which part of the body this is, and the full length.
explain-header-content-range-more = "bytes 0-1023/5000" means bytes 0 to 1023 of 5,000. In a 416 answer it gives the real length.
explain-header-if-range = Send the part asked for only if the resource has not changed; otherwise all of it.
explain-header-if-range-more = It carries an ETag or date. It keeps a resumed download from gluing pieces of two different versions.
explain-header-cache-control = Rules for keeping and reusing this message: who may, and for how long.
explain-header-cache-control-more = Directives separated by commas: max-age=3600 (fresh for an hour), no-cache (ask the server before reuse), no-store (do not keep it at all), private (only the browser, not shared caches), public, immutable and more.
explain-header-expires = The date after which the response is stale.
explain-header-expires-more = An older way to say how long a copy stays fresh. Cache-Control: max-age wins when both are given.
explain-header-age = How many seconds this response has waited in a cache.
explain-header-age-more = A response with Age came from a cache, not straight from the server. Its freshness left is max-age minus Age.
explain-header-pragma = An HTTP/1.0 cache instruction; "no-cache" is all it ever meant.
explain-header-pragma-more = Kept for very old caches. Cache-Control replaced it.
explain-header-warning = Extra warnings about caching (obsolete).
explain-header-warning-more = It carried codes like "110 Response is Stale". RFC 9111 made it obsolete because few used it.
explain-header-vary = Which request headers changed this answer.
explain-header-vary-more = "Vary: Accept-Encoding" tells caches the answer depends on that header, so a gzip copy is not given to a client that cannot read it.
explain-header-last-modified = When the server thinks the resource last changed.
explain-header-last-modified-more = A client can ask later with If-Modified-Since and get a short 304 if nothing changed.
explain-header-etag = A tag that names this version of the resource.
explain-header-etag-more = When the resource changes, so does the tag. A client asks again with If-None-Match: the tag, and gets 304 if it is the same. W/ before it means a weak match (equivalent, not byte for byte).
explain-header-cache-status = How each cache on the way handled the request.
explain-header-cache-status-more = Each cache adds an entry such as "hit" (answered from its copy) or "fwd=miss" (passed on to the server).
explain-header-cdn-cache-control = Caching rules for a CDN only.
explain-header-cdn-cache-control-more = Same directives as Cache-Control, but read only by content delivery networks, which then remove it.
explain-header-surrogate-control = Caching rules for a gateway cache in front of the server.
explain-header-surrogate-control-more = Read and removed by reverse proxies and CDNs that support it; browsers never see its effect.
explain-header-clear-site-data = Asks the browser to erase what it stored for this site.
explain-header-clear-site-data-more = "cookies", "cache", "storage" or "*". Often sent when logging out.
explain-header-if-match = Do this only if the resource still has this ETag.
explain-header-if-match-more = Used with PUT or DELETE so that a change made by someone else is not overwritten; otherwise 412.
explain-header-if-none-match = Send the body only if the ETag is different now.
explain-header-if-none-match-more = The client already has a copy with that tag. If it still matches, the server answers 304 with no body and the client reuses its copy.
explain-header-if-modified-since = Send the body only if it changed after this date.
explain-header-if-modified-since-more = The date usually comes from an earlier Last-Modified. Unchanged means 304, no body.
explain-header-if-unmodified-since = Do this only if nothing changed since this date.
explain-header-if-unmodified-since-more = The date form of If-Match; a failed condition gives 412.
explain-header-cookie = The cookies the browser kept for this site, sent back.
explain-header-cookie-more = "name=value" pairs separated by "; ". This is how a site remembers a login across requests: HTTP itself forgets everything between them.
explain-header-set-cookie = Asks the browser to keep a cookie and send it back later.
explain-header-set-cookie-more = "name=value" then attributes: Expires or Max-Age (how long), Domain and Path (where it is sent), Secure (only over https), HttpOnly (not readable by scripts), SameSite (not sent from other sites). One field per cookie.
explain-header-authorization = The client's credentials for this server.
explain-header-authorization-more = A scheme then credentials: "Basic" (user:password in base64, which is not encryption) or "Bearer" (a token). Only https keeps it from being read on the way.
explain-header-www-authenticate = How to log in: the authentication scheme the server wants.
explain-header-www-authenticate-more = Sent with 401. For example 'Basic realm="admin"' makes a browser show a login box.
explain-header-authentication-info = Extra data after a successful login.
explain-header-authentication-info-more = Used by some schemes (such as Digest) to send the next value or to prove the server knows the password too.
explain-header-proxy-authorization = The client's credentials for a proxy.
explain-header-proxy-authorization-more = Like Authorization, but read and removed by the proxy on the way.
explain-header-proxy-authenticate = How to log in to the proxy.
explain-header-proxy-authenticate-more = Sent with 407 by a proxy that wants credentials.
explain-header-proxy-authentication-info = Extra data after logging in to a proxy.
explain-header-proxy-authentication-info-more = The proxy form of Authentication-Info.
explain-header-location = Where to go: the address of a redirect or of a newly created resource.
explain-header-location-more = With 3xx the client fetches this address next. It may be relative (/new), read against the request's URL.
explain-header-refresh = Reload the page, or go to another address, after some seconds.
explain-header-refresh-more = "5; url=/next" moves after 5 seconds. Browsers follow it, but it is not part of HTTP; a 3xx status is the proper redirect.
explain-header-retry-after = How long to wait before trying again.
explain-header-retry-after-more = Seconds or a date, with 503 (down), 429 (too many requests) or a 3xx.
explain-header-allow = The methods this resource accepts.
explain-header-allow-more = Sent with 405 and in answers to OPTIONS, e.g. "GET, HEAD".
explain-header-server = The software that answered.
explain-header-server-more = For example "nginx/1.25" or "Apache". Some servers hide or blur it so attackers learn less.
explain-header-date = When the message was made, in GMT.
explain-header-date-more = Caches compare it with Expires and Age; the format is fixed, like "Tue, 15 Nov 1994 08:12:31 GMT".
explain-header-link = Links to related resources, sent as a header.
explain-header-link-more = For example '</style.css>; rel=preload' lets a browser start fetching early, or rel=next for paging in APIs.
explain-header-server-timing = How long the server spent on each part of its work.
explain-header-server-timing-more = For example "db;dur=53" means the database took 53 ms. Browser tools show it next to the network timing.
explain-header-preference-applied = Which of the client's Prefer wishes the server followed.
explain-header-preference-applied-more = The answer to a Prefer header, for example "return=minimal".
explain-header-host = Which site on the server the request is for.
explain-header-host-more = One IP address can serve thousands of sites; the server picks by this name. HTTP/1.1 requires it in every request.
explain-header-user-agent = The program that sent the request.
explain-header-user-agent-more = Browsers send a long string naming the browser and system; servers sometimes change the answer by it.
explain-header-referer = The page the request came from (the name is misspelled on purpose, for history).
explain-header-referer-more = A browser sends the address of the page with the link; Referrer-Policy limits how much of it.
explain-header-from = An e-mail address of the person or robot making the request.
explain-header-from-more = Polite web crawlers send it so a site owner can contact them.
explain-header-expect = The client waits for something before sending the body.
explain-header-expect-more = "100-continue" asks the server to say 100 before a large body is sent.
explain-header-max-forwards = How many more proxies may pass on a TRACE or OPTIONS.
explain-header-max-forwards-more = Each proxy lowers it by one; at 0 the proxy answers itself. Useful for finding a loop.
explain-header-origin = The origin (scheme, host, port) a request comes from.
explain-header-origin-more = Browsers send it with cross-origin requests and POST; servers check it for CORS and against forged requests.
explain-header-prefer = Wishes about how the server should answer.
explain-header-prefer-more = For example "return=minimal" (no body needed) or "respond-async". The server may ignore them.
explain-header-priority = How urgent this response is for the client.
explain-header-priority-more = "u=0" is most urgent, "u=7" least; "i" means it is useful in parts. Servers may use it to order responses.
explain-header-early-data = This request arrived in TLS early data.
explain-header-early-data-more = Set by a proxy so the server knows the request could be a replay; the server may answer 425.
explain-header-last-event-id = The last event a live feed delivered.
explain-header-last-event-id-more = Sent when a browser reconnects to a server-sent event stream, so it can continue where it stopped.
explain-header-sec-purpose = Why the browser sent this request, such as "prefetch".
explain-header-sec-purpose-more = A prefetch is not a visit; a server may treat it differently.
explain-header-dnt = "Do Not Track": an old privacy wish, now given up.
explain-header-dnt-more = 1 asked sites not to track the user. Few sites honored it, and the standard was stopped.
explain-header-sec-gpc = Global Privacy Control: the user asks not to have data sold or shared.
explain-header-sec-gpc-more = Some privacy laws give this wish legal weight.
explain-header-access-control-allow-origin = Which origin may read this response in a browser.
explain-header-access-control-allow-origin-more = A page may only read answers from its own origin unless this field names its origin (or "*"). It protects the reader's data, not the server: any other program can still fetch it.
explain-header-access-control-allow-credentials = Whether a cross-origin page may read the response when cookies were sent.
explain-header-access-control-allow-credentials-more = "true" allows it; then Allow-Origin must name the origin, not "*".
explain-header-access-control-allow-headers = Which request headers a cross-origin request may use.
explain-header-access-control-allow-headers-more = The answer to a preflight's Access-Control-Request-Headers.
explain-header-access-control-allow-methods = Which methods a cross-origin request may use.
explain-header-access-control-allow-methods-more = The answer to a preflight's Access-Control-Request-Method.
explain-header-access-control-expose-headers = Which response headers a cross-origin page may read.
explain-header-access-control-expose-headers-more = By default a script sees only a few simple headers; this adds more.
explain-header-access-control-max-age = How many seconds a browser may remember a preflight answer.
explain-header-access-control-max-age-more = Saves a new OPTIONS request before each real one.
explain-header-access-control-request-headers = In a preflight: the headers the real request will carry.
explain-header-access-control-request-headers-more = Sent by the browser with OPTIONS; the server answers with Access-Control-Allow-Headers.
explain-header-access-control-request-method = In a preflight: the method the real request will use.
explain-header-access-control-request-method-more = Sent by the browser with OPTIONS; the server answers with Access-Control-Allow-Methods.
explain-header-timing-allow-origin = Which origins may see detailed timing of this response.
explain-header-timing-allow-origin-more = Without it, scripts on other origins get only coarse timing for it.
explain-header-strict-transport-security = Use only https for this site, for a given time (HSTS).
explain-header-strict-transport-security-more = "max-age=31536000; includeSubDomains" makes a browser turn every http:// address of the site into https:// for a year, so an attacker cannot hold the user on plain http.
explain-header-content-security-policy = Which sources a page may load scripts, styles and other content from.
explain-header-content-security-policy-more = A list of rules like "script-src 'self'". A browser blocks anything not allowed, which stops many injected scripts.
explain-header-content-security-policy-report-only = A trial content policy: report breaks, block nothing.
explain-header-content-security-policy-report-only-more = Lets a site test a policy before turning it on.
explain-header-x-content-type-options = "nosniff": trust Content-Type, do not guess.
explain-header-x-content-type-options-more = Browsers once guessed types from the bytes, which let uploaded files run as scripts. With nosniff they do not.
explain-header-x-frame-options = Whether other sites may show this page in a frame.
explain-header-x-frame-options-more = DENY or SAMEORIGIN stops clickjacking, where a page is hidden under another. CSP frame-ancestors is the newer way.
explain-header-x-xss-protection = Controlled an old browser filter against injected scripts (obsolete).
explain-header-x-xss-protection-more = Browsers removed the filter; the field now does nothing, or harm with some values. Content-Security-Policy replaced it.
explain-header-cross-origin-opener-policy = Whether this page shares a browsing group with pages it opens.
explain-header-cross-origin-opener-policy-more = "same-origin" cuts the link to windows of other origins, which protects against some side-channel attacks.
explain-header-cross-origin-embedder-policy = Load only resources that agree to be embedded.
explain-header-cross-origin-embedder-policy-more = With COOP it makes a page "cross-origin isolated", which some powerful browser features need.
explain-header-cross-origin-resource-policy = Which sites may embed this resource.
explain-header-cross-origin-resource-policy-more = "same-origin" or "same-site" stops other sites from loading it in their pages.
explain-header-origin-agent-cluster = Ask the browser to keep this origin in its own process group.
explain-header-origin-agent-cluster-more = "?1" isolates the origin from others of the same site.
explain-header-permissions-policy = Which browser features (camera, location...) the page may use.
explain-header-permissions-policy-more = For example "camera=()" turns the camera off for the page and its frames.
explain-header-referrer-policy = How much of this page's address is sent as Referer.
explain-header-referrer-policy-more = For example "strict-origin-when-cross-origin" sends only the origin to other sites, and nothing from https to http.
explain-header-upgrade-insecure-requests = The browser prefers https versions of addresses.
explain-header-upgrade-insecure-requests-more = "1" tells the server it may redirect to https.
explain-header-sec-fetch-site = How the request's origin relates to the target: same-origin, same-site, cross-site, none.
explain-header-sec-fetch-site-more = Set by the browser and not changeable by scripts, so a server can refuse requests from other sites.
explain-header-sec-fetch-mode = The request's mode: navigate, cors, no-cors, same-origin, websocket.
explain-header-sec-fetch-mode-more = Tells a server whether the user opened a page or a script fetched something.
explain-header-sec-fetch-dest = Where the response will be used: document, image, script...
explain-header-sec-fetch-dest-more = A server can refuse, say, a JSON API request that claims to be an image.
explain-header-sec-fetch-user = "?1" when the user started this navigation (a click, typing).
explain-header-sec-fetch-user-more = Sent only for navigations the user caused.
explain-header-reporting-endpoints = Where the browser should send reports (policy breaks, errors).
explain-header-reporting-endpoints-more = Names endpoints other fields can refer to, such as CSP's report-to.
explain-header-report-to = An older way to name report endpoints.
explain-header-report-to-more = Replaced by Reporting-Endpoints; still used by NEL.
explain-header-nel = Network Error Logging: report failed loads of this site.
explain-header-nel-more = Browsers later send reports of DNS, TCP or TLS failures to the site's report endpoint.
explain-header-expect-ct = Required Certificate Transparency (obsolete).
explain-header-expect-ct-more = Browsers now require it anyway, so the field was retired.
explain-header-public-key-pins = Pinned the site's keys in browsers (obsolete, dangerous).
explain-header-public-key-pins-more = A mistake could lock users out of a site for months; browsers removed it.
explain-header-via = The proxies the message passed through.
explain-header-via-more = Each proxy adds its protocol and name, like "1.1 proxy.example". It helps find loops and who changed what.
explain-header-forwarded = Who sent the request before the proxy: client address, host, scheme.
explain-header-forwarded-more = The standard form of the X-Forwarded-* fields: "for=192.0.2.60;proto=https".
explain-header-x-forwarded-for = The client's IP address, added by a proxy.
explain-header-x-forwarded-for-more = Behind a proxy the server sees only the proxy's address; this list says who came before. A client can forge it, so trust only your own proxy's entry.
explain-header-x-forwarded-host = The Host the client asked for, before a proxy.
explain-header-x-forwarded-host-more = Proxies may rewrite Host; this keeps the original.
explain-header-x-forwarded-proto = The scheme (http or https) the client used, before a proxy.
explain-header-x-forwarded-proto-more = A proxy that ends TLS passes plain http to the server; this tells it the client used https.
explain-header-x-real-ip = The client's IP address, as one proxy saw it.
explain-header-x-real-ip-more = A single-address variant of X-Forwarded-For, common with nginx.
explain-header-connection = Options for this connection only: "close" or "keep-alive", and hop-only fields.
explain-header-connection-more = "close" means the connection ends after this message. Fields named here are removed by proxies before passing the message on.
explain-header-keep-alive = Hints for keeping the connection open: timeout, max requests.
explain-header-keep-alive-more = "timeout=5, max=100": the server keeps an idle connection 5 seconds and for at most 100 requests. From HTTP/1.0 days; HTTP/1.1 keeps connections open by default.
explain-header-proxy-connection = A non-standard Connection for proxies, sent by old browsers.
explain-header-proxy-connection-more = Servers should ignore it; Connection does the job.
explain-header-upgrade = Switch this connection to another protocol.
explain-header-upgrade-more = A client sends "Upgrade: websocket" with "Connection: Upgrade"; a server that agrees answers 101.
explain-header-alt-svc = This site can also be reached another way (HTTP/2, HTTP/3), which browsers would use next time.
explain-header-alt-svc-more = 'h3=":443"; ma=86400' says HTTP/3 over QUIC on UDP port 443 works for a day. wirepeek speaks only HTTP/1.1 and stays.
explain-header-alt-used = Which alternative service the request came through.
explain-header-alt-used-more = Sent by a client using an Alt-Svc alternative, so the server knows.
explain-header-http2-settings = Settings for an upgrade to HTTP/2 on plain http (obsolete).
explain-header-http2-settings-more = Sent with "Upgrade: h2c"; HTTP/2's newer standard dropped this upgrade.
explain-header-sec-websocket-key = A random value that starts a WebSocket handshake.
explain-header-sec-websocket-key-more = The server proves it understood by hashing it into Sec-WebSocket-Accept.
explain-header-sec-websocket-accept = The server's proof that it speaks WebSocket.
explain-header-sec-websocket-accept-more = A hash of the client's key with a fixed string; the client checks it.
explain-header-sec-websocket-version = The WebSocket protocol version (13).
explain-header-sec-websocket-version-more = 13 is the only version in use.
explain-header-sec-websocket-protocol = The application protocols to use over the WebSocket.
explain-header-sec-websocket-protocol-more = The client lists them, the server picks one.
explain-header-sec-websocket-extensions = WebSocket extensions such as compression.
explain-header-sec-websocket-extensions-more = For example "permessage-deflate" compresses each message.
explain-header-accept-ch = Which client hints the server wants in later requests.
explain-header-accept-ch-more = A browser that supports them adds those Sec-CH- fields from then on.
explain-header-critical-ch = Client hints the page needs so much that the browser should retry with them.
explain-header-critical-ch-more = If a hint listed here was missing, the browser repeats the request with it.
explain-header-sec-ch-ua = The browser's brand and major version, as a client hint.
explain-header-sec-ch-ua-more = A short, structured replacement for the long User-Agent string.
explain-header-sec-ch-ua-mobile = "?1" when the browser is on a mobile device.
explain-header-sec-ch-ua-mobile-more = Lets a server choose a mobile page without parsing User-Agent.
explain-header-sec-ch-ua-platform = The operating system, such as "Windows" or "Android".
explain-header-sec-ch-ua-platform-more = A client hint sent by default by browsers that support them.
explain-header-sec-ch-prefers-color-scheme = Whether the user prefers a light or dark look.
explain-header-sec-ch-prefers-color-scheme-more = Sent when the server asked for it with Accept-CH.
explain-header-device-memory = Roughly how much memory the device has, in GiB.
explain-header-device-memory-more = Rounded on purpose (0.5, 1, 2, 4, 8) so it says little about who the user is.
explain-header-downlink = The client's estimated download speed, in Mbit/s.
explain-header-downlink-more = A rounded network hint a server may use to send lighter content.
explain-header-ect = The effective connection type: slow-2g, 2g, 3g or 4g.
explain-header-ect-more = A rough label of how fast the network feels, from measured speed and delay.
explain-header-rtt = The client's estimated round-trip time, in milliseconds.
explain-header-rtt-more = Rounded, measured from recent connections.
explain-header-save-data = "on" when the user asked to save data.
explain-header-save-data-more = A server may send smaller images or skip extras.
explain-header-dpr = The screen's device pixel ratio (an early client hint).
explain-header-dpr-more = Replaced by Sec-CH-DPR.
explain-header-viewport-width = The page area's width in CSS pixels (an early client hint).
explain-header-viewport-width-more = Replaced by Sec-CH-Viewport-Width.
explain-header-x-powered-by = The framework or language behind the server, such as PHP or Express.
explain-header-x-powered-by-more = It helps no client, and tells attackers what to try, so many sites remove it.
explain-header-x-requested-with = "XMLHttpRequest": the request came from a script, not a page load.
explain-header-x-requested-with-more = Added by some JavaScript libraries; servers used it to answer scripts differently.
explain-header-x-request-id = An identifier for this request, to find it in logs.
explain-header-x-request-id-more = Servers and proxies add it so one request can be followed through many systems.
explain-header-x-correlation-id = An identifier that ties together related requests.
explain-header-x-correlation-id-more = Like X-Request-ID, but shared by all the requests of one task.
explain-header-x-cache = Whether a cache on the way had a copy (HIT) or not (MISS).
explain-header-x-cache-more = Added by CDNs and proxies; Cache-Status is the standard form.
explain-header-x-dns-prefetch-control = Whether the browser may look up the page's link names in advance.
explain-header-x-dns-prefetch-control-more = "off" stops early DNS lookups, which could reveal links the user never clicked.
explain-header-x-robots-tag = Instructions for search engines: index or not, follow links or not.
explain-header-x-robots-tag-more = The header form of the robots meta tag, useful for files that are not HTML, such as PDFs.
explain-header-x-ua-compatible = Asked old Internet Explorer to use its newest page engine.
explain-header-x-ua-compatible-more = Means nothing to current browsers.
explain-header-x-permitted-cross-domain-policies = Whether Flash and PDF readers may load data from this site.
explain-header-x-permitted-cross-domain-policies-more = From the Flash era; "none" is the usual value.
explain-header-x-download-options = "noopen": old Internet Explorer may only save this download, not open it.
explain-header-x-download-options-more = Means nothing to current browsers.
explain-header-x-runtime = How long the server program took, in seconds.
explain-header-x-runtime-more = Added by some frameworks (Ruby on Rails); Server-Timing is the standard form.

## Values explained by rules (src/learn/explain/values.rs)
explain-value-heading = This value:
explain-value-span = { $unit ->
    [days] { $count ->
        [one] 1 day
       *[other] { $count } days
    }
    [hours] { $count ->
        [one] 1 hour
       *[other] { $count } hours
    }
    [minutes] { $count ->
        [one] 1 minute
       *[other] { $count } minutes
    }
    [about-days] about { $count } days
    [about-hours] { $count ->
        [one] about 1 hour
       *[other] about { $count } hours
    }
   *[seconds] { $count ->
        [one] 1 second
       *[other] { $count } seconds
    }
  }
explain-value-cc-max-age = { $written }: fresh for { $spanned ->
    [yes] { $seconds } seconds ({ $span })
   *[no] { $span }
  } after it was made.
explain-value-cc-s-maxage = { $written }: shared caches (proxies, CDNs) may use it for { $span }, instead of max-age.
explain-value-cc-stale-while-revalidate = stale-while-revalidate: for { $span } after going stale, a cache may still serve it while it fetches a fresh copy.
explain-value-cc-stale-if-error = stale-if-error: if the server fails, a stale copy may be used for { $span } more.
explain-value-cc-max-stale = max-stale (request): the client accepts a copy up to { $span } past its freshness.
explain-value-cc-min-fresh = min-fresh (request): the client wants a copy that stays fresh at least { $span } more.
explain-value-cc-no-store = no-store: no cache may keep any copy, not even on disk.
explain-value-cc-no-cache = no-cache: a copy may be kept, but must be checked with the server before every reuse.
explain-value-cc-private = private: only the user's own browser may keep it, not shared caches.
explain-value-cc-public = public: any cache may keep it, even for a request with Authorization.
explain-value-cc-must-revalidate = must-revalidate: once stale, it must not be used without checking with the server.
explain-value-cc-proxy-revalidate = proxy-revalidate: like must-revalidate, for shared caches only.
explain-value-cc-immutable = immutable: it will not change while fresh, so a reload need not even ask.
explain-value-cc-no-transform = no-transform: proxies must not change the body (no recompressing images).
explain-value-cc-must-understand = must-understand: store it only if the cache understands this status code's rules.
explain-value-cc-only-if-cached = only-if-cached (request): answer from a cache or not at all.
explain-value-cc-unknown = "{ $directive }": a directive wirepeek does not know; caches ignore what they do not know.
explain-value-cache-verdict = { $verdict ->
    [no_store] Verdict: never reused; every request goes to the server.
    [revalidate] Verdict: may be stored, but is checked with the server (a short 304 if unchanged) before each reuse.
    [fresh] Verdict: may be reused for { $span } without asking the server, { $who ->
        [private] by the browser only.
        [shared] by the browser and by shared caches.
        [shared_only] by shared caches (proxies, CDNs); browsers follow max-age.
       *[default] by the browser and by shared caches (unless the request carried Authorization).
    }
   *[heuristic] Verdict: no lifetime is given, so a cache may guess one (often from Last-Modified).
  }
explain-value-hsts = For { $span } a browser will use only https for this host{ $subdomains ->
    [yes] and all its subdomains
   *[no] (not its subdomains)
  }, even if http:// is typed.
explain-value-hsts-off = max-age=0: the browser forgets HSTS for this host; plain http is allowed again.
explain-value-hsts-no-max-age = No max-age: browsers ignore this header, which needs one.
explain-value-hsts-preload = preload: the site asks to be built into browsers' HSTS lists, protecting even the first visit.
explain-value-not-a-number = "{ $value }" is not a number of bytes.
explain-value-length = The body is { $exact ->
    [yes] { $size }
   *[no] { $size } ({ $count } bytes)
  }.
explain-value-length-match = { $matched ->
    [matched] The body that arrived matches it: { $received } bytes.
    [short] Only { $received } bytes arrived: the body is cut short.
   *[long] { $received } bytes arrived, more than announced.
  }
explain-value-coding = "{ $coding }": { $name ->
    [gzip] gzip compression (the most common).
    [deflate] zlib (deflate) compression.
    [br] Brotli compression, usually smaller than gzip.
    [zstd] Zstandard compression.
    [compress] the old Unix compress format, rarely seen.
    [identity] no compression.
   *[other] a coding wirepeek does not know.
  } { $known ->
    [yes] wirepeek decompresses it to show the content.
   *[no] The body is shown as it came.
  }
explain-value-coding-ratio = { $received } came over the network for { $decoded } of content: { $percent }% of the original size.
explain-value-chunked = chunked: the body came in pieces, each led by its size in hex; a piece of size 0 ended it.
explain-value-chunk-count = This body came in { $count ->
    [one] one chunk
   *[other] { $count } chunks
  } (the size-0 chunk not counted).
explain-value-te-not-chunked = "{ $codings }" does not end with chunked: only closing the connection ends the body.
explain-value-media = "{ $media }": { $family ->
    [html] a web page (HTML).
    [text] plain text.
    [json] JSON data, as APIs send.
    [xml] XML data.
    [script] a JavaScript program.
    [image] an image.
    [media] sound or video.
    [font] a font.
    [multipart] several parts in one body.
    [binary] raw bytes of no particular type (often a download).
    [form] form fields, encoded as in a URL query.
   *[other] a media type named by its type/subtype.
  }
explain-value-charset = Its characters are encoded in { $charset }.
explain-value-no-charset = No charset is given: the reader must guess the character encoding (wirepeek looks for a BOM, then guesses).
explain-value-cookie = Sets the cookie "{ $name }"; the browser sends it back in a Cookie header.
explain-value-cookie-secure = Secure: sent only over https.
explain-value-cookie-httponly = HttpOnly: scripts on the page cannot read it, which protects it from injected code.
explain-value-cookie-samesite = SameSite: { $mode ->
    [strict] Strict: never sent with requests started by other sites.
    [lax] Lax: sent when following a link from another site, not with its forms or embedded requests.
    [none] None: sent with requests from any site (needs Secure).
   *[other] a value browsers do not know, treated as Lax.
  }
explain-value-cookie-max-age = Max-Age: kept for { $span }{ $spanned ->
    [yes] {" "}({ $seconds } seconds)
   *[no] {""}
  }.
explain-value-cookie-delete = Max-Age=0: the browser deletes this cookie now.
explain-value-cookie-expires = Expires: kept until { $date }.
explain-value-cookie-session = No Expires or Max-Age: a session cookie, gone when the browser closes.
explain-value-cookie-domain = Domain: sent to { $domain } and its subdomains.
explain-value-cookie-path = Path: sent only for addresses under { $path }.
explain-value-cookie-partitioned = Partitioned: kept separately for each top-level site that embeds this one.
explain-value-location = { $absolute ->
    [yes] Next address: { $target }.
   *[no] Next address: { $target }, read against the address of the request.
  }
explain-value-location-relative = "{ $target }" is relative: against the request's address it leads to { $url }.
explain-value-alt-svc = { $family ->
    [h3] This site also speaks HTTP/3 ({ $id }, over QUIC on UDP) at "{ $authority }"; browsers would use it next time.
    [h3draft] This site offers a draft version of HTTP/3 ({ $id }) at "{ $authority }".
    [h2] This site also speaks HTTP/2 ({ $id }) at "{ $authority }"; browsers would use it next time.
   *[other] This site offers the protocol "{ $id }" at "{ $authority }".
  } { $lasting ->
    [yes] Valid for { $span }.
   *[no] Valid for { $span } (the default).
  } wirepeek stays on HTTP/1.1.
explain-value-alt-svc-clear = clear: forget every alternative this site offered before.
explain-value-seconds = { $field ->
    [age] It has waited { $span }{ $spanned ->
        [yes] {" "}({ $seconds } s)
       *[no] {""}
    } in a cache.
   *[retry] Try again after { $span }{ $spanned ->
        [yes] {" "}({ $seconds } s)
       *[no] {""}
    }.
  }
explain-value-date = { $field ->
    [age] "{ $date }" is not a number of seconds.
   *[retry] Try again after { $date }.
  }
explain-value-vary = Caches keep a separate copy for each value of: { $names }.
explain-value-vary-all = Vary: * means every request is different: shared caches cannot reuse it.
explain-value-connection-close = close: the connection ends after this message; the next request needs a new one.
explain-value-connection-keep-alive = keep-alive: the connection stays open for more requests (HTTP/1.1 does this by default).
explain-value-connection-upgrade = Upgrade: the Upgrade header applies to this connection only.
explain-value-connection-hop = "{ $name }": a header meant for this hop only; a proxy removes it.
explain-value-keep-alive-timeout = An idle connection stays open { $span }{ $spanned ->
    [yes] {" "}({ $seconds } s)
   *[no] {""}
  }.
explain-value-keep-alive-max = At most { $count } more requests on this connection.
explain-value-server = { $versioned ->
    [yes] The server program is { $name }, version { $version }.
   *[no] The server program calls itself { $name }{ $version }.
  }

## Notes about a request typed in Raw mode
explain-note-raw_without_host = The typed request has no Host header.
explain-note-raw_without_host-more = One address can serve many sites; the Host line tells the server which one is meant. HTTP/1.1 requires it, so most servers answer 400 Bad Request without it; an HTTP/1.0 server may answer with its default site.
explain-note-raw_bare_lf = Some lines of the typed request end with LF alone.
explain-note-raw_bare_lf-more = HTTP ends every line of a head with CR LF. Many servers also accept a bare LF, but a strict one may refuse the request or read it differently.
explain-note-raw_head_not_ended = The typed request has no empty line after its headers.
explain-note-raw_head_not_ended-more = The empty line is how the server knows the head is over. Without it the server keeps waiting for more header lines, and the fetch waits for its answer until a time limit ends it.
explain-note-raw_length_mismatch = The typed Content-Length does not match the body.
explain-note-raw_length_mismatch-more = The server reads exactly as many body bytes as Content-Length says. Fewer bytes make it wait for the rest; more bytes are read as the start of another request.

## Dates read against the fetch (`$from`: the fetch, or now for a value typed on the command
## line; `$side`: whether the date is before, the same second as, or after it)
explain-value-date-clock = { $side ->
    [after] The server's clock is { $span } ahead of yours.
    [before] The server's clock is { $span } behind yours.
   *[same] The server's clock agrees with yours, to the second.
  }
explain-value-date-ago = { $side ->
    [before] Written { $span } before now.
    [after] Written { $span } after now: the server's clock is ahead.
   *[same] Written just now.
  }
explain-value-expires-at = { $side ->
    [after] Expires { $span } after { $from ->
        [fetch] this fetch
       *[now] now
    }: until then a cache may reuse this response without asking the server.
    [before] Expired { $span } before { $from ->
        [fetch] this fetch
       *[now] now
    }: a cache must ask the server again before reusing it.
   *[same] Expires the moment it was sent: a cache must ask the server again before reusing it.
  }
explain-value-expires-invalid = "{ $date }" is not a date; a cache reads that as already expired.
explain-value-modified-at = { $side ->
    [before] Last changed { $span } before { $from ->
        [fetch] this fetch
       *[now] now
    }.
    [after] Says it changed { $span } after { $from ->
        [fetch] this fetch
       *[now] now
    }, which cannot be: one of the clocks is wrong.
   *[same] Changed the very second it was sent.
  }
explain-value-not-a-date = "{ $date }" is not an HTTP date (one looks like Sun, 06 Nov 1994 08:49:37 GMT).
explain-value-retry-at = { $side ->
    [after] Try again { $span } after { $from ->
        [fetch] this fetch
       *[now] now
    }.
   *[other] That time had passed { $span } before { $from ->
        [fetch] this fetch
       *[now] now
    }: trying again at once is allowed.
  }
explain-error-bad_proxy = The proxy setting is not an address wirepeek can connect to.
explain-error-bad_proxy-more = A proxy is written like a web address: http://, the proxy's host name or IP address, and its port. wirepeek speaks plain HTTP to the proxy; for https it asks the proxy for a tunnel, and TLS runs inside it.
explain-error-proxy_refused = The proxy's computer was reached, but nothing waits on the proxy's port.
explain-error-proxy_refused-more = Every request goes first to the proxy. Its computer answered the SYN with a reset (RST): no proxy program listens on that port. Nothing reached the server itself.
explain-error-proxy_authentication_required = The proxy wants to know who is asking before it lets the request through.
explain-error-proxy_authentication_required-more = 407 is 401 for a proxy: its Proxy-Authenticate header says how to sign in, and the next request would carry the answer in Proxy-Authorization. The server was never asked.
explain-error-proxy_refused_tunnel = The proxy answered CONNECT with something other than 2xx, so no tunnel was opened.
explain-error-proxy_refused_tunnel-more = For https, the client asks the proxy "CONNECT host:443". A 2xx answer means the proxy connected to the server and from then on passes bytes both ways unread. Any other status (403, 502 ...) means it did not: the proxy's rules forbid that place, or it could not reach the server.
explain-error-proxy_closed_tunnel = The proxy hung up instead of passing bytes between this computer and the server.
explain-error-proxy_closed_tunnel-more = A proxy that cannot or will not reach the server may just close the connection, before answering CONNECT or right after it. The TLS handshake with the server never got an answer.
explain-error-proxy_closed = The proxy hung up without passing on an answer.
explain-error-proxy_closed-more = For plain http the proxy reads the request, fetches the URL itself and passes the answer back. A proxy that cannot or will not reach the server should answer with a status such as 502 or 504, but some just close the connection. Whether the request reached the server cannot be told from here.
explain-error-proxy_not_http = The proxy answered, but not in HTTP.
explain-error-proxy_not_http-more = Every byte of a fetch through a proxy goes to the proxy first, and an HTTP proxy answers in HTTP, like a server. These bytes do not start with "HTTP/": the proxy setting points at a port where some other service runs (mail, SSH, a database), so the request never reached the server.
explain-note-system_store_unreadable = This computer's certificate store could not be read in full.
explain-note-system_store_unreadable-more = Operating systems keep the certificate authorities they trust in a store of their own (files under /etc/ssl on Linux, a keychain on macOS, the certificate store on Windows). A school or office that inspects https adds its own authority there. When the store is missing or unreadable, only the bundled roots vouch for servers.
