package main

import (
	"bytes"
	"errors"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/render"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/language"
)

const renderUsage = `usage: whitepaper render [--format markdown|html|pdf] [--lang LANG]
                         [-o FILE] FILE

Render writes the document as a Markdown, HTML or PDF whitepaper in the
reader's language. --lang takes BCP 47 tags in order of preference,
separated by commas (ja, en, "en-GB,ja"); a text missing in that language
falls back to the document's default language and is marked. A language
that is neither one of the document's nor one the labels are written in
is an error. The format follows the extension of -o (.html, .htm, .md,
.pdf), unless --format says otherwise; without either it is Markdown.
PDF is the HTML page printed on A4 by a headless Chromium or Chrome
found on the machine (WHITEPAPER_BROWSER names one); without one it is
an error. -o never overwrites the input. The document is validated
first; a document with errors is not rendered. Use - as FILE to read
standard input.

Exit status: 0 on success, 1 when the document has errors, 2 on usage
errors and when no browser prints the PDF.

` + limitsUsage + `
Flags:
`

func runRender(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("render", renderUsage, stderr)
	format := fs.String("format", "", "output `format`: markdown, html or pdf\n(default: from -o, else markdown)")
	lang := fs.String("lang", "", "preferred `languages`, comma-separated\n(default: the document's default language)")
	out := fs.String("o", "", "write to `FILE` instead of standard output")
	lim := limitFlags(fs)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		say(stderr, fs, "want exactly one file")
		fs.Usage()
		return exitUsage
	}
	if !isSet(fs, "format") && *out != "" {
		switch strings.ToLower(filepath.Ext(*out)) {
		case ".html", ".htm":
			*format = "html"
		case ".pdf":
			*format = "pdf"
		}
	}
	var write func(io.Writer, *whitepaper.Document, *render.Options) error
	switch *format {
	case "", "markdown", "md":
		write = render.Markdown
	case "html":
		write = render.HTML
	case "pdf":
		write = render.PDF
	default:
		say(stderr, fs, "unknown format %q (want markdown, html or pdf)", *format)
		return exitUsage
	}
	var opts render.Options
	if *lang != "" {
		for _, s := range strings.Split(*lang, ",") {
			tag, err := language.Parse(strings.TrimSpace(s))
			if err != nil {
				say(stderr, fs, "--lang: %v", err)
				return exitUsage
			}
			opts.Languages = append(opts.Languages, tag)
		}
	}
	doc, code, ok := load("render", fs.Arg(0), stdin, true, lim, stderr)
	if !ok {
		return code
	}
	if err := checkLanguages(doc, opts.Languages); err != nil {
		say(stderr, fs, "--lang: %v", err)
		return exitUsage
	}
	var buf bytes.Buffer
	if err := write(&buf, doc, &opts); err != nil {
		say(stderr, fs, "%v", err)
		if errors.Is(err, render.ErrNoBrowser) {
			return exitUsage
		}
		return exitInvalid
	}
	if *out == "" {
		_, _ = stdout.Write(buf.Bytes())
		return exitOK
	}
	if err := writeOutput(*out, buf.Bytes(), fs.Args(), stdin); err != nil {
		say(stderr, fs, "%v", err)
		return exitUsage
	}
	return exitOK
}

// checkLanguages fails when none of the preferred languages is one of the
// document's or one there are labels in: the page would silently be in
// another language.
func checkLanguages(doc *whitepaper.Document, prefs []language.Tag) error {
	if len(prefs) == 0 {
		return nil
	}
	supported := append(locale.Locales(), doc.Languages...)
	_, _, conf := language.NewMatcher(supported).Match(prefs...)
	if conf >= language.High {
		return nil
	}
	var names []string
	for _, t := range supported {
		if s := t.String(); !slices.Contains(names, s) {
			names = append(names, s)
		}
	}
	return whitepaper.Errorf("no page in %s (languages: %s)", tagList(prefs), strings.Join(names, ", "))
}

func tagList(tags []language.Tag) string {
	var s []string
	for _, t := range tags {
		s = append(s, t.String())
	}
	return strings.Join(s, ",")
}
