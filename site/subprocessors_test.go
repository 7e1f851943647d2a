package site

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// buildDoc builds the site of one version of a document, from memory.
func buildDoc(t *testing.T, doc *whitepaper.Document, opts *Options) string {
	t.Helper()
	var src bytes.Buffer
	require.NoError(t, doc.EncodeYAML(&src))
	out := filepath.Join(t.TempDir(), "site")
	_, err := Build(context.Background(), out, []Version{{Doc: doc, Source: src.Bytes()}}, opts)
	require.NoError(t, err)
	return out
}

// TestSubprocessorPlaces: the subprocessor page names countries and areas
// in the page's language (never a raw key such as "[place.US]") and shows
// the data each subprocessor receives, an open list as open.
func TestSubprocessorPlaces(t *testing.T) {
	doc := seculio(t)
	doc.Subprocessors.Services = []whitepaper.Subprocessor{
		{Name: "Mailer", Countries: []whitepaper.Place{"US", "EU"}, Data: []whitepaper.DataCategory{whitepaper.DataEmailAddress, whitepaper.DataName, whitepaper.Etc}},
		{Name: "Support desk", Countries: []whitepaper.Place{"JP"}},
	}
	out := buildDoc(t, doc, &Options{Languages: jaEn})
	ja, en := read(t, out, "subprocessors.html"), read(t, out, "subprocessors.en.html")
	for _, page := range []string{ja, en} {
		assert.NotContains(t, page, "[place.")
	}
	assert.Contains(t, ja, "アメリカ合衆国、EU")
	assert.Contains(t, ja, "日本")
	assert.Contains(t, ja, "メールアドレス、個人名など")
	assert.Contains(t, en, "United States, EU")
	assert.Contains(t, en, ">Japan<")
	assert.Contains(t, en, "Email addresses, Names, etc.")
}

// TestNoPDFReason: a site built without PDFs says they were not asked
// for, not that a browser is missing (a missing browser is an error).
func TestNoPDFReason(t *testing.T) {
	out := buildDoc(t, seculio(t), &Options{Languages: jaEn})
	for name, want := range map[string]string{"index.html": "<li>PDF なし（作成しない設定）</li>", "index.en.html": "<li>No PDF (not requested)</li>"} {
		page := read(t, out, name)
		assert.Contains(t, page, want, name)
		assert.NotContains(t, page, "Chromium", name)
	}
}

// TestSubprocessorScope: a subprocessor limited to some plans or hedged
// says so on the subprocessor page, as on the whitepaper page.
func TestSubprocessorScope(t *testing.T) {
	doc := seculio(t)
	doc.Plans = append(doc.Plans, whitepaper.Plan{ID: "pro", Name: whitepaper.Text{language.Japanese: "プロプラン", language.English: "Pro plan"}})
	doc.Subprocessors.Services = []whitepaper.Subprocessor{
		{Name: "Mailer", Applicability: whitepaper.Applicability{Plans: []string{"pro"}, Qualifier: whitepaper.Planned}},
		{Name: "Support desk"},
	}
	out := buildDoc(t, doc, &Options{Languages: jaEn})
	ja, en := read(t, out, "subprocessors.html"), read(t, out, "subprocessors.en.html")
	assert.Contains(t, ja, ">プロプラン<")
	assert.Contains(t, ja, ">実施予定<")
	assert.Contains(t, en, ">Pro plan<")
	assert.Contains(t, en, ">Planned<")
}

// TestNoBrowserReason: a site whose caller found no browser says so.
func TestNoBrowserReason(t *testing.T) {
	out := buildDoc(t, seculio(t), &Options{Languages: jaEn, NoBrowser: true})
	assert.Contains(t, read(t, out, "index.html"), "<li>PDF なし（Chromium・Chrome が見つかりません）</li>")
	assert.Contains(t, read(t, out, "index.en.html"), "<li>No PDF (no Chromium or Chrome found)</li>")
}
