package site

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// commit adds a commit of content to the repository of file, with the
// committer date given (as GIT_COMMITTER_DATE takes it).
func commit(t *testing.T, file, content, date string) {
	t.Helper()
	require.NoError(t, os.WriteFile(file, []byte(content), 0o644))
	for _, args := range [][]string{{"add", filepath.Base(file)}, {"commit", "-q", "-m", "x"}} {
		cmd := exec.Command("git", append([]string{"-C", filepath.Dir(file)}, args...)...)
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_SYSTEM=/dev/null",
			"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com",
			"GIT_COMMITTER_DATE="+date)
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "git %v: %s", args, out)
	}
}

// TestUnusableCommitsSkipped checks that a commit the site cannot use is
// left out with its reason instead of ending the build: a committer date
// in the year 10000, a file over the size limit (read no further than
// the limit), and a version too long for a file name, which is cut.
func TestUnusableCommitsSkipped(t *testing.T) {
	h := seculioHistory(t)
	file := gitRepo(t, h[0], h[2])
	commit(t, file, h[3], "@253402300800 +0000") // 10000-01-01
	long := strings.ReplaceAll(h[3], `"2.27"`, `"`+strings.Repeat("9", 302)+`"`)
	require.NotEqual(t, h[3], long)
	commit(t, file, long, "2025-02-01T10:00:00Z")
	big := h[3] + "# " + strings.Repeat("x", 2<<20) + "\n"
	commit(t, file, big, "2025-02-02T10:00:00Z")
	commit(t, file, long, "2025-02-03T10:00:00Z")

	ctx := context.Background()
	vs, missing, err := ReadGit(ctx, file, "", whitepaper.WithMaxBytes(1<<20))
	require.NoError(t, err)
	require.Len(t, missing.Skipped, 2, "%+v", missing.Skipped)
	reasons := missing.Skipped[0].Reason + "\n" + missing.Skipped[1].Reason
	assert.Contains(t, reasons, "committer date")
	assert.Contains(t, reasons, "larger than the limit of 1048576 bytes")
	res, err := Build(ctx, filepath.Join(t.TempDir(), "site"), vs, &Options{Languages: jaEn, Missing: missing})
	require.NoError(t, err)
	for _, name := range res.Files {
		assert.LessOrEqual(t, len(name), maxSlug+20, name)
	}
}

// TestLanguagesLimited checks that a document declaring more languages
// than the limit makes no site: each language's pages link to every other.
func TestLanguagesLimited(t *testing.T) {
	langs := "ja, en"
	for i := range 20 {
		langs += ", q" + string(rune('a'+i)) + "a"
	}
	doc, err := whitepaper.Parse([]byte("openwhitepaper: \"1\"\nlanguages: [" + langs + "]\ndefaultLanguage: ja\ntitle: {ja: T}\n" +
		"version: \"1\"\nvendor: {id: a, name: {ja: A}}\nservices: [{id: s, name: {ja: S}}]\n"))
	require.NoError(t, err)
	_, err = Build(context.Background(), filepath.Join(t.TempDir(), "site"), []Version{{Commit: "c", Doc: doc}}, nil)
	assert.ErrorContains(t, err, "pages in 22 languages, more than the limit of 20 (--max-languages")
	_, err = Build(context.Background(), filepath.Join(t.TempDir(), "site"), []Version{{Commit: "c", Doc: doc}},
		&Options{Languages: doc.Languages[:2]})
	assert.NoError(t, err, "the languages asked for count, not those declared")
}
