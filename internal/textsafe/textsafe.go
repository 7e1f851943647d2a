// Package textsafe classifies the characters that make text lie about
// itself, control characters, bidirectional controls and invisible
// characters, for the loader that refuses them and the writers that must
// never pass them to a terminal or a page.
package textsafe

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsControl reports whether r is a C0 or C1 control character or DEL,
// tab and line feed included.
func IsControl(r rune) bool { return r < 0x20 || (r >= 0x7f && r <= 0x9f) }

// IsBidiControl reports whether r is a bidirectional formatting character
// (embeddings, overrides, isolates and the directional marks), which can
// make "https://evil.example/\u202emoc.elpmaxe" display as another address.
func IsBidiControl(r rune) bool {
	switch {
	case r == 0x061c, r == 0x200e, r == 0x200f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// IsInvisible reports whether r is a zero-width or otherwise invisible
// format character: zero-width space, non-joiner and joiner, word joiner,
// the invisible operators, the byte order mark, soft hyphen and the
// interlinear annotation and tag characters.
func IsInvisible(r rune) bool {
	switch {
	case r == 0x00ad, r >= 0x200b && r <= 0x200d, r >= 0x2060 && r <= 0x2064, r == 0xfeff:
		return true
	case r >= 0xfff9 && r <= 0xfffb, r >= 0xe0000 && r <= 0xe007f:
		return true
	}
	return false
}

// IsNonASCIISpace reports whether r is white space or a line or paragraph
// separator outside ASCII, such as U+00A0, U+0085 or U+2028.
func IsNonASCIISpace(r rune) bool {
	return r > 0x7f && (unicode.IsSpace(r) || unicode.In(r, unicode.Zs, unicode.Zl, unicode.Zp))
}

// Check describes the first character of s that is not allowed: a control
// character (tab and line feed allowed when prose is true), a
// bidirectional control or an invisible character (both allowed in prose,
// where validation warns about them instead). It returns "" when s is clean.
func Check(s string, prose bool) string {
	switch kind, r, i := Find(s, prose); kind {
	case Control:
		return fmt.Sprintf("control character %U at byte %d", r, i)
	case Bidi:
		return fmt.Sprintf("bidirectional control character %U at byte %d", r, i)
	case Invisible:
		return fmt.Sprintf("invisible character %U at byte %d", r, i)
	}
	return ""
}

// Kind is the kind of a character Find reports.
type Kind int

// The kinds of character Find reports.
const (
	Clean     Kind = iota // none found
	Control               // a control character
	Bidi                  // a bidirectional control
	Invisible             // an invisible character
)

// Find returns the first character of s that Check describes, its kind
// and its byte offset; Clean when s is clean.
func Find(s string, prose bool) (Kind, rune, int) {
	for i, r := range s {
		switch {
		case r == utf8.RuneError:
			continue
		case prose && (r == '\t' || r == '\n'):
			continue
		case IsControl(r):
			return Control, r, i
		case prose:
			continue
		case IsBidiControl(r):
			return Bidi, r, i
		case IsInvisible(r):
			return Invisible, r, i
		}
	}
	return Clean, 0, 0
}

// HasBidi reports whether s holds a bidirectional control or an invisible character.
func HasBidi(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return IsBidiControl(r) || IsInvisible(r) }) >= 0
}

// StripBidi removes the bidirectional embeddings, overrides and isolates
// from s, the characters that reorder text around them; the directional
// marks and joiners, which writing systems need, stay.
func StripBidi(s string) string {
	if strings.IndexFunc(s, isReordering) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isReordering(r) {
			return -1
		}
		return r
	}, s)
}

func isReordering(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// Terminal makes s safe to write to a terminal or a line-oriented text
// output: every control character (line breaks and tabs included),
// bidirectional control and invisible character becomes a visible escape
// such as \n or \u202e, so that nothing in s can move the cursor, change
// colours, make a hyperlink or start a line of its own.
func Terminal(s string) string {
	if strings.IndexFunc(s, needsEscape) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case needsEscape(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func needsEscape(r rune) bool {
	return IsControl(r) || IsBidiControl(r) || IsInvisible(r) || r == 0x2028 || r == 0x2029
}

// Markdown escapes s for CommonMark and GFM: atStart says whether s
// begins a line of its own.
//
// The output goes through many renderers (goldmark, Python-Markdown as
// used by MkDocs, markdown-it, marked), which do not agree on backslash
// escapes: Python-Markdown passes a raw HTML tag through "\<". So "<", ">"
// and "&" are written as entities, which every renderer shows as text, and
// so are "[", "]" and "!", which could otherwise form a link or an image
// with text around them, and "{" and "}", which the attribute extensions
// (Python-Markdown's attr_list in its extra bundle, goldmark's
// WithAttribute, markdown-it-attrs) would read as the element's
// attributes, event handlers included; no raw HTML is ever written. The other markup
// characters get a backslash. Reordering bidirectional controls are
// dropped.
func Markdown(s string, atStart bool) string {
	s = StripBidi(s)
	var b strings.Builder
	digits := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if e, ok := markdownEntities[c]; ok {
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

// markdownEntities are the characters Markdown writes as character references.
var markdownEntities = map[byte]string{'<': "&lt;", '>': "&gt;", '&': "&amp;", '[': "&#91;", ']': "&#93;", '!': "&#33;",
	'{': "&#123;", '}': "&#125;"}

// MarkdownURL writes a link destination between angle brackets, where only
// angle brackets and line breaks would end it.
func MarkdownURL(u string) string {
	return strings.NewReplacer("<", "%3C", ">", "%3E", "\n", "", " ", "%20").Replace(u)
}

// MarkdownCell keeps an escaped text on one line of a table row, its
// pipes literal.
func MarkdownCell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\\\n", " ")), " ")
}

// Spreadsheet keeps a spreadsheet from taking a field for a formula (=,
// +, -, @, a tab or a carriage return first) by putting an apostrophe in
// front, and drops the controls that make text lie about itself.
func Spreadsheet(s string) string {
	s = StripBidi(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
