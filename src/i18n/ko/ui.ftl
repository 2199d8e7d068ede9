## 창
tagline = HTTP 들여다보기: 모든 바이트, 헤더, 밀리초
language = 언어
welcome = 주소를 입력하고(예: http://data.pr4e.org/romeo.txt) Enter 또는 가져오기를 누르세요.
empty-hint = 여기에 응답이 나옵니다: 상태, 헤더, 본문을 나란히 보여 줍니다.
internal-error = wirepeek 안에서 문제가 생겼습니다: { $detail }

## 주소 표시줄
url-label = 주소
url-hint = http://example.com/
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
save-size = 디코딩된 그대로 { $size }를 저장합니다.
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
