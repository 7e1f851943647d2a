package whitepaper

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// Table tests for the value forms and mechanisms the market-sized model
// added: duration ranges, business units, vague amounts, schedules,
// places, money, open lists, extension values, plan references,
// identities with id and plans, optional versions and the outline.

func mustDuration(t *testing.T, s string) Duration {
	t.Helper()
	d, err := ParseDuration(s)
	require.NoError(t, err, "%q", s)
	return d
}

func TestDurationForms(t *testing.T) {
	tests := []struct {
		in, text string
		want     Duration
	}{
		{"5-10 minutes", "5-10 minutes", Between(5, 10, Minute)},
		{"5–10 minutes", "5-10 minutes", Between(5, 10, Minute)}, // en dash
		{"5~10 minutes", "5-10 minutes", Between(5, 10, Minute)},
		{"within 2-3 business days", "within 2-3 business days", Duration{Bound: AtMost, Amount: 2, Max: 3, Unit: BusinessDay}},
		{"about 1-2 weeks", "about 1-2 weeks", Duration{Bound: About, Amount: 1, Max: 2, Unit: Week}},
		{"1 business day", "1 business day", For(1, BusinessDay)},
		{"10 business days", "10 business days", For(10, BusinessDay)},
		{"2 working days", "2 business days", For(2, BusinessDay)},
		{"within 3 business hours", "within 3 business hours", Within(3, BusinessHour)},
		{"a few hours", "a few hours", Duration{Kind: Several, Unit: Hour}},
		{"several days", "a few days", Duration{Kind: Several, Unit: Day}},
		{"within a few hours", "within a few hours", Duration{Kind: Several, Bound: AtMost, Unit: Hour}},
		{"a fixed period", "a fixed period", Duration{Kind: Unspecified}},
		{"a certain period", "a fixed period", Duration{Kind: Unspecified}},
		{"about 2 weeks", "about 2 weeks", Duration{Bound: About, Amount: 2, Unit: Week}},
		{"1000 years", "1000 years", For(1000, Year)},
		{"more than 180 days", "more than 180 days", Duration{Bound: MoreThan, Amount: 180, Unit: Day}},
		{"over 180 days", "more than 180 days", Duration{Bound: MoreThan, Amount: 180, Unit: Day}},
		{"less than 1 hour", "less than 1 hour", Duration{Bound: LessThan, Amount: 1, Unit: Hour}},
		{"under 2-3 business days", "less than 2-3 business days", Duration{Bound: LessThan, Amount: 2, Max: 3, Unit: BusinessDay}},
		{"in advance", "in advance", Duration{Kind: InAdvance}},
		{"beforehand", "in advance", Duration{Kind: InAdvance}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDuration(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.text, got.String())
			b, err := got.MarshalText()
			require.NoError(t, err)
			var back Duration
			require.NoError(t, back.UnmarshalText(b), "canonical form %q must parse", b)
			assert.Equal(t, got, back, "canonical form must round-trip")
			assert.True(t, got.Equal(back))
		})
	}
	assert.True(t, mustDuration(t, "5-10 minutes").IsRange())
	assert.False(t, mustDuration(t, "10 minutes").IsRange())
	assert.False(t, mustDuration(t, "a fixed period").Quantified())
	assert.True(t, mustDuration(t, "a few hours").Quantified())
	assert.False(t, mustDuration(t, "in advance").Quantified())
}

func TestDurationFormEquality(t *testing.T) {
	equal := [][2]string{
		{"2 weeks", "14 days"},
		{"8 business hours", "1 business day"},
		{"16 business hours", "2 business days"},
		{"5-10 minutes", "5–10 minutes"},
		{"1-2 hours", "60-120 minutes"},
		{"within 2-3 business days", "within 16-24 business hours"},
		{"a few hours", "several hours"},
		{"a fixed period", "a certain period"},
		{"12 months", "1 year"},
	}
	for _, p := range equal {
		assert.True(t, mustDuration(t, p[0]).Equal(mustDuration(t, p[1])), "%q = %q", p[0], p[1])
		assert.True(t, mustDuration(t, p[1]).Equal(mustDuration(t, p[0])), "%q = %q", p[1], p[0])
	}
	unequal := [][2]string{
		{"10 business days", "2 weeks"},
		{"1 business day", "1 day"},
		{"8 business hours", "8 hours"},
		{"5-10 minutes", "10 minutes"},
		{"5-10 minutes", "5-15 minutes"},
		{"5-10 minutes", "within 5-10 minutes"},
		{"a few hours", "a few days"},
		{"a few hours", "3 hours"},
		{"a fixed period", "indefinitely"},
		{"30 days", "1 month"},
	}
	for _, p := range unequal {
		assert.False(t, mustDuration(t, p[0]).Equal(mustDuration(t, p[1])), "%q != %q", p[0], p[1])
	}
}

