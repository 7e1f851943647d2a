package whitepaper

import (
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Comments of a YAML source survive canonical encoding: they are taken from
// the decoded node tree by JSON Pointer and put on the nodes of the encoded
// tree at the same pointer, so that a comment stays with its value when
// fields are reordered. A comment whose value the encoding leaves out (an
// empty list, say) goes to the nearest value that remains.

// comments are the three comments yaml.v3 attaches to a node.
type comments struct {
	head, line, foot string
}

func (c comments) empty() bool { return c.head == "" && c.line == "" && c.foot == "" }

func commentsOf(n *yaml.Node) comments {
	return comments{n.HeadComment, n.LineComment, n.FootComment}
}

// attached are the comments of one value: on the key it is under (in a
// mapping), and on the value node itself.
type attached struct {
	key, value comments
	line       int // where the value was, to order comments that move
}

// collectComments maps each JSON Pointer of the tree to its comments.
func collectComments(root *yaml.Node) map[string]attached {
	out := map[string]attached{}
	var walk func(n *yaml.Node, ptr string, key *yaml.Node)
	walk = func(n *yaml.Node, ptr string, key *yaml.Node) {
		a := attached{value: commentsOf(n), line: n.Line}
		if key != nil {
			a.key = commentsOf(key)
			a.line = key.Line
		}
		if !a.key.empty() || !a.value.empty() {
			out[ptr] = a
		}
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				walk(n.Content[i+1], ptr+"/"+escapePointer(n.Content[i].Value), n.Content[i])
			}
		case yaml.SequenceNode:
			for i, c := range n.Content {
				walk(c, ptr+"/"+strconv.Itoa(i), nil)
			}
		}
	}
	walk(root, "", nil)
	return out
}

func escapePointer(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return pointerEscaper.Replace(s)
}

