package whitepaper

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Japanese value forms. A Japanese author writes durations, frequencies,
// counts, dates, schedules and places as a Japanese document states them
// ("72時間以内", "日次", "7世代", "2026年4月1日", "平日9:00〜18:00（祝日を除く）",
// "日本"). Each form is rewritten to the English form it means and parsed
// as that, so the two give the same value: "72時間以内" equals "within 72
// hours". The value keeps no trace of the spelling, so the canonical form
// written back (by fmt, or any encoder) is the English one; renderers word
// values in the reader's language anyway.
//
// As for the English forms, each Japanese form is a regular expression in
// the syntax Go and ECMA-262 share, and the JSON Schema's pattern accepts
// either. Full-width digits, colons and parentheses are accepted.

const (
	jaPositive = "[1-9１-９][0-9０-９]*"
	jaDash     = "[-–~～〜]"
)

// jaWidth folds full-width digits and punctuation to ASCII and every wave
// dash or tilde to "-".
var jaWidth = strings.NewReplacer(
	"０", "0", "１", "1", "２", "2", "３", "3", "４", "4",
	"５", "5", "６", "6", "７", "7", "８", "8", "９", "9",
	"：", ":", "（", "(", "）", ")", "〜", "-", "～", "-", "~", "-", "–", "-",
	"；", ";", "／", "/", "　", " ",
)

// jaDurationUnits maps the Japanese units of a duration to theirs.
var jaDurationUnits = func() map[string]Unit {
	m := map[string]Unit{
		"秒": Second, "秒間": Second, "分": Minute, "分間": Minute, "時間": Hour,
		"日": Day, "日間": Day, "週": Week, "週間": Week, "年": Year, "年間": Year,
		"営業日": BusinessDay, "営業時間": BusinessHour,
	}
	for _, k := range []string{"か", "ヶ", "カ", "ヵ", "ケ", "箇"} {
		m[k+"月"], m[k+"月間"] = Month, Month
	}
	return m
}()

// jaPrefixBounds and jaSuffixBounds are the words that qualify an amount
// before and after it: 約1か月, 72時間以内.
var (
	jaPrefixBounds = map[string]Bound{"約": About, "およそ": About, "最大": AtMost, "最長": AtMost, "最低": AtLeast, "最短": AtLeast}
	jaSuffixBounds = map[string]Bound{
		"以内": AtMost, "以下": AtMost, "まで": AtMost, "以上": AtLeast, "後": AtLeast, "以降": AtLeast,
		"未満": LessThan, "超": MoreThan, "超え": MoreThan, "を超える": MoreThan,
		"程度": About, "ほど": About, "前後": About,
	}
	// jaCountBounds are the suffixes that qualify a count: 7世代以上.
	jaCountBounds = map[string]Bound{
		"以内": AtMost, "以下": AtMost, "以上": AtLeast, "未満": LessThan, "超": MoreThan,
		"程度": About, "ほど": About, "前後": About,
	}
)

// jaKinds are the durations without an amount.
var jaKinds = map[string]DurationKind{
	"無期限": Indefinite, "無制限": Indefinite, "半永久的": Indefinite, "半永久的に": Indefinite, "永久": Indefinite, "永続的": Indefinite,
	"即時": Immediate, "即座に": Immediate, "直ちに": Immediate, "ただちに": Immediate,
	"速やかに": Prompt, "すみやかに": Prompt, "遅滞なく": Prompt, "迅速に": Prompt,
	"一定期間": Unspecified, "事前に": InAdvance, "事前": InAdvance,
}

func keys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

var (
	jaUnitAlt   = alternatives(keys(jaDurationUnits))
	jaPrefixAlt = alternatives(keys(jaPrefixBounds))
	jaSuffixAlt = alternatives(keys(jaSuffixBounds))
	jaAmount    = jaPositive + "(?:" + jaDash + jaPositive + ")? ?" + jaUnitAlt

	jaDurationPattern = "^(?:" + alternatives(keys(jaKinds)) +
		"|" + jaPrefixAlt + "?(?:" + jaAmount + "|数" + jaUnitAlt + ")" + jaSuffixAlt + "?)$"
)

