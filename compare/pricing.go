package compare

import (
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/wording"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// price hedges a cell whose fact its section offers only as a paid
// option, in a package or for a fee: each item says so, the cell depends
// on what the customer buys (like a fact of some plans), and it ranks
// against nothing.
func price(c *Cell, notes *whitepaper.Notes, rel string, n *wording.Names, loc *locale.Locale) {
	if notes == nil || c.State == NotStated {
		return
	}
	var terms []whitepaper.PriceTerm
	for _, t := range notes.Pricing {
		if t.Field == rel || strings.HasPrefix(rel, t.Field+"/") {
			terms = append(terms, t)
		}
	}
	words := wording.Priced(terms, n, loc)
	if words == "" {
		return
	}
	for i := range c.Items {
		c.Items[i] = loc.Message("compare.hedged", "value", c.Items[i], "hedges", words)
	}
	c.State = PlanDependent
	c.Plans = append(c.Plans, words)
	c.cmp = nil
}
