package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

const validateUsage = `usage: whitepaper validate [--format text|json] FILE...

Validate decodes each file strictly and checks it, printing one line per
problem as FILE:LINE:COL: error|warning: message (or the JSON Pointer of
the value where no position applies), then a count of valid and invalid
files on standard error.

Exit status: 0 when every file is valid (warnings allowed), 1 when any file
has an error, 2 on usage errors.

Flags:
`

// fileReport is the JSON form of one file's result.
type fileReport struct {
	File        string                 `json:"file"`
	Valid       bool                   `json:"valid"`
	Diagnostics whitepaper.Diagnostics `json:"diagnostics"`
}

func runValidate(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("validate", validateUsage, stderr)
	format := fs.String("format", "text", "output `format`: text or json")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "whitepaper validate: unknown format %q (want text or json)\n", *format)
		return exitUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "whitepaper validate: no files given")
		fs.Usage()
		return exitUsage
	}
	code := exitOK
	reports := []fileReport{}
	var invalid, warnings int
	for _, name := range fs.Args() {
		diags, err := loadDiagnostics(name)
		if err != nil {
			fmt.Fprintf(stderr, "whitepaper validate: %v\n", err)
			return exitUsage
		}
		if diags.HasErrors() {
			code = exitInvalid
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
		for _, d := range diags {
			fmt.Fprintln(stdout, d)
		}
	}
	if *format == "text" {
		fmt.Fprintf(stderr, "%d valid, %d invalid, %d warnings\n", fs.NArg()-invalid, invalid, warnings)
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(reports); err != nil {
			fmt.Fprintf(stderr, "whitepaper validate: %v\n", err)
			return exitUsage
		}
	}
	return code
}

// loadDiagnostics loads and validates one file. Diagnostics come back as the first
// result; only a file that cannot be read is an error.
func loadDiagnostics(name string) (whitepaper.Diagnostics, error) {
	doc, err := whitepaper.LoadFile(name)
	var diags whitepaper.Diagnostics
	if errors.As(err, &diags) {
		return diags, nil
	}
	if err != nil {
		return nil, err
	}
	return doc.Validate(), nil
}

func newFlagSet(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args; when it returns false the command must exit with
// the code (0 after -h, 2 after a bad flag).
func parseFlags(fs *flag.FlagSet, args []string) (int, bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK, false
		}
		return exitUsage, false
	}
	return 0, true
}

// load reads a document for a command, printing its decoding diagnostics,
// and with validate also its validation errors. ok is false when the
// command must exit with code.
func load(cmd, name string, stdin io.Reader, validate bool, stderr io.Writer) (doc *whitepaper.Document, code int, ok bool) {
	var err error
	if name == "-" {
		doc, err = whitepaper.Load(stdin, whitepaper.WithFilename("<stdin>"))
	} else {
		doc, err = whitepaper.LoadFile(name)
	}
	var diags whitepaper.Diagnostics
	if errors.As(err, &diags) {
		for _, d := range diags {
			fmt.Fprintln(stderr, d)
		}
		return nil, exitInvalid, false
	}
	if err != nil {
		fmt.Fprintf(stderr, "whitepaper %s: %v\n", cmd, err)
		return nil, exitUsage, false
	}
	if validate {
		if errs := doc.Validate().Errors(); len(errs) > 0 {
			for _, d := range errs {
				fmt.Fprintln(stderr, d)
			}
			return nil, exitInvalid, false
		}
	}
	return doc, 0, true
}
