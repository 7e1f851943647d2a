package whitepaper

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
)

// Better says which way a field's value is better for the customer. The
// validator, the differ and the checks read it from the field's
// `whitepaper:"better=…"` option, declared once beside the field.
type Better string

// The directions of [Better].
const (
	// Unordered is a field whose values have no order for the customer.
	Unordered Better = ""
	// Higher means a larger amount is better: more backup generations, a
	// higher SLA target, a later minimum TLS version. For a [Frequency],
	// a longer interval.
	Higher Better = "higher"
	// Lower means a smaller amount is better: a shorter incident
	// deadline, a shorter RPO. For a [Frequency], a shorter interval:
	// more often.
	Lower Better = "lower"
	// True means stating true is better, such as encrypted backups.
	True Better = "true"
	// False means stating false is better, such as no secondary use.
	False Better = "false"
)

// More says whether more members of a set or list field is better for
// the customer: read from the field's `whitepaper:"more=…"` option, so
// that adding or removing a member has a direction.
type More string

// The directions of [More].
const (
	// MoreUnordered is a list whose size has no direction, such as the
	// countries data is stored in.
	MoreUnordered More = ""
	// MoreBetter means more members is better: more scopes encrypted,
	// more contents in a breach notice, more notice channels.
	MoreBetter More = "better"
	// MoreWorse means more members is worse: more kinds of data given to
	// a subprocessor, more exclusions from incident response.
	MoreWorse More = "worse"
)

// Ref says what a field refers to by ID: read from the field's
// `whitepaper:"ref=…"` option.
type Ref string

// The targets of a [Ref].
const (
	RefNone         Ref = ""
	RefProvider     Ref = "provider"     // an ID in Document.Providers
	RefOrganization Ref = "organization" // the vendor's ID or a provider's
	RefService      Ref = "service"      // an ID in Document.Services
	RefPlan         Ref = "plan"         // an ID in Document.Plans
	RefSection      Ref = "section"      // a standard or custom section ID
	RefSource       Ref = "source"       // the ID of a source document in Document.Sources
)

// Field describes a field of a model type as documents name it, with the
// metadata declared once on it in its `whitepaper` struct tag:
//
//	key       the field is part of the identity of items in a keyed list
//	set       the list is a set: order does not matter, duplicates are errors
//	required  the field must be stated
//	better=…  which way a value is better for the customer (see [Better])
//	more=…    whether more members of a list is better (see [More])
//	rule=…    the stem of the differ's rule IDs for an ordered field
//	ref=…     the field holds IDs of something the document declares (see [Ref])
//	ordered   the list's order is a fact, such as an order of precedence:
//	          the same members in another order is a change
//
// The validator, the encoder, the JSON Schema, the renderer, the differ
// and the checks all read fields through [Fields].
type Field struct {
	// Name is the property name in YAML and JSON documents.
	Name string
	// Index is the index sequence for reflect.Value.FieldByIndex; fields
	// of embedded structs (Notes, Applicability) are flattened in place.
	Index []int
	// Type is the field's Go type.
	Type reflect.Type
	// Owner is the struct type that declares the field: Applicability for
	// "plans", Notes for "notes".
	Owner reflect.Type
	// Key, Set, Required and Ordered are the options of the same names.
	Key, Set, Required, Ordered bool
	// Better is the field's order for the customer.
	Better Better
	// More says whether more members of a list is better.
	More More
	// Rule is the stem of the differ's rule IDs for the field; by default
	// the owner's and the field's names, such as "backup-set-rpo".
	Rule string
	// Ref is what the field's IDs refer to.
	Ref Ref
	// Units are what a [Count] field counts, such as characters for a
	// password's minimum length; empty when it may count anything.
	Units []CountUnit
	// Kinds are the values of its items' kind that the field is for, such
	// as the organisational measures of governance.measures: hints and
	// "did you mean" offer them first. Other values of the vocabulary
	// are allowed too. Empty when the field is for every kind.
	Kinds []string
	// Allowance is the option "allowance": the field's [Frequency] is
	// what the customer may use, a quota such as "at most once a year"
	// for an audit by the customer, so its upper bound is what is granted
	// ("at most yearly" grants yearly), not a ceiling on the vendor.
	Allowance bool
}

