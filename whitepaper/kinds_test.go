package whitepaper

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFieldKindsAreValues checks that the kinds a list field declares are
// values of its items' kind vocabulary.
func TestFieldKindsAreValues(t *testing.T) {
	n := 0
	seen := map[reflect.Type]bool{}
	var visit func(reflect.Type)
	visit = func(st reflect.Type) {
		for st.Kind() == reflect.Pointer || st.Kind() == reflect.Slice {
			st = st.Elem()
		}
		if st.Kind() != reflect.Struct || seen[st] {
			return
		}
		seen[st] = true
		for _, f := range Fields(st) {
			ft := st.FieldByIndex(f.Index).Type
			if len(f.Kinds) > 0 {
				n++
				item := ft.Elem()
				kf, ok := FieldByName(item, "kind")
				require.True(t, ok, "%s.%s has kinds but its items no kind", st.Name(), f.Name)
				voc, ok := VocabularyOf(item.FieldByIndex(kf.Index).Type)
				require.True(t, ok)
				for _, k := range f.Kinds {
					assert.True(t, slices.Contains(voc.Values, k), "%s.%s: %q is not a %s", st.Name(), f.Name, k, voc.Name)
				}
			}
			visit(ft)
		}
	}
	visit(reflect.TypeFor[Document]())
	assert.GreaterOrEqual(t, n, 4)
}

// TestUnknownKindFromTheField checks that an unknown kind of an item is
// answered from its list field's own kinds.
func TestUnknownKindFromTheField(t *testing.T) {
	src := "openwhitepaper: \"1\"\ntitle: {en: T}\npersonnel:\n  measures:\n    - kind: laptops\n    - kind: device-encrypt\n"
	_, err := Parse([]byte(src))
	var ds Diagnostics
	require.ErrorAs(t, err, &ds)
	require.Len(t, ds, 2)
	assert.Equal(t, `unknown measure "laptops" (/personnel/measures lists such as managed-devices, device-encryption, screen-lock, device-patching, anti-malware, need-to-know, separate-admin-accounts; other values of measure are allowed too, or an extension value x-… declared in extensions)`, ds[0].Message)
	assert.NotContains(t, ds[0].Message, "firewall")
	assert.Equal(t, `unknown measure "device-encrypt"; did you mean "device-encryption"?`, ds[1].Message)
	// Outside such a list, the whole vocabulary.
	_, err = Parse([]byte(strings.Replace(src, "personnel:\n  measures:\n    - kind: laptops\n    - kind: device-encrypt", "networkSecurity:\n  measures:\n    - kind: laptops", 1)))
	require.ErrorAs(t, err, &ds)
	assert.Contains(t, ds[0].Message, "firewall")
}
