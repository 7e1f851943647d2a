// Package meaning says how strong each typed fact of a whitepaper is, and
// compares two statements of the same fact for the customer. It is the
// one reading of strength that the differ, the vendor comparison, the
// checklist answers and lint share, so that nothing they print is
// stronger than the document, and nothing silently weaker.
//
// A fact's strength is its value in its value form (a [whitepaper.Duration],
// [whitepaper.Frequency], [whitepaper.Count], [whitepaper.Percent],
// [whitepaper.TLSVersion], a yes/no fact, a vocabulary value or a set of
// them) with its bound ("within", "at least", "about"), what hedges it (a
// [whitepaper.Qualifier]), its [Status] (a certification held, expired…),
// its [whitepaper.Commitment] and the plans it holds for. [Of] gathers
// them into a [Fact]; [Compare] and [Fact.Compare] order two of them.
//
// # A partial order
//
// Every comparison returns [Better], [Worse], [Equal] or [Incomparable],
// from the customer's side, by the direction declared on the field
// (`whitepaper:"better=…"` for a value, `whitepaper:"more=…"` for the
// members of a list). It is a partial order: reflexive, antisymmetric and
// transitive, and many pairs are incomparable:
//
//   - vague values ("promptly", "a few hours", "periodically", "a fixed
//     period", "in advance") are incomparable with numbers and with each
//     other, except that each equals itself and "immediately" is an
//     amount (no delay at all);
//   - a bound changes the comparison: a duration or count is an interval
//     of amounts ("within 72 hours" is 0 to 72 hours, "at least 72 hours"
//     72 hours or more, "about 1 month" only about it) and one is better
//     only when every amount it allows is at least as good as every amount
//     the other allows and they are not the same statement; "about" is
//     incomparable with anything but itself and a clearly separate amount;
//   - extension values ("x-…") are incomparable with built-in values and
//     with each other: no declaration gives them a rank;
//   - a qualifier, a status short of held, a weaker commitment or a
//     narrower plan scope makes a fact weaker, all else equal; a fact
//     better in one respect and weaker in another is incomparable;
//   - for the few vocabularies where "none" states a measure is not taken
//     (how stored data is protected), "none" is worse than every built-in
//     method; other methods are incomparable with each other;
//   - a set is better than another when it holds every member of it and
//     more, for a field declared more=better (worse for more=worse);
//     sets that each lack a member of the other are incomparable.
package meaning

