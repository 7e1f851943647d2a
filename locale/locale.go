// Package locale holds the words the renderer, the differ and the checks
// use in each language: section titles, labels of the closed vocabularies,
// units and fixed phrases. Each locale is one embedded YAML file under
// locales/, a flat mapping from key to message; adding a locale is adding
// a file. Messages use named placeholders, {name}, so that each language
// can put the arguments in its own order.
//
// The catalog is an ordinary value, not a process-wide registry: nothing
// here changes what other packages see.
package locale

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
)

//go:embed locales/*.yaml
var files embed.FS

// Locale is the messages of one locale.
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
			loadErr = fmt.Errorf("catalog: locale file %s: %v", e.Name(), err)
			return
		}
		data, err := files.ReadFile("locales/" + e.Name())
		if err != nil {
			loadErr = err
			return
		}
		var msgs map[string]string
		if err := yaml.Unmarshal(data, &msgs); err != nil {
			loadErr = fmt.Errorf("catalog: locale file %s: %v", e.Name(), err)
			return
		}
		catalogs = append(catalogs, &Locale{tag: tag, msgs: msgs})
	}
	slices.SortFunc(catalogs, func(a, b *Locale) int { return strings.Compare(a.tag.String(), b.tag.String()) })
}

// All returns the catalog of every locale, sorted by tag. It panics if an
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

// For returns the catalog of exactly that locale, or nil.
func For(tag language.Tag) *Locale {
	for _, c := range All() {
		if c.tag == tag {
			return c
		}
	}
	return nil
}

// Tag returns the catalog's locale.
func (c *Locale) Tag() language.Tag { return c.tag }

// Keys returns every key of the catalog, sorted.
func (c *Locale) Keys() []string {
	keys := make([]string, 0, len(c.msgs))
	for k := range c.msgs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Has reports whether the catalog has the key.
func (c *Locale) Has(key string) bool {
	_, ok := c.msgs[key]
	return ok
}

var placeholderRE = regexp.MustCompile(`\{([a-zA-Z][a-zA-Z0-9]*)\}`)

// Placeholders returns the names of the placeholders in the message of the
// key, sorted and without repeats.
func (c *Locale) Placeholders(key string) []string {
	var names []string
	for _, m := range placeholderRE.FindAllStringSubmatch(c.msgs[key], -1) {
		names = append(names, m[1])
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// Message returns the message of the key with its placeholders replaced by
// args, given as name, value pairs. A missing key gives "[key]", so that a
// gap shows instead of passing silently; the tests rule gaps out.
func (c *Locale) Message(key string, args ...string) string {
	msg, ok := c.msgs[key]
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