// Shared reports whether the field belongs to a struct that many types
// embed (Notes, Applicability) rather than to the type itself.
func (f Field) Shared() bool { return f.Owner == notesType || f.Owner == applicabilityType }

var (
	notesType         = reflect.TypeFor[Notes]()
	applicabilityType = reflect.TypeFor[Applicability]()
	typeFields        sync.Map // reflect.Type -> []Field
)

// Fields lists the fields of a model struct type, with the fields of
// embedded structs in place, in declaration order. The list is computed
// once per type and shared: do not modify it.
func Fields(t reflect.Type) []Field {
	if t == nil {
		return nil
	}
	if fs, ok := typeFields.Load(t); ok {
		return fs.([]Field)
	}
	fs := computeFields(t, nil)
	typeFields.Store(t, fs)
	return fs
}

func computeFields(t reflect.Type, prefix []int) []Field {
	var fs []Field
	for i := range t.NumField() {
		sf := t.Field(i)
		index := append(slices.Clone(prefix), i)
		if sf.Anonymous && sf.Tag.Get("json") == "" {
			fs = append(fs, computeFields(sf.Type, index)...)
			continue
		}
		if !sf.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		f := Field{Name: name, Index: index, Type: sf.Type, Owner: t}
		for _, opt := range strings.Split(sf.Tag.Get("whitepaper"), ",") {
			k, v, _ := strings.Cut(opt, "=")
			switch k {
			case "":
			case "key":
				f.Key = true
			case "set":
				f.Set = true
			case "required":
				f.Required = true
			case "ordered":
				f.Ordered = true
			case "better":
				f.Better = Better(v)
			case "more":
				f.More = More(v)
			case "rule":
				f.Rule = v
			case "allowance":
				f.Allowance = true
			case "ref":
				f.Ref = Ref(v)
			case "kinds":
				f.Kinds = strings.Split(v, "|")
			case "unit":
				for _, u := range strings.Split(v, "|") {
					f.Units = append(f.Units, CountUnit(u))
				}
			default:
				panic(fmt.Sprintf("whitepaper: unknown option %q on %s.%s", opt, t.Name(), sf.Name))
			}
		}
		if f.Better != Unordered && f.Rule == "" {
			f.Rule = kebab(t.Name()) + "-" + kebab(sf.Name)
		}
		fs = append(fs, f)
	}
	return fs
}

// FieldByName returns the field of a model struct type with the document
// name, such as "generations".
func FieldByName(t reflect.Type, name string) (Field, bool) {
	for _, f := range Fields(t) {
		if f.Name == name {
			return f, true
		}
	}
	return Field{}, false
}

var typeKeys sync.Map // reflect.Type -> []Field

// keyFieldsOf lists the key fields of a struct type, computed once per type.
func keyFieldsOf(t reflect.Type) []Field {
	if ks, ok := typeKeys.Load(t); ok {
		return ks.([]Field)
	}
	var out []Field
	for _, f := range Fields(t) {
		if f.Key {
			out = append(out, f)
		}
	}
	typeKeys.Store(t, out)
	return out
}

// implementations remembers which types implement which interfaces: the
// decoder, the validator and the encoder ask it of every value.
var implementations sync.Map // [2]reflect.Type{type, interface} → bool

// implements reports whether t implements the interface type iface.
func implements(t, iface reflect.Type) bool {
	k := [2]reflect.Type{t, iface}
	if ok, found := implementations.Load(k); found {
		return ok.(bool)
	}
	ok := t.Implements(iface)
	implementations.Store(k, ok)
	return ok
}
