// Package variants makes variants of a whitepaper for metamorphic tests:
// the same document with one fact hedged (a qualifier, a certification
// status short of held, a weaker bound, a scope of some plans). It finds
// where to hedge from the model's field metadata, not from a list, so a
// field added to the model is covered as soon as a document states it.
//
// Tests of every consumer (the page, the key facts, the comparison, the
// answers, the differ) take the same variants and assert that the hedge
// shows, that no answer is a plain yes on it and that the change is not
// a strengthening.
package variants

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// Hedge is the sort of change a variant makes.
type Hedge string

// The hedges a variant applies.
const (
	// Qualifier sets the qualifier of an item (Applicability) to planned
	// or in principle, or qualifies a section's field (Notes.Qualified).
	Qualifier Hedge = "qualifier"
	// Status sets a certification's status to expired.
	Status Hedge = "status"
	// Bound changes the bound of an ordered duration or count to the one
	// that guarantees less: "at least" where lower is better, "within"
	// where higher is better.
	Bound Hedge = "bound"
	// Plans limits an item to the document's first plan.
	Plans Hedge = "plans"
)

// Variant is a base document changed in one respect.
type Variant struct {
	// Name says what changed, for test names.
	Name string
	// Hedge is the sort of change.
	Hedge Hedge
	// Pointer is the JSON Pointer of what changed: the item qualified,
	// limited or whose status changed, or the value whose bound changed.
	Pointer string
	// Pattern is Pointer with every list index as *, as comparison rows
	// name fields: /backup/sets/*.
	Pattern string
	// Field is the field changed: Applicability's qualifier or plans, a
	// certification's status, the ordered field whose bound changed, or
	// for a section's qualified field, the field qualified.
	Field whitepaper.Field
	// Value is what the hedge set: the qualifier, status or plan ID, or
	// the new value's text.
	Value string
	// Doc is the variant.
	Doc *whitepaper.Document
}

// target is a place to hedge, found on one copy of the base and applied
// to a fresh one.
type target struct {
	hedge   Hedge
	index   [][]int // the path of field indexes and list positions to the struct to change
	ptr     string
	pattern string
	field   whitepaper.Field
}

var (
	applicabilityType = reflect.TypeFor[whitepaper.Applicability]()
	statusType        = reflect.TypeFor[whitepaper.CertificationStatus]()
	durationType      = reflect.TypeFor[whitepaper.Duration]()
	countType         = reflect.TypeFor[whitepaper.Count]()
	textMarshaler     = reflect.TypeFor[interface{ MarshalText() ([]byte, error) }]()
)

// Of returns the variants of the document load returns; load is called
// once per variant for a fresh copy, and must return the same document
// each time.
func Of(load func() (*whitepaper.Document, error)) ([]Variant, error) {
	base, err := load()
	if err != nil {
		return nil, err
	}
	var targets []target
	find(reflect.ValueOf(base).Elem(), nil, "", "", &targets)
	var out []Variant
	for _, t := range targets {
		doc, err := load()
		if err != nil {
			return nil, err
		}
		v, ok := apply(doc, t)
		if ok {
			out = append(out, v)
		}
	}
	return out, nil
}

// find walks a document's values for places to hedge.
func find(v reflect.Value, index [][]int, ptr, pattern string, out *[]target) {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Slice:
		if v.Type().Elem().Kind() != reflect.Struct && v.Type().Elem().Kind() != reflect.Pointer {
			return
		}
		for i := range v.Len() {
			find(v.Index(i), append(clip(index), []int{-1, i}), ptr+"/"+strconv.Itoa(i), pattern+"/*", out)
		}
		return
	case reflect.Struct:
	default:
		return
	}
	t := v.Type()
	if t.Implements(textMarshaler) || reflect.PointerTo(t).Implements(textMarshaler) {
		return
	}
	for _, f := range whitepaper.Fields(t) {
		fv := v.FieldByIndex(f.Index)
		fptr, fpat := ptr+"/"+f.Name, pattern+"/"+f.Name
		switch {
		case f.Owner == applicabilityType && f.Name == "qualifier" && len(index) > 0:
			*out = append(*out, target{hedge: Qualifier, index: index, ptr: ptr, pattern: pattern, field: f})
		case f.Owner == applicabilityType && f.Name == "plans" && len(index) > 0 && fv.Len() == 0:
			*out = append(*out, target{hedge: Plans, index: index, ptr: ptr, pattern: pattern, field: f})
		case f.Type == statusType:
			*out = append(*out, target{hedge: Status, index: index, ptr: ptr, pattern: pattern, field: f})
		case (f.Type == durationType || f.Type == countType) && f.Better != whitepaper.Unordered && !fv.IsZero():
			*out = append(*out, target{hedge: Bound, index: index, ptr: fptr, pattern: fpat, field: f})
		}
		if f.Type.Kind() == reflect.Struct || f.Type.Kind() == reflect.Pointer || f.Type.Kind() == reflect.Slice {
			find(fv, append(clip(index), f.Index), fptr, fpat, out)
		}
	}
	// A section's qualified fields: qualify its first stated yes/no
	// fact that has an order.
	if _, ok := v.Addr().Interface().(whitepaper.Section); ok && len(index) > 0 {
		for _, f := range whitepaper.Fields(t) {
			if b, ok := v.FieldByIndex(f.Index).Interface().(*bool); ok && b != nil && f.Better != whitepaper.Unordered {
				*out = append(*out, target{hedge: Qualifier, index: index, ptr: ptr + "/" + f.Name, pattern: pattern + "/" + f.Name, field: f})
				break
			}
		}
	}
}

