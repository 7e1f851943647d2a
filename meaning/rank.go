package meaning

import (
	"reflect"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// Ranks holds the ranks a document's extension declarations give their
// values (whitepaper.Extension's Above and Below), by vocabulary name and
// value. The zero Ranks gives none: every extension value is then
// incomparable with every built-in one.
type Ranks map[string]map[string]whitepaper.Extension

// RanksOf collects the ranks doc declares for its extension values.
func RanksOf(doc *whitepaper.Document) Ranks {
	if doc == nil {
		return nil
	}
	r := Ranks{}
	for _, e := range doc.Extensions {
		if e.Above == "" && e.Below == "" {
			continue
		}
		if r[e.Vocabulary] == nil {
			r[e.Vocabulary] = map[string]whitepaper.Extension{}
		}
		r[e.Vocabulary][e.Value] = e
	}
	return r
}

// builtinRanks are the vocabularies whose built-in values have an order
// of their own, better last: the rank tables of this package.
var builtinRanks = map[reflect.Type]func(string) int{
	reflect.TypeFor[whitepaper.TLSVersion](): func(s string) int { return tlsRank[whitepaper.TLSVersion(s)] },
	reflect.TypeFor[whitepaper.Commitment](): func(s string) int { return commitmentRank[whitepaper.Commitment(s)] },
	reflect.TypeFor[whitepaper.Anchor]():     func(s string) int { return anchorRank[whitepaper.Anchor(s)] },
	reflect.TypeFor[whitepaper.Engagement](): func(s string) int { return engagementRank[whitepaper.Engagement(s)] },
}

// Ranked reports whether the built-in values of the vocabulary of type t
// have an order, so that an extension value used in their place can be
// ranked only by its declaration.
func Ranked(t reflect.Type) bool {
	_, ok := builtinRanks[t]
	return ok
}

// place is where a value stands: at a built-in value's rank n (side
// 0), or just above (+1) or below (-1) it as an extension value's
// declaration says.
type place struct{ n, side int }

// placeOf finds the place of a value of the ranked vocabulary of type t.
func (r Ranks) placeOf(t reflect.Type, value string) (place, bool) {
	rank := builtinRanks[t]
	voc, ok := whitepaper.VocabularyOf(t)
	if rank == nil || !ok {
		return place{}, false
	}
	if n := rank(value); n != 0 {
		return place{n: n}, true
	}
	e, ok := r[voc.Name][value]
	switch {
	case !ok:
		return place{}, false
	case e.Above != "" && rank(e.Above) != 0:
		return place{n: rank(e.Above), side: 1}, true
	case e.Below != "" && rank(e.Below) != 0:
		return place{n: rank(e.Below), side: -1}, true
	}
	return place{}, false
}

// greater reports whether a is known to rank above b: a built-in value
// above a lower one; a value declared above n above n and everything
// known to be at most n; nothing is known to rank below a value declared
// below n but n and everything known to be at least n.
func greater(a, b place) bool {
	switch {
	case a.side == 0 && b.side == 0:
		return a.n > b.n
	case a.side == 1:
		return b.side != 1 && b.n <= a.n
	case a.side == 0:
		return b.side == -1 && b.n <= a.n
	}
	return false
}

// Extensions compares two values of a ranked vocabulary (see [Ranked])
// of which one at least is an extension value, a from a document with
// ranks ra and b from one with ranks rb, for the customer by the field's
// direction (a TLS version) or the vocabulary's own order (a commitment,
// a deadline's anchor). An extension value declared above (below) a
// built-in value ranks above (below) that value and everything known to
// rank at most (at least) it, and against nothing else; an extension
// value without a declared rank ranks against nothing; two extension
// values are equal only when the same. It reports false when a and b are
// both built-in or t is not ranked: use [Compare] then.
func Extensions(t reflect.Type, a string, ra Ranks, b string, rb Ranks, better whitepaper.Better) (Order, bool) {
	if !Ranked(t) || !whitepaper.IsExtension(a) && !whitepaper.IsExtension(b) {
		return Incomparable, false
	}
	if a == b {
		return Equal, true
	}
	pa, oka := ra.placeOf(t, a)
	pb, okb := rb.placeOf(t, b)
	higher, dir := true, true // the vocabulary's order is the customer's
	if t == reflect.TypeFor[whitepaper.TLSVersion]() {
		higher, dir = higherIsBetter(better)
	}
	switch {
	case !oka || !okb || !dir:
		return Incomparable, true
	case greater(pa, pb):
		return fromInt(1, higher), true
	case greater(pb, pa):
		return fromInt(-1, higher), true
	}
	return Incomparable, true
}

// CompareIn is [Compare] for a value a from a document whose extension
// declarations give ranks ra, and b from one with ranks rb: an extension
// value of a ranked vocabulary compares by its declared rank.
func CompareIn(f whitepaper.Field, a reflect.Value, ra Ranks, b reflect.Value, rb Ranks) Order {
	if a.IsValid() && b.IsValid() && a.Kind() == reflect.String && a.Type() == b.Type() && a.Len() > 0 && b.Len() > 0 {
		if o, ok := Extensions(a.Type(), a.String(), ra, b.String(), rb, f.Better); ok {
			return o
		}
	}
	return Compare(f, a, b)
}
