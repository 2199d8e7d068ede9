## 설명(src/learn/explain): 항목마다 한 줄 요약, 그리고 "-more"에 한 문단.
## 우리 말로 썼습니다. 화면에는 항목마다 표준 문서를 함께 보여 줍니다.

## 설명할 것이 없을 때
explain-unknown-topic = "{ $given }"에 대한 설명은 없습니다. 다음 중 하나를 물어보세요: { $topics }
explain-unknown-subject = { $topic ->
    [status] 입력한 값("{ $given }")은 상태 코드가 아닙니다. 상태 코드는 세 자리 숫자입니다({ $known }).
    [port] 입력한 값("{ $given }")은 포트 번호가 아닙니다. 포트 번호는 다음 범위의 숫자입니다: { $known }
   *[other] "{ $given }"에 대한 설명은 없습니다. 설명이 있는 것: { $known }
  }
explain-standard = 표준: { $standard }
explain-no-standard = 이것을 정한 표준은 없습니다.
explain-underneath = 그 아래에서 일어난 일:
explain-close = 설명 닫기
explain-recognized = { $clue ->
    [greeting] { $port }번 포트는 { $service } 서비스처럼 답했습니다. 처음 바이트가 그 프로토콜의 인사말 모양입니다.
   *[port] { $port }번 포트는 보통 { $service } 서비스가 기다리는 곳이니, 아마 그것이 답했을 것입니다.
  }

## 상태 코드
explain-status-unassigned = { $code }번 코드는 아무 뜻도 정해지지 않았습니다.
explain-status-unassigned-more = IANA 목록에 { $code }의 뜻은 없습니다. 모르는 코드를 받은 클라이언트는 같은 종류의 첫 코드처럼 다룹니다: { $class ->
    [informational] 100, 중간 { -response }이니 최종 { -response }을 기다립니다.
    [success] 200, 성공입니다.
    [redirection] 300, 어떤 종류의 { -redirect }입니다.
    [client-error] 400, { -request }에 잘못이 있다는 뜻입니다.
   *[server-error] 500, 서버 쪽의 실패입니다.
  }
explain-status-100 = 계속하세요: { -request }의 나머지를 보내도 됩니다.
explain-status-100-more = 중간 { -response }입니다. "Expect: 100-continue"를 보낸 클라이언트는 큰 { -body }을 보내기 전에 이 답을 기다립니다. 그래서 서버는 { -body }이 헛되이 오기 전에 미리 거절할 수 있습니다. 최종 { -response }은 이 뒤에 옵니다.
explain-status-101 = 서버가 이 연결에서 다른 프로토콜로 바꾸는 데 동의했습니다.
explain-status-101-more = 클라이언트가 Upgrade { -header }로 요청한 경우입니다(예: WebSocket). 이 헤드 뒤로 연결에 오가는 바이트는 더 이상 HTTP/1.1이 아닙니다.
explain-status-102 = 아직 처리 중이며 최종 답은 나중에 옵니다(더 이상 사용하지 않음).
explain-status-102-more = 예전 WebDAV 서버가 긴 작업 동안 클라이언트가 포기하지 않도록 보냈습니다. 이후의 WebDAV 표준에서 빠졌고, 목록에는 남아 있지만 거의 보이지 않습니다.
explain-status-103 = 진짜 답보다 먼저 보내는 { -header }(Early Hints)입니다.
explain-status-103-more = 서버가 { -response }을 준비하는 동안 브라우저에 필요한 파일을 미리 알려 줍니다(보통 Link { -header }). 브라우저는 그 파일을 먼저 받기 시작할 수 있습니다. 최종 { -response }은 이 뒤에 옵니다.
explain-status-200 = 성공: 요청한 것을 보냅니다.
explain-status-200-more = { -request }이 성공했습니다. GET이면 { -body }이 요청한 자원이고, POST면 처리 결과입니다. 가장 자주 보는 { -response }입니다.
explain-status-201 = 성공: 새로 만들어졌습니다.
explain-status-201-more = 보통 POST나 PUT에 대한 답입니다. Location { -header }가 있으면 새 자원의 주소를 알려 줍니다.
explain-status-202 = 받았지만 처리는 나중에 합니다.
explain-status-202-more = 서버가 { -request }을 받아 두었지만 아직 끝내지 않았고, 결과를 이 연결로 알려 주지 않을 수도 있습니다. 작업을 대기열에 넣을 때 자주 사용합니다.
explain-status-203 = 성공이지만 중간의 프록시가 내용을 바꿨습니다.
explain-status-203-more = 내용을 바꾸는 프록시를 거친 200 { -response }입니다. 원래 서버가 보낸 것과 { -body }이나 { -header }가 다를 수 있습니다.
explain-status-204 = 성공했고 { -body }은 없습니다.
explain-status-204-more = { -request }은 성공했고 서버가 돌려줄 내용이 없습니다. 204에는 { -body }이 절대 없으므로 헤드가 끝나면 { -response }도 끝납니다.
explain-status-205 = 성공: 이 { -request }을 보낸 입력 양식을 비우세요.
explain-status-205-more = 204처럼 { -body }이 없고, 사용자가 입력한 내용(예: 입력 양식)을 초기화하라는 뜻이 더해집니다.
explain-status-206 = Range로 요청한 { -body }의 일부입니다.
explain-status-206-more = 클라이언트가 바이트 범위를 요청했습니다(이어받기나 동영상 건너뛰기). Content-Range가 어느 부분인지 알려 줍니다.
explain-status-207 = { -body } 하나에 여러 결과가 들어 있습니다(WebDAV).
explain-status-207-more = { -request } 하나가 여러 자원에 영향을 줄 때 WebDAV가 사용합니다. XML { -body }에 자원마다 상태가 적혀 있습니다.
explain-status-208 = 이 { -response }에서 이미 보고한 것입니다(WebDAV).
explain-status-208-more = 207 { -body } 안에서, 이미 보고한 자원을 표시해 같은 모음이 두 번 나열되지 않게 합니다.
explain-status-226 = 자원에 바뀐 부분을 적용한 결과입니다(델타 인코딩).
explain-status-226-more = 클라이언트가 가진 사본 이후의 차이만 요청했고(A-IM), 서버가 그것을 보냈습니다. 웹에서는 거의 사용하지 않습니다.
explain-status-300 = 여러 형태가 있으니 하나를 고르세요.
explain-status-300-more = 자원이 여러 형태(언어, 형식)로 있고 선택을 클라이언트에게 맡깁니다. 브라우저에서는 거의 볼 수 없습니다.
explain-status-301 = 영구히 옮겼습니다: 앞으로는 새 주소를 사용하세요.
explain-status-301-more = Location { -header }가 새 URL을 알려 줍니다. 브라우저와 검색 엔진은 이것을 기억합니다. 오래된 클라이언트는 따라갈 때 POST를 GET으로 바꾸기도 하는데, 308은 그것을 막습니다.
explain-status-302 = 지금은 다른 곳에 있습니다: Location의 주소로 가세요.
explain-status-302-more = 임시 { -redirect }이므로 다음에도 원래 주소를 사용합니다. 브라우저는 POST 뒤에도 보통 GET으로 따라가는데, 메서드를 지키려면 307을 사용합니다.
explain-status-303 = 다른 주소를 GET으로 보세요.
explain-status-303-more = 입력 양식을 POST로 보낸 뒤에 자주 옵니다. 결과는 Location에 있고 클라이언트는 그것을 GET으로 가져옵니다. 그래서 새로 고침을 해도 양식이 다시 전송되지 않습니다.
explain-status-304 = 바뀌지 않았습니다: 가지고 있는 사본을 그대로 사용하세요.
explain-status-304-more = 조건부 { -request }(If-None-Match, If-Modified-Since)에 대한 답입니다. { -body }이 없어서 클라이언트는 저장해 둔 사본을 보여 주고, 네트워크로는 헤드만 오갑니다.
explain-status-305 = 프록시를 사용하세요(폐지됨).
explain-status-305-more = Location에 적힌 프록시를 거쳐 다시 요청하라는 뜻이었습니다. 보안 문제로 폐지되었고 클라이언트는 무시합니다.
explain-status-306 = 사용하지 않는 코드로, 예약만 되어 있습니다.
explain-status-306-more = 초기 초안에서 "Switch Proxy"라는 이름으로 사용했습니다. 지금은 어떤 표준도 뜻을 정하지 않았고, 아무도 다시 사용하지 않도록 예약해 둡니다.
explain-status-307 = 임시 { -redirect }: 같은 { -request }을 Location으로 다시 보내세요.
explain-status-307-more = 302와 같지만 메서드와 { -body }을 바꾸면 안 됩니다. POST는 다시 POST로 보냅니다.
explain-status-308 = 영구 { -redirect }: 앞으로 같은 { -request }을 Location으로 보내세요.
explain-status-308-more = 301과 같지만 메서드와 { -body }을 그대로 지켜야 합니다.
explain-status-400 = 잘못된 { -request }: 서버가 이해하지 못했습니다.
explain-status-400-more = { -request }의 무언가가 규칙에 맞지 않습니다. 잘못된 { -header }, 틀린 문법, 서버가 읽을 수 없는 { -body } 등입니다. 보낸 내용을 살펴보세요.
explain-status-401 = 누구인지 밝혀야 합니다: 인증이 필요합니다.
explain-status-401-more = 이 자원은 인증 정보가 있어야 합니다. WWW-Authenticate { -header }가 방식을 알려 주고, 클라이언트는 Authorization { -header }에 인증 정보를 담아 다시 보냅니다.
explain-status-402 = 결제가 필요합니다(예약된 코드).
explain-status-402-more = 처음 HTTP 표준 때부터 나중을 위해 남겨 둔 코드입니다. 일부 서비스가 나름대로 사용하지만 표준에서 정한 뜻은 없습니다.
explain-status-403 = 금지: 서버가 이해했지만 거절합니다.
explain-status-403-more = 401과 달리 다시 로그인해도 소용없습니다. 자원이 있다는 사실을 숨기려고 404로 답하는 서버도 있습니다.
explain-status-404 = 찾을 수 없음: 이 경로에는 아무것도 없습니다.
explain-status-404-more = 서버는 답했지만 이 경로에는 아무것도 없다는 뜻입니다. 연결은 문제없으니 경로의 오타를 확인하세요.
explain-status-405 = 여기서는 이 메서드를 사용할 수 없습니다.
explain-status-405-more = 자원은 있지만 이 메서드를 받지 않습니다(예: 정적 페이지에 POST). Allow { -header }가 받을 수 있는 메서드를 알려 줍니다.
explain-status-406 = 받을 수 있다고 한 형태가 하나도 없습니다.
explain-status-406-more = { -request }의 Accept { -header }들이 서버가 줄 수 없는 형식이나 언어를 요청했습니다.
explain-status-407 = 먼저 프록시 인증이 필요합니다.
explain-status-407-more = 401과 같지만 중간의 프록시에 대한 것입니다. Proxy-Authenticate가 방식을 알려 주고, Proxy-Authorization에 답을 담습니다.
explain-status-408 = { -request }이 너무 늦게 도착했습니다.
explain-status-408-more = 서버가 { -request }의 나머지를 기다리다 포기했습니다. 보통 이 { -response } 뒤에 연결을 닫습니다.
explain-status-409 = 자원의 현재 상태와 충돌합니다.
explain-status-409-more = 예를 들어 같은 파일을 동시에 두 번 고친 경우입니다. 보통 { -body }에 무엇이 충돌했는지 적혀 있습니다.
explain-status-410 = 영원히 사라졌습니다.
explain-status-410-more = 404와 비슷하지만, 서버는 이 자원이 있었고 일부러 지웠으며 새 주소도 없다는 것을 압니다.
explain-status-411 = Content-Length가 필요합니다.
explain-status-411-more = { -request }에 { -body }이 있는데 길이를 알리지 않았고, 이 서버는 길이 없는 { -body }을 읽지 않습니다.
explain-status-412 = { -request }에 적은 조건이 맞지 않습니다.
explain-status-412-more = { -request }이 "이럴 때만"이라는 조건(If-Match, If-Unmodified-Since)을 달았는데 맞지 않아 아무것도 하지 않았습니다. 다른 사람이 고친 내용을 덮어쓰지 않게 막아 줍니다.
explain-status-413 = { -request } { -body }이 너무 큽니다.
explain-status-413-more = 서버가 이렇게 큰 { -body }은 받지 않습니다(예전 이름은 Payload Too Large). 연결을 닫을 수도 있습니다.
explain-status-414 = URL이 너무 깁니다.
explain-status-414-more = { -request } 대상이 서버가 읽으려는 길이보다 깁니다. 쿼리에 데이터를 너무 많이 넣은 경우가 많으니 { -body }에 담아 보내세요.
explain-status-415 = 지원하지 않는 미디어 타입입니다.
explain-status-415-more = { -body }의 Content-Type(또는 Content-Encoding)이 이 자원에서 받지 않는 형식입니다.
explain-status-416 = 요청한 범위가 { -body } 밖에 있습니다.
explain-status-416-more = Range { -header }가 자원의 끝을 넘어선 곳을 가리킵니다. { -response }의 Content-Range가 실제 길이를 알려 줍니다.
explain-status-417 = Expect { -header }의 기대를 들어줄 수 없습니다.
explain-status-417-more = { -request }이 "Expect: ..."로 요구한 것을 이 서버(또는 프록시)가 하지 않습니다.
explain-status-418 = 사용하지 않는 코드로, 만우절 농담에서 나와 예약만 되어 있습니다("I'm a teapot").
explain-status-418-more = 1998년 4월 1일에 나온 커피 주전자 농담 표준(RFC 2324)에서 시작해 여러 프로그램이 따라 했습니다. HTTP에서는 뜻이 없지만, 실제 용도가 농담과 부딪히지 않도록 예약해 둡니다.
explain-status-421 = 이 주소를 맡은 서버가 아닙니다.
explain-status-421-more = { -request }이 이 스킴과 호스트에 답할 수 없는 서버에 도착했습니다. 다른 이름을 위해 연 연결을 다시 사용했을 때 자주 생깁니다. 클라이언트는 새 연결로 다시 시도할 수 있습니다.
explain-status-422 = 형식은 맞지만 내용을 처리할 수 없습니다.
explain-status-422-more = 문법도 맞고 형식도 지원하지만, 그 지시를 따를 수 없습니다(예: 입력 칸에 불가능한 값).
explain-status-423 = 자원이 잠겨 있습니다(WebDAV).
explain-status-423-more = 다른 사용자가 잠가 두어서 지금은 바꿀 수 없습니다.
explain-status-424 = 다른 작업이 실패해서 실패했습니다(WebDAV).
explain-status-424-more = 이 { -request }은 성공하지 못한 다른 작업에 달려 있었습니다.
explain-status-425 = 너무 이릅니다: 서버가 재전송 공격의 위험을 피합니다.
explain-status-425-more = { -request }이 TLS 조기 데이터(early data)로 왔는데, 공격자가 이것을 다시 보낼 수 있습니다. 서버는 핸드셰이크가 끝난 뒤 다시 보내라고 합니다.
explain-status-426 = 먼저 다른 프로토콜로 바꾸세요.
explain-status-426-more = 서버가 이 프로토콜을 거절합니다. Upgrade { -header }가 사용할 프로토콜을 알려 줍니다(예: 더 새로운 TLS나 HTTP 버전).
explain-status-428 = 조건부 { -request }이어야 합니다.
explain-status-428-more = 변경 내용을 잃지 않도록, 서버가 무언가를 바꾸기 전에 If-Match 같은 조건을 요구합니다.
explain-status-429 = { -request }이 너무 많습니다: 천천히 보내세요.
explain-status-429-more = 정해진 시간에 허용된 것보다 많은 { -request }을 보냈습니다. Retry-After가 있으면 얼마나 기다릴지 알려 줍니다.
explain-status-431 = { -request }의 { -header }가 너무 큽니다.
explain-status-431-more = { -header } 하나 또는 전체가 서버가 받는 크기보다 큽니다. 큰 쿠키가 흔한 원인입니다.
explain-status-451 = 법적인 이유로 제공할 수 없습니다.
explain-status-451-more = 법원 명령이나 법률 때문에 서버가 이 자원을 줄 수 없습니다. 숫자는 소설 "화씨 451"에서 따왔습니다.
explain-status-500 = 서버 내부에서 오류가 났습니다.
explain-status-500-more = 서버 프로그램이 { -request }을 처리하다가 고장 났습니다. { -request }은 문제없을 수 있고, 자세한 내용은 서버의 로그만 압니다.
explain-status-501 = 서버가 이 기능을 전혀 지원하지 않습니다.
explain-status-501-more = 보통 서버가 모르는 메서드입니다. 405와 달리 이 자원만의 문제가 아니라 서버 어디에서도 할 수 없습니다.
explain-status-502 = 뒤에 있는 서버가 잘못된 답을 주었습니다.
explain-status-502-more = 이 서버는 게이트웨이나 프록시이고, 그 뒤의 서버가 잘못된 답을 주었거나 아예 답하지 않았습니다.
explain-status-503 = 지금은 서비스할 수 없습니다.
explain-status-503-more = 서버가 과부하 상태이거나 점검 중입니다. 곧 나아질 상황이며, Retry-After가 언제 다시 시도할지 알려 줄 수 있습니다.
explain-status-504 = 뒤에 있는 서버가 제때 답하지 않았습니다.
explain-status-504-more = 게이트웨이나 프록시가 뒤의 서버를 기다리다 포기했습니다.
explain-status-505 = 이 HTTP 버전은 지원하지 않습니다.
explain-status-505-more = 서버가 { -request } 줄에 적힌 주 버전으로는 대화하지 않습니다.
explain-status-506 = 서버의 콘텐츠 협상 설정이 잘못되었습니다.
explain-status-506-more = 투명한 콘텐츠 협상(RFC 2295)에서 나오는 서버 오류입니다. 고른 형태가 다시 협상을 하려 해서 끝없이 돌게 됩니다.
explain-status-507 = 저장 공간이 부족해 끝낼 수 없습니다(WebDAV).
explain-status-507-more = { -request }을 처리하는 데 필요한 것을 저장할 공간이 서버에 없습니다.
explain-status-508 = 무한 반복을 발견했습니다(WebDAV).
explain-status-508-more = 서버가 끝없이 돌 작업을 멈췄습니다(예: 서로 연결된 모음).
explain-status-510 = 확장이 더 필요합니다(더 이상 사용하지 않음).
explain-status-510-more = 널리 퍼지지 못하고 역사 문서가 된 HTTP 확장 체계(RFC 2774)에서 나온 코드입니다. 거의 볼 수 없습니다.
explain-status-511 = 먼저 네트워크에 로그인하세요.
explain-status-511-more = 요청한 사이트가 아니라 네트워크(호텔이나 공항 Wi-Fi의 로그인 페이지)가 보낸 { -response }입니다. 보통 { -body }에 로그인 페이지가 들어 있습니다.

