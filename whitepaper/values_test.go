package whitepaper

import (
	"regexp"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in   string
		want Duration
		text string
	}{
		{"72 hours", For(72, Hour), "72 hours"},
		{"within 72 hours", Within(72, Hour), "within 72 hours"},
		{"at most 72h", Within(72, Hour), "within 72 hours"},
		{"after 30 days", Duration{Bound: AtLeast, Amount: 30, Unit: Day}, "at least 30 days"},
		{"30 days after", Duration{Bound: AtLeast, Amount: 30, Unit: Day}, "at least 30 days"},
		{"about 1 month", Duration{Bound: About, Amount: 1, Unit: Month}, "about 1 month"},
		{"2 weeks", For(2, Week), "2 weeks"},
		{"1 year", For(1, Year), "1 year"},
		{"P14D", For(14, Day), "14 days"},
		{"within PT72H", Within(72, Hour), "within 72 hours"},
		{"P5Y", For(5, Year), "5 years"},
		{"indefinitely", Duration{Kind: Indefinite}, "indefinitely"},
		{"semi-permanently", Duration{Kind: Indefinite}, "indefinitely"},
		{"immediately", Duration{Kind: Immediate}, "immediately"},
		{"promptly", Duration{Kind: Prompt}, "promptly"},
	}
	for _, tt := range tests {
		got, err := ParseDuration(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
		assert.Equal(t, tt.text, got.String(), tt.in)
		back, err := ParseDuration(got.String())
		require.NoError(t, err)
		assert.Equal(t, got, back, "canonical form of %q must round-trip", tt.in)
	}
	for _, bad := range []string{"", "hours", "72", "72 fortnights", "-3 days", "1.5 hours", "P", "P1X", "PT1D", "about", "within indefinitely",
		"Immediately", "72  hours", "0 days", "072 hours", "p14d", "1,000 days"} {
		_, err := ParseDuration(bad)
		assert.Error(t, err, "%q", bad)
	}
}

func TestDurationEqualAndOrder(t *testing.T) {
	d := func(s string) Duration {
		v, err := ParseDuration(s)
		require.NoError(t, err)
		return v
	}
	assert.True(t, d("2 weeks").Equal(d("14 days")))
	assert.True(t, d("P14D").Equal(d("2 weeks")))
	assert.True(t, d("24 hours").Equal(d("1 day")))
	assert.True(t, d("12 months").Equal(d("1 year")))
	assert.False(t, d("30 days").Equal(d("1 month")), "calendar and fixed units differ")
	assert.False(t, d("within 2 weeks").Equal(d("2 weeks")), "the bound matters")
	assert.True(t, d("indefinitely").Equal(d("semi-permanent")))
	assert.Less(t, d("1 week").Approx(), d("1 month").Approx())
	assert.Less(t, d("11 months").Approx(), d("1 year").Approx())
	assert.Greater(t, d("indefinitely").Approx(), d("100 years").Approx())
	assert.Equal(t, 72*time.Hour, d("within 72 hours").Approx())
}

func TestDurationCheck(t *testing.T) {
	assert.Error(t, Duration{Amount: 0, Unit: Day}.check())
	assert.Error(t, Duration{Amount: 3, Unit: "fortnight"}.check())
	assert.Error(t, Duration{Kind: Indefinite, Amount: 3}.check())
	assert.NoError(t, Within(72, Hour).check())
	_, err := Duration{Amount: 0, Unit: Day}.MarshalText()
	assert.Error(t, err)
}

func TestParseFrequency(t *testing.T) {
	tests := map[string]string{
		"daily":               "daily",
		"every day":           "daily",
		"every 1 day":         "daily",
		"about monthly":       "about monthly",
		"about every 1 month": "about monthly",
		"every 6 hours":       "every 6 hours",
		"annually":            "yearly",
		"periodically":        "periodically",
		"regularly":           "periodically",
		"per release":         "per release",
		"continuous":          "continuous",
		"as needed":           "as needed",
	}
	for in, want := range tests {
		f, err := ParseFrequency(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, f.String(), in)
		g, err := ParseFrequency(f.String())
		require.NoError(t, err)
		assert.True(t, f.Equal(g), in)
	}
	assert.Equal(t, Daily, mustFrequency(t, "daily"))
	for _, bad := range []string{"", "dailyy", "within daily", "every", "every -1 days", "every indefinitely", "Daily", "every 0 days"} {
		_, err := ParseFrequency(bad)
		assert.Error(t, err, "%q", bad)
	}
}