func TestDurationFormOrder(t *testing.T) {
	// Each duration is shorter than the next, by Approx.
	ascending := []string{
		"immediately",
		"5 minutes",
		"9 minutes",
		"5-10 minutes", // a range orders by its upper end
		"11 minutes",
		"2 hours",
		"a few hours", // "a few" counts as three
		"4 hours",
		"8 business hours",
		"2 days",
		"2-3 business days",
		"1 month",
		"999 years",
		"1000 years",
		"indefinitely",
	}
	for i := 1; i < len(ascending); i++ {
		a, b := mustDuration(t, ascending[i-1]), mustDuration(t, ascending[i])
		assert.Equal(t, -1, a.Compare(b), "%q < %q", ascending[i-1], ascending[i])
		assert.Equal(t, 1, b.Compare(a), "%q > %q", ascending[i], ascending[i-1])
		assert.Less(t, a.Seconds(), b.Seconds(), "%q < %q", ascending[i-1], ascending[i])
		if b.Seconds() < 290*365*86400 {
			assert.Less(t, a.Approx(), b.Approx(), "%q (%v) < %q (%v)", ascending[i-1], a.Approx(), ascending[i], b.Approx())
		}
	}
	same := [][2]string{
		{"5-10 minutes", "10 minutes"},
		{"within 2-3 business days", "within 3 business days"},
		{"a few hours", "3 hours"},
		{"10 business days", "2 weeks"}, // ordered alike, yet not equal
		{"8 business hours", "1 business day"},
	}
	for _, p := range same {
		a, b := mustDuration(t, p[0]), mustDuration(t, p[1])
		assert.Equal(t, a.Approx(), b.Approx(), "%q ~ %q", p[0], p[1])
		assert.Zero(t, a.Compare(b), "%q ~ %q", p[0], p[1])
	}
	for _, s := range []string{"a fixed period", "promptly", "in advance"} {
		assert.Equal(t, time.Duration(-1), mustDuration(t, s).Approx(), "%q is not quantified", s)
	}
	// The largest amounts accepted neither overflow nor lose their order.
	for _, s := range []string{"1000 years", "12000 months", "365250 days", "300 years", "261000 business days"} {
		d := mustDuration(t, s)
		assert.Positive(t, d.Approx(), "%q", s)
		assert.GreaterOrEqual(t, d.Approx(), mustDuration(t, "200 years").Approx(), "%q", s)
		assert.Equal(t, 1, d.Compare(mustDuration(t, "200 years")), "%q", s)
		assert.Equal(t, -1, d.Compare(mustDuration(t, "indefinitely")), "%q", s)
	}
	assert.Equal(t, 1, mustDuration(t, "1000 years").Compare(mustDuration(t, "999 years")))
}

func TestDurationFormErrors(t *testing.T) {
	tests := []struct{ in, msg string }{
		{"10-5 minutes", `range 10-5 must go from low to high`},
		{"5-5 minutes", `range 5-5 must go from low to high`},
		{"1001 years", `1001 years is more than 1,000 years`},
		{"12001 months", `more than 1,000 years`},
		{"366001 days", `more than 1,000 years`},
		{"3 fortnights", `unknown unit "fortnights"`},
		{"2-3 fortnights", `unknown unit "fortnights"`},
		{"a few fortnights", `unknown unit "fortnights"`},
		{"about a few hours", `only "within" may qualify an unquantified amount`},
		{"at least a few hours", `only "within" may qualify an unquantified amount`},
		{"5-10 Minutes", `unknown unit "Minutes"`},
		{"5--10 minutes", `is not a whole number`},
		{"-5 minutes", `invalid duration`},
		{"a few", `invalid duration`},
		{"within a fixed period", `invalid duration`},
		{"more than in advance", `invalid duration`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := ParseDuration(tt.in)
			require.Error(t, err)
			assert.Contains(t, err.Error(), `invalid duration "`+tt.in+`"`, "the message quotes the input")
			assert.Contains(t, err.Error(), tt.msg)
		})
	}
	// Values built in Go are checked when encoded.
	for _, d := range []Duration{Between(10, 5, Minute), For(1001, Year), {Kind: Several, Amount: 3, Unit: Hour}, {Kind: Unspecified, Unit: Day}} {
		_, err := d.MarshalText()
		assert.Error(t, err, "%+v", d)
	}
}

func mustFreq(t *testing.T, s string) Frequency {
	t.Helper()
	f, err := ParseFrequency(s)
	require.NoError(t, err, "%q", s)
	return f
}

func TestFrequencyForms(t *testing.T) {
	tests := []struct {
		in, text string
		want     Frequency
	}{
		{"every 5-10 minutes", "every 5-10 minutes", Frequency{Every: Between(5, 10, Minute)}},
		{"every 5–10 minutes", "every 5-10 minutes", Frequency{Every: Between(5, 10, Minute)}},
		{"about every 5-10 minutes", "about every 5-10 minutes", Frequency{Every: Duration{Bound: About, Amount: 5, Max: 10, Unit: Minute}}},
		{"every 1-2 days", "every 1-2 days", Frequency{Every: Between(1, 2, Day)}},
		{"every 2 business days", "every 2 business days", Frequency{Every: For(2, BusinessDay)}},
		{"every 6 months", "every 6 months", Frequency{Every: For(6, Month)}},
		{"every week", "weekly", Frequency{Every: For(1, Week)}},
		{"every few hours", "every few hours", Frequency{Every: Duration{Kind: Several, Unit: Hour}}},
		{"every several days", "every few days", Frequency{Every: Duration{Kind: Several, Unit: Day}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseFrequency(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.text, got.String())
			back, err := ParseFrequency(got.String())
			require.NoError(t, err, "canonical form %q must parse", got.String())
			assert.True(t, got.Equal(back))
		})
	}
	// A frequency built in Go encodes to a form the parser reads back.
	for _, f := range []Frequency{{Every: Duration{Kind: Several, Unit: Hour}}, {Every: Between(5, 10, Minute)}} {
		b, err := f.MarshalText()
		require.NoError(t, err)
		var back Frequency
		assert.NoError(t, back.UnmarshalText(b), "Frequency %q must round-trip", b)
	}
	// "about" does not qualify "every few": such a value is not encoded.
	_, err := Frequency{Every: Duration{Kind: Several, Bound: About, Unit: Hour}}.MarshalText()
	assert.Error(t, err)
}

