package locale

import (
	"testing"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

// TestJapaneseWordingParses checks that what a Japanese page says of a
// value is a form an author may write: each value, worded in Japanese,
// parses back to an equal value.
func TestJapaneseWordingParses(t *testing.T) {
	ja := For(language.Japanese)
	for _, s := range []string{"within 72 hours", "at least 30 days", "within 3 business days", "about 1 month",
		"5-10 minutes", "more than 180 days", "less than 1 hour", "a few hours", "within a few days", "8 business hours",
		"indefinitely", "immediately", "promptly", "a fixed period", "in advance", "2 weeks", "5 years"} {
		d, err := whitepaper.ParseDuration(s)
		if assert.NoError(t, err) {
			back, err := whitepaper.ParseDuration(ja.Duration(d))
			if assert.NoError(t, err, "%s worded %q", s, ja.Duration(d)) {
				assert.True(t, d.Equal(back), "%s worded %q reads %s", s, ja.Duration(d), back)
			}
		}
	}
	for _, s := range []string{"daily", "weekly", "monthly", "yearly", "hourly", "about monthly", "every 6 hours",
		"every 5-10 minutes", "every few hours", "continuous", "periodically", "per release", "as needed",
		"at least yearly", "at least every 3 months", "at most monthly", "more than yearly", "less than weekly",
		"twice a day", "3 times a month", "3 times every 2 weeks", "4 times an hour", "about twice a month",
		"at most 3 times a month", "at least twice a year", "twice every 6 months", "ongoing",
		"on upload", "on login", "on change", "on deploy", "on request", "on hire", "on departure", "on incident",
		"on signup", "on contract", "on renewal", "on termination"} {
		f, err := whitepaper.ParseFrequency(s)
		if assert.NoError(t, err) {
			back, err := whitepaper.ParseFrequency(ja.Frequency(f))
			if assert.NoError(t, err, "%s worded %q", s, ja.Frequency(f)) {
				assert.True(t, f.Equal(back), "%s worded %q reads %s", s, ja.Frequency(f), back)
			}
		}
	}
	for _, s := range []string{"7 generations", "about 12,000 schools", "at least 2 sites", "700 municipalities",
		"at least 8 characters", "5 attempts", "2048 bits", "about 300 people", "10 countries", "less than 5 incidents"} {
		c, err := whitepaper.ParseCount(s)
		if assert.NoError(t, err) {
			back, err := whitepaper.ParseCount(ja.Count(c))
			if assert.NoError(t, err, "%s worded %q", s, ja.Count(c)) {
				assert.Equal(t, c, back, "%s worded %q", s, ja.Count(c))
			}
		}
	}
	for _, s := range []string{"2026-04-01", "2026-04", "2026"} {
		d, err := whitepaper.ParseDate(s)
		if assert.NoError(t, err) {
			back, err := whitepaper.ParseDate(ja.Date(d))
			if assert.NoError(t, err, "%s worded %q", s, ja.Date(d)) {
				assert.Equal(t, d, back)
			}
		}
	}
	for _, s := range []string{"24x7", "weekdays 09:30-18:00 JST excluding holidays", "weekdays 09:00-18:00",
		"mon,wed,fri 10:00-15:00", "sun 02:00-05:00 JST", "weekdays 09:00-12:00,13:00-17:00; sat 10:00-15:00",
		"weekends 24h", "weekdays 09:00-18:00 excluding holidays", "sun-fri 04:00-04:30", "fri-mon 22:00-02:00 UTC",
		"tue from 18:00", "weekdays 09:00-12:00,from 18:00 JST"} {
		sc, err := whitepaper.ParseSchedule(s)
		if assert.NoError(t, err) {
			back, err := whitepaper.ParseSchedule(ja.Schedule(sc))
			if assert.NoError(t, err, "%s worded %q", s, ja.Schedule(sc)) {
				assert.True(t, sc.Equal(back), "%s worded %q reads %s", s, ja.Schedule(sc), back)
			}
		}
	}
}