import (
	"cmp"
	"reflect"
	"slices"

	"github.com/openwhitepaper/whitepaper/internal/reflectx"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// Order is the outcome of comparing two statements of a fact for the
// customer. The zero Order is [Incomparable].
type Order int8

// The outcomes of a comparison.
const (
	// Incomparable means neither is better: a vague value against a
	// number, a value not stated, values of no order.
	Incomparable Order = iota
	// Worse means the first is worse for the customer.
	Worse
	// Equal means both state the same strength.
	Equal
	// Better means the first is better for the customer.
	Better
)

// String names the order: "better", "worse", "equal" or "incomparable".
func (o Order) String() string {
	switch o {
	case Worse:
		return "worse"
	case Equal:
		return "equal"
	case Better:
		return "better"
	}
	return "incomparable"
}

// Reverse returns the order seen from the other side: Better for Worse.
func (o Order) Reverse() Order {
	switch o {
	case Worse:
		return Better
	case Better:
		return Worse
	}
	return o
}

// Comparable reports whether o is not [Incomparable].
func (o Order) Comparable() bool { return o != Incomparable }

// Join combines the orders of two independent aspects of a fact (value
// and qualifier, say): Equal with anything is that thing, Better with
// Better is Better, and Better with Worse, or anything with Incomparable,
// is Incomparable.
func (o Order) Join(p Order) Order {
	switch {
	case o == Equal:
		return p
	case p == Equal || o == p:
		return o
	}
	return Incomparable
}

// fromInt turns a three-way comparison of amounts into an order, for a
// field where a higher amount is better (higher) or worse.
func fromInt(c int, higher bool) Order {
	if !higher {
		c = -c
	}
	switch {
	case c > 0:
		return Better
	case c < 0:
		return Worse
	}
	return Equal
}

// higherIsBetter reports whether a larger amount is better by the field's
// direction, and whether it has one.
func higherIsBetter(b whitepaper.Better) (higher, ok bool) {
	switch b {
	case whitepaper.Higher, whitepaper.True:
		return true, true
	case whitepaper.Lower, whitepaper.False:
		return false, true
	}
	return false, false
}

// Compare compares a against b, two values of field f, for the customer:
// by the field's declared direction (better=…) for a single value, by its
// declared direction for members (more=…) for a list. A value not stated
// is incomparable with any other, and so is any value of a field that
// declares no direction, unless both are equal.
func Compare(f whitepaper.Field, a, b reflect.Value) Order {
	if !a.IsValid() || !b.IsValid() || reflectx.IsZero(a) || reflectx.IsZero(b) || a.Type() != b.Type() {
		return Incomparable
	}
	if a.Kind() == reflect.Slice && f.More != whitepaper.MoreUnordered {
		return Sets(a, b, f.More)
	}
	better := f.Better
	switch x := a.Interface().(type) {
	case whitepaper.Duration:
		return Durations(x, b.Interface().(whitepaper.Duration), better)
	case whitepaper.Frequency:
		y := b.Interface().(whitepaper.Frequency)
		if f.Allowance {
			x, y = granted(x), granted(y)
		}
		return Frequencies(x, y, better)
	case whitepaper.Count:
		return Counts(x, b.Interface().(whitepaper.Count), better)
	case whitepaper.Percent:
		return Percents(x, b.Interface().(whitepaper.Percent), better)
	case whitepaper.TLSVersion:
		return TLSVersions(x, b.Interface().(whitepaper.TLSVersion), better)
	case *bool:
		return Bools(*x, *b.Interface().(*bool), better)
	case whitepaper.CertificationStatus:
		return Statuses(StatusOf(x), StatusOf(b.Interface().(whitepaper.CertificationStatus)))
	case whitepaper.Qualifier:
		return Qualifiers(x, b.Interface().(whitepaper.Qualifier))
	case whitepaper.Commitment:
		return Commitments(x, b.Interface().(whitepaper.Commitment))
	case whitepaper.Anchor:
		return Anchors(x, b.Interface().(whitepaper.Anchor))
	case whitepaper.Engagement:
		return Engagements(x, b.Interface().(whitepaper.Engagement))
	}
	if a.Kind() == reflect.String {
		return Methods(a, b)
	}
	if reflect.DeepEqual(a.Interface(), b.Interface()) {
		return Equal
	}
	return Incomparable
}

// Bools compares two yes/no facts: by the field's direction, stating the
// better answer is better (True: provided beats not provided).
func Bools(a, b bool, better whitepaper.Better) Order {
	if a == b {
		return Equal
	}
	higher, ok := higherIsBetter(better)
	if !ok {
		return Incomparable
	}
	return fromInt(boolInt(a)-boolInt(b), higher)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Percents compares two percentages, such as availability targets.
func Percents(a, b whitepaper.Percent, better whitepaper.Better) Order {
	c := a.Compare(b)
	if c == 0 {
		return Equal
	}
	higher, ok := higherIsBetter(better)
	if !ok {
		return Incomparable
	}
	return fromInt(c, higher)
}

// tlsRank is the real order of TLS versions, oldest first.
var tlsRank = map[whitepaper.TLSVersion]int{whitepaper.TLS10: 1, whitepaper.TLS11: 2, whitepaper.TLS12: 3, whitepaper.TLS13: 4}

// TLSVersions compares two TLS versions by their release order (1.0 <
// 1.1 < 1.2 < 1.3), never by their spelling. An extension version
// ("x-…") is incomparable with any other.
func TLSVersions(a, b whitepaper.TLSVersion, better whitepaper.Better) Order {
	if a == b {
		return Equal
	}
	ra, rb := tlsRank[a], tlsRank[b]
	higher, ok := higherIsBetter(better)
	if ra == 0 || rb == 0 || !ok {
		return Incomparable
	}
	return fromInt(cmp.Compare(ra, rb), higher)
}

// noneWeakest lists the vocabularies in which "none" states that the
// measure is not taken, so that it is worse than any built-in method.
var noneWeakest = map[reflect.Type]string{
	reflect.TypeFor[whitepaper.ProtectionMethod](): string(whitepaper.ProtectionNone),
}

// NoneValue returns the value that states a measure is not taken in the
// vocabulary of type t, such as "none" for [whitepaper.ProtectionMethod],
// and whether the vocabulary has one.
func NoneValue(t reflect.Type) (string, bool) {
	v, ok := noneWeakest[t]
	return v, ok
}

// Methods compares two values of a vocabulary of methods: equal when the
// same; for a vocabulary with a value that states the measure is not
// taken (see [NoneValue]), that value is worse than any built-in one;
// otherwise incomparable. Extension values are incomparable with any
// other.
func Methods(a, b reflect.Value) Order {
	x, y := a.String(), b.String()
	if x == y {
		return Equal
	}
	none, ok := noneWeakest[a.Type()]
	if !ok || whitepaper.IsExtension(x) || whitepaper.IsExtension(y) || x == whitepaper.Etc || y == whitepaper.Etc {
		return Incomparable
	}
	switch none {
	case x:
		return Worse
	case y:
		return Better
	}
	return Incomparable
}

// Sets compares two lists as sets of members by the field's direction
// for members: a set that holds every member of the other and more is
// better for more=better, worse for more=worse; sets that each lack a
// member of the other are incomparable. Members are compared by value;
// values that are not lists are incomparable.
func Sets(a, b reflect.Value, more whitepaper.More) Order {
	if !isList(a) || !isList(b) {
		return Incomparable
	}
	ab, ba := subset(a, b), subset(b, a)
	switch {
	case ab && ba:
		return Equal
	case !ab && !ba || more == whitepaper.MoreUnordered:
		return Incomparable
	}
	o := Better // a holds b and more
	if ab {
		o = Worse
	}
	if more == whitepaper.MoreWorse {
		o = o.Reverse()
	}
	return o
}

// subset reports whether every member of list a is in list b.
func subset(a, b reflect.Value) bool {
	for i := range a.Len() {
		x := a.Index(i).Interface()
		if !slices.ContainsFunc(members(b), func(y any) bool { return reflect.DeepEqual(x, y) }) {
			return false
		}
	}
	return true
}

func members(v reflect.Value) []any {
	out := make([]any, v.Len())
	for i := range out {
		out[i] = v.Index(i).Interface()
	}
	return out
}

// isList reports whether v holds a slice or an array.
func isList(v reflect.Value) bool {
	return v.IsValid() && (v.Kind() == reflect.Slice || v.Kind() == reflect.Array)
}
