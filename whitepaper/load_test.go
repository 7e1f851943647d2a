package whitepaper

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

const minimal = `openwhitepaper: "1"
languages: [ja, en]
defaultLanguage: ja
title: {ja: テスト, en: Test}
version: "1.0"
vendor: {id: acme, name: {ja: アクメ, en: Acme}}
services: [{id: app, name: {ja: アプリ, en: App}}]
`

func load(t *testing.T, src string, opts ...Option) (*Document, Diagnostics) {
	t.Helper()
	doc, err := Parse([]byte(src), append([]Option{WithFilename("doc.yaml")}, opts...)...)
	if err == nil {
		return doc, nil
	}
	var diags Diagnostics
	require.True(t, errors.As(err, &diags), "error %v is not Diagnostics", err)
	require.Nil(t, doc)
	return nil, diags
}

func TestLoadMinimal(t *testing.T) {
	doc, diags := load(t, minimal)
	require.Empty(t, diags)
	assert.Equal(t, "1.0", doc.Version)
	assert.Empty(t, doc.Validate())
}

// TestDecodeErrors checks that each kind of bad input gives an error at
// the right place, and that all errors of a document come out together.
func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // diagnostic strings, in order
	}{
		{"unknown field", minimal + "bakup: {}\n",
			[]string{`doc.yaml:8:1: error: unknown field "bakup"; did you mean "backup"?`}},
		{"unknown nested field", minimal + "backup:\n  sets:\n    - data: database\n      generation: 7 generations\n",
			[]string{`doc.yaml:11:7: error: unknown field "generation"; did you mean "generations"?`}},
		{"wrong type", minimal + "backup: [1]\n",
			[]string{`doc.yaml:8:9: error: want a mapping, got a list`}},
		{"bool as string", minimal + "backup: {restoreOnRequest: \"no\"}\n",
			[]string{`doc.yaml:8:28: error: want true or false, got a string`}},
		{"duplicate field", minimal + "backup: {}\nbackup: {}\n",
			[]string{`doc.yaml:9:1: error: field "backup" appears twice (first at line 8)`}},
		{"duplicate language", minimal + "purpose: {statement: {ja: a, ja: b}}\n",
			[]string{`doc.yaml:8:30: error: language "ja" appears twice`}},
		{"bad duration", minimal + "incidentResponse: {notification: {deadline: within 72 fortnights}}\n",
			[]string{`doc.yaml:8:45: error: invalid duration "within 72 fortnights": unknown unit "fortnights" (want seconds, minutes, hours, days, weeks, months, years, business hours or business days)`}},
		{"bad date", minimal + "date: 2023-02-30\n",
			[]string{`doc.yaml:8:7: error: invalid date "2023-02-30": 2023-02 has no day 30`}},
		{"bad language tag", minimal + "purpose: {statement: {EN: x}}\n",
			[]string{`doc.yaml:8:23: error: language tag "EN" is not in canonical form; write "en"`}},
		{"bad URL scheme", minimal + "availability: {statusPage: \"javascript:alert(1)\"}\n",
			[]string{`doc.yaml:8:28: error: invalid URL "javascript:alert(1)": scheme "javascript" is not allowed (want http, https, mailto or tel)`}},
		{"bad enum", minimal + "backup: {sets: [{data: databse}]}\n",
			[]string{`doc.yaml:8:24: error: unknown data kind "databse"; did you mean "database"?`}},
		{"far enum", minimal + "backup: {sets: [{data: nothing-like-it}]}\n",
			[]string{`doc.yaml:8:24: error: unknown data kind "nothing-like-it" (want one of: all, database, files, passwords, backups, logs, surveys, personal-data, customer-data, derived-data, account-data, metadata, configuration; or an extension value x-… declared in extensions)`}},
		{"bare number for a count", minimal + "backup: {sets: [{data: database, generations: 30}]}\n",
			[]string{`doc.yaml:8:47: error: got the number 30; write it with its unit: "30 generations"`}},
		{"bare number for a duration", minimal + "backup: {sets: [{data: database, retention: 30}]}\n",
			[]string{`doc.yaml:8:45: error: got the number 30; invalid duration "30": want an amount and a unit in lower case, such as "within 72 hours", "at least 30 days", "5 years", "2-3 business days" or "a few hours", an ISO 8601 duration such as "P14D", or one of indefinitely, immediately, promptly, a fixed period`}},
		{"number as string", strings.Replace(minimal, `version: "1.0"`, "version: 2.10", 1),
			[]string{`doc.yaml:5:10: error: want a string, got a number; quote it: "2.10"`}},
		{"null", minimal + "backup: ~\n",
			[]string{`doc.yaml:8:9: error: null is not allowed here; leave the field out instead`}},
		{"text as string", minimal + "purpose: {statement: just a string}\n",
			[]string{`doc.yaml:8:22: error: want text as a mapping from language tag to string, such as {ja: …, en: …}; got a string`}},
		{"several at once", minimal + "backup: {sets: [{data: x}], restoreOnRequest: 1}\nzzz: 1\n",
			[]string{
				`doc.yaml:8:24: error: unknown data kind "x" (want one of: all, database, files, passwords, backups, logs, surveys, personal-data, customer-data, derived-data, account-data, metadata, configuration; or an extension value x-… declared in extensions)`,
				`doc.yaml:8:47: error: want true or false, got a number`,
				`doc.yaml:9:1: error: unknown field "zzz"; known fields: ` + strings.Join(func() []string {
					var n []string
					for _, f := range Fields(reflect.TypeFor[Document]()) {
						n = append(n, f.Name)
					}
					return n
				}(), ", "),
			}},
		{"syntax", "a: [1, 2\nb: 3\nc: 4\n", []string{`doc.yaml:1: error: YAML syntax: did not find expected ',' or ']'`}},
		{"cut in a value", "a: [1, 2\n", []string{`doc.yaml:2:1: error: the input ends inside a value (a quoted text, [ ] or { }): the document is cut off (truncated)`}},
		{"two documents", minimal + "---\na: 1\n", []string{`doc.yaml:8: error: input holds more than one YAML document`}},
		{"empty", "", []string{`doc.yaml:1:1: error: document is empty`}},
		{"not a mapping", "- 1\n", []string{`doc.yaml:1:1: error: want a mapping, got a list`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := load(t, tt.src)
			var got []string
			for _, d := range diags {
				got = append(got, d.String())
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestDecodeJSON(t *testing.T) {
	src := `{
  "openwhitepaper": "1",
  "languages": ["ja"],
  "defaultLanguage": "ja",
  "title": {"ja": "\u30c6\u30b9\u30c8 a\/b"},
  "version": 1.3,
  "date": 2023,
  "vendor": {"id": "acme", "name": {"ja": "x"}},
  "services": [{"id": "app", "name": {"ja": "y"}}],
  "services": []
}`
	_, diags := load(t, src, WithFilename("doc.json"))
	var got []string
	for _, d := range diags {
		got = append(got, strings.Replace(d.String(), "doc.yaml", "doc.json", 1))
	}
	assert.Equal(t, []string{
		`doc.json:6:14: error: want a string, got a number`,
		`doc.json:7:11: error: want a string, got a number`,
		`doc.json:10:3: error: field "services" appears twice (first at line 9)`,
	}, got, "JSON numbers are not strings, unlike plain YAML scalars")

	good := strings.NewReplacer(`"version": 1.3`, `"version": "1.3"`, `"date": 2023`, `"date": "2023"`, `,
  "services": []`, ``).Replace(src)
	doc, diags := load(t, good, WithFilename("doc.json"))
	require.Empty(t, diags)
	assert.Equal(t, "テスト a/b", doc.Title.Get(doc.DefaultLanguage))
	assert.Equal(t, FormatJSON, doc.SourceFormat())

	_, diags = load(t, `{"a": [1, }`, WithFilename("doc.json"))
	require.Len(t, diags, 1)
	assert.Contains(t, diags[0].String(), "doc.json:1:11: error: JSON syntax: invalid character '}'")
}

func TestLoadLimits(t *testing.T) {
	_, err := Load(strings.NewReader(minimal), WithMaxBytes(10))
	var diags Diagnostics
	require.ErrorAs(t, err, &diags)
	assert.Equal(t, "too-large", diags[0].Code)

	// Too many values for the limit, seen before parsing.
	_, err = Parse([]byte(minimal+"purpose:\n  notes: ["+strings.Repeat("{ja: x}, ", 2000)+"]\n"), WithMaxNodes(1000))
	require.ErrorAs(t, err, &diags)
	assert.Equal(t, "too-many-values", diags[0].Code)

	// An alias bomb: a few lines that expand to many values. Each section's
	// notes refer to the same list of a hundred aliases.
	var b strings.Builder
	b.WriteString(minimal + "purpose: {notes: &list [" + strings.Repeat("&t {ja: x}, ", 1) + strings.Repeat("*t, ", 99) + "*t]}\n")
	for _, s := range Sections()[1:20] {
		b.WriteString(s.Field + ": {notes: *list}\n")
	}
	_, err = Parse([]byte(b.String()), WithMaxNodes(1000))
	require.ErrorAs(t, err, &diags)
	codes := map[string]bool{}
	for _, d := range diags {
		codes[d.Code] = true
	}
	assert.Equal(t, map[string]bool{"too-many-values": true}, codes, "%v", diags)
	_, err = Parse([]byte(b.String()))
	require.NoError(t, err, "the same document is fine within the default limit")

	_, err = Parse([]byte(strings.Repeat("[", 20000)), WithFormat(FormatJSON))
	require.ErrorAs(t, err, &diags)
	assert.Contains(t, diags[0].Message, "nested deeper than 1000 levels")

	_, err = Parse([]byte(strings.Repeat("[", 20000)))
	require.ErrorAs(t, err, &diags)
	assert.Contains(t, diags[0].Message, "exceeded max depth")

	_, err = Parse([]byte("openwhitepaper: \"1\"\ntitle: {ja: \xff}\n"))
	require.ErrorAs(t, err, &diags)
	assert.Equal(t, "invalid-utf8", diags[0].Code)
	assert.Equal(t, Pos{Line: 2, Column: 13}, diags[0].Pos)

	doc, err := Parse(append([]byte("\xef\xbb\xbf"), minimal...))
	require.NoError(t, err, "a UTF-8 byte order mark is allowed")
	assert.Equal(t, "1.0", doc.Version)
}

func TestEncodeCanonical(t *testing.T) {
	src := "# head comment\n" + minimal + `date: 2021/6/7
backup:
  sets:
    - data: database
      frequency: every 1 day
      retention: P14D
      generations: 7 generation
  restoreOnRequest: false
  notes: [{en: "yes", ja: はい}]
`
	doc, diags := load(t, src)
	require.Empty(t, diags)
	var y, j bytes.Buffer
	require.NoError(t, doc.EncodeYAML(&y))
	assert.Equal(t, `# head comment
openwhitepaper: "1"
languages:
  - ja
  - en
defaultLanguage: ja
title:
  ja: テスト
  en: Test
version: "1.0"
date: "2021-06-07"
vendor:
  id: acme
  name:
    ja: アクメ
    en: Acme
services:
  - id: app
    name:
      ja: アプリ
      en: App
backup:
  sets:
    - data: database
      frequency: daily
      generations: 7 generations
      retention: 14 days
  restoreOnRequest: false
  notes:
    - ja: はい
      en: "yes"
`, y.String())
	require.NoError(t, doc.EncodeJSON(&j))
	again, diags := load(t, j.String(), WithFilename("doc.json"))
	require.Empty(t, diags)
	again.src, doc.src = nil, nil
	assert.Equal(t, doc, again)
}

// TestSourceTreeDropped checks that a loaded document keeps its node tree
// only when fmt needs it (comments, aliases), and that positions still
// come out right when it was dropped.
func TestSourceTreeDropped(t *testing.T) {
	src := "# yaml-language-server: $schema=x.json\n" + minimal + "certifications:\n  certifications: [{standard: iso27001, holder: nobody}]\n"
	doc, err := Parse([]byte(src), WithFilename("doc.yaml"))
	require.NoError(t, err)
	assert.Nil(t, doc.src.root, "a file with only a header comment keeps no tree")
	ds := doc.Validate()
	require.Len(t, ds, 1)
	line := strings.Count(src[:strings.Index(src, "[{standard")], "\n") + 1
	assert.Equal(t, Pos{Filename: "doc.yaml", Line: line, Column: 49}, ds[0].Pos, "positions come from the tree parsed again")
	var out bytes.Buffer
	require.NoError(t, doc.EncodeYAML(&out))
	assert.True(t, strings.HasPrefix(out.String(), "# yaml-language-server: $schema=x.json\n"), "the header survives")

	withComment, err := Parse([]byte(strings.Replace(src, "certifications:\n", "certifications: # ISMS\n", 1)))
	require.NoError(t, err)
	assert.NotNil(t, withComment.src.root, "a file with comments keeps its tree for fmt")
}

// TestDecode checks that Decode reads another struct as strictly as a
// document, with positions.
func TestDecode(t *testing.T) {
	type item struct {
		Name  string `json:"name"`
		Title Text   `json:"title"`
		On    bool   `json:"on,omitempty"`
	}
	var v struct {
		Items []item `json:"items"`
	}
	require.NoError(t, Decode([]byte("items:\n  - {name: a, title: {ja: あ, en: A}, on: true}\n"), &v, WithFilename("x.yaml")))
	assert.Equal(t, "a", v.Items[0].Name)
	assert.True(t, v.Items[0].On)
	assert.Equal(t, "A", v.Items[0].Title.Get(language.English))
	err := Decode([]byte("items:\n  - {name: a, nmae: b}\n"), &v, WithFilename("x.yaml"))
	require.Error(t, err)
	assert.Equal(t, `x.yaml:2:15: error: unknown field "nmae"; did you mean "name"?`, err.Error())
	err = Decode([]byte("items: {}\n"), &v, WithFilename("x.yaml"))
	assert.ErrorContains(t, err, "x.yaml:1:8: error: want a list, got a mapping")
	assert.Error(t, Decode([]byte("items: []\n"), v), "not a pointer")
}