func TestFrequencyFormEqualityAndOrder(t *testing.T) {
	assert.True(t, mustFreq(t, "every 2 weeks").Equal(mustFreq(t, "every 14 days")))
	assert.True(t, mustFreq(t, "every 5-10 minutes").Equal(mustFreq(t, "every 5–10 minutes")))
	assert.False(t, mustFreq(t, "every 5-10 minutes").Equal(mustFreq(t, "every 10 minutes")))
	assert.False(t, mustFreq(t, "every 10 business days").Equal(mustFreq(t, "every 2 weeks")))
	// Intervals order by Approx of the interval: a range by its upper end.
	assert.Equal(t, mustFreq(t, "every 5-10 minutes").Every.Approx(), mustFreq(t, "every 10 minutes").Every.Approx())
	assert.Less(t, mustFreq(t, "every 5-10 minutes").Every.Approx(), mustFreq(t, "hourly").Every.Approx())
	assert.Less(t, mustFreq(t, "every 6 hours").Every.Approx(), mustFreq(t, "daily").Every.Approx())
}

func TestFrequencyFormErrors(t *testing.T) {
	for _, in := range []string{"every 10-5 minutes", "every 1001 years", "every few fortnights", "within every 5 minutes",
		"every 0 days", "every a fixed period", "every immediately", "at least every few hours", "about every few hours", "every"} {
		_, err := ParseFrequency(in)
		if assert.Error(t, err, "%q", in) {
			assert.Contains(t, err.Error(), `invalid frequency "`+in+`"`)
		}
	}
}

func TestScheduleForms(t *testing.T) {
	tests := []struct {
		in, text string
		minutes  int
	}{
		{"24x7", "24x7", 10080},
		{"24/7", "24x7", 10080},
		{"24/365", "24x7", 10080},
		{"weekdays 09:00-18:00", "weekdays 09:00-18:00", 2700},
		{"mon-fri 09:00-18:00", "weekdays 09:00-18:00", 2700},
		{"weekdays 09:30-18:00 JST excluding holidays", "weekdays 09:30-18:00 JST excluding holidays", 2550},
		{"mon-fri 09:00-12:00,13:00-17:00; sat 10:00-15:00 +09:00", "weekdays 09:00-12:00,13:00-17:00; sat 10:00-15:00 +09:00", 5*420 + 300},
		{"sun 02:00-05:00 JST", "sun 02:00-05:00 JST", 180},
		{"sat,sun 24h", "weekends 24h", 2880},
		{"weekdays 24h", "weekdays 24h", 5 * 1440},
		{"09:00-17:00", "daily 09:00-17:00", 7 * 480},
		{"daily 22:00-06:00 UTC", "daily 22:00-06:00 UTC", 7 * 480}, // past midnight
		{"mon,wed,fri 09:00-17:00", "mon,wed,fri 09:00-17:00", 3 * 480},
		{"mon-wed,fri 09:00-24:00", "mon-wed,fri 09:00-24:00", 4 * 900},
		{"mon,tue 10:00-11:00", "mon,tue 10:00-11:00", 120},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			sc, err := ParseSchedule(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.text, sc.String())
			assert.Equal(t, tt.minutes, sc.WeeklyMinutes())
			back, err := ParseSchedule(sc.String())
			require.NoError(t, err)
			assert.Equal(t, sc, back, "canonical form must round-trip")
			assert.True(t, sc.Equal(back))
		})
	}
	sc, err := ParseSchedule("weekdays 09:30-18:00 JST excluding holidays")
	require.NoError(t, err)
	assert.Equal(t, "JST", sc.Zone)
	assert.True(t, sc.ExceptHolidays)
	assert.Equal(t, Workdays, sc.Parts[0].Days)
	assert.Equal(t, []TimeSpan{{570, 1080}}, sc.Parts[0].Spans)
	a, _ := ParseSchedule("mon-fri 09:00-18:00")
	b, _ := ParseSchedule("weekdays 09:00-18:00")
	c, _ := ParseSchedule("weekdays 09:00-18:00 JST")
	assert.True(t, a.Equal(b))
	assert.False(t, a.Equal(c), "a time zone is part of the schedule")
	assert.True(t, Schedule{}.IsZero())
	assert.Equal(t, "", Schedule{}.String())
}

func TestScheduleFormErrors(t *testing.T) {
	tests := []struct{ in, msg string }{
		{"weekdays 25:00-26:00", `"25:00-26:00" is not a span of time`},
		{"25:00-26:00", `is not a span of time`},
		{"weekdays 09:00-25:00", `is not a span of time`},
		{"weekdays 09:60-18:00", `is not a span of time`},
		{"weekday 09:00-18:00", `unknown days "weekday"`},
		{"monday 09:00-18:00", `unknown days "monday"`},
		{"mon-mon 09:00-10:00", `unknown days "mon-mon"`},
		{"weekdays 9:00-18:00", `is not a span of time`},
		{"weekdays 09:00-09:00", `is not a span of time`},
		{"weekdays 24:00-01:00", `is not a span of time`},
		{"weekdays 09:00-18:00 XYZ", `invalid schedule`},
		{"Weekdays 09:00-18:00", `unknown days`},
		{"", `no days or times`},
		{"excluding holidays", `invalid schedule`},
		{"weekdays 09:00-18:00;sat 10:00-12:00", `invalid schedule`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := ParseSchedule(tt.in)
			require.Error(t, err)
			assert.Contains(t, err.Error(), `invalid schedule "`+tt.in+`"`)
			assert.Contains(t, err.Error(), tt.msg)
		})
	}
}

func TestPlaceForms(t *testing.T) {
	for _, in := range []string{"JP", "US", "DE", "EU", "EEA", "global"} {
		var p Place
		require.NoError(t, p.UnmarshalText([]byte(in)), in)
		assert.Equal(t, Place(in), p)
	}
	assert.True(t, Place("JP").IsCountry())
	for _, a := range Areas {
		assert.False(t, a.IsCountry(), a)
	}
	for _, in := range []string{"XX", "eu", "Eu", "jp", "Global", "GLOBAL", "EUR", "ZZ", "J", "E U"} {
		var p Place
		err := p.UnmarshalText([]byte(in))
		if assert.Error(t, err, "%q", in) {
			assert.Contains(t, err.Error(), `invalid place "`+in+`"`)
			assert.Contains(t, err.Error(), "EU, EEA or global")
		}
	}
}

