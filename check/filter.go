package check

import (
	"reflect"
	"strings"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// A path segment "*[field=value]" stands for the items of a list whose
// field has the value, such as /availability/promises/*[topic=escrow]/provided:
// the items of a list that tell their facts apart by a field of their own
// (a promise's topic), where "*" alone would mix every topic's values.
// The other items are no evidence either way.

// cutFilter splits a path segment "*[field=value]" into its field and
// value; ok is false for any other segment.
func cutFilter(seg string) (field, value string, ok bool) {
	inner, ok := strings.CutPrefix(seg, "*[")
	if !ok {
		return "", "", false
	}
	inner, ok = strings.CutSuffix(inner, "]")
	if !ok {
		return "", "", false
	}
	field, value, ok = strings.Cut(inner, "=")
	return field, value, ok && field != "" && value != ""
}

// checkFilter reports an error when the items of type t have no field of
// that name that holds a single value.
func checkFilter(ptr string, t reflect.Type, field string) error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	f, ok := whitepaper.FieldByName(t, field)
	if t.Kind() != reflect.Struct || !ok || f.Type.Kind() != reflect.String {
		return whitepaper.Errorf("field %q: the items have no field %q to choose them by", ptr, field)
	}
	return nil
}

// matches reports whether an item's field has the value a filter asks for.
func matches(item reflect.Value, field, value string) bool {
	item = reflect.Indirect(item)
	if item.Kind() != reflect.Struct {
		return false
	}
	f, ok := whitepaper.FieldByName(item.Type(), field)
	return ok && item.FieldByIndex(f.Index).String() == value
}
