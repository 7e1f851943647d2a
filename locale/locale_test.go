package locale

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestLocales(t *testing.T) {
	assert.Equal(t, []language.Tag{language.English, language.Japanese}, Locales())
	assert.Nil(t, For(language.French))
	require.NotNil(t, For(language.Japanese))
}

// TestEveryLocaleIsComplete fails when a locale lacks a required key, has a
// key the others lack, or words a message with other placeholders.
func TestEveryLocaleIsComplete(t *testing.T) {
	required := RequiredKeys()
	all := All()
	for _, c := range all {
		for _, k := range required {
			assert.True(t, c.Has(k), "%s lacks %q", c.Tag(), k)
		}
		for _, k := range c.Keys() {
			assert.NotEmpty(t, c.Message(k), "%s: %q is empty", c.Tag(), k)
		}
	}
	ref := all[0]
	for _, c := range all[1:] {
		assert.Equal(t, ref.Keys(), c.Keys(), "%s and %s must have the same keys", ref.Tag(), c.Tag())
		for _, k := range ref.Keys() {
			assert.Equal(t, ref.Placeholders(k), c.Placeholders(k), "%q: placeholders differ between %s and %s", k, ref.Tag(), c.Tag())
		}
	}
}

func TestMessage(t *testing.T) {
	ja, en := For(language.Japanese), For(language.English)
	assert.Equal(t, "72時間以内", ja.Message("duration.within", "d", ja.Message("duration.hour.other", "n", "72")))
	assert.Equal(t, "within 72 hours", en.Message("duration.within", "d", en.Message("duration.hour.other", "n", "72")))
	day := time.Date(2023, 2, 7, 0, 0, 0, 0, time.UTC)
	assert.Equal(t, "2023年2月7日", day.Format(ja.Message("date.day")))
	assert.Equal(t, "February 7, 2023", day.Format(en.Message("date.day")))
	assert.Equal(t, "2023年9月時点", ja.Message("date.asOf", "date", time.Date(2023, 9, 1, 0, 0, 0, 0, time.UTC).Format(ja.Message("date.month"))))
	assert.Equal(t, "as of September 2023", en.Message("date.asOf", "date", time.Date(2023, 9, 1, 0, 0, 0, 0, time.UTC).Format(en.Message("date.month"))))
	assert.Equal(t, "[no.such.key]", en.Message("no.such.key"))
	assert.NotEqual(t, en.Message(EnumKey(whitepaper.RoleVendor)), "[enum.Role.vendor]")
	assert.Equal(t, "enum.Role.vendor", EnumKey(whitepaper.RoleVendor))
	assert.Equal(t, "section.backup", SectionKey(whitepaper.SectionBackup))
}

// TestNilAndZeroLocale checks that a nil *Locale and a zero Locale word in
// English instead of panicking.
func TestNilAndZeroLocale(t *testing.T) {
	var nilLoc *Locale
	for name, loc := range map[string]*Locale{"nil": nilLoc, "zero": {}} {
		t.Run(name, func(t *testing.T) {
			assert.Equal(t, language.English, loc.Tag())
			assert.Equal(t, "Vendor", Enum(loc, whitepaper.RoleVendor))
			assert.Equal(t, "Generations kept", loc.Field("BackupSet", "generations"))
			assert.Equal(t, "Backup", loc.Section(whitepaper.SectionBackup))
			assert.Equal(t, "within 72 hours", loc.Duration(whitepaper.Duration{Amount: 72, Unit: whitepaper.Hour, Bound: whitepaper.AtMost}))
			assert.Equal(t, "12,000", loc.Number(12000))
			assert.True(t, loc.Has("toc"))
			assert.NotEmpty(t, loc.Keys())
		})
	}
}

// TestZeroValuesWordEmpty checks that a value not stated is worded "",
// not as a false fact such as "every 0 s" or "0000".
func TestZeroValuesWordEmpty(t *testing.T) {
	for _, loc := range All() {
		assert.Empty(t, loc.Duration(whitepaper.Duration{}), loc.Tag())
		assert.Empty(t, loc.Count(whitepaper.Count{}), loc.Tag())
		assert.Empty(t, loc.Frequency(whitepaper.Frequency{}), loc.Tag())
		assert.Empty(t, loc.Date(whitepaper.Date{}), loc.Tag())
		assert.Empty(t, loc.AsOf(whitepaper.Date{}), loc.Tag())
		assert.Empty(t, Enum(loc, whitepaper.Role("")), loc.Tag())
	}
	assert.Empty(t, whitepaper.Duration{}.String())
	assert.Empty(t, whitepaper.Count{}.String())
	assert.Empty(t, whitepaper.Frequency{}.String())
	assert.Empty(t, whitepaper.Date{}.String())
	assert.Empty(t, whitepaper.Percent{}.String())
}

