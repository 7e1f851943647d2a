package render

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// A site is where an item of a model type stands in an example: the
// steps from the document to it (a field's index, an item's index, or nil
// for a pointer).
type site struct {
	example string
	steps   []any
	typ     reflect.Type
}

func (s site) in(doc *whitepaper.Document) reflect.Value {
	v := reflect.ValueOf(doc).Elem()
	for _, st := range s.steps {
		switch x := st.(type) {
		case []int:
			v = v.FieldByIndex(x)
		case int:
			v = v.Index(x)
		default:
			v = v.Elem()
		}
	}
	return v
}

// sites walks a document's records through the model's metadata
// (whitepaper.Fields) and gives every record with its type, leaving out
// the fields a section's prose words instead (Notes.Worded).
func sites(example string, doc *whitepaper.Document) []site {
	var out []site
	var walk func(v reflect.Value, steps []any)
	walk = func(v reflect.Value, steps []any) {
		out = append(out, site{example: example, steps: slices.Clone(steps), typ: v.Type()})
		var worded []string
		if s, ok := v.Addr().Interface().(whitepaper.Section); ok {
			worded = s.SectionNotes().Worded
		}
		for _, f := range whitepaper.Fields(v.Type()) {
			fv := v.FieldByIndex(f.Index)
			if f.Name == "" || f.Owner == reflect.TypeFor[whitepaper.Notes]() || slices.Contains(worded, f.Name) || !fv.IsValid() {
				continue
			}
			here := append(slices.Clone(steps), f.Index)
			switch {
			case fv.Kind() == reflect.Pointer && !fv.IsNil() && record(fv.Type().Elem()):
				walk(fv.Elem(), append(here, nil))
			case fv.Kind() == reflect.Slice && record(fv.Type().Elem()):
				for i := range fv.Len() {
					walk(fv.Index(i), append(slices.Clone(here), i))
				}
			}
		}
	}
	walk(reflect.ValueOf(doc).Elem(), nil)
	return out
}

// record reports whether t is a model record: a struct with fields that
// documents name, not a value such as a Duration or a Text.
func record(t reflect.Type) bool {
	if t.Kind() != reflect.Struct || t.Implements(reflect.TypeFor[fmt.Stringer]()) || reflect.PointerTo(t).Implements(reflect.TypeFor[interface{ UnmarshalText([]byte) error }]()) {
		return false
	}
	for _, f := range whitepaper.Fields(t) {
		if f.Name != "" {
			return true
		}
	}
	return false
}

// variant is one change to an item and what every page must then show.
type variant struct {
	field string
	set   func(doc *whitepaper.Document, item reflect.Value)
	word  func(loc *locale.Locale) string // what the page must carry
}

var metamorphicPlan = whitepaper.Plan{ID: "metamorphic", Name: whitepaper.Text{language.English: "Plan M-7", language.Japanese: "Plan M-7"}}

// variants lists, from the model's metadata, the changes to an item of
// type t that weaken what it states: a qualifier, a plan scope, a weaker
// commitment or status, a bound.
func variants(t reflect.Type, item reflect.Value) []variant {
	var out []variant
	for _, f := range whitepaper.Fields(t) {
		f := f
		cur := item.FieldByIndex(f.Index)
		switch {
		case f.Type == reflect.TypeFor[whitepaper.Qualifier]():
			q := whitepaper.WherePossible
			if cur.String() == string(q) {
				q = whitepaper.Planned
			}
			out = append(out, variant{f.Name, func(_ *whitepaper.Document, v reflect.Value) { v.FieldByIndex(f.Index).SetString(string(q)) },
				func(loc *locale.Locale) string { return locale.Enum(loc, q) }})
		case f.Ref == whitepaper.RefPlan && f.Owner == reflect.TypeFor[whitepaper.Applicability]():
			out = append(out, variant{f.Name, func(doc *whitepaper.Document, v reflect.Value) {
				doc.Plans = append(doc.Plans, metamorphicPlan)
				v.FieldByIndex(f.Index).Set(reflect.ValueOf([]string{metamorphicPlan.ID}))
			}, func(loc *locale.Locale) string { return metamorphicPlan.Name[loc.Tag()] }})
		case f.Type == reflect.TypeFor[whitepaper.Commitment]():
			c := whitepaper.BestEffort
			if cur.String() == string(c) {
				c = whitepaper.Target
			}
			out = append(out, variant{f.Name, func(_ *whitepaper.Document, v reflect.Value) { v.FieldByIndex(f.Index).SetString(string(c)) },
				func(loc *locale.Locale) string { return locale.Enum(loc, c) }})
		case f.Type == reflect.TypeFor[whitepaper.CertificationStatus]():
			for _, st := range whitepaper.CertificationStatus("").Values() {
				if st == whitepaper.Certified || cur.String() == string(st) {
					continue
				}
				out = append(out, variant{f.Name, func(_ *whitepaper.Document, v reflect.Value) { v.FieldByIndex(f.Index).SetString(string(st)) },
					func(loc *locale.Locale) string { return locale.Enum(loc, st) }})
			}
		case f.Type == reflect.TypeFor[whitepaper.Duration]():
			d := whitepaper.Duration{Bound: whitepaper.AtLeast, Amount: 17, Unit: whitepaper.Day}
			out = append(out, variant{f.Name, func(_ *whitepaper.Document, v reflect.Value) { v.FieldByIndex(f.Index).Set(reflect.ValueOf(d)) },
				func(loc *locale.Locale) string { return loc.Duration(d) }})
		case f.Type == reflect.TypeFor[whitepaper.Count]() && !cur.IsZero():
			c := cur.Interface().(whitepaper.Count)
			c.Bound, c.Value = whitepaper.AtLeast, 17
			out = append(out, variant{f.Name, func(_ *whitepaper.Document, v reflect.Value) { v.FieldByIndex(f.Index).Set(reflect.ValueOf(c)) },
				func(loc *locale.Locale) string { return loc.Count(c) }})
		}
	}
	return out
}

