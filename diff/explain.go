package diff

import (
	"crypto/sha256"
	"encoding/hex"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/reflectx"
	"github.com/openwhitepaper/whitepaper/internal/wording"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/language"
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
		if _, section := sections[c.Field]; !section || c.Type != "Document" {
			field = lowerLabel(field, loc) // a sentence starting with it is capitalized again
		}
		oldText, newText := wording.Clip(wordField(c.Change, c.oldV, loc), maxWordedValue), wording.Clip(wordField(c.Change, c.newV, loc), maxWordedValue)
		if !c.oldV.IsValid() && !c.newV.IsValid() {
			// A text compared per language: its old and new wording.
			oldText, newText = wording.Clip(c.Old, maxWordedValue), wording.Clip(c.New, maxWordedValue)
		}
		if c.Rule == "qualifier-added" || c.Rule == "qualifier-removed" || c.Rule == "qualifier-changed" {
			field, oldText, newText = qualifierWording(c.Change, field, subj, loc)
		}
		if strings.HasPrefix(c.Rule, "audit-performer-") {
			oldText, newText = lowerLabel(oldText, loc), lowerLabel(newText, loc) // "by internal auditors only"
		}
		key := messageKey(c.Change, c.Rule, loc.Has)
		item := wording.Clip(itemLabel(c.Change, loc), maxWordedValue)
		if (c.Rule == "item-added" || c.Rule == "item-removed") && item == fieldLabel(c.Change, loc) {
			key += ".unnamed" // a record known by its content alone: not "Added X to X"
		}
		switch {
		case (c.Rule == "text-added" || c.Rule == "text-removed") && c.Item != "" && item != "" && item != fieldLabel(c.Change, loc) && loc.Has(key+".item"):
			key += ".item" // a manual or a link added: name it, not "wording"
		case c.Rule == "text-changed" && c.Field == "name" && subj != "" && oldText != "" && loc.Has(key+".name"):
			key += ".name" // an item's name reworded: 「お知らせ」 to 「お知らせページ」
		}
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
				"sort", subjectSort(c.Change, loc),
				"where", places(c.replaced, loc),
				"item", item,
				"old", oldText,
				"new", newText))}
	}
	return out
}

// maxPlaces is how many places a systematic replacement names before it
// says how many more there are.
const maxPlaces = 5

// places names where the changes stand, each once: the section, or for a
// change outside any section its field (表題, 1. 利用者との責任分界点).
func places(cs []Change, loc *locale.Locale) string {
	var out []string
	for _, c := range cs {
		p := fieldLabel(c, loc)
		if c.Section != "" {
			p = sectionTitle(c.Section, loc)
		}
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	if len(out) > maxPlaces {
		more := loc.Message("diff.places.more", "count", strconv.Itoa(len(out)-maxPlaces))
		out = append(out[:maxPlaces], more)
	}
	return strings.Join(out, loc.Message("list.separator"))
}

// qualifierWording words a change of a qualifier by what it hedges: the
// field a section's qualification names, or the item whose qualifier it
// is; and the qualifiers alone, not the record that holds them.
func qualifierWording(c Change, field, subj string, loc *locale.Locale) (string, string, string) {
	word := func(v reflect.Value) string {
		switch x := valueOf(reflect.Indirect(v)).(type) {
		case whitepaper.FieldQualifier:
			field = qualifiedLabel(x, c.Section, loc)
			return wording.Value(reflect.ValueOf(x.Qualifier), c.names, loc)
		case whitepaper.Qualifier:
			if subj != "" {
				field = subj
			}
			return wording.Value(v, c.names, loc)
		}
		return ""
	}
	return field, word(c.oldV), word(c.newV)
}

// wordField words a value of a change's field, an ID as the name it
// stands for.
func wordField(c Change, v reflect.Value, loc *locale.Locale) string {
	if c.meta.Ref != whitepaper.RefNone && v.IsValid() && !reflectx.IsZero(v) {
		return wording.Ref(v, c.meta.Ref, c.names, loc)
	}
	return wording.Value(v, c.names, loc)
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
	v := c.subjectValue()
	if !v.IsValid() {
		return ""
	}
	name := sharedRecord(v, loc)
	if name == "" {
		name = wording.Clip(wording.Describe(v, c.names, loc), maxSubject)
	}
	if name == "" {
		return ""
	}
	return loc.Message("diff.subject", "sort", subjectSort(c, loc), "name", name)
}

// subjectSort names the sort of item that holds a change: 外部サービス,
// subprocessor; "" for a change outside any item.
func subjectSort(c Change, loc *locale.Locale) string {
	v := c.subjectValue()
	if !v.IsValid() {
		return ""
	}
	sort := loc.Message(locale.FieldKey(c.subj.listType, c.subj.listField))
	if k := "diff.item." + reflect.Indirect(v).Type().Name(); loc.Has(k) {
		sort = loc.Message(k)
	}
	return lowerLabel(sort, loc)
}

// lowerLabel writes a label mid-sentence: in English, a capital that only
// starts the label ("Patch application") is lowered ("patch
// application"); an acronym ("ISMS") is kept.
func lowerLabel(s string, loc *locale.Locale) string {
	if base, _ := loc.Tag().Base(); base.String() != "en" || len(s) < 2 {
		return s
	}
	if s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'a' && s[1] <= 'z' {
		return string(s[0]-'A'+'a') + s[1:]
	}
	return s
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
		return wording.Ref(v, c.meta.Ref, c.names, loc)
	}
	if q, ok := valueOf(reflect.Indirect(v)).(whitepaper.FieldQualifier); ok {
		return qualifiedLabel(q, c.Section, loc)
	}
	if r, ok := footnote(v); ok {
		// A footnote is known by what it says, never by its mark (⁴, ※1).
		if t, _, ok := r.Note.In(append([]language.Tag{loc.Tag()}, r.Note.Languages()...)...); ok {
			return wording.Clip(t, maxFootnote)
		}
	}
	if s := sharedRecord(v, loc); s != "" {
		return s
	}
	if s := wording.Describe(v, c.names, loc); s != "" {
		return s
	}
	if strings.HasPrefix(c.Item, "content=") {
		return fieldLabel(c, loc) // a record known by its content alone
	}
	return c.Item
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

// maxWordedValue bounds, in characters, each value worded in a message,
// so that the messages of many changes cannot multiply a long value.
const maxWordedValue = 300

// maxSubject bounds, in characters, the name of a change's subject, which
// every change under the item repeats.
const maxSubject = 100

// subjectValue is the item that holds a change, as the new document has
// it, or the old one for an item removed; invalid outside any item.
func (c Change) subjectValue() reflect.Value {
	if c.subj == nil {
		return reflect.Value{}
	}
	if c.subj.new.IsValid() {
		return c.subj.new
	}
	return c.subj.old
}

// maxFootnote bounds, in characters, the text of a footnote that names it.
const maxFootnote = 40

// footnote reports whether v is a footnote or disclaimer, whose label is
// only its mark.
func footnote(v reflect.Value) (whitepaper.Reference, bool) {
	r, ok := valueOf(reflect.Indirect(v)).(whitepaper.Reference)
	return r, ok && (r.Kind == whitepaper.RefFootnote || r.Kind == whitepaper.RefDisclaimer) && !r.Note.IsZero()
}
