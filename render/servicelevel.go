package render

import "github.com/openwhitepaper/whitepaper/whitepaper"

// credit words one tier of service credits with its bound, as an SLA
// states it: "below 99.9%: 10% of the fee", "稼働率99.9%未満：月額料金の10%",
// never a bare "99.9% (10%)" that leaves out which side of the figure
// the credit is for.
func (b *builder) credit(c whitepaper.Credit) []span {
	out := b.plain(b.loc.Message("sla.credit", "below", b.loc.Percent(c.Below), "credit", b.loc.Percent(c.Credit)))
	if !c.Note.IsZero() {
		out = append(out, b.remark([]span{b.text(c.Note)})...)
	}
	return out
}
