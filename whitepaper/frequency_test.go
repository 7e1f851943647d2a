package whitepaper

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Table tests for the frequency forms of round three: bounded
// frequencies, counts per period, quotas, event-driven frequencies and
// "ongoing", in English and in Japanese.

func TestFrequencyRoundThree(t *testing.T) {
	tests := []struct {
		in, text string
		want     Frequency
	}{
		{"at least yearly", "at least yearly", Frequency{Every: For(1, Year), Bound: AtLeast}},
		{"at least annually", "at least yearly", Frequency{Every: For(1, Year), Bound: AtLeast}},
		{"at least once a year", "at least yearly", Frequency{Every: For(1, Year), Bound: AtLeast}},
		{"at least every 3 months", "at least every 3 months", Frequency{Every: For(3, Month), Bound: AtLeast}},
		{"no less than monthly", "at least monthly", Frequency{Every: For(1, Month), Bound: AtLeast}},
		{"at most monthly", "at most monthly", Frequency{Every: For(1, Month), Bound: AtMost}},
		{"more than once a year", "more than yearly", Frequency{Every: For(1, Year), Bound: MoreThan}},
		{"twice daily", "twice a day", Frequency{Every: For(1, Day), Times: 2}},
		{"twice a day", "twice a day", Frequency{Every: For(1, Day), Times: 2}},
		{"2 times per day", "twice a day", Frequency{Every: For(1, Day), Times: 2}},
		{"3 times a month", "3 times a month", Frequency{Every: For(1, Month), Times: 3}},
		{"4 times an hour", "4 times an hour", Frequency{Every: For(1, Hour), Times: 4}},
		{"3 times every 2 weeks", "3 times every 2 weeks", Frequency{Every: For(2, Week), Times: 3}},
		{"once a week", "weekly", Frequency{Every: For(1, Week)}},
		{"once every 2 years", "every 2 years", Frequency{Every: For(2, Year)}},
		{"about twice a month", "about twice a month", Frequency{Every: Duration{Bound: About, Amount: 1, Unit: Month}, Times: 2}},
		{"up to 3 times a month", "at most 3 times a month", Frequency{Every: For(1, Month), Times: 3, Bound: AtMost}},
		{"at least twice a year", "at least twice a year", Frequency{Every: For(1, Year), Times: 2, Bound: AtLeast}},
		{"on upload", "on upload", Frequency{Kind: OnEvent, Occasion: OccasionUpload}},
		{"on each login", "on login", Frequency{Kind: OnEvent, Occasion: OccasionLogin}},
		{"on every hire", "on hire", Frequency{Kind: OnEvent, Occasion: OccasionHire}},
		{"ongoing", "ongoing", Frequency{Kind: Ongoing}},
		{"on an ongoing basis", "ongoing", Frequency{Kind: Ongoing}},
		{"on demand", "as needed", Frequency{Kind: AsNeeded}},
		// Japanese forms equal their English forms.
		{"年1回以上", "at least yearly", Frequency{Every: For(1, Year), Bound: AtLeast}},
		{"年に1回以上", "at least yearly", Frequency{Every: For(1, Year), Bound: AtLeast}},
		{"最低年1回", "at least yearly", Frequency{Every: For(1, Year), Bound: AtLeast}},
		{"少なくとも四半期に1回", "at least every 3 months", Frequency{Every: For(3, Month), Bound: AtLeast}},
		{"月1回まで", "at most monthly", Frequency{Every: For(1, Month), Bound: AtMost}},
		{"1日2回", "twice a day", Frequency{Every: For(1, Day), Times: 2}},
		{"１日２回", "twice a day", Frequency{Every: For(1, Day), Times: 2}},
		{"日に2回", "twice a day", Frequency{Every: For(1, Day), Times: 2}},
		{"毎日2回", "twice a day", Frequency{Every: For(1, Day), Times: 2}},
		{"毎月3回まで", "at most 3 times a month", Frequency{Every: For(1, Month), Times: 3, Bound: AtMost}},
		{"月3回", "3 times a month", Frequency{Every: For(1, Month), Times: 3}},
		{"月に3回まで", "at most 3 times a month", Frequency{Every: For(1, Month), Times: 3, Bound: AtMost}},
		{"2週間に3回", "3 times every 2 weeks", Frequency{Every: For(2, Week), Times: 3}},
		{"半年に2回", "twice every 6 months", Frequency{Every: For(6, Month), Times: 2}},
		{"年2回以上", "at least twice a year", Frequency{Every: For(1, Year), Times: 2, Bound: AtLeast}},
		{"約月2回", "about twice a month", Frequency{Every: Duration{Bound: About, Amount: 1, Unit: Month}, Times: 2}},
		{"1日1回", "daily", Frequency{Every: For(1, Day)}},
		{"3か月に1回", "every 3 months", Frequency{Every: For(3, Month)}},
		{"アップロード時", "on upload", Frequency{Kind: OnEvent, Occasion: OccasionUpload}},
		{"入社時", "on hire", Frequency{Kind: OnEvent, Occasion: OccasionHire}},
		{"変更の都度", "on change", Frequency{Kind: OnEvent, Occasion: OccasionChange}},
		{"契約更新時", "on renewal", Frequency{Kind: OnEvent, Occasion: OccasionRenewal}},
		{"継続的", "ongoing", Frequency{Kind: Ongoing}},
		{"常時", "continuous", Frequency{Kind: Continuous}},
	}
	re := regexp.MustCompile(Patterns()["Frequency"])
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseFrequency(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.text, got.String())
			assert.Regexp(t, re, tt.in, "the schema's pattern accepts it")
			back, err := ParseFrequency(got.String())
			require.NoError(t, err, "canonical form %q must parse", got.String())
			assert.Equal(t, got, back)
			assert.True(t, got.Equal(back))
			b, err := got.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.text, string(b))
		})
	}
}

