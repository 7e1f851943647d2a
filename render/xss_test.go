package render

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"testing"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"golang.org/x/text/language"
)

// mark is what every payload tries to run: it sets an attribute on the
// page's root element, which the test then looks for.
func mark(n int) string {
	return fmt.Sprintf("document.documentElement.setAttribute('data-xss','%d')", n)
}

// textPayloads go into every prose and name field.
var textPayloads = func() []string {
	var p []string
	for i, f := range []string{
		`<script>%s</script>`,
		`<img src=x onerror="%s">`,
		`<img src=x:x onerror=%s>`,
		`<svg onload="%s">`,
		`<svg><script>%s</script></svg>`,
		`"><script>%s</script>`,
		`'><img src=x onerror="%s">`,
		`<iframe src="javascript:%s"></iframe>`,
		`<iframe srcdoc="<script>parent.%s</script>"></iframe>`,
		`<body onload="%s">`,
		`<details open ontoggle="%s">`,
		`<input autofocus onfocus="%s">`,
		`<math><mtext><script>%s</script></mtext></math>`,
		`<div style="background:url('javascript:%s')">x</div>`,
		`<object data="javascript:%s"></object>`,
		`<embed src="javascript:%s">`,
		`<video><source onerror="%s"></video>`,
		`<audio src=x onerror="%s">`,
		`<marquee onstart="%s">x</marquee>`,
		`<select autofocus onfocus="%s"></select>`,
		`<textarea autofocus onfocus="%s"></textarea>`,
		`</title><script>%s</script>`,
		`</style><script>%s</script>`,
		`<!--<script>%s</script>-->`,
		`<scr<script>ipt>%s</scr</script>ipt>`,
		`<svg><animate onbegin="%s" attributeName=x dur=1s>`,
		`<base href="javascript:%s//">`,
		`<meta http-equiv="refresh" content="0;url=javascript:%s">`,
		`<a href="javascript:%s" id=x>x</a><script>document.getElementById('x').click()</script>`,
		`[x](javascript:%s)`,
		`<style>*{background:url("javascript:%s")}</style>`,
		"`<script>%s</script>`",
	} {
		p = append(p, fmt.Sprintf(f, mark(i+1)))
	}
	return p
}()

// urlPayloads go into every URL field, set in Go so that they pass no
// loader check: the renderer alone must keep them from becoming links.
var urlPayloads = func() []string {
	var p []string
	for i, f := range []string{
		`javascript:%s`,
		`JaVaScRiPt:%s`,
		` javascript:%s`,
		`java	script:%s`,
		`data:text/html,<script>%s</script>`,
		`vbscript:%s`,
		`https://x.example/" onmouseover="%s" x="`,
		`https://x.example/"><script>%s</script>`,
		`mailto:x@example.com"><script>%s</script>`,
	} {
		p = append(p, fmt.Sprintf(f, mark(100+i)))
	}
	return p
}()

// poison puts the payloads into every text, string and URL of the document.
func poison(doc *whitepaper.Document) {
	poisonDoc(doc, textPayloads, func(n int) string { return urlPayloads[n%len(urlPayloads)] })
}

// poisonDoc puts the payloads, in turn, into every text and plain string of
// the document, and url(n) into every URL; vocabulary values and typed
// values keep their values.
func poisonDoc(doc *whitepaper.Document, payloads []string, url func(n int) string) {
	n := 0
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			if v.Type() == reflect.TypeFor[language.Tag]() {
				return
			}
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Map:
			if t, ok := v.Interface().(whitepaper.Text); ok {
				for _, k := range t.Languages() {
					t[k] = payloads[n%len(payloads)]
					n++
				}
			}
		case reflect.String:
			if !v.CanSet() || v.Len() == 0 {
				return
			}
			switch v.Type() {
			case reflect.TypeFor[whitepaper.URL]():
				v.SetString(url(n))
			case reflect.TypeFor[string]():
				v.SetString(payloads[n%len(payloads)])
			default:
				return
			}
			n++
		}
	}
	walk(reflect.ValueOf(doc).Elem())
}

func poisoned(t *testing.T) []*whitepaper.Document {
	var docs []*whitepaper.Document
	for _, name := range examples.Names() {
		doc, err := examples.Load(name)
		require.NoError(t, err)
		poison(doc)
		docs = append(docs, doc)
	}
	return docs
}

var (
	tagRE      = regexp.MustCompile(`(?i)<[a-z][^>]*>`)
	quotedRE   = regexp.MustCompile(`"[^"]*"`)
	handlerRE  = regexp.MustCompile(`(?i)\son[a-z]+\s*=`)
	badHref    = regexp.MustCompile(`(?i)(href|src|action|formaction|data)\s*=\s*"?\s*(javascript|data|vbscript)`)
	liveScript = regexp.MustCompile(`(?i)<script`)
)

// TestXSSStatic checks the HTML and Markdown output of poisoned documents
// for live markup, without a browser.
func TestXSSStatic(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	for _, doc := range poisoned(t) {
		for _, lang := range []language.Tag{language.Japanese, language.English} {
			opts := &Options{Languages: []language.Tag{lang}}
			var h, m, out bytes.Buffer
			require.NoError(t, HTML(&h, doc, opts))
			require.NoError(t, Markdown(&m, doc, opts))
			require.NoError(t, md.Convert(m.Bytes(), &out))
			for name, page := range map[string]string{"html": h.String(), "markdown": out.String()} {
				assert.False(t, liveScript.MatchString(page), "%s: a script element", name)
				for _, tag := range tagRE.FindAllString(page, -1) {
					// Attribute values are quoted and their quotes escaped, so
					// a handler can only be live outside the quotes.
					assert.False(t, handlerRE.MatchString(quotedRE.ReplaceAllString(tag, `""`)), "%s: an event handler: %s", name, tag)
				}
				assert.False(t, badHref.MatchString(page), "%s: a dangerous URL: %s", name, badHref.FindString(page))
			}
		}
	}
}

// TestXSSInBrowser loads every poisoned page in headless Chromium and
// checks from the DOM after load that no payload ran. It is skipped when
// Chromium is not installed (.ci/run installs Debian's).
func TestXSSInBrowser(t *testing.T) {
	b := browser(t)
	dir := t.TempDir()
	var pages []string
	for i, doc := range poisoned(t) {
		for _, lang := range []string{"ja", "en"} {
			var h bytes.Buffer
			require.NoError(t, HTML(&h, doc, &Options{Languages: []language.Tag{language.MustParse(lang)}}))
			p := filepath.Join(dir, fmt.Sprintf("page%d.%s.html", i, lang))
			require.NoError(t, os.WriteFile(p, h.Bytes(), 0o644))
			pages = append(pages, p)
		}
	}
	root := regexp.MustCompile(`<html[^>]*>`)
	for _, p := range pages {
		out := b.page(t, "file://"+p, 1280, 3000)
		tag := root.FindString(out)
		require.NotEmpty(t, tag, "%s: no DOM came back", p)
		assert.NotContains(t, tag, "data-xss", "%s: a payload ran: %s", filepath.Base(p), tag)
	}
}
