package whitepaper

import (
	"reflect"
	"strconv"
	"strings"
)

// Heading is one heading of a document as it is laid out: the vendor's,
// when the document states an [Document.Outline], or otherwise one per
// section present, in the order of [Sections] with custom sections after
// the section they name.
type Heading struct {
	// Number is the heading's number: the vendor's ("11", "3.2"), or
	// "1", "2", … when the document has no outline. It is empty for a
	// vendor heading without a number.
	Number string
	// Title is the vendor's heading; empty when the document has no
	// outline, and the section's own title or standard title applies, and
	// for an untitled lead paragraph.
	Title Text
	// Source is the id of the source document the heading comes from,
	// when the outline holds several that each number from 1.
	Source string
	// Sections lists the sections the heading holds, in order. A vendor
	// heading may hold none (a heading above others), one or several.
	Sections []SectionID
	// Fields lists the parts of sections the heading holds, as JSON
	// Pointers such as "/dataDeletion/accessAfter", items of a list such
	// as "/dataDeletion/accessAfter/*[trigger=graduation]", or a paragraph
	// such as "/purpose/notes/0" (see [ParsePart]).
	Fields []string
	// Level is 0 for a top heading, 1 for a heading under it, and so on.
	Level int
}

// Headings lays the document out: the vendor's outline when it has one
// (with any section present that the outline does not name added after
// it, unnumbered), or else one numbered heading per section present.
// Renderers and the differ number sections by it.
func (doc *Document) Headings() []Heading {
	var out []Heading
	named := map[SectionID]bool{}
	var walk func([]OutlineEntry, int, string)
	walk = func(es []OutlineEntry, level int, outer string) {
		for _, e := range es {
			source := outer
			if e.Source != "" {
				source = e.Source
			}
			h := Heading{Number: e.Number, Title: e.Title, Level: level, Fields: e.Fields, Source: source}
			for _, id := range e.Sections {
				if doc.Section(id) != nil {
					h.Sections = append(h.Sections, id)
					named[id] = true
				}
			}
			out = append(out, h)
			walk(e.Entries, level+1, source)
		}
	}
	walk(doc.Outline, 0, "")
	for i, id := range doc.layout() {
		if named[id] {
			continue
		}
		h := Heading{Sections: []SectionID{id}}
		if len(doc.Outline) == 0 {
			h.Number = strconv.Itoa(i + 1)
		}
		out = append(out, h)
	}
	return out
}

// HeadingOf returns the heading that holds the section, and whether there is one.
func (doc *Document) HeadingOf(id SectionID) (Heading, bool) {
	for _, h := range doc.Headings() {
		for _, s := range h.Sections {
			if s == id {
				return h, true
			}
		}
	}
	return Heading{}, false
}

// FieldPointer resolves a JSON Pointer to a field of a section, such as
// "/dataDeletion/accessAfter", to the section's document name and the
// field. It reports false when the pointer names no such field.
func FieldPointer(ptr string) (section string, f Field, ok bool) {
	sec, name, found := strings.Cut(strings.TrimPrefix(ptr, "/"), "/")
	if !found || !strings.HasPrefix(ptr, "/") {
		return "", Field{}, false
	}
	sf, ok := FieldByName(reflect.TypeFor[Document](), sec)
	if !ok || sf.Type.Kind() != reflect.Pointer || !sf.Type.Implements(sectionType) {
		return "", Field{}, false
	}
	f, ok = FieldByName(sf.Type.Elem(), name)
	if !ok || f.Shared() {
		return "", Field{}, false
	}
	return sec, f, true
}

var sectionType = reflect.TypeFor[Section]()

// layout lists the sections present in the standard order: standard
// sections in the order of [Sections], each custom section after the
// section it names, or last.
func (doc *Document) layout() []SectionID {
	var out []SectionID
	after := map[SectionID][]SectionID{}
	var last []SectionID
	for _, c := range doc.Custom {
		if c.After == "" {
			last = append(last, SectionID(c.ID))
		} else {
			after[c.After] = append(after[c.After], SectionID(c.ID))
		}
	}
	for _, info := range sections {
		if doc.Section(info.ID) != nil {
			out = append(out, info.ID)
		}
		out = append(out, after[info.ID]...)
	}
	return append(out, last...)
}
