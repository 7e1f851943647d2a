package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/openwhitepaper/whitepaper/check"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

const coverageUsage = `usage: whitepaper coverage [--format text|markdown|json] [--lang ja|en]
                           [--fail-under PERCENT] FILE

Coverage checks the document against the ISO/IEC 27017 items on which a
cloud provider should inform its customers: for each, whether the document
answers it (and with which fields), states it as explicitly not provided,
or leaves it out; then the share of items addressed. The document is
validated first; a document with errors is not checked.

Exit status: 0, or 1 when the document has errors or addresses less than
--fail-under percent of the items; 2 on usage errors.

` + limitsUsage + `
Flags:
`

const lintUsage = `usage: whitepaper lint [--format text|json|sarif] [--lang ja|en] [--config FILE]
                       FILE

Lint applies posture rules (listed below with their default severities):
a minimum TLS version below 1.2 or not stated, no or a long incident
notification deadline, backups with neither frequency nor retention, and
more. The document is validated first; a document with errors is not
linted. --config names a YAML file that sets severities per rule:

    rules:
      status-page-missing: none
      http-link: error

Exit status: 0, or 1 when the document has errors or a finding has
severity error; 2 on usage errors.

` + limitsUsage + `
Flags:
`

// pickLocale finds the locale for --lang; without --lang, the one that
// fits the document's default language, else English.
func pickLocale(cmd, lang string, doc *whitepaper.Document, stderr io.Writer) (*locale.Locale, bool) {
	if lang == "" {
		return locale.Match(doc.DefaultLanguage), true
	}
	loc, err := locale.Parse(lang)
	if err != nil {
		fmt.Fprintf(stderr, "whitepaper %s: --lang: %v\n", cmd, err)
		return nil, false
	}
	return loc, true
}

func runCoverage(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("coverage", coverageUsage, stderr)
	format := fs.String("format", "text", "output `format`: text, markdown or json")
	lang := fs.String("lang", "", "`language` of the output: ja or en (default: the document's)")
	failUnder := fs.Float64("fail-under", 0, "exit 1 when less than `PERCENT` of the items are addressed")
	lim := limitFlags(fs)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "whitepaper coverage: want exactly one file")
		fs.Usage()
		return exitUsage
	}
	write := map[string]func(io.Writer, *check.CoverageReport, *locale.Locale) error{
		"text": check.WriteCoverageText, "markdown": check.WriteCoverageMarkdown, "json": check.WriteCoverageJSON,
	}[*format]
	if write == nil {
		fmt.Fprintf(stderr, "whitepaper coverage: unknown format %q (want text, markdown or json)\n", *format)
		return exitUsage
	}
	doc, code, ok := load("coverage", fs.Arg(0), stdin, true, lim, stderr)
	if !ok {
		return code
	}
	loc, ok := pickLocale("coverage", *lang, doc, stderr)
	if !ok {
		return exitUsage
	}
	r := check.Coverage(doc)
	var buf bytes.Buffer
	if err := write(&buf, r, loc); err != nil {
		fmt.Fprintf(stderr, "whitepaper coverage: %v\n", err)
		return exitUsage
	}
	_, _ = stdout.Write(buf.Bytes())
	if r.Percent() < *failUnder {
		fmt.Fprintf(stderr, "whitepaper coverage: %s%% is under %s%%\n",
			strconv.FormatFloat(r.Percent(), 'f', 1, 64), strconv.FormatFloat(*failUnder, 'f', -1, 64))
		return exitInvalid
	}
	return exitOK
}

func runLint(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("lint", lintUsage, stderr)
	format := fs.String("format", "text", "output `format`: text, json or sarif")
	lang := fs.String("lang", "", "`language` of the messages: ja or en (default: the document's)")
	config := fs.String("config", "", "YAML `file` setting the severity of rules")
	fs.Usage = func() {
		fmt.Fprint(stderr, lintUsage)
		fs.PrintDefaults()
		fmt.Fprintln(stderr, "\nRules:")
		for _, r := range check.Rules() {
			fmt.Fprintf(stderr, "  %-32s %s\n", r.ID, r.Severity)
		}
	}
	lim := limitFlags(fs)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "whitepaper lint: want exactly one file")
		fs.Usage()
		return exitUsage
	}
	if *format != "text" && *format != "json" && *format != "sarif" {
		fmt.Fprintf(stderr, "whitepaper lint: unknown format %q (want text, json or sarif)\n", *format)
		return exitUsage
	}
	var cfg check.Config
	if *config != "" {
		data, err := os.ReadFile(*config)
		if err == nil {
			cfg, err = check.ParseConfig(data)
		}
		if err != nil {
			fmt.Fprintf(stderr, "whitepaper lint: %v\n", err)
			return exitUsage
		}
	}
	name := fs.Arg(0)
	doc, code, ok := load("lint", name, stdin, true, lim, stderr)
	if !ok {
		return code
	}
	loc, ok := pickLocale("lint", *lang, doc, stderr)
	if !ok {
		return exitUsage
	}
	findings := check.Lint(doc, cfg)
	check.Word(findings, loc)
	var buf bytes.Buffer
	var err error
	switch *format {
	case "text":
		err = check.WriteLintText(&buf, name, findings, loc)
	case "json":
		err = check.WriteLintJSON(&buf, findings)
	case "sarif":
		err = check.WriteSARIF(&buf, name, findings, loc)
	}
	if err != nil {
		fmt.Fprintf(stderr, "whitepaper lint: %v\n", err)
		return exitUsage
	}
	_, _ = stdout.Write(buf.Bytes())
	for _, f := range findings {
		if f.Severity == check.SeverityError {
			return exitInvalid
		}
	}
	return exitOK
}