func TestFrequencyRoundThreeEquality(t *testing.T) {
	eq := [][2]string{
		{"twice daily", "1日2回"}, {"at least yearly", "年1回以上"}, {"once a month", "monthly"},
		{"at most 3 times a month", "up to 3 times a month"}, {"on upload", "アップロード時"},
		{"ongoing", "継続的に"}, {"3 times every 2 weeks", "3 times every 14 days"},
	}
	for _, p := range eq {
		assert.True(t, mustFreq(t, p[0]).Equal(mustFreq(t, p[1])), "%q = %q", p[0], p[1])
	}
	ne := [][2]string{
		{"twice a day", "every 12 hours"}, {"at least yearly", "yearly"}, {"at most monthly", "monthly"},
		{"on upload", "on login"}, {"ongoing", "continuous"}, {"twice a day", "3 times a day"},
	}
	for _, p := range ne {
		assert.False(t, mustFreq(t, p[0]).Equal(mustFreq(t, p[1])), "%q ≠ %q", p[0], p[1])
	}
}

func TestFrequencySpacing(t *testing.T) {
	tests := []struct {
		in   string
		want Duration
		ok   bool
	}{
		{"daily", For(1, Day), true},
		{"twice a day", For(43200, Second), true},
		{"at least yearly", Within(1, Year), true},
		{"at most monthly", Duration{Bound: AtLeast, Amount: 1, Unit: Month}, true},
		{"more than yearly", Duration{Bound: LessThan, Amount: 1, Unit: Year}, true},
		{"about monthly", Duration{Bound: About, Amount: 1, Unit: Month}, true},
		{"on upload", Duration{}, false},
		{"ongoing", Duration{}, false},
		{"continuous", Duration{}, false},
	}
	for _, tt := range tests {
		d, ok := mustFreq(t, tt.in).Spacing()
		assert.Equal(t, tt.ok, ok, tt.in)
		assert.True(t, tt.want.Equal(d), "%q: spacing %v, want %v", tt.in, d, tt.want)
	}
}

func TestFrequencyRoundThreeErrors(t *testing.T) {
	tests := []struct{ in, msg string }{
		{"at least about monthly", `"about" and a bound cannot qualify one frequency together`},
		{"within monthly", "want daily"},
		{"twice every 1-2 days", "a number of times needs a period with one amount"},
		{"twice every few days", "want daily"},
		{"at least every few hours", "want daily"},
		{"0 times a day", "want daily"},
		{"2000000 times a day", "more than 1000000 times"},
		{"on uplaod", `unknown event "uplaod"; did you mean "upload"?`},
		{"on lunch", `unknown event "lunch"`},
		{"twice", "want daily"},
		{"3 times", "want daily"},
		{"年1回以上まで", "invalid frequency"},
		{"約年1回以上", "qualify it differently"},
		{"2半年に1回", "is not a period"},
		{"2毎日2回", "is not a period"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := ParseFrequency(tt.in)
			require.Error(t, err)
			assert.Contains(t, err.Error(), `invalid frequency "`+tt.in+`"`)
			assert.Contains(t, err.Error(), tt.msg)
		})
	}
	for _, f := range []Frequency{
		{Every: For(1, Day), Times: 1}, {Every: For(1, Day), Bound: About}, {Kind: OnEvent, Occasion: "lunch"},
		{Kind: Ongoing, Times: 2}, {Every: Duration{Bound: About, Amount: 1, Unit: Day}, Bound: AtLeast}, {Kind: Continuous, Occasion: OccasionUpload},
	} {
		_, err := f.MarshalText()
		assert.Error(t, err, "%+v is not encoded", f)
	}
}
