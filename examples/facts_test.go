package examples_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"

	"github.com/openwhitepaper/whitepaper/examples"
)

// fact is one concrete fact of a seed and where its example holds it.
type fact struct {
	// Fact describes the fact briefly, in the seed's words or in English.
	Fact string `yaml:"fact"`
	// Path is a JSON Pointer into the JSON encoding of the example.
	Path string `yaml:"path"`
	// Kind is typed (a typed field), text (a Text field that is the
	// subject of a typed item) or notes (under notes, note or references).
	Kind string `yaml:"kind"`
}

type factCounts struct{ typed, text, notes int }

func (c factCounts) total() int { return c.typed + c.text + c.notes }

// loadFacts reads testdata/facts/NAME.yaml.
func loadFacts(t *testing.T, name string) []fact {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "facts", name+".yaml"))
	require.NoError(t, err)
	var facts []fact
	dec := yaml.NewDecoder(bytes.NewReader(src))
	dec.KnownFields(true)
	require.NoError(t, dec.Decode(&facts), "testdata/facts/%s.yaml", name)
	return facts
}

// resolve walks a JSON Pointer (RFC 6901) over decoded JSON.
func resolve(root any, pointer string) (any, error) {
	if pointer == "" {
		return root, nil
	}
	if !strings.HasPrefix(pointer, "/") {
		return nil, fmt.Errorf("pointer %q does not start with /", pointer)
	}
	cur := root
	for _, tok := range strings.Split(pointer[1:], "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch v := cur.(type) {
		case map[string]any:
			next, ok := v[tok]
			if !ok {
				return nil, fmt.Errorf("no member %q", tok)
			}
			cur = next
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(v) {
				return nil, fmt.Errorf("no index %q (length %d)", tok, len(v))
			}
			cur = v[i]
		default:
			return nil, fmt.Errorf("cannot descend into %T with %q", cur, tok)
		}
	}
	return cur, nil
}

// isText reports whether the JSON value is a Text: an object whose keys
// are language tags and whose values are strings.
func isText(v any) bool {
	m, ok := v.(map[string]any)
	if !ok || len(m) == 0 {
		return false
	}
	for k, s := range m {
		if _, ok := s.(string); !ok {
			return false
		}
		if _, err := language.Parse(k); err != nil {
			return false
		}
	}
	return true
}

// isEmpty reports whether the JSON value states nothing.
func isEmpty(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return strings.TrimSpace(x) == ""
	case map[string]any:
		return len(x) == 0
	case []any:
		return len(x) == 0
	}
	return false
}

// underNotes reports whether the pointer goes through a notes, note or
// references member: prose that no typed field captures.
func underNotes(pointer string) bool {
	for _, tok := range strings.Split(pointer, "/") {
		switch tok {
		case "notes", "note", "references":
			return true
		}
	}
	return false
}

// TestFacts checks each example's fact list: every path exists and states
// something, and its kind matches what is there.
func TestFacts(t *testing.T) {
	for _, name := range examples.Names() {
		t.Run(name, func(t *testing.T) {
			doc := load(t, name)
			var buf bytes.Buffer
			require.NoError(t, doc.EncodeJSON(&buf))
			var root any
			require.NoError(t, json.Unmarshal(buf.Bytes(), &root))

			facts := loadFacts(t, name)
			require.NotEmpty(t, facts)
			seen := map[string]bool{}
			for i, f := range facts {
				where := fmt.Sprintf("fact %d %q at %s", i, f.Fact, f.Path)
				assert.NotEmpty(t, strings.TrimSpace(f.Fact), where)
				key := f.Fact + "\x00" + f.Path
				assert.False(t, seen[key], "%s: listed twice", where)
				seen[key] = true
				v, err := resolve(root, f.Path)
				if !assert.NoError(t, err, where) {
					continue
				}
				assert.False(t, isEmpty(v), "%s: empty", where)
				switch f.Kind {
				case "notes":
					assert.True(t, underNotes(f.Path), "%s: kind notes, but the path is not under notes, note or references", where)
				case "text":
					assert.False(t, underNotes(f.Path), "%s: kind text, but the path is under notes", where)
					assert.True(t, isText(v), "%s: kind text, but the value is not a Text: %v", where, v)
				case "typed":
					assert.False(t, underNotes(f.Path), "%s: kind typed, but the path is under notes", where)
					assert.False(t, isText(v), "%s: kind typed, but the value is a Text", where)
				default:
					t.Errorf("%s: kind %q, want typed, text or notes", where, f.Kind)
				}
			}
		})
	}
}

var countRow = regexp.MustCompile(`^\| *` + "`?" + `([a-z]+)` + "`?" + ` *\| *(\d+) *\| *(\d+) *\| *(\d+) *\| *(\d+) *\|`)

// readmeCounts parses the fact counts table of README.md: the rows
// "| name | typed | text | notes | total |" under "## Fact counts".
func readmeCounts(t *testing.T) map[string]factCounts {
	t.Helper()
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	out := map[string]factCounts{}
	in := false
	for _, line := range strings.Split(string(readme), "\n") {
		if strings.HasPrefix(line, "## ") {
			in = strings.TrimSpace(line) == "## Fact counts"
			continue
		}
		if !in {
			continue
		}
		m := countRow.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		n := func(s string) int { i, _ := strconv.Atoi(s); return i }
		c := factCounts{n(m[2]), n(m[3]), n(m[4])}
		require.Equal(t, c.total(), n(m[5]), "README row %q: total is not the sum", line)
		out[m[1]] = c
	}
	return out
}

// TestFactCountsInReadme keeps the README's counts table equal to the
// fact lists.
func TestFactCountsInReadme(t *testing.T) {
	table := readmeCounts(t)
	for _, name := range examples.Names() {
		var c factCounts
		for _, f := range loadFacts(t, name) {
			switch f.Kind {
			case "typed":
				c.typed++
			case "text":
				c.text++
			case "notes":
				c.notes++
			}
		}
		got, ok := table[name]
		if assert.True(t, ok, "README.md has no fact-counts row for %s", name) {
			assert.Equal(t, c, got, "%s: README counts (typed, text, notes) differ from testdata/facts/%s.yaml; want | %s | %d | %d | %d | %d |",
				name, name, name, c.typed, c.text, c.notes, c.total())
		}
	}
}
