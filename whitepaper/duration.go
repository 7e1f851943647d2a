package whitepaper

import (
	"cmp"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"
)

// Bound qualifies a [Duration] or a [Count]: is the amount exact, an upper
// limit, a lower limit or an approximation?
type Bound string

// The bounds. The zero value is [Exactly].
const (
	// Exactly means the amount is stated as is: "5 years", "7 generations".
	Exactly Bound = ""
	// AtMost means the amount is an upper limit: "within 72 hours".
	AtMost Bound = "within"
	// AtLeast means the amount is a lower limit: "at least 30 days", "30 days after".
	AtLeast Bound = "at least"
	// About means the amount is approximate: "about 1 month", "about 12,000 schools".
	About Bound = "about"
	// MoreThan means the amount is an exclusive lower limit: "more than
	// 180 days" (180日を超えて).
	MoreThan Bound = "more than"
	// LessThan means the amount is an exclusive upper limit: "less than
	// 1 hour" (1時間未満).
	LessThan Bound = "less than"
)

func validBound(b Bound) bool {
	switch b {
	case Exactly, AtMost, AtLeast, About, MoreThan, LessThan:
		return true
	}
	return false
}

// bounds lists the words that introduce each bound, canonical word first.
var boundWords = []struct {
	bound Bound
	words []string
}{
	{AtMost, []string{"within", "at most", "up to", "no more than"}},
	{AtLeast, []string{"at least", "after", "no less than", "not before"}},
	{About, []string{"about", "approximately", "around", "roughly"}},
	{MoreThan, []string{"more than", "over", "beyond"}},
	{LessThan, []string{"less than", "under"}},
}

// cutBound splits a leading bound word off s.
func cutBound(s string) (Bound, string) {
	for _, bw := range boundWords {
		for _, w := range bw.words {
			if rest, ok := strings.CutPrefix(s, w+" "); ok {
				return bw.bound, strings.TrimSpace(rest)
			}
		}
	}
	return Exactly, s
}

// Unit is the unit of a [Duration].
type Unit string

// The units of a [Duration]. Seconds to weeks are fixed lengths and compare
// with each other exactly ("2 weeks" equals "14 days"); months and years are
// calendar units and compare with each other exactly ("12 months" equals
// "1 year").
const (
	Second Unit = "second"
	Minute Unit = "minute"
	Hour   Unit = "hour"
	Day    Unit = "day"
	Week   Unit = "week"
	Month  Unit = "month"
	Year   Unit = "year"
	// BusinessHour and BusinessDay count working time only; they compare
	// with each other (8 business hours make a business day) but never
	// with calendar time: "10 business days" does not equal "2 weeks".
	BusinessHour Unit = "business hour"
	BusinessDay  Unit = "business day"
)

// Units lists every [Unit], shortest first.
var Units = []Unit{Second, Minute, Hour, Day, Week, Month, Year, BusinessHour, BusinessDay}

// unitClass is the family a unit belongs to: units of one class compare
// exactly with each other, units of different classes never do.
type unitClass uint8

const (
	fixedClass    unitClass = iota // seconds to weeks
	calendarClass                  // months and years
	businessClass                  // business hours and days
)

// unitInfo gives each unit's length: in seconds for fixed units, in months
// for calendar units.
var unitInfo = map[Unit]struct {
	size  int64 // in seconds, months or business hours
	class unitClass
	max   int64 // the largest amount accepted: 1,000 years of 365.25 days
}{
	Second:       {1, fixedClass, maxSeconds},
	Minute:       {60, fixedClass, maxSeconds / 60},
	Hour:         {3600, fixedClass, maxSeconds / 3600},
	Day:          {86400, fixedClass, maxSeconds / 86400},
	Week:         {7 * 86400, fixedClass, maxSeconds / (7 * 86400)},
	Month:        {1, calendarClass, 1000 * 12},
	Year:         {12, calendarClass, 1000},
	BusinessHour: {1, businessClass, 1000 * 261 * 8},
	BusinessDay:  {8, businessClass, 1000 * 261},
}

// maxSeconds is 1,000 years of 365.25 days: the longest finite duration.
const maxSeconds = 1000 * 36525 * 864

