package schema

import (
	"bytes"
	"flag"
	"os"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
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

// TestIDNamesTheNewestRelease checks that $id is the raw URL of the schema
// at the newest release tag in CHANGELOG.md, so that it serves the file
// once that release is published.
func TestIDNamesTheNewestRelease(t *testing.T) {
	data, err := os.ReadFile("../CHANGELOG.md")
	require.NoError(t, err)
	m := regexp.MustCompile(`(?m)^## (v\d+\.\d+\.\d+)\b`).FindStringSubmatch(string(data))
	require.NotNil(t, m, "CHANGELOG.md names a release")
	assert.Equal(t, "https://raw.githubusercontent.com/openwhitepaper/whitepaper/"+m[1]+"/schema/whitepaper.schema.json", ID)
}
