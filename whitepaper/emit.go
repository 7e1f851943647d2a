package whitepaper

import (
	"bytes"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

// The yaml encoder keeps every event of a document until the document
// ends, so that encoding a large tree at once holds a copy of all of it in
// the encoder's queue (five times the memory of decoding the file). The
// canonical YAML is therefore written in pieces: the mappings and lists of
// the top levels are written here, a line per key, and the values under
// them are encoded a few at a time, each piece as a document of its own,
// indented to where it sits. The encoder writes lines no matter how long
// (no folding at a width), so a piece's bytes do not depend on its column,
// and the result is the bytes the encoder would write for the whole tree.
//
// The encoder places comments by state carried from one node to the next
// (a blank line after a foot comment, say), so a value with comments is
// never the first or last of a piece: it is encoded together with the
// values on either side of it.

// pieceItems is how many values of a mapping or list are encoded at once.
const pieceItems = 64

// plainKey matches the keys written here on a line of their own; any other
// key is left to the encoder.
var plainKey = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_-]{0,63}$`)

// encodeNode writes the header and then n as YAML, as the yaml encoder
// does with two-space indentation.
func encodeNode(n *yaml.Node, header string, commented bool) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(header)
	w := pieceWriter{out: &buf, commented: commented}
	if !commentsOf(n).empty() || n.Kind != yaml.MappingNode || !isBlock(n) {
		if err := encodeWhole(&buf, n); err != nil {
			return nil, err
		}
		return buf.Bytes(), nil
	}
	if err := w.collection(n, 0); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// encodeWhole writes n as one YAML document.
func encodeWhole(b *bytes.Buffer, n *yaml.Node) error {
	enc := yaml.NewEncoder(b)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		return err
	}
	return enc.Close()
}

type pieceWriter struct {
	out       *bytes.Buffer
	tmp       bytes.Buffer
	commented bool // whether any node of the tree may have comments
}

// isBlock reports whether n is a mapping or list written in block style,
// a value per line.
func isBlock(n *yaml.Node) bool {
	return (n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode) && n.Style&yaml.FlowStyle == 0 && len(n.Content) > 0
}

// hasComments reports whether n or a node under it has a comment.
func (w *pieceWriter) hasComments(n *yaml.Node) bool {
	if !w.commented {
		return false
	}
	if n.HeadComment != "" || n.LineComment != "" || n.FootComment != "" {
		return true
	}
	for _, c := range n.Content {
		if w.hasComments(c) {
			return true
		}
	}
	return false
}

// collection writes the block mapping or list n, which has no comments of
// its own, with its entries indented by indent spaces. A key whose value is
// a block mapping or list with no comments, between entries with none, is
// written on its own line and its value entry by entry; the other entries
// are encoded pieceItems at a time.
func (w *pieceWriter) collection(n *yaml.Node, indent int) error {
	step := 1
	if n.Kind == yaml.MappingNode {
		step = 2
	}
	entries := len(n.Content) / step
	// clean[i] tells whether entry i has no comments: only there may a
	// piece begin or end.
	clean := make([]bool, entries)
	for i := range entries {
		clean[i] = true
		for _, c := range n.Content[i*step : (i+1)*step] {
			clean[i] = clean[i] && !w.hasComments(c)
		}
	}
	start := 0 // first entry of the pending piece
	flush := func(end int) error {
		if start == end {
			return nil
		}
		piece := *n
		piece.Content = n.Content[start*step : end*step]
		start = end
		return w.piece(&piece, indent)
	}
	for i := range entries {
		if step == 2 && clean[i] && n.Content[2*i].Style == 0 && plainKey.MatchString(n.Content[2*i].Value) &&
			!needsQuotes(n.Content[2*i].Value) && isBlock(n.Content[2*i+1]) && (i == 0 || clean[i-1]) && (i == entries-1 || clean[i+1]) {
			// A key whose value is written a line at a time.
			if err := flush(i); err != nil {
				return err
			}
			w.out.WriteString(spaces(indent))
			w.out.WriteString(n.Content[2*i].Value)
			w.out.WriteString(":\n")
			if err := w.collection(n.Content[2*i+1], indent+2); err != nil {
				return err
			}
			start = i + 1
			continue
		}
		if i-start >= pieceItems && clean[i] && clean[i-1] {
			if err := flush(i); err != nil {
				return err
			}
		}
	}
	return flush(entries)
}

// piece encodes n on its own and writes its lines indented by indent
// spaces. Empty lines (in a literal block) stay empty, as the encoder
// writes them.
func (w *pieceWriter) piece(n *yaml.Node, indent int) error {
	w.tmp.Reset()
	if err := encodeWhole(&w.tmp, n); err != nil {
		return err
	}
	if indent == 0 {
		w.out.Write(w.tmp.Bytes())
		return nil
	}
	pad := spaces(indent)
	for line := range bytes.Lines(w.tmp.Bytes()) {
		if line[0] != '\n' {
			w.out.WriteString(pad)
		}
		w.out.Write(line)
	}
	return nil
}

func spaces(n int) string { return strings.Repeat(" ", n) }