## 메서드
explain-method-get = 자원을 읽기만 하고 아무것도 바꾸지 않습니다.
explain-method-get-more = 링크를 누르거나 주소 칸에 입력할 때 사용하는 메서드입니다. 자원을 요청하고 { -body }은 보내지 않습니다. 안전하고 멱등이라서 캐시가 답을 저장할 수 있고 클라이언트가 다시 보내도 됩니다.
explain-method-head = GET과 같지만 헤드만 받습니다.
explain-method-head-more = 서버는 GET과 같은 상태 코드와 { -header }로 답하지만 { -body }은 보내지 않습니다. 내려받지 않고 크기(Content-Length)나 날짜만 알고 싶을 때 유용합니다.
explain-method-post = 서버가 처리할 데이터를 보냅니다.
explain-method-post-more = 입력 양식, 파일 올리기, 대부분의 API가 사용합니다. { -body }에 데이터를 담고 Content-Type이 형식을 알려 줍니다. 안전하지도 멱등이지도 않아서 두 번 보내면 주문이 두 번 될 수도 있습니다.
explain-method-put = 이 { -body }을 이 주소에 저장하고, 있던 것을 바꿉니다.
explain-method-put-more = 안전하지는 않지만 멱등입니다. 같은 { -body }을 두 번 보내도 한 번 보낸 것과 결과가 같습니다.
explain-method-delete = 이 주소의 자원을 지웁니다.
explain-method-delete-more = 멱등입니다. 한 번 지우면 다시 지워도 더 바뀌는 것이 없습니다(답은 404처럼 다를 수 있습니다).
explain-method-connect = 프록시를 통과하는 터널을 엽니다.
explain-method-connect-more = 프록시에 호스트와 포트를 대상으로 보냅니다("CONNECT example.com:443"). 2xx { -response } 뒤로 프록시는 바이트를 양쪽으로 넘겨 주기만 하며, 보통 그 안은 프록시가 읽을 수 없는 TLS 연결입니다.
explain-method-options = 여기서 무엇이 허용되는지 묻습니다.
explain-method-options-more = { -response }이 자원이나 서버가 지원하는 것을 알려 줍니다(Allow). 브라우저는 일부 교차 출처 { -request } 전에 CORS 사전 요청으로 이것을 보냅니다.
explain-method-trace = 받은 { -request }을 그대로 돌려받아, 무엇이 도착했는지 봅니다.
explain-method-trace-more = 서버가 받은 { -request }을 { -body }에 담아 돌려주므로 프록시가 무엇을 바꿨는지 보입니다. { -header }가 새어 나갈 수 있어 대부분의 서버가 꺼 둡니다.
explain-method-patch = 자원의 일부를 바꿉니다.
explain-method-patch-more = { -body }에 바꿀 내용을 Content-Type이 정한 형식(예: JSON Patch)으로 적습니다. 안전하지 않고 멱등이라는 보장도 없습니다.

## 포트
explain-port-range = { $range ->
    [zero] 0번 포트는 예약되어 있어 어떤 서비스도 기다리지 않습니다.
    [system] { $port }번 포트는 시스템 포트이며, { -app }이 아는 서비스는 없습니다.
    [registered] { $port }번 포트는 등록 포트이며, { -app }이 아는 서비스는 없습니다.
   *[dynamic] { $port }번 포트는 동적 포트로, 잠깐 사용하도록 비워 둔 포트입니다.
  }
explain-port-range-more = { $range ->
    [zero] 프로그램이 0번 포트를 달라고 하면 시스템이 비어 있는 아무 포트나 줍니다. 0번 포트로 연결할 수는 없습니다.
    [system] 0~1023번은 잘 알려진 서비스의 포트이며, 특별한 권한이 있는 프로그램만 기다릴 수 있습니다. 그래도 무언가 실행 중일 수 있으니 연결해서 무엇이 답하는지 보세요.
    [registered] 1024~49151번은 서비스 이름으로 IANA에 등록할 수 있는 포트이며, 어떤 프로그램이든 기다릴 수 있습니다. 테스트나 개발용 서버가 자주 사용합니다.
   *[dynamic] 49152~65535번은 등록되지 않습니다. 시스템이 연결의 클라이언트 쪽에 나눠 주고, 프로그램이 잠깐 사용하려고 고르기도 합니다.
  }
explain-port-20 = FTP 데이터: FTP가 파일을 보내는 포트입니다(능동 모드).
explain-port-20-more = FTP는 연결을 두 개 사용합니다. 명령은 21번으로, 파일은 다른 연결로 보냅니다. 예전 능동 모드에서는 서버가 20번 포트에서 클라이언트로 연결합니다.
explain-port-21 = FTP: 파일 전송 명령을 주고받는 포트입니다.
explain-port-21-more = FTP 서버는 "220 ..." 같은 줄로 먼저 인사합니다. 명령과 비밀번호가 암호화 없이 오갑니다. 여기에 HTTP { -request }을 보내면 HTTP가 아닌 FTP의 답이 옵니다.
explain-port-22 = SSH: 안전한 원격 접속입니다.
explain-port-22-more = 서버가 "SSH-2.0-OpenSSH..." 같은 줄로 먼저 말합니다. 여기에 HTTP { -request }을 보내도 HTTP { -response }은 오지 않습니다.
explain-port-23 = Telnet: 암호화 없는 원격 접속입니다.
explain-port-23-more = 다른 컴퓨터에 로그인하는 옛 방식으로, 비밀번호까지 모든 것이 암호화 없이 네트워크를 지나갑니다. 지금은 SSH가 대신합니다.
explain-port-25 = SMTP: 메일 서버끼리 메일을 넘겨주는 곳입니다.
explain-port-25-more = HTTP { -request }을 보내면 HTTP { -response } 대신 메일 서버의 인사말("220 ...")이 옵니다. 웹은 80번과 443번 포트를 사용합니다. 스팸을 막으려고 많은 가정용 네트워크가 이 포트를 막아 둡니다.
explain-port-53 = DNS: 이름을 IP 주소로 바꿉니다.
explain-port-53-more = 이름 조회는 보통 UDP로 이 포트에 보내고, 큰 것은 TCP로 보냅니다. { -app }의 DNS 조회 단계가 여기서 DNS 서버와 대화합니다.
explain-port-67 = DHCP: 네트워크에 들어온 컴퓨터가 주소를 받는 곳입니다.
explain-port-67-more = DHCP는 UDP로 동작합니다. 새 컴퓨터가 물으면 네트워크의 서버가 IP 주소와 설정을 알려 줍니다.
explain-port-69 = TFTP: 아주 간단한 파일 전송입니다.
explain-port-69-more = 로그인이 없는 작은 UDP 프로토콜로, 네트워크 장비를 켤 때 사용합니다.
explain-port-80 = HTTP: 암호화 없는 웹입니다.
explain-port-80-more = http:// 주소의 기본 포트라서 URL에 적지 않아도 됩니다. 여기로 보내는 모든 것은 가는 길에 누구나 읽을 수 있습니다.
explain-port-110 = POP3: 메일함에서 메일을 내려받습니다.
explain-port-110-more = 서버가 "+OK ..."로 인사합니다. 메일 프로그램이 여기서 메일을 가져가며, 암호화된 버전은 995번입니다.
explain-port-123 = NTP: 시계를 맞춥니다.
explain-port-123-more = 컴퓨터가 UDP로 시간 서버에 물어 시계를 맞춥니다. 인증서도 여기에 달려 있어서 시계가 틀리면 인증서가 만료된 것처럼 보입니다.
explain-port-143 = IMAP: 서버에 둔 메일을 읽습니다.
explain-port-143-more = 서버가 "* OK ..."로 인사합니다. POP3와 달리 메일이 서버에 남으며, 암호화된 버전은 993번입니다.
explain-port-161 = SNMP: 네트워크 장비를 살펴봅니다.
explain-port-161-more = 공유기나 프린터가 UDP로 상태 질문에 답하는 곳입니다.
explain-port-389 = LDAP: 사용자와 그룹의 디렉터리입니다.
explain-port-389-more = 회사는 계정 목록을 디렉터리에 두고 프로그램이 여기서 묻습니다. 암호화된 버전은 636번입니다.
explain-port-443 = HTTPS: TLS 위의 웹입니다.
explain-port-443-more = https:// 주소의 기본 포트입니다. TLS 핸드셰이크가 먼저 오고, 그 뒤에야 HTTP { -request }이 암호화되어 오갑니다.
explain-port-465 = SMTPS: 첫 바이트부터 TLS로 메일을 보냅니다.
explain-port-465-more = 메일 프로그램이 보낼 메일을 TLS 안에서 자기 서버에 넘기는 곳입니다.
explain-port-587 = 메일 제출: 메일 프로그램이 보낼 메일을 넘기는 곳입니다.
explain-port-587-more = 로그인과 함께 SMTP로 대화하며, 보통 STARTTLS로 TLS로 바꿉니다.
explain-port-636 = LDAPS: TLS 위의 LDAP입니다.
explain-port-636-more = 389번과 같은 디렉터리 질문을 암호화해서 주고받습니다.
explain-port-853 = DNS over TLS: 남이 볼 수 없는 이름 조회입니다.
explain-port-853-more = 53번과 같은 질문을 TLS 안에서 보내므로, 같은 네트워크의 다른 사람이 어떤 이름을 조회했는지 볼 수 없습니다.
explain-port-993 = IMAPS: TLS 위의 IMAP입니다.
explain-port-993-more = 143번처럼 메일을 읽되, 첫 바이트부터 암호화합니다.
explain-port-995 = POP3S: TLS 위의 POP3입니다.
explain-port-995-more = 110번처럼 메일을 내려받되, 첫 바이트부터 암호화합니다.
explain-port-1080 = SOCKS: 범용 프록시입니다.
explain-port-1080-more = SOCKS 프록시는 HTTP뿐 아니라 어떤 TCP 연결이든 중계합니다.
explain-port-1433 = Microsoft SQL Server: 데이터베이스입니다.
explain-port-1433-more = 프로그램이 서버 고유의 이진 프로토콜로 데이터베이스 질의를 보내는 곳입니다.
explain-port-1883 = MQTT: 작은 장치끼리 메시지를 주고받습니다.
explain-port-1883-more = 센서나 가전 기기가 여기서 중개 서버(브로커)를 통해 짧은 메시지를 보내고 받습니다.
explain-port-3128 = Squid: 웹 프록시가 흔히 사용하는 포트입니다.
explain-port-3128-more = 표준이 정한 것이 아니라 Squid 프록시의 기본값이며, 많은 프록시가 따라 사용합니다.
explain-port-3306 = MySQL: 데이터베이스입니다.
explain-port-3306-more = 서버가 이진 데이터로 자기 버전을 먼저 보냅니다. 여기에 HTTP { -request }을 보내도 HTTP { -response }은 오지 않습니다.
explain-port-3389 = RDP: Windows 원격 데스크톱입니다.
explain-port-3389-more = 다른 컴퓨터의 화면을 보여 주고 키보드와 마우스 입력을 보냅니다.
explain-port-5432 = PostgreSQL: 데이터베이스입니다.
explain-port-5432-more = 프로그램이 PostgreSQL의 이진 프로토콜로 데이터베이스 질의를 보내는 곳입니다.
explain-port-5900 = VNC: 원격 화면 공유입니다.
explain-port-5900-more = 서버가 "RFB ..."로 인사한 뒤 화면 이미지를 보냅니다.
explain-port-6379 = Redis: 메모리에 두는 데이터 저장소입니다.
explain-port-6379-more = 프로그램이 짧은 텍스트 명령으로 값을 저장하고 읽는 곳입니다.
explain-port-8080 = HTTP 대체 포트: 웹 서버의 두 번째 포트입니다.
explain-port-8080-more = 1024번보다 낮은 포트는 특별한 권한이 있어야 열 수 있어서, 테스트용·개발용 서버와 프록시가 이 포트를 자주 사용합니다. URL에 포트를 적어야 합니다: http://host:8080/
explain-port-8443 = HTTPS 대체 포트: HTTPS의 두 번째 포트입니다.
explain-port-8443-more = 8080번과 같지만 https:// 주소에 사용합니다.
explain-port-9200 = Elasticsearch: 검색 엔진의 HTTP 창구입니다.
explain-port-9200-more = JSON { -body }을 주고받는 HTTP로 대화하므로 { -app }으로 가져올 수 있습니다.
explain-port-27017 = MongoDB: 문서 데이터베이스입니다.
explain-port-27017-more = 프로그램이 MongoDB의 이진 프로토콜로 대화하는 곳입니다.