var unitAliases = map[string]Unit{
	"s": Second, "sec": Second, "secs": Second, "second": Second, "seconds": Second,
	"min": Minute, "mins": Minute, "minute": Minute, "minutes": Minute,
	"h": Hour, "hr": Hour, "hrs": Hour, "hour": Hour, "hours": Hour,
	"d": Day, "day": Day, "days": Day,
	"w": Week, "wk": Week, "wks": Week, "week": Week, "weeks": Week,
	"mo": Month, "month": Month, "months": Month,
	"y": Year, "yr": Year, "yrs": Year, "year": Year, "years": Year,
	"business hour": BusinessHour, "business hours": BusinessHour,
	"business day": BusinessDay, "business days": BusinessDay,
	"working day": BusinessDay, "working days": BusinessDay,
}

// DurationKind tells an ordinary amount of time apart from the durations
// that have no amount.
type DurationKind uint8

// The kinds of [Duration]. The zero value is [Finite].
const (
	// Finite is an amount of time: "72 hours".
	Finite DurationKind = iota
	// Indefinite is a period with no end: "indefinitely", "semi-permanently".
	Indefinite
	// Immediate is no delay at all: "immediately".
	Immediate
	// Prompt is a short delay that is not quantified: "promptly", "without delay".
	Prompt
	// Several is a small, unstated number of a unit: "a few hours",
	// "several days". Unit is set; Amount is 0.
	Several
	// Unspecified is a period the document does not quantify: "a fixed
	// period", "a certain period".
	Unspecified
	// InAdvance is some time before, not quantified: "in advance" (事前に),
	// for notices.
	InAdvance
)

var kindWords = []struct {
	kind  DurationKind
	words []string
}{
	{Indefinite, []string{"indefinitely", "indefinite", "semi-permanently", "semi-permanent", "unlimited"}},
	{Immediate, []string{"immediately", "immediate"}},
	{Prompt, []string{"promptly", "prompt", "without delay"}},
	{Unspecified, []string{"a fixed period", "a certain period", "a set period", "for a fixed period", "for a certain period"}},
	{InAdvance, []string{"in advance", "beforehand"}},
}

// severalWords introduce a [Several] duration: "a few hours".
var severalWords = []string{"a few", "several", "few"}

// Duration is a length of time as a whitepaper states it, with its
// qualifier: "within 72 hours", "at least 30 days", "about 1 month",
// "5 years", "5-10 minutes", "within 2-3 business days", "a few hours",
// "indefinitely", "immediately", "promptly", "a fixed period".
//
// In YAML and JSON it is a string in that form; the bound words "within",
// "at least" (or "after") and "about" are optional, units may be singular,
// plural or abbreviated, and ISO 8601 durations such as "P14D" or "PT72H"
// are accepted too. It is encoded canonically, keeping the author's unit:
// "2 weeks" stays "2 weeks" but compares equal to "14 days". Business days
// and business hours are units of their own: "10 business days" does not
// equal "2 weeks". Amounts above 1,000 years are refused.
type Duration struct {
	Kind   DurationKind
	Bound  Bound // only for Finite durations
	Amount int64 // only for Finite durations: the amount, or the low end of a range
	Max    int64 // only for Finite durations: the high end of a range ("5-10 minutes"), or 0
	Unit   Unit  // for Finite and Several durations
}

// Within returns the duration "within n unit".
func Within(n int64, u Unit) Duration { return Duration{Bound: AtMost, Amount: n, Unit: u} }

// For returns the exact duration "n unit".
func For(n int64, u Unit) Duration { return Duration{Amount: n, Unit: u} }

// Between returns the range "lo-hi unit".
func Between(lo, hi int64, u Unit) Duration { return Duration{Amount: lo, Max: hi, Unit: u} }

var durationForms = worded(`want an amount and a unit in lower case, such as "within 72 hours", "at least 30 days", "5 years", "2-3 business days" or "a few hours", an ISO 8601 duration such as "P14D", or one of indefinitely, immediately, promptly, a fixed period`)

