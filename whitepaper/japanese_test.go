package whitepaper

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// japaneseForms pairs each Japanese form with the English form it means;
// canon is the canonical text both are written as.
var japaneseForms = []struct {
	kind, ja, en, canon string
}{
	{"Duration", "72時間以内", "within 72 hours", "within 72 hours"},
	{"Duration", "７２時間以内", "within 72 hours", "within 72 hours"},
	{"Duration", "72 時間以内", "within 72 hours", "within 72 hours"},
	{"Duration", "30日以上", "at least 30 days", "at least 30 days"},
	{"Duration", "30日間", "30 days", "30 days"},
	{"Duration", "3営業日以内", "within 3 business days", "within 3 business days"},
	{"Duration", "2〜3営業日以内", "within 2-3 business days", "within 2-3 business days"},
	{"Duration", "8営業時間", "1 business day", "8 business hours"},
	{"Duration", "約1か月", "about 1 month", "about 1 month"},
	{"Duration", "約1ヶ月程度", "about 1 month", "about 1 month"},
	{"Duration", "1カ月程度", "about 1 month", "about 1 month"},
	{"Duration", "最大72時間", "within 72 hours", "within 72 hours"},
	{"Duration", "5年間", "5 years", "5 years"},
	{"Duration", "12か月", "1 year", "12 months"},
	{"Duration", "2週間", "14 days", "2 weeks"},
	{"Duration", "5〜10分", "5-10 minutes", "5-10 minutes"},
	{"Duration", "30秒", "30 seconds", "30 seconds"},
	{"Duration", "180日超", "more than 180 days", "more than 180 days"},
	{"Duration", "180日を超える", "more than 180 days", "more than 180 days"},
	{"Duration", "1時間未満", "less than 1 hour", "less than 1 hour"},
	{"Duration", "30日後", "30 days after", "at least 30 days"},
	{"Duration", "数時間", "a few hours", "a few hours"},
	{"Duration", "数日以内", "within a few days", "within a few days"},
	{"Duration", "無期限", "indefinitely", "indefinitely"},
	{"Duration", "半永久的", "indefinitely", "indefinitely"},
	{"Duration", "即時", "immediately", "immediately"},
	{"Duration", "速やかに", "promptly", "promptly"},
	{"Duration", "遅滞なく", "promptly", "promptly"},
	{"Duration", "一定期間", "a fixed period", "a fixed period"},
	{"Duration", "事前に", "in advance", "in advance"},

	{"Frequency", "日次", "daily", "daily"},
	{"Frequency", "毎日", "daily", "daily"},
	{"Frequency", "1日1回", "daily", "daily"},
	{"Frequency", "週1回", "weekly", "weekly"},
	{"Frequency", "週に1回", "weekly", "weekly"},
	{"Frequency", "週次", "weekly", "weekly"},
	{"Frequency", "月次", "monthly", "monthly"},
	{"Frequency", "月1回", "monthly", "monthly"},
	{"Frequency", "年1回", "yearly", "yearly"},
	{"Frequency", "毎年", "annually", "yearly"},
	{"Frequency", "毎時", "hourly", "hourly"},
	{"Frequency", "約月次", "about monthly", "about monthly"},
	{"Frequency", "6時間ごと", "every 6 hours", "every 6 hours"},
	{"Frequency", "6時間毎", "every 6 hours", "every 6 hours"},
	{"Frequency", "3か月に1回", "every 3 months", "every 3 months"},
	{"Frequency", "四半期ごと", "every 3 months", "every 3 months"},
	{"Frequency", "半年に1回", "every 6 months", "every 6 months"},
	{"Frequency", "5〜10分ごと", "every 5-10 minutes", "every 5-10 minutes"},
	{"Frequency", "数時間ごと", "every few hours", "every few hours"},
	{"Frequency", "常時", "continuous", "continuous"},
	{"Frequency", "定期的に", "periodically", "periodically"},
	{"Frequency", "リリースごと", "per release", "per release"},
	{"Frequency", "必要に応じて", "as needed", "as needed"},
	{"Frequency", "随時", "as needed", "as needed"},

	{"Count", "7世代", "7 generations", "7 generations"},
	{"Count", "1世代", "1 generation", "1 generation"},
	{"Count", "7世代以上", "at least 7 generations", "at least 7 generations"},
	{"Count", "約12,000校", "about 12000 schools", "about 12000 schools"},
	{"Count", "約1万2000校", "", ""}, // not a form: only whole 万
	{"Count", "約1万校", "about 10000 schools", "about 10000 schools"},
	{"Count", "2拠点", "2 sites", "2 sites"},
	{"Count", "3か所以上", "at least 3 sites", "at least 3 sites"},
	{"Count", "700自治体", "700 municipalities", "700 municipalities"},
	{"Count", "8文字以上", "at least 8 characters", "at least 8 characters"},
	{"Count", "5回", "5 attempts", "5 attempts"},
	{"Count", "2048ビット", "2048 bits", "2048 bits"},
	{"Count", "約300名", "about 300 people", "about 300 people"},
	{"Count", "10か国", "10 countries", "10 countries"},
	{"Count", "5件未満", "less than 5 incidents", "less than 5 incidents"},

	{"Date", "2026年4月1日", "2026-04-01", "2026-04-01"},
	{"Date", "2026年04月01日", "2026-04-01", "2026-04-01"},
	{"Date", "２０２６年４月１日", "2026-04-01", "2026-04-01"},
	{"Date", "2026年4月", "2026-04", "2026-04"},
	{"Date", "2026年", "2026", "2026"},

	{"Schedule", "24時間365日", "24x7", "24x7"},
	{"Schedule", "24時間年中無休", "24/7", "24x7"},
	{"Schedule", "平日9:00〜18:00", "weekdays 09:00-18:00", "weekdays 09:00-18:00"},
	{"Schedule", "平日 9:00～18:00", "weekdays 09:00-18:00", "weekdays 09:00-18:00"},
	{"Schedule", "平日９：００〜１８：００", "weekdays 09:00-18:00", "weekdays 09:00-18:00"},
	{"Schedule", "平日9:00〜18:00（土日祝日を除く）", "weekdays 09:00-18:00 excluding holidays", "weekdays 09:00-18:00 excluding holidays"},
	{"Schedule", "9:00〜18:00（土日祝日を除く）", "weekdays 09:00-18:00 excluding holidays", "weekdays 09:00-18:00 excluding holidays"},
	{"Schedule", "平日9:30〜18:00 JST（祝日を除く）", "weekdays 09:30-18:00 JST excluding holidays", "weekdays 09:30-18:00 JST excluding holidays"},
	{"Schedule", "平日9:00〜18:00（日本時間）", "weekdays 09:00-18:00 JST", "weekdays 09:00-18:00 JST"},
	{"Schedule", "月〜金 9:00〜12:00、13:00〜17:00", "mon-fri 09:00-12:00,13:00-17:00", "weekdays 09:00-12:00,13:00-17:00"},
	{"Schedule", "平日9:00〜18:00、土曜10:00〜15:00", "weekdays 09:00-18:00; sat 10:00-15:00", "weekdays 09:00-18:00; sat 10:00-15:00"},
	{"Schedule", "月・水・金 10:00〜15:00", "mon,wed,fri 10:00-15:00", "mon,wed,fri 10:00-15:00"},
	{"Schedule", "日曜日2:00〜5:00", "sun 02:00-05:00", "sun 02:00-05:00"},
	{"Schedule", "毎日24時間", "daily 24h", "daily 24h"},
	{"Schedule", "土日 終日", "weekends 24h", "weekends 24h"},
	{"Schedule", "平日 9:30〜18:00（JST、祝日を除く）", "weekdays 09:30-18:00 JST excluding holidays", "weekdays 09:30-18:00 JST excluding holidays"},
	{"Frequency", "おおよそ月次", "about monthly", "about monthly"},
	{"Schedule", "土日10:00〜17:00", "weekends 10:00-17:00", "weekends 10:00-17:00"},

	{"Place", "日本", "JP", "JP"},
	{"Place", "米国", "US", "US"},
	{"Place", "アメリカ", "US", "US"},
	{"Place", "欧州連合", "EU", "EU"},
	{"Place", "欧州経済領域", "EEA", "EEA"},
	{"Place", "全世界", "global", "global"},
	{"Place", "など", "etc", "etc"},
}

