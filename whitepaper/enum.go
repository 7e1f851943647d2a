package whitepaper

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// Etc is the value that ends an open list of any closed vocabulary: the
// document names some items and says there are others ("メール等",
// "such as …"). It is accepted only in lists.
const Etc = "etc"

// extensionRE matches an extension value of a closed vocabulary: "x-"
// and an ID, such as "x-bug-bounty". A document that uses one declares
// it, with its labels, in [Document.Extensions].
var extensionRE = regexp.MustCompile(`^x-[a-z0-9]+(?:-[a-z0-9]+)*$`)

// IsExtension reports whether v is spelled as an extension value.
func IsExtension(v string) bool { return extensionRE.MatchString(v) }

func parseEnum[T ~string](dst *T, b []byte, what string, values []T) error {
	v := T(b)
	if err := checkEnum(v, what, values); err != nil {
		return err
	}
	*dst = v
	return nil
}

func checkEnum[T ~string](v T, what string, values []T) error {
	if slices.Contains(values, v) || string(v) == Etc || IsExtension(string(v)) {
		return nil
	}
	names := make([]string, len(values))
	for i, x := range values {
		names[i] = string(x)
	}
	if best := closest(string(v), names); best != "" {
		return Errorf("unknown %s %q; did you mean %q?", what, string(v), best)
	}
	return Errorf("unknown %s %q (want one of: %s; or an extension value x-… declared in extensions)", what, string(v), strings.Join(names, ", "))
}

// Vocabulary describes a closed vocabulary of the model, such as
// "standard" or "log-type".
type Vocabulary struct {
	// Name is the vocabulary's name in documents: the type's name in
	// lower case with hyphens, such as "log-type".
	Name string
	// Type is the Go type.
	Type reflect.Type
	// Values lists the built-in values.
	Values []string
}

var vocabularies = sync.OnceValue(func() []Vocabulary {
	var out []Vocabulary
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if seen[t] || t.PkgPath() != reflect.TypeFor[Document]().PkgPath() {
			return
		}
		seen[t] = true
		switch t.Kind() {
		case reflect.Struct:
			for i := range t.NumField() {
				if t.Field(i).IsExported() {
					walk(t.Field(i).Type)
				}
			}
		case reflect.String:
			m, ok := t.MethodByName("Values")
			if !ok || m.Type.NumIn() != 1 {
				return
			}
			vals := reflect.Zero(t).MethodByName("Values").Call(nil)[0]
			v := Vocabulary{Name: kebab(t.Name()), Type: t}
			for i := range vals.Len() {
				v.Values = append(v.Values, vals.Index(i).String())
			}
			out = append(out, v)
		}
	}
	walk(reflect.TypeFor[Document]())
	slices.SortFunc(out, func(a, b Vocabulary) int { return strings.Compare(a.Name, b.Name) })
	return out
})

// Vocabularies lists the closed vocabularies of the model, by name.
func Vocabularies() []Vocabulary { return slices.Clone(vocabularies()) }

// LookupVocabulary returns the vocabulary with the name, such as "standard".
func LookupVocabulary(name string) (Vocabulary, bool) {
	vs := vocabularies()
	i, ok := slices.BinarySearchFunc(vs, name, func(v Vocabulary, n string) int { return strings.Compare(v.Name, n) })
	if !ok {
		return Vocabulary{}, false
	}
	return vs[i], true
}

var vocabularyByType = sync.OnceValue(func() map[reflect.Type]Vocabulary {
	m := map[reflect.Type]Vocabulary{}
	for _, v := range vocabularies() {
		m[v.Type] = v
	}
	return m
})

// VocabularyOf returns the vocabulary of a Go type, such as [Standard].
func VocabularyOf(t reflect.Type) (Vocabulary, bool) {
	v, ok := vocabularyByType()[t]
	return v, ok
}

// kebab turns a Go type name into lower case with hyphens: "LogType" is
// "log-type", "SSOProtocol" is "sso-protocol", "TLSVersion" is "tls-version".
func kebab(name string) string {
	rs := []rune(name)
	var b strings.Builder
	for i, r := range rs {
		if unicode.IsUpper(r) {
			prevLower := i > 0 && unicode.IsLower(rs[i-1])
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1]) && i > 0 && unicode.IsUpper(rs[i-1])
			if i > 0 && (prevLower || nextLower) {
				b.WriteByte('-')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}