// ParseDuration parses the text form of a [Duration].
func ParseDuration(s string) (Duration, error) {
	if en, ok, err := japaneseDuration(s); ok {
		if err != nil {
			return Duration{}, Errorf("invalid duration %q: %v", s, err)
		}
		d, err := ParseDuration(en)
		if err != nil {
			return Duration{}, japaneseError(err, en, s)
		}
		return d, nil
	}
	d, err := parseDuration(s)
	if err == nil && !durationRE.MatchString(s) {
		err = Errorf("invalid duration %q: %s", s, durationForms)
	}
	if err == nil {
		if cerr := d.check(); cerr != nil {
			err = Errorf("invalid duration %q: %v", s, cerr)
		}
	}
	if err != nil {
		return Duration{}, withJaHint(err, "duration", s)
	}
	return d, nil
}

func parseDuration(s string) (Duration, error) {
	in := s
	for _, kw := range kindWords {
		for _, w := range kw.words {
			if s == w {
				return Duration{Kind: kw.kind}, nil
			}
		}
	}
	b, rest := cutBound(s)
	if r, ok := strings.CutSuffix(rest, " after"); ok && b == Exactly {
		b, rest = AtLeast, r
	}
	for _, w := range severalWords {
		if r, ok := strings.CutPrefix(rest, w+" "); ok {
			u, ok := unitAliases[r]
			if !ok {
				return Duration{}, Errorf("invalid duration %q: unknown unit %q (want %s)", in, r, unitList())
			}
			if b != Exactly && b != AtMost {
				return Duration{}, Errorf("invalid duration %q: only \"within\" may qualify an unquantified amount", in)
			}
			return Duration{Kind: Several, Bound: b, Unit: u}, nil
		}
	}
	if strings.HasPrefix(rest, "P") {
		n, u, err := parseISODuration(rest)
		if err != nil {
			return Duration{}, Errorf("invalid duration %q: %v", in, err)
		}
		return Duration{Bound: b, Amount: n, Unit: u}, nil
	}
	num, word, ok := strings.Cut(rest, " ")
	if !ok {
		// "72h", "2weeks"
		i := strings.IndexFunc(rest, func(r rune) bool { return (r < '0' || r > '9') && r != '-' })
		if i <= 0 {
			return Duration{}, Errorf("invalid duration %q: %s", in, durationForms)
		}
		num, word = rest[:i], rest[i:]
	}
	lo, hi, err := parseRange(num)
	if err != nil {
		return Duration{}, Errorf("invalid duration %q: %v", in, err)
	}
	u, ok := unitAliases[word]
	if !ok {
		return Duration{}, Errorf("invalid duration %q: unknown unit %q (want %s)", in, word, unitList())
	}
	return Duration{Bound: b, Amount: lo, Max: hi, Unit: u}, nil
}

// parseRange parses "5" or "5-10" (an en dash or "to" is accepted too).
func parseRange(s string) (lo, hi int64, err error) {
	s = strings.NewReplacer("\u2013", "-", "\u2014", "-", "\uff5e", "-", "~", "-").Replace(s)
	a, b, isRange := strings.Cut(s, "-")
	lo, err = wholeNumber(a)
	if err != nil {
		return 0, 0, err
	}
	if !isRange {
		return lo, 0, nil
	}
	hi, err = wholeNumber(b)
	if err != nil {
		return 0, 0, err
	}
	if hi <= lo {
		return 0, 0, Errorf("range %s-%s must go from low to high", a, b)
	}
	return lo, hi, nil
}

func wholeNumber(s string) (int64, error) {
	n, err := strconv.ParseInt(strings.ReplaceAll(s, ",", ""), 10, 64)
	if err != nil || n < 0 {
		return 0, Errorf("%q is not a whole number", s)
	}
	return n, nil
}

func unitList() string {
	return "seconds, minutes, hours, days, weeks, months, years, business hours or business days"
}

