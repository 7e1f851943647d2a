package main

import (
	"bytes"
	"io"
	"path/filepath"
	"strings"

	"github.com/openwhitepaper/whitepaper/compare"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

const compareUsage = `usage: whitepaper compare [--format markdown|html|csv|json] [--lang ja|en]
                          [-o FILE] A B [C...]

Compare sets the whitepapers of several vendors side by side: one row per
fact that decides a purchase (data location, encryption, backups, incident
notice, deletion, certifications, subprocessors, SLA, logs, administrator
MFA and SSO) and per ordered fact of the model, one column per document,
rows grouped by section, in the reader's language whatever language each
document is written in. Facts a document does not state, states as not
done, or states only for some plans are shown as such; for ordered facts
the strongest and the weakest value in a row are marked.

The format follows the extension of -o (.md, .html, .htm, .csv, .json),
unless --format says otherwise; without either it is Markdown. CSV is
UTF-8 with a byte order mark, for spreadsheets. --lang defaults to the
first document's language. Every document is validated first; documents
with errors are not compared. -o never overwrites an input. Use - as one
FILE to read standard input.

Exit status: 0 on success, 1 when a document has errors, 2 on usage
errors.

` + limitsUsage + `
Flags:
`

func runCompare(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("compare", compareUsage, stderr)
	format := fs.String("format", "", "output `format`: markdown, html, csv or json\n(default: from -o, else markdown)")
	lang := fs.String("lang", "", "`language` of the output: ja or en (default: the first document's)")
	out := fs.String("o", "", "write to `FILE` instead of standard output")
	lim := limitFlags(fs)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() < 2 {
		say(stderr, fs, "want at least two files")
		fs.Usage()
		return exitUsage
	}
	stdins := 0
	for _, name := range fs.Args() {
		if name == "-" {
			stdins++
		}
	}
	if stdins > 1 {
		say(stderr, fs, "standard input (-) can be read only once")
		return exitUsage
	}
	if !isSet(fs, "format") && *out != "" {
		switch strings.ToLower(filepath.Ext(*out)) {
		case ".html", ".htm":
			*format = "html"
		case ".csv":
			*format = "csv"
		case ".json":
			*format = "json"
		}
	}
	var write func(*compare.Table, io.Writer) error
	switch *format {
	case "", "markdown", "md":
		write = (*compare.Table).Markdown
	case "html":
		write = (*compare.Table).HTML
	case "csv":
		write = (*compare.Table).CSV
	case "json":
		write = (*compare.Table).JSON
	default:
		say(stderr, fs, "unknown format %q (want markdown, html, csv or json)", *format)
		return exitUsage
	}
	var loc *locale.Locale
	if *lang != "" {
		l, err := locale.Parse(*lang)
		if err != nil {
			say(stderr, fs, "--lang: %v", err)
			return exitUsage
		}
		loc = l
	}
	var docs []*whitepaper.Document
	worst := exitOK
	for _, name := range fs.Args() {
		doc, code, ok := load("compare", name, stdin, true, lim, stderr)
		if !ok {
			worst = max(worst, code)
			continue
		}
		docs = append(docs, doc)
	}
	if worst != exitOK {
		return worst
	}
	if loc == nil {
		loc = locale.Match(docs[0].DefaultLanguage)
	}
	var buf bytes.Buffer
	if err := write(compare.Documents(docs, loc), &buf); err != nil {
		say(stderr, fs, "%v", err)
		return exitUsage
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
