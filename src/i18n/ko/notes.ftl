## Notes from the engine, one per kind (see wire::Warning)
note-scheme_added = 스킴을 입력하지 않아서 http://를 붙였습니다.
note-userinfo_not_sent = URL에 있는 사용자 이름과 비밀번호는 보내지 않았습니다(wirepeek은 스스로 보내지 않습니다).
note-bare_lf_head = 응답 헤드의 어떤 줄은 CR LF가 아니라 LF만으로 끝납니다.
note-unknown_minor_version = 서버가 존재하지 않는 버전(HTTP/1.{ $minor })으로 답해서 HTTP/1.1로 읽었습니다.
note-status_out_of_range = 상태 코드가 { $code }입니다. HTTP가 정한 범위(100~599) 밖입니다.
note-folded_header = 헤더 "{ $name }"의 값이 여러 줄로 접혀 있어서(옛 형식) 줄을 공백 하나로 이었습니다.
note-length_and_transfer_encoding = 응답에 Transfer-Encoding과 Content-Length가 모두 있습니다. Transfer-Encoding을 따르고 Content-Length는 무시합니다.
note-transfer_encoding_not_chunked = Transfer-Encoding 값("{ $codings }")이 chunked로 끝나지 않아서 본문은 연결이 닫힐 때까지입니다.
note-repeated_content_length = Content-Length가 같은 값으로 { $count }번 왔습니다. 한 번만 사용합니다.
note-bare_lf_chunk = 청크 방식 본문의 줄(청크 크기 줄, 청크의 끝, 트레일러)이 CR LF가 아니라 LF만으로 끝납니다.
note-many_chunks = 청크가 { $listed }개보다 많아서 앞부분만 목록에 있습니다. 본문에는 모두 들어 있습니다.
note-trailer_without_colon = 콜론이 없는 트레일러 줄은 무시했습니다: "{ $line }".
note-bad_trailer_line = 헤더 규칙에 맞지 않는 트레일러 줄은 빼 두었습니다: "{ $line }"{ $fault ->
    [nul] 에 NUL 바이트가 있습니다
    [lone_cr] 에 줄 끝이 아닌 CR이 있습니다
    [empty_name] 의 이름이 비어 있습니다
    [bad_name] 의 이름에 사용할 수 없는 글자가 있습니다
   *[control_in_value] 의 값에 제어 문자가 있습니다
  }.
note-forbidden_trailer = "{ $name }" 트레일러는 본문 뒤에 와서 아무 효과가 없습니다. 본문의 길이나 형식, 전달 경로를 정하는 필드는 헤드에 있어야 합니다. 목록에는 보이지만 바뀐 것은 없습니다.
note-transfer_coding_undone = Transfer-Encoding에 chunked 말고 { $codings }도 있습니다. 거의 사용되지 않는 전송 코딩입니다. wirepeek은 Content-Encoding처럼 풀었습니다.
note-chunked_twice = Transfer-Encoding에 chunked가 두 번 이상 있습니다. 보내는 쪽이 해서는 안 되는 일입니다. 청크는 한 겹만 읽었습니다.
note-tls_closed_without_notify = TLS 연결이 close_notify 없이 닫혔습니다. 본문은 닫힌 곳에서 끝나므로 잘렸을 수 있습니다.
note-raw_deflate = deflate 본문에 zlib 헤더가 없습니다(raw deflate). 그래도 풀었습니다.
note-unknown_content_coding = 콘텐츠 코딩("{ $coding }")은 지원하지 않아서 본문을 받은 그대로 보여 줍니다.
note-extra_bytes = 본문이 끝난 뒤에 { $count }바이트가 더 왔지만 본문에 넣지 않았습니다.
note-reads_merged = 읽기가 { $listed }번보다 많아서 그 뒤의 읽기는 목록의 마지막 항목에 합쳤습니다.
note-closed_while_sending = 요청을 다 보내기 전에 서버가 연결을 닫았습니다. 그래도 서버의 답은 읽었습니다.
note-proxy_closed_while_sending = 요청을 다 보내기 전에 프록시({ $proxy })가 연결을 닫았습니다. 그래도 프록시가 돌려준 답은 읽었습니다.
note-redirected_from = { $url }에서 여기로 리디렉션되었습니다({ $code } { $reason }).
note-https_to_http = 이 리디렉션은 https에서 암호화 없는 http로 갑니다. 이후 내용은 암호화되지 않습니다.
note-credentials_dropped = 리디렉션이 다른 서버(호스트, 포트 또는 스킴이 다른 곳)로 가서 { $headers } 헤더를 뺐습니다. 인증 정보는 원래 받을 서버의 것입니다.
note-became_get = { $code } 응답을 따라가면서 { $method } 요청이 GET으로 바뀌었습니다{ $body ->
    [dropped] (본문은 보내지 않았습니다)
   *[none] {""}
  }. 브라우저도 이렇게 합니다.
