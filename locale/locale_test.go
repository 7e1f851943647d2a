package locale

import (
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