func TestMoneyForms(t *testing.T) {
	tests := []struct {
		in, text string
		want     Money
	}{
		{"100000000 JPY", "100000000 JPY", Money{100000000, "JPY"}},
		{"JPY 100,000,000", "100000000 JPY", Money{100000000, "JPY"}},
		{"100,000,000 JPY", "100000000 JPY", Money{100000000, "JPY"}},
		{"USD 5000000", "5000000 USD", Money{5000000, "USD"}},
		{"0 EUR", "0 EUR", Money{0, "EUR"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseMoney(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.text, got.String())
			back, err := ParseMoney(got.String())
			require.NoError(t, err)
			assert.Equal(t, got, back)
		})
	}
	a, _ := ParseMoney("JPY 100,000,000")
	b, _ := ParseMoney("100000000 JPY")
	assert.Equal(t, a, b, "both spellings are the same amount")
	assert.Equal(t, "JPY", a.Unit().String())
	errs := []struct{ in, msg string }{
		{"100 XYZ", `unknown currency "XYZ"`},
		{"XYZ 100", `unknown currency "XYZ"`},
		{"100 jpy", `want a whole number and an ISO 4217 currency code`},
		{"1,00 JPY", `want a whole number`},
		{"-5 JPY", `want a whole number`},
		{"100JPY", `want a whole number`},
		{"JPY", `want a whole number`},
		{"100.5 JPY", `want a whole number`},
		{"¥100", `want a whole number`},
		{"100 JPY JPY", `want a whole number`},
	}
	for _, tt := range errs {
		_, err := ParseMoney(tt.in)
		if assert.Error(t, err, "%q", tt.in) {
			assert.Contains(t, err.Error(), `invalid amount of money "`+tt.in+`"`)
			assert.Contains(t, err.Error(), tt.msg, tt.in)
		}
	}
}

// TestNewPatternsAgreeWithParsers extends TestPatternsAgreeWithParsers to
// the new forms: a pattern (and so the JSON Schema) must never reject
// what the parser accepts, nor accept a spelling the parser rejects for
// its syntax alone.
func TestNewPatternsAgreeWithParsers(t *testing.T) {
	ps := Patterns()
	cases := map[string]struct {
		parse  func(string) error
		inputs []string
		// semantic lists inputs the pattern accepts and only the parser
		// can reject (an order, a size or a code list).
		semantic []string
	}{
		"Duration": {func(s string) error { _, err := ParseDuration(s); return err },
			[]string{"5-10 minutes", "5–10 minutes", "within 2-3 business days", "a few hours", "several days", "a fixed period",
				"a certain period", "10 business days", "within a few hours", "2 working days", "5 - 10 minutes", "a few", "few-hours"},
			[]string{"10-5 minutes", "1001 years", "about a few hours"}},
		"Frequency": {func(s string) error { _, err := ParseFrequency(s); return err },
			[]string{"every 5-10 minutes", "about every 5-10 minutes", "every few hours", "every several days", "every 1-2 days",
				"every 2 business days", "every few", "every 5-10", "about every few hours"},
			[]string{"every 10-5 minutes", "every 1001 years"}},
		"Schedule": {func(s string) error { _, err := ParseSchedule(s); return err },
			[]string{"24x7", "24/7", "weekdays 09:00-18:00", "weekdays 09:30-18:00 JST excluding holidays",
				"mon-fri 09:00-12:00,13:00-17:00; sat 10:00-15:00 +09:00", "sat,sun 24h", "weekdays 25:00-26:00",
				"weekday 09:00-18:00", "weekdays 9:00-18:00", "Weekdays 09:00-18:00", "24x7 excluding holidays", ""},
			[]string{"weekdays 09:00-09:00", "mon-mon 09:00-10:00", "weekdays 24:00-01:00"}},
		"Place": {func(s string) error { return Place(s).check() },
			[]string{"JP", "EU", "EEA", "global", "eu", "Global", "EUR", "jp"},
			[]string{"XX", "ZZ"}},
		"Money": {func(s string) error { _, err := ParseMoney(s); return err },
			[]string{"100000000 JPY", "JPY 100,000,000", "0 USD", "100 jpy", "1,00 JPY", "-5 JPY", "100JPY", "01 JPY"},
			[]string{"100 XYZ"}},
	}
	for name, c := range cases {
		re := regexp.MustCompile(ps[name])
		for _, in := range c.inputs {
			err := c.parse(in)
			switch {
			case re.MatchString(in) && err != nil:
				t.Errorf("%s %q: pattern accepts, parser rejects: %v", name, in, err)
			case !re.MatchString(in) && err == nil:
				t.Errorf("%s %q: parser accepts, pattern rejects", name, in)
			}
		}
		for _, in := range c.semantic {
			assert.Regexp(t, re, in, "%s %q: the pattern accepts it", name, in)
			assert.Error(t, c.parse(in), "%s %q: the parser rejects it", name, in)
		}
	}
}

// formsBase is a small valid document for the mechanism tests.
const formsBase = `openwhitepaper: "1"
languages: [ja, en]
defaultLanguage: ja
title: {ja: テスト, en: Test}
version: "1.0"
vendor: {id: acme, name: {ja: アクメ, en: Acme}}
services: [{id: app, name: {ja: アプリ, en: App}}, {id: web, name: {ja: ウェブ, en: Web}}]
plans: [{id: free, name: {ja: 無料, en: Free}, kind: free}, {id: pro, name: {ja: プロ, en: Pro}, kind: paid, services: [app]}]
`

