# The Page view: the HTML body drawn as a simple browser would, every link one click from the next GET.

view-page = Page
page-title = Title: { $title }
page-no-title = This page has no title.
page-empty = This page has no text to show (the Text view has every byte).
page-not-run = { $scripts ->
    [one] 1 script
   *[other] { $scripts } scripts
} and { $sheets ->
    [one] 1 style sheet
   *[other] { $sheets } style sheets
} were not run
page-not-run-tooltip = A browser would run the page's scripts and apply its style sheets on top of the HTML. The Page view shows the HTML alone: what the server sent, read as a document.
page-images-load = { $count ->
    [one] Load the image (1 more request)
   *[other] Load the { $count } images ({ $count } more requests)
}
page-images-tooltip = Each image is a request of its own, with its own exchange in History, listed under this page. Nothing is fetched until you ask.
page-images-done = The images were asked for: History lists their requests under this page.
page-images-loading = Loading images: { $done } of { $count }
page-images-capped = (the first { $max } of { $count }: each load is a History entry, and History keeps 100)
page-images-no-thread = The images could not be fetched: the computer would not start another thread.
page-image = Image: { $alt }
page-image-no-alt = (no alt text)
page-image-status = The server answered { $code } instead of the image.
page-image-not-image = The answer is not an image wirepeek can draw.
page-image-other-scheme = Not fetched: a { $scheme }: address is not an HTTP request.
page-image-unreadable = Not fetched: its src is not an address.
page-referer = Send Referer
page-referer-tooltip = On: a click sends a Referer header naming this page, as browsers do (the whole address within one site, only the site to another one, nothing from https to http). Off: the next server cannot tell where you came from. RFC 9110, 10.1.3.
page-base = Links are read relative to <base href="{ $base }">
page-cut = The page is longer than the Page view draws: the rest is in the Text view.
page-link-fetch = Click: GET { $url }
page-link-here = A place in this page (#{ $fragment }): nothing is fetched, the view scrolls there. The part after # is never sent to the server.
page-link-other-scheme = A { $scheme }: link is not followed: it is not an HTTP address, and wirepeek speaks only HTTP.
page-link-unreadable = Not followed: "{ $href }" is not an address, even read relative to this page.
page-anchor-missing = Nothing is fetched for #{ $fragment }, and this page has no place with that name.
page-form = Form: { $method } { $url }
page-form-unnamed = (no name)
page-form-hidden = { $value } (hidden: sent, but a browser does not show it)
page-form-other = { $kind }: not filled in here
page-form-send = Send
page-form-will-fetch = Sending it asks for:
page-form-not-sent = This form sends with { $method }: the Page view shows it but does not send it. The request editor can send any method with a body.
page-form-not-sent-short = Only forms that send with GET are sent from the page.
history-caused-link = link of the page above
history-caused-image = image of the page above
history-caused-form = form of the page above

# Before step 1, when a page made this fetch (the Page view): what the learner did there.
page-story-link = Before step 1: you clicked a link on { $page }. A browser turns a click into a new request, a GET for the link's address: that request is the story below.
page-story-image = Before step 1: the page { $page } shows this image, and you asked for its images. Each image is a request of its own, like this one.
page-story-form = Before step 1: you sent a form on { $page }. Its fields became the query of this GET request.
