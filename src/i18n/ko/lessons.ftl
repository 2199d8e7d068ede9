# 연습 서버의 수업: 수업마다 제목(`lesson-ID`)과 살펴볼 곳(`lesson-ID-look`), 첫 페이지,
# `--practice`가 하는 말.

lessons-title = wirepeek 수업
lessons-intro = 수업마다 이 컴퓨터 안의 서버 주소가 하나씩 있고, 주소 하나가 한 가지 내용을 보여 줍니다. wirepeek으로 가져온 뒤 설명에 나온 곳을 살펴보세요.

lesson-romeo = 교과서의 romeo.txt
lesson-romeo-look = Apache 서버가 보내는 헤더(Date, Server, Last-Modified, ETag, Content-Length)가 붙은 작은 텍스트 파일입니다. 헤드가 끝나고 본문이 시작되는 빈 줄을 찾아보세요.
lesson-http10 = 연결 종료로 끝나는 HTTP/1.0 응답
lesson-http10-look = 이 응답에는 Content-Length도 청크도 없습니다. 서버가 연결을 닫으면 본문이 끝납니다. 마지막 읽기는 아무것도 돌려주지 않습니다.
lesson-keep-alive = 연결 유지(keep-alive)
lesson-keep-alive-look = wirepeek은 기본으로 Connection: close를 보내므로, 서버는 본문을 보낸 뒤 연결을 닫습니다. 대신 Connection: keep-alive를 보내는 다음 요청을 불러와서 보내 보세요. 서버가 Connection: keep-alive로 답하고 연결을 열어 두므로, 본문이 어디서 끝나는지는 Content-Length로만 알 수 있습니다.
lesson-close = Connection: close
lesson-close-look = 서버가 Connection: close라고 알리고 본문을 보낸 뒤 연결을 닫습니다. 연결 유지 수업과 연결 탭을 비교해 보세요.
lesson-redirects = 리디렉션 연쇄: 301, 302, 307, 308
lesson-redirects-look = 종류별로 한 번씩, 리디렉션이 네 번 일어난 뒤 페이지가 옵니다. 단계마다 상태 코드와 Location 헤더가 따로 있습니다. 영구 리디렉션(301, 308)은 브라우저에게 새 주소를 기억하라고 알리고, 307과 308은 메서드를 바꾸지 않습니다.
lesson-chunked = 천천히 보내는 청크 응답
lesson-chunked-look = 본문이 한 줄씩, 0.3초 간격으로 조각(청크)으로 나뉘어 옵니다. "{ -wire-tab }" 탭에서 보면 청크마다 앞줄에 크기가 16진수로 적혀 있고, 크기가 0인 청크가 본문의 끝을 알립니다.
lesson-gzip = gzip으로 압축한 본문
lesson-gzip-look = Content-Encoding: gzip입니다. 전송된 바이트와 압축을 푼 텍스트를 비교해 보세요. 같은 글이 되풀이되어서 크게 줄어듭니다.
lesson-br = Brotli로 압축한 본문
lesson-br-look = Content-Encoding: br이고, gzip 수업과 같은 텍스트입니다. 어느 쪽이 바이트를 덜 보냈을까요?
lesson-euc-kr = 문자 집합을 알리지 않는 한글 페이지
lesson-euc-kr-look = EUC-KR로 쓴 옛날 한글 페이지인데, 헤더에도 페이지에도 문자 집합이 적혀 있지 않습니다. 어떤 문자 집합으로 추측했는지, UTF-8로 읽으면 글자가 어떻게 보이는지 확인해 보세요.
lesson-json = JSON
lesson-json-look = Content-Type: application/json입니다. 받은 그대로의 본문과 보기 좋게 정돈한 본문을 살펴보세요. 한글 인사말은 UTF-8입니다.
lesson-image = 이미지
lesson-image-look = Content-Type: image/png입니다. 본문은 바이너리입니다. 먼저 첫 바이트들을 16진수로 보고(PNG 시그니처), 그다음 이미지 자체를 보세요.
lesson-not-found = 404 Not Found
lesson-not-found-look = 서버는 답했지만 이 경로에는 아무것도 없다는 뜻입니다. 연결은 잘 되었고, 무엇이 잘못되었는지는 상태 줄이 알려 줍니다.
lesson-teapot = 418 I'm a teapot
lesson-teapot-look = 1998년에 농담으로 만든 상태 코드인데, 지금도 서버들이 알고 있습니다. 상태 코드에는 숫자와 상태 문구가 있고, 클라이언트는 숫자를 보고 움직입니다.
lesson-server-error = 500 Internal Server Error
lesson-server-error-look = 요청에는 문제가 없었고 서버가 실패했습니다. 500~599 코드는 서버 쪽 문제, 400~499 코드는 요청 쪽 문제를 뜻합니다.
lesson-drip = 조금씩 흘려보내기
lesson-drip-look = 서버가 0.1초마다 몇 바이트씩 씁니다. 타임라인 탭에서 읽기를 살펴보세요. 작은 읽기가 하나씩 이어집니다. 교과서의 recv 반복문이 눈에 보이는 셈입니다.
lesson-big = 흘려보내는 큰 본문
lesson-big-look = 보내면서 만드는 100 MiB입니다. 서버는 본문 전체를 한꺼번에 들고 있지 않습니다. 받는 동안 초당 바이트 수를 지켜보세요. 주소 끝에 ?bytes=N을 붙이면 크기가 바뀝니다.
lesson-many-headers = 헤더가 아주 많은 응답
lesson-many-headers-look = 헤드 하나에 지어낸 X-Lesson-Header 줄이 60개 있습니다. 헤드가 길어도 첫 빈 줄에서 끝납니다.
lesson-cookies = 쿠키
lesson-cookies-look = 서버가 Set-Cookie로 쿠키를 줍니다. wirepeek은 쿠키를 저장하지 않습니다. Cookie 헤더가 들어 있는 다음 요청을 보내면, 서버가 받은 내용을 보여 줍니다.
lesson-caching = ETag로 캐시하기
lesson-caching-look = 페이지에 ETag가 붙어 옵니다. 그 태그를 If-None-Match에 담은 다음 요청을 보내 보세요. 본문 없이 304 Not Modified가 옵니다.
lesson-head = HEAD와 GET 비교
lesson-head-look = HEAD는 헤드만 요청합니다. Content-Length는 본문이 얼마나 길지 알려 주지만 본문은 오지 않습니다. GET으로도 가져와서 비교해 보세요.
lesson-echo = 에코
lesson-echo-look = 서버가 받은 바이트를 헤드와 본문까지 그대로 돌려보냅니다. POST 본문을 보내거나 요청 편집기의 원본 직접 쓰기에 아무거나 입력해서, 실제로 무엇이 나갔는지 확인해 보세요.

