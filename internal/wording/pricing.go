package wording

import (
	"reflect"
	"strings"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// Priced words the price terms of a fact, each as how it is offered, the
// option or package, its fee and its quota: "Paid option: Log option,
// 5,000 JPY". Terms that say the fact is included in the plan are left
// out; "" when no term is left.
func Priced(terms []whitepaper.PriceTerm, n *Names, loc *locale.Locale) string {
	var parts []string
	for _, t := range terms {
		if !t.Offer.Bought() {
			continue
		}
		var what []string
		if len(t.Plans) > 0 {
			what = append(what, Ref(reflect.ValueOf(t.Plans), whitepaper.RefPlan, n, loc))
		}
		if !t.Fee.IsZero() {
			what = append(what, loc.Money(t.Fee))
		}
		if !t.Quota.IsZero() {
			what = append(what, loc.Message("pricing.quota", "quota", loc.Frequency(t.Quota)))
		}
		s := Value(reflect.ValueOf(t.Offer), n, loc)
		if len(what) > 0 {
			s += loc.Message("summary.colon") + strings.Join(what, loc.Message("list.separator"))
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, loc.Message("pricing.separator"))
}
