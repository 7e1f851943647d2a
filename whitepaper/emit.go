package whitepaper

import (
	"bytes"
	"encoding"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
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
// A piece whose scalars are all of the simple kinds the encoder writes as
// they are (plain, or in double quotes without escapes) is not even given
// to the encoder: direct writes it the same way at a fraction of the cost.
//
// The encoder places comments by state carried from one node to the next
// (a blank line after a foot comment, say), so a value with comments is
// never the first or last of a piece: it is encoded together with the
// values on either side of it.

// pieceItems is how many values of a mapping or list are encoded at once.
const pieceItems = 64

// plainKey reports whether a key is one written here on a line of its
// own, as the encoder writes it: a name of up to 64 ASCII letters, digits,
// "_" and "-" starting with a letter, which no YAML reader takes for
// another type. Any other key is left to the encoder.
func plainKey(k string) bool {
	if k == "" || len(k) > 64 || needsQuotes(k) {
		return false
	}
	for i := range len(k) {
		switch c := k[i]; {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '_' || c == '-'):
		default:
			return false
		}
	}
	return true
}

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
	scratch   bytes.Buffer // an entry written directly
	commented bool         // whether any node of the tree may have comments
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
		if step == 2 && clean[i] && n.Content[2*i].Style == 0 && plainKey(n.Content[2*i].Value) && isBlock(n.Content[2*i+1]) && (i == 0 || clean[i-1]) && (i == entries-1 || clean[i+1]) {
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
	if direct(&w.tmp, n, 0, false) {
		w.indented(w.tmp.Bytes(), indent)
		return nil
	}
	w.tmp.Reset()
	if err := encodeWhole(&w.tmp, n); err != nil {
		return err
	}
	w.indented(w.tmp.Bytes(), indent)
	return nil
}

// indented writes the lines of b indented by indent spaces.
func (w *pieceWriter) indented(b []byte, indent int) {
	if indent == 0 {
		w.out.Write(b)
		return
	}
	pad := spaces(indent)
	for line := range bytes.Lines(b) {
		if line[0] != '\n' {
			w.out.WriteString(pad)
		}
		w.out.Write(line)
	}
}

func spaces(n int) string { return strings.Repeat(" ", n) }

// A document without comments is written from its typed value: the node
// tree of only a few values is built at a time, not of the whole document.
// The result is the bytes encodeNode writes for the document's tree.

