## 확인 문제: 화면에 있는 요청으로 만든 문제(src/learn/quiz.rs). 문제 종류마다 `quiz-KIND-ask`와
## `quiz-KIND-why`가, 답의 종류마다 `quiz-choice-KIND`가 있습니다.

tab-quiz = 확인 문제
quiz-intro = 화면에 있는 요청에 대한 문제입니다. 답은 이 요청의 바이트에 들어 있습니다. 답을 고르세요. 틀리면 다시 고를 수 있습니다.
quiz-empty = URL을 가져온 뒤, 돌아온 { -response }으로 확인 문제를 풀어 보세요.
quiz-arriving = 아직 가져오는 중입니다. 다 받으면 문제가 나옵니다.
quiz-none = 이번 { -request }에는 물어볼 { -response }이 없습니다. 답이 오는 주소(예: 수업)로 해 보세요.
quiz-right = 맞았습니다.
quiz-wrong = 이 답은 아닙니다. 다른 답을 골라 보세요.
quiz-score = { $total }문제 중 { $right }문제를 맞혔습니다.

quiz-status-ask = 서버가 돌려준 상태 코드는 무엇일까요?
quiz-status-why = 상태 줄에 적힌 코드는 { $status }입니다.

quiz-body_end-ask = { -app }은 { -body }이 어디서 끝나는지 무엇으로 알았을까요?
quiz-body_end-why = { $sign ->
        [content_length] 헤드에 "Content-Length: { $length }" { -header }가 있어서, 빈 줄 다음 { $length }바이트를 읽고 { -body }을 끝냈습니다.
        [chunked] 헤드에 "Transfer-Encoding: chunked" { -header }가 있었습니다. { -body }이 조각({ -chunk })으로 나뉘어 왔고, { -chunk }마다 앞줄에 크기가 16진수로 적혀 있으며, 크기가 0인 { -chunk }가 끝을 알렸습니다.
       *[closing] 헤드에 Content-Length도 Transfer-Encoding도 없어서, 서버가 연결을 닫을 때까지가 { -body }이었습니다.
    } Content-Type은 { -body }이 무엇인지 알려 줄 뿐, 길이는 알려 주지 않습니다.

quiz-body_reads-ask = 전송된 { -body }은 { $bytes }입니다. 몇 번의 읽기(read())로 받았을까요?
quiz-body_reads-why = 읽기 { $count }번으로 { -body } { $bytes }를 받았습니다. 읽기는 그때까지 도착한 만큼을 돌려주므로, 메시지 하나를 여러 번에 걸쳐 읽기도 하고, 한 번의 읽기로 헤드의 끝과 { -body }의 시작을 함께 받기도 합니다.{ $shared ->
        [yes] { " " }이번에도 한 번의 읽기에 헤드와 { -body }이 함께 들어 있었습니다.
       *[no] {""}
    } 타임라인 탭에서 모든 읽기를 볼 수 있습니다.

quiz-port-ask = { -request }은 몇 번 포트로 갔고, 왜 그 포트였을까요?
quiz-port-why = { $reason ->
        [usual] URL에 포트가 없어서 { $scheme }의 기본 포트인 { $port }번 포트로 갔습니다.
       *[written] URL의 호스트 뒤에 포트(:{ $port })를 직접 적었기 때문에, { $scheme }의 기본 포트인 { $usual }번 대신 그 포트를 사용했습니다.
    }

quiz-head_end-ask = { -response-head }는 어느 줄에서 끝날까요? (\r\n은 줄 끝을 나타내는 CR LF입니다.)
quiz-head_end-why = 헤드는 빈 줄로 끝납니다. 마지막 { -header } 줄의 줄 끝 바로 뒤에 줄 끝이 한 번 더 옵니다(바이트 위치 { $offset }). { $ending ->
        [crlf] 빈 줄은 CR LF 하나만 있는 줄입니다.
       *[lf] 이 서버는 줄 끝을 LF 하나로만 보냈지만, 읽는 쪽은 이것도 받아들입니다.
    } 바이트 위치 { $end }부터는 { -body }입니다.

quiz-choice-status = { $status }
quiz-choice-end = { $sign ->
        [content_length] Content-Length
        [chunked] Transfer-Encoding: chunked
        [closing] 서버가 연결을 닫는 것
       *[content_type] Content-Type
    }
quiz-choice-reads = { $count }번
quiz-choice-port = { $reason ->
        [usual] { $port }번 포트: { $scheme }의 기본 포트
       *[written] { $port }번 포트: URL에 적은 포트
    }
quiz-choice-line = { $line }

## "헤드는 어디서 끝날까요"를 주고받은 바이트 탭에서 줄을 눌러 답하기.
quiz-head_end-in-wire = "{ -wire-tab }" 탭에서 답하기
quiz-head_end-in-wire-tooltip = "{ -wire-tab }" 탭을 열어 그 줄을 직접 누릅니다.
quiz-head_end-pick = { $pick ->
        [right] 맞았습니다. 이 빈 줄에서 { -response-head }가 끝납니다.
        [in_request] 이 줄은 프로그램이 보낸 { -request }에 있습니다. { -response }은 그 뒤에 옵니다. 더 아래를 살펴보세요.
        [interim_end] 이 빈 줄은 중간 { -response }(1xx)의 끝입니다. 최종 { -response }의 헤드는 그 뒤에 옵니다. 더 아래를 살펴보세요.
        [too_early] 이 줄은 아직 헤드에 속합니다. 헤드는 이 줄 아래로 이어집니다.
       *[too_late] 이 줄은 헤드를 지나 { -body }(또는 그 뒤)에 있습니다. 헤드는 이 줄보다 위에서 끝났습니다.
    }
quiz-head_end-from-wire = "{ -wire-tab }" 탭에서 고른 답: { $verdict }
wire-answer-ask = 확인 문제: { -response-head }가 끝나는 줄을 누르세요.
wire-answer-try-again = 다른 줄을 눌러 보세요.
wire-answer-cancel = 답하기 그만두기
wire-answer-back = 문제로 돌아가기
wire-answer-row = { $line }번째 줄: { $text }
