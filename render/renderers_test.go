package render

import (
	"bytes"
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"golang.org/x/text/language"
)

// A markdownRenderer turns Markdown into HTML as a site publishing the
// whitepaper would, with raw HTML allowed where the renderer allows it.
// It renders several documents at once, so that a renderer run as a
// program starts once.
type markdownRenderer struct {
	name    string
	render  func(t *testing.T, mds [][]byte) [][]byte // nil when the renderer is not installed
	install string                                    // how to install it, for the skip message
}

// markdownRenderers are goldmark (GFM, raw HTML allowed), alone and with
// attributes as Hugo configures it, Python-Markdown with tables, with the
// extra bundle MkDocs uses and with attr_list (Debian's python3-markdown),
// markdown-it alone and with markdown-it-attrs, and marked (from npm,
// render/testdata/markdown). .ci/run installs them; a missing one is
// skipped with its install line.
func markdownRenderers(t *testing.T) []markdownRenderer {
	var rs []markdownRenderer
	for _, g := range []struct {
		name string
		opts []parser.Option
	}{
		{"goldmark", nil},
		// Hugo's default: {…} after a heading sets its attributes.
		{"goldmark-attribute", []parser.Option{parser.WithAttribute()}},
	} {
		gm := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithParserOptions(g.opts...),
			goldmark.WithRendererOptions(gmhtml.WithUnsafe()))
		rs = append(rs, markdownRenderer{g.name, func(t *testing.T, mds [][]byte) [][]byte {
			var outs [][]byte
			for _, md := range mds {
				var out bytes.Buffer
				require.NoError(t, gm.Convert(md, &out))
				outs = append(outs, out.Bytes())
			}
			return outs
		}, ""})
	}

	python := ""
	for _, p := range []string{"/usr/bin/python3", "python3"} {
		if exec.Command(p, "-c", "import markdown").Run() == nil {
			python = p
			break
		}
	}
	// tables alone, then the extra bundle (MkDocs' default, with attr_list)
	// and attr_list alone, which reads {: …} as attributes.
	for _, ext := range []string{"tables", "extra", "attr_list"} {
		pm := markdownRenderer{name: "python-markdown-" + ext, install: "Debian: apt-get install python3-markdown"}
		if python != "" {
			pm.render = func(t *testing.T, mds [][]byte) [][]byte {
				return runEach(t, mds, python, "-c", "import sys, markdown; sys.stdout.write('\\0'.join(markdown.markdown(s, extensions=['tables', '"+ext+"']) for s in sys.stdin.read().split('\\0')))")
			}
		}
		rs = append(rs, pm)
	}

	dir, _ := filepath.Abs(filepath.Join("testdata", "markdown"))
	_, errNode := exec.LookPath("node")
	_, errModules := os.Stat(filepath.Join(dir, "node_modules"))
	for _, name := range []string{"markdown-it", "markdown-it-attrs", "marked"} {
		r := markdownRenderer{name: name, install: "npm ci --prefix render/testdata/markdown"}
		if errNode == nil && errModules == nil {
			r.render = func(t *testing.T, mds [][]byte) [][]byte {
				return runEach(t, mds, "node", filepath.Join(dir, "render.mjs"), name)
			}
		}
		rs = append(rs, r)
	}
	return rs
}

// runEach runs a renderer once for several documents: they go to its
// standard input separated by NUL bytes, and their HTML comes back so.
func runEach(t *testing.T, mds [][]byte, name string, args ...string) [][]byte {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Stdin = bytes.NewReader(bytes.Join(mds, []byte{0}))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "%s: %s", name, stderr.String())
	outs := bytes.Split(out, []byte{0})
	require.Len(t, outs, len(mds), "%s: one HTML per document", name)
	return outs
}

