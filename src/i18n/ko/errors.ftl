# 가져오기 오류: 일어난 일(error-*), 그 세부(url-*, request-*, tls-*, malformed-*, limit-*),
# 이렇게 해 보세요(hint-*, 오류마다 하나, $surface로 창(window)과 명령줄(cli)을 고름),
# 목록에 쓰는 짧은 이름(error-kind-*).

## 일어난 일
error-invalid_url = 주소가 올바르지 않습니다: { $problem }.
error-unsupported_scheme = 주소가 "{ $scheme }:" 스킴으로 시작하지만, http와 https만 지원합니다.
error-invalid_request = 요청을 보내지 않았습니다: { $problem }.
error-no_such_host = { $said ->
    [yes] 이름 조회(DNS)로 이름이 "{ $host }"인 컴퓨터를 찾지 못했습니다(운영 체제 원문: "{ $os_said }").
   *[no] 이름이 "{ $host }"인 컴퓨터를 찾지 못했습니다. 이름 조회(DNS)에 답은 왔지만 주소가 없습니다.
  }
error-connection_refused = { $address }에서 연결을 거부했습니다.
error-unreachable = { $address }에 닿을 수 없습니다: { $reason ->
    [host_unreachable] 그 컴퓨터로 가는 경로가 없습니다
    [network_unreachable] 그 네트워크로 가는 경로가 없습니다
    [network_down] 이 컴퓨터의 네트워크가 끊겨 있습니다
    [addr_not_available] 이 컴퓨터에 그곳으로 연결할 수 있는 주소가 없습니다
   *[other] 네트워크가 연결을 전달하지 못했습니다
  }(운영 체제 원문: "{ $os_said }").
error-timeout = { -timeout }: { $phase } 단계가 { $seconds }초 안에 끝나지 않았습니다.
error-tls = 보안 연결(TLS)에 실패했습니다: { $problem }.
error-connection_reset = { $phase } 단계에서 서버가 연결을 강제로 끊었습니다(RST).
error-closed_before_response = 서버가 응답을 보내지 않고 연결을 닫았습니다.
error-not_http = 서버가 HTTP로 답하지 않았습니다. 받은 내용: { $first_bytes }
error-malformed_response = 응답 형식이 잘못되었습니다: { $problem }.
error-limit_exceeded = 읽기를 멈췄습니다: { $problem }.
error-body_incomplete = { $framing ->
    [chunked] 본문이 완전하지 않습니다: 마지막 청크 전에 { $received }바이트를 받고 연결이 닫혔습니다.
   *[length] 본문이 완전하지 않습니다: 연결이 닫히기 전에 { $expected }바이트 중 { $received }바이트만 도착했습니다.
  }
error-decode = 본문이 { $encoding } 방식으로 압축되었다고 하지만 풀 수 없습니다: { $problem ->
    [ends_early] 압축된 데이터가 중간에 끊겼습니다
   *[corrupt] 압축된 데이터가 손상되었습니다(압축 해제기 원문: "{ $decoder_said }")
  }.
error-too_many_redirects = 리디렉션을 { $max }번 따라간 뒤 멈췄습니다.
error-cancelled = { $phase } 단계에서 취소했습니다.
error-output_failed = 응답을 내보내지 못했습니다: { $reason ->
    [broken_pipe] 출력을 받던 프로그램이 끝났습니다
    [storage_full] 디스크가 가득 찼습니다
    [permission_denied] 이 사용자는 그곳에 쓸 권한이 없습니다
   *[other] 운영 체제가 쓰기를 거부했습니다
  }(운영 체제 원문: "{ $os_said }").
error-io = { $phase } 단계에서 입출력 오류가 났습니다: { $problem }.

## 입출력 오류의 내용
io-no_address = 연결할 주소가 없었습니다
io-helper_stopped = 이름 조회나 연결을 맡은 보조 스레드가 답 없이 멈췄습니다
io-os = { $reason ->
    [permission_denied] 운영 체제가 허용하지 않았습니다
    [addr_in_use] 이 컴퓨터의 그 주소는 이미 사용 중입니다
    [addr_not_available] 이 컴퓨터에 그런 주소가 없습니다
    [out_of_memory] 이 컴퓨터의 메모리가 부족합니다
   *[other] 운영 체제가 오류를 알렸습니다
  }(운영 체제 원문: "{ $os_said }")

