package diff

import (
	"crypto/sha256"
	"encoding/hex"
	"github.com/openwhitepaper/whitepaper/internal/reflectx"
	"reflect"
	"strings"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Explained is a classified change worded in one language.
type Explained struct {
	Classified
	// PathText is the change's path, such as /subprocessors/services[name=Zoho].
	PathText string `json:"path"`
	// Message says what changed, in the catalog's language.
	Message string `json:"message"`
	// Fingerprint identifies the change across runs and languages: it is
	// computed from the rule, the path and the values, never the message.
	Fingerprint string `json:"fingerprint"`
	// Subject names, in the reader's terms, the item that holds the
	// change, such as the subprocessor whose countries changed; empty for
	// a change at the top of a section.
	Subject string `json:"subject,omitempty"`
	// OldText and NewText are the old and new values worded in the
	// catalog's language.
	OldText string `json:"oldText,omitempty"`
	NewText string `json:"newText,omitempty"`
}

// Explain words the changes in the catalog's language, last of the three
// stages: the message comes from the rule's ID and the change's values.
func Explain(cs []Classified, loc *locale.Locale) []Explained {
	out := make([]Explained, len(cs))
	for i, c := range cs {
		path := c.Path.String()
		sum := sha256.Sum256([]byte(c.Rule + "\x00" + path + "\x00" + c.Old + "\x00" + c.New))
		subj := subjectName(c.Change, loc)
		field := fieldLabel(c.Change, loc)
		if subj != "" {
			field = loc.Message("diff.subject.field", "subject", subj, "field", field)
		}
		oldText, newText := clip(wordField(c.Change, c.oldV, loc), maxWordedValue), clip(wordField(c.Change, c.newV, loc), maxWordedValue)
		if !c.oldV.IsValid() && !c.newV.IsValid() {
			// A text compared per language: its old and new wording.
			oldText, newText = clip(c.Old, maxWordedValue), clip(c.New, maxWordedValue)
		}
		key := messageKey(c.Change, c.Rule, loc.Has)
		statement := ""
		if k, ok := factKey(c.Change); ok && key == "diff.fact.statement" {
			if subj != "" {
				// The statement does not name the item: word the state.
				key = "diff.fact." + k[strings.LastIndex(k, ".")+1:]
			} else {
				statement = loc.Message(statementKey(k))
			}
		}
		out[i] = Explained{Classified: c, PathText: path, Fingerprint: hex.EncodeToString(sum[:8]),
			Subject: subj, OldText: oldText, NewText: newText,
			Message: capitalize(loc.Message(key,
				"statement", statement,
				"field", field,
				"subject", subj,
				"item", clip(itemLabel(c.Change, loc), maxWordedValue),
				"old", oldText,
				"new", newText))}
	}
	return out
}

// wordField words a value of a change's field, an ID as the name it
// stands for.
func wordField(c Change, v reflect.Value, loc *locale.Locale) string {
	if c.meta.Ref != whitepaper.RefNone && v.IsValid() && !reflectx.IsZero(v) {
		return wordRef(v, c.meta.Ref, c.names, loc)
	}
	return wordValue(v, c.names, loc)
}

// capitalize starts a sentence with a capital when it starts with a
// lower-case Latin letter, as a subject worded mid-sentence may.
func capitalize(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// subjectName names the item that holds a change, with the sort of item:
// 外部サービス「New Relic」, subprocessor New Relic.
func subjectName(c Change, loc *locale.Locale) string {
	if c.subj == nil {
		return ""
	}
	v := c.subj.new
	if !v.IsValid() {
		v = c.subj.old
	}
	name := clip(describe(v, c.names, loc), maxSubject)
	if name == "" {
		return ""
	}
	sort := locale.FieldKey(c.subj.listType, c.subj.listField)
	if k := "diff.item." + reflect.Indirect(v).Type().Name(); loc.Has(k) {
		sort = k
	}
	return loc.Message("diff.subject", "sort", loc.Message(sort), "name", name)
}

// fieldLabel names a change's field; in an item of a list, after the
// records that hold it below the item: 適用宣言書の版, edition of the
// statement of applicability. (The records of a section are named by
// their fields' own labels, which say enough there.)
func fieldLabel(c Change, loc *locale.Locale) string {
	if c.Type == "Document" {
		if id, ok := sections[c.Field]; ok {
			return loc.Message(locale.SectionKey(id))
		}
	}
	label := loc.Message(locale.FieldKey(c.Type, c.Field))
	for i := len(c.within) - 1; i >= 0 && c.subj != nil; i-- {
		f := c.within[i]
		label = loc.Message("diff.field.within", "record", loc.Message(locale.FieldKey(f.Owner.Name(), f.Name)), "field", label)
	}
	return label
}

// itemLabel names an added or removed item in the reader's terms.
func itemLabel(c Change, loc *locale.Locale) string {
	v := c.newV
	if !v.IsValid() {
		v = c.oldV
	}
	if !v.IsValid() {
		return c.Item
	}
	if c.meta.Ref != whitepaper.RefNone {
		return wordRef(v, c.meta.Ref, c.names, loc)
	}
	if q, ok := valueOf(reflect.Indirect(v)).(whitepaper.FieldQualifier); ok {
		return qualifiedLabel(q, c.Section, loc)
	}
	if s := describe(v, c.names, loc); s != "" {
		return s
	}
	if strings.HasPrefix(c.Item, "content=") {
		return fieldLabel(c, loc) // a record known by its content alone
	}
	return c.Item
}

// describe names an item of a list by what a reader knows it by: its
// name, label or title when it has one; otherwise its key fields, with the
// IDs the document declares worded as the names they stand for (a
// certification held by the vendor is named by its standard alone); a
// reference or channel without a name by its address. Items limited to
// some plans or services say so.
func describe(v reflect.Value, n *names, loc *locale.Locale) string {
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct || v.Type().Implements(stringer) {
		return wordValue(v, n, loc)
	}
	var name string
	for _, f := range []string{"name", "label", "title", "department"} {
		if fv, ok := fieldByName(v, f); ok && !reflectx.IsZero(fv) {
			name = wordValue(fv, n, loc)
			break
		}
	}
	var scope []string
	if name == "" {
		var parts []string
		for _, f := range whitepaper.Fields(v.Type()) {
			fv := v.FieldByIndex(f.Index)
			if !f.Key || reflectx.IsZero(fv) || f.Owner == reflect.TypeFor[whitepaper.Applicability]() {
				continue
			}
			if f.Ref == whitepaper.RefOrganization && n != nil && fv.String() == n.vendor {
				continue // the vendor's own certification
			}
			parts = append(parts, wordRef(fv, f.Ref, n, loc))
		}
		name = strings.Join(parts, " ")
	}
	if name == "" {
		for _, f := range []string{"note", "text", "description"} {
			if fv, ok := fieldByName(v, f); ok && !reflectx.IsZero(fv) {
				name = clip(wordValue(fv, n, loc), maxQuoted)
				break
			}
		}
	}
	if name == "" {
		for _, f := range []string{"url", "email", "phone"} {
			if fv, ok := fieldByName(v, f); ok && !reflectx.IsZero(fv) {
				name = text(fv)
				break
			}
		}
		if k, ok := fieldByName(v, "kind"); ok && !reflectx.IsZero(k) && v.Type() == reflect.TypeFor[whitepaper.Channel]() {
			if name == "" {
				name = wordValue(k, n, loc)
			} else {
				name = wordValue(k, n, loc) + " " + name
			}
		}
	}
	for _, f := range whitepaper.Fields(v.Type()) {
		if f.Owner == reflect.TypeFor[whitepaper.Applicability]() && (f.Ref == whitepaper.RefPlan || f.Ref == whitepaper.RefService) {
			if fv := v.FieldByIndex(f.Index); !reflectx.IsZero(fv) {
				scope = append(scope, wordRef(fv, f.Ref, n, loc))
			}
		}
	}
	if len(scope) > 0 && name != "" {
		name = loc.Message("diff.scoped", "name", name, "scope", strings.Join(scope, loc.Message("list.separator")))
	}
	return name
}

// qualifiedLabel names a hedged field of a section by its label.
func qualifiedLabel(q whitepaper.FieldQualifier, sec whitepaper.SectionID, loc *locale.Locale) string {
	if info, ok := whitepaper.LookupSection(sec); ok {
		if sf, ok := whitepaper.FieldByName(reflect.TypeFor[whitepaper.Document](), info.Field); ok {
			t := sf.Type
			for t.Kind() == reflect.Pointer {
				t = t.Elem()
			}
			if key := locale.FieldKey(t.Name(), q.Field); loc.Has(key) {
				return loc.Message(key)
			}
		}
	}
	return q.Field
}

// wordRef words a value, an ID or a list of IDs of what the document
// declares as the name it stands for.
func wordRef(v reflect.Value, r whitepaper.Ref, n *names, loc *locale.Locale) string {
	if n == nil || n.byRef[r] == nil {
		return wordValue(v, n, loc)
	}
	one := func(id string) string {
		if t, ok := n.byRef[r][id]; ok {
			s, _, _ := t.In(append([]language.Tag{loc.Tag()}, t.Languages()...)...)
			return s
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

var stringer = reflect.TypeFor[interface{ String() string }]()

// wordValue words a value in the catalog's language.
func wordValue(v reflect.Value, n *names, loc *locale.Locale) string {
	s, _ := word(v, n, loc)
	return s
}

// maxWordedValue bounds, in characters, each value worded in a message,
// so that the messages of many changes cannot multiply a long value.
const maxWordedValue = 300

// maxQuoted bounds, in characters, a note quoted to name a record that has
// no name.
const maxQuoted = 40

// maxSubject bounds, in characters, the name of a change's subject, which
// every change under the item repeats.
const maxSubject = 100

// maxWordedRecord bounds, in characters, the wording of a whole record
// (a fact that is a group of fields, such as a data-export policy).
const maxWordedRecord = 300

// word words a value in the catalog's language. It reports false when it
// had to fall back on the value's canonical text, which a test rules out for
// every type of the model.
func word(v reflect.Value, n *names, loc *locale.Locale) (string, bool) {
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
		s, _, _ := x.In(append([]language.Tag{loc.Tag()}, x.Languages()...)...)
		return s, true
	case language.Tag:
		if name := display.Languages(loc.Tag()).Name(x); name != "" {
			return name, true
		}
		return x.String(), true
	case whitepaper.Country:
		return countryName(string(x), loc), true
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
		return countryName(string(x), loc), true
	}
	switch v.Kind() {
	case reflect.String:
		if _, ok := v.Type().MethodByName("Values"); ok {
			switch s := v.String(); {
			case s == whitepaper.Etc:
				return loc.Message("list.others"), true
			case whitepaper.IsExtension(s):
				return s, true
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
			s, good := word(v.Index(i), n, loc)
			parts = append(parts, s)
			ok = ok && good
		}
		if open {
			return loc.Message("list.open", "items", strings.Join(parts, loc.Message("list.separator"))), ok
		}
		return strings.Join(parts, loc.Message("list.separator")), ok
	case reflect.Pointer:
		return word(v.Elem(), n, loc)
	case reflect.Struct:
		return wordRecord(v, n, loc)
	}
	return text(v), false
}

// wordRecord words a struct as its stated fields, "label: value", in model
// order, cut at maxWordedRecord characters.
func wordRecord(v reflect.Value, n *names, loc *locale.Locale) (string, bool) {
	var parts []string
	ok := true
	for _, f := range whitepaper.Fields(v.Type()) {
		fv := v.FieldByIndex(f.Index)
		if reflectx.IsZero(fv) {
			continue
		}
		s, good := word(fv, n, loc)
		if f.Ref != whitepaper.RefNone && n != nil {
			s = wordRef(fv, f.Ref, n, loc)
		}
		ok = ok && good
		parts = append(parts, recordLabel(f, loc)+": "+s)
	}
	s := strings.Join(parts, "; ")
	if r := []rune(s); len(r) > maxWordedRecord {
		s = string(r[:maxWordedRecord]) + "…"
	}
	return s, ok
}

// countryName words an ISO 3166-1 code as the country's name in the
// catalog's language (米国, United States), or the code when it has none.
func countryName(code string, loc *locale.Locale) string {
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

// recordLabel names a field of a record: by its label, or by the section's
// title for a section of the document.
func recordLabel(f whitepaper.Field, loc *locale.Locale) string {
	name := f.Name
	if key := locale.FieldKey(f.Owner.Name(), name); loc.Has(key) {
		return loc.Message(key)
	}
	if id, ok := sections[name]; ok {
		return loc.Message(locale.SectionKey(id))
	}
	return name
}
