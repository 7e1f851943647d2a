package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/atomicfile"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

func newFlagSet(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	if recordFlagSet != nil {
		recordFlagSet(fs)
	}
	return fs
}

// parseFlags parses args, taking flags before and after the operands
// (validate a.yaml --format json), as most command-line tools do; after
// "--" everything is an operand. When it returns false the command must
// exit with the code (0 after -h, 2 after a bad flag).
func parseFlags(fs *flag.FlagSet, args []string) (int, bool) {
	var operands []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return exitOK, false
			}
			return exitUsage, false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			operands = append(operands, rest...)
			break
		}
		operands = append(operands, rest[0])
		args = rest[1:]
	}
	// Leave the operands in fs.Args.
	_ = fs.Parse(append([]string{"--"}, operands...))
	return 0, true
}

// isSet reports whether the flag was given on the command line.
func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// readInput reads a named file, or standard input for "-", with a clear
// message for a directory.
func readInput(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(io.LimitReader(stdin, whitepaper.DefaultMaxBytes+1))
	}
	fi, err := os.Stat(name)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, errors.Unwrap(err))
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("%s is a directory; give the documents in it, such as %s", name, strings.TrimSuffix(name, "/")+"/*.yaml")
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, errors.Unwrap(err))
	}
	defer f.Close()
	// Past the limit the loader refuses the document; read no further.
	data, err := io.ReadAll(io.LimitReader(f, whitepaper.DefaultMaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return data, nil
}

// displayName is the name diagnostics give a file.
func displayName(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return name
}

// loadDocument loads one document, from standard input for "-".
func loadDocument(name string, stdin io.Reader) (*whitepaper.Document, error) {
	data, err := readInput(name, stdin)
	if err != nil {
		return nil, err
	}
	// The file name's extension gives the format (.json, .yaml, .yml);
	// standard input is recognised by its content.
	return whitepaper.Parse(data, whitepaper.WithFilename(displayName(name)))
}

// load reads a document for a command, printing its decoding diagnostics,
// and with validate also its validation errors. ok is false when the
// command must exit with code.
func load(cmd, name string, stdin io.Reader, validate bool, stderr io.Writer) (doc *whitepaper.Document, code int, ok bool) {
	doc, err := loadDocument(name, stdin)
	return checkLoaded(cmd, doc, err, validate, stderr)
}

// loadBytes is load for a document already read, such as one from git.
func loadBytes(cmd, name string, data []byte, validate bool, stderr io.Writer) (doc *whitepaper.Document, code int, ok bool) {
	doc, err := whitepaper.Parse(data, whitepaper.WithFilename(name))
	return checkLoaded(cmd, doc, err, validate, stderr)
}

func checkLoaded(cmd string, doc *whitepaper.Document, err error, validate bool, stderr io.Writer) (*whitepaper.Document, int, bool) {
	if err != nil {
		return nil, printLoadError(stderr, cmd, err), false
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

// printLoadError prints the diagnostics of a document that does not load,
// or the error that kept it from being read, and returns the exit code.
func printLoadError(stderr io.Writer, cmd string, err error) int {
	var diags whitepaper.Diagnostics
	if errors.As(err, &diags) {
		for _, d := range diags {
			fmt.Fprintln(stderr, d)
		}
		return exitInvalid
	}
	fmt.Fprintf(stderr, "whitepaper %s: %v\n", cmd, err)
	return exitUsage
}

// writeOutput writes data to the file dest atomically, refusing a dest
// that is one of the command's inputs (by os.SameFile, so also through
// links or another spelling of the path).
func writeOutput(dest string, data []byte, inputs []string) error {
	if in := atomicfile.SameAsAny(dest, inputs); in != "" {
		return fmt.Errorf("-o %s would overwrite the input %s", dest, in)
	}
	return atomicfile.WriteFile(dest, data, 0o644)
}
