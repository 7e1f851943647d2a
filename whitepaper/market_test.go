package whitepaper_test

import (
	"bytes"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/check"
	"github.com/openwhitepaper/whitepaper/diff"
	"github.com/openwhitepaper/whitepaper/internal/reflectx"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/render"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// testdata/market.yaml is one bilingual whitepaper of a fictional vendor
// that states every concept family the wider market's whitepapers state
// and every general mechanism of the model. These tests load, validate,
// round-trip, render, diff and check it, and fail when the model grows a
// section, a vocabulary, an ordered fact or a field the document does not
// state, so that the document keeps covering the model.

const marketFile = "testdata/market.yaml"

func loadMarket(t *testing.T) *whitepaper.Document {
	t.Helper()
	doc, err := whitepaper.LoadFile(marketFile)
	require.NoError(t, err)
	return doc
}

func TestMarketValidates(t *testing.T) {
	doc := loadMarket(t)
	diags := doc.Validate()
	assert.Empty(t, diags.Errors(), "errors:\n%s", diags.Errors())
	assert.Empty(t, diags.Warnings(), "warnings (every text is in ja and en):\n%s", diags.Warnings())

	// The file is in canonical form: whitepaper fmt leaves it as it is.
	src, err := os.ReadFile(marketFile)
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, doc.EncodeYAML(&out))
	assert.Equal(t, string(src), out.String(), "run: go run ./cmd/whitepaper fmt -w whitepaper/%s", marketFile)
}

// sameDocument compares the exported fields of two documents.
func sameDocument(t *testing.T, want, got *whitepaper.Document, how string) {
	t.Helper()
	w, g := reflect.ValueOf(want).Elem(), reflect.ValueOf(got).Elem()
	for i := range w.NumField() {
		f := w.Type().Field(i)
		if !f.IsExported() {
			continue
		}
		assert.True(t, reflect.DeepEqual(w.Field(i).Interface(), g.Field(i).Interface()), "%s: field %s differs:\nwant %#v\ngot  %#v", how, f.Name, w.Field(i).Interface(), g.Field(i).Interface())
	}
}

func TestMarketRoundTrip(t *testing.T) {
	doc := loadMarket(t)

	var y bytes.Buffer
	require.NoError(t, doc.EncodeYAML(&y))
	fromYAML, err := whitepaper.Parse(y.Bytes(), whitepaper.WithFilename("market.yaml"))
	require.NoError(t, err)
	sameDocument(t, doc, fromYAML, "YAML")

	var j bytes.Buffer
	require.NoError(t, doc.EncodeJSON(&j))
	fromJSON, err := whitepaper.Parse(j.Bytes(), whitepaper.WithFormat(whitepaper.FormatJSON))
	require.NoError(t, err)
	sameDocument(t, doc, fromJSON, "JSON")
	assert.Empty(t, fromJSON.Validate())
	assert.Equal(t, whitepaper.FormatJSON, fromJSON.SourceFormat())

	// JSON and YAML encode the same tree: the YAML of the document read
	// back from JSON is the file without its leading comment.
	var again bytes.Buffer
	require.NoError(t, fromJSON.EncodeYAML(&again))
	body := regexp.MustCompile(`(?m)\A(?:#.*\n)+`).ReplaceAllString(y.String(), "")
	assert.Equal(t, body, again.String())
	var j2 bytes.Buffer
	require.NoError(t, fromJSON.EncodeJSON(&j2))
	assert.Equal(t, j.String(), j2.String(), "JSON encoding is stable")

	for _, other := range []*whitepaper.Document{fromYAML, fromJSON} {
		cs, err := diff.Compare(doc, other)
		require.NoError(t, err)
		assert.Empty(t, cs)
	}
}

// missingLabel matches what the catalog writes for a key it lacks, also
// as Markdown escapes it.
var missingLabel = regexp.MustCompile(`\\?\[[a-z]+\.[A-Za-z0-9.\-]+\\?\]`)

func renderMarket(t *testing.T, doc *whitepaper.Document, lang, format string) string {
	t.Helper()
	opts := &render.Options{Languages: []language.Tag{language.MustParse(lang)}}
	var buf, again bytes.Buffer
	f := render.Markdown
	if format == "html" {
		f = render.HTML
	}
	require.NoError(t, f(&buf, doc, opts))
	require.NoError(t, f(&again, doc, opts))
	require.Equal(t, buf.String(), again.String(), "rendering is deterministic")
	return buf.String()
}

// mentions reports a fact missing from a rendered page without printing
// the whole page.
func mentions(t *testing.T, out, lang, fact string) {
	t.Helper()
	if !strings.Contains(out, fact) {
		t.Errorf("the %s page does not mention %q", lang, fact)
	}
}

