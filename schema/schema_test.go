package schema

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite whitepaper.schema.json")

// TestPublishedSchemaIsCurrent regenerates the schema, with the doc
// comments, and compares it with the committed, embedded file.
func TestPublishedSchemaIsCurrent(t *testing.T) {
	got, err := generate("../whitepaper")
	require.NoError(t, err)
	if *update {
		require.NoError(t, os.WriteFile("whitepaper.schema.json", got, 0o644))
		return
	}
	if !bytes.Equal(got, published) {
		t.Fatal("whitepaper.schema.json is out of date; run: go test ./schema -update, and read the diff")
	}
	again, err := generate("../whitepaper")
	require.NoError(t, err)
	require.Equal(t, string(got), string(again), "generation is deterministic")
}
