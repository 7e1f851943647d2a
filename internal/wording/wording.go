// Package wording words the values of a whitepaper in a reader's language:
// durations, counts, places, closed vocabularies, yes/no facts, records
// and the IDs a document declares (organisations, services, plans) as the
// names they stand for. The differ, the vendor comparison and the
// checklist answers share it, so a fact reads the same in all three.
package wording

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/reflectx"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Names resolves the IDs that documents declare (the vendor and other
// organisations, providers, services, plans) to their names. A nil *Names
// resolves nothing: IDs are worded as written.
type Names struct {
	// Vendor is the ID of the first document's vendor.
	Vendor string
	byRef  map[whitepaper.Ref]map[string]whitepaper.Text
	ext    map[string]whitepaper.Text // vocabulary + "/" + value → declared label
}

// NewNames gathers the names of the IDs the documents declare; where two
// documents name one ID, the earlier document's name wins.
func NewNames(docs ...*whitepaper.Document) *Names {
	n := &Names{byRef: map[whitepaper.Ref]map[string]whitepaper.Text{
		whitepaper.RefOrganization: {}, whitepaper.RefProvider: {}, whitepaper.RefService: {}, whitepaper.RefPlan: {},
	}, ext: map[string]whitepaper.Text{}}
	put := func(r whitepaper.Ref, id string, name whitepaper.Text) {
		if _, ok := n.byRef[r][id]; !ok && !name.IsZero() {
			n.byRef[r][id] = name
		}
	}
	for _, d := range docs {
		if d == nil {
			continue
		}
		if n.Vendor == "" {
			n.Vendor = d.Vendor.ID
		}
		put(whitepaper.RefOrganization, d.Vendor.ID, d.Vendor.Name)
		for _, p := range d.Providers {
			put(whitepaper.RefOrganization, p.ID, p.Name)
			put(whitepaper.RefProvider, p.ID, p.Name)
		}
		for _, s := range d.Services {
			put(whitepaper.RefService, s.ID, s.Name)
		}
		for _, p := range d.Plans {
			put(whitepaper.RefPlan, p.ID, p.Name)
		}
		for _, e := range d.Extensions {
			if k := e.Vocabulary + "/" + e.Value; n.ext[k].IsZero() {
				n.ext[k] = e.Label
			}
		}
	}
	return n
}

// Limits, in characters, of what a worded value may quote.
const (
	// MaxRecord bounds the wording of a whole record (a fact that is a
	// group of fields, such as a data-export policy).
	MaxRecord = 300
	// MaxQuoted bounds a note quoted to name a record that has no name.
	MaxQuoted = 40
	// MaxName bounds a name worded where an ID or an extension value
	// refers to it. A name stated once may be referred to by every item,
	// so pages that repeated it whole would grow with the square of the
	// document; the name stands whole where it is declared.
	MaxName = 200
)

// Value words v in loc's language; the zero value is "".
func Value(v reflect.Value, n *Names, loc *locale.Locale) string {
	s, _ := Word(v, n, loc)
	return s
}

// Word words v in loc's language. It reports false when it had to fall
// back on the value's canonical text (see Canonical), which a test rules
// out for every type of the model.
func Word(v reflect.Value, n *Names, loc *locale.Locale) (string, bool) {
	if !v.IsValid() || reflectx.IsZero(v) {
		return "", true
	}
	switch x := v.Interface().(type) {
	case whitepaper.Duration:
		return loc.Duration(x), true
	case whitepaper.Count:
		return loc.Count(x), true
	case whitepaper.Frequency:
		return loc.Frequency(x), true
	case whitepaper.Date:
		return loc.Date(x), true
	case whitepaper.Percent:
		return loc.Percent(x), true
	case *bool:
		return loc.Bool(x), true
	case whitepaper.Text:
		return In(x, loc), true
	case language.Tag:
		if name := display.Languages(loc.Tag()).Name(x); name != "" {
			return name, true
		}
		return x.String(), true
	case whitepaper.Country:
		return Country(string(x), loc), true
	case whitepaper.Money:
		return loc.Money(x), true
	case whitepaper.Schedule:
		return loc.Schedule(x), true
	case whitepaper.Place:
		if x == whitepaper.Etc {
			return loc.Message("list.others"), true
		}
		if !x.IsCountry() {
			return loc.Place(x), true
		}
		return Country(string(x), loc), true
	}
	switch v.Kind() {
	case reflect.String:
		if _, ok := v.Type().MethodByName("Values"); ok {
			switch s := v.String(); {
			case s == whitepaper.Etc:
				return loc.Message("list.others"), true
			case whitepaper.IsExtension(s):
				return n.Extension(v.Type(), s, loc), true
			}
			return loc.Message("enum." + v.Type().Name() + "." + v.String()), true
		}
		return v.String(), true // a name, an ID, a URL, a code
	case reflect.Slice:
		var parts []string
		ok := true
		open := false
		for i := range v.Len() {
			if e := v.Index(i); e.Kind() == reflect.String && e.String() == whitepaper.Etc {
				open = true // "etc" ends an open list wherever it stands
				continue
			}
			s, good := Word(v.Index(i), n, loc)
			parts = append(parts, s)
			ok = ok && good
		}
		if open {
			return loc.Message("list.open", "items", strings.Join(parts, loc.Message("list.separator"))), ok
		}
		return strings.Join(parts, loc.Message("list.separator")), ok
	case reflect.Pointer:
		return Word(v.Elem(), n, loc)
	case reflect.Struct:
		return record(v, n, loc)
	}
	return Canonical(v), false
}

