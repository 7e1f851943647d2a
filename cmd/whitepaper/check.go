package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/openwhitepaper/whitepaper/check"
	"github.com/openwhitepaper/whitepaper/check/workbook"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

const coverageUsage = `usage: whitepaper coverage [--profile NAME|FILE]
                           [--format text|csv|markdown|json|xlsx] [--lang ja|en]
                           [--fail-under PERCENT] [-o FILE] FILE

Coverage answers a checklist from the document's facts: for each item,
yes, no, partly, depends on the plan, or not stated, with the facts that
answer it, worded in the reader's language, and the vendor's section where
each is. A section's prose answers an item only where the checklist says a
description answers it. The document is validated first; a document with
errors is not checked.

--profile names a bundled checklist (iso27017, the default; meti-sla;
mext; aspic; caiq-v4) or a YAML file of your own in the same shape (see
README). --format csv writes UTF-8 with a byte order mark, for
spreadsheets; --format xlsx writes an Excel workbook, styled for reading
and printing, to the file -o names (- for standard output). To fill in a
buyer's own workbook, see 'whitepaper help answer'. Every profile gives a
report of the same shape, which says how many of the checklist's items the
profile encodes ("5 of 49 items").

Exit status: 0, or 1 when the document has errors or addresses less than
--fail-under percent of the items; 2 on usage errors and broken profiles.

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
		sayCmd(stderr, cmd, nil, "--lang: %v", err)
		return nil, false
	}
	return loc, true
}

func runCoverage(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("coverage", coverageUsage, stderr)
	profile := fs.String("profile", "", "bundled checklist `NAME` or profile FILE (default iso27017)")
	format := fs.String("format", "text", "output `format`: text, csv, markdown or json")
	lang := fs.String("lang", "", "`language` of the output: ja or en (default: the document's)")
	failUnder := fs.Float64("fail-under", 0, "exit 1 when less than `PERCENT` of the items are addressed")
	out := fs.String("o", "", "write to `FILE` instead of standard output (- for standard output)")
	lim := limitFlags(fs)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if !(*failUnder >= 0 && *failUnder <= 100) { // NaN too
		say(stderr, fs, "--fail-under %v: want a percent from 0 to 100", *failUnder)
		return exitUsage
	}
	if fs.NArg() != 1 {
		say(stderr, fs, "want exactly one file")
		fs.Usage()
		return exitUsage
	}
	write := map[string]func(io.Writer, *check.AnswerSheet, *locale.Locale) error{
		"text": check.WriteSheetText, "csv": check.WriteSheetCSV, "markdown": check.WriteSheetMarkdown, "json": check.WriteSheetJSON,
		"xlsx": workbook.WriteAnswers,
	}[*format]
	if write == nil {
		say(stderr, fs, "unknown format %q (want text, csv, markdown, json or xlsx)", *format)
		return exitUsage
	}
	if *format == "xlsx" && *out == "" {
		say(stderr, fs, "--format xlsx writes a workbook: name its file with -o FILE (- for standard output)")
		return exitUsage
	}
	sheet, loc, code, ok := answerProfile("coverage", *profile, fs.Arg(0), *lang, stdin, lim, stderr)
	if !ok {
		return code
	}
	r := check.Summarize(sheet)
	var buf bytes.Buffer
	if err := write(&buf, sheet, loc); err != nil {
		say(stderr, fs, "%v", err)
		return exitUsage
	}
	if *out != "" && *out != "-" {
		if err := writeOutput(*out, buf.Bytes(), []string{fs.Arg(0), *profile}, stdin); err != nil {
			say(stderr, fs, "%v", err)
			return exitUsage
		}
	} else {
		_, _ = stdout.Write(buf.Bytes())
	}
	if r.Percent() < *failUnder {
		say(stderr, fs, "%s%% is under %s%%",
			strconv.FormatFloat(r.Percent(), 'f', 1, 64), strconv.FormatFloat(*failUnder, 'f', -1, 64))
		return exitInvalid
	}
	return exitOK
}

// answerProfile answers the profile from the document, in the language of
// --lang or the document's; when ok is false the command exits with code.
func answerProfile(cmd, profile, file, lang string, stdin io.Reader, lim *limits, stderr io.Writer) (sheet *check.AnswerSheet, loc *locale.Locale, code int, ok bool) {
	p, ok := findProfile(cmd, profile, lim, stderr)
	if !ok {
		return nil, nil, exitUsage, false
	}
	doc, code, ok := load(cmd, file, stdin, true, lim, stderr)
	if !ok {
		return nil, nil, code, false
	}
	if loc, ok = pickLocale(cmd, lang, doc, stderr); !ok {
		return nil, nil, exitUsage, false
	}
	return check.Answer(doc, p, loc), loc, 0, true
}

// findProfile finds a bundled profile by name, or else reads the file;
// cmd names the command in messages.
func findProfile(cmd, name string, lim *limits, stderr io.Writer) (*check.Profile, bool) {
	if name == "" {
		name = "iso27017"
	}
	if p, ok := check.ProfileByName(name); ok {
		return p, true
	}
	if !strings.ContainsAny(name, "/\\.") {
		sayCmd(stderr, cmd, lim, "--profile: no bundled profile %q (have %s); a file of your own is named by its path",
			name, strings.Join(check.ProfileNames(), ", "))
		return nil, false
	}
	p, err := check.LoadProfile(name)
	if err != nil {
		var ds whitepaper.Diagnostics
		if errors.As(err, &ds) {
			printDiagnostics(stderr, ds, lim)
		} else {
			sayCmd(stderr, cmd, lim, "--profile: %v", err)
		}
		return nil, false
	}
	return p, true
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
		say(stderr, fs, "want exactly one file")
		fs.Usage()
		return exitUsage
	}
	if *format != "text" && *format != "json" && *format != "sarif" {
		say(stderr, fs, "unknown format %q (want text, json or sarif)", *format)
		return exitUsage
	}
	var cfg check.Config
	if *config != "" {
		data, err := readSmallFile(*config)
		if err == nil {
			cfg, err = check.ParseConfig(data)
		}
		if err != nil {
			say(stderr, fs, "%v", err)
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
		say(stderr, fs, "%v", err)
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
