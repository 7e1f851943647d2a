package whitepaper

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Format is a serialization of a [Document].
type Format int

// The formats a document is read from and written to.
const (
	// FormatAuto chooses by file extension (.json, .yaml, .yml) and, without
	// one, by content: a document whose first character is "{" is JSON.
	FormatAuto Format = iota
	// FormatYAML is YAML 1.2.
	FormatYAML
	// FormatJSON is JSON (RFC 8259).
	FormatJSON
)

// String returns "auto", "yaml" or "json".
func (f Format) String() string {
	switch f {
	case FormatYAML:
		return "yaml"
	case FormatJSON:
		return "json"
	}
	return "auto"
}

// Limits against hostile input. Each can be changed with an [Option].
const (
	// DefaultMaxBytes is the largest input read: 10 MiB.
	DefaultMaxBytes = 10 << 20
	// DefaultMaxNodes is the most YAML or JSON values a document may have,
	// counting every expansion of a YAML alias, so that huge lists and
	// alias bombs end with an error instead of exhausting memory. The JSON
	// reader counts values as it reads. The YAML parser builds the whole
	// tree first, so YAML input is refused when it has more indicators
	// (the characters that can start a value) than the limit, which
	// bounds the parsed tree to twice the limit (a document crafted to
	// sit just under it costs about 550 MB of allocation in all); the
	// decoder then counts the values it visits, aliases included.
	DefaultMaxNodes = 1_000_000
)

// The YAML parser itself refuses documents nested deeper than 10,000 levels,
// and the decoder never descends deeper than the model, so deep nesting
// ends in an error, never in a stack overflow.

type loadConfig struct {
	filename string
	format   Format
	maxBytes int64
	maxNodes int
	into     *reflect.Value // Decode's target, instead of a Document
}

// An Option changes how a document is loaded.
type Option func(*loadConfig)

// WithFilename names the input in diagnostics and chooses its format by
// extension when the format is [FormatAuto].
func WithFilename(name string) Option { return func(c *loadConfig) { c.filename = name } }

// WithFormat sets the input format instead of detecting it.
func WithFormat(f Format) Option { return func(c *loadConfig) { c.format = f } }

// WithMaxBytes sets the largest input accepted; the default is [DefaultMaxBytes].
func WithMaxBytes(n int64) Option { return func(c *loadConfig) { c.maxBytes = n } }

// WithMaxNodes sets the most values a document may have; the default is [DefaultMaxNodes].
func WithMaxNodes(n int) Option { return func(c *loadConfig) { c.maxNodes = n } }

func newConfig(opts []Option) loadConfig {
	c := loadConfig{maxBytes: DefaultMaxBytes, maxNodes: DefaultMaxNodes}
	for _, o := range opts {
		o(&c)
	}
	return c
}

// MaxBytesOf returns the largest input the options accept, for a reader
// that must stop reading there.
func MaxBytesOf(opts ...Option) int64 { return newConfig(opts).maxBytes }

// LoadFile reads and decodes the document in the file. The file name is
// used in diagnostics and, by its extension, to choose the format.
func LoadFile(name string, opts ...Option) (*Document, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Load(f, append([]Option{WithFilename(name)}, opts...)...)
}

// Load reads and decodes a document from r. See [Parse].
func Load(r io.Reader, opts ...Option) (*Document, error) {
	c := newConfig(opts)
	data, err := io.ReadAll(io.LimitReader(r, c.maxBytes+1))
	if err != nil {
		return nil, Errorf("reading %s: %w", displayName(c.filename), err)
	}
	if int64(len(data)) > c.maxBytes {
		return nil, Diagnostics{diagf(Error, "too-large", Pos{Filename: c.filename}, "input is larger than the limit of %d bytes", c.maxBytes)}
	}
	return parse(data, c)
}

// Decode decodes YAML or JSON bytes into v, a non-nil pointer to a struct
// built like the model's types: fields named by their json tags, of
// strings, booleans, whole numbers, [Text], language tags, types with an UnmarshalText
// method, structs, pointers and slices of these. Decoding is as strict as
// [Parse]'s, with its diagnostics: unknown fields, duplicate keys, wrong
// types and nulls are errors that name the file, line and column. Other
// packages' files that follow the model's conventions, such as checklist
// profiles, are read with it.
func Decode(data []byte, v any, opts ...Option) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Elem().Kind() != reflect.Struct {
		return Errorf("whitepaper.Decode: want a non-nil pointer to a struct, got %T", v)
	}
	c := newConfig(opts)
	c.into = &rv
	if int64(len(data)) > c.maxBytes {
		return Diagnostics{diagf(Error, "too-large", Pos{Filename: c.filename}, "input is larger than the limit of %d bytes", c.maxBytes)}
	}
	_, err := parse(data, c)
	return err
}