// Extension words an extension value of the vocabulary of type t by the
// label a document declares for it, or as written when none does.
func (n *Names) Extension(t reflect.Type, value string, loc *locale.Locale) string {
	if n == nil {
		return value
	}
	if voc, ok := whitepaper.VocabularyOf(t); ok {
		if l := n.ext[voc.Name+"/"+value]; !l.IsZero() {
			return Clip(In(l, loc), MaxName)
		}
	}
	return value
}

// In gives a text in loc's language, or in the first language it has.
func In(t whitepaper.Text, loc *locale.Locale) string {
	s, _, _ := t.In(append([]language.Tag{loc.Tag()}, t.Languages()...)...)
	return s
}

// record words a struct as its stated fields, "label: value", in model
// order, cut at MaxRecord characters.
func record(v reflect.Value, n *Names, loc *locale.Locale) (string, bool) {
	var parts []string
	ok := true
	for _, f := range whitepaper.Fields(v.Type()) {
		fv := v.FieldByIndex(f.Index)
		if reflectx.IsZero(fv) {
			continue
		}
		if b, isBool := fv.Interface().(*bool); isBool {
			if s, has := Statement(f, *b, loc); has {
				// A sentence of its own, no label, its full stop left to
				// the joined record.
				parts = append(parts, strings.TrimRight(s, ".。"))
				continue
			}
		}
		s, good := Word(fv, n, loc)
		switch {
		case f.Ref != whitepaper.RefNone && n != nil:
			s = Ref(fv, f.Ref, n, loc)
		case fv.Kind() == reflect.Slice && fv.Type().Elem().Kind() == reflect.Struct && fv.Type() != textsType:
			s = Items(fv, n, loc) // records in a record: by their names
		}
		ok = ok && good
		parts = append(parts, Label(f, loc)+": "+s)
	}
	return Clip(strings.Join(parts, "; "), MaxRecord), ok
}

// Items words a list of records by the names of its items (see
// Describe), cut at MaxRecord characters.
func Items(v reflect.Value, n *Names, loc *locale.Locale) string {
	var parts []string
	for i := range v.Len() {
		if s := Describe(v.Index(i), n, loc); s != "" {
			parts = append(parts, s)
		}
	}
	return Clip(strings.Join(parts, loc.Message("list.separator")), MaxRecord)
}

// Statement words a yes/no fact as the statement a page makes of the
// field in that state ("The customer can object to the change."); it
// reports false when the locale has none.
func Statement(f whitepaper.Field, b bool, loc *locale.Locale) (string, bool) {
	if key := locale.FactKey(f.Owner.Name(), f.Name, b); loc.Has(key) {
		return loc.Message(key), true
	}
	return "", false
}

var textsType = reflect.TypeFor[[]whitepaper.Text]()

// Ref words a value, an ID or a list of IDs of what the document
// declares, as the names they stand for.
func Ref(v reflect.Value, r whitepaper.Ref, n *Names, loc *locale.Locale) string {
	if n == nil || n.byRef[r] == nil {
		return Value(v, n, loc)
	}
	one := func(id string) string {
		if t, ok := n.byRef[r][id]; ok {
			return Clip(In(t, loc), MaxName)
		}
		return id
	}
	if v.Kind() == reflect.Slice {
		parts := make([]string, v.Len())
		for i := range parts {
			parts[i] = one(v.Index(i).String())
		}
		return strings.Join(parts, loc.Message("list.separator"))
	}
	return one(v.String())
}

// Field words the value of a field, an ID as the name it stands for.
func Field(f whitepaper.Field, v reflect.Value, n *Names, loc *locale.Locale) string {
	if f.Ref != whitepaper.RefNone && v.IsValid() && !reflectx.IsZero(v) {
		return Ref(v, f.Ref, n, loc)
	}
	return Value(v, n, loc)
}

var stringer = reflect.TypeFor[interface{ String() string }]()