## 글자 이름(주소 속 제어 문자, 헤더 값에 쓸 수 없는 글자)
char-name = { $which ->
    [tab] 탭(TAB, \t, { $code })
    [lf] 줄 바꿈(LF, \n, { $code })
    [cr] 캐리지 리턴(CR, \r, { $code })
    [nul] 널 문자(NUL, \0, { $code })
    [del] 삭제 문자(DEL, { $code })
   *[other] { $code }
  }

## 목록에 쓰는 짧은 이름
error-kind-invalid_url = 잘못된 주소
error-kind-unsupported_scheme = 지원하지 않는 스킴
error-kind-invalid_request = 보내지 않은 요청
error-kind-no_such_host = 호스트 없음
error-kind-connection_refused = 연결 거부
error-kind-unreachable = 닿을 수 없음
error-kind-timeout = 시간 초과
error-kind-tls = TLS 실패
error-kind-connection_reset = 연결 강제 종료
error-kind-closed_before_response = 응답 없음
error-kind-not_http = HTTP 아님
error-kind-malformed_response = 잘못된 응답
error-kind-limit_exceeded = 한도 도달
error-kind-body_incomplete = 본문 일부만 받음
error-kind-decode = 압축 풀기 실패
error-kind-too_many_redirects = 리디렉션 너무 많음
error-kind-cancelled = 취소
error-kind-output_failed = 출력 실패
error-kind-io = 입출력 오류

## 주소
url-empty = 아무것도 입력하지 않았습니다
url-control_character = { $position }번째 글자가 제어 문자라서 주소에 사용할 수 없습니다: { $name }
url-unparsable = URL 파서가 읽을 수 없습니다(URL 파서 원문: "{ $parser_said }")
url-missing_host = 호스트 이름이 없습니다
url-bad_port = { $position }번째 글자부터 적힌 포트("{ $port }")는 1부터 65535 사이의 정수여야 합니다
url-bad_host_character = { $position }번째 글자("{ $character }")는 호스트 이름에 사용할 수 없습니다
url-bad_host_name = 입력한 이름("{ $host }")은 올바른 호스트 이름이 아닙니다. 점 사이의 각 부분은 글자나 숫자로 63자 이내여야 합니다
url-bad_ip_address = 입력한 값("{ $host }")은 IP 주소처럼 보이지만 올바른 IP 주소가 아닙니다. IPv6 주소는 http://[::1]:8080/처럼 대괄호로 감싸야 합니다

## 요청
request-bad_method = 메서드 "{ $method }"에 사용할 수 없는 글자가 있습니다. 영문자, 숫자, !#$%&'*+-.^_`|~ 로 된 한 단어여야 합니다
request-bad_header_name = 헤더 이름 "{ $name }"에 사용할 수 없는 글자가 있습니다. 영문자, 숫자, !#$%&'*+-.^_`|~ 로 된 한 단어여야 합니다(공백과 콜론 불가)
request-bad_header_value = 헤더 "{ $name }"의 값에 { $character } 문자가 있어 요청이 깨집니다
request-missing_colon = 헤더 "{ $line }"에는 "이름: 값"처럼 콜론이 있어야 합니다

## TLS
tls-verified = 확인됨
tls-unknown_issuer = wirepeek이 신뢰하는 목록에 없는 { -ca }이 발급한 인증서입니다(알 수 없는 발급자)
tls-expired = 인증서가 { $date }에 만료되었습니다
tls-not_yet_valid = 인증서는 { $date }부터 유효합니다
tls-name_mismatch = { $names ->
    [none] 이름 불일치: 접속한 이름은 { $expected }인데 인증서에 이름이 없습니다
   *[some] 이름 불일치: 접속한 이름은 { $expected }인데 인증서는 { $presented }용입니다
  }
