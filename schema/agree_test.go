package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	sv "github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

func compile(t *testing.T) *sv.Schema {
	t.Helper()
	doc, err := sv.UnmarshalJSON(bytes.NewReader(JSON()))
	require.NoError(t, err)
	c := sv.NewCompiler()
	c.AssertFormat()
	require.NoError(t, c.AddResource(ID, doc))
	s, err := c.Compile(ID)
	require.NoError(t, err)
	return s
}

// instance reads YAML as plain data, the way a non-Go tool sees it, and
// gives it to the validator as JSON.
func instance(t *testing.T, src []byte) any {
	t.Helper()
	var v any
	require.NoError(t, yaml.Unmarshal(src, &v))
	js, err := json.Marshal(v)
	require.NoError(t, err)
	inst, err := sv.UnmarshalJSON(bytes.NewReader(js))
	require.NoError(t, err)
	return inst
}

// loaderErrors loads and validates, returning the errors found.
func loaderErrors(src []byte) whitepaper.Diagnostics {
	doc, err := whitepaper.Parse(src)
	var diags whitepaper.Diagnostics
	if errors.As(err, &diags) {
		return diags
	}
	return doc.Validate().Errors()
}

// TestValidDocumentsPass checks that every example and every valid test
// document passes both the loader and the schema.
func TestValidDocumentsPass(t *testing.T) {
	s := compile(t)
	docs := map[string][]byte{}
	for _, name := range examples.Names() {
		src, err := examples.Bytes(name)
		require.NoError(t, err)
		docs["examples/"+name] = src
	}
	files, _ := filepath.Glob("testdata/valid/*.yaml")
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		docs[f] = src
	}
	require.GreaterOrEqual(t, len(docs), 5)
	for name, src := range docs {
		t.Run(name, func(t *testing.T) {
			assert.Empty(t, loaderErrors(src))
			assert.NoError(t, s.Validate(instance(t, src)))
		})
	}
}

// TestInvalidDocumentsFail checks that every invalid test document fails
// both the loader (decoding or Validate) and the schema.
func TestInvalidDocumentsFail(t *testing.T) {
	s := compile(t)
	files, _ := filepath.Glob("testdata/invalid/*.yaml")
	require.GreaterOrEqual(t, len(files), 20)
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".yaml"), func(t *testing.T) {
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			assert.NotEmpty(t, loaderErrors(src), "the loader accepts it")
			assert.Error(t, s.Validate(instance(t, src)), "the schema accepts it")
		})
	}
}

// TestSchemaShape guards against the known pitfalls of generating schemas
// from Go types.
func TestSchemaShape(t *testing.T) {
	var m map[string]any
	require.NoError(t, json.Unmarshal(JSON(), &m))
	assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", m["$schema"])
	assert.Equal(t, ID, m["$id"])
	assert.Equal(t, false, m["additionalProperties"], "unknown top-level fields are rejected")
	defs := m["$defs"].(map[string]any)
	for name, d := range defs {
		assert.NotContains(t, name, "/", "a $defs key with / breaks $ref")
		def := d.(map[string]any)
		if def["type"] == "object" && def["properties"] != nil {
			assert.Equal(t, false, def["additionalProperties"], "%s must reject unknown fields", name)
		}
	}
	for _, name := range []string{"Duration", "Date", "Count", "Frequency", "Text", "LanguageTag", "URL"} {
		def := defs[name].(map[string]any)
		assert.Equal(t, map[bool]string{true: "object", false: "string"}[name == "Text"], def["type"], name)
	}
	assert.Equal(t, "string", defs["Duration"].(map[string]any)["type"], "a Duration is a string, not time.Duration's integer")
	assert.NotNil(t, defs["Text"].(map[string]any)["propertyNames"], "the language keys of a Text have a schema")
	// Every $ref resolves.
	var refs []string
	collectRefs(m, &refs)
	for _, r := range refs {
		name, ok := strings.CutPrefix(r, "#/$defs/")
		require.True(t, ok, r)
		assert.Contains(t, defs, name)
	}
}

func collectRefs(v any, out *[]string) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if k == "$ref" {
				*out = append(*out, e.(string))
			}
			collectRefs(e, out)
		}
	case []any:
		for _, e := range x {
			collectRefs(e, out)
		}
	}
}
