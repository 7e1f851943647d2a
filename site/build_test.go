package site

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func seculio(t testing.TB) *whitepaper.Document {
	t.Helper()
	doc, err := examples.Load("seculio")
	require.NoError(t, err)
	return doc
}

// withoutSubprocessor is the document without the subprocessor named.
func withoutSubprocessor(doc *whitepaper.Document, name string) *whitepaper.Document {
	doc.Subprocessors.Services = slices.DeleteFunc(doc.Subprocessors.Services, func(s whitepaper.Subprocessor) bool { return s.Name == name })
	return doc
}

// TestUnversioned builds documents without version or revision history:
// versions are keyed by date, the entries drafted from the changes.
func TestUnversioned(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2025, 3, d, 9, 0, 0, 0, time.UTC) }
	strip := func(doc *whitepaper.Document, date whitepaper.Date) *whitepaper.Document {
		doc.Version, doc.Revisions, doc.Date = "", nil, date
		return doc
	}
	d1, d2 := whitepaper.DayOf(2025, 3, 1), whitepaper.DayOf(2025, 3, 5)
	vs := []Version{
		{Commit: strings.Repeat("1", 40), Date: day(1), Doc: strip(withoutSubprocessor(seculio(t), "Auth0"), d1)},
		{Commit: strings.Repeat("2", 40), Date: day(2), Doc: strip(withoutSubprocessor(seculio(t), "Auth0"), d1)},
		{Commit: strings.Repeat("3", 40), Date: day(5), Doc: strip(seculio(t), d2)},
		// No version and no date: keyed by commit, dated by it.
		{Commit: strings.Repeat("4", 40), Date: day(7), Doc: strip(withoutSubprocessor(seculio(t), "Zoho"), whitepaper.Date{})},
	}
	out := filepath.Join(t.TempDir(), "site")
	res, err := Build(context.Background(), out, vs, nil)
	require.NoError(t, err)
	require.Len(t, res.Versions, 3)
	assert.Equal(t, strings.Repeat("2", 40), res.Versions[0].Commit, "the latest commit of a date")
	assert.Contains(t, res.Files, "version-2025-03-01.html")
	assert.Contains(t, res.Files, "version-2025-03-05.html")
	cl := read(t, out, "changelog.html")
	assert.Contains(t, cl, "<h2><a href=\"index.html\">コミット 444444444444（2025年3月7日）</a></h2>")
	assert.Contains(t, cl, "改訂内容（文書に記載がないため、変更点から作成した案）")
	assert.Contains(t, cl, "<li>「20. 外部クラウドサービスの利用」に「Auth0」を追加。</li>")
	assert.Contains(t, cl, "<li>「20. 外部クラウドサービスの利用」から「Zoho」を削除。</li>")
	sp := read(t, out, "subprocessors.html")
	assert.Regexp(t, `2025年3月7日</td><td[^>]*><a href="changelog.html#v-444444444444">444444444444</a></td><td[^>]*><span class="impact removed">削除</span></td><th[^>]*>Zoho</th>`, sp)
	assert.Contains(t, sp, "この文書は、外部サービスの変更をお客様に通知することを記載していません。")
	assert.Contains(t, read(t, out, "subprocessors.atom"), "<updated>2025-03-07T00:00:00Z</updated>")
}

// TestEscaped puts markup in a subprocessor's name and function: every
// page and feed shows it as text.
func TestEscaped(t *testing.T) {
	evil := `<script>alert(1)</script><img src=x onerror=alert(2)>`
	next := seculio(t)
	next.Subprocessors.Services[0].Name = evil
	next.Subprocessors.Services[0].Function = whitepaper.Text{next.DefaultLanguage: evil}
	next.Version = "2.28"
	vs := []Version{{Doc: seculio(t)}, {Doc: next}}
	out := filepath.Join(t.TempDir(), "site")
	res, err := Build(context.Background(), out, vs, nil)
	require.NoError(t, err)
	for _, name := range res.Files {
		if strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".json") {
			continue
		}
		page := read(t, out, name)
		assert.NotContains(t, page, "<script", name)
		assert.NotContains(t, page, "<img", name)
	}
	assert.Contains(t, read(t, out, "subprocessors.html"), "&lt;script&gt;alert(1)&lt;/script&gt;")
	assert.Contains(t, read(t, out, "subprocessors.atom"), "&lt;script&gt;alert(1)&lt;/script&gt;")
}

func TestCollapse(t *testing.T) {
	_, err := Collapse(nil)
	assert.Error(t, err)
	_, err = Collapse([]Version{{Commit: "abc"}})
	assert.ErrorContains(t, err, "no document")
}
