// Package order orders the values of the model's ordered fields (those
// declared with `whitepaper:"better=…"`): durations, frequencies, counts,
// percentages, TLS versions and yes/no facts. The differ decides by it
// whether a change made security weaker or stronger, and the vendor
// comparison which value in a row is the strongest and which the weakest.
package order

import (
	"cmp"
	"reflect"
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/reflectx"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// Compare orders a against b, two values of the same field: 1 when a is
// the larger amount (longer, more, higher, true), -1 when smaller, 0 when
// equal. It reports false when either is not stated or has no amount to
// order, such as "a fixed period" or a frequency "on request".
func Compare(a, b reflect.Value) (int, bool) {
	if !a.IsValid() || !b.IsValid() || reflectx.IsZero(a) || reflectx.IsZero(b) || a.Type() != b.Type() {
		return 0, false
	}
	switch x := a.Interface().(type) {
	case whitepaper.Duration:
		y := b.Interface().(whitepaper.Duration)
		if (!x.Quantified() && x.Kind != whitepaper.Prompt) || (!y.Quantified() && y.Kind != whitepaper.Prompt) {
			return 0, false // "a fixed period" has no length to order
		}
		return x.Compare(y), true
	case whitepaper.Frequency:
		y := b.Interface().(whitepaper.Frequency)
		if x.Kind != whitepaper.Interval || y.Kind != whitepaper.Interval {
			return 0, false
		}
		return x.Every.Compare(y.Every), true
	case whitepaper.Count:
		y := b.Interface().(whitepaper.Count)
		if x.Unit != y.Unit {
			return 0, false // 7 generations and 10 schools are not more or fewer of one thing
		}
		return cmp.Compare(x.Value, y.Value), true
	case whitepaper.Percent:
		return x.Compare(b.Interface().(whitepaper.Percent)), true
	case whitepaper.TLSVersion:
		return strings.Compare(string(x), string(b.Interface().(whitepaper.TLSVersion))), true
	case *bool:
		return boolInt(*x) - boolInt(*b.Interface().(*bool)), true
	}
	return 0, false
}

// Stronger orders a against b for the customer, by the field's
// direction: 1 when a is better for the customer, -1 when worse, 0 when
// equal. It reports false when Compare does, or when the field has no
// direction.
func Stronger(a, b reflect.Value, better whitepaper.Better) (int, bool) {
	c, ok := Compare(a, b)
	if !ok {
		return 0, false
	}
	switch better {
	case whitepaper.Higher, whitepaper.True:
		return c, true
	case whitepaper.Lower, whitepaper.False:
		return -c, true
	}
	return 0, false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
