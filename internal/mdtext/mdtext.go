// Package mdtext escapes text for Markdown (CommonMark and GFM), so that
// what a document says is shown as written and never read as markup: the
// renderer's pages and the vendor comparison write through it.
package mdtext

import (
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/textsafe"
)

// Escape escapes s; atStart says whether s begins a line of its own.
//
// The output goes through many renderers (goldmark, Python-Markdown as
// used by MkDocs, markdown-it, marked), which do not agree on backslash
// escapes: Python-Markdown passes a raw HTML tag through "\<". So "<", ">"
// and "&" are written as entities, which every renderer shows as text, and
// so are "[", "]" and "!", which could otherwise form a link or an image
// with text around them; no raw HTML is ever written. The other markup
// characters get a backslash. Reordering bidirectional controls are
// dropped.
func Escape(s string, atStart bool) string {
	s = textsafe.StripBidi(s)
	var b strings.Builder
	digits := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if e, ok := entities[c]; ok {
			b.WriteString(e)
			atStart, digits = false, false
			continue
		}
		switch {
		case c == '\\' || c == '`' || c == '*' || c == '_' || c == '|' || c == '~':
			b.WriteByte('\\')
		case atStart && (c == '#' || c == '-' || c == '+' || c == '='):
			b.WriteByte('\\')
		case digits && (c == '.' || c == ')'):
			b.WriteByte('\\')
		case c == '\r':
			continue
		}
		b.WriteByte(c)
		switch {
		case c == '\n':
			atStart, digits = true, false
		case c == ' ' || c == '\t':
			digits = false
		case c >= '0' && c <= '9':
			digits = atStart || digits
			atStart = false
		default:
			atStart, digits = false, false
		}
	}
	return b.String()
}

// entities are the characters Escape writes as character references.
var entities = map[byte]string{'<': "&lt;", '>': "&gt;", '&': "&amp;", '[': "&#91;", ']': "&#93;", '!': "&#33;"}

// Cell keeps a cell on one line and its pipes literal.
func Cell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\\\n", " ")), " ")
}
