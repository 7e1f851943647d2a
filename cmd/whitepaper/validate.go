package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

const validateUsage = `usage: whitepaper validate [--format text|json] [--lang ja|en] FILE...

Validate decodes each file strictly and checks it, printing one line per
problem as FILE:LINE:COL: error|warning: message (or the JSON Pointer of
the value where no position applies), then a count of valid and invalid
files on standard error. Every file is checked, even when one cannot be
read. Use - as FILE to read standard input. Messages are in the language
--lang names, else the environment's (LC_ALL, LC_MESSAGES, LANG: ja_JP.UTF-8
gives Japanese); --format json keeps the English message of each
diagnostic, with its stable code.

Exit status: 0 when every file is valid (warnings allowed), 1 when any file
has an error, 2 on usage errors or when a file cannot be read.

` + limitsUsage + `
Flags:
`

// fileReport is the JSON form of one file's result.
type fileReport struct {
	File        string                 `json:"file"`
	Valid       bool                   `json:"valid"`
	Diagnostics whitepaper.Diagnostics `json:"diagnostics"`
}

func runValidate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("validate", validateUsage, stderr)
	format := fs.String("format", "text", "output `format`: text or json")
	langFlag(fs)
	lim := limitFlags(fs)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *format != "text" && *format != "json" {
		say(stderr, fs, "unknown format %q (want text or json)", *format)
		return exitUsage
	}
	if fs.NArg() == 0 {
		say(stderr, fs, "no files given")
		fs.Usage()
		return exitUsage
	}
	code := exitOK
	reports := []fileReport{}
	var invalid, unreadable, warnings int
	for _, name := range fs.Args() {
		diags, err := loadDiagnostics(name, stdin, lim)
		if err != nil {
			say(stderr, fs, "%v", err)
			unreadable++
			code = exitUsage
			continue
		}
		if diags.HasErrors() {
			if code == exitOK {
				code = exitInvalid
			}
			invalid++
		}
		warnings += len(diags.Warnings())
		if *format == "json" {
			if diags == nil {
				diags = whitepaper.Diagnostics{}
			}
			reports = append(reports, fileReport{File: name, Valid: !diags.HasErrors(), Diagnostics: diags})
			continue
		}
		printDiagnostics(stdout, diags, lim)
		if hint := limitHint(diags); hint != "" {
			say(stderr, fs, "%s", hint)
		}
	}
	if *format == "text" {
		fmt.Fprintln(stderr, summary(lim.words(), fs.NArg()-invalid-unreadable, invalid, warnings, unreadable))
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(reports); err != nil {
			say(stderr, fs, "%v", err)
			return exitUsage
		}
	}
	return code
}

// loadDiagnostics loads and validates one file. Diagnostics come back as the first
// result; only a file that cannot be read is an error.
func loadDiagnostics(name string, stdin io.Reader, l *limits) (whitepaper.Diagnostics, error) {
	doc, err := loadDocument(name, stdin, l)
	var diags whitepaper.Diagnostics
	if errors.As(err, &diags) {
		return diags, nil
	}
	if err != nil {
		return nil, err
	}
	return append(doc.Validate(), placeholders(doc)...), nil
}
