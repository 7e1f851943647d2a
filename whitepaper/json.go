package whitepaper

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"go.yaml.in/yaml/v3"
)

// parseJSON reads JSON into the same node tree the YAML parser produces,
// with lines and columns, so that one decoder serves both formats. The
// tree keeps duplicate keys, which the decoder reports.
func parseJSON(data []byte) (*yaml.Node, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	p := &jsonParser{data: data, dec: dec}
	root, err := p.value(0)
	if err == io.EOF {
		return nil, nil
	}
	if err != nil {
		return nil, p.wrap(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &syntaxError{p.pos(int(dec.InputOffset())), "JSON syntax: data after the top-level value"}
	}
	return root, nil
}

type jsonParser struct {
	data []byte
	dec  *json.Decoder
}

// maxJSONDepth bounds JSON nesting; the model is a few levels deep.
const maxJSONDepth = 1000

func (p *jsonParser) wrap(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &syntaxError{offsetPos(p.data, int(se.Offset)), "JSON syntax: " + se.Error()}
	}
	var ue *syntaxError
	if errors.As(err, &ue) {
		return err
	}
	if err == io.ErrUnexpectedEOF {
		return &syntaxError{offsetPos(p.data, len(p.data)), "JSON syntax: unexpected end of input"}
	}
	return &syntaxError{Pos{}, "JSON syntax: " + err.Error()}
}

// pos returns the position of the next token at or after off.
func (p *jsonParser) pos(off int) Pos {
	for off < len(p.data) {
		switch p.data[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
			continue
		}
		break
	}
	return offsetPos(p.data, off)
}

func (p *jsonParser) value(depth int) (*yaml.Node, error) {
	pos := p.pos(int(p.dec.InputOffset()))
	tok, err := p.dec.Token()
	if err != nil {
		return nil, err
	}
	n := &yaml.Node{Line: pos.Line, Column: pos.Column}
	switch t := tok.(type) {
	case json.Delim:
		if depth >= maxJSONDepth {
			return nil, &syntaxError{pos, "JSON syntax: nested deeper than 1000 levels"}
		}
		switch t {
		case '{':
			n.Kind, n.Tag = yaml.MappingNode, "!!map"
			for p.dec.More() {
				kpos := p.pos(int(p.dec.InputOffset()))
				ktok, err := p.dec.Token()
				if err != nil {
					return nil, err
				}
				k, _ := ktok.(string)
				n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: k,
					Style: yaml.DoubleQuotedStyle, Line: kpos.Line, Column: kpos.Column})
				v, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.Content = append(n.Content, v)
			}
		case '[':
			n.Kind, n.Tag = yaml.SequenceNode, "!!seq"
			for p.dec.More() {
				v, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.Content = append(n.Content, v)
			}
		}
		if _, err := p.dec.Token(); err != nil { // closing delimiter
			return nil, err
		}
	case string:
		n.Kind, n.Tag, n.Value, n.Style = yaml.ScalarNode, "!!str", t, yaml.DoubleQuotedStyle
	case json.Number:
		n.Kind, n.Value = yaml.ScalarNode, string(t)
		n.Tag = "!!float"
		if _, err := t.Int64(); err == nil {
			n.Tag = "!!int"
		}
	case bool:
		n.Kind, n.Tag = yaml.ScalarNode, "!!bool"
		n.Value = "false"
		if t {
			n.Value = "true"
		}
	case nil:
		n.Kind, n.Tag, n.Value = yaml.ScalarNode, "!!null", "null"
	}
	return n, nil
}
