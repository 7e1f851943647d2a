package locale

import (
	"testing"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestFormatValues(t *testing.T) {
	ja, en := For(language.Japanese), For(language.English)
	dur := func(s string) whitepaper.Duration {
		d, err := whitepaper.ParseDuration(s)
		require.NoError(t, err)
		return d
	}
	cnt := func(s string) whitepaper.Count {
		c, err := whitepaper.ParseCount(s)
		require.NoError(t, err)
		return c
	}
	freq := func(s string) whitepaper.Frequency {
		f, err := whitepaper.ParseFrequency(s)
		require.NoError(t, err)
		return f
	}
	sched := func(s string) whitepaper.Schedule {
		sc, err := whitepaper.ParseSchedule(s)
		require.NoError(t, err)
		return sc
	}
	date := func(s string) whitepaper.Date {
		d, err := whitepaper.ParseDate(s)
		require.NoError(t, err)
		return d
	}
	pct, err := whitepaper.ParsePercent("99.9897%")
	require.NoError(t, err)
	yes, no := true, false

	tests := []struct{ ja, en, got string }{}
	add := func(f func(c *Locale) string, wantJa, wantEn string) {
		tests = append(tests, struct{ ja, en, got string }{wantJa, wantEn, f(ja) + "|" + f(en)})
	}
	add(func(c *Locale) string { return c.Duration(dur("within 72 hours")) }, "72時間以内", "within 72 hours")
	add(func(c *Locale) string { return c.Duration(dur("1 week")) }, "1週間", "1 week")
	add(func(c *Locale) string { return c.Duration(dur("at least 30 days")) }, "30日以上", "at least 30 days")
	add(func(c *Locale) string { return c.Duration(dur("indefinitely")) }, "半永久的", "indefinitely")
	add(func(c *Locale) string { return c.Duration(dur("promptly")) }, "速やかに", "promptly")
	add(func(c *Locale) string { return c.Count(cnt("7 generations")) }, "7世代", "7 generations")
	add(func(c *Locale) string { return c.Count(cnt("about 12000 schools")) }, "約12,000校", "about 12,000 schools")
	add(func(c *Locale) string { return c.Count(cnt("1 site")) }, "1拠点", "1 site")
	add(func(c *Locale) string { return c.Frequency(freq("daily")) }, "日次", "daily")
	add(func(c *Locale) string { return c.Frequency(freq("about monthly")) }, "おおよそ月次", "about monthly")
	add(func(c *Locale) string { return c.Frequency(freq("every 6 hours")) }, "6時間ごと", "every 6 hours")
	add(func(c *Locale) string { return c.Frequency(freq("at least yearly")) }, "年1回以上", "at least once a year")
	add(func(c *Locale) string { return c.Frequency(freq("at least every 3 months")) }, "3か月に1回以上", "at least once every 3 months")
	add(func(c *Locale) string { return c.Frequency(freq("twice daily")) }, "1日2回", "twice a day")
	add(func(c *Locale) string { return c.Frequency(freq("3 times a month")) }, "月3回", "3 times a month")
	add(func(c *Locale) string { return c.Frequency(freq("up to 3 times a month")) }, "月3回まで", "at most 3 times a month")
	add(func(c *Locale) string { return c.Frequency(freq("3 times every 2 weeks")) }, "2週間に3回", "3 times every 2 weeks")
	add(func(c *Locale) string { return c.Frequency(freq("on upload")) }, "アップロード時", "on each upload")
	add(func(c *Locale) string { return c.Frequency(freq("ongoing")) }, "継続的", "on an ongoing basis")
	add(func(c *Locale) string { return c.Schedule(sched("sun-fri 04:00-04:30")) }, "日〜金 4:00〜4:30", "Sun–Fri 4:00–4:30")
	add(func(c *Locale) string { return c.Schedule(sched("tue from 18:00 JST")) }, "火 18:00〜（JST）", "Tue from 18:00 (JST)")
	add(func(c *Locale) string { return c.Date(date("2023-02-07")) }, "2023年2月7日", "February 7, 2023")
	add(func(c *Locale) string { return c.AsOf(date("2023-09")) }, "2023年9月時点", "as of September 2023")
	add(func(c *Locale) string { return c.Date(date("2023")) }, "2023年", "2023")
	add(func(c *Locale) string { return c.Number(12000) }, "12,000", "12,000")
	add(func(c *Locale) string { return c.Percent(pct) }, "99.9897%", "99.9897%")
	add(func(c *Locale) string { return c.Bool(&no) }, "行っていません", "Not provided")
	add(func(c *Locale) string { return c.Bool(&yes) }, "あり", "Provided")
	add(func(c *Locale) string { return c.Bool(nil) }, "記載なし", "Not stated")
	add(func(c *Locale) string { return Enum(c, whitepaper.RoleCustomer) }, "お客様", "Customer")
	for _, tt := range tests {
		assert.Equal(t, tt.ja+"|"+tt.en, tt.got)
	}
}
