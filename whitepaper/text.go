package whitepaper

import (
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// Text is prose in one or more languages: a string per BCP 47 language tag.
// In YAML and JSON it is a mapping from tag to string:
//
//	title: {ja: セキュリティホワイトペーパー, en: Security whitepaper}
//
// Tags must be written in canonical form ("en-US", not "en_us").
type Text map[language.Tag]string

// T builds a Text from alternating language tags and strings, for example
// T("ja", "初版発行", "en", "First edition"). It panics on an odd number of
// arguments or a malformed tag; it is meant for literals in Go code.
func T(pairs ...string) Text {
	if len(pairs)%2 != 0 {
		panic("whitepaper.T: odd number of arguments")
	}
	t := make(Text, len(pairs)/2)
	for i := 0; i < len(pairs); i += 2 {
		t[language.MustParse(pairs[i])] = pairs[i+1]
	}
	return t
}

// Get returns the text in the language, or "" when it has none.
func (t Text) Get(tag language.Tag) string { return t[tag] }

// Lookup returns the text in the language, and whether it is there.
func (t Text) Lookup(tag language.Tag) (string, bool) {
	s, ok := t[tag]
	return s, ok
}

// In returns the text in the first of the tags that it has, with the tag
// used; ok is false when it has none of them.
func (t Text) In(tags ...language.Tag) (s string, used language.Tag, ok bool) {
	for _, tag := range tags {
		if s, ok := t[tag]; ok {
			return s, tag, true
		}
	}
	return "", language.Und, false
}

// Languages returns the tags the text has, sorted by their string form.
func (t Text) Languages() []language.Tag {
	tags := make([]language.Tag, 0, len(t))
	for tag := range t {
		tags = append(tags, tag)
	}
	slices.SortFunc(tags, func(a, b language.Tag) int { return strings.Compare(a.String(), b.String()) })
	return tags
}

// IsZero reports whether the text has no language at all.
func (t Text) IsZero() bool { return len(t) == 0 }

// Equal reports whether both texts have the same strings in the same languages.
func (t Text) Equal(u Text) bool {
	if len(t) != len(u) {
		return false
	}
	for k, v := range t {
		if w, ok := u[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// parseTag parses a BCP 47 tag and insists on its canonical spelling, so
// that what the loader accepts is exactly what the JSON Schema describes.
func parseTag(s string) (language.Tag, error) {
	if !tagRE.MatchString(s) {
		if t, err := language.Parse(s); err == nil && t.String() != s {
			return language.Und, Errorf("language tag %q is not in canonical form; write %q", s, t.String())
		}
		return language.Und, Errorf("invalid language tag %q: want a BCP 47 tag such as ja, en or zh-Hant", s)
	}
	tag, err := language.Parse(s)
	if err != nil {
		return language.Und, Errorf("invalid language tag %q: %v", s, err)
	}
	if tag.String() != s {
		return language.Und, Errorf("language tag %q is not in canonical form; write %q", s, tag.String())
	}
	return tag, nil
}
