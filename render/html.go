package render

import (
	"bufio"
	_ "embed"
	"html/template"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/openwhitepaper/whitepaper/internal/textsafe"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// HTML writes the document as one self-contained page: inline CSS, no
// scripts, no external resources, a print stylesheet for A4, readable on
// a phone. Every text and attribute value goes through html/template's
// escaping (template.HTMLEscapeString), and links are made only from
// http, https, mailto and tel URLs.
func HTML(w io.Writer, doc *whitepaper.Document, opts *Options) error {
	if doc == nil {
		return errNoDocument
	}
	p := build(doc, opts)
	bw := bufio.NewWriter(w)
	h := &htmlWriter{w: bw}
	h.page(p)
	return bw.Flush()
}

//go:embed style.css
var style string

type htmlWriter struct {
	w *bufio.Writer
}

func (h *htmlWriter) raw(s ...string) {
	for _, x := range s {
		h.w.WriteString(x)
	}
}

// text writes escaped text.
func (h *htmlWriter) text(s string) {
	h.w.WriteString(template.HTMLEscapeString(textsafe.StripBidi(s)))
}

// unbroken matches what no line may break inside: a Japanese date
// (2017年3月1日), and お問い合わせ, which Chromium's phrase breaking
// (word-break: auto-phrase) cuts after お問い in a narrow column. A number
// with its unit (72時間) is one phrase to it already.
var unbroken = regexp.MustCompile(`[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|お?問い?合わ?せ`)

// content writes escaped text for an element's content, each date kept
// on one line.
func (h *htmlWriter) content(s string) {
	s = textsafe.StripBidi(s)
	at := 0
	for _, m := range unbroken.FindAllStringIndex(s, -1) {
		h.w.WriteString(template.HTMLEscapeString(s[at:m[0]]))
		h.raw("<span class=\"nw\">")
		h.w.WriteString(template.HTMLEscapeString(s[m[0]:m[1]]))
		h.raw("</span>")
		at = m[1]
	}
	h.w.WriteString(template.HTMLEscapeString(s[at:]))
}

// shortCell is the length in characters up to which a table cell without
// spaces is kept on one line: a column is then as wide as its short
// words (対象データ, 2017年3月1日), which Chromium's phrase breaking
// (word-break: auto-phrase) does not do when it sizes a table.
const shortCell = 12

// nowrap returns the class attribute that keeps a short table cell on one
// line, or "".
func nowrap(s string) string {
	if s == "" || utf8.RuneCountInString(s) > shortCell || strings.ContainsFunc(s, unicode.IsSpace) {
		return ""
	}
	return ` class="nw"`
}

func (h *htmlWriter) page(p *page) {
	h.raw("<!DOCTYPE html>\n<html lang=\"")
	h.text(p.Lang)
	h.raw("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	h.text(spansText(p.Title))
	h.raw("</title>\n<style>\n", style, "</style>\n</head>\n<body>\n")
	h.nav(p.Nav)
	h.raw("<header>\n<h1>")
	h.spans(p.Title)
	h.raw("</h1>\n")
	if p.Notice != "" {
		h.raw("<p class=\"notice\">")
		h.text(p.Notice)
		h.raw("</p>\n")
	}
	h.rows(p.Header)
	h.raw("</header>\n")
	if len(p.Summary) > 0 {
		h.raw("<section class=\"summary\" id=\"summary\">\n<h2>")
		h.text(p.SummaryTitle)
		h.raw("</h2>\n")
		h.rows(p.Summary)
		h.raw("</section>\n")
	}
	if len(p.TOC) > 0 {
		h.raw("<nav>\n<h2>")
		h.text(p.TOCTitle)
		h.raw("</h2>\n<ul class=\"toc\">\n")
		for _, s := range p.TOC {
			if s.Level > 0 {
				h.raw("<li class=\"l", strconv.Itoa(min(s.Level, 3)), "\"><a href=\"#")
			} else {
				h.raw("<li><a href=\"#")
			}
			h.text(s.Anchor)
			h.raw("\">")
			if s.Number != "" {
				h.text(s.Number)
				h.raw(". ")
			}
			h.spans([]span{s.Title})
			h.raw("</a></li>\n")
		}
		h.raw("</ul>\n</nav>\n")
	}
	h.raw("<main>\n")
	for _, s := range p.Sections {
		h.raw("<section id=\"")
		h.text(s.Anchor)
		h.raw("\">\n")
		if !s.untitled() {
			level := strconv.Itoa(2 + min(s.Level, 3))
			h.raw("<h", level, ">")
			if s.Number != "" {
				h.text(s.Number)
				h.raw(". ")
			}
			h.spans([]span{s.Title})
			h.raw("</h", level, ">\n")
		}
		for _, bl := range s.Blocks {
			h.block(bl, s.Level)
		}
		h.raw("</section>\n")
	}
	h.raw("</main>\n</body>\n</html>\n")
}

// nav writes the bar of links of Options.Nav.
func (h *htmlWriter) nav(links []Link) {
	if len(links) == 0 {
		return
	}
	h.raw("<nav class=\"site\"><ul>\n")
	for _, l := range links {
		h.raw("<li>")
		switch {
		case l.Current:
			h.raw("<strong aria-current=\"page\">")
			h.text(l.Text)
			h.raw("</strong>")
		case RelativeURL(l.Href):
			h.raw("<a href=\"")
			h.text(l.Href)
			h.raw("\"")
			if l.Lang != "" {
				h.raw(" hreflang=\"")
				h.text(l.Lang)
				h.raw("\" lang=\"")
				h.text(l.Lang)
				h.raw("\"")
			}
			h.raw(">")
			h.text(l.Text)
			h.raw("</a>")
		default:
			h.text(l.Text)
		}
		h.raw("</li>\n")
	}
	h.raw("</ul></nav>\n")
}

func (h *htmlWriter) block(bl block, level int) {
	if bl.Heading.Text != "" {
		tag := strconv.Itoa(3 + min(level, 3))
		h.raw("<h", tag, ">")
		h.spans([]span{bl.Heading})
		h.raw("</h", tag, ">\n")
	}
	if bl.Title != "" {
		h.raw("<p class=\"caption\">")
		h.text(bl.Title)
		h.raw("</p>\n")
	}
	switch {
	case bl.Para != nil:
		h.raw("<p>")
		h.spans(bl.Para)
		h.raw("</p>\n")
	case bl.Rows != nil:
		h.rows(bl.Rows)
	case bl.Table != nil:
		h.table(bl.Table)
	case bl.Links != nil:
		h.raw("<ul>\n")
		for _, l := range bl.Links {
			h.raw("<li>")
			h.spans(l)
			h.raw("</li>\n")
		}
		h.raw("</ul>\n")
	}
}

func (h *htmlWriter) rows(rows []row) {
	h.raw("<dl>\n")
	for _, r := range rows {
		if r.Label == "" {
			h.raw("<dd class=\"fact\">") // a statement, across both columns
		} else {
			h.raw("<dt>")
			h.text(r.Label)
			h.raw("</dt><dd>")
		}
		h.spans(r.Value)
		if len(r.Sub) > 0 {
			h.raw("\n")
			h.rows(r.Sub)
		}
		h.raw("</dd>\n")
	}
	h.raw("</dl>\n")
}

func (h *htmlWriter) table(t *table) {
	h.raw("<div class=\"scroll\"><table>\n<thead><tr>")
	for _, c := range t.Head {
		h.raw("<th scope=\"col\"", nowrap(c), ">")
		h.text(c)
		h.raw("</th>")
	}
	h.raw("</tr></thead>\n<tbody>\n")
	for _, r := range t.Rows {
		h.raw("<tr>")
		for i, c := range r {
			// data-label names the column where a phone shows the row as a card.
			if t.RowHeads && i == 0 {
				h.raw("<th scope=\"row\"", nowrap(spansText(c)), " data-label=\"")
				h.text(t.Head[i])
				h.raw("\">")
				h.spans(c)
				h.raw("</th>")
			} else {
				h.raw("<td", nowrap(spansText(c)), " data-label=\"")
				h.text(t.Head[i])
				h.raw("\">")
				h.spans(c)
				h.raw("</td>")
			}
		}
		h.raw("</tr>\n")
	}
	h.raw("</tbody>\n</table></div>\n")
}

// spans writes spans: a span in another language is wrapped in an element
// with a lang attribute, and a link is made only for a safe URL.
func (h *htmlWriter) spans(spans []span) {
	for _, s := range spans {
		if s.Lang != "" {
			h.raw("<span lang=\"")
			h.text(s.Lang)
			h.raw("\">")
		}
		u := safeURL(s.URL)
		if u != "" {
			h.raw("<a href=\"")
			h.text(u)
			if s.Text == u {
				// The text is the URL: print it once.
				h.raw("\" class=\"bare\">")
			} else {
				h.raw("\">")
			}
		}
		h.content(s.Text)
		if u != "" {
			h.raw("</a>")
		}
		if s.Lang != "" {
			h.raw("</span>")
		}
	}
}

// safeURL returns the URL when its scheme may become a link, and "" when not.
func safeURL(u string) string {
	for _, s := range whitepaper.SafeSchemes {
		if len(u) > len(s) && strings.EqualFold(u[:len(s)+1], s+":") {
			return u
		}
	}
	return ""
}
