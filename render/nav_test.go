package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRelativeURL(t *testing.T) {
	for href, want := range map[string]bool{
		"changelog.html":          true,
		"versions/2.26.html":      true,
		"changelog.en.html#v-2.1": true,
		"":                        false,
		"/etc/passwd":             false,
		"//evil.example/x":        false,
		"../secret.html":          false,
		"a/../../b.html":          false,
		"javascript:alert(1)":     false,
		"https://example.com/":    false,
		"data:text/html,x":        false,
		`\\host\share`:            false,
		"a b.html":                false,
		"x.html?q=1":              false,
		"x.html\"onclick=\"y":     false,
	} {
		assert.Equal(t, want, RelativeURL(href), href)
	}
}

func TestNav(t *testing.T) {
	doc, err := examples.Load("seculio")
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, HTML(&b, doc, &Options{Nav: []Link{
		{Text: "ホワイトペーパー", Href: "index.html", Current: true},
		{Text: "変更履歴 <b>", Href: "changelog.html"},
		{Text: "English", Href: "index.en.html", Lang: "en"},
		{Text: "evil", Href: "javascript:alert(1)"},
		{Text: "PDF: not built"},
	}}))
	page := b.String()
	nav := page[strings.Index(page, `<nav class="site">`):strings.Index(page, "<header>")]
	assert.Equal(t, `<nav class="site"><ul>
<li><strong aria-current="page">ホワイトペーパー</strong></li>
<li><a href="changelog.html">変更履歴 &lt;b&gt;</a></li>
<li><a href="index.en.html" hreflang="en" lang="en">English</a></li>
<li>evil</li>
<li>PDF: not built</li>
</ul></nav>
`, nav)
	assert.NotContains(t, page, "javascript:")

	b.Reset()
	require.NoError(t, HTML(&b, doc, nil))
	assert.NotContains(t, b.String(), `<nav class="site">`)
}