// parseForm parses s as a value of kind and returns its canonical text
// and an equality test against another parsed value.
func parseForm(kind, s string) (canon string, equal func(other string) bool, err error) {
	switch kind {
	case "Duration":
		d, err := ParseDuration(s)
		return d.String(), func(o string) bool { e, err := ParseDuration(o); return err == nil && d.Equal(e) }, err
	case "Frequency":
		f, err := ParseFrequency(s)
		return f.String(), func(o string) bool { g, err := ParseFrequency(o); return err == nil && f.Equal(g) }, err
	case "Count":
		c, err := ParseCount(s)
		return c.String(), func(o string) bool { d, err := ParseCount(o); return err == nil && c == d }, err
	case "Date":
		d, err := ParseDate(s)
		return d.String(), func(o string) bool { e, err := ParseDate(o); return err == nil && d == e }, err
	case "Schedule":
		sc, err := ParseSchedule(s)
		return sc.String(), func(o string) bool { e, err := ParseSchedule(o); return err == nil && sc.Equal(e) }, err
	case "Place":
		var p Place
		err := p.UnmarshalText([]byte(s))
		return string(p), func(o string) bool { var q Place; return q.UnmarshalText([]byte(o)) == nil && p == q }, err
	}
	panic(kind)
}

func TestJapaneseForms(t *testing.T) {
	patterns := Patterns()
	for _, tt := range japaneseForms {
		t.Run(tt.kind+"/"+tt.ja, func(t *testing.T) {
			schema := regexp.MustCompile(patterns[tt.kind])
			canon, equal, err := parseForm(tt.kind, tt.ja)
			if tt.en == "" {
				assert.Error(t, err, "not a form")
				assert.NotRegexp(t, schema, tt.ja, "the schema refuses what the parser refuses")
				return
			}
			require.NoError(t, err)
			assert.True(t, equal(tt.en), "%q equals %q", tt.ja, tt.en)
			assert.Equal(t, tt.canon, canon, "canonical form")
			again, _, err := parseForm(tt.kind, canon)
			require.NoError(t, err, "the canonical form parses")
			assert.Equal(t, canon, again, "the canonical form is stable")
			assert.Regexp(t, schema, tt.ja, "the schema accepts the Japanese form")
			assert.Regexp(t, schema, tt.en, "the schema accepts the English form")
		})
	}
}