// parseISODuration parses an ISO 8601 duration with a single component,
// such as P14D, P2W, PT72H or P5Y.
func parseISODuration(s string) (int64, Unit, error) {
	s = strings.ToUpper(s)
	body := s[1:]
	timePart := false
	if rest, ok := strings.CutPrefix(body, "T"); ok {
		body, timePart = rest, true
	}
	if len(body) < 2 {
		return 0, "", Errorf("ISO 8601 duration has no amount")
	}
	n, err := strconv.ParseInt(body[:len(body)-1], 10, 64)
	if err != nil || n < 0 {
		return 0, "", Errorf("ISO 8601 duration must have a single whole-number component, such as P14D or PT72H")
	}
	switch d := body[len(body)-1]; {
	case timePart && d == 'H':
		return n, Hour, nil
	case timePart && d == 'M':
		return n, Minute, nil
	case timePart && d == 'S':
		return n, Second, nil
	case !timePart && d == 'D':
		return n, Day, nil
	case !timePart && d == 'W':
		return n, Week, nil
	case !timePart && d == 'M':
		return n, Month, nil
	case !timePart && d == 'Y':
		return n, Year, nil
	}
	return 0, "", Errorf("unknown ISO 8601 designator in %q", s)
}

// unitName spells a unit for an amount: "day", "days", "business days".
func unitName(u Unit, n int64) string {
	if n == 1 {
		return string(u)
	}
	return string(u) + "s"
}

// String returns the canonical text form: "within 72 hours", "1 day",
// "5-10 minutes", "a few hours", "indefinitely". The zero Duration, which
// states nothing, is "".
func (d Duration) String() string {
	if d.IsZero() {
		return "" // not stated
	}
	var s string
	switch d.Kind {
	case Indefinite:
		return "indefinitely"
	case Immediate:
		return "immediately"
	case Prompt:
		return "promptly"
	case Unspecified:
		return "a fixed period"
	case InAdvance:
		return "in advance"
	case Several:
		s = "a few " + unitName(d.Unit, 2)
	default:
		if d.IsZero() {
			return ""
		}
		n := strconv.FormatInt(d.Amount, 10)
		last := d.Amount
		if d.Max != 0 {
			n += "-" + strconv.FormatInt(d.Max, 10)
			last = d.Max
		}
		s = n + " " + unitName(d.Unit, last)
	}
	if d.Bound != Exactly {
		s = string(d.Bound) + " " + s
	}
	return s
}

// IsZero reports whether d is the zero Duration, that is, not stated.
func (d Duration) IsZero() bool { return d == Duration{} }

// IsRange reports whether d is a range such as "5-10 minutes".
func (d Duration) IsRange() bool { return d.Kind == Finite && d.Max != 0 }

// MarshalText encodes the canonical text form.
func (d Duration) MarshalText() ([]byte, error) {
	if err := d.check(); err != nil {
		return nil, err
	}
	return []byte(d.String()), nil
}

