package whitepaper

import (
	"bytes"
	"strings"
)

// A YAML file cut anywhere is often still YAML: a line cut in the middle
// of a value is a shorter value, and the fields after the cut are only
// missing. What gives a cut away is where the input stops: in the middle
// of a line (every file fmt writes, and nearly every file an editor
// saves, ends with a line break), or at a key whose value never came
// ("sets:" as the last line). Loading names such an end as a cut when
// the document has errors, and validating warns of a document that
// loads but stops in the middle of a line.

// cutKind says how a YAML input looks cut off.
type cutKind int

const (
	notCut     cutKind = iota
	cutInLine          // the last line has no line break after it
	cutAtField         // the last line is a key or list item with no value
	cutInValue         // the input ends inside a quoted text or a [ ] or { }
)

// yamlCut tells whether data looks cut off, and where it ends.
func yamlCut(data []byte) (cutKind, Pos) {
	end := offsetPos(data, len(data))
	last := bytes.LastIndexByte(data, '\n')
	if len(bytes.TrimSpace(data[last+1:])) > 0 {
		return cutInLine, end
	}
	body := bytes.TrimRight(data, " \t\r\n")
	l := strings.TrimSpace(string(body[bytes.LastIndexByte(body, '\n')+1:]))
	if strings.HasPrefix(l, "#") || l == "" {
		return notCut, end
	}
	if l == "-" || strings.HasSuffix(l, ":") || strings.HasSuffix(l, ": |") || strings.HasSuffix(l, ": >") ||
		strings.HasSuffix(l, ": |-") || strings.HasSuffix(l, ": >-") {
		return cutAtField, end
	}
	return notCut, end
}

// cutDiagnostic is the diagnostic of an input that looks cut off, at its
// end.
func cutDiagnostic(kind cutKind, pos Pos, sev Severity) Diagnostic {
	switch {
	case kind == cutInValue:
		return diagf(sev, "truncated", pos, "the input ends inside a value (a quoted text, [ ] or { }): the document is cut off (truncated)")
	case kind == cutAtField && sev == Warning:
		return diagf(sev, "truncated", pos, "the input ends at a field with no value: the document may be cut off (truncated)")
	case kind == cutAtField:
		return diagf(sev, "truncated", pos, "the input ends at a field with no value: the document is cut off (truncated)")
	case sev == Warning:
		return diagf(sev, "truncated", pos, "the input ends in the middle of a line: the document may be cut off (truncated); end the file with a line break if it is whole")
	}
	return diagf(sev, "truncated", pos, "the input ends in the middle of a line: the document is cut off (truncated)")
}

// syntaxCut tells whether a YAML syntax error says the input ended inside
// a value: a quoted text never closed, or a flow collection ([ ], { })
// whose end is missing on the last line.
func syntaxCut(msg string, line int, end Pos) bool {
	if strings.Contains(msg, "unexpected end of stream") {
		return true
	}
	return strings.Contains(msg, "did not find expected ',' or") && line >= end.Line-1
}

// withCut puts the diagnostic of a cut first when the input looks cut
// off: the errors after it follow from the cut.
func withCut(ds Diagnostics, kind cutKind, end Pos) Diagnostics {
	if kind == notCut {
		return ds
	}
	return append(Diagnostics{cutDiagnostic(kind, end, Error)}, ds...)
}

// yamlMessage is a message of the YAML parser as a Wording, so that a
// locale words the common ones; others stay as the parser wrote them.
func yamlMessage(msg string) any {
	switch msg {
	case "did not find expected key":
		return worded("did not find expected key")
	case "did not find expected ',' or ']'":
		return worded("did not find expected ',' or ']'")
	case "did not find expected ',' or '}'":
		return worded("did not find expected ',' or '}'")
	case "mapping values are not allowed in this context":
		return worded("mapping values are not allowed in this context")
	case "found unexpected end of stream":
		return worded("found unexpected end of stream")
	case "could not find expected ':'":
		return worded("could not find expected ':'")
	case "did not find expected '-' indicator":
		return worded("did not find expected '-' indicator")
	}
	return msg
}
