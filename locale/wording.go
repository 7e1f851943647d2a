package locale

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// The messages of the whitepaper and check packages and of the command
// (diagnostics, errors) are written in Go as an English format and its
// arguments, a [whitepaper.Wording]. Each locale words every such format
// under a key of its own, "err.…": the English locale's message of the
// key is the Go format itself, so that the key of a format is found by
// its English; the other locales' messages are formats too, with the
// same arguments (%[2]s takes them in another order). An argument that
// is itself a Wording, an error of [whitepaper.Errorf] or a
// [whitepaper.Word] is worded in turn; a string the English quotes with
// %q may be written with %s in another language, between its own quotes
// (「%s」), and is then escaped as %q escapes it.

var (
	formatKeysOnce sync.Once
	formatKeys     map[string]string // English format -> key
)

// formatKey returns the key of an English format.
func formatKey(format string) (string, bool) {
	formatKeysOnce.Do(func() {
		formatKeys = map[string]string{}
		en := English().or()
		for k, v := range en.msgs {
			if strings.HasPrefix(k, "err.") {
				formatKeys[v] = k
			}
		}
	})
	k, ok := formatKeys[format]
	return k, ok
}

// maxWordedLen bounds a worded message, which may quote the input, as
// the whitepaper package bounds a diagnostic's English message.
const maxWordedLen = 4096

// Words words w in the locale's language: the locale's wording of w's
// English format with w's arguments, themselves worded. A format the
// locale has no wording for is worded as the English is.
func (c *Locale) Words(w whitepaper.Wording) string {
	if w.Format == "" {
		return ""
	}
	target := w.Format
	if k, ok := formatKey(w.Format); ok {
		if m, ok := c.or().msgs[k]; ok {
			target = m
		}
	}
	enVerbs, toVerbs := formatVerbs(w.Format), formatVerbs(target)
	args := make([]any, len(w.Args))
	for i, a := range w.Args {
		args[i] = c.wordArg(a)
		if s, ok := args[i].(string); ok && enVerbs[i] == 'q' && toVerbs[i] == 's' {
			q := strconv.Quote(s)
			args[i] = q[1 : len(q)-1]
		}
	}
	s := fmt.Sprintf(strings.ReplaceAll(target, "%w", "%v"), args...)
	if len(s) > maxWordedLen {
		cut := maxWordedLen
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

// Sprintf words the English format and its arguments in the locale's
// language, as [Locale.Words] does.
func (c *Locale) Sprintf(format string, args ...any) string {
	return c.Words(whitepaper.Wording{Format: format, Args: args})
}

// Error words err in the locale's language when it was made by
// [whitepaper.Errorf], or is [whitepaper.Diagnostics]; any other error as
// its Error method does. A nil error is "".
func (c *Locale) Error(err error) string {
	if err == nil {
		return ""
	}
	if w, ok := whitepaper.WordingOf(err); ok {
		return c.Words(w)
	}
	if pe, ok := err.(*fs.PathError); ok {
		switch {
		case errors.Is(pe.Err, fs.ErrNotExist):
			return c.Sprintf("%s: no such file or directory", pe.Path)
		case errors.Is(pe.Err, fs.ErrPermission):
			return c.Sprintf("%s: permission denied", pe.Path)
		}
	}
	var ds whitepaper.Diagnostics
	if errors.As(err, &ds) && error(ds) == err {
		lines := make([]string, len(ds))
		for i, d := range ds {
			lines[i] = c.Diagnostic(d)
		}
		return strings.Join(lines, "\n")
	}
	return err.Error()
}

func (c *Locale) wordArg(a any) any {
	switch v := a.(type) {
	case whitepaper.Wording:
		return c.Words(v)
	case whitepaper.Word:
		if k := "diag.word." + wordID(string(v)); c.Has(k) {
			return c.Message(k)
		}
		return string(v)
	case error:
		return c.Error(v)
	case whitepaper.Count:
		return c.Count(v)
	case whitepaper.CountUnit:
		return c.countUnit(v)
	case whitepaper.CountUnitList:
		names := make([]string, len(v))
		for i, u := range v {
			names[i] = c.countUnit(u)
		}
		return strings.Join(names, c.Message("diag.unitOr"))
	}
	return a
}

// countUnit names a unit of counts as the locale writes it after a
// number: "attempts", 「回」.
func (c *Locale) countUnit(u whitepaper.CountUnit) string {
	return strings.TrimSpace(c.Message("count."+string(u)+".other", "n", ""))
}

// formatVerbs returns the verb of each argument a format uses, by the
// argument's index.
func formatVerbs(format string) map[int]rune {
	verbs := map[int]rune{}
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		if i < len(format) && format[i] == '%' {
			continue
		}
		for i < len(format) {
			c := format[i]
			switch {
			case strings.IndexByte("+-# 0.", c) >= 0 || c >= '1' && c <= '9':
				i++
				continue
			case c == '[':
				end := strings.IndexByte(format[i:], ']')
				if end < 0 {
					return verbs
				}
				if n, err := strconv.Atoi(format[i+1 : i+end]); err == nil {
					arg = n - 1
				}
				i += end + 1
				continue
			case c == '*':
				arg++
				i++
				continue
			}
			break
		}
		if i < len(format) {
			r, _ := utf8.DecodeRuneInString(format[i:])
			verbs[arg] = r
			arg++
		}
	}
	return verbs
}
