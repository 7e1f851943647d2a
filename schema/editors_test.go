package schema

import (
	"encoding/json"
	"reflect"
	"regexp"
	"strconv"
	"testing"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func publishedMap(t *testing.T) map[string]any {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(JSON(), &m))
	return m
}

// goIdentifiers lists the names of the model's types and fields reachable
// from Document, which a Go doc comment starts with.
func goIdentifiers() map[string]bool {
	ids := map[string]bool{}
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Map {
			t = t.Elem()
		}
		if seen[t] || t.PkgPath() != reflect.TypeFor[whitepaper.Document]().PkgPath() {
			return
		}
		seen[t] = true
		ids[t.Name()] = true
		if t.Kind() != reflect.Struct {
			return
		}
		for i := range t.NumField() {
			ids[t.Field(i).Name] = true
			walk(t.Field(i).Type)
		}
	}
	walk(reflect.TypeFor[whitepaper.Document]())
	for _, w := range []string{"What", "Who", "How", "When", "Where", "Which", "Whether"} {
		delete(ids, w) // English before it is Go: "Who is told."
	}
	return ids
}

var (
	goDocStart = regexp.MustCompile(`^([A-Z][A-Za-z0-9]*) (is|are|lists|says|names|holds|gives|covers|tells|limits|hedges|words|declares|groups|states|qualifies|describes|places|say|list)\b`)
	goDocLink  = regexp.MustCompile(`\[[A-Za-z][A-Za-z0-9.]*\]`)
)

// goDocProblem says what makes a description read as Go doc, or "".
func goDocProblem(desc string, ids map[string]bool) string {
	if m := goDocStart.FindStringSubmatch(desc); m != nil && (ids[m[1]] || isCamel(m[1])) {
		return "starts with the Go name " + m[1]
	}
	if l := goDocLink.FindString(desc); l != "" {
		return "has the doc link " + l
	}
	return ""
}

// TestDescriptionsAreForAuthors walks every schema of the published file
// and fails on Go doc wording, and on a property without a title and a
// description.
func TestDescriptionsAreForAuthors(t *testing.T) {
	ids := goIdentifiers()
	require.True(t, ids["RestoreOnRequest"] && ids["BackupSet"], "the walk finds the model's names")
	assert.NotEmpty(t, goDocProblem("RestoreOnRequest is whether the vendor restores backups.", ids), "the check finds Go doc")
	assert.NotEmpty(t, goDocProblem("Sets lists what is backed up.", ids))
	assert.NotEmpty(t, goDocProblem("IDs in [Document.Services].", ids))
	assert.Empty(t, goDocProblem("What is backed up.", ids))

	var walk func(path string, v any)
	checked := 0
	walk = func(path string, v any) {
		switch x := v.(type) {
		case map[string]any:
			if d, ok := x["description"].(string); ok {
				checked++
				if p := goDocProblem(d, ids); p != "" {
					t.Errorf("%s: the description %s: %q", path, p, d)
				}
			}
			if ds, ok := x["enumDescriptions"].([]any); ok {
				for i, d := range ds {
					if p := goDocProblem(d.(string), ids); p != "" {
						t.Errorf("%s/enumDescriptions/%d: %s: %q", path, i, p, d)
					}
				}
			}
			if props, ok := x["properties"].(map[string]any); ok {
				for name, p := range props {
					p := p.(map[string]any)
					assert.NotEmpty(t, p["title"], "%s/properties/%s has a title", path, name)
					assert.NotEmpty(t, p["description"], "%s/properties/%s has a description", path, name)
				}
			}
			for k, e := range x {
				walk(path+"/"+k, e)
			}
		case []any:
			for i, e := range x {
				walk(path+"/"+strconv.Itoa(i), e)
			}
		}
	}
	walk("#", publishedMap(t))
	assert.Greater(t, checked, 500, "the walk reaches the descriptions")
}