note-empty_lines_before_status = 상태 줄 앞에 빈 줄(CR LF 또는 LF)이 모두 { $count }개 있어서 건너뛰었습니다. RFC 9112(2.2절)는 받는 쪽에 빈 줄을 건너뛰라고 하지만, 서버는 이런 줄을 보내지 말아야 합니다.
note-odd_status_line = { $shape ->
    [leading_whitespace] 상태 줄의 HTTP/ 앞에 공백이나 탭이 있어서 건너뛰었습니다. 상태 줄은 버전으로 시작해야 합니다.
    [lowercase_name] 상태 줄의 프로토콜 이름이 소문자(http/)입니다. 대문자 HTTP여야 하지만 그대로 읽었습니다.
    [extra_spaces] 상태 줄에서 공백 하나가 와야 할 자리(버전, 상태 코드, 상태 문구 사이)에 공백이 둘 이상 있습니다. 그대로 읽었습니다.
    [tab] 상태 줄에서 공백이 와야 할 자리에 탭이 있습니다. 그대로 읽었습니다.
   *[no_space_after_code] 상태 줄이 상태 코드에서 바로 끝납니다. 상태 문구가 비어 있어도 그 앞의 공백은 있어야 하지만 그대로 읽었습니다. 이렇게 보내는 서버가 많습니다.
  }
note-other_http_version = { $family ->
    [http09] 상태 줄의 버전이 { $version }입니다. 하지만 HTTP/0.9에는 상태 줄이 아예 없었습니다. 서버는 헤더 없이 본문만 보내고 연결을 닫았습니다. HTTP/1.1로 읽었습니다.
    [http2] 상태 줄의 버전이 { $version }입니다. 하지만 HTTP/2는 상태 줄을 글자로 보내지 않고, TLS 핸드셰이크에서 정한 바이너리 프레임으로 주고받습니다. HTTP/1.1로 읽었습니다.
    [http3] 상태 줄의 버전이 { $version }입니다. 하지만 HTTP/3은 이런 TCP 연결이 아니라 QUIC(UDP) 위에서 동작하고, 상태 줄을 글자로 보내지 않습니다. HTTP/1.1로 읽었습니다.
   *[other] 상태 줄의 버전이 { $version }입니다. 존재하지 않는 HTTP 버전이라 HTTP/1.1로 읽었습니다.
  }
note-non_ascii_in_head = 헤드에 ASCII 밖의 바이트가 { $count }개 있습니다(상태 문구나 헤더 값). HTTP가 허용하지만(obs-text) 프로그램마다 다르게 읽습니다. wirepeek은 UTF-8은 글자로, 그 밖의 바이트는 \xNN으로 보여 줍니다.
note-chunk_size_whitespace = 청크 크기 줄에서 크기 뒤에 공백이나 탭이 있습니다. 크기는 분명해서 청크를 읽었지만, 서버는 이런 공백을 보내지 말아야 합니다(RFC 9112, 7.1.1절).
note-odd_chunk_extension = 청크 크기 줄("{ $line }")의 확장이 ;이름 또는 ;이름=값 형식이 아닙니다(예: 이름 없는 ;). 크기는 분명해서 청크를 읽었습니다. 이 확장에는 뜻이 없습니다.
note-no_blank_line_after_last_chunk = 마지막 청크(크기 0) 바로 뒤에서, 청크 전송 본문을 끝내는 빈 줄 없이 연결이 닫혔습니다. 청크는 모두 도착했으므로 본문은 완전합니다.
note-no_body_despite_length = { $rule ->
    [head_request] HEAD 요청에 대한 응답이라 본문이 없습니다. 서버는 헤드만 보냅니다. Content-Length 값({ $length })은 GET으로 요청하면 받을 바이트 수입니다.
    [no_content] 204(No Content) 응답에는 본문이 없으므로 Content-Length 값({ $length })은 무시했습니다. 서버는 204 응답에 이 헤더를 보내지 말아야 합니다.
   *[not_modified] 304(Not Modified) 응답에는 본문이 없습니다. Content-Length 값({ $length })은 클라이언트가 이미 가진 사본의 크기입니다.
  }
