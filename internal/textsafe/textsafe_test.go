package textsafe

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCheck(t *testing.T) {
	tests := []struct {
		s     string
		prose bool
		want  string // "" when clean
	}{
		{"Acme 株式会社", false, ""},
		{"a\tb\nc", true, ""},
		{"a\nb", false, "control character U+000A at byte 1"},
		{"a\x1b[2J", true, "control character U+001B at byte 1"},
		{"a\u0085", true, "control character U+0085 at byte 1"},
		{"a\x7f", false, "control character U+007F at byte 1"},
		{"x\u202e", false, "bidirectional control character U+202E at byte 1"},
		{"x\u202e", true, ""},
		{"x\u200b", false, "invisible character U+200B at byte 1"},
		{"\ufeffx", false, "invisible character U+FEFF at byte 0"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Check(tt.s, tt.prose), "%q prose=%v", tt.s, tt.prose)
	}
}

func TestTerminal(t *testing.T) {
	assert.Equal(t, "plain 日本語", Terminal("plain 日本語"))
	assert.Equal(t, `a\nb\tc\u001b[2J\u202e\u200b\u2028`, Terminal("a\nb\tc\x1b[2J\u202e\u200b\u2028"))
	assert.Equal(t, `\u009b`, Terminal("\u009b"))
}

func TestStripBidi(t *testing.T) {
	assert.Equal(t, "abc", StripBidi("a\u202eb\u2066c\u2069"))
	assert.Equal(t, "a\u200fb\u200dc", StripBidi("a\u200fb\u200dc"), "marks and joiners stay")
}

func TestIsNonASCIISpace(t *testing.T) {
	for _, r := range []rune{0xa0, 0x85, 0x2028, 0x2029, 0x3000, 0x2009} {
		assert.True(t, IsNonASCIISpace(r), "%U", r)
	}
	for _, r := range []rune{' ', '\t', 'a', 'あ'} {
		assert.False(t, IsNonASCIISpace(r), "%U", r)
	}
}

func TestMarkdown(t *testing.T) {
	for in, want := range map[string]string{
		"<script>alert(1)</script>": "&lt;script&gt;alert(1)&lt;/script&gt;",
		"[x](javascript:alert(1))":  "&#91;x&#93;(javascript:alert(1))",
		"a|b *c* _d_":               `a\|b \*c\* \_d\_`,
		"# not a heading":           `\# not a heading`,
		"1. not a list":             `1\. not a list`,
		"evil\u202etxt":             "eviltxt",
		"x {: onfocus=f() }":        "x &#123;: onfocus=f() &#125;",
	} {
		if got := Markdown(in, true); got != want {
			t.Errorf("Markdown(%q) = %q, want %q", in, got, want)
		}
	}
	if got := MarkdownCell("a\nb  c|d"); got != `a b c\|d` {
		t.Errorf("MarkdownCell = %q", got)
	}
}

func TestSpreadsheet(t *testing.T) {
	for in, want := range map[string]string{
		"=1+1": "'=1+1", "+81": "'+81", "-x": "'-x", "@SUM(A1)": "'@SUM(A1)", "\tx": "'\tx",
		"plain": "plain", "": "", "a=b": "a=b", "\u202e=1": "'=1",
	} {
		if got := Spreadsheet(in); got != want {
			t.Errorf("Spreadsheet(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWidth(t *testing.T) {
	for s, want := range map[string]int{"": 0, "abc": 3, "記載なし": 8, "ＡＢ": 4, "ｱｲ": 2, "は い": 5} {
		if got := Width(s); got != want {
			t.Errorf("Width(%q) = %d, want %d", s, got, want)
		}
	}
}