tls-bad_certificate = 인증서를 받아들일 수 없습니다: { $fault ->
    [bad_encoding] 인증서 형식이 올바르지 않습니다
    [bad_signature] 인증서의 서명이 내용과 맞지 않습니다
    [unsupported_signature] 받아들이지 않는 알고리즘으로 서명된 인증서입니다
    [revoked] { -ca }이 이 인증서를 폐기했습니다
    [revocation_unknown] 인증서가 폐기되었는지 확인할 수 없습니다
    [not_for_servers] 웹사이트용 인증서가 아닙니다(확장 키 용도에 TLS 서버가 없습니다)
    [unhandled_critical_extension] 검사기가 이해하지 못하는 필수(critical) 확장이 인증서에 있습니다
   *[other] rustls가 인증서를 거부했습니다(rustls 원문: "{ $rustls_said }")
  }
tls-not_tls = 이 포트의 서버는 TLS를 사용하지 않습니다. 받은 내용: { $first_bytes }
tls-refused = { $alert ->
    [handshake_failure] 서버가 핸드셰이크를 거부했습니다(TLS 경고 { $alert }): 서버와 { -app }이 함께 쓸 수 있는 TLS 버전, 암호 스위트, 키 교환 방식을 찾지 못했습니다
    [protocol_version] 서버가 핸드셰이크를 거부했습니다(TLS 경고 { $alert }): { -app }이 제안한 TLS 버전(1.2, 1.3)을 서버가 지원하지 않습니다. 아주 오래된 서버일 수 있습니다
    [unrecognized_name] 서버가 핸드셰이크를 거부했습니다(TLS 경고 { $alert }): 보낸 이름(SNI)으로 된 사이트가 서버에 없습니다. 호스트 이름을 확인하세요
    [insufficient_security] 서버가 핸드셰이크를 거부했습니다(TLS 경고 { $alert }): 서버는 제안된 것보다 더 강한 암호 방식을 원합니다
    [internal_error] 서버가 핸드셰이크를 거부했습니다(TLS 경고 { $alert }): 요청이 아니라 서버 안에서 문제가 생겼습니다
    [access_denied] 서버가 핸드셰이크를 거부했습니다(TLS 경고 { $alert }): 서버가 이 컴퓨터의 접속을 허락하지 않습니다
    [certificate_required] 서버가 핸드셰이크를 거부했습니다(TLS 경고 { $alert }): 서버가 클라이언트 인증서를 요구하는데, { -app }은 클라이언트 인증서를 보내지 않습니다
    [no_application_protocol] 서버가 핸드셰이크를 거부했습니다(TLS 경고 { $alert }): { -app }이 요청하는 유일한 프로토콜인 HTTP/1.1을 서버가 제공하지 않습니다(ALPN)
   *[other] 서버가 TLS 경고({ $alert })를 보내며 핸드셰이크를 거부했습니다
  }
tls-bad_ca_file = 인증 기관(CA) 인증서 파일을 사용할 수 없습니다: { $problem ->
    [no_certificate] PEM 형식의 CERTIFICATE 블록이 하나도 없습니다
    [unfinished_block] PEM 블록에 끝 줄(-----END CERTIFICATE-----)이 없습니다
    [bad_block_start] PEM 블록의 시작 줄이 -----BEGIN CERTIFICATE----- 형식이 아닙니다
    [bad_base64] PEM 블록 안의 글이 올바른 base64가 아닙니다
    [bad_pem] PEM으로 읽을 수 없습니다(PEM 읽기 원문: "{ $reader_said }")
    [unusable] 파일의 { $number }번째 인증서는 { -ca } 인증서로 쓸 수 없습니다(rustls 원문: "{ $rustls_said }")
   *[cannot_read] "{ $path }" 파일을 읽을 수 없습니다: { $reason ->
        [not_found] 그런 파일이 없습니다
        [permission_denied] 이 사용자에게 읽을 권한이 없습니다
        [is_a_directory] 파일이 아니라 폴더입니다
       *[other] 운영 체제가 읽지 못했습니다
    }(운영 체제 원문: "{ $os_said }")
  }
