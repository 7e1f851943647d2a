package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSite(t *testing.T) {
	_, file := gitRepo(t)
	out := filepath.Join(t.TempDir(), "trust")
	code, stdout, stderr := runCLI("site", "--out", out, "--pdf=false", "--lang", "ja,en", file)
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, file+": wrote "+out+" (versions: 1, files: 12)\n", stdout)
	for _, name := range []string{"index.html", "index.en.html", "changelog.html", "subprocessors.en.html", "versions.atom", "whitepaper.yaml", ".whitepaper-site"} {
		assert.FileExists(t, filepath.Join(out, name))
	}
	// The site is built from the history: the change in the work tree is not in it.
	yaml, err := os.ReadFile(filepath.Join(out, "whitepaper.yaml"))
	require.NoError(t, err)
	assert.Contains(t, string(yaml), "generations: 7 generations")

	// Again into its own directory: no force needed.
	code, _, stderr = runCLI("site", "--out", out, "--pdf=false", file)
	require.Equal(t, 0, code, stderr)
	assert.NoFileExists(t, filepath.Join(out, "index.en.html"), "the English pages of the earlier run are removed")

	other := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(other, "README"), []byte("x"), 0o644))
	code, _, stderr = runCLI("site", "--out", other, "--pdf=false", file)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "not empty and was not made by whitepaper site")
	assert.NoFileExists(t, filepath.Join(other, "index.html"))
	code, _, stderr = runCLI("site", "--out", other, "--pdf=false", "--force", file)
	require.Equal(t, 0, code, stderr)
	assert.FileExists(t, filepath.Join(other, "index.html"))
	assert.FileExists(t, filepath.Join(other, "README"))

	for _, args := range [][]string{
		{"site"},
		{"site", "--since", "--output=x", file},
		{"site", "--lang", "xx-invalid-", file},
		{"site", "--out", filepath.Dir(file), file},
		{"site", "-"},
	} {
		code, _, stderr := runCLI(args...)
		assert.Equal(t, 2, code, "%v: %s", args, stderr)
	}
	code, _, stderr = runCLI("site", "--out", filepath.Join(t.TempDir(), "s"), "--since", "HEAD", file)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "no commit after HEAD changed the file")

	// The loader's limits apply to every version read from git.
	code, _, stderr = runCLI("site", "--out", filepath.Join(t.TempDir(), "s"), "--pdf=false", "--max-bytes", "1KiB", file)
	assert.Equal(t, 2, code, stderr)
	assert.Contains(t, stderr, "limit of 1024 bytes")
}