// cutJaBound splits the bound words off both ends of s; the two must agree.
func cutJaBound(s string, suffixes map[string]Bound) (Bound, string, error) {
	b := Exactly
	for _, w := range alternativesOrder(keys(jaPrefixBounds)) {
		if r, ok := strings.CutPrefix(s, w); ok {
			b, s = jaPrefixBounds[w], r
			break
		}
	}
	for _, w := range alternativesOrder(keys(suffixes)) {
		if r, ok := strings.CutSuffix(s, w); ok {
			sb := suffixes[w]
			if b != Exactly && sb != b {
				return b, s, Errorf("the words before and after the amount qualify it differently")
			}
			b, s = sb, r
			break
		}
	}
	return b, s, nil
}

// alternativesOrder sorts words longest first, as [alternatives] tries them.
func alternativesOrder(ws []string) []string {
	slices.SortStableFunc(ws, func(a, b string) int { return len(b) - len(a) })
	return ws
}

// cutJaUnit splits the longest unit of units off the end of s.
func cutJaUnit[U any](s string, units map[string]U) (string, U, bool) {
	for _, w := range alternativesOrder(keys(units)) {
		if r, ok := strings.CutSuffix(s, w); ok {
			return strings.TrimSpace(r), units[w], true
		}
	}
	var zero U
	return s, zero, false
}

// japaneseDuration rewrites a Japanese duration in its English form; ok
// is false when s is not one.
func japaneseDuration(s string) (en string, ok bool, err error) {
	if !jaDurationRE.MatchString(s) {
		return "", false, nil
	}
	s = jaWidth.Replace(s)
	if k, ok := jaKinds[s]; ok {
		return Duration{Kind: k}.String(), true, nil
	}
	b, rest, err := cutJaBound(s, jaSuffixBounds)
	if err != nil {
		return "", true, err
	}
	num, u, _ := cutJaUnit(rest, jaDurationUnits)
	if num == "数" {
		en = "a few " + unitName(u, 2)
	} else {
		en = num + " " + unitName(u, 2)
	}
	if b != Exactly {
		en = string(b) + " " + en
	}
	return en, true, nil
}

// Frequencies.

var (
	jaFrequencyWords = map[string]string{
		"常時": "continuous", "リアルタイム": "continuous",
		"継続的": "ongoing", "継続的に": "ongoing", "継続して": "ongoing",
		"定期的": "periodically", "定期的に": "periodically",
		"リリースごと": "per release", "リリース毎": "per release", "リリースの都度": "per release", "リリース時": "per release",
		"随時": "as needed", "必要に応じて": "as needed", "都度": "as needed",
	}
	jaFrequencyAdverbs = map[string]string{
		"毎時": "hourly", "日次": "daily", "毎日": "daily", "週次": "weekly", "毎週": "weekly",
		"月次": "monthly", "毎月": "monthly", "年次": "yearly", "毎年": "yearly",
		"半年ごと": "every 6 months", "半期ごと": "every 6 months",
		"四半期ごと": "every 3 months",
	}
	jaEvery = []string{"ごと", "毎", "に1回"}

	// jaOccasions are the events of an event-driven frequency: アップロード時.
	jaOccasions = map[string]Occasion{
		"アップロード": OccasionUpload, "ログイン": OccasionLogin, "変更": OccasionChange, "デプロイ": OccasionDeploy,
		"依頼": OccasionRequest, "申請": OccasionRequest, "要求": OccasionRequest,
		"入社": OccasionHire, "採用": OccasionHire, "退職": OccasionDeparture,
		"インシデント発生": OccasionIncident, "事故発生": OccasionIncident, "登録": OccasionSignup,
		"契約": OccasionContract, "契約締結": OccasionContract, "契約更新": OccasionRenewal, "解約": OccasionTermination,
	}
	jaOccasionSuffixes = []string{"時", "の都度", "のたび", "ごと"}

	// jaPeriods are the periods of "N times a period": 1日2回, 月3回, 半年に1回.
	jaPeriods = map[string]string{
		"時間": "hour", "日": "day", "週": "week", "週間": "week", "月": "month", "年": "year",
		"か月": "month", "ヶ月": "month", "カ月": "month", "ヵ月": "month", "ケ月": "month", "箇月": "month",
		"営業日": "business day", "半年": "6 months", "半期": "6 months", "四半期": "3 months",
		"毎日": "day", "毎週": "week", "毎月": "month", "毎年": "year",
	}
	jaRatePrefixes = map[string]string{"最低": "at least", "少なくとも": "at least", "最大": "at most", "最多": "at most",
		"約": "about", "おおよそ": "about", "およそ": "about"}
	jaRateSuffixes = map[string]string{"以上": "at least", "以下": "at most", "以内": "at most", "まで": "at most",
		"超": "more than", "を超える": "more than", "未満": "less than", "程度": "about"}

	jaPeriodTimes = "(?:[0-9０-９]*" + alternatives(keys(jaPeriods)) + ")に?" + jaPositive + "回"

	jaFrequencyPattern = "^(?:" + alternatives(keys(jaFrequencyWords)) +
		"|" + alternatives(keys(jaOccasions)) + alternatives(jaOccasionSuffixes) +
		"|" + alternatives(keys(jaRatePrefixes)) + "?(?:" + alternatives(keys(jaFrequencyAdverbs)) +
		"|" + jaPeriodTimes +
		"|(?:" + jaAmount + "|数" + jaUnitAlt + ")" + strings.ReplaceAll(alternatives(jaEvery), "1", "[1１]") + ")" +
		alternatives(keys(jaRateSuffixes)) + "?)$"
)