// hedges lists, for a section, a hedge on each field it states and on
// each field of a record it holds: "qualified: [{field: …}]".
func hedges(item reflect.Value) []variant {
	sec, ok := item.Addr().Interface().(whitepaper.Section)
	if _, custom := sec.(*whitepaper.CustomSection); !ok || custom {
		// A custom section's ID and place are not facts.
		return nil
	}
	var paths []string
	for _, f := range whitepaper.Fields(item.Type()) {
		fv := item.FieldByIndex(f.Index)
		if f.Name == "" || !sectionField(f) || fv.IsZero() || slices.Contains(sec.SectionNotes().Worded, f.Name) {
			continue
		}
		paths = append(paths, f.Name)
		if fv.Kind() == reflect.Pointer && record(fv.Type().Elem()) {
			for _, g := range whitepaper.Fields(fv.Type().Elem()) {
				if g.Name != "" && !fv.Elem().FieldByIndex(g.Index).IsZero() {
					paths = append(paths, f.Name+"/"+g.Name)
				}
			}
		}
	}
	var out []variant
	for _, p := range paths {
		q := whitepaper.OnRequest
		out = append(out, variant{"qualified:" + p, func(_ *whitepaper.Document, v reflect.Value) {
			n := v.Addr().Interface().(whitepaper.Section).SectionNotes()
			n.Qualified = append(n.Qualified, whitepaper.FieldQualifier{Field: p, Qualifier: q})
		}, func(loc *locale.Locale) string { return locale.Enum(loc, q) }})
	}
	return out
}

// summaryLine is the line of the key facts that restates a field a hedge
// variant qualifies, or "".
func summaryLine(st site, variant string) string {
	path, ok := strings.CutPrefix(variant, "qualified:")
	if !ok || len(st.steps) != 2 {
		return ""
	}
	idx, _ := st.steps[0].([]int)
	for _, f := range whitepaper.Fields(reflect.TypeFor[whitepaper.Document]()) {
		if slices.Equal(f.Index, idx) {
			for key, ptrs := range summaryFields {
				if slices.Contains(ptrs, "/"+f.Name+"/"+path) {
					return key
				}
			}
		}
	}
	return ""
}

