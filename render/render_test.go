package render

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

type renderFunc func(w *bytes.Buffer, doc *whitepaper.Document, opts *Options) error

var formats = map[string]renderFunc{
	"md":   func(w *bytes.Buffer, d *whitepaper.Document, o *Options) error { return Markdown(w, d, o) },
	"html": func(w *bytes.Buffer, d *whitepaper.Document, o *Options) error { return HTML(w, d, o) },
}

// TestGolden renders every example in Japanese and English, as Markdown
// and HTML, and compares with testdata/NAME.LANG.EXT.
func TestGolden(t *testing.T) {
	for _, name := range examples.Names() {
		doc, err := examples.Load(name)
		require.NoError(t, err)
		for _, lang := range []string{"ja", "en"} {
			for ext, render := range formats {
				file := filepath.Join("testdata", name+"."+lang+"."+ext)
				t.Run(filepath.Base(file), func(t *testing.T) {
					var buf bytes.Buffer
					require.NoError(t, render(&buf, doc, &Options{Languages: []language.Tag{language.MustParse(lang)}}))
					var again bytes.Buffer
					require.NoError(t, render(&again, doc, &Options{Languages: []language.Tag{language.MustParse(lang)}}))
					require.Equal(t, buf.String(), again.String(), "rendering must be deterministic")
					assert.NotContains(t, buf.String(), "[field.", "a label is missing from the catalog")
					assert.NotContains(t, buf.String(), "[enum.", "a label is missing from the catalog")
					if *update {
						require.NoError(t, os.WriteFile(file, buf.Bytes(), 0o644))
						return
					}
					want, err := os.ReadFile(file)
					require.NoError(t, err, "run: go test ./render -update")
					assert.Equal(t, string(want), buf.String(), "run go test ./render -update and read the diff")
				})
			}
		}
	}
}

func TestNegotiate(t *testing.T) {
	doc := &whitepaper.Document{
		Languages:       []language.Tag{language.MustParse("zh-Hant"), language.English},
		DefaultLanguage: language.English,
	}
	tests := []struct {
		prefs            []string
		wantDoc, wantLoc string
	}{
		{nil, "en", "en"},
		{[]string{"en-GB"}, "en", "en"},
		{[]string{"zh-Hant-TW"}, "zh-Hant", "en"}, // no Chinese locale: English labels
		{[]string{"zh-Hans"}, "en", "en"},         // low confidence: the default, not the other script
		{[]string{"fr", "zh-TW"}, "zh-Hant", "en"},
		{[]string{"de"}, "en", "en"},
	}
	for _, tt := range tests {
		var prefs []language.Tag
		for _, p := range tt.prefs {
			prefs = append(prefs, language.MustParse(p))
		}
		d, l := Negotiate(doc, prefs...)
		assert.Equal(t, tt.wantDoc, d.String(), "%v", tt.prefs)
		assert.Equal(t, tt.wantLoc, l.String(), "%v", tt.prefs)
	}
	ja := &whitepaper.Document{Languages: []language.Tag{language.Japanese}, DefaultLanguage: language.Japanese}
	d, l := Negotiate(ja, language.English)
	assert.Equal(t, "ja", d.String(), "a Japanese-only document is shown in Japanese")
	assert.Equal(t, "en", l.String(), "with the English reader's labels")
	d, l = Negotiate(ja, language.French)
	assert.Equal(t, "ja", d.String())
	assert.Equal(t, "ja", l.String(), "no French locale: the labels of the shown language")
}

func TestFallbackIsMarked(t *testing.T) {
	doc, err := examples.Load("loilo")
	require.NoError(t, err)
	var h, m bytes.Buffer
	require.NoError(t, HTML(&h, doc, &Options{Languages: []language.Tag{language.English}}))
	require.NoError(t, Markdown(&m, doc, &Options{Languages: []language.Tag{language.English}}))
	assert.Contains(t, h.String(), `<html lang="en">`)
	assert.Contains(t, h.String(), `<span lang="ja">`, "ja-only texts on the English page carry their language")
	assert.Contains(t, m.String(), " (ja)")
}

const hostile = `openwhitepaper: "1"
languages: [en]
defaultLanguage: en
title: {en: "<script>alert(1)</script> & co"}
version: "1"
vendor: {id: acme, name: {en: "Acme [x](javascript:alert(1)) <img src=x onerror=alert(1)>"}}
services: [{id: app, name: {en: "*App* _x_ | y"}}]
purpose:
  notes: [{en: "# not a heading\n1. not a list\n- not a list either\n<b>bold?</b> ` + "`code`" + `"}]
  references:
    - {label: {en: "click <me>"}, url: "https://example.com/a?b=<c>"}
`

func TestHostileText(t *testing.T) {
	doc, err := whitepaper.Parse([]byte(hostile))
	require.NoError(t, err)
	var h, m bytes.Buffer
	require.NoError(t, HTML(&h, doc, nil))
	require.NoError(t, Markdown(&m, doc, nil))
	html := h.String()
	assert.NotContains(t, html, "<script>alert")
	assert.NotContains(t, html, "<img")
	assert.NotContains(t, html, "<b>bold")
	assert.Contains(t, html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co")
	assert.NotContains(t, html, `href="javascript`)
	md := m.String()
	assert.Contains(t, md, `&lt;script&gt;alert(1)&lt;/script&gt; &amp; co`)
	assert.Contains(t, md, `Acme &#91;x&#93;(javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;`)
	assert.Contains(t, md, `\# not a heading`)
	assert.Contains(t, md, `1\. not a list`)
	assert.Contains(t, md, `\- not a list either`)
	assert.Contains(t, md, `[click &lt;me&gt;](<https://example.com/a?b=%3Cc%3E>)`)
	assert.NotContains(t, md, "](javascript", "no javascript link")
	assert.NotContains(t, md, "<img", "no raw HTML")
}

// TestMarkdownIsInert renders the hostile document's Markdown with a real
// CommonMark/GFM renderer: no tag or javascript link may come out of it.
func TestMarkdownIsInert(t *testing.T) {
	doc, err := whitepaper.Parse([]byte(hostile))
	require.NoError(t, err)
	var m bytes.Buffer
	require.NoError(t, Markdown(&m, doc, nil))
	var out bytes.Buffer
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	require.NoError(t, md.Convert(m.Bytes(), &out))
	html := out.String()
	for _, bad := range []string{"<script", "<img", "<b>", "javascript:alert(1)\"", `href="javascript`} {
		assert.NotContains(t, html, bad)
	}
	assert.Contains(t, html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co")
	assert.Contains(t, html, `<a href="https://example.com/a?b=%3Cc%3E">click &lt;me&gt;</a>`)
	assert.NotContains(t, html, "<h1>not a heading", "a # in a text is not a heading")
	assert.NotContains(t, html, "<ol>", "1. in a text is not a list")
}
