package diff

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/internal/variants"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jsonKeys are the model's property names written in camelCase, which no
// sentence for people may print: "dataLabels", "customerAssigned".
func jsonKeys() []string {
	var keys []string
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if seen[t] || t.Kind() != reflect.Struct || t.PkgPath() != reflect.TypeFor[whitepaper.Document]().PkgPath() {
			return
		}
		seen[t] = true
		for _, f := range whitepaper.Fields(t) {
			if strings.IndexFunc(f.Name, unicode.IsUpper) > 0 && !slices.Contains(keys, f.Name) {
				keys = append(keys, f.Name)
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeFor[whitepaper.Document]())
	return keys
}

var (
	// rawExtension matches an extension value printed as its ID.
	rawExtension = regexp.MustCompile(`(^|[\s「(])x-[a-z]`)
	// labelChain matches English labels strung together with "of" and no
	// word between: "Deleted of Deletion Deletion by customer", "Encrypted
	// of backup All customer data".
	labelChain = regexp.MustCompile(`\bof (the )?[A-Za-z]+( [a-z]+){0,2} [^"\sa-z(]`)
)

// changesToWord are the changes of every kind the examples and the model
// make: every list's first item added and removed, each hedge of the
// variants made and undone, and every field stated and withdrawn.
func changesToWord(t *testing.T) [][]Classified {
	var out [][]Classified
	add := func(old, new *whitepaper.Document) {
		cs, err := Compare(old, new)
		require.NoError(t, err)
		out = append(out, Classify(cs))
	}
	full := sample(t, reflect.TypeFor[whitepaper.Document](), 0).Addr().Interface().(*whitepaper.Document)
	add(&whitepaper.Document{}, full)
	add(full, &whitepaper.Document{})
	for _, name := range examples.Names() {
		load := func() (*whitepaper.Document, error) { return examples.Load(name) }
		doc, err := load()
		require.NoError(t, err)
		less, err := load()
		require.NoError(t, err)
		dropFirstItems(reflect.ValueOf(less).Elem())
		add(less, doc)
		add(doc, less)
		vs, err := variants.Of(load)
		require.NoError(t, err)
		for _, v := range vs {
			add(doc, v.Doc)
			add(v.Doc, doc)
		}
	}
	return out
}

// TestSentencesForPeople words every change of every kind in each
// language: none may print a property name of the model, an extension
// value's ID or a chain of labels.
func TestSentencesForPeople(t *testing.T) {
	keys := jsonKeys()
	require.Contains(t, keys, "outsideScope", "the walk reached the model")
	bad := map[string]bool{}
	for _, cs := range changesToWord(t) {
		for _, loc := range locale.All() {
			for _, e := range Explain(cs, loc) {
				m := e.Message
				for _, k := range keys {
					if regexp.MustCompile(`\b` + k + `\b`).MatchString(m) {
						bad[e.Rule+": raw field name "+k+": "+m] = true
					}
				}
				if rawExtension.MatchString(m) {
					bad[e.Rule+": raw extension value: "+m] = true
				}
				if labelChain.MatchString(m) {
					bad[e.Rule+": label chain: "+m] = true
				}
			}
		}
	}
	var list []string
	for b := range bad {
		list = append(list, b)
	}
	slices.Sort(list)
	for _, b := range list {
		t.Error(b)
	}
}

// TestExtensionValuesWorded: an extension value added to or removed from
// a list is named by its declared label, never its ID.
func TestExtensionValuesWorded(t *testing.T) {
	yes := true
	old, new := seculio(t), seculio(t)
	voc, ok := whitepaper.VocabularyOf(reflect.TypeFor[whitepaper.SettingKind]())
	require.True(t, ok)
	ext := whitepaper.Extension{Vocabulary: voc.Name, Value: "x-mfa-enforcement", Label: whitepaper.T("ja", "多要素認証の強制", "en", "MFA enforcement")}
	old.Extensions = append(old.Extensions, ext)
	new.Extensions = append(new.Extensions, ext)
	for _, d := range []*whitepaper.Document{old, new} {
		d.SecuritySettings = &whitepaper.SecuritySettings{Settings: []whitepaper.Setting{{Kind: whitepaper.SettingMFA, Available: &yes}}}
	}
	old.SecuritySettings.Settings = append(old.SecuritySettings.Settings, whitepaper.Setting{Kind: "x-mfa-enforcement", Available: &yes})
	cs := classified(t, old, new)
	require.NotEmpty(t, cs)
	for _, loc := range locale.All() {
		for _, e := range Explain(cs, loc) {
			assert.NotRegexp(t, rawExtension, e.Message)
			t.Log(e.Message)
		}
	}
}