## URL의 부분
explain-url-url = URL: 자원이 어디에 있고 어떻게 닿는지 적은 주소입니다.
explain-url-url-more = 왼쪽에서 오른쪽으로 읽습니다. 스킴, 호스트와 포트, 경로, 쿼리, 프래그먼트 순서입니다: http://host:8080/path?query#fragment
explain-url-scheme = 스킴: 사용할 프로토콜(http, https)입니다.
explain-url-scheme-more = "://" 앞에 옵니다. 기본 포트도 정합니다. http는 80번, https는 443번입니다.
explain-url-userinfo = 호스트 이름 앞, "@" 앞에 적는 사용자 이름(과 비밀번호)입니다.
explain-url-userinfo-more = URL에 비밀번호를 넣으면 주소를 보는 누구에게나 보이므로 HTTP는 권하지 않습니다. { -app }은 이것을 보내지 않습니다.
explain-url-host = 호스트: 연결할 컴퓨터의 이름이나 IP 주소입니다.
explain-url-host-more = 이름은 DNS 조회로 주소를 찾습니다. Host { -header }에도 담겨 가므로 서버 하나가 여러 사이트를 맡을 수 있습니다.
explain-url-port = 포트: 그 컴퓨터의 어느 프로그램에 연결할지 정하는 번호입니다.
explain-url-port-more = 호스트 뒤 ":" 다음에 적는 숫자입니다. 없으면 스킴의 기본 포트를 사용합니다.
explain-url-path = 경로: 서버의 어느 자원인지 가리킵니다.
explain-url-path-more = "/"로 시작하고 흔히 폴더처럼 보입니다. 쿼리와 함께 { -request } 줄에 들어갑니다.
explain-url-query = 쿼리: "?" 뒤에 붙는 추가 데이터입니다.
explain-url-query-more = 보통 이름=값 쌍을 "&"로 이은 것이며, 검색어가 그 예입니다. { -request } 대상의 일부로 서버에 보냅니다.
explain-url-fragment = 프래그먼트: "#" 뒤에 적는 페이지 안의 위치입니다.
explain-url-fragment-more = 서버로는 절대 보내지 않습니다. 브라우저가 받은 페이지 안에서 그 위치로 옮겨 갈 때 사용합니다.
explain-url-percent_encoding = 퍼센트 인코딩: 바이트 하나를 "%"와 16진수 두 자리로 적는 방법입니다.
explain-url-percent_encoding-more = URL에 그대로 쓸 수 없는 글자(공백, 한글)는 UTF-8 바이트를 이 형태로 적습니다. 공백은 %20이 됩니다.
explain-url-origin = 출처(origin): 스킴, 호스트, 포트를 합친 것입니다.
explain-url-origin-more = 브라우저는 출처로 사이트를 나눕니다. 페이지는 자기 출처에서만 마음대로 읽을 수 있고, 그 밖은 CORS가 허락할 때만 읽습니다.

## TLS 용어
explain-tls-tls = TLS: 연결을 남이 볼 수 없게 만드는 층입니다.
explain-tls-tls-more = TCP와 HTTP 사이에서 동작합니다. 인증서로 서버가 누구인지 확인하고, 핸드셰이크 뒤의 모든 것을 암호화합니다. https://는 TLS 위의 HTTP입니다.
explain-tls-version = 양쪽이 합의한 TLS 버전입니다.
explain-tls-version-more = 지금은 TLS 1.3(2018년)과 1.2를 사용합니다. 그보다 오래된 버전은 보안 약점이 드러나서 거절합니다.
explain-tls-handshake = 핸드셰이크: TLS의 첫 메시지들입니다.
explain-tls-handshake-more = 클라이언트가 지원하는 것을 말하면 서버가 고르고, 인증서를 보내 그 키를 가졌음을 증명하며, 양쪽이 키를 만듭니다. 그다음에야 HTTP가 시작됩니다.
explain-tls-cipher_suite = 암호 스위트: 데이터를 암호화하고 보호하는 알고리즘의 묶음입니다.
explain-tls-cipher_suite-more = 이름에 알고리즘이 적혀 있습니다. TLS13_AES_128_GCM_SHA256이면 암호는 GCM 모드의 AES-128, 해시는 SHA-256입니다.
explain-tls-key_exchange = 키 교환: 엿보는 사람은 알 수 없는 비밀을 양쪽이 함께 정하는 방법입니다.
explain-tls-key_exchange-more = 보통 타원 곡선 디피-헬만(예: X25519)입니다. 양쪽이 공개 값을 하나씩 보내고, 둘 다 같은 비밀을 계산합니다.
explain-tls-certificate = 인증서: 어떤 키가 어떤 이름의 것이라는 서명된 문서입니다.
explain-tls-certificate-more = 서버의 이름들, 공개 키, 유효 기간, 발급자의 서명이 들어 있습니다.
explain-tls-chain = 인증서 체인: 서버 인증서에서 신뢰하는 { -ca }까지 이어지는 사슬입니다.
explain-tls-chain-more = 인증서마다 다음 인증서가 서명하며, 맨 위는 이 컴퓨터가 신뢰하는 루트 인증서입니다. 한 고리라도 빠지면 확인에 실패합니다.
explain-tls-authority = { -ca }: 인증서에 서명하는 기관입니다.
explain-tls-authority-more = 요청한 사람이 그 이름을 실제로 관리하는지 확인한 뒤 서명합니다. 사이트를 믿는 근거는 그 { -ca }을 믿는 데서 나옵니다.
explain-tls-trust_store = 신뢰 저장소: 이 컴퓨터가 믿는 { -ca } 목록입니다.
explain-tls-trust_store-more = 운영 체제나 프로그램과 함께 오는 목록입니다. 체인이 이 목록 밖에서 끝나는 인증서는 거절합니다("알 수 없는 발급자").
explain-tls-name_check = 이름 확인: 인증서에 URL의 호스트가 적혀 있어야 합니다.
explain-tls-name_check-more = 다른 이름의 올바른 인증서는 이 이름에 대해 아무것도 증명하지 못하므로, 이름이 다르면 연결을 거절합니다.
explain-tls-expiry = 유효 기간: 인증서가 유효해지는 날과 만료되는 날입니다.
explain-tls-expiry-more = 그 기간 밖이면 거절합니다. 이 컴퓨터의 시계가 틀려도 같은 실패가 납니다.
explain-tls-sni = SNI: 클라이언트가 핸드셰이크 처음에 보내는 호스트 이름입니다.
explain-tls-sni-more = 주소 하나에 여러 사이트가 있을 수 있어서, 서버는 이 이름을 보고 맞는 인증서를 고릅니다. 암호화가 시작되기 전에 보냅니다.
explain-tls-alpn = ALPN: TLS 안에서 사용할 프로토콜(http/1.1, h2)을 정합니다.
explain-tls-alpn-more = 클라이언트가 핸드셰이크 중에 말할 수 있는 프로토콜을 알리면 서버가 하나를 고릅니다. { -app }은 http/1.1만 제안합니다.
explain-tls-close_notify = close_notify: "이제 보낼 것이 없다"는 TLS 메시지입니다.
explain-tls-close_notify-more = 이 메시지로 정상적인 끝과 공격자가 끊은 연결을 구별합니다. 이것 없이 연결이 닫히며 끝난 { -body }은 잘렸을 수 있습니다.

## 오류마다 그 아래에서 일어난 일(FetchError::kind, TlsProblem::kind)
explain-error-invalid_url = 주소를 URL로 읽을 수 없었습니다.
explain-error-invalid_url-more = 이 컴퓨터 밖으로는 아무것도 나가지 않았습니다. 조회나 연결 전에 주소를 확인했는데 스킴://호스트/경로 모양이 아닙니다.
explain-error-unsupported_scheme = 주소가 HTTP가 아닌 프로토콜을 요구합니다.
explain-error-unsupported_scheme-more = "://" 앞의 스킴이 프로토콜을 정합니다. { -app }은 http와 https만 다루므로 연결하지 않았습니다.
explain-error-invalid_request = { -request }이 HTTP 규칙을 어기게 되어 보내지 않았습니다.
explain-error-invalid_request-more = 메서드와 { -header } 이름은 허용된 글자로 된 한 단어여야 하고, { -header } 값에는 CR이나 LF가 들어갈 수 없습니다. 그 바이트가 줄을 일찍 끝내면 다른 글이 { -header }인 척 끼어들 수 있기 때문입니다.
explain-error-no_such_host = DNS 조회에서 이 이름의 주소를 찾지 못했습니다.
explain-error-no_such_host-more = 연결하기 전에 컴퓨터는 DNS 서버에 이름의 IP 주소를 묻습니다. 그런 이름이 없다는 답이 왔거나 DNS 서버에 닿지 못했습니다(네트워크 없음). TCP 연결은 시도하지 않았습니다.
explain-error-connection_refused = 상대 컴퓨터에는 닿았지만 그 포트에서 기다리는 프로그램이 없습니다.
explain-error-connection_refused-more = TCP는 연결하려고 SYN 패킷을 보냅니다. 상대 컴퓨터가 곧바로 강제 종료(RST)로 답했으니, 그 포트에서 연결을 기다리는 프로그램이 없다는 뜻입니다. 주소는 맞고, 포트 번호나 서버 프로그램이 문제입니다.
explain-error-unreachable = 네트워크에 그 주소로 가는 길이 없습니다.
explain-error-unreachable-more = 이 컴퓨터나 중간의 라우터가 그 주소에 닿을 수 없다고 알렸습니다(경로 없음, 네트워크 꺼짐). 보통 ICMP 메시지로 알립니다. 서버에는 아무것도 닿지 않았습니다.
explain-error-timeout = 한 단계가 제한 시간보다 오래 걸려 포기했습니다.
explain-error-timeout-more = { -app }은 단계마다(조회, 연결, TLS, { -response-head }, { -body } 읽기 한 번마다) 정해진 시간만 기다립니다. 그동안 상대가 아무 말도 하지 않았습니다. 느리거나 바쁘거나, 답 없이 패킷을 버리고 있을 수 있습니다.
explain-error-tls = 보안 연결(TLS)을 만들지 못했습니다.
explain-error-tls-more = TCP 연결은 되었지만 이어지는 TLS 핸드셰이크가 실패해서 HTTP는 보내지 않았습니다. 함께 적힌 문제가 어떤 확인에서 실패했는지 알려 줍니다.
explain-error-connection_reset = 상대가 강제 종료(RST)로 연결을 끊었습니다.
explain-error-connection_reset-more = TCP 강제 종료(RST)는 평소의 작별 인사 없이 연결을 바로 끝냅니다. 서버나 중간의 무언가가 보냈습니다. 서버가 멈췄거나, { -request }을 거부했거나, 방화벽이 끼어든 것입니다.
explain-error-closed_before_response = 서버가 답하지 않고 연결을 닫았습니다.
explain-error-closed_before_response-more = { -request }은 나갔지만 서버가 { -response }을 한 바이트도 보내기 전에 평소 방식(FIN)으로 연결을 끝냈습니다. 마음에 들지 않는 { -request }에 이렇게 하는 서버도 있습니다.
explain-error-not_http = 서버가 답했지만 HTTP가 아닙니다.
explain-error-not_http-more = HTTP { -response }은 "HTTP/1.x"와 상태 코드로 시작합니다. 이 바이트는 그렇지 않으니, 이 포트에서는 다른 서비스(메일, SSH, 데이터베이스)가 실행 중입니다.
explain-error-malformed_response = { -response }이 HTTP 규칙을 어겨 읽을 수 없었습니다.
explain-error-malformed_response-more = { -response }은 상태 줄, { -header } 줄들, 빈 줄, 그리고 Content-Length나 { -chunk }로 범위가 정해진 { -body } 순서입니다. 이 순서의 어딘가가 잘못되었고, 함께 적힌 문제가 그 위치를 알려 줍니다.
explain-error-limit_exceeded = { -response }이 크기 { -limit }를 넘었습니다.
explain-error-limit_exceeded-more = 흐름을 읽는 프로그램은 어딘가에서 멈춰야 합니다. 그렇지 않으면 서버가 끝없이 보낼 수 있습니다. { -app }은 { -limit }까지 도착한 것을 보관합니다.
explain-error-body_incomplete = { -body }이 다 오기 전에 연결이 끝났습니다.
explain-error-body_incomplete-more = 헤드가 길이(Content-Length)나 { -chunk }를 알렸는데, 그것이 다 오기 전에 연결이 닫혔습니다. 서버나 네트워크가 중간에 멈췄습니다.
explain-error-decode = 압축된 { -body }을 풀 수 없었습니다.
explain-error-decode-more = Content-Encoding은 { -body }이 압축되었다고(gzip, deflate, br) 했지만, 바이트가 그 형식에 맞지 않습니다. 도착한 원본 바이트는 그대로 보관합니다.
explain-error-too_many_redirects = { -redirect }이 끝나지 않았습니다.
explain-error-too_many_redirects-more = { -redirect }마다 다른 주소를 가리킵니다. 이렇게 긴 사슬은 보통 같은 주소를 맴돌기 때문에, { -app }도 브라우저처럼 정해진 횟수 뒤에 멈춥니다.
explain-error-cancelled = 사용자가 가져오기를 멈췄습니다.
explain-error-cancelled-more = 취소하면 연결을 닫습니다. 그때까지 도착한 것은 보관합니다.
explain-error-output_failed = { -response }을 출력에 쓰지 못했습니다.
explain-error-output_failed-more = 가져오기는 성공했지만 출력(파일, 다른 프로그램으로 가는 파이프)에 쓰다가 실패했습니다. 디스크가 가득 찼거나 읽던 프로그램이 끝난 경우입니다.
explain-error-io = 운영 체제가 입출력 오류를 알렸습니다.
explain-error-io-more = 연결에서 읽거나 쓰다가 HTTP가 아닌 운영 체제의 이유로 실패했습니다. 자세한 내용은 운영 체제가 준 것입니다.
explain-error-tls-unknown_issuer = 이 컴퓨터가 믿지 않는 { -ca }이 서명한 인증서입니다.
explain-error-tls-unknown_issuer-more = 서버 인증서에서 시작한 체인이 신뢰 저장소에서 끝나지 않습니다. 자체 { -ca }을 사용하는 테스트 서버나, 빠진 중간 인증서가 흔한 원인입니다.
explain-error-tls-expired = 인증서의 유효 기간이 끝났습니다.
explain-error-tls-expired-more = 인증서는 두 날짜 사이에만 유효한데, 이 인증서는 끝나는 날이 지났습니다. 사이트가 갱신을 잊었거나 이 컴퓨터의 시계가 틀렸습니다.
explain-error-tls-not_yet_valid = 인증서가 아직 유효하지 않습니다.
explain-error-tls-not_yet_valid-more = 시작하는 날이 미래입니다. 이 컴퓨터의 시계가 늦을 가능성이 큽니다.
explain-error-tls-name_mismatch = 다른 이름의 인증서입니다.
explain-error-tls-name_mismatch-more = 인증서에는 URL의 호스트가 적혀 있어야 합니다. 다른 이름의 올바른 인증서는 이 이름에 대해 아무것도 증명하지 못하므로 연결을 거절했습니다.
explain-error-tls-bad_certificate = 인증서가 손상되었거나 받아들일 수 없습니다.
explain-error-tls-bad_certificate-more = 읽을 수 없거나, 웹 서버에 사용할 수 없는 인증서입니다(폐기됨, 용도가 다름, 약한 서명).
explain-error-tls-not_tls = 이 포트의 서버는 TLS를 사용하지 않습니다.
explain-error-tls-not_tls-more = 처음 돌아온 바이트가 TLS 핸드셰이크 메시지가 아니었습니다. 흔히 암호화 없는 HTTP { -response }입니다. 이 포트는 https://가 아니라 http://를 받습니다.
explain-error-tls-refused = 서버가 경고(alert) 메시지로 핸드셰이크를 거절했습니다.
explain-error-tls-refused-more = TLS 경고는 서버가 거절하는 방법입니다. 받아들일 수 있는 버전, 암호 스위트, 이름을 찾지 못했습니다.
explain-error-tls-bad_ca_file = 지정한 { -ca } 파일을 사용할 수 없습니다.
explain-error-tls-bad_ca_file-more = { -ca } 인증서는 PEM 파일에서 읽습니다. "BEGIN CERTIFICATE" 블록이 있는 텍스트 파일인데, 이 파일에는 그것이 없거나 손상되었습니다.
explain-error-tls-other = TLS 라이브러리가 다른 문제를 알렸습니다.
explain-error-tls-other-more = 따로 항목이 없는 이유로 핸드셰이크가 실패했습니다. 자세한 내용은 TLS 라이브러리가 준 것입니다.