// TestValueTypesForEditors checks that every value type has a title, its
// forms in words, examples that the Go type accepts and its pattern
// matches, and a message for a value that does not match.
func TestValueTypesForEditors(t *testing.T) {
	defs := publishedMap(t)["$defs"].(map[string]any)
	for typ, name := range valueTypes {
		t.Run(name, func(t *testing.T) {
			def := defs[name].(map[string]any)
			assert.NotEmpty(t, def["title"])
			assert.NotEmpty(t, def["description"])
			examples, _ := def["examples"].([]any)
			assert.NotEmpty(t, examples, "examples")
			if p, ok := def["pattern"].(string); ok {
				assert.NotEmpty(t, def["patternErrorMessage"], "a message for a value that does not match")
				assert.Less(t, len(def["patternErrorMessage"].(string)), 120)
				re := regexp.MustCompile(p)
				for _, e := range examples {
					assert.True(t, re.MatchString(e.(string)), "the pattern matches the example %q", e)
				}
			}
			for _, e := range examples {
				data, err := json.Marshal(e)
				require.NoError(t, err)
				assert.NoError(t, json.Unmarshal(data, reflect.New(typ).Interface()), "the Go type accepts the example %s", data)
			}
		})
	}
}

// TestVocabularyValuesDescribed checks that each value of each closed
// vocabulary has its own description, which editors show in completion.
func TestVocabularyValuesDescribed(t *testing.T) {
	defs := publishedMap(t)["$defs"].(map[string]any)
	n := 0
	for name, d := range defs {
		anyOf, ok := d.(map[string]any)["anyOf"].([]any)
		if !ok {
			continue
		}
		closed := anyOf[0].(map[string]any)
		enum, ok := closed["enum"].([]any)
		if !ok {
			continue
		}
		n++
		descs, _ := closed["enumDescriptions"].([]any)
		if !assert.Len(t, descs, len(enum), "%s: a description per value", name) {
			continue
		}
		seen := map[string]bool{}
		for i, v := range enum {
			d := descs[i].(string)
			assert.NotEmpty(t, d, "%s.%s", name, v)
			assert.False(t, seen[d], "%s.%s repeats the description %q", name, v, d)
			seen[d] = true
		}
	}
	assert.Greater(t, n, 50, "the vocabularies are found")
}

func TestAuthorText(t *testing.T) {
	for _, c := range []struct{ doc, goName, want string }{
		{"RestoreOnRequest is whether the vendor restores\nbackups when a customer asks.", "RestoreOnRequest", "Whether the vendor restores backups when a customer asks."},
		{"Generations is how many backups are kept.", "Generations", "How many backups are kept."},
		{"Sets lists what is backed up and how.", "Sets", "Lists what is backed up and how."},
		{"Notes are paragraphs of prose.", "Notes", "Paragraphs of prose."},
		{"Role says who.", "Role", "Who."},
		{"Note words the backup as the document does.", "Note", "The backup, in the document's own words."},
		{"Services limits the item to some services (IDs in\n[Document.Services]).", "Services", "Limits the item to some services (IDs in the document's services)."},
		{"ReferenceKind says what a [Reference] points to.", "", "What a reference points to."},
		{"Text in one or more languages.", "", "Text in one or more languages."},
		{"Data is what is backed up.", "Data", "What is backed up."},
		{"Data is what is backed up.", "", "Data is what is backed up."},
		{"First.\n\nSecond\nline.", "", "First.\n\nSecond line."},
	} {
		assert.Equal(t, c.want, authorText(c.doc, c.goName), c.doc)
	}
	assert.Equal(t, "Backup set", words("BackupSet"))
	assert.Equal(t, "SSO protocol", words("SSOProtocol"))
	assert.Equal(t, "TLS version", words("TLSVersion"))
}

// TestPatternsHaveMessages checks that every pattern comes with a short
// patternErrorMessage, which editors show instead of the expression.
func TestPatternsHaveMessages(t *testing.T) {
	n := 0
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch x := v.(type) {
		case map[string]any:
			if _, ok := x["pattern"].(string); ok {
				n++
				msg, _ := x["patternErrorMessage"].(string)
				assert.NotEmpty(t, msg, "%s: a message for a value that does not match", path)
				assert.Less(t, len(msg), 120, path)
			}
			for k, e := range x {
				walk(path+"/"+k, e)
			}
		case []any:
			for i, e := range x {
				walk(path+"/"+strconv.Itoa(i), e)
			}
		}
	}
	walk("#", publishedMap(t))
	assert.Greater(t, n, 20)
}