var jaPeriodTimesRE = regexp.MustCompile("^([0-9]*)(" + alternatives(keys(jaPeriods)) + ")に?([0-9]+)回$")

// japaneseFrequency rewrites a Japanese frequency in its English form.
func japaneseFrequency(s string) (en string, ok bool, err error) {
	if !jaFrequencyRE.MatchString(s) {
		return "", false, nil
	}
	s = jaWidth.Replace(s)
	if w, ok := jaFrequencyWords[s]; ok {
		return w, true, nil
	}
	for _, suf := range alternativesOrder(slices.Clone(jaOccasionSuffixes)) {
		if r, ok := strings.CutSuffix(s, suf); ok {
			if o, ok := jaOccasions[r]; ok {
				return "on " + string(o), true, nil
			}
		}
	}
	var bounds []string
	for _, p := range alternativesOrder(keys(jaRatePrefixes)) {
		if r, ok := strings.CutPrefix(s, p); ok {
			bounds, s = append(bounds, jaRatePrefixes[p]), r
			break
		}
	}
	for _, p := range alternativesOrder(keys(jaRateSuffixes)) {
		if r, ok := strings.CutSuffix(s, p); ok {
			bounds, s = append(bounds, jaRateSuffixes[p]), r
			break
		}
	}
	if len(bounds) == 2 && bounds[0] != bounds[1] {
		return "", true, Errorf("the words before and after it qualify it differently")
	}
	prefix := ""
	if len(bounds) > 0 {
		prefix = bounds[0] + " "
	}
	if w, ok := jaFrequencyAdverbs[s]; ok {
		return prefix + w, true, nil
	}
	if m := jaPeriodTimesRE.FindStringSubmatch(s); m != nil {
		period := jaPeriods[m[2]]
		if m[1] != "" {
			if strings.Contains(period, " ") || strings.HasPrefix(m[2], "毎") { // 2半年 and 2毎日 are not periods
				return "", true, Errorf("%q is not a period", m[1]+m[2])
			}
			period = m[1] + " " + period
		}
		if !strings.Contains(period, " ") {
			period = "1 " + period
		}
		if m[3] == "1" {
			return prefix + "every " + period, true, nil
		}
		return prefix + m[3] + " times every " + period, true, nil
	}
	for _, e := range jaEvery {
		if r, ok := strings.CutSuffix(s, e); ok {
			s = r
			break
		}
	}
	num, u, _ := cutJaUnit(s, jaDurationUnits)
	if num == "数" {
		return prefix + "every few " + unitName(u, 2), true, nil
	}
	return prefix + "every " + num + " " + unitName(u, 2), true, nil
}

// Counts.

