package whitepaper

import (
	"encoding"
	"reflect"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
)

// A document loaded from a file keeps the file's positions, but Go code
// may change the document afterwards. A position is given only while the
// source still holds, at that pointer, the value the document holds: a
// scalar that reads as the same value, a list or text of the same length,
// a mapping whose keys are the fields the document states. Otherwise the
// position is stale, and the nearest ancestor's that is not is given
// instead (the backup set whose generations changed), or, when none is,
// the file's name alone.

// posOf returns the position of the value at a JSON Pointer, or of its
// nearest ancestor whose value the source still holds.
func (doc *Document) posOf(ptr string) Pos {
	for {
		p := doc.src.pos(ptr)
		if !p.IsValid() || doc.src.matches(doc, ptr) {
			return p
		}
		if ptr == "" {
			return Pos{Filename: p.Filename}
		}
		ptr = ptr[:strings.LastIndexByte(ptr, '/')]
	}
}

// matches reports whether the source's value at ptr, or at the nearest
// ancestor the source has, agrees with the document's value there.
func (s *source) matches(doc *Document, ptr string) bool {
	n := s.tree()
	if n == nil {
		return true
	}
	v := reflect.ValueOf(doc).Elem()
	for _, seg := range splitPointer(ptr) {
		next := childNode(n, seg)
		nv, ok := child(v, seg)
		if next == nil || !ok {
			break // the nearest ancestor the source has
		}
		n, v = next, nv
	}
	for n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return agrees(n, v)
}

// childNode returns the node under n named by one segment of a pointer,
// or nil.
func childNode(n *yaml.Node, seg string) *yaml.Node {
	for n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == seg {
				return n.Content[i+1]
			}
		}
	case yaml.SequenceNode:
		if i, err := strconv.Atoi(seg); err == nil && i >= 0 && i < len(n.Content) {
			return n.Content[i]
		}
	}
	return nil
}

// child returns the value under v named by one segment of a pointer.
func child(v reflect.Value, seg string) (reflect.Value, bool) {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return v, false
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Struct:
		f, ok := FieldByName(v.Type(), seg)
		if !ok {
			return v, false
		}
		return v.FieldByIndex(f.Index), true
	case reflect.Slice:
		i, err := strconv.Atoi(seg)
		if err != nil || i < 0 || i >= v.Len() {
			return v, false
		}
		return v.Index(i), true
	case reflect.Map:
		if v.Type() != textType {
			return v, false
		}
		tag, err := language.Parse(seg)
		if err != nil {
			return v, false
		}
		e := v.MapIndex(reflect.ValueOf(tag))
		return e, e.IsValid()
	}
	return v, false
}

// agrees reports whether a source node and a document value may be the
// same: a scalar that parses to the value, a list or text of as many
// items. A mapping of fields is not compared; its scalars are.
func agrees(n *yaml.Node, v reflect.Value) bool {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return false
		}
		v = v.Elem()
	}
	switch n.Kind {
	case yaml.SequenceNode:
		return v.Kind() == reflect.Slice && v.Len() == len(n.Content)
	case yaml.MappingNode:
		if v.Kind() == reflect.Map {
			return v.Len() == len(n.Content)/2
		}
		if v.Kind() != reflect.Struct {
			return false
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			f, ok := FieldByName(v.Type(), n.Content[i].Value)
			if !ok || v.FieldByIndex(f.Index).IsZero() {
				return false // a key for a field the document no longer states
			}
		}
		return true
	case yaml.ScalarNode:
	default:
		return true
	}
	if v.CanAddr() && reflect.PointerTo(v.Type()).Implements(textUnmarshalerType) && v.Type() != tagType {
		fresh := reflect.New(v.Type())
		if err := fresh.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(n.Value)); err != nil {
			return false
		}
		return reflect.DeepEqual(fresh.Elem().Interface(), v.Interface())
	}
	switch v.Kind() {
	case reflect.String:
		return v.String() == n.Value
	case reflect.Bool:
		return strconv.FormatBool(v.Bool()) == n.Value
	}
	return true
}
