package whitepaper

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"github.com/openwhitepaper/whitepaper/internal/reflectx"
	"io"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
)

// Encode writes the document in the format (YAML when f is [FormatAuto]).
func (doc *Document) Encode(w io.Writer, f Format) error {
	if f == FormatJSON {
		return doc.EncodeJSON(w)
	}
	return doc.EncodeYAML(w)
}

// EncodeYAML writes the document as canonical YAML: fields in the order of
// the model, texts in the order of the document's languages, values in
// their canonical form, two-space indentation. Every comment of the YAML
// it was loaded from is kept, next to the value it was next to, and the
// comment lines that opened the file (such as a yaml-language-server
// schema line) stay at the top.
//
// Strings that a YAML 1.1 reader (PyYAML) would take for another type, such
// as 12:30, yes or 2023-02-07, are quoted, so that every YAML reader gets
// the same values. When the block form would exceed the limits the
// document was loaded with ([DefaultMaxBytes] and [DefaultMaxNodes] unless
// [WithMaxBytes] or [WithMaxNodes] raised them), nested values are written
// in flow style; if even that is too large, EncodeYAML fails rather than
// write a document that cannot be loaded back.
func (doc *Document) EncodeYAML(w io.Writer) error {
	maxBytes, maxNodes := int64(DefaultMaxBytes), DefaultMaxNodes
	if doc.src != nil {
		maxBytes, maxNodes = doc.src.maxBytes, doc.src.maxNodes
	}
	tooLarge := func(b []byte) bool {
		return int64(len(b)) > maxBytes || bytes.Count(b, []byte("\n"))+bytes.Count(b, []byte(",")) > maxNodes
	}
	if doc.src == nil || doc.src.plain || doc.src.tree() == nil {
		// No comments to carry over: write from the typed value.
		out, err := doc.plainYAML()
		if err != nil {
			return err
		}
		if !tooLarge(out) {
			_, err = w.Write(out)
			return err
		}
	}
	n, header, commented, err := doc.yamlTree()
	if err != nil {
		return err
	}
	out, err := encodeNode(n, header, commented)
	if err != nil {
		return err
	}
	if tooLarge(out) {
		// Flow style from deep to shallow until the form fits.
		for depth := 3; depth >= 1 && tooLarge(out); depth-- {
			setFlow(n, depth)
			if out, err = encodeNode(n, header, commented); err != nil {
				return err
			}
		}
		if tooLarge(out) {
			return Errorf("encoding document: its canonical YAML is %d bytes and %d lines, more than the loader accepts (%d bytes, %d values)",
				len(out), bytes.Count(out, []byte("\n")), maxBytes, maxNodes)
		}
	}
	_, err = w.Write(out)
	return err
}

// plainYAML is the canonical YAML of a document without comments, as
// encodeNode writes it from the document's tree.
func (doc *Document) plainYAML() ([]byte, error) {
	var buf bytes.Buffer
	if doc.src != nil {
		buf.WriteString(headerLines(doc.src.header))
	}
	w := pieceWriter{out: &buf}
	if !blockValue(reflect.ValueOf(doc)) {
		n, err := doc.tree()
		if err != nil {
			return nil, err
		}
		if err := encodeWhole(&buf, n); err != nil {
			return nil, err
		}
		return buf.Bytes(), nil
	}
	if err := w.value(&encoder{langs: doc.Languages}, reflect.ValueOf(doc), 0); err != nil {
		return nil, Errorf("encoding document: %w", err)
	}
	return buf.Bytes(), nil
}

// yamlTree returns the node tree of the canonical YAML with the source's
// comments on it, the header lines that go above it, and whether any node
// of the tree may have a comment.
func (doc *Document) yamlTree() (n *yaml.Node, header string, commented bool, err error) {
	n, err = doc.tree()
	if err != nil {
		return nil, "", false, err
	}
	if doc.src != nil {
		header = headerLines(doc.src.header)
	}
	if doc.src != nil && !doc.src.plain && doc.src.tree() != nil {
		applyComments(n, collectComments(doc.src.tree()))
		placeComments(n, true)
		dropHeader(n, header)
		commented = true
	}
	return n, header, commented, nil
}