// beaconPayloads try to make a page run script or load something from
// the given origin: raw tags that some renderers pass through their
// escaping, images and reference definitions in Markdown, entities that a
// careless escaper decodes twice.
func beaconPayloads(origin string) []string {
	var p []string
	for i, f := range []string{
		`<!----><details open ontoggle=fetch('%s')>`,
		"<!---->\n<details open ontoggle=fetch('%s')>",
		"<!-->\n<details open ontoggle=fetch('%s')>",
		"<!-->\n<details open ontoggle=fetch('%s') x>",
		"<!-->\n<img src=%s x>",
		"<!---->x\n\n<details open ontoggle=fetch('%s')>",
		`<!----> <details open ontoggle="fetch('%s')">x</details>`,
		`<details open ontoggle=fetch('%s')>`,
		`<img src=%s>`,
		`<img src="%s">`,
		`![x](%s)`,
		`![x](<%s>)`,
		`![x][r]` + "\n\n" + `[r]: %s`,
		"[r]: %s\n\n![r]",
		`!` + "[x](%s)",
		`\<img src=%s\>`,
		`&lt;img src=%s&gt;`,
		`&#60;img src=%s&#62;`,
		`<script>fetch('%s')</script>`,
		`<svg onload="fetch('%s')">`,
		`<iframe src="%s"></iframe>`,
		`<link rel=stylesheet href="%s">`,
		`<style>@import '%s';</style>`,
		`<video poster="%s"></video>`,
		`<object data="%s"></object>`,
		`<input type=image src="%s">`,
		"`<img src=%s>`",
		`<a href="x" style="background:url(%s)">x</a>`,
		`| <img src=%s> |`,
		// Attribute syntax: Python-Markdown's attr_list ({: …} ending a
		// block), markdown-it-attrs ({…} after any text) and goldmark's
		// WithAttribute ({…} ending a heading).
		// The address is protocol-relative (%r) so that linkify does not
		// split the braces into two texts.
		`x {: onfocus="fetch('%r')" autofocus tabindex=0 }`,
		`x {onfocus="fetch('%r')" autofocus tabindex=0}`,
		`x { style="background:url(%r)" }`,
		`x {: style="background:url(%r)" }`,
		`x {style=background:url(%r) .c #i}`,
	} {
		hit := fmt.Sprintf("%s/hit/%d", origin, i)
		f = strings.ReplaceAll(f, "%r", strings.TrimPrefix(hit, "http:"))
		p = append(p, strings.ReplaceAll(f, "%s", hit))
	}
	return p
}

// allowedTags are the elements the Markdown output may turn into: what the
// renderers make of headings, paragraphs, lists, emphasis, links and tables.
var allowedTags = []string{"a", "br", "code", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "strong",
	"table", "tbody", "td", "th", "thead", "tr", "ul"}

var anyTag = regexp.MustCompile(`(?i)<(/?)([a-z][a-z0-9]*)`)

// badAttribute finds, inside a tag, an attribute no Markdown element of the
// output has: an event handler, a style, a focus or a src.
var badAttribute = regexp.MustCompile(`(?i)<[a-z][^>]*\s(on[a-z]+|style|autofocus|tabindex|src|class|id)\b`)

// poisonedMarkdown renders the Markdown of two examples with every text
// holding a payload aimed at origin, and of a small document with nothing
// but the payloads.
func poisonedMarkdown(t *testing.T, origin string) map[string][]byte {
	out := map[string][]byte{}
	for _, name := range []string{"seculio", "nulab"} {
		doc, err := examples.Load(name)
		require.NoError(t, err)
		poisonDoc(doc, beaconPayloads(origin), func(n int) string { return fmt.Sprintf("%s/link?%d", origin, n) })
		// Each payload also makes a paragraph of its own, where line breaks are kept.
		if doc.Purpose == nil {
			doc.Purpose = &whitepaper.Purpose{}
		}
		for _, p := range beaconPayloads(origin) {
			doc.Purpose.Notes.Notes = append(doc.Purpose.Notes.Notes, whitepaper.Text{language.English: p})
		}
		var m bytes.Buffer
		require.NoError(t, Markdown(&m, doc, &Options{Languages: []language.Tag{language.English}}))
		out[name] = m.Bytes()
	}
	// A small document with one payload a paragraph: some payloads only
	// work where nothing before them in the page disturbs them.
	doc, err := whitepaper.Parse([]byte("openwhitepaper: \"1\"\nlanguages: [en]\ndefaultLanguage: en\ntitle: {en: T}\n" +
		"version: \"1\"\nvendor: {id: a, name: {en: A}}\nservices: [{id: s, name: {en: S}}]\n"))
	require.NoError(t, err)
	doc.Purpose = &whitepaper.Purpose{}
	for _, p := range beaconPayloads(origin) {
		doc.Purpose.Notes.Notes = append(doc.Purpose.Notes.Notes, whitepaper.Text{language.English: p})
	}
	var m bytes.Buffer
	require.NoError(t, Markdown(&m, doc, nil))
	out["small"] = m.Bytes()
	// Each payload a heading of the vendor's outline: goldmark reads
	// attribute syntax only at the end of a heading.
	doc.Purpose = &whitepaper.Purpose{Notes: whitepaper.Notes{Notes: []whitepaper.Text{{language.English: "x"}}}}
	doc.Outline = nil
	for _, p := range beaconPayloads(origin) {
		doc.Outline = append(doc.Outline, whitepaper.OutlineEntry{Title: whitepaper.Text{language.English: p}, Sections: []whitepaper.SectionID{"purpose"}})
	}
	var h bytes.Buffer
	require.NoError(t, Markdown(&h, doc, nil))
	out["headings"] = h.Bytes()
	return out
}

// recorder is the loopback HTTP server the poisoned Markdown aims at: it
// serves the pages put in it and records every other request.
type recorder struct {
	srv   *httptest.Server
	mu    sync.Mutex
	pages map[string][]byte
	hits  []string
}

// poisonedRender is what the two renderer tests share, made once: the
// recording server, the names of the poisoned documents (aimed at it),
// and the HTML each renderer made of them.
var poisonedRender struct {
	once  sync.Once
	rec   *recorder
	names []string
	mds   [][]byte
	mu    sync.Mutex
	html  map[string][][]byte // by renderer
}

