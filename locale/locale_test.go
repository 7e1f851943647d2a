package locale

import (
	"reflect"
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

// TestFactKeys checks that every statement of a yes/no fact
// ("fact.DeletionRule.irreversible.true") names a yes/no field of the
// model and a state, and that each field worded in one state is worded in
// the other.
func TestFactKeys(t *testing.T) {
	fields := map[string]bool{}
	for _, typ := range structTypes() {
		for i := range typ.NumField() {
			f := typ.Field(i)
			if f.Type == reflect.TypeFor[*bool]() {
				name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
				fields["fact."+typ.Name()+"."+name] = true
			}
		}
	}
	c := For(language.English)
	n := 0
	for _, k := range c.Keys() {
		if !strings.HasPrefix(k, "fact.") {
			continue
		}
		n++
		i := strings.LastIndex(k, ".")
		field, state := k[:i], k[i+1:]
		assert.True(t, fields[field], "%s names no yes/no field", k)
		other := map[string]string{"true": "false", "false": "true"}[state]
		require.NotEmpty(t, other, "%s: the state is true or false", k)
		assert.True(t, c.Has(field+"."+other), "%s has no %s twin", k, other)
	}
	assert.Greater(t, n, 0)
}