func TestParseAndMatch(t *testing.T) {
	loc, err := Parse("ja")
	require.NoError(t, err)
	assert.Equal(t, language.Japanese, loc.Tag())
	loc, err = Parse("en-GB")
	require.NoError(t, err)
	assert.Equal(t, language.English, loc.Tag())
	_, err = Parse("fr")
	assert.EqualError(t, err, `unsupported language "fr" (supported: en, ja)`)
	_, err = Parse("not a tag")
	assert.ErrorContains(t, err, "supported: en, ja")

	assert.Equal(t, language.Japanese, Match(language.MustParse("ja-JP")).Tag())
	assert.Equal(t, language.English, Match(language.French).Tag())
	assert.Equal(t, language.English, Match().Tag())
	assert.Equal(t, language.Japanese, Japanese().Tag())
	assert.Equal(t, language.English, English().Tag())
}

// TestFactKeys checks, in every locale, that every statement of a yes/no
// fact ("fact.DeletionRule.irreversible.true") names a yes/no field of the
// model and a state, that each field worded in one state is worded in the
// other, and that every yes/no field of the model is worded in both states,
// so that a new yes/no field cannot be added without its statements.
func TestFactKeys(t *testing.T) {
	fields := boolFields(t)
	require.NotEmpty(t, fields)
	for _, c := range All() {
		n := 0
		for _, k := range c.Keys() {
			if !strings.HasPrefix(k, "fact.") {
				continue
			}
			n++
			i := strings.LastIndex(k, ".")
			field, state := k[:i], k[i+1:]
			assert.True(t, fields[field], "%s: %s names no yes/no field", c.Tag(), k)
			other := map[string]string{"true": "false", "false": "true"}[state]
			if !assert.NotEmpty(t, other, "%s: %s: the state is true or false", c.Tag(), k) {
				continue
			}
			assert.True(t, c.Has(field+"."+other), "%s: %s has no %s twin", c.Tag(), k, other)
		}
		assert.Greater(t, n, 0, c.Tag())
		var missing []string
		for f := range fields {
			for _, state := range []string{"true", "false"} {
				if !c.Has(f + "." + state) {
					missing = append(missing, f+"."+state)
				}
			}
		}
		slices.Sort(missing)
		assert.Empty(t, missing, "%s: %d yes/no statements are missing:\n%s", c.Tag(), len(missing), strings.Join(missing, "\n"))
	}
}

// boolFields finds the yes/no fields of the model, as the stems of their
// statements ("fact.DeletionRule.irreversible"): the name of the struct
// type that declares the field and the field's document (JSON) name, as
// the renderer and the differ look them up. It walks the model from
// Document through whitepaper.Fields, which brings in the fields of
// embedded structs (exported or not) under the type that declares them,
// and checks that structTypes, which RequiredKeys relies on, reaches every
// struct type that declares a field.
func boolFields(t *testing.T) map[string]bool {
	t.Helper()
	boolType := reflect.TypeFor[*bool]()
	pkg := reflect.TypeFor[whitepaper.Document]().PkgPath()
	reached := map[reflect.Type]bool{}
	for _, typ := range structTypes() {
		reached[typ] = true
	}
	fields := map[string]bool{}
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(typ reflect.Type) {
		for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice || typ.Kind() == reflect.Array || typ.Kind() == reflect.Map {
			typ = typ.Elem()
		}
		if typ.Kind() != reflect.Struct || typ.PkgPath() != pkg || seen[typ] {
			return
		}
		seen[typ] = true
		if reflect.PointerTo(typ).Implements(textUnmarshaler) {
			return // a value written as a string, such as Duration
		}
		for _, f := range whitepaper.Fields(typ) {
			if f.Type == boolType {
				assert.True(t, reached[f.Owner], "structTypes does not reach %s, which declares the yes/no field %s", f.Owner, f.Name)
				require.NotEmpty(t, f.Name, "%s: a yes/no field has no document name", f.Owner)
				require.NotEqual(t, "-", f.Name, "%s: a yes/no field has no document name", f.Owner)
				fields["fact."+f.Owner.Name()+"."+f.Name] = true
				continue
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeFor[whitepaper.Document]())
	// The same fields, as the types structTypes finds declare them.
	for _, typ := range structTypes() {
		for i := range typ.NumField() {
			f := typ.Field(i)
			if f.Type == boolType && f.IsExported() {
				name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
				assert.True(t, fields["fact."+typ.Name()+"."+name], "%s.%s (%s) is not a yes/no field of the model", typ.Name(), f.Name, name)
			}
		}
	}
	return fields
}
