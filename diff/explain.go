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
}

// Explain words the changes in the catalog's language, last of the three
// stages: the message comes from the rule's ID and the change's values.
func Explain(cs []Classified, loc *locale.Locale) []Explained {
	out := make([]Explained, len(cs))
	for i, c := range cs {
		path := c.Path.String()
		sum := sha256.Sum256([]byte(c.Rule + "\x00" + path + "\x00" + c.Old + "\x00" + c.New))
		out[i] = Explained{Classified: c, PathText: path, Fingerprint: hex.EncodeToString(sum[:8]),
			Message: loc.Message(messageKey(c.Rule, loc.Has),
				"field", fieldLabel(c.Change, loc),
				"item", clip(itemLabel(c.Change, loc), maxWordedValue),
				"old", clip(wordValue(c.oldV, loc), maxWordedValue),
				"new", clip(wordValue(c.newV, loc), maxWordedValue))}
	}
	return out
}

func fieldLabel(c Change, loc *locale.Locale) string {
	if c.Type == "Document" {
		if id, ok := sections[c.Field]; ok {
			return loc.Message(locale.SectionKey(id))
		}
	}
	return loc.Message(locale.FieldKey(c.Type, c.Field))
}

// itemLabel names an added or removed item by its key fields.
func itemLabel(c Change, loc *locale.Locale) string {
	v := c.newV
	if !v.IsValid() {
		v = c.oldV
	}
	if !v.IsValid() {
		return c.Item
	}
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct || v.Type().Implements(stringer) {
		return wordValue(v, loc)
	}
	var parts []string
	t := v.Type()
	for i := range t.NumField() {
		if reflectx.HasOpt(t.Field(i), "key") && !reflectx.IsZero(v.Field(i)) {
			parts = append(parts, wordValue(v.Field(i), loc))
		}
	}
	if len(parts) == 0 {
		return c.Item
	}
	return strings.Join(parts, " / ")
}

var stringer = reflect.TypeFor[interface{ String() string }]()

// wordValue words a value in the catalog's language.
func wordValue(v reflect.Value, loc *locale.Locale) string {
	s, _ := word(v, loc)
	return s
}

// maxWordedValue bounds, in characters, each value worded in a message,
// so that the messages of many changes cannot multiply a long value.
const maxWordedValue = 300

// maxWordedRecord bounds, in characters, the wording of a whole record
// (a fact that is a group of fields, such as a data-export policy).
const maxWordedRecord = 300

// word words a value in the catalog's language. It reports false when it
// had to fall back on the value's canonical text, which a test rules out for
// every type of the model.
func word(v reflect.Value, loc *locale.Locale) (string, bool) {
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
		return x.String(), true // a BCP 47 code, as the document writes it
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
		return string(x), true // a country code, as the document writes it
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
			s, good := word(v.Index(i), loc)
			parts = append(parts, s)
			ok = ok && good
		}
		if open {
			return loc.Message("list.open", "items", strings.Join(parts, loc.Message("list.separator"))), ok
		}
		return strings.Join(parts, loc.Message("list.separator")), ok
	case reflect.Pointer:
		return word(v.Elem(), loc)
	case reflect.Struct:
		return wordRecord(v, loc)
	}
	return text(v), false
}

// wordRecord words a struct as its stated fields, "label: value", in model
// order, cut at maxWordedRecord characters.
func wordRecord(v reflect.Value, loc *locale.Locale) (string, bool) {
	var parts []string
	ok := true
	for _, f := range whitepaper.Fields(v.Type()) {
		fv := v.FieldByIndex(f.Index)
		if reflectx.IsZero(fv) {
			continue
		}
		s, good := word(fv, loc)
		ok = ok && good
		parts = append(parts, recordLabel(f, loc)+": "+s)
	}
	s := strings.Join(parts, "; ")
	if r := []rune(s); len(r) > maxWordedRecord {
		s = string(r[:maxWordedRecord]) + "…"
	}
	return s, ok
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
