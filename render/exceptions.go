package render

import (
	"reflect"
	"slices"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// A yes/no fact whose meaning leaves something out says what: the
// document's own exceptions are part of the statement, never a row the
// reader may miss. "Customer data is not disclosed to third parties" is
// stronger than a document that lists grounds for disclosure.

// exceptionOf gives, for a yes/no fact in one state, what the record
// states as its exceptions, and the field that states them when the
// statement words that field in full (so it is not shown again).
type exceptionOf func(b *builder, rec reflect.Value) (except []span, field string)

// exceptions are keyed by "Type.field.state", as the locale's keys
// "except.Type.field.state" are.
var exceptions = map[string]exceptionOf{
	// ThirdPartyDisclosure is "other than on the listed Grounds".
	"DataUse.thirdPartyDisclosure.false": func(b *builder, rec reflect.Value) ([]span, string) {
		u := rec.Addr().Interface().(*whitepaper.DataUse)
		return b.value("grounds", reflect.ValueOf(u.Grounds)), "grounds"
	},
	"DataUse.serviceOnly.true":   otherUses,
	"DataUse.secondaryUse.false": otherUses,
}

// serviceUses are the purposes that are part of providing the service.
var serviceUses = []whitepaper.PurposeKind{whitepaper.PurposeServiceDelivery, whitepaper.PurposeSupport,
	whitepaper.PurposeSecurity, whitepaper.PurposeBilling}

// otherUses words the uses a document lists beside "used only to provide
// the service" that go beyond it, such as marketing.
func otherUses(b *builder, rec reflect.Value) ([]span, string) {
	u := rec.Addr().Interface().(*whitepaper.DataUse)
	var other [][]span
	for _, x := range u.Uses {
		if (x.Provided == nil || *x.Provided) && !slices.Contains(serviceUses, x.Purpose) {
			other = append(other, b.value("purpose", reflect.ValueOf(x.Purpose)))
		}
	}
	return b.joinGroups(other), ""
}

func exceptionKey(t reflect.Type, name string, state bool) string {
	s := "false"
	if state {
		s = "true"
	}
	return t.Name() + "." + name + "." + s
}

// exception words a yes/no fact of the record rec with its exceptions; it
// reports false when the fact has none stated.
// It also gives the field the statement words in full, if any.
func (b *builder) exception(t reflect.Type, name string, state bool, rec reflect.Value) ([]span, string, bool) {
	f, ok := exceptions[exceptionKey(t, name, state)]
	if !ok {
		return nil, "", false
	}
	except, field := f(b, rec)
	if len(except) == 0 {
		return nil, "", false
	}
	return b.wrap("except."+exceptionKey(t, name, state), "except", except), field, true
}

// excepted reports whether a field of the record rec is worded by a
// statement of another field's exceptions, and so not shown on its own.
func (b *builder) excepted(t reflect.Type, name string, rec reflect.Value) bool {
	for _, f := range whitepaper.Fields(t) {
		p, ok := rec.FieldByIndex(f.Index).Interface().(*bool)
		if !ok || p == nil {
			continue
		}
		if x, ok := exceptions[exceptionKey(t, f.Name, *p)]; ok {
			if except, field := x(b, rec); field == name && len(except) > 0 {
				return true
			}
		}
	}
	return false
}
