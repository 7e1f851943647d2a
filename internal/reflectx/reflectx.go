// Package reflectx holds the reflection helpers that the packages walking
// the whitepaper model share: when a value counts as not stated, and the
// name a field has in documents.
package reflectx

import (
	"reflect"
	"slices"
	"strings"
)

// IsZero reports whether v is not stated: a nil pointer, an empty list or
// map, a value type whose IsZero says so, or Go's zero value.
func IsZero(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map:
		return v.IsNil() || v.Kind() != reflect.Pointer && v.Len() == 0
	}
	if z, ok := v.Interface().(interface{ IsZero() bool }); ok {
		return z.IsZero()
	}
	return v.IsZero()
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
