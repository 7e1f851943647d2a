package site

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden keeps the pages and feeds of Seculio's history (see
// seculioHistory) that are the site's own, not the renderer's, as golden
// files: read them when they change.
func TestGolden(t *testing.T) {
	file := gitRepo(t, seculioHistory(t)...)
	out, _ := buildGit(t, file, nil)
	for _, name := range []string{"changelog.html", "changelog.en.html", "subprocessors.html", "subprocessors.en.html",
		"versions.atom", "subprocessors.atom", "subprocessors.json"} {
		got := read(t, out, name)
		golden := filepath.Join("testdata", "seculio."+name)
		if *update {
			require.NoError(t, os.MkdirAll("testdata", 0o755))
			require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
			continue
		}
		want, err := os.ReadFile(golden)
		require.NoError(t, err, "run: go test ./site -update")
		assert.Equal(t, string(want), got, "run go test ./site -update and read the diff")
	}
}