func mustFrequency(t *testing.T, s string) Frequency {
	t.Helper()
	f, err := ParseFrequency(s)
	require.NoError(t, err)
	return f
}

func TestParseCount(t *testing.T) {
	c, err := ParseCount("about 12,000 schools")
	require.NoError(t, err)
	assert.Equal(t, Count{Bound: About, Value: 12000, Unit: Schools}, c)
	assert.Equal(t, "about 12000 schools", c.String())
	c, err = ParseCount("1 generation")
	require.NoError(t, err)
	assert.Equal(t, Count{Value: 1, Unit: Generations}, c)
	assert.Equal(t, "1 generation", c.String())
	c, err = ParseCount("at least 2 sites")
	require.NoError(t, err)
	assert.Equal(t, "at least 2 sites", c.String())
	c, err = ParseCount("700 municipalities")
	require.NoError(t, err)
	assert.Equal(t, Municipalities, c.Unit)
	// Zero is a count a document states: a transparency report's "0
	// requests", "0 incidents" in a year. It is stated, not absent.
	c, err = ParseCount("0 requests")
	require.NoError(t, err)
	assert.Equal(t, Count{Value: 0, Unit: Requests}, c)
	assert.False(t, c.IsZero(), "a count of zero is stated")
	assert.Equal(t, "0 requests", c.String())
	for _, bad := range []string{"", "7", "seven generations", "7 gens", "-1 sites", "1.5 copies", "7 Generations", "12,00 schools", "00 sites", "0,000 sites"} {
		_, err := ParseCount(bad)
		assert.Error(t, err, "%q", bad)
	}
	assert.NoError(t, Count{Value: 0, Unit: Sites}.check())
	assert.Error(t, Count{Value: -1, Unit: Sites}.check())
}

