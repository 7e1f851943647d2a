package whitepaper_test

import (
	"testing"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTabIndentationMessage(t *testing.T) {
	for _, tc := range []struct {
		src       string
		line, col int
	}{
		{"openwhitepaper: \"1\"\ntitle:\n\tja: x\n", 3, 1},
		{"openwhitepaper: \"1\"\nlanguages: [ja]\n  \ttitle: x\n", 3, 3},
	} {
		_, err := whitepaper.Parse([]byte(tc.src), whitepaper.WithFilename("tab.yaml"))
		var diags whitepaper.Diagnostics
		require.ErrorAs(t, err, &diags, tc.src)
		require.Len(t, diags, 1)
		assert.Equal(t, tc.line, diags[0].Pos.Line, tc.src)
		assert.Equal(t, tc.col, diags[0].Pos.Column, tc.src)
		assert.Contains(t, diags[0].Message, "a tab character; YAML indents with spaces only", tc.src)
	}
}