tls-other = { $cause ->
    [closed_before_answer] 서버가 TLS 첫인사(ClientHello)에 답하지 않고 연결을 닫았습니다
    [closed_during_handshake] 서버가 핸드셰이크 도중에 연결을 닫았습니다
    [bad_server_name] TLS 서버 이름(SNI)으로 보낼 수 없는 이름입니다: "{ $name }"
    [bad_message] 서버가 TLS 규칙에 어긋나는 메시지를 보냈습니다(rustls 원문: "{ $rustls_said }")
    [incompatible] 서버와 { -app }이 함께 쓸 수 있는 TLS 버전, 암호 스위트, 키 교환 방식이 없습니다(rustls 원문: "{ $rustls_said }")
    [misbehaved] 서버가 핸드셰이크 중에 TLS 규칙을 어겼습니다(rustls 원문: "{ $rustls_said }")
   *[library] TLS 라이브러리(rustls)가 핸드셰이크를 멈췄습니다(rustls 원문: "{ $rustls_said }")
  }

## 응답이 규칙을 어긴 곳
malformed-closed_after_interim = 중간 응답(1xx) 뒤, 최종 응답 전에 연결이 닫혔습니다
malformed-closed_in_head = 응답 헤드를 받는 도중에 연결이 닫혔습니다({ $received }바이트 받음)
malformed-head_unfinished = 응답 헤드를 끝까지 읽을 수 없었습니다
malformed-bad_version = 상태 줄이 HTTP/x.y 형식의 버전(예: HTTP/1.0, HTTP/1.1)으로 시작하지 않습니다: "{ $line }"
malformed-bad_status_code = 상태 코드는 숫자 세 자리여야 합니다: "{ $line }"
malformed-status_below_100 = 상태 코드가 { $code }입니다. 올바른 코드는 100~599입니다
malformed-bad_head_line = 헤드의 { $number }번째 줄{ $fault ->
    [nul] 에 NUL 바이트가 있습니다
    [lone_cr] 에 줄 끝이 아닌 CR이 있습니다
    [no_colon] 이 "이름: 값" 형식의 헤더가 아닙니다
    [empty_name] 의 헤더 이름이 비어 있습니다
    [bad_name] 의 헤더 이름에 사용할 수 없는 글자가 있습니다
    [blank_first_header] 이 공백이나 탭으로 시작합니다(상태 줄 바로 뒤라서 앞 헤더를 이어 쓰는 줄일 수 없습니다)
    [control_in_reason] (상태 줄)의 상태 문구에 제어 문자가 있습니다
   *[control_in_value] 의 헤더 값에 제어 문자가 있습니다
  }: "{ $line }"
malformed-unparsable = 헤드가 올바른 HTTP가 아닙니다: { $fault ->
    [version] HTTP 버전이 잘못되었습니다
    [status] 상태 코드가 잘못되었습니다
    [header_name] 헤더 이름에 쓸 수 없는 바이트가 있습니다
    [header_value] 헤더 값에 쓸 수 없는 바이트가 있습니다
    [new_line] 줄 바꿈이 잘못되었습니다
    [token] 토큰이 와야 할 자리에 쓸 수 없는 글자가 있습니다
   *[too_many_headers] 읽을 수 있는 것보다 헤더 줄이 많습니다
  }
malformed-content_length_not_number = Content-Length 값("{ $value }")이 바이트 수가 아닙니다
malformed-content_length_too_large = Content-Length 값({ $value })이 너무 큽니다
malformed-content_length_conflict = Content-Length 값이 둘({ $first }, { $second })이라 본문이 어디서 끝나는지 알 수 없습니다
malformed-chunk_size_not_hex = 청크 크기 줄("{ $line }")이 16진수 크기로 시작하지 않습니다
malformed-chunk_size_too_large = 청크 크기 줄("{ $line }")의 크기가 너무 커서 셀 수 없습니다(16진수 16자리 초과)
malformed-chunk_size_trailing_text = 청크 크기 줄("{ $line }")의 크기 뒤에 확장이 아닌 글이 있습니다
malformed-chunk_too_long = { $chunk }번째 청크가 알린 크기보다 깁니다(다음 바이트: "{ $next }")

