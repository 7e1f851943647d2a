package whitepaper

import (
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDurationLimits checks that parsing refuses durations longer than
// 1,000 years, in every form, and accepts the longest one.
func TestDurationLimits(t *testing.T) {
	for _, s := range []string{"within 365250 days", "1000 years", "12000 months", "31557600000 seconds", "P365250D", "PT8766000H", "at least 52178 weeks"} {
		_, err := ParseDuration(s)
		assert.NoError(t, err, s)
	}
	for _, s := range []string{"within 365251 days", "1001 years", "12001 months", "31557600001 seconds", "P365251D", "PT8766001H",
		"within 9223372036854775807 seconds", "9223372036854775807 years", "P9223372036854775807W", "every 2000 years"} {
		_, err := ParseDuration(s)
		if assert.Error(t, err, s) && s != "every 2000 years" {
			assert.Contains(t, err.Error(), "1,000 years", s)
		}
	}
	_, err := ParseFrequency("every 1001 years")
	assert.Error(t, err)
	assert.Error(t, Duration{Amount: math.MaxInt64, Unit: Week}.check(), "a duration built in Go is checked too")
}

// TestDurationCompareExtremes orders durations exactly at the extremes,
// where a conversion to nanoseconds overflows.
func TestDurationCompareExtremes(t *testing.T) {
	p := func(s string) Duration {
		d, err := ParseDuration(s)
		require.NoError(t, err, s)
		return d
	}
	huge := Duration{Amount: math.MaxInt64, Unit: Week} // invalid, but built in Go
	tests := []struct {
		a, b Duration
		want int
	}{
		{p("within 72 hours"), p("within 213504 days"), -1},
		{p("within 72 hours"), p("within 5124096 hours"), -1},
		{p("within 5124096 hours"), p("within 213504 days"), 0},
		{p("1000 years"), p("365250 days"), -1}, // a year is 365 days against fixed units
		{p("1000 years"), p("365000 days"), 0},
		{p("12000 months"), p("1000 years"), 0},
		{p("1 second"), p("1000 years"), -1},
		{p("1 month"), p("30 days"), 1},
		{huge, p("1 week"), 1},
		{huge, Duration{Amount: math.MaxInt64 - 1, Unit: Week}, 1},
		{huge, Duration{Amount: math.MaxInt64, Unit: Year}, -1}, // seconds against months, both huge
		{p("indefinitely"), huge, 1},
		{p("indefinitely"), p("1000 years"), 1},
		{p("immediately"), p("1 second"), -1},
		{p("promptly"), p("immediately"), -1},
		{p("indefinitely"), p("indefinitely"), 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.a.Compare(tt.b), "%v vs %v", tt.a, tt.b)
		assert.Equal(t, -tt.want, tt.b.Compare(tt.a), "%v vs %v", tt.b, tt.a)
	}
	assert.Equal(t, time.Duration(math.MaxInt64), huge.Approx(), "Approx saturates")
	assert.Greater(t, p("within 213504 days").Approx(), p("within 72 hours").Approx())
	assert.False(t, huge.Equal(Duration{Amount: math.MaxInt64, Unit: Day}), "no overflow in Equal")
	assert.True(t, p("2 weeks").Equal(p("14 days")))
}

// TestCountAndPercentExtremes checks the other ordered values at their
// limits: counts refuse more than 10^12, percentages compare exactly.
func TestCountAndPercentExtremes(t *testing.T) {
	_, err := ParseCount("1000000000000 users")
	assert.NoError(t, err)
	for _, s := range []string{"1000000000001 users", "9223372036854775807 generations", "99999999999999999999 copies"} {
		_, err := ParseCount(s)
		assert.Error(t, err, s)
	}
	pc := func(s string) Percent {
		v, err := ParsePercent(s)
		require.NoError(t, err, s)
		return v
	}
	assert.Equal(t, -1, pc("0.000000001%").Compare(pc("100%")))
	assert.Equal(t, 1, pc("100.000000000%").Compare(pc("99.999999999%")))
	assert.Equal(t, 0, pc("100%").Compare(pc("100.000000000%")))
	_, err = ParsePercent("100.000000001%")
	assert.Error(t, err)
}