## 참고마다 그 아래에서 일어난 일(Warning::kind)
explain-note-scheme_added = 스킴을 입력하지 않아 http://로 보았습니다.
explain-note-scheme_added-more = URL에는 어떤 프로토콜을 사용할지 알리는 스킴이 필요합니다. 스킴이 없으면 { -app }은 curl처럼 암호화 없는 HTTP를 사용합니다.
explain-note-userinfo_not_sent = 주소의 사용자 이름과 비밀번호는 보내지 않았습니다.
explain-note-userinfo_not_sent-more = "user:password@" 부분은 HTTP { -request }에 들어가지 않습니다. 보내려면 Authorization { -header }가 필요한데, { -app }은 이것을 사용자에게 맡깁니다.
explain-note-bare_lf_head = 헤드의 줄이 LF 하나로만 끝났습니다.
explain-note-bare_lf_head-more = HTTP는 줄마다 CR LF 두 바이트로 끝냅니다. LF 하나만 있어도 대부분 읽어 주지만, 서버가 보내서는 안 됩니다.
explain-note-unknown_minor_version = 서버가 존재하지 않는 HTTP/1 버전을 말했습니다.
explain-note-unknown_minor_version-more = HTTP/1.0과 HTTP/1.1만 있습니다. 더 높은 부 버전은 아는 것 중 가장 높은 버전으로 읽습니다.
explain-note-status_out_of_range = 상태 코드가 100~599 밖에 있습니다.
explain-note-status_out_of_range-more = HTTP는 1부터 5까지의 종류만 정합니다. 그 밖의 코드는 클라이언트가 믿을 만한 뜻이 없습니다.
explain-note-folded_header = { -header }가 다음 줄로 이어졌습니다(폐지된 줄 접기).
explain-note-folded_header-more = 예전 HTTP는 공백으로 시작하는 줄로 값을 이어 쓸 수 있었습니다. 읽는 프로그램끼리 해석이 달라 속을 수 있어서 지금은 { -response }에서 금지합니다.
explain-note-length_and_transfer_encoding = { -response }에 Transfer-Encoding과 Content-Length가 모두 있었습니다.
explain-note-length_and_transfer_encoding-more = { -body } 하나에 끝을 정하는 방법이 둘이면 두 프로그램이 서로 다른 메시지를 보게 만드는 고전적인 속임수(request smuggling)가 됩니다. 규칙은 Transfer-Encoding이 이긴다는 것입니다.
explain-note-transfer_encoding_not_chunked = Transfer-Encoding이 chunked로 끝나지 않습니다.
explain-note-transfer_encoding_not_chunked-more = 마지막 코딩이 chunked가 아니면 { -body }의 끝을 알리는 표시가 없어서, 연결을 닫아야만 끝납니다.
explain-note-repeated_content_length = Content-Length가 같은 값으로 여러 번 왔습니다.
explain-note-repeated_content_length-more = 값이 같으면 하나로 합칠 수 있습니다. 값이 다르면 { -body }의 끝을 알 수 없게 됩니다.
explain-note-bare_lf_chunk = { -chunk } 줄이 LF 하나로만 끝났습니다.
explain-note-bare_lf_chunk-more = { -chunk } 줄도 헤드처럼 CR LF로 끝납니다. LF 하나만 있는 것도 읽어 주었습니다.
explain-note-many_chunks = { -body }이 아주 많은 { -chunk }로 왔습니다.
explain-note-many_chunks-more = { -chunk }마다 크기 줄이 붙습니다. 목록에는 앞쪽만 보이지만 모든 바이트는 { -body }에 있습니다.
explain-note-trailer_without_colon = 트레일러 줄에 콜론이 없었습니다.
explain-note-trailer_without_colon-more = 마지막 { -chunk } 뒤에 서버는 "이름: 값" 형태의 { -header } 필드(트레일러)를 더 보낼 수 있습니다. 이 줄은 그 형태가 아니어서 건너뛰었습니다.
explain-note-bad_trailer_line = 트레일러 줄이 { -header } 규칙에 맞지 않았습니다.
explain-note-bad_trailer_line-more = 트레일러도 { -header } 줄과 같은 규칙을 따릅니다. 허용된 글자로 된 이름, 콜론, 제어 문자가 없는 값입니다. { -body }은 이미 다 받았으므로 그 줄만 빼 두었습니다. 같은 줄이 헤드에 있었다면 읽기를 멈췄을 것입니다.
explain-note-forbidden_trailer = 헤드에 있어야 할 필드가 트레일러로 왔습니다.
explain-note-forbidden_trailer-more = 트레일러는 { -body } 뒤에 옵니다. 그때는 { -body }의 길이나 인코딩, 메시지가 갈 곳을 알려 주는 필드가 바꿀 수 있는 것이 없습니다. 그래서 보내는 쪽은 이런 필드를 트레일러에 넣으면 안 되고, 받는 쪽은 따르면 안 됩니다.
explain-note-transfer_coding_undone = chunked 말고 다른 전송 코딩도 풀었습니다.
explain-note-transfer_coding_undone-more = Transfer-Encoding에는 gzip, deflate, compress도 올 수 있습니다. Content-Encoding과 달리 이 코딩은 내용이 아니라 메시지가 지나가는 한 구간에 속합니다. 클라이언트가 TE { -header }로 받겠다고 말하는 일이 드물어서, 서버가 보내는 일도 거의 없습니다.
explain-note-chunked_twice = chunked가 두 번 이상 적혀 있었습니다.
explain-note-chunked_twice-more = chunked 방식은 한 번만 적용할 수 있습니다. 두 번 적히면 { -body }의 끝을 두 가지로 읽을 수 있습니다. 요청 스머글링이 노리는 것이 바로 이런 어긋남입니다.
explain-note-tls_closed_without_notify = TLS가 마무리 메시지 없이 끝났습니다.
explain-note-tls_closed_without_notify-more = TLS에는 진짜 끝과 끊긴 것을 구별하는 close_notify 메시지가 있습니다. 연결이 닫혀야 끝나는 { -body }에서 이 메시지가 없으면 { -body }이 잘렸을 수 있습니다.
explain-note-raw_deflate = deflate { -body }에 zlib 머리말이 없었습니다.
explain-note-raw_deflate-more = HTTP의 "deflate"는 머리말과 검사 값이 있는 zlib 형식입니다. 머리말 없이 데이터만 보내는 서버도 있어서, 그런 본문도 풀었습니다.
explain-note-unknown_content_coding = { -app }이 모르는 압축 방식의 { -body }입니다.
explain-note-unknown_content_coding-more = Content-Encoding이 gzip, deflate, br이 아닌 코딩을 말해서, { -body }을 압축된 채로 받은 그대로 보여 줍니다.
explain-note-extra_bytes = { -body }이 끝난 뒤에 바이트가 더 왔습니다.
explain-note-extra_bytes-more = { -body }이 끝났다고 알린 곳 뒤로 바이트가 더 이어졌습니다. 어느 { -response }에도 속하지 않으며, 서버의 버그이거나 두 프로그램이 { -body }의 끝을 다르게 본다는 신호입니다.
explain-note-reads_merged = 읽기 목록을 줄였습니다.
explain-note-reads_merged-more = 아주 많은 읽기로 도착한 { -body }은 목록이 너무 길어지므로 뒤쪽 읽기를 한 항목으로 합쳤습니다. 버린 바이트는 없습니다.
explain-note-closed_while_sending = { -request }을 다 보내기 전에 서버가 연결을 닫았습니다.
explain-note-closed_while_sending-more = 서버는 가끔 일찍 답하고(예: 큰 { -body } 거절) 연결을 닫습니다. 서버가 보낸 답은 그래도 읽습니다.
explain-note-proxy_closed_while_sending = { -request }을 다 보내기 전에 프록시가 연결을 닫았습니다.
explain-note-proxy_closed_while_sending-more = 암호화 없는 http에서는 { -request }이 프록시로 가므로 연결을 끊은 쪽은 프록시입니다. 서버가 일찍 보낸 답(예: 큰 { -body } 거절)을 넘겨준 것일 수도 있고, 프록시가 직접 { -request }을 거절한 것일 수도 있습니다. 돌아온 답은 그래도 읽습니다.
explain-note-redirected_from = { -redirect }을 따라가서 받은 { -response }입니다.
explain-note-redirected_from-more = 처음 주소가 3xx 상태 코드와 Location으로 답했고, { -app }이 그 주소로 새 { -request }을 보냈습니다.
explain-note-https_to_http = { -redirect }이 https에서 암호화 없는 http로 갔습니다.
explain-note-https_to_http-more = 그 뒤의 모든 것은 암호화 없이 네트워크를 지나가므로 가는 길에 읽힐 수 있습니다.
explain-note-credentials_dropped = 인증 정보를 다른 서버로 가져가지 않았습니다.
explain-note-credentials_dropped-more = Authorization, Cookie, Proxy-Authorization { -header }는 원래 받을 서버의 것입니다. 다른 호스트, 포트, 스킴으로 가는 { -redirect }에 넘겨주면 안 됩니다.
explain-note-became_get = 가는 길에 메서드가 GET으로 바뀌었습니다.
explain-note-became_get-more = 303은 언제나 새 주소를 GET으로 요청하라는 뜻입니다. 301과 302는 규칙상 같은 메서드를 써도 되지만, 브라우저가 오래전부터 POST를 GET으로 바꿔 왔고 서버도 그것을 기대합니다. 307과 308은 메서드와 { -body }을 그대로 유지합니다.
explain-note-empty_lines_before_status = 상태 줄 앞에 빈 줄이 있었습니다.
explain-note-empty_lines_before_status-more = 읽는 쪽은 너그럽게 건너뛰지만, 서버는 { -response }을 상태 줄로 시작해야 합니다.
explain-note-odd_status_line = 상태 줄의 모양이 흔하지 않습니다.
explain-note-odd_status_line-more = 상태 줄은 "HTTP/1.1 200 OK"처럼 버전, 공백 하나, 숫자 세 개, 공백 하나, 상태 문구 순서입니다. 이 줄은 조금 달랐지만 그래도 읽었습니다.
explain-note-other_http_version = 상태 줄이 1.x가 아닌 HTTP 버전을 말했습니다.
explain-note-other_http_version-more = HTTP/2와 HTTP/3은 상태 줄을 글자로 보내지 않고, HTTP/0.9는 상태 줄이 아예 없었습니다. 그래서 그 버전을 적은 글자 줄은 서버의 실수입니다.
explain-note-non_ascii_in_head = 헤드에 ASCII 밖의 바이트가 있습니다.
explain-note-non_ascii_in_head-more = HTTP는 값 안에서만 그런 바이트를 뜻 없는 데이터로 허용합니다. 프로그램마다 다르게 해석하므로 있는 그대로 보여 줍니다.
explain-note-chunk_size_whitespace = { -chunk } 크기 줄의 크기 뒤에 공백이 있었습니다.
explain-note-chunk_size_whitespace-more = 문법에는 그 자리가 없지만 크기는 분명해서 { -chunk }를 읽었습니다.
explain-note-odd_chunk_extension = { -chunk } 확장이 ;이름=값 형태가 아니었습니다.
explain-note-odd_chunk_extension-more = { -chunk } 크기 뒤의 확장은 허용되지만 실제로는 아무 뜻이 없습니다. 이 확장은 무시했습니다.
explain-note-no_blank_line_after_last_chunk = 청크 전송 { -body }이 마지막 빈 줄 없이 끝났습니다.
explain-note-no_blank_line_after_last_chunk-more = 크기가 0인 { -chunk } 뒤의 빈 줄이 메시지를 끝냅니다. 모든 { -chunk }가 도착했으므로 { -body }은 온전합니다.
explain-note-no_body_despite_length = 길이를 알렸지만 이 { -response }에는 { -body }이 없습니다.
explain-note-no_body_despite_length-more = HEAD, 204, 304에 대한 { -response }에는 { -body }이 절대 없습니다. 그 Content-Length는 다른 { -response }을 설명합니다.
explain-note-space_before_colon = { -header } 이름과 콜론 사이에 공백이 있었습니다.
explain-note-space_before_colon-more = 이름을 다르게 읽는 프로그램들이 서로 다른 { -header } 두 개로 보도록 속을 수 있어서 금지합니다.
explain-note-transfer_encoding_in_http10 = HTTP/1.0 { -response }이 Transfer-Encoding을 사용했습니다.
explain-note-transfer_encoding_in_http10-more = HTTP/1.0에는 Transfer-Encoding이 없으므로 { -body }의 끝을 정하는 방식을 믿을 수 없습니다.
explain-note-switching_protocols = 서버가 다른 프로토콜로 바꿨습니다(101).
explain-note-switching_protocols-more = 101 뒤로 연결에는 다른 프로토콜(흔히 WebSocket)이 오가므로, { -app }은 거기서 HTTP 읽기를 멈춥니다.

