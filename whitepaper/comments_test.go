package whitepaper_test

import (
	"bytes"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// commented has a comment in every position yaml.v3 records: the file's
// header, the document's head and foot, head, line and foot comments of
// keys and values, in mappings and in lists, block and flow, on fields the
// canonical form reorders and on a value it leaves out.
const commented = `# header line 1
# header line 2

# document head, after a blank line
title: {ja: テスト, en: Test} # line on a flow mapping, reordered
# head of a reordered key
openwhitepaper: "1"
languages: # line on a key with a block list
  # head of a list item
  - ja # line on a list item
  - en
  # foot of a list
defaultLanguage: ja
version: "1.0" # line on a scalar
providers: [] # line on a value left out
vendor:
  # head in a nested mapping
  id: acme
  name:
    en: Acme # line inside a text
    ja: アクメ
  # foot of a nested mapping
services: [{id: app, name: {ja: アプリ, en: App}}] # line on a flow list
backup:
  sets:
    # head of a mapping in a list
    - data: database
      generations: 7 generations
      # foot inside a list item
  restoreOnRequest: false # stated as not provided

# document foot, after a blank line
`

func encodeYAML(t *testing.T, src string) string {
	t.Helper()
	doc, err := whitepaper.Parse([]byte(src))
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, doc.EncodeYAML(&b))
	return b.String()
}

// lineOf returns the line of out that holds the comment, and the line after.
func lineOf(t *testing.T, out, comment string) (line, next string) {
	t.Helper()
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		if strings.Contains(l, comment) {
			if i+1 < len(lines) {
				return l, lines[i+1]
			}
			return l, ""
		}
	}
	t.Errorf("comment %q is lost:\n%s", comment, out)
	return "", ""
}

func TestEncodeYAMLKeepsEveryComment(t *testing.T) {
	out := encodeYAML(t, commented)
	for _, c := range regexp.MustCompile(`# [^\n]*`).FindAllString(commented, -1) {
		assert.Equal(t, 1, strings.Count(out, c), "%q must appear once in\n%s", c, out)
	}
	assert.True(t, strings.HasPrefix(out, "# header line 1\n# header line 2\n"), out)

	// Each comment stays next to its value.
	attached := map[string]string{ // comment → text on its line or the next
		"# line on a flow mapping, reordered": "title:",
		"# head of a reordered key":           "openwhitepaper:",
		"# line on a key with a block list":   "languages:",
		"# head of a list item":               "- ja",
		"# line on a list item":               "- ja",
		"# line on a scalar":                  `version: "1.0"`,
		"# head in a nested mapping":          "id: acme",
		"# line inside a text":                "en: Acme",
		"# line on a flow list":               "services:",
		"# head of a mapping in a list":       "- data: database",
		"# stated as not provided":            "restoreOnRequest: false",
	}
	for c, near := range attached {
		line, next := lineOf(t, out, c)
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			line = next // a head comment: the value is on the next line
		}
		assert.Contains(t, line, near, "%q must stay by %q in\n%s", c, near, out)
	}
	// The text keeps the document's language order; its comment moves with it.
	assert.Less(t, strings.Index(out, "ja: アクメ"), strings.Index(out, "en: Acme # line inside a text"))

	// The canonical form is stable and loads again.
	assert.Equal(t, out, encodeYAML(t, out))
}

func TestEncodeYAMLHeaderEndedByOtherLineBreaks(t *testing.T) {
	for _, brk := range []string{"\r", "\r\n", "\u0085", "\u2028"} {
		src := "# c" + brk + `openwhitepaper: "1"` + "\n"
		doc, err := whitepaper.Parse([]byte(src))
		if err != nil {
			continue // not a line break for the parser: nothing to keep
		}
		var b bytes.Buffer
		require.NoError(t, doc.EncodeYAML(&b))
		assert.Equal(t, "# c\nopenwhitepaper: \"1\"\n", b.String(), "%q", brk)
		_, err = whitepaper.Parse(b.Bytes())
		assert.NoError(t, err, "%q", brk)
	}
}

// yaml11Strings are strings that YAML 1.1 readers take for other types
// when they are written plain.
var yaml11Strings = []string{
	"12:30", "1:20:30", "-1:30", "190:20:30.15", "yes", "No", "ON", "off", "y", "N", "~", "null",
	"0x1F", "0b101", "017", "+12", "1_000", "1e3", "1.5e+3", ".5", "3.", ".inf", "-.Inf", ".NaN",
	"2023-02-07", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "<<", "=",
}

func TestEncodeYAMLQuotesWhatYAML11Misreads(t *testing.T) {
	for _, s := range yaml11Strings {
		doc, err := whitepaper.Parse([]byte(`{"openwhitepaper": "1", "title": {"ja": ` + jsonString(s) + `}}`))
		require.NoError(t, err, s)
		var b bytes.Buffer
		require.NoError(t, doc.EncodeYAML(&b))
		line, _ := lineOf(t, b.String(), "  ja: ")
		value := strings.TrimPrefix(line, "  ja: ")
		assert.True(t, strings.HasPrefix(value, `"`) || strings.HasPrefix(value, `'`), "%q is written plain: %s", s, line)
	}
	// Ordinary strings stay plain.
	for _, s := range []string{"7 generations", "within 72 hours", "+09:00", "2.27a", "JP"} {
		doc, err := whitepaper.Parse([]byte(`{"openwhitepaper": "1", "title": {"ja": ` + jsonString(s) + `}}`))
		require.NoError(t, err)
		var b bytes.Buffer
		require.NoError(t, doc.EncodeYAML(&b))
		assert.Contains(t, b.String(), "  ja: "+s+"\n")
	}
}

// TestPyYAMLReadsTheSameStrings reads the canonical YAML with PyYAML, a
// YAML 1.1 reader, where it is installed.
func TestPyYAMLReadsTheSameStrings(t *testing.T) {
	if err := exec.Command("python3", "-c", "import yaml").Run(); err != nil {
		t.Skip("python3 with PyYAML is not installed (Debian: apt-get install python3-yaml)")
	}
	var src strings.Builder
	src.WriteString(`{"openwhitepaper": "1", "title": {"ja": "t"}, "version": "1.0", "revisions": [`)
	for i, s := range yaml11Strings {
		if i > 0 {
			src.WriteString(",")
		}
		src.WriteString(`{"version": ` + jsonString(s) + `}`)
	}
	src.WriteString("]}")
	doc, err := whitepaper.Parse([]byte(src.String()))
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, doc.EncodeYAML(&b))
	cmd := exec.Command("python3", "-c", `import sys, yaml, json
d = yaml.safe_load(sys.stdin)
print(json.dumps([r["version"] for r in d["revisions"]], ensure_ascii=False))`)
	cmd.Stdin = &b
	out, err := cmd.Output()
	require.NoError(t, err)
	var want strings.Builder
	want.WriteString("[")
	for i, s := range yaml11Strings {
		if i > 0 {
			want.WriteString(", ")
		}
		want.WriteString(jsonString(s))
	}
	want.WriteString("]\n")
	assert.Equal(t, want.String(), string(out))
}

func jsonString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`)
	return `"` + r.Replace(s) + `"`
}