// poisonedHTML is the HTML the renderer makes of the poisoned documents,
// rendered once for both tests, with the documents' names and the server
// their payloads aim at.
func poisonedHTML(t *testing.T, r markdownRenderer) ([]string, [][]byte, *recorder) {
	t.Helper()
	p := &poisonedRender
	p.once.Do(func() {
		rec := &recorder{pages: map[string][]byte{}}
		rec.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
			rec.mu.Lock()
			defer rec.mu.Unlock()
			if page, ok := rec.pages[req.URL.Path]; ok {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				_, _ = w.Write(page)
				return
			}
			if req.URL.Path != "/favicon.ico" {
				rec.hits = append(rec.hits, req.Method+" "+req.URL.String())
			}
			w.WriteHeader(http.StatusNoContent)
		}))
		p.rec, p.html = rec, map[string][][]byte{}
		docs := poisonedMarkdown(t, rec.srv.URL)
		p.names = slices.Sorted(maps.Keys(docs))
		for _, name := range p.names {
			p.mds = append(p.mds, docs[name])
		}
	})
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.html[r.name]; !ok {
		p.html[r.name] = r.render(t, p.mds)
	}
	return p.names, p.html[r.name], p.rec
}

// TestMarkdownRenderersMakeNoHTML runs the poisoned Markdown through every
// renderer: only the elements Markdown itself makes may come out, never an
// image, a script or any raw tag of the document's.
func TestMarkdownRenderersMakeNoHTML(t *testing.T) {
	for _, r := range markdownRenderers(t) {
		t.Run(r.name, func(t *testing.T) {
			if r.render == nil {
				t.Skipf("%s is not installed (%s)", r.name, r.install)
			}
			names, htmls, _ := poisonedHTML(t, r)
			for i, html := range htmls {
				doc := names[i]
				for _, m := range anyTag.FindAllStringSubmatch(string(html), -1) {
					assert.Contains(t, allowedTags, strings.ToLower(m[2]), "%s through %s: a <%s> element", doc, r.name, m[2])
				}
				for _, m := range badAttribute.FindAllString(string(html), -1) {
					assert.Fail(t, "an attribute from the text", "%s through %s: %s", doc, r.name, m)
				}
			}
		})
	}
}

// TestMarkdownRenderersInBrowser opens the HTML every renderer makes of the
// poisoned Markdown in headless Chromium, served from a loopback HTTP
// server that records every request: the payloads aim at that server, so
// any request but the page's own means script ran or something was
// fetched. Skipped without Chromium (.ci/run installs Debian's).
func TestMarkdownRenderersInBrowser(t *testing.T) {
	b := browser(t)
	var rec *recorder
	var paths []string
	for _, r := range markdownRenderers(t) {
		if r.render == nil {
			t.Logf("%s is not installed: left out (.ci/run installs it)", r.name)
			continue
		}
		// One page per renderer, the HTML of each document in turn (each
		// rendered from its own Markdown), so that the test loads few
		// pages: it stays short on a busy machine.
		var htmls [][]byte
		_, htmls, rec = poisonedHTML(t, r)
		page := []byte("<!doctype html><html><head><meta charset=utf-8><title>t</title></head><body>\n")
		for _, html := range htmls {
			page = append(page, "\n<hr>\n"...)
			page = append(page, html...)
		}
		path := "/page/" + r.name
		rec.mu.Lock()
		rec.pages[path] = append(page, "\n</body></html>\n"...)
		rec.hits = nil
		rec.mu.Unlock()
		paths = append(paths, path)
	}
	slices.Sort(paths)
	for _, path := range paths {
		out := b.page(t, rec.srv.URL+path, 1280, 3000)
		require.Contains(t, out, "<body>", "%s: no DOM came back", path)
		rec.mu.Lock()
		got := rec.hits
		rec.hits = nil
		rec.mu.Unlock()
		assert.Empty(t, got, "%s: the page ran script or fetched from the network", path)
	}
}

// TestBidiControlsDropped checks that neither page passes on the
// bidirectional controls that reorder text (a document built in Go may
// hold them; a loaded one only in prose, with a warning).
func TestBidiControlsDropped(t *testing.T) {
	doc, err := examples.Load("seculio")
	require.NoError(t, err)
	for _, tag := range doc.Vendor.Name.Languages() {
		doc.Vendor.Name[tag] = "Acme \u202egnp.exe\u202c and \u2067isolate\u2069"
	}
	opts := &Options{Languages: []language.Tag{language.English}}
	var h, m bytes.Buffer
	require.NoError(t, HTML(&h, doc, opts))
	require.NoError(t, Markdown(&m, doc, opts))
	for name, out := range map[string]string{"html": h.String(), "markdown": m.String()} {
		assert.NotRegexp(t, "[\u202a-\u202e\u2066-\u2069]", out, name)
		assert.Contains(t, out, "Acme gnp.exe and isolate", name)
	}
}
