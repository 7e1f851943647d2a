package whitepaper

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Severity tells whether a [Diagnostic] makes a document invalid.
type Severity int

// The severities a [Diagnostic] can have.
const (
	// Error marks a problem that makes the document invalid.
	Error Severity = iota
	// Warning marks a problem worth fixing that does not make the document invalid.
	Warning
)

// String returns "error" or "warning".
func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// MarshalText encodes the severity as "error" or "warning".
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Pos is a position in a source file. Line and Column count from 1; a zero
// Line means the position is unknown.
type Pos struct {
	Filename string `json:"file,omitempty"`
	Line     int    `json:"line,omitempty"`
	Column   int    `json:"column,omitempty"`
}

// IsValid reports whether the position names a line.
func (p Pos) IsValid() bool { return p.Line > 0 }

// String formats the position as "file:line:col", leaving out what is
// unknown.
func (p Pos) String() string {
	s := p.Filename
	if p.Line > 0 {
		if s != "" {
			s += ":"
		}
		s += fmt.Sprint(p.Line)
		if p.Column > 0 {
			s += fmt.Sprintf(":%d", p.Column)
		}
	}
	return s
}

// A Diagnostic is one problem found in a document: while decoding (syntax,
// unknown field, wrong type, malformed value) or while validating.
type Diagnostic struct {
	Severity Severity `json:"severity"`
	// Code is a stable, language-independent identifier of the kind of
	// problem, such as "unknown-field" or "duplicate-key".
	Code string `json:"code"`
	// Path is the JSON Pointer (RFC 6901) of the offending value; "" is the
	// whole document.
	Path string `json:"path"`
	// Pos is where the offending value starts in the source, when known.
	Pos Pos `json:"pos,omitzero"`
	// Message says what is wrong, in English.
	Message string `json:"message"`
	// Wording is Message before it was formatted, from which a locale
	// words it in another language (package locale); zero for a
	// diagnostic made without one.
	Wording Wording `json:"-"`
}

// diagf returns a diagnostic whose message is worded from format and args.
func diagf(sev Severity, code string, pos Pos, format string, args ...any) Diagnostic {
	w := worded(format, args...)
	return Diagnostic{Severity: sev, Code: code, Pos: pos, Message: w.String(), Wording: w}
}

// String formats the diagnostic as "file:line:col: severity: message", or
// with the JSON Pointer in place of the position when no position is known.
func (d Diagnostic) String() string {
	var where string
	switch {
	case d.Pos.IsValid():
		where = d.Pos.String()
	case d.Pos.Filename != "":
		where = d.Pos.Filename + ":" + pointerOrRoot(d.Path)
	default:
		where = pointerOrRoot(d.Path)
	}
	return where + ": " + d.Severity.String() + ": " + d.Message
}

func pointerOrRoot(p string) string {
	if p == "" {
		return "/"
	}
	return p
}

// Diagnostics is a list of problems. It implements error, so a function can
// return every problem it found at once; use errors.As to get the list back.
type Diagnostics []Diagnostic

// Error lists the diagnostics, one per line.
func (ds Diagnostics) Error() string {
	var b strings.Builder
	for i, d := range ds {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(d.String())
	}
	return b.String()
}

// HasErrors reports whether any diagnostic has severity [Error].
func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Errors returns the diagnostics of severity [Error].
func (ds Diagnostics) Errors() Diagnostics { return ds.filter(Error) }

// Warnings returns the diagnostics of severity [Warning].
func (ds Diagnostics) Warnings() Diagnostics { return ds.filter(Warning) }

func (ds Diagnostics) filter(s Severity) Diagnostics {
	var out Diagnostics
	for _, d := range ds {
		if d.Severity == s {
			out = append(out, d)
		}
	}
	return out
}

// Err returns the diagnostics as an error when any of them is an error, and
// nil otherwise.
func (ds Diagnostics) Err() error {
	if ds.HasErrors() {
		return ds
	}
	return nil
}

// MaxDiagnostics is the most diagnostics loading or validating one document
// reports; the rest are counted in a last diagnostic per severity, "and N
// more errors", so that a small hostile input cannot make millions of them.
const MaxDiagnostics = 1000

// diagList collects diagnostics up to [MaxDiagnostics] and counts the rest.
type diagList struct {
	diags              Diagnostics
	moreErr, moreWarns int
}

// full reports whether no more diagnostics are kept: callers skip the work
// of wording one and call [diagList.drop] instead.
func (l *diagList) full() bool { return len(l.diags) >= MaxDiagnostics }

// drop counts n diagnostics of severity sev that are not kept.
func (l *diagList) drop(sev Severity, n int) {
	if sev == Warning {
		l.moreWarns += n
	} else {
		l.moreErr += n
	}
}

// add keeps d, or counts it when the list is full, except for the one
// diagnostic that says the limit of values was reached.
func (l *diagList) add(d Diagnostic) {
	if l.full() && d.Code != "too-many-values" {
		l.drop(d.Severity, 1)
		return
	}
	if len(d.Message) > maxMessageLen {
		cut := maxMessageLen
		for cut > 0 && !utf8.RuneStart(d.Message[cut]) {
			cut--
		}
		d.Message = d.Message[:cut] + "…"
	}
	l.diags = append(l.diags, d)
}

// maxMessageLen bounds a diagnostic's message, which may quote the input.
const maxMessageLen = 4096

// list returns the kept diagnostics and, for what was dropped, one
// "too-many-diagnostics" diagnostic per severity.
func (l *diagList) list(filename string) Diagnostics {
	out := l.diags
	if l.moreErr > 0 {
		out = append(out, diagf(Error, "too-many-diagnostics", Pos{Filename: filename}, "and %d more errors", l.moreErr))
	}
	if l.moreWarns > 0 {
		out = append(out, diagf(Warning, "too-many-diagnostics", Pos{Filename: filename}, "and %d more warnings", l.moreWarns))
	}
	return out
}
