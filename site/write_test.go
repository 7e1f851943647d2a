package site

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWriteFailureKeepsOldSite makes the fifth file of a rebuild fail to
// write: the old site stays whole, its manifest included, and no
// temporary directory is left beside it.
func TestWriteFailureKeepsOldSite(t *testing.T) {
	ctx, vs := seculioVersions(t)
	parent := t.TempDir()
	dir := filepath.Join(parent, "site")
	first, err := Build(ctx, dir, vs[:2], nil)
	require.NoError(t, err)
	before := snapshot(t, dir)

	n := 0
	writeFile = func(name string, data []byte, perm fs.FileMode) error {
		if n++; n == 5 {
			return errors.New("disk full")
		}
		return os.WriteFile(name, data, perm)
	}
	t.Cleanup(func() { writeFile = defaultWriteFile })
	_, err = Build(ctx, dir, vs, nil)
	require.ErrorContains(t, err, "disk full")
	assert.Equal(t, before, snapshot(t, dir), "the old site is untouched")
	entries, err := os.ReadDir(parent)
	require.NoError(t, err)
	require.Len(t, entries, 1, "nothing left beside the site")

	writeFile = defaultWriteFile
	res, err := Build(ctx, dir, vs, nil)
	require.NoError(t, err, "the next run accepts the old site")
	assert.Greater(t, len(res.Files), len(first.Files))
	entries, err = os.ReadDir(parent)
	require.NoError(t, err)
	assert.Len(t, entries, 1, "nothing left beside the site")
}

// TestOutNotALink checks that the site is never written through a
// symbolic link, such as one committed in the repository where --out
// points.
func TestOutNotALink(t *testing.T) {
	ctx, vs := seculioVersions(t)
	elsewhere := t.TempDir()
	work := t.TempDir()
	require.NoError(t, os.Symlink(elsewhere, filepath.Join(work, "site")))
	require.NoError(t, os.Mkdir(filepath.Join(work, "real"), 0o755))
	require.NoError(t, os.Symlink(elsewhere, filepath.Join(work, "real", "docs")))
	t.Chdir(work)
	for _, out := range []string{"site", filepath.Join(work, "site"), filepath.Join("real", "docs", "site")} {
		_, err := Build(ctx, out, vs, nil)
		assert.ErrorContains(t, err, "symbolic link", out)
	}
	entries, err := os.ReadDir(elsewhere)
	require.NoError(t, err)
	assert.Empty(t, entries, "nothing written through the link")

	// The working directory would be swapped away from under the user.
	require.NoError(t, os.Chdir(filepath.Join(work, "real")))
	require.NoError(t, os.Remove("docs"))
	_, err = Build(ctx, ".", vs, &Options{Force: true})
	assert.ErrorContains(t, err, "working directory")
}

// snapshot maps each file of dir to its content.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		require.NoError(t, err)
		out[e.Name()] = string(data)
	}
	return out
}

// seculioVersions reads the versions of seculioHistory from a repository.
func seculioVersions(t *testing.T) (context.Context, []Version) {
	t.Helper()
	ctx := context.Background()
	vs, _, err := ReadGit(ctx, gitRepo(t, seculioHistory(t)...), "")
	require.NoError(t, err)
	return ctx, vs
}
