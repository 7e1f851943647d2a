package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gitRepo makes a git repository in a temporary directory with one commit
// of examples/seculio.yaml as doc/seculio.yaml, then changes the file in
// the work tree (3 backup generations instead of 7).
func gitRepo(t *testing.T) (dir, file string) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed (Debian: apt-get install git)")
	}
	dir = t.TempDir()
	gitIn := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_SYSTEM=/dev/null")
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, string(out))
	}
	src, err := os.ReadFile("../../examples/seculio.yaml")
	require.NoError(t, err)
	require.NoError(t, os.Mkdir(filepath.Join(dir, "doc"), 0o755))
	file = filepath.Join(dir, "doc", "seculio.yaml")
	require.NoError(t, os.WriteFile(file, src, 0o644))
	gitIn("init", "-q", "-b", "main")
	gitIn("add", ".")
	gitIn("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "2.27")
	newer := strings.Replace(string(src), "generations: 7 generations", "generations: 3 generations", 1)
	require.NoError(t, os.WriteFile(file, []byte(newer), 0o644))
	return dir, file
}

func TestDiffFromGit(t *testing.T) {
	dir, file := gitRepo(t)
	const want = "バックアップ「データベース」の保管世代数が7世代から3世代に減りました"

	code, out, errOut := runCLI("diff", "--base", "main", file, "--lang", "ja")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, want)

	t.Chdir(dir)
	code, out, errOut = runCLI("diff", "HEAD:doc/seculio.yaml", "doc/seculio.yaml", "--lang", "ja")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, want)
	code, _, _ = runCLI("diff", "HEAD:doc/seculio.yaml", "doc/seculio.yaml", "--fail-on", "weakened")
	assert.Equal(t, 1, code)

	code, _, errOut = runCLI("diff", "nope:doc/seculio.yaml", "doc/seculio.yaml")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "git show nope:doc/seculio.yaml")
	code, _, errOut = runCLI("diff", "HEAD:doc/missing.yaml", "doc/seculio.yaml")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "missing.yaml")
	// A revision that git would take for an option (git show --output=FILE
	// writes a file) is refused before git runs.
	code, _, errOut = runCLI("diff", "--", "--output=pwned:doc/seculio.yaml", "doc/seculio.yaml")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "may not start with")
	code, _, errOut = runCLI("diff", "--base", "--output=pwned", "doc/seculio.yaml")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "may not start with")
	matches, _ := filepath.Glob(filepath.Join(dir, "pwned*"))
	assert.Empty(t, matches, "git wrote no file")
}

func TestDiffFromGitOutsideARepository(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed (Debian: apt-get install git)")
	}
	dir := t.TempDir()
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(dir))
	file := filepath.Join(dir, "seculio.yaml")
	src, err := os.ReadFile("../../examples/seculio.yaml")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(file, src, 0o644))
	code, _, errOut := runCLI("diff", "--base", "main", file)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "is not in a git repository")
	code, _, errOut = runCLI("diff", "--base", "main", file, file)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "with --base, want one FILE")
}
