package whitepaper

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// parseJSON reads JSON into the same node tree the YAML parser produces,
// with lines and columns, so that one decoder serves both formats. The
// tree keeps duplicate keys, which the decoder reports.
//
// It counts the values as it reads them and stops with an error at the
// limit of maxNodes, before the tree grows any further.
func parseJSON(data []byte, maxNodes int) (*yaml.Node, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	p := &jsonParser{data: data, dec: dec, budget: maxNodes, limit: maxNodes}
	root, err := p.value(0)
	if err == io.EOF && len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))) > 0 {
		err = io.ErrUnexpectedEOF // a value was begun: the input is cut off
	}
	if err == io.EOF {
		return nil, nil
	}
	if err != nil {
		return nil, p.wrap(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &syntaxError{p.pos(int(dec.InputOffset())), worded("JSON syntax: data after the top-level value")}
	}
	return root, nil
}

type jsonParser struct {
	data []byte
	dec  *json.Decoder
	// The position of offset off, kept so that each position is computed
	// from the previous one: loading stays linear in the input's size.
	off, line, col int
	budget, limit  int // values left, and the limit of values
}

// maxJSONDepth bounds JSON nesting; the model is a few levels deep.
const maxJSONDepth = 1000

func (p *jsonParser) wrap(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &syntaxError{offsetPos(p.data, int(se.Offset)), worded("JSON syntax: %s", se.Error())}
	}
	var ue *syntaxError
	var le *limitError
	if errors.As(err, &ue) || errors.As(err, &le) {
		return err
	}
	if err == io.ErrUnexpectedEOF {
		return &syntaxError{offsetPos(p.data, len(p.data)), worded("JSON syntax: unexpected end of input: the document is cut off (truncated)")}
	}
	return &syntaxError{Pos{}, worded("JSON syntax: %v", err)}
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
	return p.at(off)
}

// at returns the position of the byte offset off, counting only the bytes
// since the previous call when off is not before it.
func (p *jsonParser) at(off int) Pos {
	off = min(off, len(p.data))
	if p.line == 0 || off < p.off {
		pos := offsetPos(p.data, off)
		p.off, p.line, p.col = off, pos.Line, pos.Column
		return pos
	}
	seg := p.data[p.off:off]
	if i := bytes.LastIndexByte(seg, '\n'); i >= 0 {
		p.line += bytes.Count(seg, []byte("\n"))
		p.col = 1 + utf8.RuneCount(seg[i+1:])
	} else {
		p.col += utf8.RuneCount(seg)
	}
	p.off = off
	return Pos{Line: p.line, Column: p.col}
}

func (p *jsonParser) value(depth int) (*yaml.Node, error) {
	pos := p.pos(int(p.dec.InputOffset()))
	if p.budget--; p.budget < 0 {
		return nil, &limitError{pos, worded("input has more than the limit of %d values", p.limit)}
	}
	tok, err := p.dec.Token()
	if err != nil {
		return nil, err
	}
	n := &yaml.Node{Line: pos.Line, Column: pos.Column}
	switch t := tok.(type) {
	case json.Delim:
		if depth >= maxJSONDepth {
			return nil, &syntaxError{pos, worded("JSON syntax: nested deeper than 1000 levels")}
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
