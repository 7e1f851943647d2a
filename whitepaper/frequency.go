package whitepaper

import (
	"slices"
	"strconv"
	"strings"
)

// FrequencyKind tells how often something happens when it is not a fixed interval.
type FrequencyKind uint8

// The kinds of [Frequency]. The zero value is [Interval].
const (
	// Interval repeats after a stated duration: "daily", "about monthly",
	// "every 6 hours", "twice a day", "at least yearly".
	Interval FrequencyKind = iota
	// Continuous never stops: "continuous" (replication, monitoring).
	Continuous
	// Periodic repeats at an interval that is not stated: "periodically".
	Periodic
	// PerRelease happens with each release of the service: "per release".
	PerRelease
	// AsNeeded happens when a need arises: "as needed".
	AsNeeded
	// OnEvent happens each time an event occurs: "on upload", "on hire".
	// [Frequency.Occasion] names the event.
	OnEvent
	// Ongoing goes on without a stated cadence: "ongoing" (継続的), as
	// training or improvement is. It is weaker than [Continuous], which
	// never stops.
	Ongoing
)

var frequencyWords = map[string]FrequencyKind{
	"continuous": Continuous, "continuously": Continuous,
	"periodic": Periodic, "periodically": Periodic, "regularly": Periodic,
	"per release": PerRelease, "each release": PerRelease, "with each release": PerRelease,
	"as needed": AsNeeded, "ad hoc": AsNeeded, "on demand": AsNeeded,
	"ongoing": Ongoing, "on an ongoing basis": Ongoing,
}

var canonicalFrequencyWord = map[FrequencyKind]string{
	Continuous: "continuous", Periodic: "periodically", PerRelease: "per release", AsNeeded: "as needed", Ongoing: "ongoing",
}

var frequencyAdverbs = map[string]Unit{
	"hourly": Hour, "daily": Day, "weekly": Week, "monthly": Month, "yearly": Year, "annually": Year,
}

// Occasion is the event an event-driven [Frequency] happens on: "on
// upload" is the occasion "upload".
type Occasion string

// The values of Occasion.
const (
	// OccasionUpload is a file or data being uploaded (アップロード時).
	OccasionUpload Occasion = "upload"
	// OccasionLogin is a user signing in (ログイン時).
	OccasionLogin Occasion = "login"
	// OccasionChange is a change being made, to a system or a setting (変更時).
	OccasionChange Occasion = "change"
	// OccasionDeploy is a deployment to production (デプロイ時).
	OccasionDeploy Occasion = "deploy"
	// OccasionRequest is a request by the customer (依頼時).
	OccasionRequest Occasion = "request"
	// OccasionHire is a member of staff joining (入社時).
	OccasionHire Occasion = "hire"
	// OccasionDeparture is a member of staff leaving (退職時).
	OccasionDeparture Occasion = "departure"
	// OccasionIncident is an incident occurring (インシデント発生時).
	OccasionIncident Occasion = "incident"
	// OccasionSignup is an account being created (登録時).
	OccasionSignup Occasion = "signup"
	// OccasionContract is a contract being concluded (契約時).
	OccasionContract Occasion = "contract"
	// OccasionRenewal is a contract being renewed (契約更新時).
	OccasionRenewal Occasion = "renewal"
	// OccasionTermination is a contract ending (解約時).
	OccasionTermination Occasion = "termination"
)

// Occasions lists every [Occasion].
var Occasions = []Occasion{OccasionUpload, OccasionLogin, OccasionChange, OccasionDeploy, OccasionRequest,
	OccasionHire, OccasionDeparture, OccasionIncident, OccasionSignup, OccasionContract, OccasionRenewal,
	OccasionTermination}

// rateBoundWords are the words that bound how often, canonical word first
// for each bound: "at least yearly", "at most 3 times a month".
var rateBoundWords = []struct {
	bound Bound
	words []string
}{
	{AtLeast, []string{"at least", "no less than"}},
	{AtMost, []string{"at most", "up to", "no more than"}},
	{MoreThan, []string{"more than"}},
	{LessThan, []string{"less than"}},
}

// maxTimes is the largest number of times per period: more than a
// million times is continuous for any document's purpose.
const maxTimes = 1_000_000

// Frequency is how often something is done: "daily", "about monthly",
// "every 6 hours", "every 5-10 minutes", "every few hours", "twice a
// day", "3 times a month", "at least yearly", "at most 3 times a month"
// (a quota), "on upload", "periodically", "per release", "continuous",
// "ongoing", "as needed". In YAML and JSON it is a string in one of those
// forms.
//
// For [Interval] frequencies, Every is the period: an exact or approximate
// ([About]) [Duration]; Times is how many times in each period ("twice a
// day" is 2 times every day; 0 means once); Bound bounds how often, not
// the period: "at least yearly" is [AtLeast], at least once a year, so a
// year at most between two. [OnEvent] frequencies name their event in
// Occasion.
type Frequency struct {
	Kind     FrequencyKind
	Every    Duration // only for Interval
	Times    int64    // only for Interval: times per period, 0 for once
	Bound    Bound    // only for Interval: how often at least or at most; "about" is Every's
	Occasion Occasion // only for OnEvent
}