## 한도
limit-head_bytes = 응답 헤드가 { $max }보다 큽니다
limit-header_count = 응답 헤더 줄이 { $max }개보다 많습니다
limit-interim_responses = 서버가 중간 응답(1xx)을 { $max }개보다 많이 보냈습니다
limit-chunk_line = 청크 크기 줄이 { $max }보다 깁니다
limit-chunk_extensions = 청크 확장이 모두 합해 { $max }보다 큽니다
limit-trailer_bytes = 트레일러 필드가 { $max }보다 큽니다
limit-body_bytes = 본문이 { $max }보다 큽니다

## 이렇게 해 보세요
hint-invalid_url = 주소를 확인하세요. http://data.pr4e.org/romeo.txt 같은 모양이어야 합니다.
hint-unsupported_scheme = wirepeek은 HTTP만 다룹니다. 주소를 http:// 또는 https://로 시작하세요.
hint-invalid_request = 위에 적힌 헤더나 메서드를 고치세요. 아무것도 보내지 않았습니다.
hint-no_such_host = 호스트 이름의 철자와 이 컴퓨터의 인터넷 연결을 확인하세요.
hint-connection_refused = 그 포트에서 연결을 기다리는 프로그램이 없습니다. 포트 번호를 확인하거나 서버 프로그램을 실행하세요.
hint-unreachable = 네트워크 연결(와이파이, 케이블, VPN)과 주소를 확인하세요.
hint-timeout = { $surface ->
    [cli] 서버가 느리거나 바쁠 수 있습니다. 다시 해 보세요. --timeout 초로 가져오기 전체의 제한 시간을 정할 수 있고, 단계마다의 제한 시간은 창의 { -settings }에서 바꿀 수 있습니다.
   *[window] 서버가 느리거나 바쁠 수 있습니다. 다시 해 보거나, { -settings }에서 "{ $step ->
        [dns] { settings-dns }
        [connect] { settings-connect }
        [tls] { settings-tls }
        [idle] { settings-idle }
       *[head] { settings-head }
    }" 시간을 { $seconds }초보다 길게 하세요. "{ settings-total-name }"이 더 짧다면 그쪽을 늘리세요.
  }
hint-connection_reset = 서버가 연결을 끊었습니다. 다시 해 보고, 계속 그러면 서버가 이런 요청을 거부하는 것일 수 있습니다.
hint-closed_before_response = 서버가 답하지 않고 끊었습니다. 요청과 포트를 확인하세요.
hint-not_http = 이 포트에서는 다른 프로토콜의 서비스가 실행 중입니다. 주소의 포트 번호를 확인하세요.
hint-malformed_response = { $surface ->
    [cli] 서버가 HTTP 규칙을 지키지 않습니다. 도착한 바이트는 --dump로 볼 수 있습니다.
   *[window] 서버가 HTTP 규칙을 지키지 않습니다. 도착한 바이트는 모두 "{ -wire-tab }" 탭에 부분마다 이름을 붙여 나옵니다.
  }
hint-limit_exceeded = { $limit ->
    [body_bytes] { $surface ->
        [cli] 한도까지 도착한 내용은 남아 있습니다. 본문 한도는 명령줄에서 바꿀 수 없습니다. --dump는 크기와 상관없이 받은 그대로 내보냅니다.
       *[window] 한도까지 도착한 내용은 남아 있습니다. 더 받으려면 { -settings }의 "{ settings-max-body }" 값을 늘리세요(지금 { $max }).
      }
   *[other] 한도까지 도착한 내용은 남아 있습니다. 이 한도는 서버가 끝없이 보내는 것을 막기 위한 것이라 바꿀 수 없습니다.
  }