## 헤더 필드(src/learn/explain/headers.rs)
explain-header-unknown = "{ $name }"의 설명은 { -app }에 없습니다.
explain-header-unknown-more = { -header } 필드는 누구나 만들 수 있습니다. "{ $name }" 필드를 모르는 프로그램은 이 필드를 무시하고 메시지의 나머지를 평소처럼 읽습니다. 그래서 이 필드에 합의한 프로그램들에만 뜻이 있으니, 보낸 서버나 서비스의 문서를 확인하세요.
explain-header-x-unknown = "{ $name }": 표준이 아닌 사용자 정의 필드입니다. 이름 앞의 "X-"가 그 표시입니다.
explain-header-x-unknown-more = "X-"로 시작하는 이름은 실험용이나 개인용 필드에 붙이던 관례입니다. 쓸모 있는 "X-" 필드가 접두어를 영영 떼지 못하는 문제 때문에 이 관례는 폐지되었지만(RFC 6648) 아직 많이 남아 있습니다. "{ $name }"의 뜻은 그것에 합의한 프로그램들만 알고, 나머지는 무시합니다.
explain-header-content-length = { -body }의 크기(바이트)입니다.
explain-header-content-length-more = 읽는 쪽은 빈 줄 뒤에서 정확히 이만큼의 바이트를 세고, 거기서 메시지가 끝납니다. 이것도 chunked도 없으면 연결을 닫아야만 { -body }이 끝납니다.
explain-header-transfer-encoding = 전송을 위해 { -body }을 나누는 방식이며, 보통 chunked입니다.
explain-header-transfer-encoding-more = chunked면 { -body }이 조각(청크)으로 나뉘어 옵니다. { -chunk }마다 앞줄에 크기가 16진수로 적혀 있고, 크기가 0인 { -chunk }가 끝을 알립니다. 그래서 서버는 전체 길이를 몰라도 보내기 시작할 수 있습니다. 내용이 아니라 이번 구간의 전송에만 속합니다.
explain-header-te = 클라이언트가 받을 수 있는 전송 코딩(과 "trailers")입니다.
explain-header-te-more = "TE: trailers"는 청크 전송 { -body } 뒤에 오는 { -header } 필드를 읽을 수 있다는 뜻입니다. 이 연결에만 해당하므로 Connection에도 적습니다.
explain-header-trailer = { -body } 뒤에 올 { -header } 필드를 미리 알립니다.
explain-header-trailer-more = 청크 전송에서는 일부 필드(검사 값, 최종 상태)를 끝에서야 알 수 있어서, 그 이름을 먼저 알려 둡니다.
explain-header-content-type = { -body }이 어떤 종류의 데이터인지, 흔히 문자 인코딩까지 알려 줍니다.
explain-header-content-type-more = text/html이나 application/json 같은 미디어 타입이며, "charset=utf-8"이 붙기도 합니다. 읽는 쪽은 주소가 아니라 이 값을 보고 { -body }을 어떻게 보여 줄지 정합니다.
explain-header-content-encoding = { -body }을 압축한 방식(gzip, br, deflate)입니다.
explain-header-content-encoding-more = 전송되는 { -body }은 압축되어 있고, 읽는 쪽이 풀어야 내용이 나옵니다. Transfer-Encoding과 달리 내용의 성질이므로 캐시도 압축된 채로 보관합니다.
explain-header-content-language = { -body }이 쓰인 언어입니다(ko, en-US 등).
explain-header-content-language-more = 누구를 위해 쓴 내용인지 알려 줄 뿐, 읽는 방법을 바꾸지는 않습니다.
explain-header-content-location = 바로 이 내용을 찾을 수 있는 다른 주소입니다.
explain-header-content-location-more = 예를 들어 협상으로 고른 페이지가 자기는 /index.ko.html이라고 알려 줍니다. { -redirect }이 아니라 정보입니다.
explain-header-content-disposition = { -body }을 페이지에 보여 줄지, 파일로(이름과 함께) 저장할지 알려 줍니다.
explain-header-content-disposition-more = "attachment; filename=report.pdf"면 브라우저가 그 이름으로 내려받기를 제안하고, "inline"이면 보여 줍니다.
explain-header-content-digest = 보낸 { -body }의 검사 값입니다.
explain-header-content-digest-more = 읽는 쪽이 해시(예: sha-256)를 다시 계산해 오는 길에 바이트가 바뀌지 않았는지 확인할 수 있습니다.
explain-header-repr-digest = 범위로 나누기 전, 전체 내용의 검사 값입니다.
explain-header-repr-digest-more = Content-Digest와 같지만 자원 전체에 대한 것이라서, Range로 나눠 받은 부분을 합친 뒤 확인할 수 있습니다.
explain-header-digest = 예전 검사 값 필드로, 지금은 Content-Digest와 Repr-Digest가 대신합니다.
explain-header-digest-more = RFC 3230이 정했지만, 압축과 범위가 있을 때 뜻이 분명하지 않아 RFC 9530이 폐지했습니다.
explain-header-accept = 클라이언트가 원하는 데이터 종류를 좋아하는 순서대로 알려 줍니다.
explain-header-accept-more = 미디어 타입 목록이며 가중치(q=0.9)를 붙일 수 있습니다. 서버는 여기서 형식을 고를 수 있습니다(콘텐츠 협상). 브라우저는 긴 기본 목록을 보냅니다.
explain-header-accept-charset = 클라이언트가 받을 수 있는 문자 인코딩입니다(지금은 거의 사용하지 않음).
explain-header-accept-charset-more = 지금은 거의 모든 것이 UTF-8이라 브라우저가 더 이상 보내지 않습니다.
explain-header-accept-encoding = 클라이언트가 풀 수 있는 압축 방식입니다.
explain-header-accept-encoding-more = 예를 들어 "gzip, deflate, br"입니다. 서버는 이 중 하나로 { -body }을 압축하고 Content-Encoding에 적을 수 있습니다.
explain-header-accept-language = 읽는 사람이 좋아하는 언어입니다.
explain-header-accept-language-more = 예를 들어 "ko-KR, ko;q=0.9, en;q=0.8"입니다. 사이트는 이것을 보고 한국어 페이지를 고를 수 있습니다.
explain-header-accept-patch = 이 자원이 PATCH로 받는 { -body } 형식입니다.
explain-header-accept-patch-more = 클라이언트가 보낼 수 있는 패치 문서 형식을 알려 줍니다.
explain-header-accept-post = 이 자원이 POST로 받는 { -body } 형식입니다.
explain-header-accept-post-more = 여기에 POST로 보낼 수 있는 미디어 타입을 알려 줍니다.
explain-header-range = 바이트 위치로 { -body }의 일부만 요청합니다.
explain-header-range-more = "bytes=0-1023"은 처음 1,024바이트를 요청합니다. 내려받기를 이어 받거나 동영상을 중간부터 볼 때 사용합니다. 답은 Content-Range가 있는 206입니다.
explain-header-accept-ranges = 서버가 이 { -body }의 일부를 보낼 수 있는지 알려 줍니다.
explain-header-accept-ranges-more = "bytes"면 Range { -request }이 되고, "none"이면 안 됩니다.
explain-header-content-range = 이것이 { -body }의 어느 부분인지와 전체 길이입니다.
explain-header-content-range-more = "bytes 0-1023/5000"은 5,000바이트 중 0번부터 1023번 바이트라는 뜻입니다. 416 { -response }에서는 실제 길이를 알려 줍니다.
explain-header-if-range = 자원이 바뀌지 않았으면 요청한 부분만, 바뀌었으면 전부 보내 달라고 합니다.
explain-header-if-range-more = ETag나 날짜를 담습니다. 이어 받기에서 서로 다른 버전의 부분이 섞여 붙지 않게 막아 줍니다.
explain-header-cache-control = 이 메시지를 저장하고 다시 사용하는 규칙입니다: 누가, 얼마 동안.
explain-header-cache-control-more = 쉼표로 나눈 지시어들입니다. max-age=3600(1시간 동안 신선함), no-cache(다시 사용하기 전에 서버에 확인), no-store(아예 저장하지 않음), private(공유 캐시 말고 브라우저만), public, immutable 등이 있습니다.
explain-header-expires = 이 { -response }이 더 이상 신선하지 않게 되는 날짜입니다.
explain-header-expires-more = 사본이 얼마나 신선한지 알리는 예전 방식입니다. Cache-Control: max-age가 함께 있으면 그쪽이 이깁니다.
explain-header-age = 이 { -response }이 캐시에서 기다린 시간(초)입니다.
explain-header-age-more = Age가 있는 { -response }은 서버에서 바로 온 것이 아니라 캐시에서 왔습니다. 남은 신선도는 max-age에서 Age를 뺀 값입니다.
explain-header-pragma = HTTP/1.0의 캐시 지시이며, 뜻이 있는 값은 "no-cache"뿐입니다.
explain-header-pragma-more = 아주 오래된 캐시를 위해 남아 있습니다. Cache-Control이 대신합니다.
explain-header-warning = 캐시에 대한 추가 경고입니다(폐지됨).
explain-header-warning-more = "110 Response is Stale" 같은 코드를 담았습니다. 사용하는 곳이 적어 RFC 9111에서 폐지했습니다.
explain-header-vary = 이 답이 어떤 { -request } { -header }에 따라 달라지는지 알려 줍니다.
explain-header-vary-more = "Vary: Accept-Encoding"은 답이 그 { -header }에 달려 있다고 캐시에 알려서, gzip 사본이 그것을 풀 수 없는 클라이언트에게 가지 않게 합니다.
explain-header-last-modified = 서버가 생각하는 자원의 마지막 수정 시각입니다.
explain-header-last-modified-more = 클라이언트는 나중에 If-Modified-Since로 물어서, 바뀐 것이 없으면 짧은 304를 받습니다.
explain-header-etag = 자원의 이 버전을 가리키는 꼬리표입니다.
explain-header-etag-more = 자원이 바뀌면 꼬리표도 바뀝니다. 클라이언트가 If-None-Match에 꼬리표를 담아 다시 물으면, 같을 때 304를 받습니다. 앞의 W/는 약한 비교(바이트까지 같지는 않지만 같은 내용)를 뜻합니다.
explain-header-cache-status = 중간의 캐시들이 { -request }을 어떻게 처리했는지 알려 줍니다.
explain-header-cache-status-more = 캐시마다 "hit"(사본으로 답함)나 "fwd=miss"(서버로 넘김) 같은 항목을 더합니다.
explain-header-cdn-cache-control = CDN만을 위한 캐시 규칙입니다.
explain-header-cdn-cache-control-more = Cache-Control과 같은 지시어를 사용하지만 콘텐츠 전송 네트워크만 읽고 지웁니다.
explain-header-surrogate-control = 서버 앞의 게이트웨이 캐시를 위한 캐시 규칙입니다.
explain-header-surrogate-control-more = 이것을 지원하는 리버스 프록시와 CDN이 읽고 지웁니다. 브라우저에는 영향이 없습니다.
explain-header-clear-site-data = 브라우저에 이 사이트의 저장 데이터를 지우라고 요청합니다.
explain-header-clear-site-data-more = "cookies", "cache", "storage", "*" 중에서 고릅니다. 로그아웃할 때 자주 보냅니다.
explain-header-if-match = 자원의 ETag가 아직 이것일 때만 하라는 조건입니다.
explain-header-if-match-more = PUT이나 DELETE와 함께 사용해서 다른 사람이 바꾼 내용을 덮어쓰지 않게 합니다. 조건이 맞지 않으면 412입니다.
explain-header-if-none-match = 지금 ETag가 다를 때만 { -body }을 보내 달라는 조건입니다.
explain-header-if-none-match-more = 클라이언트는 이미 그 꼬리표의 사본을 가지고 있습니다. 아직 같으면 서버는 { -body } 없는 304로 답하고 클라이언트는 사본을 다시 사용합니다.
explain-header-if-modified-since = 이 날짜 뒤에 바뀌었을 때만 { -body }을 보내 달라는 조건입니다.
explain-header-if-modified-since-more = 날짜는 보통 전에 받은 Last-Modified에서 옵니다. 바뀌지 않았으면 { -body } 없는 304입니다.
explain-header-if-unmodified-since = 이 날짜 뒤로 바뀐 것이 없을 때만 하라는 조건입니다.
explain-header-if-unmodified-since-more = If-Match의 날짜 버전이며, 조건이 맞지 않으면 412입니다.
explain-header-cookie = 브라우저가 이 사이트에 대해 보관한 쿠키를 돌려보냅니다.
explain-header-cookie-more = "이름=값" 쌍을 "; "로 이은 것입니다. HTTP는 { -request } 사이의 일을 모두 잊기 때문에, 사이트는 이것으로 로그인 상태를 기억합니다.
explain-header-set-cookie = 브라우저에 쿠키를 보관했다가 나중에 돌려보내라고 요청합니다.
explain-header-set-cookie-more = "이름=값" 뒤에 속성이 옵니다. Expires나 Max-Age(얼마 동안), Domain과 Path(어디로 보낼지), Secure(https로만), HttpOnly(스크립트가 읽지 못함), SameSite(다른 사이트에서 보낼 때는 빼기). 쿠키 하나에 필드 하나입니다.
explain-header-authorization = 이 서버에 보내는 클라이언트의 인증 정보입니다.
explain-header-authorization-more = 방식 이름 뒤에 인증 정보가 옵니다. "Basic"(user:password를 base64로 바꾼 것이며 암호화가 아닙니다)이나 "Bearer"(토큰)가 흔합니다. 가는 길에 읽히지 않게 하는 것은 https뿐입니다.
explain-header-www-authenticate = 로그인 방법: 서버가 원하는 인증 방식입니다.
explain-header-www-authenticate-more = 401과 함께 옵니다. 예를 들어 'Basic realm="admin"'이면 브라우저가 로그인 창을 띄웁니다.
explain-header-authentication-info = 로그인에 성공한 뒤의 추가 정보입니다.
explain-header-authentication-info-more = 일부 방식(Digest 등)이 다음 값을 보내거나 서버도 비밀번호를 안다는 것을 증명할 때 사용합니다.
explain-header-proxy-authorization = 프록시에 보내는 클라이언트의 인증 정보입니다.
explain-header-proxy-authorization-more = Authorization과 같지만 중간의 프록시가 읽고 지웁니다.
explain-header-proxy-authenticate = 프록시에 로그인하는 방법입니다.
explain-header-proxy-authenticate-more = 인증 정보가 필요한 프록시가 407과 함께 보냅니다.
explain-header-proxy-authentication-info = 프록시에 로그인한 뒤의 추가 정보입니다.
explain-header-proxy-authentication-info-more = Authentication-Info의 프록시 버전입니다.
explain-header-location = 갈 곳: { -redirect }의 주소나 새로 만든 자원의 주소입니다.
explain-header-location-more = 3xx와 함께 오면 클라이언트는 다음으로 이 주소를 가져옵니다. 상대 주소(/new)일 수도 있으며, { -request }한 URL을 기준으로 읽습니다.
explain-header-refresh = 몇 초 뒤에 페이지를 다시 읽거나 다른 주소로 갑니다.
explain-header-refresh-more = "5; url=/next"면 5초 뒤에 옮겨 갑니다. 브라우저는 따르지만 HTTP의 일부는 아니며, 제대로 된 { -redirect }은 3xx 상태 코드입니다.
explain-header-retry-after = 다시 시도하기 전에 얼마나 기다릴지 알려 줍니다.
explain-header-retry-after-more = 초나 날짜로 적으며, 503(중단), 429({ -request }이 너무 많음), 3xx와 함께 옵니다.
explain-header-allow = 이 자원이 받는 메서드입니다.
explain-header-allow-more = 405와 OPTIONS에 대한 답에 옵니다. 예: "GET, HEAD"
explain-header-server = 답한 소프트웨어입니다.
explain-header-server-more = 예를 들어 "nginx/1.25"나 "Apache"입니다. 공격자가 알아내는 것을 줄이려고 숨기거나 흐리게 적는 서버도 있습니다.
explain-header-date = 메시지를 만든 시각(GMT)입니다.
explain-header-date-more = 캐시는 이것을 Expires, Age와 비교합니다. 형식은 "Tue, 15 Nov 1994 08:12:31 GMT"처럼 정해져 있습니다.
explain-header-link = 관련 자원으로 가는 링크를 { -header }로 보냅니다.
explain-header-link-more = 예를 들어 '</style.css>; rel=preload'면 브라우저가 일찍 가져오기 시작하고, API에서는 rel=next로 다음 페이지를 알려 줍니다.
explain-header-server-timing = 서버가 일의 부분마다 들인 시간입니다.
explain-header-server-timing-more = 예를 들어 "db;dur=53"은 데이터베이스에 53 ms가 걸렸다는 뜻입니다. 브라우저 도구가 네트워크 시간 옆에 보여 줍니다.
explain-header-preference-applied = 클라이언트의 Prefer 요청 중 서버가 따른 것입니다.
explain-header-preference-applied-more = Prefer { -header }에 대한 답입니다. 예: "return=minimal"
explain-header-host = { -request }이 서버의 어느 사이트를 향하는지 알려 줍니다.
explain-header-host-more = IP 주소 하나가 수천 개의 사이트를 맡을 수 있고, 서버는 이 이름으로 고릅니다. HTTP/1.1은 모든 { -request }에 이것을 요구합니다.
explain-header-user-agent = { -request }을 보낸 프로그램입니다.
explain-header-user-agent-more = 브라우저는 브라우저와 운영 체제 이름이 담긴 긴 문자열을 보냅니다. 서버가 이것을 보고 답을 바꾸기도 합니다.
explain-header-referer = { -request }이 나온 페이지입니다(역사적인 이유로 철자가 틀린 이름을 그대로 사용합니다).
explain-header-referer-more = 브라우저는 링크가 있던 페이지의 주소를 보냅니다. Referrer-Policy가 얼마나 보낼지 제한합니다.
explain-header-from = { -request }을 보낸 사람이나 로봇의 이메일 주소입니다.
explain-header-from-more = 예의 바른 웹 크롤러가 사이트 주인이 연락할 수 있게 보냅니다.
explain-header-expect = 클라이언트가 { -body }을 보내기 전에 무언가를 기다립니다.
explain-header-expect-more = "100-continue"는 큰 { -body }을 보내기 전에 서버가 100으로 답해 달라는 뜻입니다.
explain-header-max-forwards = TRACE나 OPTIONS를 넘겨줄 수 있는 프록시의 남은 수입니다.
explain-header-max-forwards-more = 프록시마다 하나씩 줄이고, 0이 되면 그 프록시가 직접 답합니다. 순환을 찾을 때 쓸모 있습니다.
explain-header-origin = { -request }이 나온 출처(스킴, 호스트, 포트)입니다.
explain-header-origin-more = 브라우저는 교차 출처 { -request }과 POST에 이것을 붙입니다. 서버는 CORS와 위조 { -request } 방어에 이것을 확인합니다.
explain-header-prefer = 서버가 어떻게 답하면 좋을지 바라는 것입니다.
explain-header-prefer-more = 예를 들어 "return=minimal"({ -body }은 필요 없음)이나 "respond-async"입니다. 서버는 무시할 수 있습니다.
explain-header-priority = 클라이언트가 이 { -response }을 얼마나 급하게 원하는지 알려 줍니다.
explain-header-priority-more = "u=0"이 가장 급하고 "u=7"이 가장 덜 급합니다. "i"는 부분만 와도 쓸모 있다는 뜻입니다. 서버는 이것으로 { -response } 순서를 정할 수 있습니다.
explain-header-early-data = 이 { -request }은 TLS 조기 데이터로 왔습니다.
explain-header-early-data-more = 프록시가 붙여서, 서버가 이 { -request }이 재전송된 것일 수 있음을 알게 합니다. 서버는 425로 답할 수 있습니다.
explain-header-last-event-id = 실시간 이벤트 스트림이 마지막으로 전달한 이벤트입니다.
explain-header-last-event-id-more = 브라우저가 서버 전송 이벤트 스트림에 다시 연결할 때 보내서 멈춘 곳부터 이어 받습니다.
explain-header-sec-purpose = 브라우저가 이 { -request }을 보낸 이유입니다(예: "prefetch").
explain-header-sec-purpose-more = 미리 가져오기는 방문이 아니므로 서버가 다르게 다룰 수 있습니다.
explain-header-dnt = "Do Not Track": 예전의 개인 정보 보호 요청으로, 지금은 폐지되었습니다.
explain-header-dnt-more = 1이면 사이트에 사용자를 추적하지 말라고 요청했습니다. 따르는 사이트가 적어 표준 작업이 멈췄습니다.
explain-header-sec-gpc = Global Privacy Control: 사용자가 자기 데이터를 팔거나 공유하지 말라고 요청합니다.
explain-header-sec-gpc-more = 일부 개인 정보 보호법은 이 요청에 법적 효력을 줍니다.
explain-header-access-control-allow-origin = 브라우저에서 어느 출처가 이 { -response }을 읽을 수 있는지 알려 줍니다.
explain-header-access-control-allow-origin-more = 페이지는 자기 출처의 { -response }만 읽을 수 있는데, 이 필드가 그 출처(또는 "*")를 적으면 읽을 수 있습니다. 서버가 아니라 사용자의 데이터를 지키는 장치이며, 다른 프로그램은 여전히 가져올 수 있습니다.
explain-header-access-control-allow-credentials = 쿠키를 보낸 { -request }의 { -response }을 교차 출처 페이지가 읽어도 되는지 알려 줍니다.
explain-header-access-control-allow-credentials-more = "true"면 허용하며, 이때 Allow-Origin은 "*"가 아니라 출처를 적어야 합니다.
explain-header-access-control-allow-headers = 교차 출처 { -request }이 사용할 수 있는 { -request } { -header }입니다.
explain-header-access-control-allow-headers-more = 사전 요청의 Access-Control-Request-Headers에 대한 답입니다.
explain-header-access-control-allow-methods = 교차 출처 { -request }이 사용할 수 있는 메서드입니다.
explain-header-access-control-allow-methods-more = 사전 요청의 Access-Control-Request-Method에 대한 답입니다.
explain-header-access-control-expose-headers = 교차 출처 페이지가 읽을 수 있는 { -response } { -header }입니다.
explain-header-access-control-expose-headers-more = 기본으로 스크립트는 간단한 { -header } 몇 개만 보는데, 여기 적은 것을 더 볼 수 있습니다.
explain-header-access-control-max-age = 브라우저가 사전 요청의 답을 기억해도 되는 시간(초)입니다.
explain-header-access-control-max-age-more = 실제 { -request }마다 OPTIONS를 새로 보내지 않아도 됩니다.
explain-header-access-control-request-headers = 사전 요청에서, 실제 { -request }이 담을 { -header }입니다.
explain-header-access-control-request-headers-more = 브라우저가 OPTIONS와 함께 보내고, 서버는 Access-Control-Allow-Headers로 답합니다.
explain-header-access-control-request-method = 사전 요청에서, 실제 { -request }이 사용할 메서드입니다.
explain-header-access-control-request-method-more = 브라우저가 OPTIONS와 함께 보내고, 서버는 Access-Control-Allow-Methods로 답합니다.
explain-header-timing-allow-origin = 어느 출처가 이 { -response }의 자세한 시간 정보를 볼 수 있는지 알려 줍니다.
explain-header-timing-allow-origin-more = 이것이 없으면 다른 출처의 스크립트는 대략적인 시간만 얻습니다.
explain-header-strict-transport-security = 정해진 기간 동안 이 사이트에는 https만 사용하라는 뜻입니다(HSTS).
explain-header-strict-transport-security-more = "max-age=31536000; includeSubDomains"면 브라우저가 1년 동안 이 사이트의 모든 http:// 주소를 https://로 바꿉니다. 그래서 공격자가 사용자를 암호화 없는 http에 붙잡아 둘 수 없습니다.
explain-header-content-security-policy = 페이지가 스크립트, 스타일 등의 내용을 어디서 불러올 수 있는지 정합니다.
explain-header-content-security-policy-more = "script-src 'self'" 같은 규칙 목록입니다. 브라우저는 허락하지 않은 것을 막으므로 끼워 넣은 스크립트의 상당수가 실행되지 않습니다.
explain-header-content-security-policy-report-only = 시험용 콘텐츠 정책: 위반을 보고만 하고 막지는 않습니다.
explain-header-content-security-policy-report-only-more = 사이트가 정책을 켜기 전에 시험해 볼 수 있습니다.
explain-header-x-content-type-options = "nosniff": Content-Type을 믿고 추측하지 말라는 뜻입니다.
explain-header-x-content-type-options-more = 예전 브라우저는 바이트를 보고 종류를 추측해서, 올린 파일이 스크립트로 실행되기도 했습니다. nosniff가 있으면 추측하지 않습니다.
explain-header-x-frame-options = 다른 사이트가 이 페이지를 프레임 안에 보여 줄 수 있는지 정합니다.
explain-header-x-frame-options-more = DENY나 SAMEORIGIN은 페이지를 다른 페이지 아래에 숨기는 클릭재킹을 막습니다. 더 새로운 방법은 CSP의 frame-ancestors입니다.
explain-header-x-xss-protection = 끼워 넣은 스크립트를 막던 예전 브라우저 필터를 조정했습니다(폐지됨).
explain-header-x-xss-protection-more = 브라우저가 필터를 없애서 지금은 아무 일도 하지 않거나, 어떤 값은 오히려 해롭습니다. Content-Security-Policy가 대신합니다.
explain-header-cross-origin-opener-policy = 이 페이지가 여는 페이지와 같은 브라우징 그룹을 사용할지 정합니다.
explain-header-cross-origin-opener-policy-more = "same-origin"이면 다른 출처의 창과 연결을 끊어, 일부 부채널 공격을 막습니다.
explain-header-cross-origin-embedder-policy = 넣어도 된다고 허락한 자원만 불러옵니다.
explain-header-cross-origin-embedder-policy-more = Cross-Origin-Opener-Policy(COOP)와 함께 페이지를 "교차 출처 격리" 상태로 만들며, 강력한 브라우저 기능 일부는 이것이 필요합니다.
explain-header-cross-origin-resource-policy = 어느 사이트가 이 자원을 넣을 수 있는지 정합니다.
explain-header-cross-origin-resource-policy-more = "same-origin"이나 "same-site"면 다른 사이트가 자기 페이지에 불러오지 못합니다.
explain-header-origin-agent-cluster = 이 출처를 따로 된 프로세스 그룹에 두라고 브라우저에 요청합니다.
explain-header-origin-agent-cluster-more = "?1"이면 같은 사이트의 다른 출처와 격리합니다.
explain-header-permissions-policy = 페이지가 사용할 수 있는 브라우저 기능(카메라, 위치 등)을 정합니다.
explain-header-permissions-policy-more = 예를 들어 "camera=()"면 페이지와 그 프레임에서 카메라를 끕니다.
explain-header-referrer-policy = 이 페이지 주소를 Referer로 얼마나 보낼지 정합니다.
explain-header-referrer-policy-more = 예를 들어 "strict-origin-when-cross-origin"은 다른 사이트에는 출처만 보내고, https에서 http로는 아무것도 보내지 않습니다.
explain-header-upgrade-insecure-requests = 브라우저가 주소의 https 버전을 더 좋아한다는 뜻입니다.
explain-header-upgrade-insecure-requests-more = "1"이면 서버가 https로 { -redirect }해도 된다는 뜻입니다.
explain-header-sec-fetch-site = { -request }의 출처와 대상의 관계입니다: same-origin, same-site, cross-site, none.
explain-header-sec-fetch-site-more = 브라우저가 붙이고 스크립트는 바꿀 수 없어서, 서버가 다른 사이트에서 온 { -request }을 거절할 수 있습니다.
explain-header-sec-fetch-mode = { -request }의 모드입니다: navigate, cors, no-cors, same-origin, websocket.
explain-header-sec-fetch-mode-more = 사용자가 페이지를 열었는지, 스크립트가 무언가를 가져왔는지 서버에 알려 줍니다.
explain-header-sec-fetch-dest = { -response }이 사용될 곳입니다: document, image, script 등.
explain-header-sec-fetch-dest-more = 서버는 예를 들어 이미지라고 하는 JSON API { -request }을 거절할 수 있습니다.
explain-header-sec-fetch-user = 사용자가 이 이동을 시작했을 때(클릭, 입력) "?1"입니다.
explain-header-sec-fetch-user-more = 사용자가 일으킨 페이지 이동에만 붙습니다.
explain-header-reporting-endpoints = 브라우저가 보고서(정책 위반, 오류)를 보낼 곳입니다.
explain-header-reporting-endpoints-more = 다른 필드(CSP의 report-to 등)가 가리킬 수 있는 보고 창구에 이름을 붙입니다.
explain-header-report-to = 보고 창구에 이름을 붙이던 예전 방식입니다.
explain-header-report-to-more = Reporting-Endpoints가 대신하지만 NEL은 아직 이것을 사용합니다.
explain-header-nel = 네트워크 오류 기록(NEL): 이 사이트를 불러오지 못한 일을 보고합니다.
explain-header-nel-more = 브라우저가 나중에 DNS, TCP, TLS 실패를 사이트의 보고 창구로 보냅니다.
explain-header-expect-ct = 인증서 투명성을 요구했습니다(폐지됨).
explain-header-expect-ct-more = 지금은 브라우저가 어차피 요구하므로 이 필드는 물러났습니다.
explain-header-public-key-pins = 사이트의 키를 브라우저에 고정했습니다(폐지됨, 위험함).
explain-header-public-key-pins-more = 실수 하나로 사용자가 몇 달 동안 사이트에 못 들어갈 수 있어서 브라우저가 없앴습니다.
explain-header-via = 메시지가 거쳐 온 프록시들입니다.
explain-header-via-more = 프록시마다 "1.1 proxy.example"처럼 프로토콜과 이름을 더합니다. 순환이나 누가 무엇을 바꿨는지 찾는 데 도움이 됩니다.
explain-header-forwarded = 프록시 앞에서 { -request }을 보낸 쪽의 정보입니다: 클라이언트 주소, 호스트, 스킴.
explain-header-forwarded-more = X-Forwarded-* 필드들의 표준 형태입니다: "for=192.0.2.60;proto=https"
explain-header-x-forwarded-for = 프록시가 붙인 클라이언트의 IP 주소입니다.
explain-header-x-forwarded-for-more = 프록시 뒤의 서버는 프록시의 주소만 봅니다. 이 목록이 그 앞에 누가 있었는지 알려 줍니다. 클라이언트가 꾸밀 수 있으니 자기 프록시가 적은 항목만 믿으세요.
explain-header-x-forwarded-host = 프록시를 거치기 전 클라이언트가 요청한 Host입니다.
explain-header-x-forwarded-host-more = 프록시는 Host를 바꿀 수 있어서, 원래 값을 여기에 남깁니다.
explain-header-x-forwarded-proto = 프록시를 거치기 전 클라이언트가 사용한 스킴(http, https)입니다.
explain-header-x-forwarded-proto-more = TLS를 끝내는 프록시는 서버에 암호화 없는 http로 넘기므로, 이 필드로 클라이언트가 https를 사용했다고 알려 줍니다.
explain-header-x-real-ip = 프록시 하나가 본 클라이언트의 IP 주소입니다.
explain-header-x-real-ip-more = X-Forwarded-For의 주소 하나짜리 변형으로, nginx에서 흔합니다.
explain-header-connection = 이 연결에만 해당하는 옵션입니다: "close"나 "keep-alive", 그리고 이번 구간에만 사용하는 필드.
explain-header-connection-more = "close"면 이 메시지 뒤에 연결이 끝납니다. 여기 적힌 필드는 프록시가 메시지를 넘기기 전에 지웁니다.
explain-header-keep-alive = 연결 유지에 대한 힌트입니다: 시간, 최대 { -request } 수.
explain-header-keep-alive-more = "timeout=5, max=100"은 서버가 쉬는 연결을 5초 동안, 최대 { -request } 100개까지 유지한다는 뜻입니다. HTTP/1.0 시절의 것이며 HTTP/1.1은 기본으로 연결을 유지합니다.
explain-header-proxy-connection = 예전 브라우저가 프록시에 보내던 비표준 Connection입니다.
explain-header-proxy-connection-more = 서버는 무시해야 합니다. Connection이 그 일을 합니다.
explain-header-upgrade = 이 연결을 다른 프로토콜로 바꿉니다.
explain-header-upgrade-more = 클라이언트가 "Upgrade: websocket"과 "Connection: Upgrade"를 보내고, 동의하는 서버는 101로 답합니다.
explain-header-alt-svc = 이 사이트는 다른 방법(HTTP/2, HTTP/3)으로도 접속할 수 있으며, 브라우저는 다음번에 그쪽을 사용합니다.
explain-header-alt-svc-more = 'h3=":443"; ma=86400'은 하루 동안 UDP 443번 포트에서 QUIC 위의 HTTP/3을 사용할 수 있다는 뜻입니다. { -app }은 HTTP/1.1만 사용하므로 HTTP/1.1에 그대로 머뭅니다.
explain-header-alt-used = { -request }이 어느 대체 서비스로 왔는지 알려 줍니다.
explain-header-alt-used-more = Alt-Svc의 대체 경로를 사용하는 클라이언트가 서버에 알리려고 보냅니다.
explain-header-http2-settings = 암호화 없는 http에서 HTTP/2로 바꿀 때의 설정입니다(폐지됨).
explain-header-http2-settings-more = "Upgrade: h2c"와 함께 보냈지만, HTTP/2의 새 표준에서 이 전환 방식이 빠졌습니다.
explain-header-sec-websocket-key = WebSocket 핸드셰이크를 시작하는 무작위 값입니다.
explain-header-sec-websocket-key-more = 서버는 이것을 해시해 Sec-WebSocket-Accept로 돌려주어 알아들었음을 증명합니다.
explain-header-sec-websocket-accept = 서버가 WebSocket을 안다는 증명입니다.
explain-header-sec-websocket-accept-more = 클라이언트의 키에 정해진 문자열을 붙여 해시한 값이며, 클라이언트가 확인합니다.
explain-header-sec-websocket-version = WebSocket 프로토콜 버전(13)입니다.
explain-header-sec-websocket-version-more = 실제로 사용하는 버전은 13뿐입니다.
explain-header-sec-websocket-protocol = WebSocket 위에서 사용할 응용 프로토콜입니다.
explain-header-sec-websocket-protocol-more = 클라이언트가 목록을 보내면 서버가 하나를 고릅니다.
explain-header-sec-websocket-extensions = 압축 같은 WebSocket 확장입니다.
explain-header-sec-websocket-extensions-more = 예를 들어 "permessage-deflate"는 메시지마다 압축합니다.
explain-header-accept-ch = 서버가 다음 { -request }부터 받고 싶은 클라이언트 힌트입니다.
explain-header-accept-ch-more = 이것을 지원하는 브라우저는 그때부터 해당 Sec-CH- 필드를 붙입니다.
explain-header-critical-ch = 페이지에 꼭 필요해서, 빠졌으면 브라우저가 다시 요청해야 하는 클라이언트 힌트입니다.
explain-header-critical-ch-more = 여기 적힌 힌트가 빠져 있었으면 브라우저가 그 힌트를 붙여 { -request }을 다시 보냅니다.
explain-header-sec-ch-ua = 클라이언트 힌트로 보내는 브라우저 이름과 주 버전입니다.
explain-header-sec-ch-ua-more = 긴 User-Agent 문자열을 대신하는 짧고 구조화된 값입니다.
explain-header-sec-ch-ua-mobile = 브라우저가 모바일 기기에 있으면 "?1"입니다.
explain-header-sec-ch-ua-mobile-more = 서버가 User-Agent를 해석하지 않고도 모바일 페이지를 고를 수 있습니다.
explain-header-sec-ch-ua-platform = 운영 체제입니다(예: "Windows", "Android").
explain-header-sec-ch-ua-platform-more = 클라이언트 힌트를 지원하는 브라우저가 기본으로 보냅니다.
explain-header-sec-ch-prefers-color-scheme = 사용자가 밝은 화면과 어두운 화면 중 어느 것을 좋아하는지 알려 줍니다.
explain-header-sec-ch-prefers-color-scheme-more = 서버가 Accept-CH로 요청했을 때 보냅니다.
explain-header-device-memory = 기기 메모리의 대략적인 크기(GiB)입니다.
explain-header-device-memory-more = 사용자가 누구인지 덜 드러나도록 일부러 반올림합니다(0.5, 1, 2, 4, 8).
explain-header-downlink = 클라이언트의 예상 내려받기 속도(Mbit/s)입니다.
explain-header-downlink-more = 반올림한 네트워크 힌트이며, 서버가 더 가벼운 내용을 보낼 때 참고할 수 있습니다.
explain-header-ect = 체감 연결 종류입니다: slow-2g, 2g, 3g, 4g.
explain-header-ect-more = 잰 속도와 지연으로 네트워크가 얼마나 빠르게 느껴지는지 대략 나타냅니다.
explain-header-rtt = 클라이언트의 예상 왕복 시간(밀리초)입니다.
explain-header-rtt-more = 최근 연결에서 잰 값을 반올림합니다.
explain-header-save-data = 사용자가 데이터 절약을 켰으면 "on"입니다.
explain-header-save-data-more = 서버는 더 작은 이미지를 보내거나 부가 요소를 뺄 수 있습니다.
explain-header-dpr = 화면의 기기 픽셀 비율입니다(초기 클라이언트 힌트).
explain-header-dpr-more = Sec-CH-DPR이 대신합니다.
explain-header-viewport-width = 페이지 영역의 너비(CSS 픽셀)입니다(초기 클라이언트 힌트).
explain-header-viewport-width-more = Sec-CH-Viewport-Width가 대신합니다.
explain-header-x-powered-by = 서버 뒤의 프레임워크나 언어입니다(예: PHP, Express).
explain-header-x-powered-by-more = 클라이언트에는 도움이 안 되고 공격자에게 시도할 거리를 알려 주므로, 지우는 사이트가 많습니다.
explain-header-x-requested-with = "XMLHttpRequest": 페이지를 연 것이 아니라 스크립트가 보낸 { -request }입니다.
explain-header-x-requested-with-more = 일부 JavaScript 라이브러리가 붙였고, 서버는 이것을 보고 스크립트에 다르게 답했습니다.
explain-header-x-request-id = 로그에서 이 { -request }을 찾기 위한 식별자입니다.
explain-header-x-request-id-more = 서버와 프록시가 붙여서, { -request } 하나를 여러 시스템에 걸쳐 따라갈 수 있게 합니다.
explain-header-x-correlation-id = 관련된 { -request }들을 묶는 식별자입니다.
explain-header-x-correlation-id-more = X-Request-ID와 비슷하지만 작업 하나에 속한 모든 { -request }이 같은 값을 가집니다.
explain-header-x-cache = 중간의 캐시에 사본이 있었는지(HIT) 없었는지(MISS) 알려 줍니다.
explain-header-x-cache-more = CDN과 프록시가 붙이며, 표준 형태는 Cache-Status입니다.
explain-header-x-dns-prefetch-control = 브라우저가 페이지 링크의 이름을 미리 조회해도 되는지 정합니다.
explain-header-x-dns-prefetch-control-more = "off"면 미리 하는 DNS 조회를 막습니다. 미리 조회하면 사용자가 누르지 않은 링크가 드러날 수 있습니다.
explain-header-x-robots-tag = 검색 엔진에 주는 지시입니다: 색인할지, 링크를 따라갈지.
explain-header-x-robots-tag-more = robots 메타 태그의 { -header } 버전이며, PDF처럼 HTML이 아닌 파일에 쓸모 있습니다.
explain-header-x-ua-compatible = 예전 Internet Explorer에 가장 새로운 페이지 엔진을 사용하라고 요청했습니다.
explain-header-x-ua-compatible-more = 지금의 브라우저에는 아무 뜻이 없습니다.
explain-header-x-permitted-cross-domain-policies = Flash와 PDF 리더가 이 사이트의 데이터를 불러올 수 있는지 정합니다.
explain-header-x-permitted-cross-domain-policies-more = Flash 시절의 것이며 보통 값은 "none"입니다.
explain-header-x-download-options = "noopen": 예전 Internet Explorer가 이 파일을 열지 말고 저장만 하게 합니다.
explain-header-x-download-options-more = 지금의 브라우저에는 아무 뜻이 없습니다.
explain-header-x-runtime = 서버 프로그램이 걸린 시간(초)입니다.
explain-header-x-runtime-more = 일부 프레임워크(Ruby on Rails)가 붙이며, 표준 형태는 Server-Timing입니다.

