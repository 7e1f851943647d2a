package whitepaper

import (
	"strconv"
	"strings"
)

// path is a JSON Pointer under construction, as a linked list from the
// leaf to the root, so that building one costs little until it is printed.
// The nil *path is the root; every other node is one segment.
type path struct {
	parent *path
	name   string // property name; "" for an index
	index  int
}

func (p *path) field(name string) *path { return &path{parent: p, name: name} }
func (p *path) at(i int) *path          { return &path{parent: p, index: i} }

// String returns the RFC 6901 JSON Pointer.
//
// It only copies what it reads, so that a path built on the caller's
// stack (the decoder's and validator's walk) stays there: a segment
// costs nothing until a diagnostic prints it.
func (p *path) String() string {
	var b strings.Builder
	p.write(&b)
	return b.String()
}

// write writes the pointer, the root's segment first.
func (p *path) write(b *strings.Builder) {
	if p == nil {
		return
	}
	p.parent.write(b)
	b.WriteByte('/')
	if p.name == "" {
		b.WriteString(strconv.Itoa(p.index))
		return
	}
	for i := 0; i < len(p.name); i++ {
		switch c := p.name[i]; c {
		case '~':
			b.WriteString("~0")
		case '/':
			b.WriteString("~1")
		default:
			b.WriteByte(c)
		}
	}
}

// splitPointer splits a JSON Pointer into unescaped segments.
func splitPointer(ptr string) []string {
	if ptr == "" {
		return nil
	}
	segs := strings.Split(strings.TrimPrefix(ptr, "/"), "/")
	for i, s := range segs {
		segs[i] = pointerUnescaper.Replace(s)
	}
	return segs
}

var (
	pointerEscaper   = strings.NewReplacer("~", "~0", "/", "~1")
	pointerUnescaper = strings.NewReplacer("~1", "/", "~0", "~")
)
