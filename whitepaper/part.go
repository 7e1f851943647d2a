package whitepaper

import (
	"reflect"
	"strconv"
	"strings"
)

// Part is what one pointer of [OutlineEntry.Fields] names: a field of a
// section, or the items of a list field that a field of their own picks,
// written "/dataDeletion/accessAfter/*[trigger=graduation]": where the
// vendor gives some items of a list a heading of their own (卒業・転校時の取
// り扱い) and leaves the others under the section's heading.
type Part struct {
	// Section is the section's document name, such as "dataDeletion".
	Section string
	// Field is the section's field.
	Field Field
	// By names the field of the list's items that picks them, such as
	// "trigger"; empty when the part is the whole field.
	By string
	// Value is the value By must hold, such as "graduation".
	Value string
	// Paragraph is, for a pointer to one of a section's paragraphs
	// ("/dataUse/notes/1", where the vendor gives a paragraph a heading of
	// its own), the paragraph's index in the section's notes; -1 for any
	// other part.
	Paragraph int
}

// ParsePart resolves a pointer of [OutlineEntry.Fields]: a JSON Pointer
// to a field of a section ("/dataDeletion/accessAfter"), optionally
// followed by "/*[field=value]" to pick the items of a list field whose
// field holds the value, or to one of a section's paragraphs
// ("/dataUse/notes/1"). It reports false when the pointer names no such
// field, or the field is not a list of records with a text field of that
// name.
func ParsePart(ptr string) (Part, bool) {
	if head, n, ok := cutParagraph(ptr); ok {
		sec, name, _ := strings.Cut(strings.TrimPrefix(head, "/"), "/")
		sf, ok := FieldByName(reflect.TypeFor[Document](), sec)
		if !ok || sf.Type.Kind() != reflect.Pointer || !sf.Type.Implements(sectionType) {
			return Part{}, false
		}
		f, _ := FieldByName(sf.Type.Elem(), name)
		return Part{Section: sec, Field: f, Paragraph: n}, true
	}
	head, filter := ptr, ""
	if i := strings.Index(ptr, "/*["); i >= 0 {
		head, filter = ptr[:i], ptr[i+1:]
	}
	sec, f, ok := FieldPointer(head)
	if !ok {
		return Part{}, false
	}
	p := Part{Section: sec, Field: f, Paragraph: -1}
	if filter == "" {
		return p, true
	}
	inner, ok := strings.CutPrefix(filter, "*[")
	if ok {
		inner, ok = strings.CutSuffix(inner, "]")
	}
	if ok {
		p.By, p.Value, ok = strings.Cut(inner, "=")
	}
	if !ok || p.By == "" || p.Value == "" || strings.ContainsAny(p.Value, "[]/") {
		return Part{}, false
	}
	t := f.Type
	if t.Kind() != reflect.Slice {
		return Part{}, false
	}
	for t = t.Elem(); t.Kind() == reflect.Pointer; t = t.Elem() {
	}
	if t.Kind() != reflect.Struct {
		return Part{}, false
	}
	by, ok := FieldByName(t, p.By)
	if !ok || by.Type.Kind() != reflect.String {
		return Part{}, false
	}
	return p, true
}

// cutParagraph splits "/dataUse/notes/1" into "/dataUse/notes" and 1.
func cutParagraph(ptr string) (string, int, bool) {
	i := strings.LastIndex(ptr, "/")
	head, num := ptr[:max(i, 0)], ptr[i+1:]
	if i < 0 || !strings.HasSuffix(head, "/notes") || strings.Count(head, "/") != 2 || num == "" || len(num) > 6 {
		return "", 0, false
	}
	n, err := strconv.Atoi(num)
	if err != nil || n < 0 || strconv.Itoa(n) != num {
		return "", 0, false
	}
	return head, n, true
}

// Pointer is the JSON Pointer of the part's field, without any filter
// or paragraph number: "/dataDeletion/accessAfter", "/dataUse/notes".
func (p Part) Pointer() string {
	return "/" + p.Section + "/" + p.Field.Name
}

// Picks reports whether an item of the part's list is one the part holds:
// every item when the part is a whole field, else those whose field By
// holds Value. It reports false for anything that is not such an item.
func (p Part) Picks(item any) bool {
	if p.Paragraph >= 0 && p.Field.Name == "notes" {
		return false // a paragraph, not items of a list
	}
	if p.By == "" {
		return true
	}
	v := reflect.ValueOf(item)
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return false
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return false
	}
	f, ok := FieldByName(v.Type(), p.By)
	return ok && v.FieldByIndex(f.Index).String() == p.Value
}
