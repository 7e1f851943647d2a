package whitepaper

import (
	"fmt"
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
)

// bounds lists the words that introduce each bound, canonical word first.
var boundWords = []struct {
	bound Bound
	words []string
}{
	{AtMost, []string{"within", "at most", "up to", "no more than"}},
	{AtLeast, []string{"at least", "after", "no less than", "not before"}},
	{About, []string{"about", "approximately", "around", "roughly"}},
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
)

// unitInfo gives each unit's length: in seconds for fixed units, in months
// for calendar units.
var unitInfo = map[Unit]struct {
	size     int64
	calendar bool
	iso      byte
}{
	Second: {1, false, 'S'},
	Minute: {60, false, 'M'},
	Hour:   {3600, false, 'H'},
	Day:    {86400, false, 'D'},
	Week:   {7 * 86400, false, 'W'},
	Month:  {1, true, 'M'},
	Year:   {12, true, 'Y'},
}

var unitAliases = map[string]Unit{
	"s": Second, "sec": Second, "secs": Second, "second": Second, "seconds": Second,
	"min": Minute, "mins": Minute, "minute": Minute, "minutes": Minute,
	"h": Hour, "hr": Hour, "hrs": Hour, "hour": Hour, "hours": Hour,
	"d": Day, "day": Day, "days": Day,
	"w": Week, "wk": Week, "wks": Week, "week": Week, "weeks": Week,
	"mo": Month, "month": Month, "months": Month,
	"y": Year, "yr": Year, "yrs": Year, "year": Year, "years": Year,
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
)

var kindWords = []struct {
	kind  DurationKind
	words []string
}{
	{Indefinite, []string{"indefinitely", "indefinite", "semi-permanently", "semi-permanent", "unlimited"}},
	{Immediate, []string{"immediately", "immediate"}},
	{Prompt, []string{"promptly", "prompt", "without delay"}},
}

// Duration is a length of time as a whitepaper states it, with its
// qualifier: "within 72 hours", "at least 30 days", "about 1 month",
// "5 years", "indefinitely", "immediately", "promptly".
//
// In YAML and JSON it is a string in that form; the bound words "within",
// "at least" (or "after") and "about" are optional, units may be singular,
// plural or abbreviated, and ISO 8601 durations such as "P14D" or "PT72H"
// are accepted too. It is encoded canonically, keeping the author's unit:
// "2 weeks" stays "2 weeks" but compares equal to "14 days".
type Duration struct {
	Kind   DurationKind
	Bound  Bound // only for Finite durations
	Amount int64 // only for Finite durations
	Unit   Unit  // only for Finite durations
}

// Within returns the duration "within n unit".
func Within(n int64, u Unit) Duration { return Duration{Bound: AtMost, Amount: n, Unit: u} }

// For returns the exact duration "n unit".
func For(n int64, u Unit) Duration { return Duration{Amount: n, Unit: u} }