// TestJapaneseFormErrors lists Japanese spellings that are refused, with
// what the message names: the text as written and, where the value was
// rewritten, the English form it was read as.
func TestJapaneseFormErrors(t *testing.T) {
	tests := []struct{ kind, in, msg string }{
		{"Duration", "1001年", `invalid duration "1001年" ("1001 years")`},
		{"Duration", "10〜5分", `"10〜5分" ("10-5 minutes")`},
		{"Duration", "最大72時間以上", `qualify it differently`},
		{"Duration", "約数日", `only "within" may qualify`},
		{"Duration", "72時間以内です", `invalid duration "72時間以内です"`},
		{"Frequency", "週2回です", `invalid frequency "週2回です"`},
		{"Frequency", "3日おき", `invalid frequency "3日おき"`},
		{"Count", "0世代", `invalid count "0世代"`},
		{"Count", "7個", `invalid count "7個"`},
		{"Date", "2026年2月30日", `invalid date "2026年2月30日" ("2026-02-30")`},
		{"Date", "2026年13月", `invalid date "2026年13月" ("2026-13")`},
		{"Schedule", "毎日9:00〜18:00（土日祝日を除く）", `excludes weekends`},
		{"Schedule", "平日9:00〜18:00（土日祝日・年末年始を除く）", `invalid schedule`},
		{"Schedule", "平日9:00〜9:00", `"09:00-09:00" is not a span`},
		{"Place", "火星", `invalid place "火星"`},
	}
	for _, tt := range tests {
		_, _, err := parseForm(tt.kind, tt.in)
		if assert.Error(t, err, "%s %q", tt.kind, tt.in) {
			assert.Contains(t, err.Error(), tt.msg, "%s %q", tt.kind, tt.in)
		}
	}
}