note-space_before_colon = 헤더 "{ $name }"의 이름과 콜론 사이에 공백이나 탭이 있습니다. 서버는 이런 요청을 거부해야 하고 프록시는 응답에서 이 공백을 지워야 합니다(RFC 9112, 5.1절). 프로그램마다 이름을 다르게 읽으면 속일 수 있기 때문입니다. 여기서는 공백을 뺀 이름으로 읽었습니다: "{ $name }".
note-transfer_encoding_in_http10 = 이 HTTP/1.0 응답에 Transfer-Encoding이 있습니다. HTTP/1.0에는 없는 헤더라서 본문의 끝을 믿을 수 없습니다(RFC 9112, 6.1절). Transfer-Encoding에 적힌 대로 읽었습니다.
note-switching_protocols = { $asked ->
    [yes] 서버가 요청한 프로토콜로 바꾸는 데 동의했습니다(101). wirepeek은 HTTP/1.1만 다루므로 이 헤드 뒤로는 읽지 않습니다.
   *[no] 요청이 프로토콜을 바꾸자고 하지 않았는데(Upgrade 헤더 없음) 서버가 101 Switching Protocols로 답했습니다. wirepeek은 이 헤드 뒤로는 읽지 않습니다.
  }{ $following ->
    [0] {""}
   *[other] { " " }헤드 뒤에 온 { $following }바이트는 새 프로토콜의 것입니다.
  }
note-raw_without_host = { $required ->
    [yes] 직접 쓴 요청에 Host 헤더가 없습니다. HTTP/1.1에서는 꼭 있어야 하는 헤더라서 많은 서버가 400 Bad Request로 답합니다. 쓴 그대로 보냈습니다.
   *[no] 직접 쓴 요청에 Host 헤더가 없습니다. HTTP/1.0에서는 없어도 되지만, 한 주소에서 여러 사이트를 맡는 서버는 어느 사이트를 원하는지 알 수 없습니다. 쓴 그대로 보냈습니다.
  }
note-raw_bare_lf = 직접 쓴 요청의 줄 { $count }개가 CR LF가 아니라 LF로만 끝납니다. 받아 주는 서버가 많지만 거절하는 서버도 있습니다. 쓴 그대로 보냈습니다.
note-raw_head_not_ended = 직접 쓴 요청의 헤더 뒤에 빈 줄이 없습니다. 서버는 요청이 끝났는지 알 수 없어서 계속 기다릴 수 있습니다. 마지막에 Enter를 두 번 누르세요.
note-raw_length_mismatch = { $declared ->
    [given] 직접 쓴 요청에는 "Content-Length: { $length }"라고 적혀 있지만 빈 줄 뒤에는 { $actual }가 있습니다. 서버는 적힌 만큼만 본문으로 읽거나 나머지를 기다립니다. 쓴 그대로 보냈습니다.
   *[missing] 직접 쓴 요청의 빈 줄 뒤에 { $actual }가 있지만 Content-Length가 없어서 서버는 이 바이트를 본문으로 읽지 않습니다. 쓴 그대로 보냈습니다.
  }
note-system_store_unreadable = { $store ->
    [empty] 이 컴퓨터의 신뢰 저장소에서 읽은 인증서가 { $found }개입니다. 그래서 https는 함께 들어 있는 Mozilla 루트 인증서(와 고른 추가 { -ca } 파일)만 믿습니다.
   *[partial] 이 컴퓨터의 신뢰 저장소를 다 읽지 못했습니다. 읽을 수 있었던 인증서 { $found }개는 믿습니다.
  }{ $said ->
    [yes] { " " }(인증서 로더 원문: "{ $loader_said }")
   *[no] { "" }
  }
