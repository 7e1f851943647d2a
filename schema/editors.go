package schema

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/invopop/jsonschema"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// This file turns the schema reflected from the Go types into one written
// for the authors of documents, which editors (yaml-language-server and
// the like) show in completion and hover: titles from the English locale,
// descriptions without Go doc idioms, the accepted forms and examples of
// every value type, a description per vocabulary value, and short
// messages for values of the wrong form.

// valueForm is how an editor presents a value type: a short title, the
// accepted forms in words, canonical examples, and the message for a value
// that does not match the pattern.
type valueForm struct {
	title    string
	forms    string
	examples []any
	mismatch string
}

// valueForms are the forms of the types in valueTypes, by $defs name.
// A test checks that every example is accepted by the Go type.
var valueForms = map[string]valueForm{
	"LanguageTag": {
		title:    "Language tag",
		forms:    "A BCP 47 language tag in canonical form.",
		examples: []any{"ja", "en", "zh-Hant"},
		mismatch: `want a BCP 47 language tag, such as "ja" or "en"`,
	},
	"Text": {
		title:    "Text",
		forms:    "Text in one or more languages: a string per BCP 47 language tag, such as {ja: …, en: …}.",
		examples: []any{map[string]string{"en": "Backups are taken daily.", "ja": "バックアップは毎日取得しています。"}},
	},
	"Duration": {
		title: "Duration",
		forms: `An amount and a unit ("72 hours", "30 days", "5 years", "3 business days"), ` +
			`with an optional bound ("within", "at least", "about", "more than", "less than"), ` +
			`a range ("5-10 minutes"), an ISO 8601 duration ("P14D"), or a word: "indefinitely", "immediately", "promptly". ` +
			`Japanese forms mean the same: "72時間以内", "30日以上", "3営業日以内", "約1か月", "無期限", "速やかに".`,
		examples: []any{"within 72 hours", "at least 30 days", "about 1 month", "5 years", "5-10 minutes", "3 business days", "P14D", "indefinitely", "immediately", "promptly", "72時間以内"},
		mismatch: `want an amount and a unit, such as "within 72 hours", "30 days" or "P14D"`,
	},
	"Frequency": {
		title: "Frequency",
		forms: `How often: "hourly", "daily", "weekly", "monthly", "yearly", "every" and an interval ` +
			`("every 6 hours", "every 5-10 minutes", "every few days"), a number of times in a period ` +
			`("twice a day", "3 times a month", "3 times every 2 weeks"), "about", "at least" or "at most" before any of them ` +
			`("at least yearly", a quota "at most 3 times a month"), an event ("on upload", "on hire", "on deploy"), ` +
			`or a word: "periodically", "continuous", "ongoing", "per release", "as needed". ` +
			`Japanese forms mean the same: "日次", "毎日", "週1回", "6時間ごと", "1日2回", "年1回以上", "月3回まで", "アップロード時", "定期的", "常時", "継続的".`,
		examples: []any{"daily", "weekly", "monthly", "every 6 hours", "every 5-10 minutes", "about monthly", "twice a day", "3 times a month", "at least yearly", "at most 3 times a month", "on upload", "periodically", "continuous", "ongoing", "per release", "as needed", "日次", "1日2回", "年1回以上"},
		mismatch: `want how often, such as "daily", "every 6 hours" or "periodically"`,
	},
	"Count": {
		title:    "Count",
		forms:    `A number and its unit, with an optional bound ("at least", "about", "at most", "more than", "less than"). Japanese forms mean the same: "7世代", "2拠点以上", "約12,000校".`,
		examples: []any{"7 generations", "at least 2 sites", "about 12000 schools", "3 copies", "7世代"},
		mismatch: `want a number and a unit, such as "7 generations" or "at least 2 sites"`,
	},
	"Date": {
		title:    "Date",
		forms:    "A date, which may be partial: a year, a year and month, or a full date (YYYY, YYYY-MM, YYYY-MM-DD). Quote it in YAML. Japanese forms mean the same: 2026年4月1日, 2026年4月.",
		examples: []any{"2023-02-07", "2023-09", "2023", "2023年2月7日"},
		mismatch: `want a date such as "2023-02-07", "2023-09" or "2023"`,
	},
	"Percent": {
		title:    "Percentage",
		forms:    "A number followed by %.",
		examples: []any{"99.9%", "99.9897%", "100%"},
		mismatch: `want a percentage such as "99.9%"`,
	},
	"URL": {
		title:    "URL",
		forms:    "An absolute http, https, mailto or tel URL.",
		examples: []any{"https://example.com/security", "mailto:security@example.com"},
		mismatch: `want an absolute URL, such as "https://example.com/security"`,
	},
	"Email": {
		title:    "Email address",
		forms:    "An email address without a display name.",
		examples: []any{"security@example.com"},
	},
	"Phone": {
		title:    "Telephone number",
		forms:    "A telephone number, national or international, with hyphens or spaces.",
		examples: []any{"03-6773-7547", "+81 3 6773 7547"},
		mismatch: `want a telephone number, such as "03-6773-7547" or "+81 3 6773 7547"`,
	},
	"Country": {
		title:    "Country",
		forms:    "An ISO 3166-1 alpha-2 country code, in capitals.",
		examples: []any{"JP", "US", "SG"},
		mismatch: `want a two-letter country code, such as "JP"`,
	},
	"UTCOffset": {
		title:    "UTC offset",
		forms:    "An offset from UTC, with a sign, hours and minutes.",
		examples: []any{"+09:00", "+00:00", "-05:00"},
		mismatch: `want an offset from UTC, such as "+09:00"`,
	},
	"SectionID": {
		title:    "Section ID",
		forms:    "The ID of a standard or custom section: lower-case letters, digits and hyphens.",
		examples: []any{"backup", "logging", "data-location"},
		mismatch: idMismatch,
	},
	"Schedule": {
		title: "Schedule",
		forms: `When something is available or happens: "24x7", or days ("daily", "weekdays", "mon-fri", "sat,sun", ` +
			`a run that wraps the week "sun-fri") with hours ("09:00-18:00", several separated by commas, "from 18:00" ` +
			`when no end is stated) and a time zone ("JST", "+09:00"), optionally "excluding holidays". ` +
			`Japanese forms mean the same: "24時間365日", "平日9:00〜18:00（祝日を除く）", "日〜金 4:00〜4:30", "火曜18:00〜".`,
		examples: []any{"24x7", "weekdays 09:30-18:00 JST", "daily 02:00-05:00 JST", "mon-fri 09:00-12:00,13:00-17:00 +09:00 excluding holidays", "sun-fri 04:00-04:30 JST", "tue from 18:00 JST", "平日9:00〜18:00（祝日を除く）", "日〜金 4:00〜4:30"},
		mismatch: `want a schedule, such as "24x7" or "weekdays 09:30-18:00 JST"`,
	},
	"Place": {
		title:    "Place",
		forms:    `A country (ISO 3166-1 alpha-2, in capitals) or an area: "EU", "EEA", "global". The Japanese names of common places are read as their codes: "日本" is "JP", "米国" is "US", "全世界" is "global".`,
		examples: []any{"JP", "US", "EU", "EEA", "global", "日本"},
		mismatch: `want a country code such as "JP", or "EU", "EEA", "global"`,
	},
	"Money": {
		title:    "Money",
		forms:    "An amount of money and its ISO 4217 currency code.",
		examples: []any{"100000000 JPY", "1000000 USD"},
		mismatch: `want an amount and a currency, such as "100000000 JPY"`,
	},
}

