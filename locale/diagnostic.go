package locale

import (
	"os"
	"regexp"
	"strings"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/language"
)

// The whitepaper package words its diagnostics in English, with their
// variable parts (a field name, a value, the forms a type accepts) quoted
// in fixed places. A locale words the messages authors meet most from
// those parts; a message it has no wording for, and the English detail
// some wordings carry (a parser's list of accepted forms), stay as they
// are, so that nothing the English says is lost.

// diagRule is a message shape: the English it matches, with its parts as
// named groups, and the key of its wording, whose placeholders are those
// groups.
type diagRule struct {
	re  *regexp.Regexp
	key string
}

var diagRules = func() []diagRule {
	q := `"((?:[^"\\]|\\.)*)"` // a quoted part, as %q writes it
	rules := []struct{ pattern, key string }{
		{`unknown field ` + named(q, "name") + `; did you mean ` + named(q, "best") + `\?`, "diag.unknownField.suggest"},
		{`unknown field ` + named(q, "name") + `; known fields: (?P<list>.*)`, "diag.unknownField.list"},
		{`unknown (?P<what>[a-z0-9 -]+) ` + named(q, "value") + `; did you mean ` + named(q, "best") + `\?`, "diag.unknownValue.suggest"},
		{`unknown (?P<what>[a-z0-9 -]+) ` + named(q, "value") + ` \(want one of: (?P<list>.*); or an extension value x-… declared in extensions\)`, "diag.unknownValue.list"},
		{`got the number (?P<n>[^;]+); write it with its unit: ` + named(q, "fix"), "diag.number.unit"},
		{`got the number (?P<n>[^;]+); (?P<detail>.*)`, "diag.number.invalid"},
		{`want (?P<want>.*), got a number; quote it: ` + named(q, "fix"), "diag.number.quote"},
		{`invalid schedule ` + named(q, "value") + `: a schedule can leave out holidays only \(祝日を除く\); write other exceptions, such as 年末年始, in the item's notes`, "diag.invalid.exceptions"},
		{`invalid (?P<type>duration|frequency|count|date|schedule) ` + named(q, "value") + `(?P<read>(?: \("[^"]*"\))?): (?P<detail>.*); Japanese forms such as (?P<forms>.*) are accepted too`, "diag.invalid.japanese"},
		{`invalid (?P<type>duration|frequency|count|date|schedule) ` + named(q, "value") + `(?P<read>(?: \("[^"]*"\))?): (?P<detail>.*)`, "diag.invalid.value"},
		{`invalid place ` + named(q, "value") + `: (?P<detail>.*); Japanese forms such as (?P<forms>.*) are accepted too`, "diag.invalid.place"},
		{`JSON syntax: unexpected end of input: the document is cut off \(truncated\)`, "diag.truncated"},
		{`the input ends in the middle of a character: the document is cut off \(truncated\)`, "diag.truncatedRune"},
		{`document is empty`, "diag.empty"},
		{named(q, "value") + ` is the placeholder init wrote: replace it`, "diag.placeholder"},
		{`(?P<n>[0-9]+) sections are empty \(\{\}\): fill them in or delete them: (?P<list>.*)`, "diag.emptySections"},
		{`the newest revision is (?P<newest>\S+) but the document's version is (?P<version>\S+); add the entry of \S+ to revisions \(whitepaper diff --revision-entry OLD NEW drafts it\)`, "diag.revisionMissing"},
		{`the newest revision is dated (?P<newest>\S+) but the document is dated (?P<date>\S+); date the document and its newest revision alike`, "diag.revisionDate"},
		{`null is not allowed here; leave the field out instead`, "diag.null"},
		{`field ` + named(q, "name") + ` appears twice \(first at line (?P<line>[0-9]+)\)`, "diag.duplicateField"},
		{`(?P<name>[A-Za-z0-9./]+) is required`, "diag.required"},
		{`text has no (?P<lang>[A-Za-z0-9-]+) version`, "diag.missingTranslation"},
		{`want (?P<want>a list|a mapping|true or false|a string), got (?P<got>a list|a mapping|null|a boolean|a number|a string)`, "diag.wrongType"},
	}
	out := make([]diagRule, len(rules))
	for i, r := range rules {
		out[i] = diagRule{regexp.MustCompile("^(?:" + r.pattern + ")$"), r.key}
	}
	return out
}()

// named makes the first group of a quoted-part pattern a named one.
func named(q, name string) string { return `"(?P<` + name + `>` + q[2:] }

// diagWords are the parts that are themselves worded: the type of a value
// and the kinds of YAML value.
var diagWords = map[string]bool{"type": true, "want": true, "got": true}

var diagWordIDs = []string{"list", "mapping", "true-or-false", "string", "null", "boolean", "number",
	"duration", "frequency", "count", "date", "schedule"}

// wordID is the key of a worded part: "a list" is "list", "true or
// false" is "true-or-false".
func wordID(s string) string {
	return strings.ReplaceAll(strings.TrimPrefix(s, "a "), " ", "-")
}

// DiagnosticKeys lists the keys of the diagnostic wordings, for tests
// that check every locale has them.
func DiagnosticKeys() []string {
	keys := []string{"diag.error", "diag.warning"}
	for _, r := range diagRules {
		keys = append(keys, r.key)
	}
	for _, w := range diagWordIDs {
		keys = append(keys, "diag.word."+w)
	}
	return keys
}

// DiagnosticMessage words a diagnostic's message in the locale's
// language, starting from its English [whitepaper.Diagnostic.Message]: a
// message of a shape the locale has no wording for is returned as it is.
func (c *Locale) DiagnosticMessage(d whitepaper.Diagnostic) string {
	return c.wordMessage(d.Message)
}

func (c *Locale) wordMessage(msg string) string {
	for _, r := range diagRules {
		m := r.re.FindStringSubmatch(msg)
		if m == nil {
			continue
		}
		var args []string
		for i, name := range r.re.SubexpNames() {
			if name == "" {
				continue
			}
			v := m[i]
			if id := wordID(v); diagWords[name] && c.Has("diag.word."+id) {
				v = c.Message("diag.word." + id)
			}
			args = append(args, name, v)
		}
		return c.Message(r.key, args...)
	}
	return msg
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