hint-body_incomplete = 연결이 일찍 끝났습니다. 다시 해 보세요. 도착한 내용은 남아 있습니다.
hint-decode = { $surface ->
    [cli] 압축된 본문이 손상되었습니다. --dump는 도착한 바이트를 그대로 내보냅니다.
   *[window] 압축된 본문이 손상되었습니다. 도착한 그대로의 바이트는 "{ -wire-tab }" 탭에 있습니다.
  }
hint-too_many_redirects = { $surface ->
    [cli] { -redirect }이 같은 주소를 맴돌고 있을 수 있습니다. --json에 모든 단계가 나옵니다.
   *[window] { -redirect }이 같은 주소를 맴돌고 있을 수 있습니다. 상태 아래의 { -redirect } 목록에 모든 단계가 나옵니다.
  }
hint-cancelled = 다시 하려면 가져오기를 누르세요.
hint-output_failed = 디스크에 남은 공간이 있는지, 출력을 받는 프로그램이 아직 실행 중인지 확인하세요.
hint-io = 다시 해 보고, 네트워크 연결을 확인하세요.
hint-tls-unknown_issuer = { $surface ->
    [cli] 학교나 회사 네트워크가 자체 { -ca }으로 보안 연결을 검사한다면 --system-roots를 붙여 이 컴퓨터의 신뢰 저장소도 믿게 하세요. 직접 만든 테스트 서버라면 --cacert 파일로 그 { -ca }을 추가하세요.
   *[window] 학교나 회사 네트워크가 자체 { -ca }으로 보안 연결을 검사한다면 { -settings }에서 "{ settings-system-roots }"를 켜세요. 직접 만든 테스트 서버라면 같은 곳의 "{ settings-ca-file }"에서 그 { -ca }의 인증서 파일을 고르세요.
  }
hint-tls-dates = 이 컴퓨터의 날짜와 시간을 확인하세요. 맞다면 사이트가 인증서를 갱신해야 합니다.
hint-tls-name_mismatch = 인증서에 적힌 이름 중 하나를 사용하거나 오타가 없는지 확인하세요.
hint-tls-not_tls = 이 포트는 암호화 없는 HTTP를 사용합니다. https:// 대신 http://로 해 보세요.
hint-tls-bad_ca_file = { $surface ->
    [cli] --cacert에 CERTIFICATE 블록이 들어 있는 PEM 파일을 지정하세요.
   *[window] { -settings }의 "{ settings-ca-file }"에 CERTIFICATE 블록이 들어 있는 PEM 파일을 고르거나, 그 칸을 비우세요.
  }
hint-tls-other = 보안 연결을 만들 수 없었습니다. 자세한 내용은 위에 있습니다.

## 파일을 읽을 수 없는 이유(운영 체제의 원래 문구는 영어뿐이라 자주 나오는 이유는 따로 옮김)
file-not-found = 그런 파일이 없습니다
file-no-permission = 이 사용자에게 읽을 권한이 없습니다
file-is-folder = 파일이 아니라 폴더입니다
file-other = 읽을 수 없습니다(운영 체제 원문: "{ $detail }")

