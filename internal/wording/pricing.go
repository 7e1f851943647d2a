package wording

import (
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// Priced words the price terms of a fact, each as how it is offered, the
// option or package, its fee and its quota: "Paid option: Log option,
// 5,000 JPY". Terms that say the fact is included in the plan are left
// out; "" when no term is left.
func Priced(terms []whitepaper.PriceTerm, n *Names, loc *locale.Locale) string {
	var parts []string
	for _, t := range terms {
		if !t.Offer.Bought() {
			continue
		}
		var what []string
		if len(t.Plans) > 0 {
			what = append(what, Ref(reflect.ValueOf(t.Plans), whitepaper.RefPlan, n, loc))
		}
		if !t.Fee.IsZero() {
			what = append(what, loc.Money(t.Fee))
		}
		if !t.Quota.IsZero() {
			what = append(what, loc.Message("pricing.quota", "quota", loc.Frequency(t.Quota)))
		}
		s := Value(reflect.ValueOf(t.Offer), n, loc)
		if len(what) > 0 {
			s += loc.Message("summary.colon") + strings.Join(what, loc.Message("list.separator"))
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, loc.Message("pricing.separator"))
}

var priceTermType = reflect.TypeFor[whitepaper.PriceTerm]()

// fieldOwners maps a field's name to the model types that have a field of
// that name, for wording a price term's field path, which names a field
// without its type.
var fieldOwners = sync.OnceValue(func() map[string][]reflect.Type {
	m := map[string][]reflect.Type{}
	seen := map[reflect.Type]bool{}
	pkg := reflect.TypeFor[whitepaper.Document]().PkgPath()
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] || t.PkgPath() != pkg {
			return
		}
		seen[t] = true
		for _, f := range whitepaper.Fields(t) {
			if !slices.Contains(m[f.Name], f.Owner) {
				m[f.Name] = append(m[f.Name], f.Owner)
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeFor[whitepaper.Document]())
	return m
})

// fieldLabel words the last field of a price term's path by its label,
// when every field of that name has the same label; "" when they differ.
func fieldLabel(path string, loc *locale.Locale) string {
	name := path[strings.LastIndex(path, "/")+1:]
	label := ""
	for _, t := range fieldOwners()[name] {
		l := loc.Message(locale.FieldKey(t.Name(), name))
		if label != "" && l != label {
			return ""
		}
		label = l
	}
	return label
}
