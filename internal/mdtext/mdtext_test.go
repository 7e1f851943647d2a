package mdtext

import "testing"

func TestEscape(t *testing.T) {
	for in, want := range map[string]string{
		"<script>alert(1)</script>": "&lt;script&gt;alert(1)&lt;/script&gt;",
		"[x](javascript:alert(1))":  "&#91;x&#93;(javascript:alert(1))",
		"a|b *c* _d_":               `a\|b \*c\* \_d\_`,
		"# not a heading":           `\# not a heading`,
		"1. not a list":             `1\. not a list`,
		"evil\u202etxt":             "eviltxt",
	} {
		if got := Escape(in, true); got != want {
			t.Errorf("Escape(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Cell("a\nb  c"); got != "a b c" {
		t.Errorf("Cell kept a line break: %q", got)
	}
}