// formsDiagnostics loads a document and returns every diagnostic, of
// decoding or of Validate.
func formsDiagnostics(t *testing.T, src string) Diagnostics {
	t.Helper()
	doc, err := Parse([]byte(src), WithFilename("doc.yaml"))
	if err != nil {
		var diags Diagnostics
		require.True(t, errors.As(err, &diags), "error %v is not Diagnostics", err)
		return diags
	}
	return doc.Validate()
}

func formsDoc(t *testing.T, src string) *Document {
	t.Helper()
	doc, err := Parse([]byte(src), WithFilename("doc.yaml"))
	require.NoError(t, err)
	require.Empty(t, doc.Validate(), "the document validates cleanly")
	return doc
}

// wantDiag asserts that the diagnostics hold one error with the code at the
// JSON Pointer, whose message contains msg.
func wantDiag(t *testing.T, diags Diagnostics, code, pointer, msg string) {
	t.Helper()
	for _, d := range diags {
		if d.Severity == Error && d.Code == code && d.Path == pointer {
			assert.Contains(t, d.Message, msg)
			return
		}
	}
	t.Errorf("no %s error at %s among:\n%s", code, pointer, diags.Error())
}

func TestOpenListsAndExtensions(t *testing.T) {
	t.Run("valid", func(t *testing.T) {
		doc := formsDoc(t, formsBase+`extensions:
  - {vocabulary: measure-kind, value: x-bug-bounty, label: {ja: バグバウンティ, en: Bug bounty}}
  - {vocabulary: standard, value: x-local-mark, label: {ja: 地域認証, en: Local mark}}
adminAuthentication: {mfaMethods: [totp, etc]}
networkSecurity: {measures: [{kind: waf}, {kind: x-bug-bounty}]}
certifications: {certifications: [{standard: x-local-mark, holder: acme}], alignedWith: [iso27001, etc]}
subprocessors: {services: [{name: Mailer, data: [name, email-address, etc], countries: [US, EU, etc]}]}
dataLocation: {countries: [JP, etc]}
`)
		assert.Equal(t, MeasureKind("x-bug-bounty"), doc.NetworkSecurity.Measures[1].Kind)
		assert.Equal(t, []AuthMethod{AuthTOTP, Etc}, doc.AdminAuthentication.MFAMethods)
	})
	tests := []struct {
		name, src, code, pointer, msg string
	}{
		{"undeclared extension value", `networkSecurity: {measures: [{kind: x-bug-bounty}]}
`, "unknown-extension", "/networkSecurity/measures/0/kind", `extension value "x-bug-bounty" is not declared for the vocabulary "measure-kind"`},
		{"declared for another vocabulary", `extensions: [{vocabulary: standard, value: x-bug-bounty, label: {ja: バグ, en: Bug}}]
networkSecurity: {measures: [{kind: x-bug-bounty}]}
`, "unknown-extension", "/networkSecurity/measures/0/kind", `"measure-kind"`},
		{"unknown vocabulary", `extensions: [{vocabulary: measures, value: x-bug-bounty, label: {ja: バグ, en: Bug}}]
`, "unknown-reference", "/extensions/0/vocabulary", `"measures" is not a vocabulary of the model`},
		{"extension value not x-", `extensions: [{vocabulary: measure-kind, value: bug-bounty, label: {ja: バグ, en: Bug}}]
`, "invalid-value", "/extensions/0/value", `must be "x-" followed by`},
		{"etc alone in a single-valued field", `backup: {sets: [{data: etc}]}
`, "invalid-value", "/backup/sets/0/data", `"etc" may only end a list`},
		{"etc as a log's access mode", `logging: {logs: [{type: access, customerAccess: etc}]}
`, "invalid-value", "/logging/logs/0/customerAccess", `"etc" may only end a list`},
		{"etc as a single place", `logging: {logs: [{type: access, location: etc}]}
`, "invalid-value", "/logging/logs/0/location", `"etc" may only end a list of places`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantDiag(t, formsDiagnostics(t, formsBase+tt.src), tt.code, tt.pointer, tt.msg)
		})
	}
	t.Run("unknown value that is not an extension", func(t *testing.T) {
		diags := formsDiagnostics(t, formsBase+"networkSecurity: {measures: [{kind: bug-bounty}]}\n")
		require.True(t, diags.HasErrors())
		assert.Contains(t, diags.Error(), `unknown measure "bug-bounty"`)
		assert.Contains(t, diags.Error(), "x-")
	})
}

func TestPlanReferences(t *testing.T) {
	formsDoc(t, formsBase+`securitySettings: {settings: [{kind: sso, available: true, plans: [pro]}]}
backup: {sets: [{data: database, plans: [free, pro], services: [app]}]}
certifications: {certifications: [{standard: soc2, holder: acme, reportPlans: [pro]}]}
`)
	tests := []struct{ name, src, pointer, msg string }{
		{"setting", "securitySettings: {settings: [{kind: sso, available: true, plans: [gold]}]}\n",
			"/securitySettings/settings/0/plans/0", `"gold" is not the ID of a plan in /plans`},
		{"second plan of a backup set", "backup: {sets: [{data: database, plans: [free, gold]}]}\n",
			"/backup/sets/0/plans/1", `"gold" is not the ID of a plan in /plans`},
		{"service of an item", "logging: {logs: [{type: access, services: [mobile]}]}\n",
			"/logging/logs/0/services/0", `"mobile" is not the ID of a service in /services`},
		{"report plans", "certifications: {certifications: [{standard: soc2, holder: acme, reportPlans: [gold]}]}\n",
			"/certifications/certifications/0/reportPlans/0", `"gold" is not the ID of a plan in /plans`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantDiag(t, formsDiagnostics(t, formsBase+tt.src), "unknown-reference", tt.pointer, tt.msg)
		})
	}
	t.Run("plan of an unknown service", func(t *testing.T) {
		src := strings.Replace(formsBase, "services: [app]}]", "services: [mobile]}]", 1)
		wantDiag(t, formsDiagnostics(t, src), "unknown-reference", "/plans/1/services/0", `"mobile" is not the ID of a service`)
	})
	t.Run("diagnostic has a position", func(t *testing.T) {
		diags := formsDiagnostics(t, formsBase+"securitySettings: {settings: [{kind: sso, available: true, plans: [gold]}]}\n")
		require.Len(t, diags, 1)
		assert.Equal(t, 9, diags[0].Pos.Line)
	})
}

