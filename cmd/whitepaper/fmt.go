package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/atomicfile"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

const fmtUsage = `usage: whitepaper fmt [-w | -l | -d] [--to yaml|json] FILE...

Fmt writes each document in canonical form: fields in the model's order,
values in their canonical spelling, two-space indentation, strings quoted
where any YAML 1.1 or 1.2 reader could misread them. Every comment is
kept next to the value it was next to. The output is YAML or JSON as the
input was, unless --to says otherwise; JSON has no comments, so --to json
drops them (with a warning).

Without flags, fmt prints the one FILE's canonical form. -w rewrites each
file in place, atomically (with --to, beside it under the new extension,
which must not be another file already or a symbolic link).
-l (or --check) lists the files that are not canonical and exits 1 if
there are any; -d prints their differences as a unified diff. Use - as
FILE to read standard input.

A file with YAML anchors and aliases is refused by -w: the canonical form
would write every alias out in full.

Exit status: 0 on success, 1 when a document cannot be decoded or (with
-l, -d) is not canonical, 2 on usage errors.

` + limitsUsage + `
Flags:
`

func runFmt(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("fmt", fmtUsage, stderr)
	write := fs.Bool("w", false, "write the result to the file instead of standard output")
	list := fs.Bool("l", false, "list the files that are not canonical")
	check := fs.Bool("check", false, "same as -l")
	showDiff := fs.Bool("d", false, "print the differences from the canonical form")
	to := fs.String("to", "", "output `format`: yaml or json (default: the input's)")
	langFlag(fs)
	lim := limitFlags(fs)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	*list = *list || *check
	modes := 0
	for _, m := range []bool{*write, *list, *showDiff} {
		if m {
			modes++
		}
	}
	if modes > 1 && !(*list && *showDiff) {
		say(stderr, fs, "-w does not go with -l or -d")
		return exitUsage
	}
	if fs.NArg() == 0 || (modes == 0 && fs.NArg() != 1) {
		say(stderr, fs, "want one file (or several with -w, -l or -d)")
		fs.Usage()
		return exitUsage
	}
	var out whitepaper.Format
	switch *to {
	case "":
	case "yaml":
		out = whitepaper.FormatYAML
	case "json":
		out = whitepaper.FormatJSON
	default:
		say(stderr, fs, "unknown format %q (want yaml or json)", *to)
		return exitUsage
	}
	code := exitOK
	worse := func(c int) {
		if c > code {
			code = c
		}
	}
	for _, name := range fs.Args() {
		if name == "-" && *write {
			say(stderr, fs, "-w needs a file, not standard input")
			worse(exitUsage)
			continue
		}
		src, err := readInput(name, stdin, lim)
		if err != nil {
			say(stderr, fs, "%v", err)
			worse(exitUsage)
			continue
		}
		doc, err := whitepaper.Parse(src, lim.options(displayName(name))...)
		if err != nil {
			printLoadError(stderr, "fmt", err, lim)
			worse(exitInvalid)
			continue
		}
		f := out
		if f == whitepaper.FormatAuto {
			f = doc.SourceFormat()
		}
		if f == whitepaper.FormatJSON && doc.HasComments() {
			say(stderr, fs, "%s: warning: JSON has no comments; the comments of the YAML are left out", displayName(name))
		}
		if aliases := doc.Aliases(); len(aliases) > 0 {
			if *write {
				say(stderr, fs, "%s: uses YAML anchors or aliases, which the canonical form writes out in full; not rewritten (replace the aliases by their values first)", aliases[0])
				worse(exitInvalid)
				continue
			}
			say(stderr, fs, "%s: warning: YAML anchors and aliases are written out in full", aliases[0])
		}
		var buf bytes.Buffer
		if err := doc.Encode(&buf, f); err != nil {
			say(stderr, fs, "%s: %v", displayName(name), err)
			worse(exitInvalid)
			continue
		}
		switch {
		case *list || *showDiff:
			if bytes.Equal(src, buf.Bytes()) {
				continue
			}
			worse(exitInvalid)
			if *list {
				fmt.Fprintln(stdout, displayName(name))
			}
			if *showDiff {
				_, _ = io.WriteString(stdout, unifiedDiff(displayName(name), src, buf.Bytes()))
			}
		case *write:
			dest := name
			if *to != "" {
				dest = strings.TrimSuffix(name, filepath.Ext(name)) + "." + *to
			}
			if dest == name && bytes.Equal(src, buf.Bytes()) {
				continue // already canonical: leave the file alone
			}
			if dest != name {
				if err := checkNewFile(dest, name); err != nil {
					say(stderr, fs, "%v", err)
					worse(exitUsage)
					continue
				}
			}
			if err := atomicfile.WriteFile(dest, buf.Bytes(), 0o644); err != nil {
				say(stderr, fs, "%v", err)
				worse(exitUsage)
			}
		default:
			_, _ = stdout.Write(buf.Bytes())
		}
	}
	return code
}
