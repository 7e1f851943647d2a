// Package render writes a whitepaper as a Markdown or HTML page in the
// reader's language, laid out like a published security whitepaper: a
// title block, the key facts a buyer reads first, a table of contents,
// sections under the vendor's own headings (numbers, titles and order)
// when the document states an outline and in whitepaper.Sections order
// otherwise, the vendor's prose before the facts and tables it introduces,
// and the revision history at the end. HTML carries an A4 print
// stylesheet; PDF prints that page with a headless Chromium.
//
// Labels and fixed phrases come from package locale
// (Japanese and English). Texts are taken in the page's language; a text
// that lacks it falls back to the document's default language and is
// marked (in HTML with a lang attribute). Output is deterministic, and all
// text is escaped: a field holding "<script>" or "[x](javascript:…)" is
// shown as written, and only http, https, mailto and tel URLs become links.
package render

import (
	"strings"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/language"
)

// Options change how a document is rendered.
type Options struct {
	// Languages is the reader's preference, most preferred first. Empty
	// means the document's default language.
	Languages []language.Tag
	// NoTOC leaves out the table of contents.
	NoTOC bool
	// NoSummary leaves out the key facts at the top of the page.
	NoSummary bool
	// Nav is a bar of links above the page's header, for a page published
	// with others (package site builds such pages); HTML only, and left
	// out of print.
	Nav []Link
}

// Link is an entry of Options.Nav: a link to another page of the same
// site, or a text when Href is empty. Href is used only when it is a
// relative path such as "changelog.html" or "versions/2.26.html" (no
// scheme, no host, no leading slash); another one is shown as text.
type Link struct {
	Text string
	Href string
	// Lang is the language of the page the link leads to, for a language
	// switch; empty otherwise.
	Lang string
	// Current marks the page itself: shown as text, not as a link.
	Current bool
}

// RelativeURL reports whether href is a relative path within a site: no
// scheme, no host, no leading slash or backslash, no "..", and no
// character that needs escaping in a URL.
func RelativeURL(href string) bool {
	if href == "" || strings.HasPrefix(href, "/") || strings.HasPrefix(href, "\\") {
		return false
	}
	path, _, _ := strings.Cut(href, "#")
	for _, seg := range strings.Split(path, "/") {
		if seg == ".." {
			return false
		}
	}
	for _, r := range href {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', strings.ContainsRune("-._~/#", r):
		default:
			return false // a colon (a scheme), a backslash, a space, a query
		}
	}
	return true
}

// Stylesheet returns the CSS of the HTML page, for pages published next to
// it that should look the same.
func Stylesheet() string { return style }

// Negotiate chooses the document language to show a reader who prefers
// the languages given, and the locale to word labels in. A match of low
// confidence (a Simplified-Chinese reader and a Traditional-Chinese text)
// is not taken: the document's default language is shown instead. Labels
// use the reader's language when package locale has it, else the shown
// language's, else English; texts in another language than the labels'
// are marked.
func Negotiate(doc *whitepaper.Document, prefs ...language.Tag) (docLang, labels language.Tag) {
	if doc == nil {
		doc = &whitepaper.Document{}
	}
	docLang = doc.DefaultLanguage
	if len(prefs) > 0 && len(doc.Languages) > 0 {
		if i, ok := match(doc.Languages, prefs); ok {
			docLang = doc.Languages[i]
		}
	}
	locales := locale.Locales()
	if i, ok := match(locales, prefs); ok {
		return docLang, locales[i]
	}
	if i, ok := match(locales, []language.Tag{docLang}); ok {
		return docLang, locales[i]
	}
	return docLang, language.English
}

// match returns the index of the supported tag that best fits the
// preference, when the fit is of high confidence. The matcher's returned
// tag may be none of the supported ones, so the index is what counts.
func match(supported, prefs []language.Tag) (int, bool) {
	if len(prefs) == 0 || len(supported) == 0 {
		return 0, false
	}
	_, i, conf := language.NewMatcher(supported).Match(prefs...)
	return i, conf >= language.High
}

func build(doc *whitepaper.Document, opts *Options) *page {
	if opts == nil {
		opts = &Options{}
	}
	docLang, labels := Negotiate(doc, opts.Languages...)
	p := newBuilder(doc, docLang, locale.For(labels)).build()
	if opts.NoTOC {
		p.TOC = nil
	}
	if opts.NoSummary {
		p.Summary = nil
	}
	p.Nav = opts.Nav
	return p
}