// Daily is the frequency "daily".
var Daily = Frequency{Every: For(1, Day)}

// ParseFrequency parses the text form of a [Frequency].
func ParseFrequency(s string) (Frequency, error) {
	if en, ok, err := japaneseFrequency(s); ok {
		if err != nil {
			return Frequency{}, Errorf("invalid frequency %q: %v", s, err)
		}
		f, err := ParseFrequency(en)
		if err != nil {
			return Frequency{}, japaneseError(err, en, s)
		}
		return f, nil
	}
	f, err := parseFrequency(s)
	return f, withJaHint(err, "frequency", s)
}

func parseFrequency(s string) (Frequency, error) {
	in := s
	// bad reports the input as invalid: with the forms a frequency takes
	// when why is nil, else with why, an error or a Wording that a locale
	// words in turn.
	bad := func(why any) (Frequency, error) {
		if why == nil {
			return Frequency{}, Errorf(`invalid frequency %q: want daily, weekly, monthly, yearly, hourly, "every N units", "twice a day", "N times a month" (each may start with "about", "at least" or "at most"), "on upload" (an event), periodically, per release, continuous, ongoing or as needed`, in)
		}
		return Frequency{}, Errorf("invalid frequency %q: %v", in, why)
	}
	if !frequencyRE.MatchString(s) {
		return bad(nil)
	}
	if k, ok := frequencyWords[s]; ok {
		return Frequency{Kind: k}, nil
	}
	if r, ok := strings.CutPrefix(s, "on "); ok {
		r = strings.TrimPrefix(strings.TrimPrefix(r, "each "), "every ")
		o := Occasion(r)
		if err := o.check(); err != nil {
			return bad(err)
		}
		return Frequency{Kind: OnEvent, Occasion: o}, nil
	}
	var f Frequency
	rate := false
	for _, bw := range rateBoundWords {
		for _, w := range bw.words {
			if r, ok := strings.CutPrefix(s, w+" "); ok && !rate {
				f.Bound, s, rate = bw.bound, r, true
			}
		}
	}
	b, rest := cutBound(s)
	switch {
	case b != Exactly && b != About:
		return bad(worded(`only "about", "at least", "at most", "more than" or "less than" may qualify a frequency`))
	case b == About && rate:
		return bad(worded(`"about" and a bound cannot qualify one frequency together`))
	}
	times, rest, err := cutTimes(rest)
	if err != nil {
		return bad(err)
	}
	every, ok := frequencyPeriod(rest, times > 0)
	if !ok {
		return bad(nil)
	}
	if every.Kind == Several && (b == About || rate) {
		return bad(worded(`"every few" has no amount to qualify; write "every few %s"`, unitName(every.Unit, 2)))
	}
	if times > 0 && (every.Kind != Finite || every.Max != 0) {
		return bad(worded(`a number of times needs a period with one amount, such as "3 times a month" or "twice every 2 weeks"`))
	}
	if times == 1 {
		times = 0 // "once a month" is "monthly"
	}
	every.Bound = b
	f.Every, f.Times = every, times
	if err := f.check(); err != nil {
		return bad(err)
	}
	return f, nil
}

// cutTimes splits a leading number of times off s: "twice a day" is 2 and
// "a day", "3 times every 2 weeks" is 3 and "every 2 weeks".
func cutTimes(s string) (int64, string, error) {
	for w, n := range map[string]int64{"once ": 1, "twice ": 2, "thrice ": 3} {
		if r, ok := strings.CutPrefix(s, w); ok {
			return n, r, nil
		}
	}
	num, r, ok := strings.Cut(s, " times ")
	if !ok {
		num, r, ok = strings.Cut(s, " time ")
	}
	if !ok {
		return 0, s, nil
	}
	n, err := strconv.ParseInt(strings.ReplaceAll(num, ",", ""), 10, 64)
	if err != nil || n <= 0 {
		return 0, s, Errorf("%q is not a number of times", num)
	}
	if n > maxTimes {
		return 0, s, Errorf("more than %d times", maxTimes)
	}
	return n, r, nil
}

// frequencyPeriod parses the period of a frequency: "daily", "every 6
// hours", and after a number of times also "a month" or "per 2 weeks".
func frequencyPeriod(s string, counted bool) (Duration, bool) {
	if u, ok := frequencyAdverbs[s]; ok {
		return For(1, u), true
	}
	r, ok := strings.CutPrefix(s, "every ")
	if !ok && counted {
		for _, p := range []string{"a ", "an ", "per "} {
			if x, found := strings.CutPrefix(s, p); found {
				r, ok = x, true
			}
		}
	}
	if !ok {
		return Duration{}, false
	}
	if _, bare := unitAliases[r]; bare {
		r = "1 " + r // "every week"
	}
	d, err := ParseDuration(r)
	if err != nil || (d.Kind != Finite && d.Kind != Several) || d.Bound != Exactly {
		return Duration{}, false
	}
	return d, true
}