// ParseDuration parses the text form of a [Duration].
func ParseDuration(s string) (Duration, error) {
	d, err := parseDuration(s)
	if err == nil && !durationRE.MatchString(s) {
		err = fmt.Errorf("invalid duration %q: want an amount and a unit in lower case, such as \"within 72 hours\", \"at least 30 days\" or \"5 years\", an ISO 8601 duration such as \"P14D\", or one of indefinitely, immediately, promptly", s)
	}
	if err != nil {
		return Duration{}, err
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
	if strings.HasPrefix(rest, "P") {
		n, u, err := parseISODuration(rest)
		if err != nil {
			return Duration{}, fmt.Errorf("invalid duration %q: %v", in, err)
		}
		return Duration{Bound: b, Amount: n, Unit: u}, nil
	}
	num, word, ok := strings.Cut(rest, " ")
	if !ok {
		// "72h", "2weeks"
		i := strings.IndexFunc(rest, func(r rune) bool { return r < '0' || r > '9' })
		if i <= 0 {
			return Duration{}, fmt.Errorf("invalid duration %q: want an amount and a unit, such as \"within 72 hours\", or an ISO 8601 duration such as \"P14D\"", in)
		}
		num, word = rest[:i], rest[i:]
	}
	n, err := strconv.ParseInt(strings.ReplaceAll(num, ",", ""), 10, 64)
	if err != nil || n < 0 {
		return Duration{}, fmt.Errorf("invalid duration %q: %q is not a whole number", in, num)
	}
	u, ok := unitAliases[word]
	if !ok {
		return Duration{}, fmt.Errorf("invalid duration %q: unknown unit %q (want seconds, minutes, hours, days, weeks, months or years)", in, word)
	}
	return Duration{Bound: b, Amount: n, Unit: u}, nil
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
		return 0, "", fmt.Errorf("ISO 8601 duration has no amount")
	}
	n, err := strconv.ParseInt(body[:len(body)-1], 10, 64)
	if err != nil || n < 0 {
		return 0, "", fmt.Errorf("ISO 8601 duration must have a single whole-number component, such as P14D or PT72H")
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
	return 0, "", fmt.Errorf("unknown ISO 8601 designator in %q", s)
}

// String returns the canonical text form: "within 72 hours", "1 day",
// "indefinitely".
func (d Duration) String() string {
	if d.IsZero() {
		return "" // not stated
	}
	switch d.Kind {
	case Indefinite:
		return "indefinitely"
	case Immediate:
		return "immediately"
	case Prompt:
		return "promptly"
	}
	s := strconv.FormatInt(d.Amount, 10) + " " + string(d.Unit)
	if d.Amount != 1 {
		s += "s"
	}
	if d.Bound != Exactly {
		s = string(d.Bound) + " " + s
	}
	return s
}

// IsZero reports whether d is the zero Duration, that is, not stated.
func (d Duration) IsZero() bool { return d == Duration{} }

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
	if d.Kind > Prompt {
		return fmt.Errorf("invalid duration kind %d", d.Kind)
	}
	if d.Kind != Finite {
		if d.Bound != Exactly || d.Amount != 0 || d.Unit != "" {
			return fmt.Errorf("duration %q has an amount or bound", d.String())
		}
		return nil
	}
	if _, ok := unitInfo[d.Unit]; !ok {
		return fmt.Errorf("duration has unknown unit %q", d.Unit)
	}
	switch d.Bound {
	case Exactly, AtMost, AtLeast, About:
	default:
		return fmt.Errorf("duration has unknown bound %q", d.Bound)
	}
	if d.Amount <= 0 {
		return fmt.Errorf("duration %q must be positive", d.String())
	}
	return nil
}

// normal returns the amount in the unit's base (seconds or months) and
// whether that base is the calendar one.
func (d Duration) normal() (int64, bool) {
	ui := unitInfo[d.Unit]
	return d.Amount * ui.size, ui.calendar
}

// Equal reports whether d and e state the same length of time with the same
// bound: "2 weeks" equals "14 days" and "12 months" equals "1 year", but
// "30 days" does not equal "1 month".
func (d Duration) Equal(e Duration) bool {
	if d.Kind != e.Kind {
		return false
	}
	if d.Kind != Finite {
		return true
	}
	an, ac := d.normal()
	bn, bc := e.normal()
	return d.Bound == e.Bound && an == bn && ac == bc
}

// Approx returns the length as a time.Duration, counting a month as 30 days
// and a year as 365 days, for ordering durations of different units. It
// returns 0 for [Immediate], -1 for [Prompt] (short, but not quantified) and
// the largest time.Duration for [Indefinite].
func (d Duration) Approx() time.Duration {
	switch d.Kind {
	case Indefinite:
		return time.Duration(1<<63 - 1)
	case Immediate:
		return 0
	case Prompt:
		return -1
	}
	n, cal := d.normal()
	if cal {
		// months: 12 months are 365 days.
		return time.Duration(n) * 365 * 24 * time.Hour / 12
	}
	return time.Duration(n) * time.Second
}
