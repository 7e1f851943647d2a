package schema

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEditorSupport drives yaml-language-server over LSP with the
// published schema (testdata/lsp/check.mjs): completion inside backup:
// offers its fields, completion of a frequency offers its forms, a
// vocabulary's values come with their descriptions, hover shows text for
// authors, and a value of the wrong form gets a short message. It then
// runs the same checks on a schema without those helps and requires each
// of them to fail, so that the checks cannot pass vacuously.
//
// It needs node and testdata/lsp/node_modules (.ci/run installs them:
// npm ci --prefix schema/testdata/lsp).
func TestEditorSupport(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("testdata", "lsp"))
	require.NoError(t, err)
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node is not installed: the yaml-language-server checks need it (Debian: apt-get install nodejs npm)")
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "yaml-language-server")); err != nil {
		t.Skip("yaml-language-server is not installed: npm ci --prefix schema/testdata/lsp")
	}
	script := filepath.Join(dir, "check.mjs")
	published, err := filepath.Abs("whitepaper.schema.json")
	require.NoError(t, err)

	out, err := exec.Command("node", script, published).CombinedOutput()
	t.Logf("yaml-language-server with the published schema:\n%s", out)
	require.NoError(t, err, "an editor check failed with the published schema")

	// Without the editor keywords, and with the Go doc comment back on
	// restoreOnRequest, the same checks fail.
	var m map[string]any
	require.NoError(t, json.Unmarshal(JSON(), &m))
	stripEditorHelp(m)
	restore := m["$defs"].(map[string]any)["Backup"].(map[string]any)["properties"].(map[string]any)["restoreOnRequest"].(map[string]any)
	restore["description"] = "RestoreOnRequest is whether the vendor restores backups when a customer asks."
	bare := filepath.Join(t.TempDir(), "bare.schema.json")
	data, err := json.Marshal(m)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(bare, data, 0o644))
	out, err = exec.Command("node", script, bare).CombinedOutput()
	require.Error(t, err, "the checks pass without the editor keywords:\n%s", out)
	for _, want := range []string{
		"FAIL the field's documentation is not Go doc",
		`FAIL completion of frequency: offers "daily"`,
		"FAIL each vocabulary value has its own description",
		"FAIL hover on restoreOnRequest shows its label",
		"FAIL hover on restoreOnRequest is written for authors",
		"FAIL a bad frequency gets a short message",
	} {
		assert.Contains(t, string(out), want, "without the editor keywords")
	}
	assert.NotContains(t, string(out), "FAIL completion in backup:", "fields are offered from the schema's structure alone")
}

// stripEditorHelp removes what the schema adds for editors: titles,
// examples, value descriptions and pattern messages.
func stripEditorHelp(v any) {
	switch x := v.(type) {
	case map[string]any:
		for _, k := range []string{"examples", "enumDescriptions", "patternErrorMessage"} {
			delete(x, k)
		}
		if t, ok := x["title"].(string); ok && !strings.HasPrefix(t, "openwhitepaper") {
			delete(x, "title")
		}
		for k, e := range x {
			if k != "properties" {
				stripEditorHelp(e)
				continue
			}
			for _, p := range e.(map[string]any) {
				stripEditorHelp(p)
			}
		}
	case []any:
		for _, e := range x {
			stripEditorHelp(e)
		}
	}
}
