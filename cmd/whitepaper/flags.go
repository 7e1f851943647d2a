package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strconv"
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

// limits are the loader's limits that every command loading documents
// takes as flags: --max-bytes and --max-values, for unusually large
// documents. The defaults are the loader's.
type limits struct {
	maxBytes  byteSize
	maxValues count
	fs        *flag.FlagSet // for the language of messages; see words
}

// limitFlags adds --max-bytes and --max-values to fs.
func limitFlags(fs *flag.FlagSet) *limits {
	l := &limits{maxBytes: whitepaper.DefaultMaxBytes, maxValues: whitepaper.DefaultMaxNodes, fs: fs}
	fs.Var(&l.maxBytes, "max-bytes", "largest document `size` read, such as 20MiB")
	fs.Var(&l.maxValues, "max-values", "most values (`n`) a document may have")
	return l
}

// options are the loader options for a document named name.
func (l *limits) options(name string) []whitepaper.Option {
	return append([]whitepaper.Option{whitepaper.WithFilename(name)}, l.bounds()...)
}

// bounds are the loader options of the limits alone.
func (l *limits) bounds() []whitepaper.Option {
	return []whitepaper.Option{whitepaper.WithMaxBytes(int64(l.maxBytes)), whitepaper.WithMaxNodes(int(l.maxValues))}
}

// limitsUsage is the paragraph of the usage texts on --max-bytes and
// --max-values.
const limitsUsage = `A document over 10 MiB of input or of text, or with more than 1,000,000
values (counting each use of a YAML alias) is refused; --max-bytes and
--max-values raise these limits for an unusually large document you trust.
`

// limitHint names the flag that raises the limit a document is over, or
// is empty.
func limitHint(diags whitepaper.Diagnostics) string {
	for _, d := range diags {
		switch d.Code {
		case "too-large":
			return "for a larger document you trust, raise the limit with --max-bytes"
		case "too-many-values":
			return "for a larger document you trust, raise the limit with --max-values"
		}
	}
	return ""
}

// byteSize is a positive number of bytes, written as 20971520 or 20MiB.
type byteSize int64

func (b *byteSize) String() string {
	if *b > 0 && *b%(1<<20) == 0 {
		return strconv.FormatInt(int64(*b>>20), 10) + "MiB"
	}
	return strconv.FormatInt(int64(*b), 10)
}

func (b *byteSize) Set(s string) error {
	unit := int64(1)
	for _, u := range []struct {
		suffix string
		size   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}} {
		if n, ok := strings.CutSuffix(s, u.suffix); ok {
			s, unit = n, u.size
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/unit {
		return whitepaper.Errorf("want a positive number of bytes, such as 20971520 or 20MiB")
	}
	*b = byteSize(n * unit)
	return nil
}

// count is a positive number of values.
type count int

func (c *count) String() string { return strconv.Itoa(int(*c)) }

func (c *count) Set(s string) error {
	n, err := strconv.ParseInt(strings.ReplaceAll(s, "_", ""), 10, 0)
	if err != nil || n <= 0 {
		return whitepaper.Errorf("want a positive number, such as 2000000")
	}
	*c = count(n)
	return nil
}

// readInput reads a named file, or standard input for "-", with a clear
// message for a directory. It reads at most one byte past the limit.
func readInput(name string, stdin io.Reader, l *limits) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(io.LimitReader(stdin, int64(l.maxBytes)+1))
	}
	fi, err := os.Stat(name)
	if err != nil {
		return nil, whitepaper.Errorf("%s: %v", name, errors.Unwrap(err))
	}
	if fi.IsDir() {
		return nil, whitepaper.Errorf("%s is a directory; give the documents in it, such as %s", name, strings.TrimSuffix(name, "/")+"/*.yaml")
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, whitepaper.Errorf("%s: %v", name, errors.Unwrap(err))
	}
	defer f.Close()
	// Past the limit the loader refuses the document; read no further.
	data, err := io.ReadAll(io.LimitReader(f, int64(l.maxBytes)+1))
	if err != nil {
		return nil, whitepaper.Errorf("%s: %v", name, err)
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
func loadDocument(name string, stdin io.Reader, l *limits) (*whitepaper.Document, error) {
	data, err := readInput(name, stdin, l)
	if err != nil {
		return nil, err
	}
	// The file name's extension gives the format (.json, .yaml, .yml);
	// standard input is recognised by its content.
	return whitepaper.Parse(data, l.options(displayName(name))...)
}

// load reads a document for a command, printing its decoding diagnostics,
// and with validate also its validation errors. ok is false when the
// command must exit with code.
func load(cmd, name string, stdin io.Reader, validate bool, l *limits, stderr io.Writer) (doc *whitepaper.Document, code int, ok bool) {
	doc, err := loadDocument(name, stdin, l)
	return checkLoaded(cmd, doc, err, validate, l, stderr)
}

// loadBytes is load for a document already read, such as one from git.
func loadBytes(cmd, name string, data []byte, validate bool, l *limits, stderr io.Writer) (doc *whitepaper.Document, code int, ok bool) {
	doc, err := whitepaper.Parse(data, l.options(name)...)
	return checkLoaded(cmd, doc, err, validate, l, stderr)
}

func checkLoaded(cmd string, doc *whitepaper.Document, err error, validate bool, l *limits, stderr io.Writer) (*whitepaper.Document, int, bool) {
	if err != nil {
		return nil, printLoadError(stderr, cmd, err, l), false
	}
	if validate {
		if errs := doc.Validate().Errors(); len(errs) > 0 {
			printDiagnostics(stderr, errs, l)
			return nil, exitInvalid, false
		}
	}
	return doc, 0, true
}

// printLoadError prints the diagnostics of a document that does not load,
// or the error that kept it from being read, and returns the exit code.
func printLoadError(stderr io.Writer, cmd string, err error, l *limits) int {
	var diags whitepaper.Diagnostics
	if errors.As(err, &diags) {
		printDiagnostics(stderr, diags, l)
		if hint := limitHint(diags); hint != "" {
			sayCmd(stderr, cmd, l, "%s", hint)
		}
		return exitInvalid
	}
	sayCmd(stderr, cmd, l, "%v", err)
	return exitUsage
}

// writeOutput writes data to the file dest atomically, refusing a dest
// that is one of the command's inputs (by os.SameFile, so also through
// links or another spelling of the path), standard input included when
// it is a file.
func writeOutput(dest string, data []byte, inputs []string, stdin io.Reader) error {
	if in := atomicfile.SameAsAny(dest, inputs); in != "" {
		return whitepaper.Errorf("-o %s would overwrite the input %s", dest, in)
	}
	if f, ok := stdin.(*os.File); ok && slices.Contains(inputs, "-") {
		fi, err := f.Stat()
		gi, errDest := os.Stat(dest)
		if err == nil && errDest == nil && os.SameFile(fi, gi) {
			return whitepaper.Errorf("-o %s would overwrite the input, read from standard input", dest)
		}
	}
	return atomicfile.WriteFile(dest, data, 0o644)
}

// checkNewFile refuses dest, a file a command derives from its input's
// name, when it is a symbolic link (which could lead anywhere) or a file
// other than the input: the command would replace a file nobody named.
func checkNewFile(dest, input string) error {
	fi, err := os.Lstat(dest)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if fi.Mode()&os.ModeSymlink != 0 {
		return whitepaper.Errorf("%s is a symbolic link; not written through it (remove it first)", dest)
	}
	if atomicfile.SameAsAny(dest, []string{input}) == "" {
		return whitepaper.Errorf("%s already exists and is not %s; not replaced (remove it first)", dest, input)
	}
	return nil
}