func TestParseDate(t *testing.T) {
	tests := map[string]Date{
		"2023":       {Year: 2023},
		"2023-09":    {Year: 2023, Month: 9},
		"2023-02-07": {Year: 2023, Month: 2, Day: 7},
		"2023/02/07": {Year: 2023, Month: 2, Day: 7},
		"2021/6/7":   {Year: 2021, Month: 6, Day: 7},
		"2024-02-29": {Year: 2024, Month: 2, Day: 29},
	}
	for in, want := range tests {
		got, err := ParseDate(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	assert.Equal(t, "2021-06-07", tests["2021/6/7"].String())
	assert.Equal(t, "2023-09", tests["2023-09"].String())
	for _, bad := range []string{"", "23", "2023-02-30", "2023-13", "2023-2-7", "2023/02-07", "2023-00", "2023-02-07T00:00:00Z", "0999", "2023/13/01"} {
		_, err := ParseDate(bad)
		assert.Error(t, err, "%q", bad)
	}
	a, b := Date{Year: 2023, Month: 9}, Date{Year: 2023, Month: 9, Day: 1}
	assert.Equal(t, -1, a.Compare(b))
	assert.Equal(t, 1, b.Compare(a))
	assert.Equal(t, 0, a.Compare(a))
	assert.Equal(t, 2, a.Precision())
}

func TestParsePercent(t *testing.T) {
	p, err := ParsePercent("99.9897%")
	require.NoError(t, err)
	assert.Equal(t, "99.9897%", p.String())
	assert.InDelta(t, 99.9897, p.Float(), 1e-9)
	q, err := ParsePercent("99.99%")
	require.NoError(t, err)
	assert.Equal(t, -1, p.Compare(q))
	r, err := ParsePercent("100.00%")
	require.NoError(t, err)
	assert.Equal(t, "100%", r.String())
	zero, err := ParsePercent("0%")
	require.NoError(t, err)
	assert.False(t, zero.IsZero(), "a stated 0% is not \"not stated\"")
	assert.True(t, Percent{}.IsZero())
	assert.Equal(t, 0, zero.Compare(Percent{}))
	z, err := ParsePercent("0.5%")
	require.NoError(t, err)
	assert.Equal(t, "0.5%", z.String())
	for _, bad := range []string{"", "99.9", "100.1%", "abc%", "-1%", "1e2%", "007%"} {
		_, err := ParsePercent(bad)
		assert.Error(t, err, "%q", bad)
	}
}

func TestSimpleValueChecks(t *testing.T) {
	good := []checker{URL("https://example.com/x"), URL("mailto:a@example.com"), URL("tel:+81-3-0000-0000"),
		Email("privacy@classi.jp"), Phone("03-6773-7547"), Phone("+81 3 6773 7547"), Country("JP"), UTCOffset("+09:00"), UTCOffset("-03:30")}
	for _, c := range good {
		assert.NoError(t, c.check(), "%v", c)
	}
	bad := []checker{URL("javascript:alert(1)"), URL("data:text/html,x"), URL("/relative"), URL("https://"), URL("ftp://x.example"),
		URL("https://exa mple.com"), URL("mailto:"), Email("Name <a@example.com>"), Email("not-an-email"), Phone("call us"),
		Phone("12"), Country("jp"), Country("ZZ"), Country("EU"), Country("JPN"), UTCOffset("+9"), UTCOffset("+15:00")}
	for _, c := range bad {
		assert.Error(t, c.check(), "%v", c)
	}
}

func TestCompareVersions(t *testing.T) {
	assert.Equal(t, -1, CompareVersions("2.9", "2.10"))
	assert.Equal(t, 1, CompareVersions("2.10", "2.9"))
	assert.Equal(t, 0, CompareVersions("1.3", "1.3"))
	assert.Equal(t, -1, CompareVersions("1", "1.1"))
	assert.Equal(t, 1, CompareVersions("2.0", "1.12"))
}

// TestPatternsAgreeWithParsers checks that the published patterns accept
// exactly what the parsers accept, over the inputs the tests above use and
// some more.
func TestPatternsAgreeWithParsers(t *testing.T) {
	ps := Patterns()
	cases := map[string]struct {
		parse  func(string) error
		inputs []string
	}{
		"Duration": {func(s string) error { _, err := ParseDuration(s); return err }, []string{
			"72 hours", "within 72 hours", "at most 72h", "after 30 days", "30 days after", "about 1 month", "P14D", "PT72H",
			"within P2W", "indefinitely", "semi-permanent", "promptly", "without delay", "1 year", "Immediately", "72  hours",
			"0 days", "072 hours", "p14d", "hours", "72", "PT1D", "about", "within indefinitely", "3 fortnights"}},
		"Frequency": {func(s string) error { _, err := ParseFrequency(s); return err }, []string{
			"daily", "about monthly", "every 6 hours", "every week", "every 2 weeks", "about every 3 days", "periodically",
			"per release", "continuous", "as needed", "Daily", "within daily", "every", "every 0 days", "every within 3 days"}},
		"Count": {func(s string) error { _, err := ParseCount(s); return err }, []string{
			"7 generations", "1 generation", "about 12,000 schools", "about 12000 schools", "at least 2 sites", "700 municipalities",
			"1 company", "0 sites", "7", "7 Generations", "12,00 schools", "00 sites", "1,2345 users"}},
		"Date": {func(s string) error { _, err := ParseDate(s); return err }, []string{
			"2023", "2023-09", "2023-02-07", "2023/02/07", "2021/6/7", "2023-2-7", "2023/02-07", "2023-13", "0999", "2023/13/01"}},
		"Percent": {func(s string) error { _, err := ParsePercent(s); return err }, []string{
			"99.9897%", "100%", "100.00%", "0.5%", "007%", "100.1%", "99.9", "1e2%"}},
		"LanguageTag": {func(s string) error { _, err := parseTag(s); return err }, []string{
			"ja", "en", "en-US", "zh-Hant", "zh-Hant-TW", "es-419", "EN", "en_us", "en-us", "", "xx-invalid"}},
		"URL": {func(s string) error { return URL(s).check() }, []string{
			"https://example.com", "http://a.example/x?y#z", "mailto:a@example.com", "tel:+81-3", "javascript:alert(1)",
			"https://", "ftp://x", "https://a b", "https://user@example.com/", "data:text/html,x"}},
	}
	for name, c := range cases {
		re := regexp.MustCompile(ps[name])
		for _, in := range c.inputs {
			err := c.parse(in)
			if re.MatchString(in) {
				// A pattern may accept what only a semantic check rejects
				// (an unknown language subtag); it must never reject what
				// the parser accepts.
				if err != nil && name != "LanguageTag" {
					t.Errorf("%s %q: pattern accepts, parser rejects: %v", name, in, err)
				}
			} else if err == nil {
				t.Errorf("%s %q: parser accepts, pattern rejects", name, in)
			}
		}
	}
}
