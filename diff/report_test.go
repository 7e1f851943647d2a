package diff

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/locale"
	sv "github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func reportSchema(t *testing.T) (*sv.Schema, map[string]any) {
	t.Helper()
	data, err := os.ReadFile("report.schema.json")
	require.NoError(t, err)
	doc, err := sv.UnmarshalJSON(bytes.NewReader(data))
	require.NoError(t, err)
	c := sv.NewCompiler()
	require.NoError(t, c.AddResource("report.schema.json", doc))
	s, err := c.Compile("report.schema.json")
	require.NoError(t, err)
	var raw map[string]any
	require.NoError(t, json.Unmarshal(data, &raw))
	return s, raw
}

// TestReportMatchesItsSchema validates the JSON output of pairs against
// the committed schema, and checks that the schema names exactly the
// fields the Go types write.
func TestReportMatchesItsSchema(t *testing.T) {
	s, raw := reportSchema(t)
	for _, p := range revisionPairs {
		if p.doc != "seculio" {
			continue
		}
		old, new := seculio(t), seculio(t)
		if p.before != nil {
			p.before(old)
		}
		if p.after != nil {
			p.after(new)
		}
		for _, loc := range locale.All() {
			var b bytes.Buffer
			require.NoError(t, WriteJSON(&b, Explain(classified(t, old, new), loc), old, new, loc))
			inst, err := sv.UnmarshalJSON(&b)
			require.NoError(t, err)
			assert.NoError(t, s.Validate(inst), p.row)
		}
	}
	props := func(m any, path ...string) []string {
		for _, k := range path {
			m = m.(map[string]any)[k]
		}
		var out []string
		for k := range m.(map[string]any) {
			out = append(out, k)
		}
		slices.Sort(out)
		return out
	}
	jsonNames := func(v any) []string {
		var out []string
		t := reflect.TypeOf(v)
		for i := range t.NumField() {
			out = append(out, strings.Split(t.Field(i).Tag.Get("json"), ",")[0])
		}
		slices.Sort(out)
		return out
	}
	assert.Equal(t, jsonNames(Report{}), props(raw, "properties"))
	assert.Equal(t, jsonNames(ReportChange{}), props(raw, "$defs", "change", "properties"))
	assert.Equal(t, jsonNames(ReportSection{}), props(raw, "$defs", "change", "properties", "section", "properties"))
	assert.Equal(t, jsonNames(Release{}), props(raw, "$defs", "release", "properties"))
	assert.Equal(t, JSONFormat, raw["properties"].(map[string]any)["format"].(map[string]any)["const"])
	changelog, err := os.ReadFile("../CHANGELOG.md")
	require.NoError(t, err)
	release := regexp.MustCompile(`(?m)^## (v\d+\.\d+\.\d+)\b`).FindStringSubmatch(string(changelog))
	require.NotNil(t, release)
	assert.Equal(t, "https://raw.githubusercontent.com/openwhitepaper/whitepaper/"+release[1]+"/diff/report.schema.json", raw["$id"],
		"$id names the schema at the newest release")

	var empty bytes.Buffer
	doc := seculio(t)
	require.NoError(t, WriteJSON(&empty, nil, doc, doc, locale.For(language.English)))
	inst, err := sv.UnmarshalJSON(&empty)
	require.NoError(t, err)
	assert.NoError(t, s.Validate(inst), "no change is an empty list, not null")
}