func TestApplicabilityIdentity(t *testing.T) {
	valid := []struct{ name, src string }{
		{"two backup sets of one data kind with different types", "backup: {sets: [{data: database, type: full}, {data: database, type: transaction-log}]}\n"},
		{"same data and type for different plans", "backup: {sets: [{data: database, type: full, plans: [free]}, {data: database, type: full, plans: [pro]}]}\n"},
		{"scoped and unscoped", "backup: {sets: [{data: database, type: full}, {data: database, type: full, plans: [pro]}]}\n"},
		{"different services", "backup: {sets: [{data: database, services: [app]}, {data: database, services: [web]}]}\n"},
		{"two access logs told apart by id", "logging: {logs: [{type: access, id: load-balancer}, {type: access, id: database}]}\n"},
		{"SLAs per plan", "availability: {serviceLevels: [{plans: [pro], target: \"99.9%\"}, {plans: [free], provided: false}]}\n"},
		{"maintenance windows told apart by id", "availability: {maintenance: [{id: monthly, frequency: monthly}, {id: emergency}]}\n"},
		{"the same qualifier does not matter for identity", "dataDeletion: {rules: [{trigger: contract-end, qualifier: in-principle}, {trigger: contract-end, plans: [pro]}]}\n"},
	}
	for _, tt := range valid {
		t.Run(tt.name, func(t *testing.T) { formsDoc(t, formsBase+tt.src) })
	}
	invalid := []struct{ name, src, pointer, msg string }{
		{"same data and type", "backup: {sets: [{data: database, type: full}, {data: database, type: full, frequency: daily}]}\n",
			"/backup/sets/1", "duplicate key data=database,type=full (also item 0)"},
		{"same data without type", "backup: {sets: [{data: files}, {data: files, frequency: weekly}]}\n",
			"/backup/sets/1", "duplicate key data=files (also item 0)"},
		{"same plans in another order", "backup: {sets: [{data: database, plans: [free, pro]}, {data: database, plans: [pro, free]}]}\n",
			"/backup/sets/1", "duplicate key data=database,plans=free+pro (also item 0)"},
		{"same id", "logging: {logs: [{type: access, id: lb}, {type: access, id: lb, retention: 1 year}]}\n",
			"/logging/logs/1", "duplicate key type=access,id=lb (also item 0)"},
		{"two access logs without id", "logging: {logs: [{type: access}, {type: access}]}\n",
			"/logging/logs/1", "duplicate key type=access (also item 0)"},
		{"two unscoped SLAs", "availability: {serviceLevels: [{target: \"99.9%\"}, {target: \"99.5%\"}]}\n",
			"/availability/serviceLevels/1", "duplicate key (empty)"},
		{"qualifier is not identity", "dataDeletion: {rules: [{trigger: contract-end}, {trigger: contract-end, qualifier: in-principle}]}\n",
			"/dataDeletion/rules/1", "duplicate key trigger=contract-end"},
	}
	for _, tt := range invalid {
		t.Run(tt.name, func(t *testing.T) {
			wantDiag(t, formsDiagnostics(t, formsBase+tt.src), "duplicate-key", tt.pointer, tt.msg)
		})
	}
	assert.Equal(t, "data=database,type=full,plans=free+pro", KeyOf(BackupSet{Data: DataDatabase, Type: BackupFull, Applicability: Applicability{Plans: []string{"pro", "free"}}}))
	assert.Equal(t, "type=access,id=lb,services=app", KeyOf(Log{Type: LogAccess, Applicability: Applicability{ID: "lb", Services: []string{"app"}}}))
}

func TestOptionalVersion(t *testing.T) {
	unversioned := strings.Replace(formsBase, "version: \"1.0\"\n", "date: \"2024-06-01\"\n", 1)
	doc := formsDoc(t, unversioned+`revisions:
  - {date: "2023-04-01", changes: [{text: {ja: 初版, en: First edition}}]}
  - {date: "2024-06-01", changes: [{text: {ja: 改訂, en: Revised}, sections: [backup], controls: ["12.3.1"]}], sections: [backup]}
`)
	assert.Empty(t, doc.Version)
	require.Len(t, doc.Revisions, 2)
	assert.Equal(t, Date{2024, 6, 1}, doc.Revisions[1].Date)

	wantDiag(t, formsDiagnostics(t, unversioned+`revisions:
  - {version: "1.0", date: "2024-06-01", changes: [{text: {ja: 初版, en: First}}]}
`), "revision-mismatch", "/revisions/0/version", "the document has no version")
	wantDiag(t, formsDiagnostics(t, unversioned+`revisions:
  - {date: "2024-06-01", changes: [{text: {ja: 初版, en: First}}]}
  - {date: "2023-06-01", changes: [{text: {ja: 改訂, en: Revised}}]}
`), "revision-order", "/revisions/1/date", "is before the previous revision's")
	wantDiag(t, formsDiagnostics(t, unversioned+`revisions:
  - {date: "2024-05-01", changes: [{text: {ja: 初版, en: First}}]}
`), "revision-mismatch", "/revisions/0/date", "the newest revision is dated 2024-05-01")
	versioned := strings.Replace(formsBase, "version: \"1.0\"\n", "version: \"1.0\"\ndate: \"2024-06-01\"\n", 1)
	wantDiag(t, formsDiagnostics(t, versioned+`revisions:
  - {date: "2024-06-01", changes: [{text: {ja: 初版, en: First}}]}
`), "required", "/revisions/0", "version is required")
	wantDiag(t, formsDiagnostics(t, versioned+`revisions:
  - {version: "1.0", date: "2024-06-01", changes: [{text: {ja: 初版, en: First}, sections: [nowhere]}]}
`), "unknown-reference", "/revisions/0/changes/0/sections/0", `"nowhere" is not a standard section or a custom one`)
}

