package whitepaper

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Schedules that wrap the week and spans with no stated end, in English
// and in Japanese.
func TestScheduleRoundThree(t *testing.T) {
	tests := []struct {
		in, text string
		minutes  int
	}{
		{"sun-fri 04:00-04:30", "sun-fri 04:00-04:30", 6 * 30},
		{"sun,mon-fri 04:00-04:30", "sun-fri 04:00-04:30", 6 * 30},
		{"mon-fri,sun 04:00-04:30", "sun-fri 04:00-04:30", 6 * 30},
		{"fri-mon 22:00-02:00 UTC", "fri-mon 22:00-02:00 UTC", 4 * 240},
		{"sat-mon 24h", "sat-mon 24h", 3 * 1440},
		{"sun-mon 10:00-11:00", "mon,sun 10:00-11:00", 120}, // two days are no run
		{"sat-sun 10:00-11:00", "weekends 10:00-11:00", 120},
		{"tue from 18:00", "tue from 18:00", 0},
		{"from 18:00 JST", "daily from 18:00 JST", 0},
		{"weekdays 09:00-12:00,from 18:00 JST", "weekdays 09:00-12:00,from 18:00 JST", 5 * 180},
		{"日〜金 4:00〜4:30", "sun-fri 04:00-04:30", 6 * 30},
		{"日曜〜金曜 4:00〜4:30", "sun-fri 04:00-04:30", 6 * 30},
		{"金〜月 22:00〜2:00", "fri-mon 22:00-02:00", 4 * 240},
		{"火曜18:00〜", "tue from 18:00", 0},
		{"火 18:00から", "tue from 18:00", 0},
		{"毎週火曜日 18:00以降", "", 0},
	}
	re := regexp.MustCompile(Patterns()["Schedule"])
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			sc, err := ParseSchedule(tt.in)
			if tt.text == "" {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Regexp(t, re, tt.in, "the schema's pattern accepts it")
			assert.Equal(t, tt.text, sc.String())
			assert.Equal(t, tt.minutes, sc.WeeklyMinutes())
			back, err := ParseSchedule(sc.String())
			require.NoError(t, err)
			assert.Equal(t, sc, back, "canonical form must round-trip")
			b, err := sc.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.text, string(b))
		})
	}
	a, b := mustSchedule(t, "sun-fri 04:00-04:30"), mustSchedule(t, "日〜金 4:00〜4:30")
	assert.True(t, a.Equal(b), "the Japanese form equals the English one")
	assert.False(t, a.Equal(mustSchedule(t, "mon-fri 04:00-04:30")))
	assert.False(t, mustSchedule(t, "tue from 18:00").Equal(mustSchedule(t, "tue 18:00-24:00")), "an open span is not until midnight")
	open := mustSchedule(t, "tue from 18:00").Parts[0].Spans[0]
	assert.True(t, open.IsOpen())
	assert.Equal(t, TimeSpan{1080, OpenEnd}, open)
	start, end, ok := mustSchedule(t, "sun-fri 04:00-04:30").Parts[0].Days.WrappingRun()
	assert.Equal(t, []any{6, 4, true}, []any{start, end, ok})
}

func TestScheduleRoundThreeErrors(t *testing.T) {
	tests := []struct{ in, msg string }{
		{"mon-mon 09:00-10:00", `unknown days "mon-mon" (want daily, weekdays, weekends or days such as mon-fri, sun-fri or mon,wed,fri)`},
		{"tue from 25:00", `invalid schedule`},
		{"tue from 24:00", `"24:00" is not a time of day`},
		{"tue 18:00-", `invalid schedule`},
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

func mustSchedule(t *testing.T, s string) Schedule {
	t.Helper()
	sc, err := ParseSchedule(s)
	require.NoError(t, err, "%q", s)
	return sc
}