var (
	jaCountUnits = map[string]CountUnit{
		"世代": Generations, "部": Copies, "コピー": Copies,
		"拠点": Sites, "か所": Sites, "箇所": Sites, "ヶ所": Sites, "カ所": Sites,
		"校": Schools, "自治体": Municipalities, "団体": Organizations, "組織": Organizations,
		"社": Companies, "ユーザー": Users, "ユーザ": Users, "アカウント": Accounts,
		"か国": Countries, "カ国": Countries, "ヶ国": Countries, "ヵ国": Countries, "リージョン": Regions,
		"名": People, "人": People, "文字": Characters, "回": Attempts, "ビット": Bits, "件": Incidents,
	}
	jaCountPattern = "^" + jaPrefixAlt + "?(?:[1-9][0-9]{0,2}(?:,[0-9]{3})+|" + jaPositive + ")万? ?" +
		alternatives(keys(jaCountUnits)) + alternatives(keys(jaCountBounds)) + "?$"
)

// japaneseCount rewrites a Japanese count in its English form.
func japaneseCount(s string) (en string, ok bool, err error) {
	if !jaCountRE.MatchString(s) {
		return "", false, nil
	}
	s = jaWidth.Replace(s)
	b, rest, err := cutJaBound(s, jaCountBounds)
	if err != nil {
		return "", true, err
	}
	num, u, _ := cutJaUnit(rest, jaCountUnits)
	if n, ok := strings.CutSuffix(num, "万"); ok {
		v, err := strconv.ParseInt(strings.ReplaceAll(n, ",", ""), 10, 64)
		if err != nil || v > maxCount/10000 {
			return "", true, Errorf("more than 10^12")
		}
		num = strconv.FormatInt(v*10000, 10)
	}
	en = num + " " + string(u)
	if b != Exactly {
		en = string(b) + " " + en
	}
	return en, true, nil
}

// Dates.

const jaDatePattern = "^[1-9１-９][0-9０-９]{3}年(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)?$"

// japaneseDate rewrites a Japanese date (2026年4月1日) in its ISO form.
func japaneseDate(s string) (string, bool) {
	if !jaDateRE.MatchString(s) {
		return "", false
	}
	s = strings.TrimSuffix(jaWidth.Replace(s), "日")
	s = strings.NewReplacer("年", "-", "月", "-").Replace(s)
	parts := strings.Split(strings.TrimSuffix(s, "-"), "-")
	for i := 1; i < len(parts); i++ {
		if len(parts[i]) == 1 {
			parts[i] = "0" + parts[i]
		}
	}
	return strings.Join(parts, "-"), true
}

// Schedules.

var (
	jaAlways    = []string{"24時間365日", "24時間・365日", "24時間年中無休", "年中無休24時間", "24時間365日年中無休"}
	jaDaySets   = map[string]string{"平日": "weekdays", "毎日": "daily", "土日": "weekends", "年中無休": "daily"}
	jaDayNames  = "月火水木金土日"
	jaHolidays  = []string{"祝日を除く", "祝祭日を除く", "祝日除く", "土日祝日を除く", "土日祝を除く", "土日・祝日を除く", "土日祝祭日を除く"}
	jaZoneWords = map[string]string{"JST": "JST", "UTC": "UTC", "(日本時間)": "JST", "(JST)": "JST", "(UTC)": "UTC"}

	jaSchedulePattern = func() string {
		day := "[" + jaDayNames + "](?:曜日?)?"
		run := day + "(?:" + jaDash + day + ")?"
		days := "(?:" + alternatives(keys(jaDaySets)) + "|" + run + "(?:[・、,]" + run + ")*)"
		clock := "(?:[01０１]?[0-9０-９]|[2２][0-4０-４])[:：][0-5０-５][0-9０-９]"
		span := clock + "(?:" + jaDash + clock + "|" + jaDash + "|から|以降)"
		times := "(?:24時間|終日|" + span + "(?:[,、]" + span + ")*)"
		parts := "(?:" + days + " ?)?" + times + "(?:(?:[;；/／、,] ?| )" + days + " ?" + times + ")*"
		zone := "(?: ?(?:JST|UTC|[(（](?:日本時間|JST|UTC)[)）]))?"
		holidays := "(?: ?(?:[(（]" + alternatives(jaHolidays) + "[)）]|" + alternatives(jaHolidays) + "))?"
		// Both in one note, as the renderer writes them: （JST、祝日を除く）.
		both := " ?[(（](?:JST|UTC|日本時間)[、,・] ?" + alternatives(jaHolidays) + "[)）]"
		return "^(?:" + alternatives(jaAlways) + "|" + parts + ")(?:" + zone + holidays + "|" + both + ")$"
	}()
)