const formsSections = `purpose: {statement: {ja: 目的, en: Purpose}}
governance: {policy: true}
personnel: {training: yearly}
backup: {provided: true}
logging: {accessLogged: true}
contact: {points: [{email: a@example.com}]}
custom: [{id: faq, after: backup, title: {ja: 質問, en: FAQ}}]
`

func TestOutline(t *testing.T) {
	t.Run("without an outline", func(t *testing.T) {
		doc := formsDoc(t, formsBase+formsSections)
		var got []string
		for _, h := range doc.Headings() {
			require.Len(t, h.Sections, 1)
			assert.Zero(t, h.Level)
			assert.True(t, h.Title.IsZero())
			got = append(got, h.Number+" "+string(h.Sections[0]))
		}
		assert.Equal(t, []string{"1 purpose", "2 governance", "3 personnel", "4 backup", "5 faq", "6 logging", "7 contact"}, got)
	})
	t.Run("with an outline", func(t *testing.T) {
		doc := formsDoc(t, formsBase+formsSections+`outline:
  - {number: "1", title: {ja: はじめに, en: Introduction}, sections: [purpose]}
  - number: "2"
    title: {ja: 組織, en: Organisation}
    sections: [governance, personnel]
  - number: "3"
    title: {ja: 運用, en: Operations}
    entries:
      - {number: "3.1", title: {ja: バックアップ, en: Backup}, sections: [backup, faq]}
      - {number: "3.2", title: {ja: 監視, en: Monitoring}, sections: [monitoring]}
  - {title: {ja: 付録, en: Appendix}}
`)
		type h struct {
			number   string
			level    int
			sections []SectionID
			title    string
		}
		var got []h
		for _, x := range doc.Headings() {
			got = append(got, h{x.Number, x.Level, x.Sections, x.Title.Get(language.English)})
		}
		assert.Equal(t, []h{
			{"1", 0, []SectionID{SectionPurpose}, "Introduction"},
			{"2", 0, []SectionID{SectionGovernance, SectionPersonnel}, "Organisation"},
			{"3", 0, nil, "Operations"},
			{"3.1", 1, []SectionID{SectionBackup, "faq"}, "Backup"},
			{"3.2", 1, nil, "Monitoring"}, // the section is absent
			{"", 0, nil, "Appendix"},
			// Sections present that the outline does not name come after it, unnumbered.
			{"", 0, []SectionID{SectionLogging}, ""},
			{"", 0, []SectionID{SectionContact}, ""},
		}, got)
		hd, ok := doc.HeadingOf(SectionPersonnel)
		require.True(t, ok)
		assert.Equal(t, "2", hd.Number)
		hd, ok = doc.HeadingOf("faq")
		require.True(t, ok)
		assert.Equal(t, "3.1", hd.Number)
		_, ok = doc.HeadingOf(SectionMonitoring)
		assert.False(t, ok)
	})
	t.Run("duplicate numbers", func(t *testing.T) {
		diags := formsDiagnostics(t, formsBase+formsSections+`outline:
  - {number: "1", title: {ja: 一, en: One}, sections: [purpose]}
  - number: "2"
    title: {ja: 二, en: Two}
    entries:
      - {number: "1", title: {ja: 重複, en: Duplicate}, sections: [backup]}
  - {number: "2", title: {ja: 二, en: Two again}}
`)
		wantDiag(t, diags, "duplicate-key", "/outline/1/entries/0/number", `heading number "1" appears twice`)
		wantDiag(t, diags, "duplicate-key", "/outline/2/number", `heading number "2" appears twice`)
	})
	t.Run("a section under two headings", func(t *testing.T) {
		wantDiag(t, formsDiagnostics(t, formsBase+formsSections+`outline:
  - {number: "1", title: {ja: 一, en: One}, sections: [backup]}
  - {number: "2", title: {ja: 二, en: Two}, sections: [logging, backup]}
`), "duplicate-key", "/outline/1/sections/1", `section "backup" is under another heading already`)
	})
	t.Run("a part of a section under a heading of its own", func(t *testing.T) {
		doc := formsDoc(t, formsBase+formsSections+`dataDeletion: {accessAfter: [{trigger: graduation, access: read-only}]}
outline:
  - {number: "1", title: {ja: 削除, en: Deletion}, sections: [data-deletion]}
  - {number: "2", title: {ja: 卒業時, en: On graduation}, fields: [/dataDeletion/accessAfter]}
`)
		hs := doc.Headings()
		require.GreaterOrEqual(t, len(hs), 2)
		assert.Equal(t, []string{"/dataDeletion/accessAfter"}, hs[1].Fields)
		wantDiag(t, formsDiagnostics(t, formsBase+`outline: [{number: "1", title: {ja: 一, en: One}, fields: [/dataDeletion/nothing]}]
`), "unknown-reference", "/outline/0/fields/0", `"/dataDeletion/nothing" is not the JSON Pointer of a field of a section`)
	})
	t.Run("items of a list under a heading of their own", func(t *testing.T) {
		const deletion = `dataDeletion:
  accessAfter: [{trigger: contract-end, access: none}, {trigger: graduation, access: read-only}, {trigger: transfer, access: none}]
`
		doc := formsDoc(t, formsBase+formsSections+deletion+`outline:
  - {number: "1", title: {ja: 削除, en: Deletion}, sections: [data-deletion]}
  - {number: "2", title: {ja: 卒業時, en: On graduation}, fields: ["/dataDeletion/accessAfter/*[trigger=graduation]", "/dataDeletion/accessAfter/*[trigger=transfer]"]}
`)
		hs := doc.Headings()
		require.GreaterOrEqual(t, len(hs), 2)
		part, ok := ParsePart(hs[1].Fields[0])
		require.True(t, ok)
		assert.Equal(t, "/dataDeletion/accessAfter", part.Pointer())
		assert.Equal(t, []bool{false, true, false}, []bool{part.Picks(doc.DataDeletion.AccessAfter[0]), part.Picks(doc.DataDeletion.AccessAfter[1]), part.Picks(&doc.DataDeletion.AccessAfter[2])})
		assert.Equal(t, -1, part.Paragraph)
		for _, bad := range []string{"/dataDeletion/accessAfter/*[nothing=x]", "/dataDeletion/accessAfter/*[trigger=]", "/dataDeletion/accessAfter/*[trigger]",
			"/dataDeletion/certificate/*[trigger=x]", "/dataDeletion/accessAfter/*[trigger=a/b]", "/dataDeletion/notes/x", "/dataDeletion/notes/01", "/nothing/notes/1"} {
			_, ok := ParsePart(bad)
			assert.False(t, ok, bad)
		}
		diags := formsDiagnostics(t, formsBase+formsSections+deletion+`outline:
  - {number: "1", title: {ja: 一, en: One}, fields: ["/dataDeletion/accessAfter/*[trigger=graduation]", "/dataDeletion/accessAfter/*[trigger=retirement]"]}
  - {number: "2", title: {ja: 二, en: Two}, fields: ["/dataDeletion/accessAfter/*[access=read-only]", /dataDeletion/accessAfter]}
`)
		wantDiag(t, diags, "unknown-reference", "/outline/0/fields/1", `no item of /dataDeletion/accessAfter has trigger "retirement"`)
		wantDiag(t, diags, "duplicate-key", "/outline/1/fields/0", `item 1 of /dataDeletion/accessAfter is under another heading already`)
		wantDiag(t, diags, "duplicate-key", "/outline/1/fields/1", `"/dataDeletion/accessAfter" is under another heading already`)
	})
	t.Run("a paragraph under a heading of its own", func(t *testing.T) {
		const use = "dataUse: {serviceOnly: true, notes: [{ja: 一つ目。, en: First.}, {ja: 二つ目。, en: Second.}]}\n"
		doc := formsDoc(t, formsBase+formsSections+use+`outline:
  - {number: "1", title: {ja: 利用, en: Use}, sections: [data-use]}
  - {number: "2", title: {ja: 二, en: Two}, fields: [/dataUse/notes/1]}
`)
		part, ok := ParsePart(doc.Headings()[1].Fields[0])
		require.True(t, ok)
		assert.Equal(t, 1, part.Paragraph)
		assert.Equal(t, "/dataUse/notes", part.Pointer())
		wantDiag(t, formsDiagnostics(t, formsBase+formsSections+use+`outline: [{number: "1", title: {ja: 一, en: One}, fields: [/dataUse/notes/2]}]
`), "unknown-reference", "/outline/0/fields/0", `"/dataUse/notes/2" names no paragraph of dataUse (it has 2)`)
	})
	t.Run("unknown section", func(t *testing.T) {
		wantDiag(t, formsDiagnostics(t, formsBase+`outline: [{number: "1", title: {ja: 一, en: One}, sections: [introduction]}]
`), "unknown-reference", "/outline/0/sections/0", `"introduction" is not a standard section or a custom one`)
	})
}

