## 일어난 일: "일어난 일" 탭과 `--story`. 단계 종류마다 메시지 하나(`story-KIND`,
## src/learn/story.rs 참고). 이번 요청의 숫자를 그대로 씁니다.

tab-story = 일어난 일
story-intro = 이번 요청에서 일어난 일을 실제 숫자와 함께 차례대로 보여 줍니다.
story-empty = URL을 가져오면 일어난 일을 차례대로 보여 줍니다.
story-arriving = 아직 가져오는 중입니다. 지금까지 일어난 일:
story-underneath = 무슨 일이 있었나:
story-cli-title = { $url }에서 가져올 때 일어난 일:

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
story-interim = 서버가 먼저 중간 응답(1xx)을 보냈습니다: { $status }.{ $continue ->
        [yes] { " " }{ -request } { -body }을 계속 보내라는 뜻입니다.
       *[no] {""}
    } 진짜 { -response }은 그다음에 왔습니다.
story-answered = 서버의 답은 { $status }입니다. { -body }({ $typed ->
        [yes] { $type }
       *[no] Content-Type 없음
    }) { $bytes }바이트를 읽기 { $reads }번에 받았습니다. { $ending }.
story-end-none = 이 { -response }에는 { -body }이 없어야 합니다(HEAD 요청, 204, 304)
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
