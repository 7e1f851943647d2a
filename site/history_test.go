package site

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/stretchr/testify/require"
)

// seculioHistory returns four commits of Seculio's whitepaper, oldest
// first: 2.25 with the Privacy Mark, a wording fix of 2.25, 2.26 without
// the Privacy Mark, and 2.27 with the Osaka region, the subprocessor
// Auth0 and a notice commitment for subprocessor changes.
func seculioHistory(t testing.TB) []string {
	t.Helper()
	src, err := examples.Bytes("seculio")
	require.NoError(t, err)
	cut := func(s, old, new string) string {
		t.Helper()
		require.Contains(t, s, old)
		return strings.Replace(s, old, new, 1)
	}
	v227 := cut(string(src), "  title:\n    ja: 外部クラウドサービスの利用\n",
		"  changeNotice:\n    lead: at least 30 days\n    objection: true\n    channels:\n      - kind: email\n  title:\n    ja: 外部クラウドサービスの利用\n")
	v226 := cut(v227, "    - provider: aws\n      code: ap-northeast-3\n      name:\n        ja: 大阪リージョン\n      country: JP\n", "")
	v226 = cut(v226, "ならびに大阪リージョン", "")
	auth0 := v226[strings.Index(v226, "    - name: Auth0\n"):strings.Index(v226, "  changeNotice:\n")]
	v226 = cut(v226, auth0, "")
	v226 = cut(v226, "  changeNotice:\n    lead: at least 30 days\n    objection: true\n    channels:\n      - kind: email\n", "")
	v226 = cut(v226, "version: \"2.27\"\ndate: \"2024-11-22\"\n", "version: \"2.26\"\ndate: \"2024-07-16\"\n")
	v226 = v226[:strings.Index(v226, "  - version: \"2.27\"\n")] + v226[strings.Index(v226, "responsibilities:\n"):]
	v225 := cut(v226, "  title:\n    ja: 認証\n",
		"    - standard: privacy-mark\n      holder: lrm\n      name:\n        ja: プライバシーマーク\n  title:\n    ja: 認証\n")
	v225 = cut(v225, "version: \"2.26\"\ndate: \"2024-07-16\"\n", "version: \"2.25\"\ndate: \"2024-02-21\"\n")
	v225 = v225[:strings.Index(v225, "  - version: \"2.26\"\n")] + v225[strings.Index(v225, "responsibilities:\n"):]
	v225fix := cut(v225, "お客様がセキュリオ登録したデータは", "お客様がセキュリオに登録したデータは")
	return []string{v225, v225fix, v226, v227}
}

// gitRepo makes a git repository in a temporary directory with one
// commit per content of seculio.yaml, dated a day apart, and returns the
// file's path. It skips the test when git is missing.
func gitRepo(t testing.TB, contents ...string) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed (Debian: apt-get install git)")
	}
	dir := t.TempDir()
	run := func(env []string, args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_SYSTEM=/dev/null",
			"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
		cmd.Env = append(cmd.Env, env...)
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "git %v: %s", args, out)
	}
	run(nil, "init", "-q", "-b", "main")
	file := filepath.Join(dir, "seculio.yaml")
	for i, c := range contents {
		require.NoError(t, os.WriteFile(file, []byte(c), 0o644))
		date := "GIT_COMMITTER_DATE=2025-01-0" + string(rune('1'+i)) + "T10:00:00Z"
		run([]string{date, strings.Replace(date, "COMMITTER", "AUTHOR", 1)}, "add", "seculio.yaml")
		run([]string{date, strings.Replace(date, "COMMITTER", "AUTHOR", 1)}, "commit", "-q", "-m", "version "+string(rune('1'+i)))
	}
	return file
}
