package order

import (
	"reflect"
	"testing"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
)

func parse[T interface{ UnmarshalText([]byte) error }](t *testing.T, v T, s string) reflect.Value {
	t.Helper()
	if err := v.UnmarshalText([]byte(s)); err != nil {
		t.Fatal(err)
	}
	return reflect.ValueOf(v).Elem()
}

func TestCompare(t *testing.T) {
	yes, no := true, false
	for _, c := range []struct {
		name string
		a, b reflect.Value
		want int
		ok   bool
	}{
		{"2 weeks = 14 days", parse(t, new(whitepaper.Duration), "2 weeks"), parse(t, new(whitepaper.Duration), "14 days"), 0, true},
		{"72 hours > 1 day", parse(t, new(whitepaper.Duration), "within 72 hours"), parse(t, new(whitepaper.Duration), "within 1 day"), 1, true},
		{"promptly < 72 hours", parse(t, new(whitepaper.Duration), "promptly"), parse(t, new(whitepaper.Duration), "within 72 hours"), -1, true},
		{"7 < 30 generations", parse(t, new(whitepaper.Count), "7 generations"), parse(t, new(whitepaper.Count), "30 generations"), -1, true},
		{"99.9% > 99.5%", parse(t, new(whitepaper.Percent), "99.9%"), parse(t, new(whitepaper.Percent), "99.5%"), 1, true},
		{"daily > hourly", parse(t, new(whitepaper.Frequency), "daily"), parse(t, new(whitepaper.Frequency), "hourly"), 1, true},
		{"true > false", reflect.ValueOf(&yes), reflect.ValueOf(&no), 1, true},
		{"TLS 1.3 > 1.2", reflect.ValueOf(whitepaper.TLSVersion("1.3")), reflect.ValueOf(whitepaper.TLSVersion("1.2")), 1, true},
		{"not stated", reflect.ValueOf(whitepaper.Count{}), parse(t, new(whitepaper.Count), "7 generations"), 0, false},
		{"other units", parse(t, new(whitepaper.Count), "7 generations"), parse(t, new(whitepaper.Count), "10 schools"), 0, false},
		{"other types", parse(t, new(whitepaper.Count), "7 generations"), parse(t, new(whitepaper.Percent), "99%"), 0, false},
		{"no length", parse(t, new(whitepaper.Frequency), "periodically"), parse(t, new(whitepaper.Frequency), "daily"), 0, false},
	} {
		got, ok := Compare(c.a, c.b)
		assert.Equal(t, c.ok, ok, c.name)
		assert.Equal(t, c.want, got, c.name)
	}
}

func TestStronger(t *testing.T) {
	seven := parse(t, new(whitepaper.Count), "7 generations")
	thirty := parse(t, new(whitepaper.Count), "30 generations")
	for better, want := range map[whitepaper.Better]int{whitepaper.Higher: -1, whitepaper.Lower: 1, whitepaper.True: -1, whitepaper.False: 1} {
		got, ok := Stronger(seven, thirty, better)
		assert.True(t, ok)
		assert.Equal(t, want, got, better)
	}
	_, ok := Stronger(seven, thirty, whitepaper.Unordered)
	assert.False(t, ok, "an unordered field has no stronger value")
}
