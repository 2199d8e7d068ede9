## 일어난 일: "일어난 일" 탭과 `--story`. 단계 종류마다 메시지 하나(`story-KIND`,
## src/learn/story.rs 참고). 이번 요청의 숫자를 그대로 씁니다.

tab-story = 일어난 일
story-intro = 이번 요청에서 일어난 일을 실제 숫자와 함께 차례대로 보여 줍니다.
story-empty = URL을 가져오면 일어난 일을 차례대로 보여 줍니다.
story-arriving = 아직 가져오는 중입니다. 지금까지 일어난 일:
story-underneath = 무슨 일이 있었나:
story-cli-title = { $url }에서 가져올 때 일어난 일:

# 프록시를 거칠 때는 처음 단계들이 프록시의 것입니다($origin은 story-proxy-origin, $mode는
# absolute_form(암호화 없는 http) 또는 tunnel(https))
story-through_proxy = 이번 { -request }은 HTTP 프록시({ $proxy }, { $origin })를 거쳤습니다. { $mode ->
        [tunnel] https이므로 먼저 프록시에 서버까지 가는 터널을 요청하고, 그 터널 안에서 서버와 직접 TLS로 연결합니다.
       *[absolute_form] 암호화 없는 http이므로 { -request } 전체를 프록시에 보내고, 프록시가 그것을 서버에 넘겨 준 뒤 답을 돌려줍니다.
    }
story-proxy-origin = { $origin ->
        [settings] { -settings }에서 지정
        [command_line] 명령줄의 --proxy로 지정
       *[environment] 환경 변수 { $variable }에서 지정
    }
story-proxy_no_lookup = 프록시의 주소({ $host }, 포트 { $port })가 이미 IP 주소라서 DNS 조회가 필요 없었습니다.
story-proxy_looked_up = DNS 조회로 프록시 이름 { $host }(포트 { $port })의 IP 주소 { $count }개를 찾았습니다: { $addresses }({ $elapsed }).
story-proxy_connected = 프록시 { $ip }의 { $port }번 포트에 TCP 연결을 열었습니다({ $elapsed }). 프록시 설정에 적힌 포트입니다.{ $failed ->
        [0] {""}
       *[other] { " " }그 전에 주소 { $failed }개에는 연결하지 못했습니다.
    }
story-tunnel = 프록시에 서버까지 가는 터널을 요청했습니다: "{ $request_line }". { $answer ->
        [opened] 프록시의 답은 { $status }입니다({ $elapsed }). 터널이 열렸고, 이제부터 프록시는 바이트를 읽지 않고 양쪽으로 그대로 넘겨 줍니다.
        [refused] 프록시의 답은 { $status }입니다. 터널은 열리지 않았습니다.
       *[nothing] 프록시가 아무 답도 보내지 않았습니다.
    }
story-sent_to_proxy = { -request }을 프록시에 보냈습니다: 헤드 { $lines }줄, 모두 { $bytes }바이트{ $body ->
        [0] {""}
       *[other] (그중 { -body } { $body }바이트)
    }. 요청 줄에 URL 전체를 적는 절대 형식이라 프록시가 어디로 넘겨 줄지 압니다: "{ $request_line }".

story-no_lookup = 호스트가 이미 IP 주소("{ $host }")라서 DNS 조회가 필요 없었습니다.
story-looked_up = DNS 조회로 { $host }의 IP 주소 { $count }개를 찾았습니다: { $addresses }({ $elapsed }).
story-connected = { $ip }의 { $port }번 포트에 TCP 연결을 열었습니다({ $elapsed }). { $port_says }{ $failed ->
        [0] {""}
       *[other] { " " }그 전에 주소 { $failed }개에는 연결하지 못했습니다.
    }
story-port-usual = { $scheme }의 기본 포트입니다.
story-port-service = 보통 { $service } 서비스가 사용하는 포트입니다.
story-port-chosen = URL에서 직접 정한 포트입니다.
story-tls = 보안 연결(TLS) 핸드셰이크를 마쳤습니다: 버전 { $version }, 암호 스위트 { $cipher }({ $elapsed }).
story-sent = { -request }을 보냈습니다: 헤드 { $lines }줄, 모두 { $bytes }바이트{ $body ->
        [0] {""}
       *[other] (그중 { -body } { $body }바이트)
    }.
story-first_byte = { -request }을 보내고 { $elapsed } 뒤에 { -response }의 첫 바이트가 도착했습니다.
story-interim = { $by ->
        [through_proxy] 서버가 프록시를 거쳐 먼저
       *[server] 서버가 먼저
    } 중간 응답(1xx)을 보냈습니다: { $status }.{ $continue ->
        [yes] { " " }{ -request } { -body }을 계속 보내라는 뜻입니다.
       *[no] {""}
    } 진짜 { -response }은 그다음에 왔습니다.
story-answered = { $by ->
        [proxy] 프록시가 직접 보낸 답은
        [through_proxy] 프록시를 거쳐 온 답은
       *[server] 서버의 답은
    } { $status }입니다. { -body }({ $typed ->
        [yes] { $type }
       *[no] Content-Type 없음
    }) { $bytes }바이트를 읽기 { $reads }번에 받았습니다. { $ending }.{ $by ->
        [proxy] { " " }프록시는 사용자 이름과 비밀번호를 받기 전에는 아무것도 넘겨 주지 않으므로, 서버는 이 { -request }을 받지 못했습니다.
       *[other] {""}
    }
story-answered_empty = { $by ->
        [proxy] 프록시가 직접 보낸 답은
        [through_proxy] 프록시를 거쳐 온 답은
       *[server] 서버의 답은
    } { $status }입니다(읽기 { $reads }번). { $ending }.{ $by ->
        [proxy] { " " }프록시는 사용자 이름과 비밀번호를 받기 전에는 아무것도 넘겨 주지 않으므로, 서버는 이 { -request }을 받지 못했습니다.
       *[other] {""}
    }
