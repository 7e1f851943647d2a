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
			Message: loc.Message("diff.rule."+c.Rule,
				"field", fieldLabel(c.Change, loc),
				"item", itemLabel(c.Change, loc),
				"old", wordValue(c.oldV, loc),
				"new", wordValue(c.newV, loc))}
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
	if !v.IsValid() || reflectx.IsZero(v) {
		return ""
	}
	switch x := v.Interface().(type) {
	case whitepaper.Duration:
		return loc.Duration(x)
	case whitepaper.Count:
		return loc.Count(x)
	case whitepaper.Frequency:
		return loc.Frequency(x)
	case whitepaper.Date:
		return loc.Date(x)
	case whitepaper.Percent:
		return loc.Percent(x)
	case *bool:
		return loc.Bool(x)
	case whitepaper.Text:
		s, _, _ := x.In(append([]language.Tag{loc.Tag()}, x.Languages()...)...)
		return s
	}
	if v.Kind() == reflect.String {
		if _, ok := v.Type().MethodByName("Values"); ok {
			return loc.Message("enum." + v.Type().Name() + "." + v.String())
		}
		return v.String()
	}
	if v.Kind() == reflect.Slice {
		var parts []string
		for i := range v.Len() {
			parts = append(parts, wordValue(v.Index(i), loc))
		}
		return strings.Join(parts, loc.Message("list.separator"))
	}
	return text(v)
}
