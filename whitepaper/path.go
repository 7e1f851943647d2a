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
func (p *path) String() string {
	var segs []string
	for q := p; q != nil; q = q.parent {
		if q.name != "" {
			segs = append(segs, pointerEscaper.Replace(q.name))
		} else {
			segs = append(segs, strconv.Itoa(q.index))
		}
	}
	var b strings.Builder
	for i := len(segs) - 1; i >= 0; i-- {
		b.WriteByte('/')
		b.WriteString(segs[i])
	}
	return b.String()
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
