package meaning

import (
	"cmp"
	"reflect"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// Amounts with a bound are compared by what they guarantee the customer:
// the end of the amounts the statement allows that is worst for the
// customer. For a field where lower is better (a deadline, a backup
// interval) that is the upper end: "within 72 hours" guarantees 72 hours
// at worst, "at least 72 hours" nothing at all. For a field where higher
// is better (a retention, a count of generations) it is the lower end:
// "at least 30 days" guarantees 30 days, "within 30 days" nothing. An
// exclusive bound lies just inside its amount ("less than 1 hour" is
// better than "1 hour" for a deadline). Two different statements that
// guarantee the same ("within 3 days" and "3 days") are incomparable:
// only the same statement is equal.

// guarantee is the worst end of the amounts a statement allows: infinite,
// or an amount (in its own unit) just below (-1), at (0) or just above
// (+1) it.
type guarantee struct {
	inf    bool
	amount whitepaper.Duration // exact, Finite
	edge   int
}

func (g guarantee) compare(h guarantee) int {
	switch {
	case g.inf && h.inf:
		return 0
	case g.inf:
		return 1
	case h.inf:
		return -1
	}
	if c := g.amount.Compare(h.amount); c != 0 {
		return c
	}
	return cmp.Compare(g.edge, h.edge)
}

// worstEnd returns the guarantee of a bounded amount lo (or the range
// lo-hi) of unit u, for a field where higher is better or not.
func worstEnd(b whitepaper.Bound, lo, hi int64, u whitepaper.Unit, higher bool) guarantee {
	if hi == 0 {
		hi = lo
	}
	at := func(n int64, edge int) guarantee {
		return guarantee{amount: whitepaper.For(n, u), edge: edge}
	}
	if higher { // the lower end
		switch b {
		case whitepaper.AtMost, whitepaper.LessThan:
			return guarantee{amount: whitepaper.Duration{Kind: whitepaper.Immediate}}
		case whitepaper.MoreThan:
			return at(lo, 1)
		}
		return at(lo, 0)
	}
	switch b { // the upper end
	case whitepaper.AtLeast, whitepaper.MoreThan:
		return guarantee{inf: true}
	case whitepaper.LessThan:
		return at(hi, -1)
	}
	return at(hi, 0)
}

// vagueDuration reports whether a duration has no amount that a number
// orders: promptly, a few hours, a fixed period, in advance.
func vagueDuration(d whitepaper.Duration) bool {
	switch d.Kind {
	case whitepaper.Prompt, whitepaper.Several, whitepaper.Unspecified, whitepaper.InAdvance:
		return true
	}
	return false
}

// Durations compares two durations for the customer, by the field's
// direction (better=lower for a deadline, better=higher for a retention)
// and their bounds (see the package documentation). Vague durations
// (promptly, a few hours, a fixed period, in advance) are incomparable
// with amounts and with each other, with one documented exception:
// "immediately" is no delay at all, so it is better than "promptly" and
// "a few hours" where lower is better (worse where higher is better); a
// statement equals only itself.
func Durations(a, b whitepaper.Duration, better whitepaper.Better) Order {
	if a.Equal(b) {
		return Equal
	}
	higher, ok := higherIsBetter(better)
	if !ok {
		return Incomparable
	}
	va, vb := vagueDuration(a), vagueDuration(b)
	switch {
	case va && vb:
		return Incomparable
	case va || vb:
		// Only "immediately" orders against a short vague delay.
		if a.Kind == whitepaper.Immediate && (b.Kind == whitepaper.Prompt || b.Kind == whitepaper.Several) {
			return fromInt(-1, higher)
		}
		if b.Kind == whitepaper.Immediate && (a.Kind == whitepaper.Prompt || a.Kind == whitepaper.Several) {
			return fromInt(1, higher)
		}
		return Incomparable
	}
	c := durationGuarantee(a, higher).compare(durationGuarantee(b, higher))
	if c == 0 {
		return Incomparable // the same guarantee stated differently
	}
	return fromInt(c, higher)
}

func durationGuarantee(d whitepaper.Duration, higher bool) guarantee {
	switch d.Kind {
	case whitepaper.Indefinite:
		return guarantee{inf: true}
	case whitepaper.Immediate:
		return guarantee{amount: d}
	}
	return worstEnd(d.Bound, d.Amount, d.Max, d.Unit, higher)
}

// Frequencies compares two frequencies for the customer. An interval
// compares by the time between two occurrences it guarantees ("daily"
// against "weekly", "twice a day" as 12 hours), its bound turned to that
// time's: "at least yearly" guarantees a year at most between two and is
// better than "yearly" stated otherwise only when it guarantees more;
// "at most monthly" guarantees no occurrence at all. "continuous" is no
// interval at all, better than any where more often is better
// (better=lower). "periodically", "per release", "as needed", "ongoing",
// "every few hours" and event-driven frequencies ("on upload") are vague:
// incomparable with intervals and with each other, as nothing says how
// often the event occurs; a frequency equals only itself.
func Frequencies(a, b whitepaper.Frequency, better whitepaper.Better) Order {
	if a.Equal(b) {
		return Equal
	}
	x, okx := frequencyInterval(a)
	y, oky := frequencyInterval(b)
	if !okx || !oky {
		return Incomparable
	}
	return Durations(x, y, better)
}

// Counts compares two counts of the same unit for the customer, by the
// field's direction and their bounds: "at least 7 generations" is better
// than "up to 7 generations" where more is better. Counts of different
// units are incomparable.
func Counts(a, b whitepaper.Count, better whitepaper.Better) Order {
	if a == b {
		return Equal
	}
	higher, ok := higherIsBetter(better)
	if !ok || a.Unit != b.Unit {
		return Incomparable
	}
	// A count is ordered as a number of seconds: the unit only scales.
	ga := worstEnd(a.Bound, a.Value, 0, whitepaper.Second, higher)
	gb := worstEnd(b.Bound, b.Value, 0, whitepaper.Second, higher)
	c := ga.compare(gb)
	if c == 0 {
		return Incomparable
	}
	return fromInt(c, higher)
}

// Meets reports whether a value meets a threshold of the same type, as a
// checklist asks it: with atMost, whether every amount the value allows
// is at most the threshold's ("within 12 hours" meets "at most 24
// hours", "at least 12 hours" does not); otherwise whether every amount
// it allows is at least the threshold's ("at least 30 days" meets "at
// least 30 days", "within 30 days" does not). It reports ok false when
// the value has no amount to hold against a number (promptly,
// periodically, a few hours, an extension value), or the two are of
// different types or units: the value neither meets nor misses it.
func Meets(v, threshold reflect.Value, atMost bool) (met, ok bool) {
	if !v.IsValid() || !threshold.IsValid() || v.Type() != threshold.Type() {
		return false, false
	}
	higher := !atMost
	var c int
	switch x := v.Interface().(type) {
	case whitepaper.Duration:
		y := threshold.Interface().(whitepaper.Duration)
		if vagueDuration(x) || vagueDuration(y) {
			return false, false
		}
		c = durationGuarantee(x, higher).compare(durationGuarantee(y, higher))
	case whitepaper.Frequency:
		y := threshold.Interface().(whitepaper.Frequency)
		dx, okx := frequencyInterval(x)
		dy, oky := frequencyInterval(y)
		if !okx || !oky {
			return false, false
		}
		return Meets(reflect.ValueOf(dx), reflect.ValueOf(dy), atMost)
	case whitepaper.Count:
		y := threshold.Interface().(whitepaper.Count)
		if x.Unit != y.Unit {
			return false, false
		}
		c = worstEnd(x.Bound, x.Value, 0, whitepaper.Second, higher).compare(worstEnd(y.Bound, y.Value, 0, whitepaper.Second, higher))
	case whitepaper.Percent:
		c = x.Compare(threshold.Interface().(whitepaper.Percent))
	case whitepaper.TLSVersion:
		rx, ry := tlsRank[x], tlsRank[threshold.Interface().(whitepaper.TLSVersion)]
		if rx == 0 || ry == 0 {
			return false, false
		}
		c = cmp.Compare(rx, ry)
	default:
		return false, false
	}
	if atMost {
		return c <= 0, true
	}
	return c >= 0, true
}

// granted is the frequency a quota grants the customer: its upper bound
// ("at most 3 times a month" grants 3 times a month).
func granted(f whitepaper.Frequency) whitepaper.Frequency {
	if f.Bound == whitepaper.AtMost {
		f.Bound = whitepaper.Exactly
	}
	return f
}

// frequencyInterval is the time between two occurrences of a frequency,
// with its bound ([whitepaper.Frequency.Spacing]), "continuous" being none
// at all; false for a frequency with no stated interval.
func frequencyInterval(f whitepaper.Frequency) (whitepaper.Duration, bool) {
	if f.Kind == whitepaper.Continuous {
		return whitepaper.Duration{Kind: whitepaper.Immediate}, true
	}
	d, ok := f.Spacing()
	if !ok || d.Kind != whitepaper.Finite {
		return whitepaper.Duration{}, false
	}
	return d, true
}