var jaSchedulePartRE = regexp.MustCompile(func() string {
	// Run on folded text; the groups are the days and the times.
	day := "[" + jaDayNames + "](?:曜日?)?"
	run := day + "(?:-" + day + ")?"
	days := "(?:平日|毎日|土日|年中無休|" + run + "(?:[・、,]" + run + ")*)"
	span := "[0-9]{1,2}:[0-9]{2}(?:-[0-9]{1,2}:[0-9]{2}|-|から|以降)"
	return "^(?:(" + days + ") ?)?(24時間|終日|" + span + "(?:[,、]" + span + ")*)(?:[;/、,] ?| |$)"
}())

// japaneseSchedule rewrites a Japanese schedule in its English form.
func japaneseSchedule(s string) (en string, ok bool, err error) {
	if !jaScheduleRE.MatchString(s) {
		if strings.Contains(s, "を除く") {
			return "", true, Errorf("a schedule can leave out holidays only (祝日を除く); write other exceptions, such as 年末年始, in the item's notes")
		}
		return "", false, nil
	}
	s = jaWidth.Replace(s)
	holidays, weekendsOff := "", false
	if i := strings.LastIndex(s, "("); i >= 0 && strings.HasSuffix(s, ")") {
		// （JST、祝日を除く） is （JST）（祝日を除く）
		if z, h, ok := strings.Cut(s[i+1:len(s)-1], "、"); ok {
			s = s[:i] + "(" + z + ")(" + strings.TrimSpace(h) + ")"
		} else if z, h, ok := strings.Cut(s[i+1:len(s)-1], ","); ok {
			s = s[:i] + "(" + z + ")(" + strings.TrimSpace(h) + ")"
		} else if z, h, ok := strings.Cut(s[i+1:len(s)-1], "・"); ok && !strings.Contains(z, "土日") {
			s = s[:i] + "(" + z + ")(" + strings.TrimSpace(h) + ")"
		}
	}
	for _, h := range alternativesOrder(slices.Clone(jaHolidays)) {
		for _, form := range []string{"(" + h + ")", h} {
			if r, ok := strings.CutSuffix(s, form); ok && holidays == "" {
				s, holidays = strings.TrimSpace(r), " excluding holidays"
				weekendsOff = strings.HasPrefix(h, "土日")
			}
		}
	}
	zone := ""
	for _, z := range alternativesOrder(keys(jaZoneWords)) {
		if r, ok := strings.CutSuffix(s, z); ok {
			s, zone = strings.TrimSpace(r), " "+jaZoneWords[z]
			break
		}
	}
	if slices.Contains(jaAlways, s) {
		return "24x7" + zone + holidays, true, nil
	}
	var parts []string
	for s != "" {
		m := jaSchedulePartRE.FindStringSubmatchIndex(s)
		if m == nil {
			return "", true, Errorf("%q is not days and times such as 平日9:00〜18:00", s)
		}
		days, times := "daily", s[m[4]:m[5]]
		if m[2] >= 0 {
			days = jaDays(s[m[2]:m[3]])
			if w, ok := parseWeekdays(days); ok && weekendsOff && w&Weekend != 0 {
				// 土日祝日を除く cannot be said of days that include a weekend day.
				return "", true, Errorf("%q excludes weekends from days that include them", s)
			}
		}
		if weekendsOff && m[2] < 0 {
			days = "weekdays" // 9:00〜18:00（土日祝日を除く）
		}
		if times == "24時間" || times == "終日" {
			times = "24h"
		} else {
			spans := strings.FieldsFunc(times, func(r rune) bool { return r == ',' || r == '、' })
			for i, sp := range spans {
				for _, open := range []string{"から", "以降"} {
					if c, ok := strings.CutSuffix(sp, open); ok {
						sp = c + "-"
					}
				}
				a, b, _ := strings.Cut(sp, "-")
				if b == "" { // 18:00〜, 18:00から
					spans[i] = "from " + padClock(a)
					continue
				}
				spans[i] = padClock(a) + "-" + padClock(b)
			}
			times = strings.Join(spans, ",")
		}
		parts = append(parts, days+" "+times)
		s = s[m[1]:]
	}
	return strings.Join(parts, "; ") + zone + holidays, true, nil
}

