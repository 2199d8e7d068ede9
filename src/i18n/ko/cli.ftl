# 명령줄이 직접 하는 말(표준 오류). 줄마다 앞에 `wirepeek:`이 붙습니다.

cli-need-url = 가져올 URL을 주세요. 예: wirepeek --dump http://data.pr4e.org/romeo.txt
cli-bad-size = --size에는 가로x세로를 주세요(예: 1200x760). 받은 값: "{ $given }"
cli-bad-timeout = --timeout에는 0보다 큰 초를 주세요. 받은 값: { $given }
cli-bad-ca-file = 인증 기관(CA) 파일을 읽을 수 없습니다({ $path }): { $detail }
cli-bad-lang = --lang { $given }: wirepeek이 지원하는 언어가 아닙니다(가능한 값: { $known }).
cli-what-to-try = 이렇게 해 보세요: { $hint }
cli-note = 참고: { $note }
cli-cannot-write = 출력을 쓸 수 없습니다: { $detail }
cli-icon = 아이콘을 읽을 수 없습니다: { $detail }
cli-window = 창을 열 수 없습니다: { $detail }
cli-internal-error = wirepeek 안에서 문제가 생겨 멈췄습니다: { $detail }
    서버나 요청의 문제가 아니라 wirepeek의 버그입니다.
cli-bad-view = --view { $given }: 그런 화면은 없습니다(가능한 값: { $known }).
cli-bad-charset = --charset { $given }: wirepeek이 아는 문자 인코딩이 아닙니다(예: utf-8, euc-kr, shift_jis, windows-1252).
cli-bad-raw-file = --raw로 보낼 요청 파일을 읽을 수 없습니다({ $path }): { $detail }
cli-compare-needs-url = --view compare에는 URL이 필요합니다(비교할 두 번째 URL을 더 줄 수도 있습니다).
cli-bad-export = --export { $given }: 요청을 그런 형식의 코드로 쓸 수 없습니다(가능한 값: { $known }).

# `wirepeek --help` (and -h): for a learner, with examples to copy. Every option must appear
# (a test checks); keep the columns lined up with spaces.
cli-help =
    wirepeek { $version }: HTTP 들여다보기. wirepeek은 교과서의 소켓 프로그램처럼 소켓으로 웹 주소
    하나를 가져오고, 그동안 일어난 일을 모두 보여 줍니다. 보내고 받은 바이트 하나하나, 헤더
    하나하나, 단계마다 걸린 시간까지 볼 수 있습니다.

    사용법: wirepeek [옵션] [URL] [URL2]

    창에서 보기(wirepeek을 더블클릭하면 첫 번째 예처럼 창이 열립니다):
      wirepeek                                      창 열기
      wirepeek http://data.pr4e.org/romeo.txt       창을 열고 이 주소 가져오기
      wirepeek --lang ko https://example.com/       위와 같지만 한국어로
      wirepeek --view wire https://example.com/     "주고받은 바이트" 탭을 연 채로 시작
      wirepeek --view compare http://data.pr4e.org/romeo.txt
                                                    같은 주소를 HTTP/1.0과 HTTP/1.1로 가져와 나란히 비교
      wirepeek --view lessons                       수업 창 열기(인터넷이 없어도 됨)

    창 없이 터미널에서:
      wirepeek --story https://example.com/         일어난 일을 단계별로 글로 설명
      wirepeek --dump http://data.pr4e.org/romeo.txt
                                                    받은 응답을 그대로 출력
      wirepeek --json https://example.com/          가져오기의 모든 것을 JSON으로 출력
      wirepeek --explain status 404                 상태 코드의 뜻 설명(header, port, error도 가능)
      wirepeek --export python-socket http://data.pr4e.org/romeo.txt
                                                    같은 요청을 교과서의 Python 프로그램으로 출력
      wirepeek --practice                           이 컴퓨터에서만 접속할 수 있는 연습 서버 실행

    요청 바꾸기:
      -X, --request METHOD     메서드: GET(기본값), HEAD, POST 등
      -H, --header "Name: value"
                               헤더 추가(여러 번 줄 수 있음)
      -d, --data TEXT          이 텍스트를 본문으로 보내기
      --http1.0                HTTP/1.1 대신 교과서의 HTTP/1.0 요청 보내기
      --raw FILE               이 파일의 바이트를 그대로 요청으로 보내기(-: 표준 입력)
      -L, --follow             리디렉션 따라가기(최대 10번)
      --cacert FILE            이 PEM 파일의 인증 기관도 신뢰하기
      --proxy URL              이 HTTP 프록시를 거쳐 가져오기(예: http://127.0.0.1:3128, none: 바로 연결).
                               없으면 HTTP_PROXY / HTTPS_PROXY / NO_PROXY 환경 변수를 따름
      --no-proxy               환경 변수와 상관없이 바로 연결하기
      --system-roots           이 컴퓨터의 신뢰 저장소도 믿기(학교 네트워크가 사용하는 인증 기관 등)
      --timeout SECS           가져오기 전체의 제한 시간(초). 시간이 지나면 멈추고 받은 것은 남김
      --charset NAME           본문 텍스트를 이 문자 인코딩으로 읽기(예: euc-kr)

    보여 줄 것과 방법:
      --view NAME              창을 열 때 보여 줄 화면: request(요청 편집기), wire, timeline, connection,
                               story, code, quiz, history, settings, compare, lessons,
                               page(본문을 페이지로 그려 보기)
      --lang LANG              창과 이 메시지의 언어: en 또는 ko
      --size WxH               창 크기(예: 1200x760)
      --screenshot FILE.png    가져온 뒤 창을 PNG 이미지로 저장하고 끝내기
      --dump                   받은 응답을 그대로 출력하기(다른 것은 출력하지 않음)
      --json                   요청과 응답의 모든 것을 JSON으로 출력하기(항상 영어)
      --story                  일어난 일을 단계별로 설명하기
      --explain TOPIC SUBJECT  가져오지 않고 설명만 하기: status 404, header cache-control, port 25,
                               error timeout, method POST(note, url, tls도 가능)
      --export KIND            요청을 보내지 않고 코드로 출력하기: python-socket, python-urllib,
                               curl, raw, rust(raw를 파일이나 파이프로 보내면 --raw에 쓸 수
                               있는 정확한 바이트, 화면에서는 CR LF를 표시)
      --practice               Ctrl-C를 누를 때까지 127.0.0.1에서 연습 서버 실행
      --port N                 --practice와 함께: 연결을 기다릴 포트(기본값 8000, 0: 비어 있는 아무 포트)
      -h, --help               이 도움말 보기
      -V, --version            wirepeek 버전 보기
