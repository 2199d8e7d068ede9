# 페이지 보기: HTML 본문을 간단한 브라우저처럼 그려 보여 주고, 링크를 누르면 다음 GET 요청이 됩니다.

view-page = 페이지
page-title = 제목: { $title }
page-no-title = 이 페이지에는 제목이 없습니다.
page-empty = 이 페이지에는 보여 줄 글이 없습니다. 모든 바이트는 텍스트 보기에 있습니다.
page-not-run = 스크립트 { $scripts }개는 실행하지 않았고, 스타일 시트 { $sheets }개는 적용하지 않았습니다
page-not-run-tooltip = 브라우저라면 HTML 위에 페이지의 스크립트를 실행하고 스타일 시트를 적용합니다. 페이지 보기는 HTML만 보여 줍니다. 서버가 보낸 것을 문서로 읽은 모습입니다.
page-images-load = 이미지 { $count }개 불러오기 ({ -request } { $count }번 더)
page-images-tooltip = 이미지마다 따로 { -request }을 보내고, 주고받은 내용은 기록에서 이 페이지 아래에 하나씩 남습니다. 누르기 전에는 아무것도 가져오지 않습니다.
page-images-done = 이미지를 이미 요청했습니다. 기록에서 이 페이지 아래에 있습니다.
page-images-loading = 이미지 불러오는 중: { $count }개 중 { $done }개
page-images-capped = (모두 { $count }개 가운데 처음 { $max }개: 하나하나가 기록에 남는데, 기록은 100개까지만 남습니다)
page-images-no-thread = 이미지를 가져오지 못했습니다. 컴퓨터가 스레드를 더 만들지 못했습니다.
page-image = 이미지: { $alt }
page-image-no-alt = (대체 텍스트 없음)
page-image-status = 서버가 이미지 대신 { $code } 응답을 보냈습니다.
page-image-not-image = 받은 것이 그릴 수 있는 이미지가 아닙니다.
page-image-other-scheme = 가져오지 않았습니다. { $scheme }: 주소는 HTTP { -request }이 아닙니다.
page-image-unreadable = 가져오지 않았습니다. src가 주소가 아닙니다.
page-referer = Referer 보내기
page-referer-tooltip = 켜면 링크를 누를 때 이 페이지를 알려 주는 Referer { -header }를 브라우저처럼 보냅니다. 같은 사이트에는 주소 전체를, 다른 사이트에는 사이트 이름만 보내고, https에서 http로 갈 때는 보내지 않습니다. 끄면 다음 서버는 어디서 왔는지 알 수 없습니다. RFC 9110, 10.1.3.
page-base = 링크는 <base href="{ $base }">를 기준으로 읽습니다
page-cut = 페이지가 너무 길어 페이지 보기에 다 그리지 않았습니다. 나머지는 텍스트 보기에 있습니다.
page-link-fetch = 누르면: GET { $url }
page-link-here = 이 페이지 안의 한 곳(#{ $fragment })입니다. 아무것도 가져오지 않고 그곳으로 스크롤합니다. # 뒤의 부분은 서버로 보내지 않습니다.
page-link-other-scheme = { $scheme }: 링크는 따라가지 않습니다. HTTP 주소가 아니고, { -app }은 HTTP만 다룹니다.
page-link-unreadable = 따라가지 않습니다. 링크에 적힌 값("{ $href }")은 이 페이지를 기준으로 읽어도 주소가 되지 않습니다.
page-anchor-missing = #{ $fragment } 링크는 아무것도 가져오지 않습니다. 그런데 이 페이지에는 그런 이름의 위치가 없습니다.
page-form = 폼: { $method } { $url }
page-form-unnamed = (이름 없음)
page-form-hidden = { $value } (숨은 값: 보내지만 브라우저는 보여 주지 않습니다)
page-form-other = { $kind }: 여기서는 채울 수 없습니다
page-form-send = 보내기
page-form-will-fetch = 보내면 이 주소를 요청합니다:
page-form-not-sent = 이 폼은 { $method } 메서드로 보냅니다. 페이지 보기는 보여 주기만 하고 보내지 않습니다. { -request } 편집기로는 어떤 메서드든 { -body }과 함께 보낼 수 있습니다.
page-form-not-sent-short = 페이지에서는 GET으로 보내는 폼만 보냅니다.
history-caused-link = 위 페이지의 링크
history-caused-image = 위 페이지의 이미지
history-caused-form = 위 페이지의 폼

# Before step 1, when a page made this fetch (the Page view): what the learner did there.
page-story-link = 1단계 전에: { $page } 페이지에서 링크를 눌렀습니다. 브라우저는 링크를 누르면 그 주소로 새 GET { -request }을 보냅니다. 아래가 그 { -request }의 이야기입니다.
page-story-image = 1단계 전에: { $page } 페이지에 이 이미지가 있고, 이미지를 불러오라고 했습니다. 이미지 하나하나가 이것처럼 따로 보내는 { -request }입니다.
page-story-form = 1단계 전에: { $page } 페이지의 폼을 보냈습니다. 폼에 넣은 값이 이 GET { -request }의 쿼리가 되었습니다.
