package whitepaper

import (
	"reflect"
	"strconv"
	"strings"
)

// Priced holds how a section's facts depend on what the customer buys.
// [Notes] embeds it, so every section can say that one of its facts holds
// only as a paid option, in a package, or within a quota, like Qualified
// says it holds only in principle.
type Priced struct {
	// Pricing lists the section's facts that depend on what the customer
	// buys: a paid option, an optional package, a fee, a quota.
	Pricing []PriceTerm `json:"pricing,omitempty"`
}

// PriceTerm says how one fact of a section depends on what the customer
// buys: "log export is a paid option", "restores of data the customer
// deleted by mistake, up to 3 times a month". A fact with a price term
// other than "included" holds only for customers who buy it, so checks
// answer it as depending on the plan, never as a plain yes. On a yes/no
// fact stated as not done, a price term says the customer can buy it
// ("backups are not restored on request, except in the protection
// pack"), so that too depends on the plan, not a plain no.
type PriceTerm struct {
	// Field is the field of the section the term applies to, such as
	// "restoreOnRequest", or a path to a field of a record in it, such as
	// "lawEnforcement/notifyCustomer".
	Field string `json:"field" whitepaper:"key,required"`
	// Offer is how the customer gets it.
	Offer OfferKind `json:"offer" whitepaper:"key,required"`
	// Plans lists the plans that are the option or the package (IDs in
	// [Document.Plans], usually of kind option or package); empty when
	// the document does not name one.
	Plans []string `json:"plans,omitempty" whitepaper:"key,set,ref=plan"`
	// Fee is the price as the document states it, such as "5000 JPY".
	Fee Money `json:"fee,omitzero"`
	// Quota is how often the customer may use it within the price, such
	// as monthly for "once a month".
	Quota Frequency `json:"quota,omitzero" whitepaper:"better=lower,rule=price-term-quota"`
	// Note words the term as the document does.
	Note Text `json:"note,omitzero"`
}

// OfferKind is how a customer gets a fact of a section: in every plan, or
// only by buying something.
type OfferKind string

// The values of OfferKind.
const (
	// OfferIncluded is included in the price of the plan, with no further fee.
	OfferIncluded OfferKind = "included"
	// OfferPaidOption is a paid option bought on top of a plan.
	OfferPaidOption OfferKind = "paid-option"
	// OfferPackage is part of an optional package of several features.
	OfferPackage OfferKind = "package"
	// OfferFee is provided on request for a fee each time.
	OfferFee OfferKind = "fee"
)

var offerKindValues = []OfferKind{OfferIncluded, OfferPaidOption, OfferPackage, OfferFee}

// Values lists every OfferKind, in a stable order.
func (OfferKind) Values() []OfferKind { return offerKindValues }

// UnmarshalText parses an OfferKind.
func (x *OfferKind) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "offer", offerKindValues)
}

func (x OfferKind) check() error { return checkEnum(x, "offer", offerKindValues) }

// Bought reports whether the offer holds only for customers who buy
// something beyond their plan: every offer but "included".
func (x OfferKind) Bought() bool { return x != "" && x != OfferIncluded }

// PricingOf returns the price terms a section states for one of its
// fields, named as in [PriceTerm.Field].
func PricingOf(s Section, field string) []PriceTerm {
	if s == nil || reflect.ValueOf(s).IsNil() {
		return nil
	}
	var out []PriceTerm
	for _, t := range s.SectionNotes().Pricing {
		if t.Field == field {
			out = append(out, t)
		}
	}
	return out
}

// pricing checks that every price term of the section of type t, at
// path p, names a field of that section.
func (v *validator) pricing(p *path, t reflect.Type, name string, terms []PriceTerm) {
	for i, term := range terms {
		if !fieldPath(t, term.Field) {
			v.errorf(p.field("pricing").at(i).field("field"), "unknown-reference", "%q is not a field of %s (name a field, or a path such as lawEnforcement/notifyCustomer)", term.Field, name)
		}
	}
}

// PricingAt returns the price terms that hold for the fact at a JSON
// Pointer, such as /logging/logs/0/retention: the terms of its section
// that name the field, or a field or list that holds it ("logs"). It
// returns nil for a pointer outside a section and for a document without
// such terms.
func (doc *Document) PricingAt(pointer string) []PriceTerm {
	if doc == nil {
		return nil
	}
	segs := splitPointer(pointer)
	if len(segs) < 2 {
		return nil
	}
	var s Section
	rest := segs[1:]
	if segs[0] == "custom" {
		i, err := strconv.Atoi(segs[1])
		if err != nil || i < 0 || i >= len(doc.Custom) || len(segs) < 3 {
			return nil
		}
		s, rest = &doc.Custom[i], segs[2:]
	} else {
		for _, info := range sections {
			if info.Field == segs[0] {
				s = doc.Section(info.ID)
			}
		}
	}
	if s == nil || reflect.ValueOf(s).IsNil() {
		return nil
	}
	var names []string
	for _, r := range rest {
		if _, err := strconv.Atoi(r); err != nil {
			names = append(names, r)
		}
	}
	path := strings.Join(names, "/")
	var out []PriceTerm
	for _, t := range s.SectionNotes().Pricing {
		if t.Field == path || strings.HasPrefix(path, t.Field+"/") {
			out = append(out, t)
		}
	}
	return out
}