## 규칙으로 설명하는 값(src/learn/explain/values.rs)
explain-value-heading = 이 값의 뜻:
explain-value-span = { $unit ->
    [days] { $count }일
    [hours] { $count }시간
    [minutes] { $count }분
    [about-days] 약 { $count }일
    [about-hours] 약 { $count }시간
   *[seconds] { $count }초
  }
explain-value-cc-max-age = { $written }: { $seconds ->
    [0] 신선한 시간이 0초라서, 만들어진 순간부터 오래된 사본입니다.
   *[other] 만들어진 뒤 { $span }{ $spanned ->
        [yes] ({ $seconds }초)
       *[no] {""}
    } 동안 신선합니다.
  }
explain-value-cc-s-maxage = { $written }: 공유 캐시(프록시, CDN)는 max-age 대신 이 값으로 { $span } 동안 사용할 수 있습니다.
explain-value-cc-stale-while-revalidate = stale-while-revalidate: 오래된 뒤에도 { $span } 동안은 캐시가 새 사본을 가져오는 사이에 이 사본을 보여 줄 수 있습니다.
explain-value-cc-stale-if-error = stale-if-error: 서버가 실패하면 오래된 사본을 { $span } 더 사용할 수 있습니다.
explain-value-cc-max-stale = max-stale({ -request }): 클라이언트는 신선도가 지난 뒤 { $span }까지의 사본을 받아들입니다.
explain-value-cc-min-fresh = min-fresh({ -request }): 클라이언트는 적어도 { $span } 더 신선할 사본을 원합니다.
explain-value-cc-no-store = no-store: 어떤 캐시도 사본을 보관하면 안 됩니다. 디스크에도 남기지 않습니다.
explain-value-cc-no-cache = no-cache: 사본을 보관할 수는 있지만, 다시 사용할 때마다 서버에 확인해야 합니다.
explain-value-cc-private = private: 사용자의 브라우저만 보관할 수 있고, 공유 캐시는 보관하면 안 됩니다.
explain-value-cc-public = public: Authorization이 있던 { -request }이라도 어떤 캐시든 보관할 수 있습니다.
explain-value-cc-must-revalidate = must-revalidate: 오래된 뒤에는 서버에 확인하지 않고 사용하면 안 됩니다.
explain-value-cc-proxy-revalidate = proxy-revalidate: must-revalidate와 같지만 공유 캐시에만 해당합니다.
explain-value-cc-immutable = immutable: 신선한 동안에는 바뀌지 않으므로, 새로 고침을 해도 서버에 묻지 않아도 됩니다.
explain-value-cc-no-transform = no-transform: 프록시가 { -body }을 바꾸면 안 됩니다(이미지 재압축 금지).
explain-value-cc-must-understand = must-understand: 캐시가 이 상태 코드의 규칙을 알 때만 보관합니다.
explain-value-cc-only-if-cached = only-if-cached({ -request }): 캐시에서 답하거나, 아니면 답하지 마세요.
explain-value-cc-unknown = "{ $directive }": { -app }이 모르는 지시어입니다. 캐시는 모르는 지시어를 무시합니다.
explain-value-cache-verdict = { $verdict ->
    [no_store] 판정: 다시 사용하지 않습니다. 모든 { -request }이 서버로 갑니다.
    [revalidate] 판정: 보관할 수는 있지만, 다시 사용할 때마다 서버에 확인합니다(바뀌지 않았으면 짧은 304).
    [fresh] 판정: { $span } 동안 서버에 묻지 않고 다시 사용할 수 있습니다. { $who ->
        [private] 브라우저만 그렇게 할 수 있습니다.
        [shared] 브라우저와 공유 캐시 모두 그렇게 할 수 있습니다.
        [shared_only] 공유 캐시(프록시, CDN)만 그렇게 할 수 있고, 브라우저는 max-age를 따릅니다.
       *[default] 브라우저와 공유 캐시 모두 그렇게 할 수 있습니다({ -request }에 Authorization이 없었다면).
    }
   *[heuristic] 판정: 사용 기간이 없어서 캐시가 짐작할 수 있습니다(흔히 Last-Modified로).
  }