func padClock(c string) string {
	if len(c) == 4 {
		return "0" + c
	}
	return c
}

// jaDays spells Japanese days (平日, 月〜金, 月・水・金) in English.
func jaDays(s string) string {
	if d, ok := jaDaySets[s]; ok {
		return d
	}
	s = strings.NewReplacer("曜日", "", "曜", "", "・", ",", "、", ",").Replace(s)
	var b strings.Builder
	for _, r := range s {
		if i := strings.IndexRune(jaDayNames, r); i >= 0 {
			b.WriteString(dayNames[i/len("月")])
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Places.

// jaPlaces maps the Japanese names of the places documents name most to
// their codes.
var jaPlaces = map[string]Place{
	"日本": "JP", "日本国内": "JP", "米国": "US", "アメリカ": "US", "アメリカ合衆国": "US",
	"英国": "GB", "イギリス": "GB", "ドイツ": "DE", "フランス": "FR", "アイルランド": "IE", "オランダ": "NL",
	"シンガポール": "SG", "オーストラリア": "AU", "韓国": "KR", "台湾": "TW", "中国": "CN", "香港": "HK",
	"インド": "IN", "カナダ": "CA", "ブラジル": "BR", "スウェーデン": "SE", "フィンランド": "FI",
	"欧州連合": PlaceEU, "欧州経済領域": PlaceEEA, "全世界": PlaceGlobal, "グローバル": PlaceGlobal, "など": Etc,
}

var jaPlacePattern = "^" + alternatives(keys(jaPlaces)) + "$"

var (
	jaDurationRE  = regexp.MustCompile(jaDurationPattern)
	jaFrequencyRE = regexp.MustCompile(jaFrequencyPattern)
	jaCountRE     = regexp.MustCompile(jaCountPattern)
	jaDateRE      = regexp.MustCompile(jaDatePattern)
	jaScheduleRE  = regexp.MustCompile(jaSchedulePattern)
)

// eitherPattern joins the English and the Japanese pattern of a type.
func eitherPattern(en, ja string) string { return "(?:" + en + ")|(?:" + ja + ")" }

// japaneseError words a parse error of the English rewrite with the text
// the author wrote.
func japaneseError(err error, en, in string) error {
	w, ok := WordingOf(err)
	if !ok {
		return Errorf("%s", strings.Replace(err.Error(), strconv.Quote(en), strconv.Quote(in)+" ("+strconv.Quote(en)+")", 1))
	}
	args := slices.Clone(w.Args)
	for i, a := range args {
		if s, ok := a.(string); ok && s == en {
			args[i] = readAs{in: in, en: en}
			break
		}
	}
	return Errorf(w.Format, args...)
}

// readAs is a value as the author wrote it and as it was read, which %q
// formats as "72時間以内" ("within 72 hours") and %s and %v without quotes.
type readAs struct{ in, en string }

// Format implements fmt.Formatter.
func (r readAs) Format(f fmt.State, verb rune) {
	if verb == 'q' {
		fmt.Fprintf(f, "%q (%q)", r.in, r.en)
		return
	}
	fmt.Fprintf(f, "%s (%s)", r.in, r.en)
}

// jaExamples are the Japanese forms an error shows when the text written
// looks Japanese but is not a form of its type.
var jaExamples = map[string]string{
	"duration":  "72時間以内, 30日以上, 3営業日以内, 約1か月",
	"frequency": "日次, 週1回, 1日2回, 年1回以上, 月3回まで, 6時間ごと, アップロード時, 定期的",
	"count":     "7世代, 2拠点以上, 約12,000校",
	"date":      "2026年4月1日, 2026年4月",
	"schedule":  "24時間365日, 平日9:00〜18:00（祝日を除く）, 日〜金 4:00〜4:30, 火曜18:00〜",
	"place":     "日本, 米国, 欧州連合, 全世界",
}

// withJaHint adds the Japanese forms of what to err when s is not ASCII.
func withJaHint(err error, what, s string) error {
	if err == nil {
		return nil
	}
	for _, r := range s {
		if r >= 0x80 {
			return Errorf("%w; Japanese forms such as %s are accepted too", err, jaExamples[what])
		}
	}
	return err
}