func TestMarketRender(t *testing.T) {
	doc := loadMarket(t)
	// Typed facts, as the renderer words them in each language.
	facts := map[string][]string{
		"en": {
			"every 5-10 minutes", "every few hours", "within 2-3 business days", "10 business days",
			"within 3 business hours", "within 1 business day", "a fixed period", "about 2 weeks", "a few hours",
			"at least 30 days", "indefinitely",
			"Weekdays 9:30–18:00 (JST, excluding holidays)",
			"Weekdays 9:00–12:00, 13:00–17:00, Sat 10:00–15:00 (+09:00)",
			"Sun 2:00–5:00 (JST)", "24/7",
			"European Economic Area", "Worldwide", "EU, Worldwide",
			"Bug bounty", "J-Cloud mark", "TLS 1.2", "TLS 1.0, TLS 1.1", "99.9%", "2,048 bits", "3 people",
			"Enterprise plan", "Free plan, Trial", "In principle", "Planned", "Not held", "Type 2",
			"Names, Email addresses, Email content, etc.", "Authenticator app, Email code, etc.",
			"AI model training", "Ashburn, Virginia",
			"1. Introduction", "3.1. Responsibilities and data location", "Use of AI",
			"at least once a year", "twice a month", "at most once a month", "on each hire", "on an ongoing basis",
			"on each deployment", "Sun–Fri 4:00–4:30 (JST)", "Tue from 18:00 (JST)", "Tokyo Local Zone",
		},
		"ja": {
			"5〜10分ごと", "数時間ごと", "2〜3営業日以内", "10営業日", "3営業時間以内",
			"平日 9:30〜18:00（JST、祝日を除く）", "24時間365日",
			"バグバウンティ", "Jクラウドマーク", "エンタープライズプラン", "フリープラン", "原則として",
			"1. はじめに", "3.1. 責任分界と保存場所", "AI の利用方針",
			"年1回以上", "月2回", "月1回まで", "入社時", "継続的", "デプロイ時", "日〜金 4:00〜4:30（JST）", "火 18:00〜（JST）",
			"東京のローカルゾーン",
		},
	}
	for _, lang := range []string{"ja", "en"} {
		for _, format := range []string{"markdown", "html"} {
			t.Run(lang+"/"+format, func(t *testing.T) {
				out := renderMarket(t, doc, lang, format)
				assert.Empty(t, missingLabel.FindAllString(out, -1), "labels missing from the catalog")
				for _, fact := range facts[lang] {
					mentions(t, out, lang, fact)
				}
				if strings.Contains(out, "every a few") {
					t.Errorf(`a vague frequency is worded "every a few …"`)
				}
				if format == "markdown" {
					for _, line := range strings.Split(out, "\n") {
						assert.NotEqual(t, "|", line, "a malformed table row")
					}
				}
			})
		}
	}
	t.Run("company profile", func(t *testing.T) {
		// Organization.capital, founded, officers and offices (the ASPIC
		// company profile) are typed facts too.
		for lang, facts := range map[string][]string{
			"en": {"100,000,000", "Taro Kumono", "Berlin office", "about 300 employees"},
			"ja": {"100,000,000", "雲野 太郎", "ベルリン支社"},
		} {
			out := renderMarket(t, doc, lang, "markdown")
			for _, fact := range facts {
				mentions(t, out, lang, fact)
			}
		}
	})
}

func TestMarketDiffSelf(t *testing.T) {
	doc := loadMarket(t)
	cs, err := diff.Compare(doc, doc)
	require.NoError(t, err)
	assert.Empty(t, cs)
	cs, err = diff.Compare(doc, loadMarket(t))
	require.NoError(t, err)
	assert.Empty(t, cs)
}

// orderedField is a field with a declared order, found on the model's types.
type orderedField struct {
	owner reflect.Type
	field whitepaper.Field
	// in is the type whose values hold the field: the owner, or the type
	// that embeds it (an SLA for the fields of SLAStrength).
	in reflect.Type
}

func (o orderedField) String() string { return o.owner.Name() + "." + o.field.Name }

// modelTypes lists the struct types reachable from Document, the value
// types written as strings (Duration, Schedule, …) left out.
func modelTypes() []reflect.Type {
	var out []reflect.Type
	seen := map[reflect.Type]bool{}
	pkg := reflect.TypeFor[whitepaper.Document]().PkgPath()
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Map {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] || t.PkgPath() != pkg {
			return
		}
		seen[t] = true
		if _, ok := reflect.New(t).Interface().(interface{ UnmarshalText([]byte) error }); ok {
			return
		}
		out = append(out, t)
		for _, f := range whitepaper.Fields(t) {
			walk(f.Type)
		}
	}
	walk(reflect.TypeFor[whitepaper.Document]())
	return out
}