// value writes the canonical YAML of v, a struct or a list, with its
// entries indented by indent spaces: what collection writes for the node
// tree of v, which has no comments.
func (w *pieceWriter) value(e *encoder, v reflect.Value, indent int) error {
	for v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	pending := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
	if v.Kind() == reflect.Struct {
		pending = &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	}
	entries := 0
	flush := func() error {
		if entries == 0 {
			return nil
		}
		err := w.piece(pending, indent)
		pending.Content, entries = nil, 0
		return err
	}
	// direct writes an entry at once when it can.
	direct := func(write func(b *bytes.Buffer) bool) (bool, error) {
		w.scratch.Reset()
		w.scratch.WriteString(spaces(indent))
		if !write(&w.scratch) {
			return false, nil
		}
		if err := flush(); err != nil {
			return false, err
		}
		w.out.Write(w.scratch.Bytes())
		return true, nil
	}
	if v.Kind() == reflect.Slice {
		for i := range v.Len() {
			ok, err := direct(func(b *bytes.Buffer) bool {
				b.WriteByte('-')
				return e.directValue(b, v.Index(i), indent+2, false)
			})
			if err != nil {
				return err
			}
			if ok {
				continue
			}
			c, err := e.node(v.Index(i))
			if err != nil {
				return Errorf("%d: %w", i, err)
			}
			pending.Content = append(pending.Content, c)
			if entries++; entries >= pieceItems {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		return flush()
	}
	t := v.Type()
	for _, f := range Fields(t) {
		fv := v.FieldByIndex(f.Index)
		if omit(t, f, fv) {
			continue
		}
		if plainKey(f.Name) && blockValue(fv) {
			if err := flush(); err != nil {
				return err
			}
			w.out.WriteString(spaces(indent))
			w.out.WriteString(f.Name)
			w.out.WriteString(":\n")
			if err := w.value(e, fv, indent+2); err != nil {
				return Errorf("%s: %w", f.Name, err)
			}
			continue
		}
		ok, err := direct(func(b *bytes.Buffer) bool {
			if needsQuotes(f.Name) || !plainText(f.Name) {
				return false
			}
			b.WriteString(f.Name)
			b.WriteByte(':')
			return e.directValue(b, fv, indent+2, true)
		})
		if err != nil {
			return err
		}
		if ok {
			continue
		}
		c, err := e.node(fv)
		if err != nil {
			return Errorf("%s: %w", f.Name, err)
		}
		pending.Content = append(pending.Content, strNode(f.Name), c)
		if entries++; entries >= pieceItems {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

// blockValue reports whether the encoder makes of v a struct's mapping or a
// list with at least one entry, which collection writes a line at a time.
func blockValue(v reflect.Value) bool {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return false
		}
		v = v.Elem()
	}
	t := v.Type()
	if t == tagType || t == textType || t.Implements(textMarshalerType) {
		return false
	}
	switch t.Kind() {
	case reflect.Slice:
		return v.Len() > 0
	case reflect.Struct:
		for _, f := range Fields(t) {
			if !omit(t, f, v.FieldByIndex(f.Index)) {
				return true
			}
		}
	}
	return false
}

// direct writes n in block style with its entries at indent, as the yaml
// encoder does, when every scalar of n is one that the encoder writes
// plain and every collection is in block style or empty; it reports false
// for any other n, which is then left to the encoder. With inline the
// first entry goes on the current line, after a list's "- ".
func direct(b *bytes.Buffer, n *yaml.Node, indent int, inline bool) bool {
	step := 1
	if n.Kind == yaml.MappingNode {
		step = 2
	}
	if n.Style != 0 || n.Anchor != "" || !commentsOf(n).empty() {
		return false
	}
	for i := 0; i < len(n.Content); i += step {
		if i > 0 || !inline {
			b.WriteString(spaces(indent))
		}
		v := n.Content[i]
		if step == 2 {
			if !plainScalar(v) {
				return false
			}
			b.WriteString(v.Value)
			b.WriteByte(':')
			v = n.Content[i+1]
		} else {
			b.WriteByte('-')
		}
		switch {
		case v.Kind == yaml.ScalarNode:
			b.WriteByte(' ')
			switch {
			case plainScalar(v):
				b.WriteString(v.Value)
			case quotedScalar(v):
				b.WriteByte('"')
				b.WriteString(v.Value)
				b.WriteByte('"')
			default:
				return false
			}
			b.WriteByte('\n')
		case (v.Kind == yaml.MappingNode || v.Kind == yaml.SequenceNode) && len(v.Content) == 0 && v.Anchor == "" && commentsOf(v).empty():
			if v.Kind == yaml.MappingNode {
				b.WriteString(" {}\n")
			} else {
				b.WriteString(" []\n")
			}
		case (v.Kind == yaml.MappingNode || v.Kind == yaml.SequenceNode) && step == 2:
			b.WriteByte('\n')
			if !direct(b, v, indent+2, false) {
				return false
			}
		case v.Kind == yaml.MappingNode || v.Kind == yaml.SequenceNode:
			b.WriteByte(' ')
			if !direct(b, v, indent+2, true) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// plainScalar reports whether the encoder writes the scalar n as it is,
// without quotes: a boolean, or a string of one line that starts with a
// letter, has none of YAML's indicators, no space at its end and nothing
// that needsQuotes or a YAML 1.2 reader takes for another type. (This is a
// safe subset of what the encoder writes plain.)
func plainScalar(n *yaml.Node) bool {
	if n.Kind != yaml.ScalarNode || n.Style != 0 || n.Anchor != "" || !commentsOf(n).empty() {
		return false
	}
	if n.Tag == "!!bool" {
		return n.Value == "true" || n.Value == "false"
	}
	return n.Tag == "!!str" && !needsQuotes(n.Value) && plainText(n.Value)
}

// plainText reports whether the string s, which needsQuotes lets go
// unquoted, is one the encoder writes as it is.
func plainText(s string) bool {
	if s == "" || s[len(s)-1] == ' ' {
		return false
	}
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
		case i == 0 && r < 0xA0:
			return false
		case r >= 0xA0:
			if !printable(r) {
				return false
			}
		case r >= '0' && r <= '9', r == ' ', r == '.', r == '_', r == '-', r == '/', r == '(', r == ')', r == '+', r == ';', r == '=':
		default:
			return false
		}
	}
	return true
}

// quotedScalar reports whether n is a string the encoder writes in double
// quotes as it is, with no character escaped.
func quotedScalar(n *yaml.Node) bool {
	if n.Kind != yaml.ScalarNode || n.Style != yaml.DoubleQuotedStyle || n.Tag != "!!str" || n.Anchor != "" || !commentsOf(n).empty() {
		return false
	}
	return quotedText(n.Value)
}

// quotedText reports whether the encoder writes s in double quotes as it
// is, with no character escaped.
func quotedText(s string) bool {
	for _, r := range s {
		if r < 0x20 || r == '"' || r == '\\' || r >= 0x7F && (r < 0xA0 || !printable(r)) {
			return false
		}
	}
	return true
}

// printable reports whether the encoder writes r, from U+00A0 on, as it
// is: a printable character that is not a line break.
func printable(r rune) bool {
	return r != utf8.RuneError && (r < 0xD800 || r > 0xDFFF) && r != 0xFEFF && r != 0xFFFE && r != 0xFFFF && r != 0x2028 && r != 0x2029
}

// directValue writes what follows the key and colon of a block mapping
// (inMap) or the "-" of a block list for the typed value v, the bytes
// direct writes for the node the encoder makes of v, with the entries of a
// mapping or list at indent. It reports false, having written part of it,
// when v holds a scalar direct would not write, or anything the encoder
// would not take.
func (e *encoder) directValue(b *bytes.Buffer, v reflect.Value, indent int, inMap bool) bool {
	t := v.Type()
	switch {
	case t == tagType:
		return directScalar(b, v.Interface().(language.Tag).String())
	case t == textType:
		tx := v.Interface().(Text)
		tags := tx.Languages()
		slices.SortStableFunc(tags, func(a, b language.Tag) int {
			return rank(e.langs, a) - rank(e.langs, b)
		})
		return directBlock(b, len(tags), indent, inMap, func(i int) bool {
			k := tags[i].String()
			if needsQuotes(k) || !plainText(k) {
				return false
			}
			b.WriteString(k)
			b.WriteByte(':')
			return directScalar(b, tx[tags[i]])
		}, '{')
	case implements(t, textMarshalerType):
		if v.Kind() == reflect.Pointer && v.IsNil() {
			return false
		}
		text, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		return err == nil && directScalar(b, string(text))
	}
	switch t.Kind() {
	case reflect.Pointer:
		return !v.IsNil() && e.directValue(b, v.Elem(), indent, inMap)
	case reflect.Struct:
		var present []Field
		for _, f := range Fields(t) {
			if !omit(t, f, v.FieldByIndex(f.Index)) {
				present = append(present, f)
			}
		}
		return directBlock(b, len(present), indent, inMap, func(i int) bool {
			f := present[i]
			if needsQuotes(f.Name) || !plainText(f.Name) {
				return false
			}
			b.WriteString(f.Name)
			b.WriteByte(':')
			return e.directValue(b, v.FieldByIndex(f.Index), indent+2, true)
		}, '{')
	case reflect.Slice:
		return directBlock(b, v.Len(), indent, inMap, func(i int) bool {
			b.WriteByte('-')
			return e.directValue(b, v.Index(i), indent+2, false)
		}, '[')
	case reflect.String:
		return directScalar(b, v.String())
	case reflect.Bool:
		b.WriteString(" " + strconv.FormatBool(v.Bool()) + "\n")
		return true
	}
	return false
}

// directBlock writes a block mapping or list of n entries, each written by
// entry after the indentation, as direct does: under a key on the lines
// that follow, after a list's "-" on the same line; empty, as {} or [].
func directBlock(b *bytes.Buffer, n, indent int, inMap bool, entry func(i int) bool, open byte) bool {
	if n == 0 {
		if open == '{' {
			b.WriteString(" {}\n")
		} else {
			b.WriteString(" []\n")
		}
		return true
	}
	if inMap {
		b.WriteByte('\n')
	} else {
		b.WriteByte(' ')
	}
	for i := range n {
		if i > 0 || inMap {
			b.WriteString(spaces(indent))
		}
		if !entry(i) {
			return false
		}
	}
	return true
}

// directScalar writes " s" and a line break, s plain or in double quotes
// as strNode and direct would, or reports false.
func directScalar(b *bytes.Buffer, s string) bool {
	switch quote := needsQuotes(s); {
	case !quote && plainText(s):
		b.WriteByte(' ')
		b.WriteString(s)
	case quote && quotedText(s):
		b.WriteString(` "`)
		b.WriteString(s)
		b.WriteByte('"')
	default:
		return false
	}
	b.WriteByte('\n')
	return true
}
