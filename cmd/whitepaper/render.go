package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/openwhitepaper/whitepaper/render"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/language"
)

const renderUsage = `usage: whitepaper render [--format markdown|html] [--lang LANG] [-o FILE] FILE

Render writes the document as a Markdown or HTML whitepaper in the reader's
language. --lang takes BCP 47 tags in order of preference, separated by
commas (ja, en, "en-GB,ja"); a text missing in that language falls back
to the document's default language and is marked. The document is
validated first; a document with errors is not rendered. Use - as FILE to
read standard input.

Exit status: 0 on success, 1 when the document has errors, 2 on usage errors.

Flags:
`

func runRender(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("render", renderUsage, stderr)
	format := fs.String("format", "markdown", "output `format`: markdown or html")
	lang := fs.String("lang", "", "preferred `languages`, comma-separated (default: the document's default language)")
	out := fs.String("o", "", "write to `FILE` instead of standard output")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "whitepaper render: want exactly one file")
		fs.Usage()
		return exitUsage
	}
	var write func(io.Writer, *whitepaper.Document, *render.Options) error
	switch *format {
	case "markdown", "md":
		write = render.Markdown
	case "html":
		write = render.HTML
	default:
		fmt.Fprintf(stderr, "whitepaper render: unknown format %q (want markdown or html)\n", *format)
		return exitUsage
	}
	var opts render.Options
	if *lang != "" {
		for _, s := range strings.Split(*lang, ",") {
			tag, err := language.Parse(strings.TrimSpace(s))
			if err != nil {
				fmt.Fprintf(stderr, "whitepaper render: --lang: %v\n", err)
				return exitUsage
			}
			opts.Languages = append(opts.Languages, tag)
		}
	}
	doc, code, ok := load("render", fs.Arg(0), stdin, true, stderr)
	if !ok {
		return code
	}
	var buf bytes.Buffer
	if err := write(&buf, doc, &opts); err != nil {
		fmt.Fprintf(stderr, "whitepaper render: %v\n", err)
		return exitInvalid
	}
	if *out == "" {
		_, _ = stdout.Write(buf.Bytes())
		return exitOK
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintf(stderr, "whitepaper render: %v\n", err)
		return exitUsage
	}
	return exitOK
}