func orderedFields() []orderedField {
	var out []orderedField
	for _, t := range modelTypes() {
		for _, f := range whitepaper.Fields(t) {
			if f.Better != whitepaper.Unordered && !slices.ContainsFunc(out, func(o orderedField) bool { return o.field.Owner == f.Owner && o.field.Name == f.Name }) {
				out = append(out, orderedField{owner: f.Owner, field: f, in: t})
			}
		}
	}
	return out
}

// occurrences walks the document and calls f with every struct value of
// the model, addressable, with its JSON Pointer.
func occurrences(v reflect.Value, ptr string, f func(v reflect.Value, ptr string)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			occurrences(v.Elem(), ptr, f)
		}
	case reflect.Slice:
		for i := range v.Len() {
			occurrences(v.Index(i), fmt.Sprintf("%s/%d", ptr, i), f)
		}
	case reflect.Struct:
		if _, ok := v.Addr().Interface().(interface{ UnmarshalText([]byte) error }); ok {
			return
		}
		if v.Type().PkgPath() != reflect.TypeFor[whitepaper.Document]().PkgPath() {
			return
		}
		f(v, ptr)
		for _, fd := range whitepaper.Fields(v.Type()) {
			occurrences(v.FieldByIndex(fd.Index), ptr+"/"+fd.Name, f)
		}
	}
}

// change sets an ordered value to another value of the same sort and
// returns +1 when the new value is higher, -1 when lower, or 0 when the
// value cannot be changed that way (not stated, or not quantified).
func change(t *testing.T, v reflect.Value) int {
	t.Helper()
	if reflectx.IsZero(v) {
		return 0
	}
	switch x := v.Interface().(type) {
	case whitepaper.Duration:
		if x.Kind != whitepaper.Finite {
			return 0
		}
		x.Amount++
		if x.Max != 0 {
			x.Max++
		}
		v.Set(reflect.ValueOf(x))
		return +1
	case whitepaper.Frequency:
		if x.Kind != whitepaper.Interval || x.Every.Kind != whitepaper.Finite {
			return 0
		}
		x.Every.Amount++
		if x.Every.Max != 0 {
			x.Every.Max++
		}
		v.Set(reflect.ValueOf(x))
		return +1
	case whitepaper.Count:
		x.Value++
		v.Set(reflect.ValueOf(x))
		return +1
	case whitepaper.Percent:
		d := x.Decimal()
		if !strings.Contains(d, ".") {
			d += "."
		}
		p, err := whitepaper.ParsePercent(d + "5%")
		require.NoError(t, err)
		v.Set(reflect.ValueOf(p))
		return +1
	case whitepaper.TLSVersion:
		vs := x.Values()
		switch i := slices.Index(vs, x); {
		case i < 0:
			return 0
		case i+1 < len(vs):
			v.Set(reflect.ValueOf(vs[i+1]))
			return +1
		case i > 0:
			v.Set(reflect.ValueOf(vs[i-1]))
			return -1
		}
		return 0
	case *bool:
		b := !*x
		v.Set(reflect.ValueOf(&b))
		if b {
			return +1
		}
		return -1
	}
	t.Fatalf("ordered value of unexpected type %s", v.Type())
	return 0
}