// TestJapaneseFormsInDocuments rewrites values of a real document in
// their Japanese forms: it loads to the same document, and its canonical
// form (what fmt writes) is the English one, byte for byte.
func TestJapaneseFormsInDocuments(t *testing.T) {
	src, err := os.ReadFile("../examples/seculio.yaml")
	require.NoError(t, err)
	ja := strings.NewReplacer(
		`date: "2024-11-22"`, `date: 2024年11月22日`,
		"after: within 90 days", "after: 90日以内",
		"frequency: daily", "frequency: 日次",
		"generations: 7 generations", "generations: 7世代",
		"within: promptly", "within: 速やかに",
		"deadline: within 72 hours", "deadline: 72時間以内",
	).Replace(string(src))
	require.NotEqual(t, string(src), ja)
	for _, w := range []string{"2024年11月22日", "90日以内", "日次", "7世代", "速やかに", "72時間以内"} {
		require.Contains(t, ja, w)
	}
	a, err := Parse([]byte(ja), WithFilename("ja.yaml"))
	require.NoError(t, err)
	b, err := Parse(src, WithFilename("en.yaml"))
	require.NoError(t, err)
	var ea, eb bytes.Buffer
	require.NoError(t, a.EncodeYAML(&ea))
	require.NoError(t, b.EncodeYAML(&eb))
	assert.Equal(t, eb.String(), ea.String(), "the canonical form is the English one")
}

// TestJapaneseFormsRandom builds strings from the pieces of the Japanese
// forms and checks, for each type, that parsing never panics and that
// what the parser accepts the schema's pattern accepts too.
func TestJapaneseFormsRandom(t *testing.T) {
	pieces := []string{"1", "7", "12", "０", "９", "2026", "年", "月", "日", "時間", "分", "秒", "週", "か月", "営業日",
		"以内", "以上", "未満", "超", "約", "最大", "数", "〜", "-", ":", "：", "00", "30", "9", "18", "平日", "土日", "毎日",
		"月", "金", "曜日", "・", "、", "（", "）", "祝日を除く", "土日祝日を除く", "日本時間", "JST", " ", "ごと", "に1回",
		"週", "1回", "日次", "世代", "校", ",000", "万", "24時間365日", "終日", "日本", "など"}
	patterns := Patterns()
	parsers := map[string]func(string) error{
		"Duration":  func(s string) error { _, err := ParseDuration(s); return err },
		"Frequency": func(s string) error { _, err := ParseFrequency(s); return err },
		"Count":     func(s string) error { _, err := ParseCount(s); return err },
		"Date":      func(s string) error { _, err := ParseDate(s); return err },
		"Schedule":  func(s string) error { _, err := ParseSchedule(s); return err },
		"Place":     func(s string) error { var p Place; return p.UnmarshalText([]byte(s)) },
	}
	compiled := map[string]*regexp.Regexp{}
	for name := range parsers {
		compiled[name] = regexp.MustCompile(patterns[name])
	}
	seed := uint64(1)
	next := func(n int) int {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return int(seed % uint64(n))
	}
	for range 20000 {
		var b strings.Builder
		for range 1 + next(6) {
			b.WriteString(pieces[next(len(pieces))])
		}
		s := b.String()
		for name, parse := range parsers {
			if parse(s) == nil && !compiled[name].MatchString(s) {
				t.Errorf("%s %q: the parser accepts it, the schema's pattern does not", name, s)
			}
		}
	}
}
