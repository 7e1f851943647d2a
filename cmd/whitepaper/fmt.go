package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

const fmtUsage = `usage: whitepaper fmt [-w] [--to yaml|json] FILE

Fmt writes the document in canonical form: fields in the model's order,
values in their canonical spelling, two-space indentation. The output is
YAML or JSON as the input was, unless --to says otherwise. With -w the file
is rewritten in place (with --to, beside it under the new extension).
Use - as FILE to read standard input.

Exit status: 0 on success, 1 when the document cannot be decoded, 2 on
usage errors.

Flags:
`

func runFmt(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("fmt", fmtUsage, stderr)
	write := fs.Bool("w", false, "write the result to the file instead of standard output")
	to := fs.String("to", "", "output `format`: yaml or json (default: the input's)")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "whitepaper fmt: want exactly one file")
		fs.Usage()
		return exitUsage
	}
	name := fs.Arg(0)
	var out whitepaper.Format
	switch *to {
	case "":
	case "yaml":
		out = whitepaper.FormatYAML
	case "json":
		out = whitepaper.FormatJSON
	default:
		fmt.Fprintf(stderr, "whitepaper fmt: unknown format %q (want yaml or json)\n", *to)
		return exitUsage
	}
	if name == "-" && *write {
		fmt.Fprintln(stderr, "whitepaper fmt: -w needs a file, not standard input")
		return exitUsage
	}
	doc, code, ok := load("fmt", name, stdin, false, stderr)
	if !ok {
		return code
	}
	if out == whitepaper.FormatAuto {
		out = doc.SourceFormat()
	}
	var buf bytes.Buffer
	if err := doc.Encode(&buf, out); err != nil {
		fmt.Fprintf(stderr, "whitepaper fmt: %v\n", err)
		return exitInvalid
	}
	if !*write {
		_, _ = stdout.Write(buf.Bytes())
		return exitOK
	}
	dest := name
	if *to != "" {
		dest = strings.TrimSuffix(name, filepath.Ext(name)) + "." + *to
	}
	if err := os.WriteFile(dest, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintf(stderr, "whitepaper fmt: %v\n", err)
		return exitUsage
	}
	return exitOK
}
