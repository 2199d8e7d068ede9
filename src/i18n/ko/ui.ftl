## 창
tagline = HTTP 들여다보기: 모든 바이트, 헤더, 밀리초
language = 언어
welcome = 주소를 입력하고(예: http://data.pr4e.org/romeo.txt) Enter 또는 가져오기를 누르세요.
empty-hint = 여기에 응답이 나옵니다: 상태, 헤더, 본문을 나란히 보여 줍니다.
internal-error = wirepeek 안에서 문제가 생겼습니다: { $detail }

## 주소 표시줄
url-label = 주소
url-hint = http://data.pr4e.org/romeo.txt
method-name = 메서드
version-name = HTTP 버전
method-tooltip = 요청 메서드: GET은 페이지를, HEAD는 헤더만 요청하고, POST는 데이터를 보냅니다.
version-tooltip = HTTP/1.0은 교과서 예제 요청이고, HTTP/1.1은 Host 헤더로 한 서버가 여러 사이트를 맡는 가상 호스팅 등을 더합니다.
fetch = 가져오기
cancel = 취소
fetch-tooltip = Enter: 가져오기 · Esc: 취소 · Ctrl+L: 주소 선택 · F1: 단축키 목록
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
error-what-to-try = 이렇게 해 보세요:
partial-dns = DNS: { $addresses }
partial-connected = { $address }에 연결됨
partial-target = 대상: { $host }, 포트 { $port }
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
headers-row = { -header } { $number }, { $name }: { $value }

## 본문
body-title = 본문
view-text = 텍스트
view-pretty = 보기 좋게
view-preview = 미리보기
view-hex = 16진수
find-button = 찾기
body-copy = 복사
body-copied = 본문을 클립보드에 복사했습니다.
body-save = 본문 저장…
body-empty = (본문 없음)
body-incomplete = 일부만 받음
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
charset-chosen = 직접 고름
preview-none = 이 본문은 이미지가 아닙니다.
preview-alt = 이미지로 본 본문
preview-failed = 이 이미지는 그릴 수 없습니다. 데이터가 깨졌거나, wirepeek이 풀 수 있는 크기보다 크다고 적혀 있습니다. 16진수 보기에서 바이트를 볼 수 있습니다.

## 찾기
find-label = 찾기
find-hint = 찾을 글
find-count = { $total }개 중 { $current }번째
find-searching = 찾는 중…
find-none = 찾지 못함
find-previous = 이전
find-next = 다음
find-nothing-to-move-to = 찾은 것이 없어서 옮겨 갈 곳이 없습니다.
find-close = 닫기

## 저장
save-title = 본문 저장…
save-path = 파일
save-size = 디코딩된 그대로 { $size }를 저장합니다.
save-confirm = 저장
save-cancel = 취소
save-done = { $path }에 저장했습니다
save-failed = { $path }에 저장하지 못했습니다: { $detail }

## 아래 탭
tab-history = 기록
request-not-sent = { $size }를 준비했지만 보내기 전에 멈췄습니다. 보냈을 내용은 다음과 같습니다:
request-none = 아직 아무것도 보내지 않았습니다.
redirect-hop = { $number }. { $request }: { $status }
response-none = 아무것도 받지 못했습니다.
response-partial = 완전한 응답 헤드가 오지 않았습니다. 도착한 바이트는 다음과 같습니다:
history-help = 주소를 누르면 그 요청을 다시 불러옵니다.
history-clear = 기록 지우기
history-empty = 아직 가져온 것이 없습니다.
history-clear-nothing = 아직 지울 기록이 없습니다.
history-load = 이 요청을 주소 표시줄로 불러오기

## 가져오기의 단계: 값은 진행 표시, `.doing`은 문장 안에서 쓰는 말
phase-idle = 준비됨
    .doing = 시작
phase-resolving = 호스트 이름 조회 중(DNS)…
    .doing = DNS 조회
phase-connecting = 연결 중…
    .doing = TCP 연결
phase-tls = TLS 핸드셰이크 중…
    .doing = TLS 핸드셰이크
phase-sending = 요청 보내는 중…
    .doing = 요청 전송
phase-waiting = 응답 기다리는 중…
    .doing = 응답 헤드 대기
phase-downloading = 내려받는 중…
    .doing = 본문 수신
phase-decoding = 디코딩 중…
    .doing = 본문 디코딩
phase-done = 완료
    .doing = 마무리

## Settings
tab-settings = 설정
settings-intro = 모든 요청에 적용되고 저장됩니다. 한도에 닿으면 가져오기를 멈추고 받은 것은 남겨 둡니다.
settings-seconds = 초
settings-dns = DNS 조회
settings-connect = TCP 연결(IP 주소 하나당)
settings-tls = TLS 핸드셰이크
settings-head = 응답 헤드 대기
settings-idle = 본문 수신 중 무응답
settings-total = 전체 시간(0: 제한 없음)
settings-max-body = 메모리에 두는 본문
settings-max-redirects = 리디렉션 최대 횟수
settings-ca-file = 추가 인증 기관(PEM 파일)
settings-ca-hint = 예: 직접 만든 테스트 서버의 CA
settings-ca-read = 인증서 { $count }개를 읽음
settings-ca-error = 읽을 수 없음: { $detail }
settings-reset = 기본값으로 되돌리기

## Notes from the engine
engine-note = 참고: { $note }
engine-notes-more = … 참고 { $count }개 더 있음(`wirepeek --json`에 모두 나옵니다).

## 가져오는 동안: 지금 실제로 도착한 것만, 이전 결과는 보이지 않게
live-no-head = { -request }을 보내는 중입니다. { -response }이 도착하는 즉시 여기에 나타납니다.
live-no-body-yet = { -response-head }는 도착했고, { -body }은 아직 오지 않았습니다.
live-body-text = 지금까지 받은 { -body } { $size }. 읽을 때마다 받은 그대로 보여 줍니다. { $chunked ->
    [yes] 아직 { -chunk } 크기 줄이 섞여 있습니다. 다 받으면 그 줄을 빼고 다시 디코딩해서 보여 줍니다.
   *[no] 다 받으면 전체를 다시 디코딩해서 보여 줍니다.
  }
live-body-compressed = 지금까지 받은 { -body } { $size }, { $coding } 방식으로 압축되어 있습니다. 다 받으면 압축을 풉니다.
live-body-binary = 지금까지 받은 { -body } { $size }. 텍스트가 아니라서 다 받은 뒤에 보여 줍니다.
live-body-capped = 받는 동안에는 처음 { $shown }만 보여 줍니다. 다 받으면 전부 보여 줍니다.
request-writing = 소켓에 쓰는 중인 { $size }:
response-arriving = { -response-head }가 도착하는 중입니다. 지금까지 온 바이트는 다음과 같습니다:
response-waiting = { -response }을 기다리는 중입니다. 아직 아무것도 오지 않았습니다.
response-heads = 받은 순서대로 모든 헤드: { $statuses }
headers-interim = 중간 { -response } { $status } ({ -header } { $count }개)
url-empty-nudge = 먼저 주소를 입력하세요. 예: http://data.pr4e.org/romeo.txt
url-no-scheme = 이 주소에는 스킴이 없습니다. 모든 URL은 서버와 어떻게 통신할지 알려 주는 http:// 나 https:// 로 시작합니다. 아직 아무것도 보내지 않았습니다.
url-no-scheme-fix = { $url } 가져오기

## 주고받은 바이트 탭: 소켓을 오간 모든 바이트, 부분마다 이름을 붙여
tab-wire = { -wire-tab }
wire-hex = 16진수로 보기
wire-hex-asking = 줄을 찾는 문제에 답하는 동안에는 꺼 둡니다. 글자로 보면서 찾아보세요.
wire-summary-request = { -request } { $size }
wire-summary-response = { -response } { $size }
wire-summary-decoded = 전송된 { -body } { $wire }가 { $decoded }가 되었습니다({ $coding })
wire-chunk-size-means = 16진수 { $hex }: 이어서 데이터 { $size }바이트가 옵니다
wire-part-request-line = 요청 줄
wire-part-request-header = { -request } { -header }
wire-part-head-end = 빈 줄: 헤드의 끝
wire-part-request-body = { -request } { -body }
wire-part-empty-line-before-head = 상태 줄 앞의 빈 줄
wire-part-interim-status-line = 상태 줄(중간 { -response })
wire-part-status-line = 상태 줄
wire-part-header = { -header } 줄
wire-part-chunk-size = { -chunk } 크기
wire-part-chunk-data = { -chunk } 데이터
wire-part-chunk-end = { -chunk }의 끝
wire-part-last-chunk = 마지막 { -chunk }(크기 0)
wire-part-trailer = 트레일러
wire-part-body = { -body }
wire-part-extra-bytes = { -body } 뒤에 온 바이트
wire-part-unreadable = { -response } 헤드로 읽지 못한 바이트(위의 오류 참고)

## 타임라인 탭: 단계마다 걸린 시간, 그리고 모든 읽기
tab-timeline = 타임라인
timeline-dns = DNS 조회
timeline-connect = TCP 연결
timeline-tls = TLS 핸드셰이크
timeline-sending = { -request } 쓰기
timeline-waiting = 첫 바이트 기다리기
timeline-receiving = { -response } 받기
timeline-skipped-ip_address = 필요 없음: 호스트가 IP 주소라서 조회할 이름이 없습니다
timeline-skipped-plain_http = 필요 없음: http://는 암호화 없는 HTTP라서 TLS가 없습니다
timeline-not-reached = 하지 않음: 이 단계 전에 가져오기가 멈췄습니다
timeline-reads = 읽기 { $count }번
timeline-reads-help = 한 줄이 소켓에서 바이트를 돌려준 read() 한 번입니다. 교과서의 recv 반복문이 한 바퀴 도는 것과 같습니다. 언제 돌아왔는지, 몇 바이트를 가져왔는지, 지금까지 모두 몇 바이트인지 보여 줍니다.
timeline-reads-merged = 처음 { $listed }번의 읽기만 하나씩 보여 주고, 그 뒤의 읽기는 합쳤습니다(기록에서 빠진 바이트는 없습니다).
timeline-read-total = 합계 { $size } B
timeline-plot-x = 가져오기를 시작한 뒤 지난 밀리초
timeline-plot-y = 받은 바이트

## 연결 탭: 요청이 어디로, 어떻게 갔는지
tab-connection = 연결
conn-address = 주소
conn-no-target = 주소를 이해할 수 없어서 조회도 연결도 하지 않았습니다.
conn-scheme = 스킴
conn-host = 호스트
conn-host-sent = 보낸 호스트 이름
conn-host-punycode = { $host } (퓨니코드: 영문이 아닌 이름이 DNS와 Host 헤더에 실릴 때의 모양)
conn-port = 포트
conn-port-default = { $scheme }의 기본 포트
conn-port-chosen = 주소에 직접 적은 포트
conn-service = 이 포트를 주로 사용하는 서비스
conn-service-unknown = 잘 알려진 포트가 아닙니다
conn-path = 경로와 쿼리
conn-host-header = Host 헤더
conn-network = 조회와 연결
conn-attempt = 연결 시도 { $number }
conn-connected = 연결됨
conn-local = 이 컴퓨터 쪽 주소
conn-tls = TLS
conn-tls-name = 확인한 이름(SNI)
conn-tls-version = 버전
conn-tls-cipher = 암호 스위트
conn-tls-group = 키 교환
conn-tls-alpn = ALPN
conn-tls-no-alpn = 서버가 ALPN에 답하지 않았습니다
conn-tls-check = 인증서 확인
conn-cert-server = 서버의 인증서
conn-cert-chain = 인증서 체인의 { $number }번째
conn-cert-unreadable = 이 인증서는 읽을 수 없었습니다.
conn-cert-subject = 대상(subject)
conn-cert-issuer = 서명한 곳(issuer)
conn-cert-names = 유효한 이름
conn-cert-from = 유효 기간 시작
conn-cert-until = 유효 기간 끝
conn-cert-days-left = { $count }일 남음
conn-cert-expired-days = { $count }일 전에 만료됨
## Saved history and settings
state-set-aside-broken = 저장된 기록과 설정을 읽을 수 없어 처음 상태로 시작했습니다. 이전 파일은 { $file }에 그대로 남겨 두었습니다.
state-set-aside-newer = 저장된 기록과 설정은 더 새로운 wirepeek이 만든 형식(버전 { $version })이라 처음 상태로 시작했습니다. 이전 파일은 { $file }에 그대로 남겨 두었습니다.
state-unreadable = 저장된 기록과 설정을 읽을 수 없어 처음 상태로 시작했습니다. 이번 실행에서는 그 파일 위에 저장하지 않습니다.
state-save-failed = 기록과 설정을 저장하지 못했습니다. 창을 닫기 전까지는 이 창에 그대로 남아 있습니다.
state-notice-hide = 확인

## History, reopened
history-reopen-help = 주소를 누르면 다시 보여 줍니다. 최근 것은 모두 합쳐 { $budget }까지 통째로 남기고, 오래된 것은 요청만 남깁니다.
history-reopen = 이 요청과 응답을 다시 보여 주고 요청을 주소 칸에 불러오기
history-request-only = 요청만 남아 있음
history-fetch-again = 다시 가져오기

## A body view that failed
body-view-failed = "{ $view }" 보기로 이 본문을 그리지 못해(wirepeek의 버그) 16진수로 보여 줍니다.
body-view-failed-hex = "{ $view }" 보기로 이 본문을 그리지 못했습니다(wirepeek의 버그).

## 단축키(F1)
shortcuts-title = 단축키
shortcuts-close = 닫기
shortcut-address = 주소 전체 선택(입력하면 새 주소로 바뀜)
shortcut-fetch = 주소 칸에서: 가져오기
shortcut-escape = 가져오기 취소, 찾기나 이 목록 닫기
shortcut-find = 본문에서 찾기
shortcut-find-next = 찾기 칸에서: 다음 결과로 이동
shortcut-tab = 다음 또는 이전 컨트롤로 이동
shortcut-press = 포커스가 있는 버튼 누르기
shortcut-page = 본문을 한 화면씩 위아래로 스크롤(본문에 포커스가 있거나 마우스 포인터가 본문 위에 있을 때)
shortcut-ends = 본문의 첫 줄 또는 마지막 줄로 이동
shortcut-lines = 본문을 한 줄씩 스크롤
shortcut-copy = 선택한 텍스트 복사
shortcut-help = 이 목록 보기
body-rows = 본문(PageUp, PageDown, Home, End로 스크롤)
settings-total-name = 전체 시간
settings-ca-none = 이 파일에는 인증서가 없습니다("BEGIN CERTIFICATE" 블록 없음). 신뢰할 인증 기관이 추가되지 않습니다
save-choosing = 시스템 대화 상자에서 저장할 곳을 고르세요…
save-type-instead = 경로 직접 입력
save-exists = "{ $path }" 파일이 이미 있습니다. 본문으로 덮어쓸까요?
save-replace = 덮어쓰기
settings-ca-choose = 고르기…
settings-ca-choosing = 시스템 대화 상자에서 고르는 중…
settings-ca-dialog = 인증 기관 파일(PEM) 고르기
wire-rows = 주고받은 바이트. PageUp, PageDown, Home, End로 움직입니다
timeline-read-log-rows = 읽기 기록. PageUp, PageDown, Home, End로 움직입니다
view-not-offered = 이 보기로는 이 본문을 보여 줄 수 없습니다(예: "보기 좋게"는 JSON, HTML, XML일 때, 미리보기는 이미지일 때만 사용할 수 있습니다).
find-not-here = 찾기는 텍스트와 바이트에서 찾습니다. 텍스트, 보기 좋게, 16진수 보기로 바꾸세요.
body-nothing-tooltip = 다룰 본문이 없습니다. 응답에 본문이 없었거나 도착하지 않았습니다.
body-charset-read-as = { $label } 인코딩은 그 글자를 모두 담은 { $charset } 인코딩으로 읽습니다. 브라우저도 이렇게 합니다.
body-charset-pick = 다른 문자 인코딩으로 본문을 다시 읽습니다(글자가 깨진 페이지가 바로잡히는 경우가 많습니다). 다시 가져오지는 않습니다.
body-rereading = 본문을 { $charset } 인코딩으로 다시 읽는 중…
body-charset-name = 문자 인코딩
redirect-steps = 따라간 { -redirect }:
redirect-step-open = 이 단계를 모든 보기에서 보여 줍니다

## 기록에서 고른 두 가져오기 결과 비교
compare-title = 두 가져오기 결과를 나란히 보기
compare-left = 처음 고른 것
compare-right = 두 번째로 고른 것
compare-request = { -request }
compare-status = 상태
compare-received = 받은 전체 크기
compare-body = { -body }(디코딩 후)
compare-time = 걸린 시간
compare-reads = 읽기 횟수
compare-same = 양쪽이 같습니다
compare-added = 두 번째에만 있습니다
compare-removed = 첫 번째에만 있습니다
compare-changed = 양쪽에 있지만 값이 다릅니다
compare-not-sent = (보내지 않음)
compare-header-counts = { -header }: 두 번째에만 { $added }개, 첫 번째에만 { $removed }개, 값이 다른 것 { $changed }개.
history-compare = 비교
history-compare-hint = 비교할 것을 하나 더 고르세요.
history-compare-kept-only = 통째로 남아 있는 가져오기 결과만 비교할 수 있습니다.
history-compare-not-kept = 이 가져오기는 요청과 요약만 남아 있어서 비교할 내용이 없습니다. 비교하려면 다시 가져오세요.
body-wrap = 긴 줄 접기
body-wrap-tooltip = 보기보다 긴 줄을 오른쪽으로 넘기지 않고 다음 행에 이어서 보여 줍니다.
body-wrap-too-big = { $size }까지의 텍스트만 접습니다. 더 큰 텍스트에서는 2,000바이트가 넘는 줄만 다음 행에 이어집니다(… 표시).
# 주소 칸 아래의 요청 편집기
editor-title = 보낼 요청
editor-summary-headers = 헤더 { $count }개
editor-summary-body = 본문 { $size }
editor-summary-raw = 직접 쓴 요청, { $size }
editor-mode-fields = 헤더와 본문
editor-mode-fields-tooltip = 이 줄들로 wirepeek이 요청을 만듭니다. 기본 헤더를 고치거나 끄거나 옮기고, 헤더를 직접 추가할 수 있습니다.
editor-mode-raw = 원본 직접 쓰기
editor-mode-raw-tooltip = 요청 전체를 직접 쓰세요. wirepeek은 URL의 호스트와 포트로 이 바이트를 그대로 보냅니다.
editor-col-send = 보내기
editor-col-name = 이름
editor-col-value = 값
editor-name-hint = Header-Name
editor-value-hint = 값
editor-row-send = { $number }번 헤더 보내기
editor-row-send-tooltip = 끈 줄은 여기에 남지만 보내지 않습니다.
editor-row-name = { $number }번 헤더의 이름
editor-row-value = { $number }번 헤더의 값
editor-row-up = { $number }번 헤더를 위로 옮기기
editor-row-down = { $number }번 헤더를 아래로 옮기기
editor-row-remove = { $number }번 헤더 지우기
editor-row-at-end = 이 헤더는 이미 그쪽 끝에 있습니다.
editor-row-problem = { $number }번 헤더: { $problem }
editor-automatic = 자동: { $value }
editor-automatic-host = 자동: URL의 호스트와 포트
editor-automatic-none = 값을 쓰지 않으면 { $version }에서는 보내지 않음
editor-automatic-tooltip = 비워 두면 wirepeek이 URL과 HTTP 버전에 맞는 값을 넣습니다. 직접 쓰면 그 값을 보냅니다.
editor-add = 헤더 추가
editor-reset = 기본 헤더로 되돌리기
editor-reset-nothing = 헤더 줄이 이미 기본값입니다.
editor-fix-first = 표시된 헤더 줄이 있는 동안에는 아무것도 보내지 않습니다.
editor-body = 본문
editor-body-hint = name=value&other=2
editor-content-type-none = (Content-Type 없음)
editor-content-type-help = 본문에는 Content-Length가 저절로 붙습니다.
editor-raw-where = wirepeek은 { $host }의 { $port }번 포트에 연결해서(위의 URL에 적힌 대로) 이 원본을 그대로 보냅니다.
editor-raw-where-unknown = 위에 URL을 입력하세요. 어느 호스트와 포트에 연결할지 URL이 정합니다.
editor-raw-start = 위의 요청에서 시작하기
editor-raw-start-tooltip = URL과 헤더 줄로 wirepeek이 만들 요청을 채워 넣습니다. 그다음 직접 고치면 됩니다.
editor-raw-enter = Enter를 누르면 줄이 CR LF(\r\n)로 끝납니다. 빈 줄이 헤드의 끝입니다.
editor-raw-label = 요청 원본
editor-raw-hint = GET http://data.pr4e.org/romeo.txt HTTP/1.0
history-edit = 고쳐서 보내기
history-edit-tooltip = 이 요청을 요청 편집기에 불러옵니다. 고치거나 그대로 다시 보낼 수 있습니다
pickers-raw-tooltip = 원본 직접 쓰기에서는 직접 쓴 요청 줄이 메서드와 HTTP 버전을 정합니다.
engine-note-show-bytes = 이 바이트 보기
lessons-button = 수업
lessons-button-tooltip = 이 컴퓨터에서 연습 서버를 실행하고 수업 목록을 보여 줍니다. 수업마다 한 가지 내용을 가져와서 살펴볼 수 있습니다.
lessons-window-title = 수업
lessons-window-intro = 연습 서버가 wirepeek 안에서 { $url } 주소로 실행 중입니다(이 컴퓨터에서만 열립니다). 창을 닫으면 멈춥니다. 수업을 가져와서 설명에 나온 곳을 살펴보세요.
lessons-fetch = 가져오기
lessons-fetch-named = 수업 가져오기: { $lesson }
lessons-next = 다음 요청 불러오기
lessons-next-named = 수업의 다음 요청 불러오기: { $lesson }
lessons-cannot-start = 연습 서버를 시작할 수 없습니다: { $detail }
lessons-trust-ca = 수업의 인증 기관을 저장하고 신뢰하기
lessons-trust-ca-tooltip = https 수업의 인증 기관을 { -app }의 폴더에 파일로 저장하고, 설정의 추가 인증 기관으로 그 파일을 지정합니다.
lessons-trust-ca-done = 인증 기관을 { $path } 파일에 저장하고, 설정의 추가 인증 기관으로 그 파일을 지정했습니다. 이제 연습 서버로 보내는 https 요청은 이 인증 기관으로 인증서를 확인합니다. https 수업을 다시 가져와 보세요.{ $replaced ->
        [yes] { " " }전에 지정했던 파일({ $before }) 대신 이 파일을 사용합니다.
       *[no] {""}
    } 되돌리려면 설정에서 "추가 인증 기관" 칸을 비우세요. 연습 서버는 시작할 때마다 인증 기관을 새로 만듭니다. 서버를 다시 시작한 뒤에는 이 버튼을 다시 누르세요.
lessons-trust-ca-failed = 인증 기관을 { $path } 파일에 저장할 수 없습니다: { $detail }

# 코드 탭: 화면에 있는 요청을 다시 보내는 코드.
tab-code = 코드
code-empty = 먼저 무언가를 가져오세요. 이 탭은 그 요청을 코드로 보여 줍니다.
code-none = 요청을 만들지 못했습니다. URL을 이해할 수 없었습니다.
code-too-big = 요청의 크기가 { $size }여서 여기에 코드로 보여 주기에는 너무 큽니다. 터미널에서 wirepeek --export KIND URL을 실행하면 코드를 얻을 수 있습니다.
code-intro = 화면에 있는 요청을 다시 보내는 코드입니다. 실행해 보고 wirepeek이 보여 주는 것과 비교해 보세요.
code-kind-python-socket = Python 소켓
code-kind-python-urllib = Python urllib
code-kind-curl = curl
code-kind-raw = 원본 텍스트
code-kind-rust = Rust
code-copy = 복사
code-copy-tooltip = 코드를 클립보드에 복사합니다
code-copied = 클립보드에 복사했습니다.
code-save = 저장…
code-save-title = 코드 저장
code-save-tooltip = 코드를 파일로 저장합니다
code-save-raw-tooltip = 요청의 바이트를 그대로(진짜 CR LF로) 저장합니다. wirepeek --raw 파일 URL로 다시 보낼 수 있습니다
code-save-exists = "{ $path }" 파일이 이미 있습니다. 덮어쓸까요?
code-about-python-socket = 교과서의 프로그램입니다. 서버에 연결하고, wirepeek이 보낸 바이트를 그대로 보낸 뒤, 서버가 연결을 닫을 때까지 recv(512)가 돌려주는 대로 응답을 출력합니다.
code-about-python-urllib = Python에 들어 있는 HTTP 라이브러리입니다. 헤드를 직접 쓰기 때문에 보낸 요청과 다른 점을 주석에 적어 두었습니다.
code-about-curl = 터미널에서 실행하는 명령입니다. curl에 같은 요청 줄, 헤더, 본문을 줍니다. -H 'Name:' 옵션은 curl이 스스로 붙이는 헤더를 빼라는 뜻입니다.
code-about-raw = 보낸 바이트 그대로입니다. 줄 끝은 "{ -wire-tab }" 탭처럼 \r\n으로 보여 줍니다. 저장하면 진짜 바이트가 저장됩니다.
code-about-rust = std::net::TcpStream으로 바이트를 그대로 보내고 응답을 출력하는 짧은 Rust 프로그램입니다. std에는 TLS가 없어서, https라면 무엇을 더해야 하는지 주석에 적어 둡니다.

## The welcome (first start, and Help > Welcome)
welcome-title = wirepeek에 오신 것을 환영합니다
welcome-intro = wirepeek은 브라우저처럼 주소 하나를 가져오고, 그동안 일어난 일을 모두 보여 줍니다. 보내고 받은 바이트 하나하나, 헤더 하나하나, 단계마다 걸린 시간까지 볼 수 있습니다. 아래에서 하나를 골라 해 보세요.
welcome-plain-title = 암호화 없는 HTTP로 받는 텍스트 파일
welcome-fetch = { $url } 가져오기
welcome-plain-look = 짧은 시 한 편이 텍스트로 옵니다. HTTP는 암호화하지 않으므로, "{ -wire-tab }" 탭에서 컴퓨터가 쓴 요청과 서버의 응답을 네트워크로 오간 그대로 볼 수 있습니다.
welcome-secure-title = HTTPS로 받는 웹 페이지
welcome-secure-look = 같은 요청과 응답이 암호화된 연결(TLS) 안에서 오갑니다. "연결" 탭에서 서버가 보낸 인증서와 그 인증서를 보증한 인증 기관을 볼 수 있습니다. 응답 자체는 TLS를 걷어 내면 암호화 없는 HTTP와 똑같습니다.
welcome-lessons-title = 이 컴퓨터에서 하는 수업
welcome-lessons-button = 수업 열기
welcome-lessons-look = 이 컴퓨터에서 연습 서버가 실행되므로 인터넷이 없어도 됩니다. 수업마다 리디렉션, 청크, 압축, 쿠키, 오류 같은 한 가지 내용을 가져와서 살펴볼 수 있습니다.
welcome-own = 위의 주소 칸에 아무 주소나 입력하고 Enter 키를 눌러도 됩니다. 도움말 메뉴에서 이 화면을 다시 열 수 있습니다.
welcome-close = 응답으로 돌아가기

## The Help menu
help-menu = 도움말
help-welcome = 시작 안내: 이렇게 해 보세요
help-shortcuts = 단축키(F1)
help-about = wirepeek 정보
shortcut-zoom = 화면 전체를 크게 또는 작게(프로젝터로 보여 줄 때)
shortcut-zoom-reset = 원래 크기로

## Size and colours (Settings)
appearance-zoom = 화면 배율
appearance-zoom-reset = 원래 크기
appearance-zoom-keys = Ctrl +, Ctrl - 키로도 바꿀 수 있고, Ctrl 0 키를 누르면 원래 크기로 돌아갑니다.
appearance-theme = 화면 색
appearance-theme-system = 시스템 설정 따르기
appearance-theme-light = 밝게
appearance-theme-dark = 어둡게

## About wirepeek
about-title = wirepeek 정보
about-what = HTTP 들여다보기: 소켓으로 주소 하나를 가져와 모든 바이트, 헤더, 밀리초를 살펴봅니다.
about-project = 프로젝트 페이지:
about-licence = wirepeek은 { $licence } 라이선스를 따르는 자유 소프트웨어입니다.
about-font = 한글 글꼴: { $font }, SIL Open Font License 1.1
about-crates = 크레이트(Rust 라이브러리) { $count }개로 만들었습니다. 크레이트마다 따르는 라이선스는 아래와 같습니다.
about-filter = 걸러 보기
about-filter-hint = 이름, 버전, 라이선스(예: MIT)
about-no-crates = 맞는 크레이트가 없습니다.
about-choose = 크레이트를 누르면 그 라이선스 전문과 저작권 표시를 볼 수 있습니다.
about-hide-text = 전문 닫기
about-text-file = 크레이트 소스에 들어 있는 파일: { $file }
about-text-standard = 이 크레이트에는 라이선스 파일이 없어서, 아래는 { $licence } 라이선스의 표준 전문입니다(출처: { $from }).
about-text-authors = 이 크레이트에는 라이선스 파일이 없습니다. 저작권은 Cargo.toml에 적힌 저자에게 있습니다.
about-no-texts = 이 크레이트의 라이선스 전문을 찾지 못했습니다.
about-notices-broken = wirepeek에 들어 있는 라이선스 전문을 풀지 못했습니다({ $error }). wirepeek 소스의 assets/licences/notices.txt에도 같은 전문이 있습니다.

## 프록시와 신뢰 저장소
phase-proxy-tunnel = 프록시 터널 여는 중…
    .doing = 프록시 터널 열기
timeline-proxy-tunnel = 프록시 터널(CONNECT)
settings-proxy = 프록시
settings-proxy-system = 시스템의 프록시 설정 사용(HTTP_PROXY, HTTPS_PROXY, NO_PROXY)
settings-proxy-direct = 프록시 없이 바로 연결
settings-proxy-this = 이 프록시 사용:
settings-proxy-address-off = 위에서 "{ settings-proxy-this }"을 고르면 여기에 프록시를 적을 수 있습니다.
settings-proxy-address = 프록시 주소
settings-trust = 신뢰하는 { -ca }
settings-system-roots = 이 컴퓨터의 신뢰 저장소도 사용(함께 들어 있는 Mozilla 루트 인증서와 함께)
wire-proxy-absolute = 프록시({ $proxy })에 절대 형식으로 보냈습니다. 요청 줄에 URL 전체가 들어 있고, 프록시가 그 { -request }을 서버에 넘겨 주었습니다.
wire-proxy-tunnel = 아래 주고받기보다 먼저: 프록시({ $proxy })를 거치는 터널
wire-proxy-connect = CONNECT 요청(프록시에게)
wire-proxy-reply = 프록시의 응답
wire-proxy-no-reply = (응답 없음)
conn-proxy = 프록시
conn-proxy-from-settings = 설정에서
conn-proxy-from-command_line = --proxy에서
conn-proxy-from-environment = 환경 변수 { $variable }에서
conn-proxy-mode-absolute_form = 암호화 없는 http: 요청 줄에 URL 전체를 넣어 프록시에 보냈습니다. 아래 주소는 프록시의 주소입니다
conn-proxy-mode-tunnel = https: 프록시를 거치는 CONNECT 터널 안에서 서버와 TLS로 연결했습니다. 아래 주소는 프록시의 주소입니다
conn-tls-trusted-by = 보증한 곳
tls-trusted-by-extra_ca_file = 직접 고른 추가 { -ca } 파일
tls-trusted-by-bundled_roots = { -app }에 함께 들어 있는 Mozilla 루트 인증서
tls-trusted-by-system_store = 이 컴퓨터의 신뢰 저장소
