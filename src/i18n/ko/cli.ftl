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