func TestSectionQualifiers(t *testing.T) {
	doc := formsDoc(t, formsBase+`backup:
  restoreOnRequest: false
  qualified: [{field: restoreOnRequest, qualifier: in-principle, note: {ja: 原則として行わない, en: Not in principle}}]
`)
	require.Len(t, doc.Backup.Qualified, 1)
	assert.Equal(t, InPrinciple, doc.Backup.Qualified[0].Qualifier)
	wantDiag(t, formsDiagnostics(t, formsBase+"backup: {qualified: [{field: restoreOnDemand, qualifier: normally}]}\n"),
		"unknown-reference", "/backup/qualified/0/field", `"restoreOnDemand" is not a field of backup`)
	wantDiag(t, formsDiagnostics(t, formsBase+"backup: {qualified: [{field: notes, qualifier: normally}]}\n"),
		"unknown-reference", "/backup/qualified/0/field", `"notes" is not a field of backup`)
	// A path names a field of a record in the section.
	formsDoc(t, formsBase+"dataUse: {lawEnforcement: {notifyCustomer: true}, qualified: [{field: lawEnforcement/notifyCustomer, qualifier: where-possible}]}\n")
	wantDiag(t, formsDiagnostics(t, formsBase+"dataUse: {qualified: [{field: lawEnforcement/nothing, qualifier: normally}]}\n"),
		"unknown-reference", "/dataUse/qualified/0/field", `"lawEnforcement/nothing" is not a field of dataUse`)
}

// TestSetOfLanguageTags: a set of language tags, such as the languages
// support is given in, holds different tags without a duplicate error.
func TestSetOfLanguageTags(t *testing.T) {
	formsDoc(t, formsBase+"support: {languages: [ja, en]}\n")
	wantDiag(t, formsDiagnostics(t, formsBase+"support: {languages: [ja, en, ja]}\n"), "duplicate-key", "/support/languages/2", `appears twice`)
}
