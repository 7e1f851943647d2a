package whitepaper

import (
	"reflect"
	"slices"
	"strings"
)

// CountUnitList is the units a count field takes, as its tag declares
// them ("unit=people|employees"); a message names them, and a locale
// words each ("people or employees", 「人・名」).
type CountUnitList []CountUnit

// String joins the units with "or": "people or employees".
func (us CountUnitList) String() string {
	s := make([]string, len(us))
	for i, u := range us {
		s[i] = string(u)
	}
	return strings.Join(s, " or ")
}

var countType = reflect.TypeFor[Count]()

// countUnit checks that a count is in one of the units its field takes:
// "lockout: 7 generations" is an error that says lockout counts
// attempts, with the value to write.
func (v *validator) countUnit(fv reflect.Value, f Field, p *path) {
	if len(f.Units) == 0 {
		return
	}
	if fv.Kind() == reflect.Pointer {
		if fv.IsNil() {
			return
		}
		fv = fv.Elem()
	}
	if fv.Type() != countType {
		return
	}
	c := fv.Interface().(Count)
	if c.IsZero() || slices.Contains(f.Units, c.Unit) {
		return
	}
	fix := c
	fix.Unit = f.Units[0]
	v.errorf(p, "invalid-value", "%s counts %s, not %s: write it such as %q", f.Name, CountUnitList(f.Units), c.Unit, fix)
}
