## Test yourself: questions about the learner's own exchange (src/learn/quiz.rs). Each question
## kind has `quiz-KIND-ask` and `quiz-KIND-why`; each kind of answer has `quiz-choice-KIND`.

tab-quiz = Test yourself
quiz-intro = Questions about the fetch on screen, answered by its own bytes. Pick an answer; a wrong one can be tried again.
quiz-empty = Fetch a URL, then test yourself on what came back.
quiz-arriving = The fetch is still running; the questions come when it is done.
quiz-none = This fetch got no response to ask about. Try one that answers, e.g. a lesson.
quiz-right = Right.
quiz-wrong = Not this one. Try another.
quiz-score = { $right } of { $total } answered right.

quiz-status-ask = Which status did the server send back?
quiz-status-why = The status line said { $status }.

quiz-body_end-ask = What told { -app } where the body ends?
quiz-body_end-why = { $sign ->
        [content_length] The head had Content-Length: { $length }, so { -app } took exactly { $length ->
            [one] 1 byte
           *[other] { $length } bytes
        } after the empty line, and the body ended there.
        [chunked] The head had Transfer-Encoding: chunked: the body came in chunks, each led by its size in hex, and a chunk of size 0 ended it.
       *[closing] The head had neither Content-Length nor Transfer-Encoding, so the body ran until the server closed the connection.
    } Content-Type says what the body is, never how long.

quiz-body_reads-ask = The body was { $bytes } on the wire. How many read() calls did it take?
quiz-body_reads-why = { $count ->
        [one] One read
       *[other] { $count } reads
    } brought the body's { $bytes }. A read returns whatever has arrived so far, so one message can take many reads, and one read can end a head and start a body.{ $shared ->
        [yes] { " " }Here a read did both.
       *[no] {""}
    } The Timeline lists every read.

quiz-port-ask = Which port did the request go to, and why that one?
quiz-port-why = { $reason ->
        [usual] The URL named no port, so the request went to { $port }, the usual port for { $scheme }.
       *[written] The URL wrote the port after the host (:{ $port }), so that one was used instead of { $usual }, the usual port for { $scheme }.
    }

quiz-head_end-ask = Which line ends the response head? (\r\n is CR LF, the end of a line.)
quiz-head_end-why = The head ends with an empty line: one more line end right after the last header's, at byte { $offset }. { $ending ->
        [crlf] The empty line is CR LF alone.
       *[lf] This server ended its lines with a bare LF, which readers accept.
    } Everything from byte { $end } on is the body.

quiz-choice-status = { $status }
quiz-choice-end = { $sign ->
        [content_length] Content-Length
        [chunked] Transfer-Encoding: chunked
        [closing] The server closing the connection
       *[content_type] Content-Type
    }
quiz-choice-reads = { $count ->
        [one] 1 read
       *[other] { $count } reads
    }
quiz-choice-port = { $reason ->
        [usual] { $port }, the usual port for { $scheme }
       *[written] { $port }, written in the URL
    }
quiz-choice-line = { $line }

## Answering "where does the head end" by clicking a line in the Wire tab.
quiz-head_end-in-wire = Answer in the Wire tab
quiz-head_end-in-wire-tooltip = Opens the Wire tab, where you click the line yourself.
quiz-head_end-pick = { $pick ->
        [right] Right: that empty line ends the response head.
        [in_request] That line is in the request your program sent. The response comes after it: look further down.
        [interim_end] That empty line ends an interim (1xx) response. The final response's head comes after it: look further down.
        [too_early] That line is still part of the head: the head goes on below it.
       *[too_late] That line is past the head, in the body (or after it): the head ended above it.
    }
quiz-head_end-from-wire = In the Wire tab: { $verdict }
wire-answer-ask = Test yourself: click the line where the response head ends.
wire-answer-try-again = Try another line.
wire-answer-cancel = Stop answering
wire-answer-back = Back to the questions
wire-answer-row = Line { $line }: { $text }
