# wirepeek, 한국어. 형식: `키 = 글`; `{ $name }` 자리에 값이 들어갑니다; 들여 쓴 줄은 다음 줄로 이어집니다.
# 여기 있는 키는 다른 모든 언어 파일에도 있어야 합니다(테스트가 확인합니다).

## 창
tagline = HTTP 들여다보기: 모든 바이트, 헤더, 밀리초
language = 언어
welcome = 주소를 입력하고(예: http://data.pr4e.org/romeo.txt) Enter 또는 가져오기를 누르세요.
empty-hint = 여기에 응답이 나옵니다: 상태, 헤더, 본문을 나란히.
internal-error = wirepeek 안에서 문제가 생겼습니다: { $detail }

## 주소 표시줄
url-label = 주소
url-hint = http://example.com/
method-name = 메서드
version-name = HTTP 버전
method-tooltip = 요청 메서드: GET은 페이지를, HEAD는 헤더만 요청하고, POST는 데이터를 보냅니다.
version-tooltip = HTTP/1.0은 교과서의 요청이고, HTTP/1.1은 Host 기반 가상 호스팅 등을 더합니다.
fetch = 가져오기
cancel = 취소
fetch-tooltip = Enter로 가져오기, Esc로 취소, Ctrl+L로 주소 칸.
follow-redirects = 리디렉션 따라가기
progress-bytes = { $size } 받음 · { $rate }

## 상태 줄
status-no-response = 응답 없음
size-body = { $size }
size-wire = 전송 { $size }
size-decoded = 디코딩 후 { $size }
status-normalized = 실제로 보낸 URL: { $url }
status-redirects = 리디렉션 { $count }번 후
status-tls-tooltip = 암호 스위트: { $cipher }
  인증서: { $verification }

## 오류 상자
error-what-to-try = 해 볼 것:
partial-dns = DNS: { $addresses }
partial-connected = { $address }에 연결됨
partial-target = 대상 { $host } 포트 { $port }
partial-request = 보낸 요청: { $size }
partial-received = 받은 데이터: { $size }

## 헤더
headers-title = 헤더
headers-count = 받은 순서대로 { $count }개 · 행을 오른쪽 클릭하면 복사
headers-copy-all = 모두 복사
headers-copy-one = 이 헤더 복사
headers-name = 이름
headers-value = 값
headers-none = 응답 헤더가 도착하지 않았습니다.

## 본문
body-title = 본문
view-text = 텍스트
view-pretty = 정리
view-preview = 미리보기
view-hex = 16진수
find-button = 찾기
body-copy = 복사
body-copied = 본문을 클립보드에 복사했습니다.
body-save = 본문 저장…
body-empty = (본문 없음)
body-incomplete = 불완전
body-charset = { $charset } ({ $source })
body-lines = { $count }줄
framing-none = 본문 없음
framing-content-length = Content-Length
framing-chunked = 청크(chunked)
framing-until-close = 연결이 닫힐 때까지
charset-header = Content-Type에 선언됨
charset-bom = 바이트 순서 표시(BOM)로 판단
charset-meta = meta 태그에 선언됨
charset-detected = 바이트로 추측
charset-default = 선언 없음: 기본값
preview-none = 이 본문은 이미지가 아닙니다.
preview-alt = 이미지로 본 본문

## 찾기
find-label = 찾기
find-hint = 찾을 글
find-count = { $total }개 중 { $current }번째
find-searching = 찾는 중…
find-none = 찾지 못함
find-previous = 이전
find-next = 다음
find-close = 닫기

## 저장
save-title = 본문 저장…
save-path = 파일
save-size = 디코딩된 그대로 { $size }를 씁니다.
save-confirm = 저장
save-cancel = 취소
save-done = { $path }에 저장했습니다
save-failed = { $path }에 저장하지 못했습니다: { $detail }

## 아래 탭
tab-request = 보낸 요청
tab-response-head = 응답 헤드
tab-history = 기록
request-sent = 소켓에 쓴 그대로 { $size } (줄 끝은 \r\n으로 표시):
request-not-sent = { $size }를 준비했지만 보내기 전에 멈췄습니다. 보냈을 내용은 다음과 같습니다:
request-none = 아직 아무것도 보내지 않았습니다.
redirect-hop = { $number }. { $request }: { $status }
response-none = 아무것도 받지 못했습니다.
response-partial = 완전한 응답 헤드가 오지 않았습니다. 도착한 바이트는 다음과 같습니다:
history-help = 주소를 누르면 그 요청을 다시 불러옵니다.
history-clear = 기록 지우기
history-empty = 아직 가져온 것이 없습니다.
history-load = 이 요청을 주소 표시줄로 불러오기
## 가져오는 동안의 단계
phase-idle = 준비됨
phase-resolving = 호스트 이름 조회 중(DNS)…
phase-connecting = 연결 중…
phase-tls = TLS 핸드셰이크 중…
phase-sending = 요청 보내는 중…
phase-waiting = 응답 기다리는 중…
phase-downloading = 내려받는 중…
phase-decoding = 디코딩 중…
phase-done = 완료

## 오류 문장 안의 단계
doing-idle = 시작 전
doing-resolving = 호스트 이름 조회(DNS)
doing-connecting = 연결
doing-tls = TLS 핸드셰이크
doing-sending = 요청 전송
doing-waiting = 응답 헤드 대기
doing-downloading = 본문 읽기
doing-decoding = 본문 디코딩
doing-done = 마무리

## 엔진 오류
error-invalid_url = 주소가 올바르지 않습니다: { $problem }.
error-unsupported_scheme = 주소가 "{ $scheme }:"(으)로 시작하지만, http와 https만 지원합니다.
error-invalid_request = 요청을 보내지 않았습니다: { $problem }.
error-no_such_host = "{ $host }"(이)라는 컴퓨터를 찾지 못했습니다(DNS: { $detail }).
error-connection_refused = { $address }에서 연결을 거부했습니다.
error-unreachable = { $address }에 닿을 수 없습니다: { $detail }.
error-timeout = { $phase } 중에 { $seconds }초가 지나 포기했습니다.
error-tls = 보안(TLS) 연결에 실패했습니다: { $problem }.
error-connection_reset = { $phase } 중에 서버가 연결을 끊었습니다(reset).
error-closed_before_response = 서버가 응답을 보내지 않고 연결을 닫았습니다.
error-not_http = 서버가 HTTP로 답하지 않았습니다. 받은 내용: { $first_bytes }
error-malformed_response = 응답 형식이 잘못되었습니다: { $what }.
error-limit_exceeded = 읽기를 멈췄습니다: { $what }.
error-body_incomplete = 본문이 완전하지 않습니다: 연결이 닫히기 전에 { $expected }바이트 중 { $received }바이트만 도착했습니다.
error-body_incomplete_chunked = 본문이 완전하지 않습니다: 마지막 청크 전에 { $received }바이트를 받고 연결이 닫혔습니다.
error-decode = 본문이 { $encoding }(으)로 압축되었다고 하지만 풀 수 없습니다: { $detail }.
error-too_many_redirects = 리디렉션을 { $max }번 따라간 뒤 멈췄습니다.
error-cancelled = { $phase } 중에 취소했습니다.
error-output_failed = 응답을 내보내지 못했습니다: { $detail }.
error-io = { $phase } 중에 입출력 오류가 났습니다: { $detail }.

url-empty = 아무것도 입력하지 않았습니다
url-control_character = { $position }번째 글자가 제어 문자({ $name })라서 주소에 쓸 수 없습니다
url-unparsable = { $detail }
url-missing_host = 호스트 이름이 없습니다

request-bad_method = 메서드 "{ $method }"은(는) 영문자, 숫자, !#$%&'*+-.^_`|~ 로 된 한 단어여야 합니다
request-bad_header_name = 헤더 이름 "{ $name }"은(는) 영문자, 숫자, !#$%&'*+-.^_`|~ 로 된 한 단어여야 합니다(공백과 콜론 불가)
request-bad_header_value = 헤더 "{ $name }"의 값에 { $character }이(가) 있어 요청이 깨집니다
request-missing_colon = 헤더 "{ $line }"에는 "이름: 값"처럼 콜론이 있어야 합니다

tls-unknown_issuer = 이 컴퓨터가 신뢰하지 않는 기관이 발급한 인증서입니다(알 수 없는 발급자)
tls-expired = 인증서가 { $date }에 만료되었습니다
tls-not_yet_valid = 인증서는 { $date }부터 유효합니다
tls-name_mismatch = 이름 불일치: { $expected }을(를) 기대했지만 인증서는 { $presented }용입니다
tls-name_mismatch_no_names = 이름 불일치: { $expected }을(를) 기대했지만 인증서에 이름이 없습니다
tls-bad_certificate = 인증서를 받아들일 수 없습니다: { $detail }
tls-not_tls = 이 포트의 서버는 TLS를 쓰지 않습니다. 받은 내용: { $first_bytes }
tls-refused = 서버가 핸드셰이크를 거부했습니다: { $detail }
tls-bad_ca_file = CA 인증서 파일을 쓸 수 없습니다: { $detail }
tls-other = { $detail }

limit-head_bytes = 응답 헤드가 { $max }바이트보다 큽니다
limit-header_count = 응답 헤더 줄이 { $max }개보다 많습니다
limit-interim_responses = 서버가 중간(1xx) 응답을 { $max }개보다 많이 보냈습니다
limit-chunk_line = 청크 크기 줄이 { $max }바이트보다 깁니다
limit-chunk_extensions = 청크 확장이 모두 합해 { $max }바이트보다 큽니다
limit-trailer_bytes = 트레일러 필드가 { $max }바이트보다 큽니다
limit-body_bytes = 본문이 { $max }바이트보다 큽니다

## 해 볼 것
hint-invalid_url = 주소를 확인하세요. http://example.com/page 처럼 생겨야 합니다.
hint-unsupported_scheme = wirepeek는 HTTP만 씁니다. 주소를 http:// 또는 https://로 시작하세요.
hint-invalid_request = 위에 적힌 헤더나 메서드를 고치세요. 아무것도 보내지 않았습니다.
hint-no_such_host = 호스트 이름의 철자와 이 컴퓨터의 인터넷 연결을 확인하세요.
hint-connection_refused = 그 포트에서 듣고 있는 프로그램이 없습니다. 포트 번호를 확인하거나 서버를 켜세요.
hint-unreachable = 네트워크 연결(와이파이, 케이블, VPN)과 주소를 확인하세요.
hint-timeout = 서버가 느리거나 바쁠 수 있습니다. 다시 해 보세요.
hint-connection_reset = 서버가 연결을 끊었습니다. 다시 해 보고, 계속 그러면 서버가 이런 요청을 거부하는 것일 수 있습니다.
hint-closed_before_response = 서버가 답하지 않고 끊었습니다. 요청과 포트를 확인하세요.
hint-not_http = 이 포트에서는 다른 프로토콜이 돌고 있습니다. 주소의 포트 번호를 확인하세요.
hint-malformed_response = 서버가 HTTP 규칙을 지키지 않습니다. 도착한 내용은 아래에 있습니다.
hint-limit_exceeded = 한도까지 도착한 내용은 아래에 남아 있습니다.
hint-body_incomplete = 연결이 일찍 끝났습니다. 다시 해 보세요. 도착한 내용은 아래에 있습니다.
hint-decode = 압축된 본문이 손상되었습니다. 원래 바이트는 와이어 탭에 있습니다.
hint-too_many_redirects = 리디렉션이 빙빙 돌고 있을 수 있습니다.
hint-cancelled = 다시 하려면 가져오기를 누르세요.
hint-output_failed = 디스크에 빈 자리가 있는지, 출력을 받는 프로그램이 아직 돌고 있는지 확인하세요.
hint-io = 다시 해 보고, 네트워크 연결을 확인하세요.
hint-tls-unknown_issuer = 직접 만든 테스트 서버라면 --cacert로 인증 기관을 추가하세요.
hint-tls-dates = 이 컴퓨터의 날짜와 시간을 확인하세요. 맞다면 사이트가 인증서를 갱신해야 합니다.
hint-tls-name_mismatch = 인증서에 적힌 이름 중 하나를 쓰거나 오타가 없는지 확인하세요.
hint-tls-not_tls = 이 포트는 평문 HTTP를 씁니다. https:// 대신 http://로 해 보세요.
hint-tls-bad_ca_file = CERTIFICATE 블록이 들어 있는 PEM 파일을 주세요.
hint-tls-other = 보안 연결을 만들 수 없었습니다. 자세한 내용은 위에 있습니다.

## Settings
tab-settings = 설정
settings-intro = 모든 가져오기에 적용되고 기억됩니다. 한도에 닿으면 가져오기를 멈추고 받은 것은 남겨 둡니다.
settings-seconds = { " " }초
settings-dns = 호스트 찾기(DNS)
settings-connect = 연결, 주소마다
settings-tls = TLS 핸드셰이크
settings-head = 응답 헤드 기다리기
settings-idle = 본문 읽기 사이의 침묵
settings-total = 가져오기 전체(0: 제한 없음)
settings-max-body = 메모리에 두는 본문
settings-max-redirects = 따라갈 리디렉션 최대 수
settings-ca-file = 추가 인증 기관(PEM 파일)
settings-ca-hint = 예: 직접 만든 테스트 서버의 CA
settings-ca-read = 인증서 { $count }개를 읽음
settings-ca-error = 읽을 수 없음: { $detail }
settings-reset = 기본값으로

## Notes from the engine
engine-note = 참고: { $note }
engine-notes-more = … 참고 { $count }개 더 있음(`wirepeek --json`에 모두 나옵니다).

## Notes from the engine, one per kind (see wire::Warning)
note-scheme_added = 스킴을 입력하지 않아서 http://를 붙였습니다.
note-userinfo_not_sent = URL에 있는 사용자 이름과 비밀번호는 보내지 않았습니다(wirepeek는 스스로 보내지 않습니다).
note-bare_lf_head = 응답 헤드의 어떤 줄은 CR LF가 아니라 LF만으로 끝납니다.
note-unknown_minor_version = 서버가 존재하지 않는 HTTP/1.{ $minor }로 답해서 HTTP/1.1로 읽었습니다.
note-status_out_of_range = 상태 코드 { $code }는 HTTP가 정한 100-599 범위 밖입니다.
note-folded_header = 헤더 "{ $name }"가 여러 줄로 접혀 있어서(옛 형식) 줄을 공백 하나로 이었습니다.
note-length_and_transfer_encoding = 응답에 Transfer-Encoding과 Content-Length가 모두 있습니다. Transfer-Encoding을 따르고 Content-Length는 무시합니다.
note-transfer_encoding_not_chunked = Transfer-Encoding "{ $codings }"가 chunked로 끝나지 않아서 본문은 연결이 닫힐 때까지입니다.
note-repeated_content_length = Content-Length가 같은 값으로 { $count }번 왔습니다. 한 번만 씁니다.
note-bare_lf_chunk = 청크가 CR LF가 아니라 LF만으로 끝납니다.
note-many_chunks = 청크가 { $listed }개보다 많아서 앞부분만 목록에 있습니다. 본문에는 모두 들어 있습니다.
note-trailer_without_colon = 콜론이 없는 트레일러 줄은 무시했습니다: "{ $line }".
note-tls_closed_without_notify = TLS 연결이 close_notify 없이 닫혔습니다. 본문은 닫힌 곳에서 끝나므로 잘렸을 수 있습니다.
note-raw_deflate = deflate 본문에 zlib 헤더가 없습니다(raw deflate). 그래도 풀었습니다.
note-unknown_content_coding = 콘텐츠 코딩 "{ $coding }"은 지원하지 않아서 본문을 받은 그대로 보여 줍니다.
note-extra_bytes = 본문이 끝난 뒤에 { $count }바이트가 더 와서 쓰지 않았습니다.
note-reads_merged = 읽기가 { $listed }번보다 많아서 그 뒤의 읽기는 목록의 마지막 항목에 합쳤습니다.
note-closed_while_sending = 요청을 다 보내기 전에 서버가 연결을 닫았습니다. 그래도 서버의 답은 읽었습니다.
note-redirected_from = { $url }에서 { $code } { $reason }(으)로 여기로 리디렉션되었습니다.
note-https_to_http = 이 리디렉션은 https에서 일반 http로 갑니다. 이후 내용은 암호화되지 않습니다.
note-credentials_dropped = 리디렉션이 다른 서버(호스트, 포트 또는 스킴)로 가서 Authorization과 Cookie 헤더를 뺐습니다.