explain-value-hsts = { $span } 동안 브라우저는 http://를 입력해도 { $subdomains ->
    [yes] 이 호스트와 모든 하위 도메인에
   *[no] 이 호스트에(하위 도메인은 빼고)
  } https만 사용합니다.
explain-value-hsts-off = max-age=0: 브라우저가 이 호스트의 HSTS를 잊습니다. 다시 암호화 없는 http를 사용할 수 있습니다.
explain-value-hsts-no-max-age = max-age가 없습니다: 이 { -header }에는 max-age가 꼭 필요하므로 브라우저가 무시합니다.
explain-value-hsts-preload = preload: 사이트가 브라우저의 HSTS 목록에 미리 들어가기를 요청합니다. 첫 방문도 보호됩니다.
explain-value-not-a-number = 값("{ $value }")이 바이트 수가 아닙니다.
explain-value-length = { -body } 크기: { $exact ->
    [yes] { $size }
   *[no] { $size }({ $count }바이트)
  }
explain-value-length-match = { $matched ->
    [matched] 도착한 { -body }과 맞습니다: { $received }바이트
    [short] { $received }바이트만 도착했습니다. { -body }이 잘렸습니다.
   *[long] 알린 것보다 많은 { $received }바이트가 도착했습니다.
  }
explain-value-coding = "{ $coding }": { $name ->
    [gzip] gzip 압축입니다(가장 흔함).
    [deflate] zlib(deflate) 압축입니다.
    [br] Brotli 압축으로, 보통 gzip보다 작습니다.
    [zstd] Zstandard 압축입니다.
    [compress] 예전 Unix compress 형식으로, 거의 보이지 않습니다.
    [identity] 압축하지 않았습니다.
   *[other] { -app }이 모르는 코딩입니다.
  } { $known ->
    [yes] { -app }이 압축을 풀어 내용을 보여 줍니다.
   *[no] { -body }을 받은 그대로 보여 줍니다.
  }