lesson-cookie-set-body = 쿠키를 설정했습니다: { $cookie }. 이제 /cookie/show로 Cookie: { $cookie } 헤더를 보내 보세요.
lesson-cookie-show-body = 서버가 받은 Cookie 헤더: { $cookie }
lesson-cookie-show-none = 이 요청에는 Cookie 헤더가 없습니다.

practice-listening = 수업 주소: { $url } (이 컴퓨터에서만 열립니다). Ctrl-C를 누르면 서버가 멈춥니다.
practice-cannot-start = 연습 서버를 { $address }에서 시작할 수 없습니다: { $detail }
practice-port-hint = 다른 프로그램이 그 포트를 사용하고 있을 수 있습니다. --port로 다른 포트를 고르거나, --port 0을 주면 비어 있는 포트를 아무거나 사용합니다.
lesson-mail = HTTP가 아니라 메일로 답하는 포트
lesson-mail-look = 이 주소는 포트가 다릅니다. 그 포트에서는 메일 서버(SMTP)가 기다립니다. 메일 서버는 먼저 "220"으로 인사하고, HTTP는 알아듣지 못합니다. 포트는 프로그램 하나로 들어가는 문입니다. 웹은 80번과 443번 포트를, 서버끼리 메일을 주고받을 때는 25번 포트를 사용합니다.
lesson-https = 서버가 직접 만든 인증 기관으로 하는 https
lesson-https-look = 같은 romeo.txt를 다른 포트에서 TLS로 보냅니다. 처음 가져오면 실패합니다. 어느 신뢰 저장소에도 없는 인증 기관이 발급한 인증서이기 때문입니다(알 수 없는 발급자). 다음 수업을 가져와서 본문을 파일로 저장하고, 설정의 추가 인증 기관으로 그 파일을 고른 뒤(또는 --cacert로 지정한 뒤) 다시 가져와 보세요. 이제 인증서를 신뢰합니다.
lesson-https-ca = 인증 기관 파일
lesson-https-ca-look = 연습 서버의 인증 기관을 담은 PEM 파일입니다. "-----BEGIN CERTIFICATE-----" 다음에 base64가 이어집니다. 저장한 뒤 https 수업에서 신뢰하도록 지정하세요. 서버를 시작할 때마다 새로 만들고, 이 컴퓨터 밖으로 나가지 않습니다.