## 프록시
error-bad_proxy = 프록시 설정("{ $text }")은 사용할 수 없습니다: { $reason ->
    [scheme] { -app }은 암호화 없는 HTTP로 연결하는 프록시(http://호스트:포트)만 사용합니다.
    [password] 사용자 이름이나 비밀번호가 들어 있습니다. { -app }은 프록시에 비밀번호를 보내지 않습니다.
   *[unreadable] 호스트:포트 형태의 주소가 아닙니다.
  }
error-proxy_refused = 프록시({ $proxy })가 연결을 거절했습니다(주소: { $address }).
error-proxy_authentication_required = 프록시({ $proxy })가 터널을 열기 전에 사용자 이름과 비밀번호를 요구했습니다(407 Proxy Authentication Required).
error-proxy_refused_tunnel = 프록시({ $proxy })가 서버로 가는 터널을 열어 주지 않았습니다. 프록시의 응답: { $code } { $reason }
error-proxy_closed_tunnel = 프록시({ $proxy })가 서버까지 이어 주지 않고 연결을 닫았습니다.
error-proxy_closed = 프록시({ $proxy })가 응답을 보내지 않고 연결을 닫았습니다. 서버의 답은 프록시를 거쳐 하나도 오지 않았습니다.
error-proxy_not_http = 프록시({ $proxy })가 HTTP로 답하지 않았습니다. 받은 내용: { $first_bytes }
error-kind-bad_proxy = 사용할 수 없는 프록시 설정
error-kind-proxy_refused = 프록시가 거절함
error-kind-proxy_authentication_required = 프록시 로그인 필요
error-kind-proxy_refused_tunnel = 터널 거절
error-kind-proxy_closed_tunnel = 터널 닫힘
error-kind-proxy_closed = 프록시가 연결 닫음
error-kind-proxy_not_http = 프록시가 HTTP 아님
hint-bad_proxy = { $surface ->
    [cli] 프록시를 --proxy http://호스트:포트로 지정하거나, 바로 연결하려면 --no-proxy를 사용하세요. HTTP_PROXY와 HTTPS_PROXY도 같은 형태로 적습니다.
   *[window] { -settings }의 "{ settings-proxy }"에 프록시를 http://호스트:포트 형태로 적거나 "{ settings-proxy-direct }"을 고르세요. HTTP_PROXY와 HTTPS_PROXY도 같은 형태로 적습니다.
  }
hint-proxy_refused = { $surface ->
    [cli] 프록시의 주소와 포트에서 연결을 기다리는 프로그램이 없습니다. --proxy(또는 HTTP_PROXY, HTTPS_PROXY)를 확인하거나 --no-proxy로 해 보세요.
   *[window] 프록시의 주소와 포트에서 연결을 기다리는 프로그램이 없습니다. { -settings }의 "{ settings-proxy }"를 확인하거나 "{ settings-proxy-direct }"을 골라 보세요.
  }
hint-proxy_authentication_required = 이 프록시는 로그인한 사용자만 통과시키는데, { -app }은 프록시에 로그인하지 않습니다. 네트워크 관리자에게 문의하거나 이 프록시가 없는 네트워크에서 해 보세요.
hint-proxy_refused_tunnel = { $surface ->
    [cli] 어느 서버와 포트로 보낼지는 프록시가 정합니다. 프록시의 응답은 --json의 "proxy"에 있습니다. 주소와 포트를 확인하거나 네트워크 관리자에게 문의하세요.
   *[window] 어느 서버와 포트로 보낼지는 프록시가 정합니다. 프록시의 응답은 "{ -wire-tab }" 탭의 맨 위에 있습니다. 주소와 포트를 확인하거나 네트워크 관리자에게 문의하세요.
  }
hint-proxy_closed_tunnel = 프록시나 그 뒤의 네트워크가 서버 연결을 포기했습니다. 서버의 주소와 포트를 확인하고 다시 해 보세요.
hint-proxy_closed = { $surface ->
    [cli] 프록시나 그 뒤의 네트워크가 서버에 닿지 못했거나 서버 연결을 포기했습니다. URL의 주소와 포트를 확인하고 다시 해 보거나 --no-proxy로 해 보세요.
   *[window] 프록시나 그 뒤의 네트워크가 서버에 닿지 못했거나 서버 연결을 포기했습니다. URL의 주소와 포트를 확인하고 다시 해 보거나 { -settings }에서 "{ settings-proxy-direct }"을 골라 보세요.
  }
hint-proxy_not_http = { $surface ->
    [cli] 프록시로 지정한 포트에서는 HTTP 프록시가 아닌 다른 프로토콜의 서비스가 실행 중입니다. --proxy(또는 HTTP_PROXY, HTTPS_PROXY)의 포트 번호를 확인하거나 --no-proxy로 해 보세요.
   *[window] 프록시로 지정한 포트에서는 HTTP 프록시가 아닌 다른 프로토콜의 서비스가 실행 중입니다. { -settings }의 "{ settings-proxy }"에서 포트 번호를 확인하거나 "{ settings-proxy-direct }"을 골라 보세요.
  }