// idMismatch is the message for an ID that does not match patterns["ID"].
const idMismatch = `want lower-case letters, digits and hyphens, such as "main-db"`

// forEditors rewrites the reflected schema for editors. names maps $defs
// names to their Go types; comments are the Go doc comments (empty
// without the source); values are the doc comments of vocabulary values,
// by "Type.value".
func forEditors(s *jsonschema.Schema, names map[string]reflect.Type, values map[string]string) {
	en := locale.English()
	s.Description = authorText(s.Description, "Document")
	describeProperties(s, "Document", reflect.TypeFor[whitepaper.Document](), en)
	for name, def := range s.Definitions {
		if f, ok := valueForms[name]; ok {
			def.Title = f.title
			def.Description = f.forms
			def.Examples = f.examples
			if f.mismatch != "" {
				setExtra(def, "patternErrorMessage", f.mismatch)
			}
			if name == "Text" {
				setExtra(def.PropertyNames, "patternErrorMessage", valueForms["LanguageTag"].mismatch)
				setExtra(def.AdditionalProperties, "patternErrorMessage", "want some text, not only spaces")
			}
			continue
		}
		t, ok := names[name]
		if !ok {
			continue
		}
		def.Description = authorText(def.Description, t.Name())
		switch {
		case t.Kind() == reflect.Struct:
			def.Title = words(t.Name())
			describeProperties(def, t.Name(), t, en)
		case isEnum(t):
			def.Title = words(t.Name())
			describeValues(def, t, en, values)
		}
	}
	// The sections have no doc comment of their own on Document: their
	// title is the section's, their description their type's.
	for _, sec := range whitepaper.Sections() {
		p, ok := s.Properties.Get(sec.Field)
		if !ok || p.Title != "" {
			continue
		}
		p.Title = en.Section(sec.ID)
		if def, ok := s.Definitions[strings.TrimPrefix(p.Ref, "#/$defs/")]; ok && p.Description == "" {
			p.Description = def.Description
		}
	}
}