// applyComments puts the comments of src on the nodes of root at the same
// pointers. Comments whose pointer is not in root go to the foot of the
// nearest ancestor that is, in the order of the source.
func applyComments(root *yaml.Node, src map[string]attached) {
	if len(src) == 0 {
		return
	}
	type place struct{ key, value *yaml.Node }
	places := map[string]place{}
	var walk func(n *yaml.Node, ptr string, key *yaml.Node)
	walk = func(n *yaml.Node, ptr string, key *yaml.Node) {
		places[ptr] = place{key, n}
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				walk(n.Content[i+1], ptr+"/"+escapePointer(n.Content[i].Value), n.Content[i])
			}
		case yaml.SequenceNode:
			for i, c := range n.Content {
				walk(c, ptr+"/"+strconv.Itoa(i), nil)
			}
		}
	}
	walk(root, "", nil)

	ptrs := make([]string, 0, len(src))
	for p := range src {
		ptrs = append(ptrs, p)
	}
	slices.SortFunc(ptrs, func(a, b string) int {
		if d := src[a].line - src[b].line; d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	for _, ptr := range ptrs {
		c := src[ptr]
		if p, ok := places[ptr]; ok {
			if p.key != nil {
				setComments(p.key, c.key)
				setComments(p.value, c.value)
			} else {
				setComments(p.value, mergeComments(c.key, c.value))
			}
			continue
		}
		// The value is gone: keep its comments at the nearest ancestor.
		anc := ptr
		for {
			i := strings.LastIndexByte(anc, '/')
			if i < 0 {
				anc = ""
				break
			}
			anc = anc[:i]
			if _, ok := places[anc]; ok {
				break
			}
		}
		p := places[anc]
		target := p.value
		if p.key != nil {
			target = p.key
		}
		text := joinComments(c.key.head, c.key.line, c.value.head, c.value.line, c.value.foot, c.key.foot)
		target.FootComment = joinComments(target.FootComment, text)
	}
}

// setComments adds c to the comments n already has.
func setComments(n *yaml.Node, c comments) {
	n.HeadComment = joinComments(n.HeadComment, c.head)
	n.LineComment = joinComments(n.LineComment, c.line)
	n.FootComment = joinComments(n.FootComment, c.foot)
}

func mergeComments(a, b comments) comments {
	return comments{joinComments(a.head, b.head), joinComments(a.line, b.line), joinComments(a.foot, b.foot)}
}

// joinComments joins comment texts, one per line, leaving out empty ones.
func joinComments(texts ...string) string {
	var parts []string
	for _, t := range texts {
		if t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, "\n")
}

// HasComments reports whether the YAML the document was loaded from has
// comments. [Document.EncodeYAML] keeps them; JSON cannot hold them.
func (doc *Document) HasComments() bool {
	if doc.src == nil || doc.src.plain || doc.src.tree() == nil {
		return false
	}
	return doc.src.header != "" || len(collectComments(doc.src.tree())) > 0
}

// Aliases returns the position of each YAML anchor and alias of the
// source. The model holds values, not references, so the canonical
// encoding writes every alias out in full; a tool that rewrites the file
// should refuse instead.
func (doc *Document) Aliases() []Pos {
	if doc.src == nil || doc.src.plain || doc.src.tree() == nil {
		return nil
	}
	var out []Pos
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if n.Anchor != "" || n.Kind == yaml.AliasNode {
			out = append(out, Pos{Filename: doc.src.filename, Line: n.Line, Column: n.Column})
		}
		if n.Kind == yaml.AliasNode {
			return
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(doc.src.tree())
	return out
}

// placeComments moves comments to where yaml.v3 writes them so that they
// read back onto the same node, which makes formatting idempotent:
//
//   - A line comment of a collection written in block style goes to its
//     key ("vendor: # comment"), or above it in a list.
//   - A foot comment of a key whose value is a block collection, inside a
//     nested mapping, goes to the last value of that collection, at whose
//     indentation the encoder writes it.
func placeComments(n *yaml.Node, root bool) {
	isBlock := func(v *yaml.Node) bool {
		return (v.Kind == yaml.MappingNode || v.Kind == yaml.SequenceNode) && v.Style&yaml.FlowStyle == 0 && len(v.Content) > 0
	}
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if isBlock(v) && v.LineComment != "" {
				k.LineComment = joinComments(k.LineComment, v.LineComment)
				v.LineComment = ""
			}
			if isBlock(v) && k.FootComment != "" && !root {
				last := v
				for isBlock(last) {
					if last.Kind == yaml.MappingNode {
						last = last.Content[len(last.Content)-2]
						break
					}
					last = last.Content[len(last.Content)-1]
				}
				if last.Kind == yaml.ScalarNode {
					last.FootComment = joinComments(k.FootComment, last.FootComment)
					k.FootComment = ""
				}
			}
			placeComments(v, false)
		}
	case yaml.SequenceNode:
		for _, c := range n.Content {
			if isBlock(c) && c.LineComment != "" {
				c.HeadComment = joinComments(c.HeadComment, c.LineComment)
				c.LineComment = ""
			}
			placeComments(c, false)
		}
	}
}

// hasCommentsOrAliases reports whether any node of the tree carries a
// comment, an anchor or is an alias, other than the file's header comment
// (kept apart, in header).
func hasCommentsOrAliases(root *yaml.Node, header string) bool {
	var walk func(n *yaml.Node) bool
	walk = func(n *yaml.Node) bool {
		head := n.HeadComment
		first := n == root || len(root.Content) > 0 && n == root.Content[0]
		if first && head != "" && strings.TrimSpace(head) == strings.TrimSpace(header) {
			head = "" // the header, which is kept apart
		}
		if head != "" || n.LineComment != "" || n.FootComment != "" || n.Anchor != "" || n.Kind == yaml.AliasNode {
			return true
		}
		for _, c := range n.Content {
			if walk(c) {
				return true
			}
		}
		return false
	}
	return root != nil && walk(root)
}
