package render

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/textsafe"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// Markdown writes the document as CommonMark with GitHub tables.
func Markdown(w io.Writer, doc *whitepaper.Document, opts *Options) error {
	if doc == nil {
		return errNoDocument
	}
	p := build(doc, opts)
	bw := bufio.NewWriter(w)
	m := &mdWriter{w: bw}
	m.page(p)
	return bw.Flush()
}

type mdWriter struct {
	w *bufio.Writer
}

func (m *mdWriter) printf(format string, args ...any) { fmt.Fprintf(m.w, format, args...) }

func (m *mdWriter) page(p *page) {
	m.printf("# %s\n\n", mdSpans(p.Title, false, false))
	if p.Notice != "" {
		m.printf("*%s*\n\n", mdText(p.Notice))
	}
	for _, r := range p.Header {
		m.row(r, "")
	}
	m.printf("\n")
	if len(p.Summary) > 0 {
		m.printf("## %s\n\n", mdText(p.SummaryTitle))
		for _, r := range p.Summary {
			m.row(r, "")
		}
		m.printf("\n")
	}
	if len(p.TOC) > 0 {
		m.printf("## %s\n\n", mdText(p.TOCTitle))
		for _, s := range p.TOC {
			m.printf("%s- %s\n", strings.Repeat("  ", s.Level), mdHeading(s, true))
		}
		m.printf("\n")
	}
	for _, s := range p.Sections {
		if !s.untitled() {
			m.printf("%s %s\n\n", strings.Repeat("#", 2+min(s.Level, 3)), mdHeading(s, false))
		}
		for _, bl := range s.Blocks {
			m.block(bl, s.Level)
		}
	}
}

func heading(s section) string {
	if s.Number == "" {
		return s.Title.Text
	}
	return s.Number + ". " + s.Title.Text
}

// mdHeading writes a section heading. A heading in another language is
// not marked: it is the vendor's name for the section, and the page's
// notice says in which language the document is written.
func mdHeading(s section, blockStart bool) string {
	return mdEscape(heading(s), blockStart)
}

func (m *mdWriter) block(bl block, level int) {
	if bl.Heading.Text != "" {
		m.printf("%s %s\n\n", strings.Repeat("#", 3+min(level, 3)), mdSpans([]span{bl.Heading}, false, false))
	}
	if bl.Title != "" {
		m.printf("**%s**\n\n", mdText(bl.Title))
	}
	switch {
	case bl.Para != nil:
		m.printf("%s\n\n", mdSpans(bl.Para, true, true))
	case bl.Rows != nil:
		for _, r := range bl.Rows {
			m.row(r, "")
		}
		m.printf("\n")
	case bl.Table != nil:
		m.table(bl.Table)
	case bl.Links != nil:
		for _, l := range bl.Links {
			m.printf("- %s\n", mdSpans(l, false, true))
		}
		m.printf("\n")
	}
}

func (m *mdWriter) row(r row, indent string) {
	if r.Label == "" {
		m.printf("%s- %s\n", indent, mdSpans(r.Value, false, false))
	} else if len(r.Value) > 0 {
		m.printf("%s- %s: %s\n", indent, mdEscape(r.Label, true), mdSpans(r.Value, false, false))
	} else {
		m.printf("%s- %s\n", indent, mdEscape(r.Label, true))
	}
	for _, s := range r.Sub {
		m.row(s, indent+"  ")
	}
}

func (m *mdWriter) table(t *table) {
	var head []string
	for _, h := range t.Head {
		head = append(head, mdCell(mdText(h)))
	}
	m.printf("| %s |\n|%s\n", strings.Join(head, " | "), strings.Repeat(" --- |", len(head)))
	for _, r := range t.Rows {
		var cells []string
		for _, c := range r {
			cells = append(cells, mdCell(mdSpans(c, false, false)))
		}
		m.printf("| %s |\n", strings.Join(cells, " | "))
	}
	m.printf("\n")
}

// mdCell keeps a cell on one line and its pipes literal.
func mdCell(s string) string { return textsafe.MarkdownCell(s) }

// mdSpans writes spans; a span in another language than the page's is
// followed by its language tag in parentheses, once per list of them. With multiline, line breaks
// are kept as hard breaks; blockStart says the spans begin a block (a
// paragraph, a list item), where "1." or "#" would be markup.
func mdSpans(spans []span, multiline, blockStart bool) string {
	var b strings.Builder
	for i, s := range spans {
		text := mdEscape(s.Text, blockStart && i == 0)
		if multiline {
			// A line break inside a paragraph is a hard break.
			text = strings.ReplaceAll(text, "\n", "\\\n")
		}
		if s.URL != "" {
			fmt.Fprintf(&b, "[%s](<%s>)", text, mdURL(s.URL))
		} else {
			b.WriteString(text)
		}
		// A passage in another language is marked once, after its last
		// span; a name (no sentence) keeps its own language unmarked.
		if s.Lang != "" && !slices.ContainsFunc(spans[i+1:], func(t span) bool { return t.Lang == s.Lang }) &&
			slices.ContainsFunc(spans, func(t span) bool { return t.Lang == s.Lang && isProse(t.Text) }) {
			fmt.Fprintf(&b, " (%s)", s.Lang)
		}
	}
	if !multiline {
		return strings.Join(strings.Fields(b.String()), " ")
	}
	return b.String()
}

// mdText escapes what CommonMark and GFM would take for markup: the
// characters that start or end inline markup, entities and tables, and the
// block markers that only count at the start of a line ("#", "-", "+",
// "=", "1."). What is left is shown as written.
func mdText(s string) string { return mdEscape(s, false) }

// mdEscape escapes s; atStart says whether s begins a line of its own.
// See [textsafe.Markdown].
func mdEscape(s string, atStart bool) string { return textsafe.Markdown(s, atStart) }

// mdURL writes a link destination between angle brackets. See
// [textsafe.MarkdownURL].
func mdURL(u string) string { return textsafe.MarkdownURL(u) }