// describeProperties gives each property of a struct's schema its English
// label as title and an author-facing description that, for a value
// type, ends with the accepted forms.
func describeProperties(def *jsonschema.Schema, typeName string, t reflect.Type, en *locale.Locale) {
	fields := goFields(t)
	for pair := def.Properties.Oldest(); pair != nil; pair = pair.Next() {
		p := pair.Value
		f := fields[pair.Key]
		for _, owner := range []string{typeName, f.owner, "Notes"} {
			if label, ok := message(en, locale.FieldKey(owner, pair.Key)); ok {
				p.Title = label
				break
			}
		}
		desc := authorText(p.Description, f.name)
		ref := p.Ref
		if ref == "" && p.Items != nil {
			ref = p.Items.Ref
		}
		if form, ok := valueForms[strings.TrimPrefix(ref, "#/$defs/")]; ok && ref != "" {
			// The property keeps its $ref, whose examples editors offer,
			// but its own description hides the ref's: add the forms.
			desc = strings.TrimSpace(desc + "\n\n" + form.forms)
		}
		p.Description = desc
	}
}

// describeValues lists the description of each value of a vocabulary, in
// the order of its enum, as enumDescriptions, which yaml-language-server
// shows in completion and hover (it also reads markdownEnumDescriptions,
// which would only repeat them; a oneOf of consts would show in completion
// but not as a list in hover).
func describeValues(def *jsonschema.Schema, t reflect.Type, en *locale.Locale, values map[string]string) {
	closed := def.AnyOf[0]
	var descs []string
	for _, v := range closed.Enum {
		v := v.(string)
		label, _ := message(en, "enum."+t.Name()+"."+v)
		desc := authorText(values[t.Name()+"."+v], "")
		switch {
		case label != "" && desc != "":
			desc = label + ": " + lowerFirst(desc)
		case desc == "":
			desc = label
		}
		descs = append(descs, desc)
	}
	setExtra(closed, "enumDescriptions", descs)
}

// message gives a locale's message for key, and whether it has one.
func message(l *locale.Locale, key string) (string, bool) {
	msg := l.Message(key)
	if msg == "["+key+"]" {
		return "", false
	}
	return msg, true
}

func setExtra(s *jsonschema.Schema, key string, v any) {
	if s.Extras == nil {
		s.Extras = map[string]any{}
	}
	s.Extras[key] = v
}

// goField is the Go side of a document field: its Go name and the name
// of the struct that declares it (an embedded struct, for shared fields).
type goField struct{ name, owner string }

// goFields maps the document names of a struct's fields, embedded
// structs' included, to their Go names and owners.
func goFields(t reflect.Type) map[string]goField {
	fields := map[string]goField{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if f.Anonymous && name == "" {
				walk(f.Type)
				continue
			}
			if name != "" && name != "-" {
				fields[name] = goField{name: f.Name, owner: t.Name()}
			}
		}
	}
	walk(t)
	return fields
}

var (
	// docLink is a Go doc link: [Type], [Type.Field], [pkg.Type.Field].
	docLink = regexp.MustCompile(`\[((?:[a-z]+\.)?[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)?)\]`)
	// leadingName is a Go identifier that starts a doc comment, and the
	// verb "is" or "are" after it.
	leadingName = regexp.MustCompile(`^([A-Z][A-Za-z0-9]*) (?:(?:is|are) )?`)
)