// Parse decodes a document from YAML or JSON bytes.
//
// Decoding is strict: unknown fields, duplicate keys, wrong types, nulls and
// malformed values (a bad duration, date, URL or language tag) are errors.
// All of them are reported together: the error is a [Diagnostics] whose
// entries name the file, line and column. Parse does not run the checks of
// [Document.Validate].
func Parse(data []byte, opts ...Option) (*Document, error) {
	c := newConfig(opts)
	if int64(len(data)) > c.maxBytes {
		return nil, Diagnostics{diagf(Error, "too-large", Pos{Filename: c.filename}, "input is larger than the limit of %d bytes", c.maxBytes)}
	}
	return parse(data, c)
}

func displayName(name string) string {
	if name == "" {
		return "input"
	}
	return name
}

var bom = []byte("\xef\xbb\xbf")

func detectFormat(c loadConfig, data []byte) Format {
	if c.format != FormatAuto {
		return c.format
	}
	switch strings.ToLower(filepath.Ext(c.filename)) {
	case ".json":
		return FormatJSON
	case ".yaml", ".yml":
		return FormatYAML
	}
	if t := bytes.TrimLeft(data, " \t\r\n"); len(t) > 0 && t[0] == '{' {
		return FormatJSON
	}
	return FormatYAML
}

func parse(data []byte, c loadConfig) (*Document, error) {
	fail := func(pos Pos, code, format string, args ...any) (*Document, error) {
		pos.Filename = c.filename
		return nil, Diagnostics{diagf(Error, code, pos, format, args...)}
	}
	failWith := func(pos Pos, code string, w Wording) (*Document, error) { return fail(pos, code, w.Format, w.Args...) }
	data = bytes.TrimPrefix(data, bom)
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		if !utf8.FullRune(data[off:]) {
			// A character begun in the last bytes and never finished: the
			// input was cut off, as a JSON or YAML file cut anywhere is.
			return fail(offsetPos(data, off), "truncated", "the input ends in the middle of a character: the document is cut off (truncated)")
		}
		return fail(offsetPos(data, off), "invalid-utf8", "input is not valid UTF-8")
	}
	format := detectFormat(c, data)
	// Each value costs the YAML parser a couple of hundred bytes before the
	// decoder can count it, and the parser builds the whole tree, so bound
	// the values before parsing (the JSON reader counts them as it reads).
	if format == FormatYAML {
		if n := yamlIndicators(data); n > c.maxNodes {
			return fail(Pos{}, "too-many-values", "input has %d YAML indicators ([ { , : ? - or line break), each of which may start a value, more than the limit of %d values", n, c.maxNodes)
		}
	}
	var root *yaml.Node
	var err error
	if format == FormatJSON {
		root, err = parseJSON(data, c.maxNodes)
	} else {
		root, err = parseYAML(data)
	}
	cut, end := notCut, Pos{}
	if format == FormatYAML {
		cut, end = yamlCut(data)
		end.Filename = c.filename
	}
	if err != nil {
		var se *syntaxError
		if errors.As(err, &se) && cut != notCut && !strings.Contains(se.Error(), "max depth") && !strings.Contains(se.Error(), "tab") {
			return nil, Diagnostics{cutDiagnostic(cut, end, Error)}
		}
		if errors.As(err, &se) && format == FormatYAML && syntaxCut(se.Error(), se.pos.Line, end) {
			return nil, Diagnostics{cutDiagnostic(cutInValue, end, Error)}
		}
		if errors.As(err, &se) {
			pos, msg := explainSyntax(data, se.pos, se.msg)
			return failWith(pos, "syntax", msg)
		}
		var le *limitError
		if errors.As(err, &le) {
			return failWith(le.pos, "too-many-values", le.msg)
		}
		return fail(Pos{}, "syntax", "%v", err)
	}
	if root == nil && cut != notCut {
		return nil, Diagnostics{cutDiagnostic(cut, end, Error)}
	}
	if root == nil {
		return fail(Pos{Line: 1, Column: 1}, "empty", "document is empty")
	}
	if c.into != nil {
		d := newDecoder(c, format)
		d.decode(root, c.into.Elem(), nil)
		if ds := d.diags.list(c.filename); len(ds) > 0 {
			return nil, withCut(ds, cut, end)
		}
		return nil, nil
	}
	d := newDecoder(c, format)
	doc := &Document{src: &source{filename: c.filename, root: root, format: format, maxBytes: c.maxBytes, maxNodes: c.maxNodes}}
	if format == FormatYAML {
		doc.src.header = headerComment(data)
	}
	d.decode(root, reflect.ValueOf(doc).Elem(), nil)
	if ds := d.diags.list(c.filename); len(ds) > 0 {
		return nil, withCut(ds, cut, end)
	}
	if cut != notCut {
		doc.src.cut = cutDiagnostic(cut, end, Warning)
	}
	if format == FormatJSON || !hasCommentsOrAliases(root, doc.src.header) {
		// Keep the bytes, not the tree: positions are parsed again on
		// demand, and there is nothing for fmt to carry over.
		doc.src.root, doc.src.data, doc.src.plain = nil, bytes.Clone(data), true
	}
	return doc, nil
}