// TestMarketOrderedFacts changes every ordered fact of the model once, in
// a copy of the document, and checks that the differ reports each with
// the rule and the impact its declared order implies, both ways.
func TestMarketOrderedFacts(t *testing.T) {
	old, changed := loadMarket(t), loadMarket(t)
	type want struct {
		of   orderedField
		ptr  string
		sign int
	}
	var wants []want
	var notStated []string
	for _, of := range orderedFields() {
		done := false
		occurrences(reflect.ValueOf(changed).Elem(), "", func(v reflect.Value, ptr string) {
			if done || v.Type() != of.in {
				return
			}
			if sign := change(t, v.FieldByIndex(of.field.Index)); sign != 0 {
				wants = append(wants, want{of, ptr + "/" + of.field.Name, sign})
				done = true
			}
		})
		if !done {
			notStated = append(notStated, of.String())
		}
	}
	require.Empty(t, notStated, "ordered facts the document does not state (with a quantified value): add them to %s", marketFile)
	require.NotEmpty(t, wants)

	impactOf := func(b whitepaper.Better, sign int) diff.Impact {
		up := b == whitepaper.Higher || b == whitepaper.True
		if (sign > 0) == up {
			return diff.Strengthened
		}
		return diff.Weakened
	}
	ruleOf := func(f whitepaper.Field, sign int) string {
		if sign > 0 {
			return f.Rule + "-increased"
		}
		return f.Rule + "-decreased"
	}
	for _, way := range []struct {
		name     string
		from, to *whitepaper.Document
		sign     int
	}{{"forward", old, changed, +1}, {"backward", changed, old, -1}} {
		t.Run(way.name, func(t *testing.T) {
			cs, err := diff.Compare(way.from, way.to)
			require.NoError(t, err)
			classified := diff.Classify(cs)
			assert.Len(t, classified, len(wants), "one change per ordered fact changed")
			for _, w := range wants {
				sign := w.sign * way.sign
				i := slices.IndexFunc(classified, func(c diff.Classified) bool {
					return c.Type == w.of.owner.Name() && c.Field == w.of.field.Name
				})
				if !assert.GreaterOrEqual(t, i, 0, "%s (%s) changed but not reported", w.of, w.ptr) {
					continue
				}
				c := classified[i]
				assert.Equal(t, diff.Modified, c.Kind, "%s", w.of)
				assert.Equal(t, ruleOf(w.of.field, sign), c.Rule, "%s (%s: %s -> %s)", w.of, w.ptr, c.Old, c.New)
				assert.Equal(t, impactOf(w.of.field.Better, sign), c.Impact, "%s is better %s (%s: %s -> %s)", w.of, w.of.field.Better, w.ptr, c.Old, c.New)
			}
			// Every change is worded in both languages.
			for _, loc := range locale.All() {
				for _, e := range diff.Explain(classified, loc) {
					assert.NotEmpty(t, e.Message)
					assert.Empty(t, missingLabel.FindAllString(e.Message, -1), "%s: %s", loc.Tag(), e.Message)
				}
			}
		})
	}
	// Every rule of an ordered fact exists, with the impacts its order implies.
	rules := map[string]diff.Impact{}
	for _, r := range diff.Rules() {
		rules[r.ID] = r.Impact
	}
	for _, of := range orderedFields() {
		for _, sign := range []int{+1, -1} {
			id := ruleOf(of.field, sign)
			if assert.Contains(t, rules, id) {
				assert.Equal(t, impactOf(of.field.Better, sign), rules[id], id)
			}
		}
	}
}

func TestMarketCheck(t *testing.T) {
	doc := loadMarket(t)
	r := check.Coverage(doc)
	status := map[string]check.ItemResult{}
	for _, it := range r.Items {
		status[it.Control] = it
	}
	for _, c := range []string{"5.1.1", "6.1.3", "CLD.8.1.5", "9.2.3", "CLD.9.5.1", "12.3.1", "12.4.1", "15.1.2", "16.1.1", "18.2.1"} {
		assert.Equal(t, check.Covered, status[c].Status, c)
	}
	assert.Contains(t, status["12.3.1"].Paths, "/backup/sets")
	assert.Contains(t, status["6.1.3"].Paths, "/dataLocation/regions")
	assert.Zero(t, r.Missing, "the document addresses every checklist item")
	assert.InDelta(t, 100, r.Percent(), 0.001)

	findings := check.Lint(doc, nil)
	for _, f := range findings {
		assert.NotEqual(t, check.SeverityError, f.Severity, "%s at %s", f.Rule, f.Path)
	}
	assert.True(t, slices.ContainsFunc(findings, func(f check.Finding) bool { return f.Rule == "extension-value" }), "the extension values are noted")
	for _, loc := range locale.All() {
		worded := slices.Clone(findings)
		check.Word(worded, loc)
		for _, f := range worded {
			assert.NotEmpty(t, f.Message, f.Rule)
			assert.Empty(t, missingLabel.FindAllString(f.Message, -1), "%s %s at %s: %s", loc.Tag(), f.Rule, f.Path, f.Message)
		}
	}
}

