package render

import (
	"reflect"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// This file words the data and privacy facts of round two as sentences a
// vendor writes: whose data is held and which items, how the vendor
// answers to governments, to whom an incident is notified, which facts
// are paid options, and statements of compliance that are not
// certifications.

// special lays out the fields that read better as sentences than as the
// generic table of their records; ok is false for any other field.
func (b *builder) special(t reflect.Type, name string, v reflect.Value) ([]block, bool) {
	switch x := v.Interface().(type) {
	case *whitepaper.DataInventory:
		return b.inventory(b.label(t, name), x), true
	case []whitepaper.TransparencyReport:
		return b.transparency(b.label(t, name), x), true
	case []whitepaper.Attestation:
		return b.attestations(b.label(t, name), x), true
	case []whitepaper.Notification:
		return b.notices(b.label(t, name), x), true
	}
	return nil, false
}

// inventory lays out the personal data held: one row per kind of person,
// naming the items held with their hedges, then those not collected:
// "Pupils: Name (optional; Importance class III), Learning records. Not
// collected: Location data."
func (b *builder) inventory(title string, inv *whitepaper.DataInventory) []block {
	rows := make([]row, 0, len(inv.Subjects))
	for _, s := range inv.Subjects {
		label := locale.Enum(b.loc, s.Role)
		if !s.Name.IsZero() {
			label = spansText([]span{b.text(s.Name)})
		}
		var held, not [][]span
		for _, it := range s.Items {
			item := b.value("category", reflect.ValueOf(it.Category))
			if !it.Name.IsZero() {
				item = []span{b.text(it.Name)}
			}
			var hedges [][]span
			if it.Optional != nil {
				hedges = append(hedges, b.plain(b.loc.Message(map[bool]string{true: "inventory.optional", false: "inventory.required"}[*it.Optional])))
			}
			for _, c := range it.Classes {
				hedges = append(hedges, b.plain(b.loc.Message("inventory.class", "scheme", locale.Enum(b.loc, c.Scheme), "level", c.Level)))
			}
			hedges = append(hedges, b.scope(it.Applicability)...)
			if !it.Note.IsZero() {
				hedges = append(hedges, []span{b.text(it.Note)})
			}
			if len(hedges) > 0 {
				item = append(item, b.remark(b.joinGroups(hedges))...)
			}
			if it.Collected != nil && !*it.Collected {
				not = append(not, item)
			} else {
				held = append(held, item)
			}
		}
		var sentences [][]span
		if len(held) > 0 {
			sentences = append(sentences, b.wrap("inventory.held", "items", b.joinGroups(held)))
		}
		if len(not) > 0 {
			sentences = append(sentences, b.wrap("inventory.notCollected", "items", b.joinGroups(not)))
		}
		value := b.sentences(sentences)
		r := row{Label: label, Value: value}
		if sc := b.scope(s.Applicability); len(sc) > 0 {
			r.Value = append(r.Value, b.remark(b.joinGroups(sc))...)
		}
		if !s.Note.IsZero() {
			r.Sub = append(r.Sub, row{Value: []span{b.text(s.Note)}})
		}
		rows = append(rows, r)
	}
	blocks := []block{{Title: title, Rows: rows}}
	if !inv.Note.IsZero() {
		blocks = append(blocks, block{Para: []span{b.text(inv.Note)}})
	}
	return blocks
}

// transparency lays out each transparency report: what it is, how often
// it is published, and a table of its counts per period.
func (b *builder) transparency(title string, reports []whitepaper.TransparencyReport) []block {
	var blocks []block
	for _, r := range reports {
		name := b.plain(title)
		if !r.Name.IsZero() {
			name = []span{b.text(r.Name)}
		}
		var about [][]span
		if !r.Frequency.IsZero() {
			about = append(about, b.plain(b.loc.Message("transparency.published", "f", b.loc.Frequency(r.Frequency))))
		}
		about = append(about, b.scope(r.Applicability)...)
		para := name
		if len(about) > 0 {
			para = append(para, b.remark(b.joinGroups(about))...)
		}
		if r.URL != "" {
			para = append(append(para, span{Text: b.loc.Message("summary.colon")}), urlSpan(string(r.URL)))
		}
		blocks = append(blocks, block{Para: para})
		if len(r.Counts) > 0 {
			ct := reflect.TypeFor[whitepaper.RequestCount]()
			t := &table{Head: []string{b.loc.Message("transparency.period"), b.label(ct, "requester"), b.label(ct, "requests"), b.label(ct, "accounts"), b.label(ct, "disclosed")}}
			for _, c := range r.Counts {
				period := b.plain(b.loc.Message("transparency.range", "from", b.loc.Date(c.From), "to", b.loc.Date(c.To)))
				t.Rows = append(t.Rows, [][]span{period, b.value("requester", reflect.ValueOf(c.Requester)),
					b.value("requests", reflect.ValueOf(c.Requests)), b.value("accounts", reflect.ValueOf(c.Accounts)), b.value("disclosed", reflect.ValueOf(c.Disclosed))})
				t.Facts = append(t.Facts, make([]string, 5))
			}
			blocks = append(blocks, block{Title: b.label(reflect.TypeFor[whitepaper.TransparencyReport](), "counts"), Table: t})
		}
		if !r.Note.IsZero() {
			blocks = append(blocks, block{Para: []span{b.text(r.Note)}})
		}
	}
	return blocks
}

// notices lays out the further notices of an incident, one sentence per
// recipient: "Supervisory authority: within 72 hours of detection".
func (b *builder) notices(title string, ns []whitepaper.Notification) []block {
	rows := make([]row, 0, len(ns))
	nt := reflect.TypeFor[whitepaper.Notification]()
	for i := range ns {
		n := &ns[i]
		r := row{Label: locale.Enum(b.loc, n.Recipient)}
		if !n.Deadline.IsZero() {
			r.Value = b.deadline(n)
		} else {
			r.Value = b.plain(b.loc.Message("summary.noDeadline"))
		}
		if !n.Scope.IsZero() {
			r.Sub = append(r.Sub, row{Label: b.label(nt, "scope"), Value: []span{b.text(n.Scope)}})
		}
		if len(n.Channels) > 0 {
			r.Sub = append(r.Sub, row{Label: b.label(nt, "channels"), Value: b.value("channels", reflect.ValueOf(n.Channels))})
		}
		if len(n.Contents) > 0 {
			r.Sub = append(r.Sub, row{Label: b.label(nt, "contents"), Value: b.value("contents", reflect.ValueOf(n.Contents))})
		}
		if !n.Note.IsZero() {
			r.Sub = append(r.Sub, row{Value: []span{b.text(n.Note)}})
		}
		rows = append(rows, r)
	}
	return []block{{Title: title, Rows: rows}}
}

// attestations lays out statements of compliance that are not
// certifications, each saying whose it is and what sort of statement:
// "Amazon Web Services: ITAR, FIPS 140-2, FISMA (the holder's own
// statement)".
func (b *builder) attestations(title string, as []whitepaper.Attestation) []block {
	rows := make([]row, 0, len(as))
	for _, a := range as {
		label := a.Subject
		if t, ok := b.orgs[a.Subject]; ok {
			label = spansText([]span{b.text(t)})
		}
		var what []span
		switch {
		case !a.Name.IsZero():
			what = []span{b.text(a.Name)}
		case a.Standard != "":
			what = b.value("standard", reflect.ValueOf(a.Standard))
		default:
			what = b.value("regulation", reflect.ValueOf(a.Regulation))
		}
		if a.Level != "" {
			what = append(what, span{Text: b.loc.Message("list.separator")}, span{Text: a.Level})
		}
		groups := [][]span{b.value("kind", reflect.ValueOf(a.Kind))}
		if !a.By.IsZero() {
			groups = append(groups, b.wrap("attestation.by", "by", []span{b.text(a.By)}))
		}
		if !a.Date.IsZero() {
			groups = append(groups, b.plain(b.loc.Date(a.Date)))
		}
		groups = append(groups, b.scope(a.Applicability)...)
		r := row{Label: label, Value: append(what, b.remark(b.joinGroups(groups))...)}
		if a.URL != "" {
			r.Value = append(append(r.Value, span{Text: b.loc.Message("summary.colon")}), urlSpan(string(a.URL)))
		}
		if !a.Note.IsZero() {
			r.Sub = append(r.Sub, row{Value: []span{b.text(a.Note)}})
		}
		rows = append(rows, r)
	}
	return []block{{Title: title, Rows: rows}}
}

// priced words the price terms a section states for one of its fields,
// each in parentheses: "(Paid option: Log option, JPY 5,000)". A term
// that says the fact is included in the plan is worded too, as the
// document states it.
func (b *builder) priced(n *whitepaper.Notes, field string) []span {
	if n == nil {
		return nil
	}
	var out []span
	for _, t := range n.Pricing {
		if t.Field != field {
			continue
		}
		term := b.plain(locale.Enum(b.loc, t.Offer))
		var what [][]span
		if len(t.Plans) > 0 {
			what = append(what, b.value("plans", reflect.ValueOf(t.Plans)))
		}
		if !t.Fee.IsZero() {
			what = append(what, b.plain(b.loc.Money(t.Fee)))
		}
		if !t.Quota.IsZero() {
			what = append(what, b.plain(b.loc.Message("pricing.quota", "quota", b.loc.Frequency(t.Quota))))
		}
		if len(what) > 0 {
			term = append(append(term, span{Text: b.loc.Message("summary.colon")}), b.joinGroups(what)...)
		}
		if !t.Note.IsZero() {
			term = append(append(term, span{Text: b.loc.Message("list.separator")}), b.text(t.Note))
		}
		out = append(out, b.remark(term)...)
	}
	return out
}