// newDecoder returns a decoder with the limits of c.
func newDecoder(c loadConfig, format Format) *decoder {
	return &decoder{filename: c.filename, json: format == FormatJSON, budget: c.maxNodes, text: c.maxBytes, maxText: c.maxBytes}
}

// yamlIndicators counts the YAML indicators in data, which bound the nodes
// the YAML parser makes of it before any alias is expanded: a node other
// than the document and its root needs an indicator in front of it, a flow
// collection's "[" or "{", a "," between flow entries, a ":" before a
// mapping value, a "?" before an explicit key, a "- " block entry or a
// line break before a block mapping key. One indicator brings at most two
// nodes (a single-pair mapping in a flow sequence, "[a: b]", or a key with
// an implicit null value, "{a, b}"), so the parser makes at most twice as
// many nodes, plus two. Indicator characters inside scalars are counted
// too, which only makes the bound larger.
func yamlIndicators(data []byte) int {
	n := 0
	for i, c := range data {
		switch c {
		case '\n', ',', '[', '{', ':', '?':
			n++
		case '-':
			if i+1 == len(data) || data[i+1] == ' ' || data[i+1] == '\t' || data[i+1] == '\n' || data[i+1] == '\r' {
				n++
			}
		}
	}
	return n
}

// headerComment returns the comment lines at the very top of a YAML file,
// such as the yaml-language-server schema line, so that formatting keeps them.
func headerComment(data []byte) string {
	var b strings.Builder
	for len(data) > 0 {
		line, rest, _ := bytes.Cut(data, []byte("\n"))
		if !bytes.HasPrefix(line, []byte("#")) {
			break
		}
		b.Write(bytes.TrimRight(line, "\r"))
		b.WriteByte('\n')
		data = rest
	}
	return b.String()
}

type syntaxError struct {
	pos Pos
	msg Wording
}

func (e *syntaxError) Error() string { return e.msg.String() }

// limitError is input refused because it has more values than the limit.
type limitError struct {
	pos Pos
	msg Wording
}

func (e *limitError) Error() string { return e.msg.String() }

var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

func parseYAML(data []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if err == io.EOF {
			return nil, nil
		}
		msg := err.Error()
		if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
			line, _ := strconv.Atoi(m[1])
			return nil, &syntaxError{Pos{Line: line}, worded("YAML syntax: %s", yamlMessage(m[2]))}
		}
		return nil, &syntaxError{Pos{}, worded("YAML syntax: %s", yamlMessage(strings.TrimPrefix(msg, "yaml: ")))}
	}
	var more yaml.Node
	if err := dec.Decode(&more); err != io.EOF {
		line := 0
		if err == nil {
			line = more.Line
		}
		return nil, &syntaxError{Pos{Line: line}, worded("input holds more than one YAML document")}
	}
	if doc.Kind == yaml.DocumentNode {
		if len(doc.Content) == 0 {
			return nil, nil
		}
		// Keep the document's own comments (before the first key, after
		// the last) on the root, so that formatting keeps them.
		root := doc.Content[0]
		root.HeadComment = joinComments(doc.HeadComment, root.HeadComment)
		root.FootComment = joinComments(root.FootComment, doc.FootComment)
		return root, nil
	}
	return &doc, nil
}

// offsetPos converts a byte offset to a line and a column counted in characters.
func offsetPos(data []byte, off int) Pos {
	off = min(off, len(data))
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return Pos{Line: line, Column: 1 + utf8.RuneCount(data[start:off])}
}
