package whitepaper

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"github.com/openwhitepaper/whitepaper/internal/reflectx"
	"io"
	"reflect"
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
// their canonical form, two-space indentation. The comment lines that
// opened the file it was loaded from, such as a yaml-language-server
// schema line, are kept.
func (doc *Document) EncodeYAML(w io.Writer) error {
	n, err := doc.tree()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if doc.src != nil {
		buf.WriteString(doc.src.header)
	}
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
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
		return nil, fmt.Errorf("encoding document: %w", err)
	}
	return n, nil
}

type encoder struct {
	langs []language.Tag
}

var textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()

// strNode makes a string node. Words that YAML 1.1 readers (PyYAML, older
// tools) take for booleans are quoted, so every reader sees a string.
func strNode(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	switch strings.ToLower(s) {
	case "y", "yes", "n", "no", "on", "off":
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

// node builds the YAML node of v.
func (e *encoder) node(v reflect.Value) (*yaml.Node, error) {
	t := v.Type()
	switch {
	case t == tagType:
		return strNode(v.Interface().(language.Tag).String()), nil
	case t == textType:
		return e.text(v.Interface().(Text)), nil
	case t.Implements(textMarshalerType):
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
				return nil, fmt.Errorf("%s: %w", f.Name, err)
			}
			m.Content = append(m.Content, strNode(f.Name), c)
		}
		return m, nil
	case reflect.Slice:
		s := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		for i := range v.Len() {
			c, err := e.node(v.Index(i))
			if err != nil {
				return nil, fmt.Errorf("%d: %w", i, err)
			}
			s.Content = append(s.Content, c)
		}
		return s, nil
	case reflect.String:
		return strNode(v.String()), nil
	case reflect.Bool:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: fmt.Sprint(v.Bool())}, nil
	}
	return nil, fmt.Errorf("cannot encode %s", t)
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