func clip(index [][]int) [][]int { return index[:len(index):len(index)] }

// locate follows a target's path in a fresh copy.
func locate(doc *whitepaper.Document, index [][]int) reflect.Value {
	v := reflect.ValueOf(doc).Elem()
	for _, step := range index {
		for v.Kind() == reflect.Pointer {
			v = v.Elem()
		}
		if step[0] == -1 {
			v = v.Index(step[1])
		} else {
			v = v.FieldByIndex(step)
		}
	}
	for v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	return v
}

// apply makes the variant of a target on a fresh copy.
func apply(doc *whitepaper.Document, t target) (Variant, bool) {
	v := locate(doc, t.index)
	out := Variant{Hedge: t.hedge, Pointer: t.ptr, Pattern: t.pattern, Field: t.field, Doc: doc}
	switch t.hedge {
	case Qualifier:
		if t.field.Owner == applicabilityType {
			fv := v.FieldByIndex(t.field.Index)
			if fv.String() != "" {
				return Variant{}, false // already qualified
			}
			fv.SetString(string(whitepaper.Planned))
			out.Value = string(whitepaper.Planned)
		} else {
			notes := v.Addr().Interface().(whitepaper.Section).SectionNotes()
			notes.Qualified = append(notes.Qualified, whitepaper.FieldQualifier{Field: t.field.Name, Qualifier: whitepaper.InPrinciple})
			out.Value = string(whitepaper.InPrinciple)
		}
	case Plans:
		if len(doc.Plans) == 0 {
			return Variant{}, false
		}
		v.FieldByIndex(t.field.Index).Set(reflect.ValueOf([]string{doc.Plans[0].ID}))
		out.Value = doc.Plans[0].ID
	case Status:
		fv := v.FieldByIndex(t.field.Index)
		if s := fv.String(); s != "" && s != string(whitepaper.Certified) {
			return Variant{}, false
		}
		fv.SetString(string(whitepaper.Expired))
		out.Value = string(whitepaper.Expired)
	case Bound:
		fv := v.FieldByIndex(t.field.Index)
		weaker := whitepaper.AtLeast
		if t.field.Better == whitepaper.Higher {
			weaker = whitepaper.AtMost
		}
		switch x := fv.Interface().(type) {
		case whitepaper.Duration:
			if x.Kind != whitepaper.Finite || x.Max != 0 || x.Bound == weaker {
				return Variant{}, false
			}
			x.Bound = weaker
			fv.Set(reflect.ValueOf(x))
			out.Value = x.String()
		case whitepaper.Count:
			if x.Bound == weaker {
				return Variant{}, false
			}
			x.Bound = weaker
			fv.Set(reflect.ValueOf(x))
			out.Value = x.String()
		}
	}
	out.Name = fmt.Sprintf("%s %s at %s", t.hedge, out.Value, t.ptr)
	if errs := doc.Validate().Errors(); len(errs) > 0 {
		return Variant{}, false // a hedge the model refuses here, such as plans on a keyed duplicate
	}
	return out, true
}

// Lookup follows a JSON Pointer of property names and list positions in
// a document; the invalid Value when it leads nowhere.
func Lookup(doc *whitepaper.Document, ptr string) reflect.Value {
	v := reflect.ValueOf(doc).Elem()
	for _, seg := range splitPointer(ptr) {
		for v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return reflect.Value{}
			}
			v = v.Elem()
		}
		switch v.Kind() {
		case reflect.Slice:
			i, err := strconv.Atoi(seg)
			if err != nil || i < 0 || i >= v.Len() {
				return reflect.Value{}
			}
			v = v.Index(i)
		case reflect.Struct:
			f, ok := whitepaper.FieldByName(v.Type(), seg)
			if !ok {
				return reflect.Value{}
			}
			v = v.FieldByIndex(f.Index)
		default:
			return reflect.Value{}
		}
	}
	return v
}

func splitPointer(ptr string) []string {
	if ptr == "" || ptr == "/" {
		return nil
	}
	return strings.Split(strings.TrimPrefix(ptr, "/"), "/")
}