// String returns the canonical text form; the zero Frequency, which states
// nothing, is "".
func (f Frequency) String() string {
	if f.IsZero() {
		return "" // not stated
	}
	if w, ok := canonicalFrequencyWord[f.Kind]; ok {
		return w
	}
	if f.Kind == OnEvent {
		return "on " + string(f.Occasion)
	}
	d := f.Every
	prefix := ""
	for _, bw := range rateBoundWords {
		if bw.bound == f.Bound && f.Bound != Exactly {
			prefix = bw.words[0] + " "
		}
	}
	if d.Bound == About {
		prefix += "about "
	}
	e := d
	e.Bound = Exactly
	switch {
	case d.Kind == Several:
		return prefix + "every few " + unitName(d.Unit, 2)
	case f.Times > 1:
		times := strconv.FormatInt(f.Times, 10) + " times "
		if f.Times == 2 {
			times = "twice "
		}
		if d.Amount == 1 && d.Max == 0 {
			article := "a "
			if d.Unit == Hour {
				article = "an "
			}
			return prefix + times + article + string(d.Unit)
		}
		return prefix + times + "every " + e.String()
	case d.Amount == 1 && d.Max == 0:
		for w, u := range frequencyAdverbs {
			if u == d.Unit && w != "annually" {
				return prefix + w
			}
		}
	}
	return prefix + "every " + e.String()
}

// IsZero reports whether f is the zero Frequency, that is, not stated.
func (f Frequency) IsZero() bool { return f == Frequency{} }

// Equal reports whether both frequencies are the same, comparing periods
// with [Duration.Equal]: "every 2 weeks" equals "every 14 days" and
// "once a month" equals "monthly", but "twice a day" does not equal
// "every 12 hours" (it does not say the two are evenly spaced).
func (f Frequency) Equal(g Frequency) bool {
	return f.Kind == g.Kind && f.Times == g.Times && f.Bound == g.Bound && f.Occasion == g.Occasion && f.Every.Equal(g.Every)
}

// Spacing returns the time between two occurrences that an [Interval]
// frequency states, for ordering frequencies against each other: the
// period divided by the times in it ("twice a day" is 12 hours, in
// seconds), with its bound turned to the spacing's ("at least yearly" is
// "within 1 year" between two, "at most monthly" is "at least 1 month").
// It reports false for every other kind, which states no spacing.
func (f Frequency) Spacing() (Duration, bool) {
	if f.Kind != Interval || f.Every.IsZero() {
		return Duration{}, false
	}
	d := f.Every
	if f.Times > 1 && d.Kind == Finite {
		secs := d.Seconds() / f.Times
		d = Duration{Bound: d.Bound, Amount: max(secs, 1), Unit: Second}
	}
	switch f.Bound {
	case AtLeast:
		d.Bound = AtMost
	case AtMost:
		d.Bound = AtLeast
	case MoreThan:
		d.Bound = LessThan
	case LessThan:
		d.Bound = MoreThan
	}
	return d, true
}

// MarshalText encodes the canonical text form.
func (f Frequency) MarshalText() ([]byte, error) {
	if err := f.check(); err != nil {
		return nil, err
	}
	return []byte(f.String()), nil
}

// UnmarshalText parses the text form; see [ParseFrequency].
func (f *Frequency) UnmarshalText(b []byte) error {
	v, err := ParseFrequency(string(b))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

func (f Frequency) check() error {
	if f.Kind > Ongoing {
		return Errorf("invalid frequency kind %d", f.Kind)
	}
	if f.Kind != OnEvent && f.Occasion != "" {
		return Errorf("only an event-driven frequency has an occasion")
	}
	if f.Kind != Interval {
		if !f.Every.IsZero() || f.Times != 0 || f.Bound != Exactly {
			return Errorf("frequency %q has an interval", f.String())
		}
		if f.Kind == OnEvent {
			return f.Occasion.check()
		}
		return nil
	}
	if (f.Every.Kind != Finite && f.Every.Kind != Several) || (f.Every.Bound != Exactly && f.Every.Bound != About) {
		return Errorf("frequency interval must be an exact or approximate amount of time")
	}
	switch f.Bound {
	case Exactly, AtLeast, AtMost, MoreThan, LessThan:
	default:
		return Errorf("frequency has unknown bound %q", f.Bound)
	}
	if f.Bound != Exactly && (f.Every.Bound == About || f.Every.Kind == Several) {
		return Errorf("a bound on a frequency needs an exact period")
	}
	if f.Times < 0 || f.Times == 1 || f.Times > maxTimes {
		return Errorf("a frequency's number of times must be from 2 to %d (0 for once)", maxTimes)
	}
	if f.Times > 1 && (f.Every.Kind != Finite || f.Every.Max != 0) {
		return Errorf("a number of times needs a period with one amount")
	}
	return f.Every.check()
}

func (o Occasion) check() error {
	if slices.Contains(Occasions, o) {
		return nil
	}
	names := make([]string, len(Occasions))
	for i, x := range Occasions {
		names[i] = string(x)
	}
	if best := closest(string(o), names); best != "" {
		return Errorf("unknown event %q; did you mean %q?", string(o), best)
	}
	return Errorf("unknown event %q (want one of: %s)", string(o), strings.Join(names, ", "))
}
