package whitepaper

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestReadmeDocumentValidates keeps the README's "document format at a
// glance" valid: the first YAML block of README.md must load and validate
// without errors (warnings for missing translations are allowed).
func TestReadmeDocumentValidates(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	_, block, ok := strings.Cut(string(readme), "```yaml\n")
	require.True(t, ok, "README.md has no YAML block")
	block, _, _ = strings.Cut(block, "```")
	doc, err := Parse([]byte(block), WithFilename("README.md"))
	require.NoError(t, err)
	require.False(t, doc.Validate().HasErrors(), "%v", doc.Validate())
}
