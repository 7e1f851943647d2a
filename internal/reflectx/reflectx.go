// Package reflectx holds the reflection helpers that the packages walking
// the whitepaper model share: when a value counts as not stated, and the
// name a field has in documents.
package reflectx

import (
	"reflect"
	"slices"
	"strings"
	"sync"
)

// IsZero reports whether v is not stated: a nil pointer, an empty list or
// map, a value type whose IsZero says so, or Go's zero value.
func IsZero(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map:
		return v.IsNil() || v.Kind() != reflect.Pointer && v.Len() == 0
	}
	if !implementsZeroer(v.Type()) {
		return v.IsZero()
	}
	if v.CanAddr() {
		// By address: boxing the value would copy it to the heap.
		return v.Addr().Interface().(zeroer).IsZero()
	}
	if z, ok := v.Interface().(zeroer); ok {
		return z.IsZero()
	}
	return v.IsZero()
}

type zeroer interface{ IsZero() bool }

var (
	zeroerType = reflect.TypeFor[zeroer]()
	zeroers    sync.Map // reflect.Type → bool
)

// implementsZeroer reports whether t has an IsZero method, remembered per
// type: IsZero is asked of every value of every document.
func implementsZeroer(t reflect.Type) bool {
	if ok, found := zeroers.Load(t); found {
		return ok.(bool)
	}
	ok := t.Implements(zeroerType)
	zeroers.Store(t, ok)
	return ok
}

// JSONName returns the property name of a struct field in documents.
func JSONName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	return name
}

// HasOpt reports whether a field's `whitepaper` tag holds the option, such
// as "key", "set" or "required".
func HasOpt(f reflect.StructField, opt string) bool {
	return slices.Contains(strings.Split(f.Tag.Get("whitepaper"), ","), opt)
}
