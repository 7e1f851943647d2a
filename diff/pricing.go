package diff

import (
	"reflect"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// includedTerm reports whether v is a price term that says its fact is
// included in the plan: stating or dropping it changes for whom the fact
// holds no more than saying nothing, so it has no direction.
func includedTerm(v reflect.Value) bool {
	t, ok := reflect.Indirect(v).Interface().(whitepaper.PriceTerm)
	return ok && !t.Offer.Bought()
}