story-end-none = { -body }은 없었습니다. HEAD 요청, 204, 304 { -response }에는 { -body }이 붙지 않습니다
story-end-length = Content-Length가 알린 { $length }바이트를 다 받았으니 { -body }이 끝난 것입니다
story-end-chunked = { -body }은 조각(청크) { $chunks }개로 나뉘어 왔고 크기가 0인 청크가 끝을 알렸습니다
story-end-close = 그다음 서버가 연결을 닫았습니다. 길이를 알리지 않은 { -body }은 이렇게 끝납니다
story-end-cut = 하지만 { -body }이 다 오지는 않았습니다
story-decoded = { -body }이 압축되어({ $encoding }) 왔습니다: 전송된 { $wire }바이트를 { -app }이 풀었더니 { $decoded }바이트가 되었습니다.
story-redirected = 이 { -response }이 { -redirect }이라서 다음 { -request }을 이 주소로 보냈습니다: { $url }.
story-stopped = { $known ->
        [yes] { $phase } 단계에서 멈췄습니다:
       *[no] 아무것도 보내기 전에 멈췄습니다:
    } { $error }

## 창의 각 부분이 무엇인지, 무엇을 재는지(마우스를 올리면 보임)

url-port-hint = { $kind ->
    [web] { $port }번 포트: { $service }. 두 번째 웹 서버에 자주 사용합니다.
    [plain-on-https] { $port }번 포트는 보통 암호화 없는 HTTP({ $service })를 사용합니다. https://로는 실패할 수 있습니다.
    [tls-on-http] { $port }번 포트는 보통 TLS({ $service })를 기대합니다. http://로는 HTTP 응답을 받지 못할 수 있습니다.
   *[other] { $port }번 포트: 보통 { $service } 서비스가 사용하는 포트이고, HTTP가 아닙니다.
  }

phase-measures-resolving = 시작부터 운영 체제가 호스트 이름의 IP 주소를 찾을 때까지(DNS 조회)의 시간입니다.
phase-measures-connecting = TCP 핸드셰이크: SYN을 보내고 서버의 SYN-ACK 패킷이 돌아와 연결이 열릴 때까지의 시간입니다.
phase-measures-tls = TLS 핸드셰이크: 버전과 키를 정하고 서버의 인증서를 확인하는 데 걸린 시간입니다.
phase-measures-sending = { -request }의 바이트를 소켓에 쓰는 데 걸린 시간입니다.
phase-measures-waiting = { -request }을 다 보낸 뒤 { -response }의 첫 바이트가 올 때까지의 시간입니다. 오가는 네트워크 시간과 서버가 처리하는 시간이 들어 있습니다.
phase-measures-downloading = { -response }의 첫 바이트부터 마지막 바이트까지의 시간입니다. 나머지 헤드와 { -body }을 읽기를 거듭하며 받습니다.

wire-means-request-line = { -request }의 첫 줄입니다. 메서드, 요청하는 경로, HTTP 버전이 들어 있습니다.
wire-means-request-header = { -request } { -header } 하나입니다. 이름, 콜론, 그리고 서버에 더 알려 주는 값으로 되어 있습니다.
wire-means-head-end = 빈 줄(CR LF만)입니다. 헤드가 끝났고, 뒤에 오는 것은 { -body }입니다.
wire-means-request-body = { -request }이 서버로 가져가는 데이터입니다(폼, JSON, 파일).
wire-means-empty-line-before-head = 상태 줄 앞의 빈 줄입니다. 받는 쪽은 건너뛰어도 됩니다.
wire-means-interim-status-line = 중간 응답(1xx)의 상태 줄입니다. 서버가 진짜 { -response } 전에 먼저 알리는 말입니다.
wire-means-status-line = { -response }의 첫 줄입니다. HTTP 버전, 상태 코드, 상태 문구가 들어 있습니다.
wire-means-header = { -response } { -header } 하나입니다. 이름, 콜론, 그리고 { -response }이나 { -body }에 대한 값으로 되어 있습니다.
wire-means-chunk-size = 다음 { -chunk }의 크기를 16진수로 적은 줄입니다.
wire-means-chunk-data = { -chunk } 하나의 데이터입니다. 크기 줄에 적힌 만큼의 바이트가 정확히 들어 있습니다.
wire-means-chunk-end = { -chunk } 데이터를 닫는 CR LF입니다.
wire-means-last-chunk = 크기가 0인 { -chunk }입니다. 청크 전송 { -body }이 끝났다는 뜻입니다.
wire-means-trailer = 마지막 { -chunk } 뒤에 보내는 필드(트레일러)입니다. 빈 줄로 끝납니다.
wire-means-body = { -body }입니다. 전송된 그대로의 내용입니다.
wire-means-extra-bytes = { -body }이 끝난 뒤에 온 바이트입니다. { -body }의 끝을 알리는 규칙으로는 이미 끝났으니 어느 { -response }에도 속하지 않습니다.
wire-means-unreadable = HTTP { -response } 헤드로 읽을 수 없는 바이트입니다. HTTP가 전혀 아니거나, 헤드가 규칙이나 한도를 어겼습니다. 어느 쪽인지는 위의 오류가 알려 줍니다.

story-not_followed = 이 { -response }은 다른 주소를 가리킵니다(Location: { $location }). 이번 요청은 { -redirect }을 따라가지 않았으니 여기서 끝났습니다.
phase-measures-proxy-tunnel = 프록시와 연결된 뒤 프록시가 CONNECT 요청에 답할 때까지의 시간입니다. 그사이 프록시가 서버에 연결해 터널을 엽니다.
