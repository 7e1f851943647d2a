package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var exampleFiles = []string{"../../examples/classi.yaml", "../../examples/loilo.yaml", "../../examples/nulab.yaml", "../../examples/seculio.yaml"}

func TestCompare(t *testing.T) {
	// Markdown by default, in the first document's language.
	code, out, errOut := runCLI(append([]string{"compare"}, exampleFiles...)...)
	require.Equal(t, 0, code, errOut)
	assert.True(t, strings.HasPrefix(out, "# セキュリティホワイトペーパーの比較\n"), out[:min(80, len(out))])

	// The format follows -o's extension; --lang words it.
	dir := t.TempDir()
	for ext, prefix := range map[string]string{".html": "<!DOCTYPE html>", ".csv": "\ufeffSection,Fact,", ".json": "{\n", ".md": "# Security whitepapers compared"} {
		dest := filepath.Join(dir, "cmp"+ext)
		code, out, errOut := runCLI("compare", "--lang", "en", "-o", dest, exampleFiles[0], exampleFiles[3])
		require.Equal(t, 0, code, errOut)
		assert.Empty(t, out)
		b, err := os.ReadFile(dest)
		require.NoError(t, err)
		assert.True(t, strings.HasPrefix(string(b), prefix), "%s: %q", ext, b[:min(40, len(b))])
	}
	code, out, _ = runCLI("compare", "--format", "json", exampleFiles[1], exampleFiles[2])
	require.Equal(t, 0, code)
	var table struct {
		Lang    string
		Vendors []struct{ Column string }
	}
	require.NoError(t, json.Unmarshal([]byte(out), &table))
	assert.Equal(t, "ja", table.Lang, "LoiLo's default language")
	assert.Len(t, table.Vendors, 2)

	// Standard input is one of the documents.
	src, err := os.ReadFile(exampleFiles[0])
	require.NoError(t, err)
	code, out, errOut = runWithStdin(string(src), "compare", "--lang", "en", "-", exampleFiles[3])
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "Classi")
}

func TestCompareErrors(t *testing.T) {
	code, _, errOut := runCLI("compare", exampleFiles[0])
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "want at least two files")

	code, _, errOut = runCLI("compare", "--format", "pdf", exampleFiles[0], exampleFiles[1])
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, `unknown format "pdf"`)

	code, _, errOut = runCLI("compare", "--lang", "xx", exampleFiles[0], exampleFiles[1])
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "--lang")

	code, _, errOut = runWithStdin(valid, "compare", "-", "-")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "standard input")

	// Every document is checked; errors name file:line:col.
	bad := write(t, "bad.yaml", valid+"dataLocation: {countries: [JP, JP]}\n")
	typo := write(t, "typo.yaml", valid+"bakup: 1\n")
	code, out, errOut := runCLI("compare", bad, typo, exampleFiles[0])
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Regexp(t, `bad\.yaml:\d+:\d+: error`, errOut)
	assert.Regexp(t, `typo\.yaml:\d+:\d+: error: unknown field`, errOut)

	// -o never overwrites an input, also through another path.
	a := write(t, "a.yaml", valid)
	before, err := os.ReadFile(a)
	require.NoError(t, err)
	code, _, errOut = runCLI("compare", "-o", filepath.Join(filepath.Dir(a), ".", "a.yaml"), a, exampleFiles[0])
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "would overwrite the input")
	after, err := os.ReadFile(a)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(before, after))
}
