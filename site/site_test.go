package site

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var jaEn = []language.Tag{language.Japanese, language.English}

// buildGit builds the site of the file's history into a new directory.
func buildGit(t *testing.T, file string, opts *Options) (string, *Result) {
	t.Helper()
	vs, missing, err := ReadGit(context.Background(), file, "")
	require.NoError(t, err)
	if opts == nil {
		opts = &Options{Languages: jaEn}
	}
	opts.Missing = missing
	out := filepath.Join(t.TempDir(), "site")
	res, err := Build(context.Background(), out, vs, opts)
	require.NoError(t, err)
	return out, res
}

func read(t *testing.T, dir, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, name))
	require.NoError(t, err)
	return string(data)
}

func TestSeculioHistory(t *testing.T) {
	file := gitRepo(t, seculioHistory(t)...)
	out, res := buildGit(t, file, nil)

	require.Len(t, res.Versions, 3, "one version per document version")
	assert.Equal(t, []string{"2.25", "2.26", "2.27"}, []string{res.Versions[0].Doc.Version, res.Versions[1].Doc.Version, res.Versions[2].Doc.Version})
	assert.Contains(t, string(res.Versions[0].Source), "セキュリオに登録した", "the latest commit of 2.25 is kept")
	assert.Equal(t, []string{"changelog.en.html", "changelog.html", "changes.json", "index.en.html", "index.html",
		"subprocessors.atom", "subprocessors.en.html", "subprocessors.html", "subprocessors.json",
		"version-2.25.en.html", "version-2.25.html", "version-2.25.yaml", "version-2.26.en.html", "version-2.26.html", "version-2.26.yaml",
		"versions.atom", "whitepaper.json", "whitepaper.yaml"}, res.Files)
	manifest := read(t, out, ManifestName)
	assert.Equal(t, len(res.Files)+1, strings.Count(manifest, "\n"))

	index := read(t, out, "index.html")
	assert.Contains(t, index, `<nav class="site">`)
	assert.Contains(t, index, `<a href="changelog.html">変更履歴</a>`)
	assert.Contains(t, index, `<a href="index.en.html" hreflang="en" lang="en">English</a>`)
	assert.Contains(t, index, `<li>PDF なし（作成しない設定）</li>`)
	assert.Contains(t, index, `大阪リージョン`)
	assert.Contains(t, index, `id="summary"`, "the key facts")
	assert.Contains(t, read(t, out, "index.en.html"), `<a href="index.html" hreflang="ja" lang="ja">日本語</a>`)
	old := read(t, out, "version-2.26.html")
	assert.Contains(t, old, `<strong aria-current="page">旧版: 版 2.26、日付 2024年7月16日</strong>`)
	assert.Contains(t, old, `<a href="version-2.26.yaml">YAML</a>`)
	assert.NotContains(t, old, `href="whitepaper.json"`, "the JSON is the current version's")
	assert.NotContains(t, old, `<li>PDF`, "the PDF is the current version's")
	assert.Equal(t, 1, strings.Count(old, "大阪リージョン"), "only in the revision history of 2.15")
	assert.Equal(t, seculioHistory(t)[1], read(t, out, "version-2.25.yaml"))

	// The changelog: newest first, the vendor's entries, the classified changes.
	cl := read(t, out, "changelog.html")
	i27, i26, i25 := strings.Index(cl, `id="v-2.27"`), strings.Index(cl, `id="v-2.26"`), strings.Index(cl, `id="v-2.25"`)
	require.True(t, 0 < i27 && i27 < i26 && i26 < i25, "newest first")
	v26 := cl[i26:i25]
	assert.Contains(t, v26, "<li>18 認証 において、プライバシーマークの項目を削除。</li>")
	assert.Contains(t, v26, "改訂内容（文書の記載）")
	assert.Regexp(t, `<span class="impact weakened">弱化</span> <span><span class="section">[^<]*:</span> [^<]*プライバシーマーク`, v26)
	v27 := cl[i27:i26]
	assert.Contains(t, v27, "Auth0")
	assert.Contains(t, v27, "大阪リージョン")
	assert.Contains(t, cl[i25:], "履歴の最初の版です。")
	// Most severe first within a version.
	assert.Less(t, strings.Index(v27, "impact weakened"), strings.Index(v27, "impact changed")+len(v27)*boolInt(!strings.Contains(v27, "impact changed")))
	en := read(t, out, "changelog.en.html")
	assert.Contains(t, en, `<span class="impact weakened">Weakened</span>`)
	assert.Contains(t, en, "Revision entry (as the document states it)")

	// The subprocessors: today's list, the notice, the history.
	sp := read(t, out, "subprocessors.html")
	assert.Contains(t, sp, `<th scope="row" data-label="クラウドサービス">Auth0</th>`)
	assert.Contains(t, sp, "<dt>事前通知の時期</dt><dd>30日以上</dd>")
	assert.Regexp(t, `<td[^>]*>2024年11月22日</td><td[^>]*><a href="changelog.html#v-2.27">2.27</a></td><td[^>]*><span class="impact added">追加</span></td><th scope="row"[^>]*>Auth0</th>`, sp)
	assert.Equal(t, 1, strings.Count(sp, `<span class="impact added">`), "only Auth0 was added")
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