// UnmarshalText parses the text form; see [ParseDuration].
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := ParseDuration(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

func (d Duration) check() error {
	switch d.Kind {
	case Finite:
	case Several:
		if _, ok := unitInfo[d.Unit]; !ok || d.Amount != 0 || d.Max != 0 || (d.Bound != Exactly && d.Bound != AtMost) {
			return Errorf("duration %q must have a unit and no amount", d.String())
		}
		return nil
	case Indefinite, Immediate, Prompt, Unspecified, InAdvance:
		if d.Bound != Exactly || d.Amount != 0 || d.Max != 0 || d.Unit != "" {
			return Errorf("duration %q has an amount or bound", d.String())
		}
		return nil
	default:
		return Errorf("invalid duration kind %d", d.Kind)
	}
	ui, ok := unitInfo[d.Unit]
	if !ok {
		return Errorf("duration has unknown unit %q", d.Unit)
	}
	if !validBound(d.Bound) {
		return Errorf("duration has unknown bound %q", d.Bound)
	}
	if d.Amount <= 0 {
		return Errorf("duration %q must be positive", d.String())
	}
	if d.Max != 0 && d.Max <= d.Amount {
		return Errorf("range %q must go from low to high", d.String())
	}
	if d.Amount > ui.max || d.Max > ui.max {
		return Errorf("%d %s is more than 1,000 years", max(d.Amount, d.Max), unitName(d.Unit, 2))
	}
	return nil
}

// normal returns an amount in the base of the unit's class (seconds,
// months or business hours) and the class.
func (d Duration) normal(n int64) (int64, unitClass) {
	ui := unitInfo[d.Unit]
	return n * ui.size, ui.class
}

// Equal reports whether d and e state the same length of time with the same
// bound: "2 weeks" equals "14 days" and "12 months" equals "1 year", but
// "30 days" does not equal "1 month" and "10 business days" does not equal
// "2 weeks".
func (d Duration) Equal(e Duration) bool {
	if d.Kind != e.Kind || d.Bound != e.Bound {
		return false
	}
	switch d.Kind {
	case Finite:
	case Several:
		_, dc := d.normal(1)
		_, ec := e.normal(1)
		return d.Unit == e.Unit || dc == ec && unitInfo[d.Unit].size == unitInfo[e.Unit].size
	default:
		return true
	}
	an, ac := d.normal(d.Amount)
	bn, bc := e.normal(e.Amount)
	am, _ := d.normal(d.Max)
	bm, _ := e.normal(e.Max)
	return an == bn && ac == bc && am == bm
}

// Seconds returns the approximate length in seconds, for ordering
// durations of different units: a month counts as 30.4 days (a twelfth of
// 365 days), a year as 365 days, a business day as 7/5 of a day and a
// business hour as 168/40 hours (the calendar time they take in a 40-hour
// week); a range counts as its upper end and "a few" as three. It returns
// 0 for [Immediate], -1 for [Prompt], [Unspecified] and [InAdvance] (not
// quantified), and the largest int64 for [Indefinite]. Amounts are at most
// 1,000 years, so it never overflows.
func (d Duration) Seconds() int64 {
	switch d.Kind {
	case Indefinite:
		return math.MaxInt64
	case Immediate:
		return 0
	case Prompt, Unspecified, InAdvance:
		return -1
	}
	if d.Kind == Finite && d.overLimit() {
		return math.MaxInt64 - 1 // longer than any duration a document can state
	}
	n := d.Amount
	if d.Max != 0 {
		n = d.Max
	}
	if d.Kind == Several {
		n = 3
	}
	base, class := d.normal(n)
	switch class {
	case calendarClass:
		return base * (365 * 86400 / 12)
	case businessClass:
		return base * (7 * 86400 / 40)
	}
	return base
}

// Compare orders d and e by their length as [Duration.Seconds] measures
// it, exactly: -1 when d is shorter, 1 when it is longer, 0 when they are
// as long. The bound is not compared ("within 3 days" and "3 days" are as
// long). It is exact for any amount, also those over the limit that a
// document cannot state but Go code can build.
func (d Duration) Compare(e Duration) int {
	if d.Kind == Finite && e.Kind == Finite && (d.overLimit() || e.overLimit()) {
		return d.bigSeconds().Cmp(e.bigSeconds())
	}
	return cmp.Compare(d.Seconds(), e.Seconds())
}

// overLimit reports whether a finite duration's amounts are beyond what
// Seconds computes in int64.
func (d Duration) overLimit() bool {
	ui, ok := unitInfo[d.Unit]
	return !ok || d.Amount > ui.max || d.Max > ui.max || d.Amount < 0 || d.Max < 0
}

// bigSeconds is Seconds for any amount.
func (d Duration) bigSeconds() *big.Int {
	n := d.Amount
	if d.Max != 0 {
		n = d.Max
	}
	ui := unitInfo[d.Unit]
	per := ui.size
	switch ui.class {
	case calendarClass:
		per *= 365 * 86400 / 12
	case businessClass:
		per *= 7 * 86400 / 40
	}
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(per))
}

// Approx returns [Duration.Seconds] as a time.Duration, which cannot hold
// more than about 292 years: longer durations give the largest
// time.Duration. Use [Duration.Compare] to order durations.
func (d Duration) Approx() time.Duration {
	s := d.Seconds()
	switch {
	case s < 0:
		return -1
	case s > math.MaxInt64/int64(time.Second):
		return time.Duration(math.MaxInt64)
	}
	return time.Duration(s) * time.Second
}

// Quantified reports whether the duration has a length that can be
// ordered against others: false for [Prompt], [Unspecified] and [InAdvance].
func (d Duration) Quantified() bool {
	return d.Kind != Prompt && d.Kind != Unspecified && d.Kind != InAdvance
}