// authorText rewrites a Go doc comment for authors: one paragraph per
// blank line, no leading Go name ("Generations is how many…" becomes "How
// many…", "Sets lists…" becomes "Lists…"), and doc links in words
// (a doc link to Document.Services becomes "the document's services").
func authorText(doc, goName string) string {
	doc = strings.TrimSpace(doc)
	if doc == "" {
		return ""
	}
	var paras []string
	for _, para := range strings.Split(doc, "\n\n") {
		paras = append(paras, strings.Join(strings.Fields(para), " "))
	}
	doc = strings.Join(paras, "\n\n")
	if m := leadingName.FindStringSubmatch(doc); m != nil && (m[1] == goName || isCamel(m[1])) {
		doc = upperFirst(doc[len(m[0]):])
		if rest, ok := strings.CutPrefix(doc, "Says "); ok {
			doc = upperFirst(rest) // "Says where data is stored": "Where data is stored"
		} else if rest, ok := strings.CutPrefix(doc, "Say "); ok {
			doc = upperFirst(rest)
		} else if rest, ok := strings.CutPrefix(doc, "List "); ok {
			doc = "Lists " + rest
		} else if rest, ok := strings.CutPrefix(doc, "Words "); ok {
			doc = inDocumentWords(rest)
		}
	}
	return docLink.ReplaceAllStringFunc(doc, func(link string) string {
		parts := strings.Split(strings.Trim(link, "[]"), ".")
		if len(parts) > 0 && parts[0] == strings.ToLower(parts[0]) {
			parts = parts[1:] // a package name
		}
		switch {
		case len(parts) == 2 && parts[0] == "Document":
			return "the document's " + strings.ToLower(words(parts[1]))
		case len(parts) == 2:
			return "the " + strings.ToLower(words(parts[1])) + " of a " + strings.ToLower(words(parts[0]))
		case parts[0] == "FormatVersion":
			return strconv.Quote(whitepaper.FormatVersion)
		case parts[0] == "Vocabularies":
			return "the vocabularies listed under extensions"
		}
		return strings.ToLower(words(parts[0]))
	})
}

// inDocumentWords rewords "Words X": "Words the backup as the document
// does." is "The backup, in the document's own words."; "Words how keys
// are managed." is "How keys are managed, in the document's own words."
func inDocumentWords(rest string) string {
	rest = strings.TrimSuffix(rest, ".")
	rest = strings.TrimSuffix(rest, " as the document does")
	return upperFirst(rest) + ", in the document's own words."
}

// isCamel reports whether a word is a Go identifier made of several
// words, such as RestoreOnRequest, which English text never starts with.
func isCamel(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) && i+1 < len(w) && unicode.IsLower(rune(w[i+1])) {
			return true
		}
	}
	return false
}

// words splits a Go name into words: "BackupSet" is "Backup set",
// "SSOProtocol" is "SSO protocol".
func words(name string) string {
	var out []string
	rs := []rune(name)
	start := 0
	for i := 1; i <= len(rs); i++ {
		if i == len(rs) || unicode.IsUpper(rs[i]) && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1])) {
			w := string(rs[start:i])
			if len(out) > 0 && !isAcronym(w) {
				w = strings.ToLower(w)
			}
			out = append(out, w)
			start = i
		}
	}
	return strings.Join(out, " ")
}

func isAcronym(w string) bool { return len(w) > 1 && strings.ToUpper(w) == w }

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n < len(s) {
		if r2, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(r2) {
			return s // an acronym: "SSO …"
		}
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// valueDocs reads the doc comments of the vocabularies' values from the Go
// source in dir: "Role.vendor" is "RoleVendor is the company that…".
func valueDocs(dir string) (map[string]string, error) {
	fset := token.NewFileSet()
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	docs := map[string]string{}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		{
			for _, decl := range f.Decls {
				gd, ok := decl.(*ast.GenDecl)
				if !ok || gd.Tok != token.CONST {
					continue
				}
				for _, spec := range gd.Specs {
					vs := spec.(*ast.ValueSpec)
					typ, ok := vs.Type.(*ast.Ident)
					if !ok || vs.Doc == nil || len(vs.Values) != 1 {
						continue
					}
					lit, ok := vs.Values[0].(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						continue
					}
					v, err := strconv.Unquote(lit.Value)
					if err != nil {
						continue
					}
					docs[typ.Name+"."+v] = vs.Doc.Text()
				}
			}
		}
	}
	return docs, nil
}