// setFlow writes the collections at depth and below in flow style.
func setFlow(n *yaml.Node, depth int) {
	if depth <= 0 && (n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode) {
		n.Style |= yaml.FlowStyle
	}
	for _, c := range n.Content {
		setFlow(c, depth-1)
	}
}

// lineBreaks are the characters YAML 1.1 takes for line breaks.
var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u0085", "\n", "\u2028", "\n", "\u2029", "\n")

// headerLines returns the comment lines of the raw header that opens the
// file, one per line. A comment line ended by CR, NEL or a Unicode line
// separator ends there: what follows is YAML, not comment.
func headerLines(raw string) string {
	var b strings.Builder
	for _, line := range strings.Split(lineBreaks.Replace(raw), "\n") {
		if !strings.HasPrefix(line, "#") {
			break
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}

// dropHeader removes the header lines from the comment where the parser
// also put them (the document's head comment, or the head comment of the
// first key), so that they are written once, at the top, wherever that
// key goes.
func dropHeader(root *yaml.Node, header string) {
	if header == "" {
		return
	}
	want := strings.Split(strings.TrimSuffix(header, "\n"), "\n")
	strip := func(n *yaml.Node) bool {
		lines := strings.Split(n.HeadComment, "\n")
		if len(lines) < len(want) || !slices.Equal(lines[:len(want)], want) {
			return false
		}
		n.HeadComment = strings.TrimLeft(strings.Join(lines[len(want):], "\n"), "\n")
		return true
	}
	if strip(root) {
		return
	}
	for _, n := range root.Content {
		if strip(n) {
			return
		}
	}
}

// EncodeJSON writes the document as canonical JSON, with the same order
// and values as [Document.EncodeYAML], indented by two spaces.
func (doc *Document) EncodeJSON(w io.Writer) error {
	n, err := doc.tree()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	writeJSON(&buf, n, "")
	buf.WriteByte('\n')
	_, err = w.Write(buf.Bytes())
	return err
}

func (doc *Document) tree() (*yaml.Node, error) {
	e := &encoder{langs: doc.Languages}
	n, err := e.node(reflect.ValueOf(doc).Elem())
	if err != nil {
		return nil, Errorf("encoding document: %w", err)
	}
	return n, nil
}

type encoder struct {
	langs []language.Tag
}

var textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()

// strNode makes a string node. Strings that a YAML 1.1 or 1.2 reader would
// take for another type are quoted, so that every reader sees a string.
func strNode(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	if needsQuotes(s) {
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

// yaml11Plain matches the plain scalars that YAML 1.1 resolves to
// something other than a string: booleans (y, yes, on, off, ...), null,
// integers in any base and sexagesimal (12:30 is 750), floats, .inf and
// .nan, timestamps and the merge and value keys.
var yaml11Plain = regexp.MustCompile(`^(?:` +
	`[yY]|[yY]es|YES|[nN]|[nN]o|NO|[tT]rue|TRUE|[fF]alse|FALSE|[oO]n|ON|[oO]ff|OFF|` +
	`~|[nN]ull|NULL|` +
	`[-+]?0b[01_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+|` +
	`[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?:[eE][-+]?[0-9]+)|` +
	`[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|` +
	`[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?)?|` +
	`<<|=)$`)

// needsQuotes reports whether a string must be quoted to be read back as
// the same string by YAML 1.1 and 1.2 readers. The encoder itself quotes
// what YAML 1.2 would misread; this adds what YAML 1.1 would.
func needsQuotes(s string) bool {
	if s == "" {
		return true
	}
	// Every form yaml11Plain matches starts with one of these, and those
	// starting with a letter are words of at most five letters.
	switch c := s[0]; {
	case strings.IndexByte("yYnNtTfFoO", c) >= 0:
		if len(s) > 5 {
			return false
		}
	case strings.IndexByte("~+-0123456789.<=", c) < 0:
		return false
	}
	return yaml11Plain.MatchString(s)
}

// node builds the YAML node of v.
func (e *encoder) node(v reflect.Value) (*yaml.Node, error) {
	t := v.Type()
	switch {
	case t == tagType:
		return strNode(v.Interface().(language.Tag).String()), nil
	case t == textType:
		return e.text(v.Interface().(Text)), nil
	case implements(t, textMarshalerType):
		b, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil {
			return nil, err
		}
		return strNode(string(b)), nil
	}
	switch t.Kind() {
	case reflect.Pointer:
		return e.node(v.Elem())
	case reflect.Struct:
		m := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		for _, f := range Fields(t) {
			fv := v.FieldByIndex(f.Index)
			if omit(t, f, fv) {
				continue
			}
			c, err := e.node(fv)
			if err != nil {
				return nil, Errorf("%s: %w", f.Name, err)
			}
			m.Content = append(m.Content, strNode(f.Name), c)
		}
		return m, nil
	case reflect.Slice:
		s := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		for i := range v.Len() {
			c, err := e.node(v.Index(i))
			if err != nil {
				return nil, Errorf("%d: %w", i, err)
			}
			s.Content = append(s.Content, c)
		}
		return s, nil
	case reflect.String:
		return strNode(v.String()), nil
	case reflect.Bool:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: fmt.Sprint(v.Bool())}, nil
	}
	return nil, Errorf("cannot encode %s", t)
}

// omit reports whether a field is empty and so left out. Every empty value
// is left out, required or not, so that an incomplete document encodes to
// a file that loads back to the same document; Validate reports what is
// missing. A section that is present but empty stays, as {}.
func omit(_ reflect.Type, _ Field, v reflect.Value) bool {
	if v.Type() == tagType {
		return v.Interface().(language.Tag) == language.Und
	}
	return reflectx.IsZero(v)
}

// text orders a Text by the document's languages, then by tag.
func (e *encoder) text(t Text) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	tags := t.Languages()
	slices.SortStableFunc(tags, func(a, b language.Tag) int {
		return rank(e.langs, a) - rank(e.langs, b)
	})
	for _, tag := range tags {
		m.Content = append(m.Content, strNode(tag.String()), strNode(t[tag]))
	}
	return m
}

func rank(langs []language.Tag, t language.Tag) int {
	if i := slices.Index(langs, t); i >= 0 {
		return i
	}
	return len(langs)
}

// writeJSON writes the node tree as indented JSON.
func writeJSON(b *bytes.Buffer, n *yaml.Node, indent string) {
	switch n.Kind {
	case yaml.MappingNode, yaml.SequenceNode:
		open, closing, step := byte('{'), byte('}'), 2
		if n.Kind == yaml.SequenceNode {
			open, closing, step = '[', ']', 1
		}
		b.WriteByte(open)
		if len(n.Content) == 0 {
			b.WriteByte(closing)
			return
		}
		inner := indent + "  "
		for i := 0; i < len(n.Content); i += step {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString("\n" + inner)
			if step == 2 {
				writeJSONString(b, n.Content[i].Value)
				b.WriteString(": ")
				writeJSON(b, n.Content[i+1], inner)
			} else {
				writeJSON(b, n.Content[i], inner)
			}
		}
		b.WriteString("\n" + indent)
		b.WriteByte(closing)
	default:
		if n.Tag == "!!bool" {
			b.WriteString(n.Value)
			return
		}
		writeJSONString(b, n.Value)
	}
}

func writeJSONString(b *bytes.Buffer, s string) {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)       // a string always encodes
	b.Truncate(b.Len() - 1) // Encode adds a newline
}