explain-value-coding-ratio = 네트워크로 온 { $received }의 압축을 풀었더니 { $decoded }가 되었습니다. 원래 크기의 { $percent }%를 보낸 셈입니다.
explain-value-chunked = chunked: { -body }이 조각(청크)으로 나뉘어 왔습니다. { -chunk }마다 앞에 크기가 16진수로 적혀 있고, 크기가 0인 { -chunk }가 끝을 알렸습니다.
explain-value-chunk-count = 이 { -body }은 { -chunk } { $count }개로 왔습니다(크기가 0인 { -chunk }는 빼고).
explain-value-te-not-chunked = 값("{ $codings }")이 chunked로 끝나지 않습니다. 연결을 닫아야만 { -body }이 끝납니다.
explain-value-media = "{ $media }": { $family ->
    [html] 웹 페이지(HTML)입니다.
    [text] 일반 텍스트입니다.
    [json] API가 보내는 JSON 데이터입니다.
    [xml] XML 데이터입니다.
    [script] JavaScript 프로그램입니다.
    [image] 이미지입니다.
    [media] 소리나 동영상입니다.
    [font] 글꼴입니다.
    [multipart] 여러 부분이 { -body } 하나에 들어 있습니다.
    [binary] 특별한 형식이 없는 바이트입니다(흔히 내려받을 파일).
    [form] URL 쿼리처럼 인코딩한 입력 양식 값입니다.
   *[other] 타입/하위 타입으로 이름 붙인 미디어 타입입니다.
  }
explain-value-charset = 글자는 { $charset } 방식으로 인코딩되어 있습니다.
explain-value-no-charset = charset이 없어서 읽는 쪽이 문자 인코딩을 짐작해야 합니다({ -app }은 BOM을 찾은 뒤 짐작합니다).
explain-value-cookie = 쿠키("{ $name }")를 설정합니다. 브라우저는 이것을 Cookie { -header }에 담아 돌려보냅니다.
explain-value-cookie-secure = Secure: https로만 보냅니다.
explain-value-cookie-httponly = HttpOnly: 페이지의 스크립트가 읽을 수 없어서, 끼워 넣은 코드로부터 보호됩니다.
explain-value-cookie-samesite = SameSite: { $mode ->
    [strict] Strict: 다른 사이트에서 시작한 { -request }에는 절대 보내지 않습니다.
    [lax] Lax: 다른 사이트의 링크를 따라올 때는 보내지만, 그 사이트의 양식이나 삽입된 { -request }에는 보내지 않습니다.
    [none] None: 어느 사이트에서 온 { -request }에든 보냅니다(Secure가 필요합니다).
   *[other] 브라우저가 모르는 값이라 Lax로 다룹니다.
  }
explain-value-cookie-max-age = Max-Age={ $seconds }: { $spanned ->
    [yes] { $span }
   *[no] { $seconds }초
  } 동안 보관합니다.
explain-value-cookie-delete = Max-Age=0: 브라우저가 이 쿠키를 바로 지웁니다.
explain-value-cookie-expires = Expires: 다음 시각까지 보관합니다: { $date }
explain-value-cookie-session = Expires도 Max-Age도 없습니다: 브라우저를 닫으면 사라지는 세션 쿠키입니다.
explain-value-cookie-domain = Domain: { $domain } 도메인과 그 하위 도메인에 보냅니다.
explain-value-cookie-path = Path: { $path } 경로 아래의 주소에만 보냅니다.
explain-value-cookie-partitioned = Partitioned: 이 사이트를 넣은 최상위 사이트마다 따로 보관합니다.
explain-value-location = { $absolute ->
    [yes] 다음 주소: { $target }
   *[no] 다음 주소: { $target } ({ -request }한 주소를 기준으로 읽습니다)
  }
explain-value-location-relative = 상대 주소("{ $target }")를 { -request }한 주소에 맞춰 읽으면 다음 주소입니다: { $url }
explain-value-alt-svc = { $family ->
    [h3] 이 사이트는 "{ $authority }"에서 HTTP/3({ $id }, UDP 위의 QUIC)도 사용합니다. 브라우저는 다음번에 그쪽을 사용합니다.
    [h3draft] 이 사이트는 "{ $authority }"에서 HTTP/3의 초안 버전({ $id })을 제공합니다.
    [h2] 이 사이트는 "{ $authority }"에서 HTTP/2({ $id })도 사용합니다. 브라우저는 다음번에 그쪽을 사용합니다.
   *[other] 이 사이트는 "{ $authority }"에서 프로토콜("{ $id }")을 제공합니다.
  } { $lasting ->
    [yes] { $span } 동안 유효합니다.
   *[no] { $span } 동안 유효합니다(기본값).
  } { -app }은 HTTP/1.1에 머뭅니다.
explain-value-alt-svc-clear = clear: 이 사이트가 전에 알려 준 대체 경로를 모두 잊습니다.
explain-value-seconds = { $field ->
    [age] { $seconds ->
        [0] 캐시에 들어온 지 1초도 되지 않았습니다.
       *[other] 캐시에서 { $span }{ $spanned ->
            [yes] ({ $seconds }초)
           *[no] {""}
        } 동안 기다렸습니다.
    }
   *[retry] { $seconds ->
        [0] 기다리지 않고 바로 다시 시도해도 됩니다.
       *[other] { $span }{ $spanned ->
            [yes] ({ $seconds }초)
           *[no] {""}
        } 뒤에 다시 시도하세요.
    }
  }
explain-value-date = { $field ->
    [age] 값("{ $date }")이 초 단위 숫자가 아닙니다.
   *[retry] 다음 시각 뒤에 다시 시도하세요: { $date }
  }
explain-value-vary = 캐시는 다음 값마다 사본을 따로 보관합니다: { $names }
explain-value-vary-all = Vary: *는 모든 { -request }이 다르다는 뜻이라 공유 캐시가 다시 사용할 수 없습니다.
explain-value-connection-close = close: 이 메시지 뒤에 연결이 끝납니다. 다음 { -request }은 새 연결이 필요합니다.
explain-value-connection-keep-alive = keep-alive: 다음 { -request }을 위해 연결을 열어 둡니다(HTTP/1.1의 기본 동작).
explain-value-connection-upgrade = Upgrade: Upgrade { -header }는 이 연결에만 해당합니다.
explain-value-connection-hop = "{ $name }": 이번 구간에만 사용하는 { -header }이며 프록시가 지웁니다.
explain-value-keep-alive-timeout = { $seconds ->
    [0] 쉬는 연결을 바로 닫습니다.
   *[other] 쉬는 연결을 { $span }{ $spanned ->
        [yes] ({ $seconds }초)
       *[no] {""}
    } 동안 열어 둡니다.
  }
explain-value-keep-alive-max = 이 연결로 { -request }을 최대 { $count }개 더 보낼 수 있습니다.
explain-value-server = { $versioned ->
    [yes] 서버 프로그램: { $name }, 버전 { $version }
   *[no] 서버 프로그램이 밝힌 이름: { $name }{ $version }
  }

## 원본 모드로 직접 쓴 요청에 대한 참고
explain-note-raw_without_host = 직접 쓴 { -request }에 Host { -header }가 없습니다.
explain-note-raw_without_host-more = 주소 하나로 여러 사이트를 맡을 수 있어서, Host 줄이 어느 사이트인지 서버에 알려 줍니다. HTTP/1.1에서는 꼭 있어야 하므로 대부분의 서버가 400 Bad Request로 답합니다. HTTP/1.0 서버는 기본 사이트로 답하기도 합니다.
explain-note-raw_bare_lf = 직접 쓴 { -request }의 몇몇 줄이 LF로만 끝납니다.
explain-note-raw_bare_lf-more = HTTP는 헤드의 모든 줄을 CR LF로 끝냅니다. LF만 있어도 받아 주는 서버가 많지만, 엄격한 서버는 { -request }을 거절하거나 다르게 읽을 수 있습니다.
explain-note-raw_head_not_ended = 직접 쓴 { -request }의 { -header } 뒤에 빈 줄이 없습니다.
explain-note-raw_head_not_ended-more = 서버는 빈 줄을 보고 헤드가 끝났다는 것을 압니다. 빈 줄이 없으면 서버는 { -header } 줄을 더 기다리고, 가져오기는 { -timeout }로 끝날 때까지 답을 기다립니다.
explain-note-raw_length_mismatch = 직접 쓴 Content-Length가 { -body } 크기와 다릅니다.
explain-note-raw_length_mismatch-more = 서버는 Content-Length에 적힌 만큼만 { -body } 바이트를 읽습니다. 모자라면 나머지를 기다리고, 남으면 다음 { -request }의 시작으로 읽습니다.

## 이번 요청 시각(명령줄에서 직접 쓴 값이면 지금)을 기준으로 읽은 날짜
explain-value-date-clock = { $side ->
    [after] 서버의 시계가 이 컴퓨터보다 { $span } 빠릅니다.
    [before] 서버의 시계가 이 컴퓨터보다 { $span } 느립니다.
   *[same] 서버의 시계가 이 컴퓨터와 초 단위까지 맞습니다.
  }
explain-value-date-ago = { $side ->
    [before] 이 메시지는 { $span } 전에 만들어졌습니다.
    [after] 이 메시지는 지금보다 { $span } 뒤에 만들어졌다고 적혀 있습니다. 서버의 시계가 빠릅니다.
   *[same] 이 메시지는 방금 만들어졌습니다.
  }
explain-value-expires-at = { $side ->
    [after] { $from ->
        [fetch] 이번 요청을 기준으로
       *[now] 지금으로부터
    } { $span } 뒤에 만료됩니다. 그때까지 캐시는 서버에 묻지 않고 이 { -response }을 다시 사용할 수 있습니다.
    [before] { $from ->
        [fetch] 이번 요청을 기준으로
       *[now] 지금으로부터
    } { $span } 전에 이미 만료되었습니다. 캐시는 다시 사용하기 전에 서버에 다시 물어야 합니다.
   *[same] 보낸 순간 바로 만료됩니다. 캐시는 다시 사용하기 전에 서버에 다시 물어야 합니다.
  }
explain-value-expires-invalid = 올바른 날짜가 아닙니다: "{ $date }". 캐시는 이미 만료된 것으로 봅니다.
explain-value-modified-at = { $side ->
    [before] { $from ->
        [fetch] 이번 요청을 기준으로
       *[now] 지금으로부터
    } { $span } 전에 마지막으로 바뀌었습니다.
    [after] { $from ->
        [fetch] 이번 요청을 기준으로
       *[now] 지금으로부터
    } { $span } 뒤에 바뀌었다고 합니다. 있을 수 없는 일이니 어느 한쪽 시계가 틀렸습니다.
   *[same] 보낸 바로 그 초에 바뀌었습니다.
  }
explain-value-not-a-date = HTTP 날짜가 아닙니다: "{ $date }". HTTP 날짜는 Sun, 06 Nov 1994 08:49:37 GMT처럼 씁니다.
explain-value-retry-at = { $side ->
    [after] { $from ->
        [fetch] 이번 요청을 기준으로
       *[now] 지금으로부터
    } { $span } 뒤에 다시 해 보세요.
   *[other] 그 시각은 { $from ->
        [fetch] 이번 요청을 기준으로
       *[now] 지금으로부터
    } { $span } 전에 이미 지났으니, 바로 다시 해 봐도 됩니다.
  }
explain-error-bad_proxy = 프록시 설정이 { -app }이 연결할 수 있는 주소가 아닙니다.
explain-error-bad_proxy-more = 프록시는 웹 주소처럼 적습니다: http://, 프록시의 호스트 이름이나 IP 주소, 그리고 포트. { -app }은 프록시와 암호화 없는 HTTP로 이야기하고, https는 프록시에 터널을 요청해 그 안에서 TLS를 사용합니다.
explain-error-proxy_refused = 프록시 컴퓨터에는 닿았지만 프록시 포트에서 기다리는 프로그램이 없습니다.
explain-error-proxy_refused-more = 모든 { -request }은 먼저 프록시로 갑니다. 프록시 컴퓨터가 SYN에 곧바로 강제 종료(RST)로 답했으니, 그 포트에서 기다리는 프록시 프로그램이 없다는 뜻입니다. 서버에는 아무것도 닿지 않았습니다.
explain-error-proxy_authentication_required = 프록시가 { -request }을 통과시키기 전에 누가 요청하는지 알고 싶어 합니다.
explain-error-proxy_authentication_required-more = 407은 프록시용 401입니다. Proxy-Authenticate 헤더가 로그인 방법을 알려 주고, 다음 { -request }이 Proxy-Authorization 헤더에 답을 담아 보냅니다. 서버에는 묻지도 않았습니다.
explain-error-proxy_refused_tunnel = 프록시가 CONNECT에 2xx가 아닌 상태 코드로 답해 터널이 열리지 않았습니다.
explain-error-proxy_refused_tunnel-more = https에서는 클라이언트가 프록시에 "CONNECT 호스트:443"을 요청합니다. 2xx로 답하면 프록시가 서버에 연결했고, 그때부터 양쪽 바이트를 읽지 않고 그대로 넘겨 준다는 뜻입니다. 다른 상태 코드(403, 502 등)는 프록시의 규칙이 그곳을 막았거나 서버에 닿지 못했다는 뜻입니다.
explain-error-proxy_closed_tunnel = 프록시가 이 컴퓨터와 서버 사이에서 바이트를 넘겨 주지 않고 연결을 끊었습니다.
explain-error-proxy_closed_tunnel-more = 서버에 닿을 수 없거나 닿지 않기로 한 프록시는 CONNECT에 답하기 전이나 답한 직후에 그냥 연결을 닫기도 합니다. 서버와의 TLS 핸드셰이크는 답을 받지 못했습니다.
explain-error-proxy_closed = 프록시가 답을 넘겨 주지 않고 연결을 끊었습니다.
explain-error-proxy_closed-more = 암호화 없는 http에서는 프록시가 { -request }을 읽고 그 URL을 직접 가져와 답을 돌려줍니다. 서버에 닿을 수 없거나 닿지 않기로 한 프록시는 502나 504 같은 상태 코드로 답해야 하지만, 그냥 연결을 닫는 프록시도 있습니다. { -request }이 서버까지 갔는지는 여기서 알 수 없습니다.
explain-error-proxy_not_http = 프록시가 답했지만 HTTP가 아닙니다.
explain-error-proxy_not_http-more = 프록시를 거치는 요청은 모든 바이트가 먼저 프록시로 갑니다. HTTP 프록시는 서버처럼 HTTP로 답합니다. 받은 바이트가 "HTTP/"로 시작하지 않으니, 프록시 설정의 포트에서는 다른 서비스(메일, SSH, 데이터베이스)가 실행 중이고 { -request }은 서버까지 가지 못했습니다.
explain-note-system_store_unreadable = 이 컴퓨터의 신뢰 저장소를 다 읽지 못했습니다.
explain-note-system_store_unreadable-more = 운영 체제는 믿는 { -ca }을 자기 신뢰 저장소에 둡니다(Linux는 /etc/ssl 아래의 파일, macOS는 키체인, Windows는 인증서 저장소). https를 검사하는 학교나 회사는 자기 { -ca }을 여기에 넣습니다. 저장소가 없거나 읽을 수 없으면 함께 들어 있는 루트 인증서만 서버를 보증합니다.
