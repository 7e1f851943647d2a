package locale

import (
	"os"
	"strings"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/language"
)

// The whitepaper package words its diagnostics in English and keeps
// each one's [whitepaper.Wording], its format and arguments, from which
// a locale words it in its own language (see wording.go).

// diagWordIDs are the fixed words of messages ([whitepaper.Word]) that
// a locale translates: the type of a value and the kinds of YAML value.
var diagWordIDs = []string{"list", "language-tag", "mapping", "true-or-false", "string", "null", "boolean", "number",
	"duration", "frequency", "count", "date", "schedule"}

// wordID is the key of a worded part: "a list" is "list", "true or
// false" is "true-or-false".
func wordID(s string) string {
	return strings.ReplaceAll(strings.TrimPrefix(s, "a "), " ", "-")
}

// DiagnosticKeys lists the keys of the words of diagnostics other than
// their messages (whose keys are err.…), for tests that check every
// locale has them.
func DiagnosticKeys() []string {
	keys := []string{"diag.error", "diag.warning", "diag.unitOr"}
	for _, w := range diagWordIDs {
		keys = append(keys, "diag.word."+w)
	}
	return keys
}

// DiagnosticMessage words a diagnostic's message in the locale's
// language from its [whitepaper.Diagnostic.Wording]; a diagnostic made
// without one keeps its English message.
func (c *Locale) DiagnosticMessage(d whitepaper.Diagnostic) string {
	if d.Wording.Format != "" {
		return c.Words(d.Wording)
	}
	return d.Message
}

// Diagnostic words a whole diagnostic line, "file:line:col: error:
// message", in the locale's language: 「file:line:col: エラー: …」.
func (c *Locale) Diagnostic(d whitepaper.Diagnostic) string {
	line := d.String()
	where := strings.TrimSuffix(line, ": "+d.Severity.String()+": "+d.Message)
	return where + ": " + c.Message("diag."+d.Severity.String()) + ": " + c.DiagnosticMessage(d)
}

// FromEnvironment returns the locale the environment asks for, as POSIX
// programs read it: the first of LC_ALL, LC_MESSAGES and LANG that is set
// ("ja_JP.UTF-8" is Japanese); English when none names a language with a
// locale, or when the one set is "C" or "POSIX".
func FromEnvironment() *Locale {
	return fromEnv(os.Getenv)
}

func fromEnv(getenv func(string) string) *Locale {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(name)
		if v == "" {
			continue
		}
		v, _, _ = strings.Cut(v, ".") // ja_JP.UTF-8
		v, _, _ = strings.Cut(v, "@")
		if v == "C" || v == "POSIX" {
			return English()
		}
		tag, err := language.Parse(strings.ReplaceAll(v, "_", "-"))
		if err != nil {
			return English()
		}
		if c, err := Parse(tag.String()); err == nil {
			return c
		}
		return English()
	}
	return English()
}