// TestMarketCoversModel keeps the document covering the model as it
// grows: every standard section, every vocabulary, every field.
func TestMarketCoversModel(t *testing.T) {
	doc := loadMarket(t)
	for _, s := range whitepaper.Sections() {
		assert.NotNil(t, doc.Section(s.ID), "section %s is missing from %s", s.ID, marketFile)
	}
	assert.NotEmpty(t, doc.Custom)

	// Values of closed vocabularies used anywhere in the document.
	used := map[string]map[string]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.String:
			if voc, ok := whitepaper.VocabularyOf(v.Type()); ok && v.Len() > 0 {
				if used[voc.Name] == nil {
					used[voc.Name] = map[string]bool{}
				}
				used[voc.Name][v.String()] = true
			}
		}
	}
	walk(reflect.ValueOf(doc).Elem())
	for _, voc := range whitepaper.Vocabularies() {
		builtIn := slices.ContainsFunc(voc.Values, func(v string) bool { return used[voc.Name][v] })
		assert.True(t, builtIn, "no value of the vocabulary %s is used in %s", voc.Name, marketFile)
	}
	etc := 0
	for _, vals := range used {
		if vals[whitepaper.Etc] {
			etc++
		}
	}
	assert.GreaterOrEqual(t, etc, 3, "open lists (etc) in several vocabularies")
	require.Len(t, doc.Extensions, 5)
	for _, e := range doc.Extensions {
		assert.True(t, used[e.Vocabulary][e.Value], "extension %s/%s is declared but not used", e.Vocabulary, e.Value)
	}

	// Every field of every model type is stated somewhere.
	stated := map[string]bool{}
	occurrences(reflect.ValueOf(doc).Elem(), "", func(v reflect.Value, _ string) {
		for _, f := range whitepaper.Fields(v.Type()) {
			if !reflectx.IsZero(v.FieldByIndex(f.Index)) {
				stated[f.Owner.Name()+"."+f.Name] = true
			}
		}
	})
	var missing []string
	for _, t := range modelTypes() {
		for _, f := range whitepaper.Fields(t) {
			if name := f.Owner.Name() + "." + f.Name; !stated[name] && !slices.Contains(missing, name) {
				missing = append(missing, name)
			}
		}
	}
	sort.Strings(missing)
	assert.Empty(t, missing, "fields of the model %s does not state", marketFile)

	// Stated as not done, for several kinds of fact.
	assert.False(t, *doc.Backup.PerAccountRestore)
	assert.False(t, *doc.Personnel.BackgroundChecks)
	assert.Equal(t, whitepaper.ProtectionNone, doc.Cryptography.AtRest[4].Method)
	assert.Equal(t, whitepaper.NotHeld, doc.Certifications.Certifications[3].Status)
	assert.Equal(t, whitepaper.AccessNever, doc.Logging.Logs[5].CustomerAccess)
	assert.False(t, *doc.Availability.ServiceLevels[2].Provided)
}

// TestMarketHeadings checks the vendor's outline: numbered headings, one
// holding two sections, nested headings, a custom section in place.
func TestMarketHeadings(t *testing.T) {
	doc := loadMarket(t)
	hs := doc.Headings()
	var numbers []string
	for _, h := range hs {
		numbers = append(numbers, h.Number)
		if h.Source == "" && !h.Title.IsZero() {
			assert.NotEmpty(t, h.Number, "every section present is in the outline")
		}
	}
	// An untitled lead paragraph first, then the whitepaper's headings,
	// then a second source that numbers from 1 again.
	assert.Equal(t, []string{"", "1", "2", "3", "3.1", "3.2", "3.2.1", "3.3", "4", "5", "6", "7", "8", "9", "10", "11", "", "1"}, numbers)
	assert.Equal(t, []string{"/purpose/notes/0"}, hs[0].Fields)
	assert.True(t, hs[0].Title.IsZero())
	assert.Equal(t, "policy", hs[len(hs)-1].Source)
	assert.Equal(t, []string{"/backup/notes/0"}, hs[len(hs)-1].Fields)
	// A heading of its own for a part of a section.
	i := slices.Index(numbers, "3.2.1")
	assert.Equal(t, 2, hs[i].Level)
	assert.Empty(t, hs[i].Sections)
	assert.Equal(t, []string{"/dataDeletion/accessAfter/*[trigger=contract-end]"}, hs[i].Fields)
	h, ok := doc.HeadingOf(whitepaper.SectionPersonnel)
	require.True(t, ok)
	assert.Equal(t, "2", h.Number)
	assert.Equal(t, []whitepaper.SectionID{whitepaper.SectionGovernance, whitepaper.SectionPersonnel}, h.Sections)
	h, ok = doc.HeadingOf("ai-governance")
	require.True(t, ok)
	assert.Equal(t, "3.3", h.Number)
	assert.Equal(t, 1, h.Level)
	// The revision history names the sections its changes touched.
	last := doc.Revisions[len(doc.Revisions)-1]
	assert.Equal(t, []whitepaper.SectionID{"ai-governance"}, last.Changes[0].Sections)
	assert.Equal(t, []string{"12.3.1"}, doc.Revisions[1].Changes[0].Controls)
}
