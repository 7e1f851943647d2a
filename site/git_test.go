package site

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseLog(t *testing.T) {
	a, b := strings.Repeat("a", 40), strings.Repeat("b", 40)
	vs, _, err := parseLog([]byte(b + " 2025-01-02T10:00:00+09:00\n" + a + " 2025-01-01T10:00:00Z\n"))
	require.NoError(t, err)
	require.Len(t, vs, 2)
	assert.Equal(t, a, vs[0].Commit, "oldest first")
	assert.Equal(t, "2025-01-02T01:00:00Z", vs[1].Date.UTC().Format("2006-01-02T15:04:05Z"))
	for _, bad := range []string{"--output=x 2025-01-01T10:00:00Z", a} {
		_, _, err := parseLog([]byte(bad + "\n"))
		assert.Error(t, err, bad)
	}
	// A commit whose date cannot be read is skipped, not fatal.
	for _, date := range []string{"yesterday", "10000-01-01T00:00:00+00:00"} {
		vs, skipped, err := parseLog([]byte(b + " " + date + "\n" + a + " 2025-01-01T10:00:00Z\n"))
		require.NoError(t, err, date)
		assert.Len(t, vs, 1, date)
		require.Len(t, skipped, 1, date)
		assert.Equal(t, b, skipped[0].Commit)
		assert.Contains(t, skipped[0].Reason, "committer date")
	}
	vs, _, err = parseLog(nil)
	require.NoError(t, err)
	assert.Empty(t, vs)
}

func TestReadGitSkipsAndSince(t *testing.T) {
	h := seculioHistory(t)
	file := gitRepo(t, h[0], "openwhitepaper: \"1\"\nbroken: [\n", h[2], h[3])
	ctx := context.Background()
	vs, missing, err := ReadGit(ctx, file, "")
	require.NoError(t, err)
	require.Len(t, vs, 3)
	assert.False(t, missing.Shallow)
	require.Len(t, missing.Skipped, 1)
	assert.Len(t, missing.Skipped[0].Commit, 40)
	assert.Contains(t, missing.Skipped[0].Reason, "seculio.yaml:")

	// The skipped commit is named on the changelog page.
	out := filepath.Join(t.TempDir(), "site")
	_, err = Build(ctx, out, vs, &Options{Missing: missing})
	require.NoError(t, err)
	cl := read(t, out, "changelog.html")
	assert.Contains(t, cl, "<h2>欠けている履歴</h2>")
	assert.Contains(t, cl, "コミット "+missing.Skipped[0].Commit[:12]+" を除きました: seculio.yaml:")

	// --since: only the commits after the revision.
	first := vs[0].Commit
	vs, _, err = ReadGit(ctx, file, first)
	require.NoError(t, err)
	assert.Len(t, vs, 2)
	_, _, err = ReadGit(ctx, file, "HEAD")
	assert.ErrorContains(t, err, "no commit after HEAD changed the file")
	_, _, err = ReadGit(ctx, file, "--output=/tmp/x")
	assert.ErrorContains(t, err, `may not start with "-"`)
	_, _, err = ReadGit(ctx, file, "no-such-rev")
	assert.ErrorContains(t, err, "no-such-rev")
	_, _, err = ReadGit(ctx, filepath.Join(filepath.Dir(file), "other.yaml"), "")
	assert.ErrorContains(t, err, "no commit has the file")
	_, _, err = ReadGit(ctx, filepath.Join(t.TempDir(), "x.yaml"), "")
	assert.ErrorContains(t, err, "is not in a git repository")
}

// TestShallowClone reads a clone of depth 2: the history is marked
// shallow, the page says so, and the site is built from what is there.
func TestShallowClone(t *testing.T) {
	file := gitRepo(t, seculioHistory(t)...)
	clone := filepath.Join(t.TempDir(), "clone")
	out, err := exec.Command("git", "clone", "-q", "--depth", "2", "file://"+filepath.Dir(file), clone).CombinedOutput()
	require.NoError(t, err, "%s", out)
	vs, missing, err := ReadGit(context.Background(), filepath.Join(clone, "seculio.yaml"), "")
	require.NoError(t, err)
	assert.True(t, missing.Shallow)
	require.Len(t, vs, 2)
	dir := filepath.Join(t.TempDir(), "site")
	res, err := Build(context.Background(), dir, vs, &Options{Missing: missing})
	require.NoError(t, err)
	assert.Len(t, res.Versions, 2)
	assert.Contains(t, read(t, dir, "changelog.html"), "履歴は浅いクローン（shallow clone）です。版 2.26、日付 2024年7月16日 より前の版が欠けている可能性があります")
	_, err = os.Stat(filepath.Join(dir, "version-2.26.html"))
	assert.NoError(t, err)
}

// TestPartialClone reads a blobless clone whose remote is gone: the old
// versions' files cannot be fetched, so those commits are named as left
// out, and the site is built from the version checked out.
func TestPartialClone(t *testing.T) {
	file := gitRepo(t, seculioHistory(t)...)
	src := filepath.Dir(file)
	out, err := exec.Command("git", "-C", src, "config", "uploadpack.allowFilter", "true").CombinedOutput()
	require.NoError(t, err, "%s", out)
	clone := filepath.Join(t.TempDir(), "clone")
	out, err = exec.Command("git", "clone", "-q", "--filter=blob:none", "file://"+src, clone).CombinedOutput()
	require.NoError(t, err, "%s", out)
	out, err = exec.Command("git", "-C", clone, "remote", "set-url", "origin", filepath.Join(t.TempDir(), "gone")).CombinedOutput()
	require.NoError(t, err, "%s", out)

	vs, missing, err := ReadGit(context.Background(), filepath.Join(clone, "seculio.yaml"), "")
	require.NoError(t, err)
	require.Len(t, vs, 1)
	assert.Equal(t, "2.27", vs[0].Doc.Version)
	require.Len(t, missing.Skipped, 3)
	assert.Contains(t, missing.Skipped[0].Reason, `the repository is a partial clone and the file could not be fetched from its remote "origin": git show: `)
	dir := filepath.Join(t.TempDir(), "site")
	_, err = Build(context.Background(), dir, vs, &Options{Missing: missing})
	require.NoError(t, err)
	assert.Contains(t, read(t, dir, "changelog.html"), "を除きました: the repository is a partial clone")
}