// TestMetamorphic changes, one at a time, every item of the examples that
// takes a qualifier, a plan scope, a commitment, a status or a bound
// (found through the model's metadata, so a new field is covered as soon
// as an example has its record) and checks, in Japanese and English, that
// the page shows the change, and that the key facts show it too when they
// restate the item (see summarized).
func TestMetamorphic(t *testing.T) {
	if testing.Short() {
		t.Skip("renders hundreds of pages")
	}
	render := func(doc *whitepaper.Document, lang language.Tag) (summary, body string) {
		var md bytes.Buffer
		require.NoError(t, Markdown(&md, doc, &Options{Languages: []language.Tag{lang}}))
		out := md.String()
		i := strings.Index(out, "\n## "+locale.For(lang).Message("toc")+"\n")
		require.Positive(t, i)
		return out[:i], out[i:]
	}
	langs := []language.Tag{language.Japanese, language.English}
	tried := map[string]bool{} // one item per type, field and word
	covered := map[reflect.Type]bool{}
	n := 0
	load := func(name string) *whitepaper.Document {
		var doc *whitepaper.Document
		var err error
		if name == "base" {
			doc, err = whitepaper.Parse([]byte(metamorphicBase))
		} else {
			doc, err = examples.Load(name)
		}
		require.NoError(t, err, name)
		return doc
	}
	for _, name := range append(examples.Names(), "base") {
		base := load(name)
		baseOut := map[language.Tag][2]string{}
		for _, lang := range langs {
			s, b := render(base, lang)
			baseOut[lang] = [2]string{s, b}
		}
		all := sites(name, base)
		// Items the key facts restate first: the first of a type stands
		// for the type.
		slices.SortStableFunc(all, func(a, b site) int {
			ra, rb := summarized[a.typ].item != nil && summarized[a.typ].item(a.in(base)), summarized[b.typ].item != nil && summarized[b.typ].item(b.in(base))
			switch {
			case ra && !rb:
				return -1
			case rb && !ra:
				return 1
			}
			return 0
		})
		for _, st := range all {
			r, restates := summarized[st.typ]
			restates = restates && r.item(st.in(base))
			for _, v := range append(variants(st.typ, st.in(base)), hedges(st.in(base))...) {
				key := fmt.Sprintf("%s.%s.%s", st.typ.Name(), v.field, v.word(locale.English()))
				if tried[key] {
					continue
				}
				tried[key] = true
				covered[st.typ] = true
				n++
				doc := load(name)
				v.set(doc, st.in(doc))
				for _, lang := range langs {
					loc := locale.For(lang)
					word := v.word(loc)
					s, b := render(doc, lang)
					assert.Greater(t, strings.Count(b, word), strings.Count(baseOut[lang][1], word),
						"%s: %s of %s %v set: the page (%s) does not show %q", name, v.field, st.typ.Name(), st.steps, lang, word)
					if line := summaryLine(st, v.field); line != "" && !strings.Contains(baseOut[lang][0], "- "+loc.Message(line)+": "+loc.Message("summary.notStated")+"\n") {
						assert.Greater(t, strings.Count(s, word), strings.Count(baseOut[lang][0], word),
							"%s: %s set: the key facts (%s) do not show %q:\n%s", name, v.field, lang, word, s)
					}
					if restates && (v.field == "qualifier" || v.field == "plans" || slices.Contains(r.fields, v.field)) {
						assert.Greater(t, strings.Count(s, word), strings.Count(baseOut[lang][0], word),
							"%s: %s of %s set: the key facts (%s) do not show %q:\n%s", name, v.field, st.typ.Name(), lang, word, s)
					}
				}
			}
		}
	}
	// A record type of the model that no example has: an item of it,
	// empty but for the change, added to the base document where the
	// model puts it. The page must still show the change.
	base := load("base")
	baseOut := map[language.Tag]string{}
	for _, lang := range langs {
		_, baseOut[lang] = render(base, lang)
	}
	for _, p := range modelPaths() {
		if covered[p.typ] {
			continue
		}
		for _, v := range variants(p.typ, reflect.New(p.typ).Elem()) {
			covered[p.typ] = true
			n++
			doc := load("base")
			v.set(doc, p.make(doc))
			for _, lang := range langs {
				word := v.word(locale.For(lang))
				_, b := render(doc, lang)
				assert.Greater(t, strings.Count(b, word), strings.Count(baseOut[lang], word),
					"%s of a new %s set: the page (%s) does not show %q", v.field, p.typ.Name(), lang, word)
			}
		}
	}
	t.Logf("%d variants over %d record types", n, len(covered))
	assert.Greater(t, n, 50)
}

// metamorphicBase states, besides the examples, the facts the key facts
// restate that no example states (an SLA).
const metamorphicBase = keyFactsDoc + `availability:
  serviceLevels: [{target: 99.9%}]
`

// A modelPath is the way from the document to a record type of the
// model, through sections, records and lists.
type modelPath struct {
	typ   reflect.Type
	steps []whitepaper.Field
}

// make adds the records on the way to an item of the path's type to doc
// and returns the item.
func (p modelPath) make(doc *whitepaper.Document) reflect.Value {
	v := reflect.ValueOf(doc).Elem()
	for _, f := range p.steps {
		fv := v.FieldByIndex(f.Index)
		switch fv.Kind() {
		case reflect.Pointer:
			if fv.IsNil() {
				fv.Set(reflect.New(fv.Type().Elem()))
			}
			v = fv.Elem()
		case reflect.Slice:
			fv.Set(reflect.Append(fv, reflect.New(fv.Type().Elem()).Elem()))
			v = fv.Index(fv.Len() - 1)
		}
	}
	return v
}

// modelPaths gives the shortest way to every record type of the model,
// read from its metadata.
func modelPaths() []modelPath {
	doc := reflect.TypeFor[whitepaper.Document]()
	seen := map[reflect.Type]bool{doc: true}
	queue := []modelPath{{typ: doc}}
	var out []modelPath
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		out = append(out, p)
		for _, f := range whitepaper.Fields(p.typ) {
			if f.Name == "" || f.Owner == reflect.TypeFor[whitepaper.Notes]() {
				continue
			}
			t := f.Type
			if t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
				t = t.Elem()
			}
			if !record(t) || seen[t] || f.Type.Kind() == reflect.Struct {
				continue
			}
			seen[t] = true
			queue = append(queue, modelPath{typ: t, steps: append(slices.Clone(p.steps), f)})
		}
	}
	return out
}
