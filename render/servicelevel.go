package render

import (
	"reflect"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

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

// slaHedge is the remark after a service level's target in the key facts:
// its firmness when it is less than a guarantee ("99.5% (Target)", an
// objective that is not guaranteed), then its plans and services, so
// that the key facts never state an objective as a guarantee.
func (b *builder) slaHedge(s whitepaper.SLA) []span {
	var groups [][]span
	if s.Commitment != "" && s.Commitment != whitepaper.Guaranteed {
		groups = append(groups, b.plain(locale.Enum(b.loc, s.Commitment)))
	}
	groups = append(groups, b.scope(s.Applicability)...)
	if len(groups) == 0 {
		return nil
	}
	return b.remark(b.joinGroups(groups))
}

// ordered words a list whose order is itself a fact, an order of
// precedence, with the locale's mark between its members: "Separately
// signed agreement, then Data processing agreement, then Terms of
// service", 「別途締結した契約書 ＞ データ処理契約（DPA） ＞ 利用規約」, so that
// the page says which prevails, not only which documents there are.
func (b *builder) ordered(t reflect.Type, name string, v reflect.Value, notes *whitepaper.Notes) row {
	groups := make([][]span, 0, v.Len())
	for i := range v.Len() {
		groups = append(groups, b.value(name, v.Index(i)))
	}
	value := joinWith(groups, b.loc.Message("list.precedes"))
	return row{Label: b.label(t, name), Value: append(value, b.qualified(notes, name)...)}
}
