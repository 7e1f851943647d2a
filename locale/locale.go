// Package locale gives the words of each language the project speaks:
// section titles, labels of fields and of the values of closed vocabularies,
// worded values ("72時間以内", "within 72 hours") and the messages of the
// differ and the checks. Pass a *Locale to the diff and check packages to
// word their output; the render package picks one from the reader's
// languages, as [Match] does.
//
//	loc := locale.For(language.Japanese)        // or locale.Match(prefs...)
//	loc.Field("BackupSet", "generations")         // "保管世代数"
//	loc.Section(whitepaper.SectionBackup)         // "バックアップの状況"
//	loc.Duration(set.Retention)                   // "30日以上"
//	locale.Enum(loc, whitepaper.RoleVendor)       // "事業者"
//
// Each locale is one embedded YAML file under locales/, a flat mapping from
// key to message; adding a locale is adding a file. Messages use named
// placeholders, {name}, so that each language can put the arguments in its
// own order.
//
// A nil *Locale, and the zero Locale, word in English: no method panics.
// Locales are ordinary values, not a process-wide registry: nothing here
// changes what other packages see.
package locale

import (
	"embed"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
)

//go:embed locales/*.yaml
var files embed.FS

// Locale is the messages of one language. Get one with [For], [Match],
// [Parse], [English] or [Japanese]; a nil *Locale or a zero Locale is
// English.
type Locale struct {
	tag  language.Tag
	msgs map[string]string
}

var (
	loadOnce sync.Once
	catalogs []*Locale
	loadErr  error
)

func load() {
	entries, err := fs.ReadDir(files, "locales")
	if err != nil {
		loadErr = err
		return
	}
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), path.Ext(e.Name()))
		tag, err := language.Parse(name)
		if err != nil {
			loadErr = whitepaper.Errorf("locale: file %s: %v", e.Name(), err)
			return
		}
		data, err := files.ReadFile("locales/" + e.Name())
		if err != nil {
			loadErr = err
			return
		}
		var msgs map[string]string
		if err := yaml.Unmarshal(data, &msgs); err != nil {
			loadErr = whitepaper.Errorf("locale: file %s: %v", e.Name(), err)
			return
		}
		catalogs = append(catalogs, &Locale{tag: tag, msgs: msgs})
	}
	slices.SortFunc(catalogs, func(a, b *Locale) int { return strings.Compare(a.tag.String(), b.tag.String()) })
}

// All returns every locale, sorted by tag. It panics if an
// embedded locale file is broken, which the package's tests rule out.
func All() []*Locale {
	loadOnce.Do(load)
	if loadErr != nil {
		panic(loadErr)
	}
	return slices.Clone(catalogs)
}

// Locales returns the tags of all locales, in the order of [All].
func Locales() []language.Tag {
	var tags []language.Tag
	for _, c := range All() {
		tags = append(tags, c.tag)
	}
	return tags
}

// For returns the locale of exactly that language, or nil when there is
// none (which words in English).
func For(tag language.Tag) *Locale {
	for _, c := range All() {
		if c.tag == tag {
			return c
		}
	}
	return nil
}

// English returns the English locale.
func English() *Locale { return For(language.English) }

// Japanese returns the Japanese locale.
func Japanese() *Locale { return For(language.Japanese) }

// Match returns the locale that best fits a reader who prefers the
// languages given, in order ("en-GB" gets English); English when none fits
// with high confidence.
func Match(prefs ...language.Tag) *Locale {
	all := All()
	if len(prefs) == 0 {
		return English()
	}
	tags := make([]language.Tag, len(all))
	for i, c := range all {
		tags[i] = c.tag
	}
	_, i, conf := language.NewMatcher(tags).Match(prefs...)
	if conf < language.High {
		return English()
	}
	return all[i]
}

// Parse returns the locale of a language tag such as "ja" or "en-US".
// A tag that is not well-formed, or names a language without a locale, is
// an error that lists the languages there are.
func Parse(s string) (*Locale, error) {
	tag, err := language.Parse(s)
	if err == nil {
		base, _ := tag.Base()
		for _, c := range All() {
			if cb, _ := c.tag.Base(); cb == base {
				return c, nil
			}
		}
	}
	var names []string
	for _, t := range Locales() {
		names = append(names, t.String())
	}
	return nil, whitepaper.Errorf("unsupported language %q (supported: %s)", s, strings.Join(names, ", "))
}

// or returns the locale to word with: English for a nil or zero Locale.
func (c *Locale) or() *Locale {
	if c == nil || c.msgs == nil {
		if en := English(); en != nil {
			return en
		}
		return &Locale{tag: language.English, msgs: map[string]string{}}
	}
	return c
}

// Tag returns the locale's language.
func (c *Locale) Tag() language.Tag { return c.or().tag }

// String returns the locale's language tag, such as "ja".
func (c *Locale) String() string { return c.Tag().String() }

// Keys returns every key of the locale, sorted.
func (c *Locale) Keys() []string {
	c = c.or()
	keys := make([]string, 0, len(c.msgs))
	for k := range c.msgs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Has reports whether the locale has the key.
func (c *Locale) Has(key string) bool {
	_, ok := c.or().msgs[key]
	return ok
}

var placeholderRE = regexp.MustCompile(`\{([a-zA-Z][a-zA-Z0-9]*)\}`)

// Placeholders returns the names of the placeholders in the message of the
// key, sorted and without repeats.
func (c *Locale) Placeholders(key string) []string {
	var names []string
	for _, m := range placeholderRE.FindAllStringSubmatch(c.or().msgs[key], -1) {
		names = append(names, m[1])
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// Message returns the message of the key with its placeholders replaced by
// args, given as name, value pairs. A missing key gives "[key]", so that a
// gap shows instead of passing silently; the tests rule gaps out.
func (c *Locale) Message(key string, args ...string) string {
	msg, ok := c.or().msgs[key]
	if !ok {
		return "[" + key + "]"
	}
	if len(args) == 0 {
		return msg
	}
	return placeholderRE.ReplaceAllStringFunc(msg, func(ph string) string {
		name := ph[1 : len(ph)-1]
		for i := 0; i+1 < len(args); i += 2 {
			if args[i] == name {
				return args[i+1]
			}
		}
		return ph
	})
}
