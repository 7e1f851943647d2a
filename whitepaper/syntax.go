package whitepaper

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// explainSyntax makes the YAML parser's message clearer where it can: a
// tab, which YAML never allows for indentation, gets its column and says
// so instead of "found character that cannot start any token".
func explainSyntax(data []byte, pos Pos, msg Wording) (Pos, Wording) {
	if s := msg.String(); !strings.Contains(s, "cannot start any token") && !strings.Contains(s, "tab character") {
		return pos, msg
	}
	lines := bytes.Split(data, []byte("\n"))
	find := func(line int) (Pos, bool) {
		if line < 1 || line > len(lines) {
			return Pos{}, false
		}
		l := lines[line-1]
		i := bytes.IndexByte(l, '\t')
		if i < 0 {
			return Pos{}, false
		}
		return Pos{Line: line, Column: 1 + utf8.RuneCount(l[:i])}, true
	}
	p, ok := find(pos.Line)
	for line := 1; !ok && line <= len(lines); line++ {
		if bytes.HasPrefix(bytes.TrimLeft(lines[line-1], " "), []byte("\t")) {
			p, ok = find(line)
		}
	}
	if !ok {
		return pos, msg
	}
	return p, worded("YAML syntax: a tab character; YAML indents with spaces only (replace the tab with spaces)")
}
