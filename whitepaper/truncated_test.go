package whitepaper

import (
	"bytes"
	"errors"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTruncatedJSON checks that JSON cut off anywhere is reported as cut
// off, not as an empty document.
func TestTruncatedJSON(t *testing.T) {
	src, err := os.ReadFile("../examples/seculio.yaml")
	require.NoError(t, err)
	doc, err := Parse(src)
	require.NoError(t, err)
	var full bytes.Buffer
	require.NoError(t, doc.EncodeJSON(&full))
	// A cut inside a character of several bytes (the first Japanese one)
	// is a cut too, not text that is not UTF-8.
	inRune := bytes.IndexFunc(full.Bytes(), func(r rune) bool { return r > 0x7f }) + 1
	for _, n := range []int{1, 2, 20, 2000, inRune, full.Len() / 2, full.Len() - 2} {
		_, err := Parse(full.Bytes()[:n], WithFormat(FormatJSON), WithFilename("cut.json"))
		var ds Diagnostics
		require.True(t, errors.As(err, &ds), "cut at %d: %v", n, err)
		assert.Contains(t, ds.Error(), "the document is cut off (truncated)", "cut at %d", n)
	}
	for _, empty := range []string{"", "  \n", "\ufeff"} {
		_, err := Parse([]byte(empty), WithFormat(FormatJSON), WithFilename("empty.json"))
		assert.ErrorContains(t, err, "document is empty")
	}
}