// Describe names an item of a list by what a reader knows it by: its
// name, label or title when it has one; otherwise its key fields, with the
// IDs the document declares worded as the names they stand for (a
// certification held by the vendor is named by its standard alone); a
// reference or channel without a name by its address. Items limited to
// some plans or services say so.
func Describe(v reflect.Value, n *Names, loc *locale.Locale) string {
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct || v.Type().Implements(stringer) {
		return Value(v, n, loc)
	}
	var name string
	for _, f := range []string{"name", "label", "title", "department"} {
		if fv, ok := fieldByName(v, f); ok && !reflectx.IsZero(fv) {
			name = Value(fv, n, loc)
			break
		}
	}
	applicability := reflect.TypeFor[whitepaper.Applicability]()
	if name == "" {
		var parts []string
		for _, f := range whitepaper.Fields(v.Type()) {
			fv := v.FieldByIndex(f.Index)
			if !f.Key || reflectx.IsZero(fv) || f.Owner == applicability {
				continue
			}
			if f.Name == "field" && v.Type() == priceTermType {
				// A path of field names: worded by its label where
				// the name has one label, else left to the offer.
				if l := fieldLabel(fv.String(), loc); l != "" {
					parts = append(parts, l)
				}
				continue
			}
			if f.Ref == whitepaper.RefOrganization && n != nil && fv.String() == n.Vendor {
				continue // the vendor's own certification
			}
			parts = append(parts, Ref(fv, f.Ref, n, loc))
		}
		name = strings.Join(parts, " ")
	}
	if name == "" {
		for _, f := range []string{"note", "text", "description"} {
			if fv, ok := fieldByName(v, f); ok && !reflectx.IsZero(fv) {
				name = Clip(Value(fv, n, loc), MaxQuoted)
				break
			}
		}
	}
	if name == "" {
		for _, f := range []string{"url", "email", "phone"} {
			if fv, ok := fieldByName(v, f); ok && !reflectx.IsZero(fv) {
				name = Canonical(fv)
				break
			}
		}
		if k, ok := fieldByName(v, "kind"); ok && !reflectx.IsZero(k) && v.Type() == reflect.TypeFor[whitepaper.Channel]() {
			if name == "" {
				name = Value(k, n, loc)
			} else {
				name = Value(k, n, loc) + " " + name
			}
		}
	}
	var scope []string
	for _, f := range whitepaper.Fields(v.Type()) {
		if f.Owner == applicability && (f.Ref == whitepaper.RefPlan || f.Ref == whitepaper.RefService) {
			if fv := v.FieldByIndex(f.Index); !reflectx.IsZero(fv) {
				scope = append(scope, Ref(fv, f.Ref, n, loc))
			}
		}
	}
	if len(scope) > 0 && name != "" {
		name = loc.Message("diff.scoped", "name", name, "scope", strings.Join(scope, loc.Message("list.separator")))
	}
	return name
}

// Country words an ISO 3166-1 code as the country's name in loc's
// language (米国, United States), or the code when it has none.
func Country(code string, loc *locale.Locale) string {
	if k := "country." + code; loc.Has(k) {
		return loc.Message(k)
	}
	if r, err := language.ParseRegion(code); err == nil {
		if name := display.Regions(loc.Tag()).Name(r); name != "" {
			return name
		}
	}
	return code
}

var sections = func() map[string]whitepaper.SectionID {
	m := map[string]whitepaper.SectionID{}
	for _, s := range whitepaper.Sections() {
		m[s.Field] = s.ID
	}
	return m
}()

// Label names a field: by its label, or by the section's title for a
// section of the document.
func Label(f whitepaper.Field, loc *locale.Locale) string {
	if key := locale.FieldKey(f.Owner.Name(), f.Name); loc.Has(key) {
		return loc.Message(key)
	}
	if id, ok := sections[f.Name]; ok {
		return loc.Message(locale.SectionKey(id))
	}
	return f.Name
}

// Canonical gives a value's canonical text form: the text of a string or
// a value with a String method, "true" or "false", and a record's
// canonical JSON (deterministic, never a memory address).
func Canonical(v reflect.Value) string {
	if !v.IsValid() {
		return ""
	}
	if v.Kind() == reflect.String && v.Type().NumMethod() == 0 {
		return v.String() // a plain string, without boxing it
	}
	if reflectx.IsZero(v) {
		return ""
	}
	switch x := v.Interface().(type) {
	case *bool:
		return strconv.FormatBool(*x)
	case fmt.Stringer:
		return x.String()
	}
	if v.Kind() == reflect.String {
		return v.String()
	}
	b, err := json.Marshal(v.Interface())
	if err != nil {
		return ""
	}
	return string(b)
}

// Clip cuts s to n characters, marking the cut with "…".
func Clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := 0
	for j := range s {
		if i == n {
			return s[:j] + "…"
		}
		i++
	}
	return s
}

func fieldByName(v reflect.Value, name string) (reflect.Value, bool) {
	if f, ok := whitepaper.FieldByName(v.Type(), name); ok {
		return v.FieldByIndex(f.Index), true
	}
	return reflect.Value{}, false
}
