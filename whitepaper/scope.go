package whitepaper

// Applicability is what rule-like items share: which plans and services
// they hold for, a qualifier, and an ID that tells apart items whose other
// identity fields are alike. Items embed it, so in YAML and JSON its fields
// sit beside the item's own:
//
//	sets:
//	  - {data: database, type: full, frequency: weekly, plans: [enterprise]}
//	  - {data: database, type: transaction-log, frequency: every 5-10 minutes}
//
// ID, Plans and Services are part of the item's identity: two backup sets
// of the same data for different plans are different items, and the
// differ matches them as such. Two items with the same identity are an
// error, never a guess.
type Applicability struct {
	// ID tells apart items that share the rest of their identity, such as
	// two access logs ("load-balancer", "database"); lower-case letters,
	// digits and hyphens.
	ID string `json:"id,omitempty" whitepaper:"key"`
	// Plans limits the item to some plans (IDs in [Document.Plans]); empty
	// when it holds for every plan.
	Plans []string `json:"plans,omitempty" whitepaper:"key,set,ref=plan"`
	// Services limits the item to some services (IDs in
	// [Document.Services]); empty when it holds for every service.
	Services []string `json:"services,omitempty" whitepaper:"key,set,ref=service"`
	// Qualifier hedges the item, such as "in principle" or "on request".
	Qualifier Qualifier `json:"qualifier,omitempty"`
}

// Scoped reports whether the item holds only for some plans or services.
func (a Applicability) Scoped() bool { return len(a.Plans) > 0 || len(a.Services) > 0 }

// Plan is a plan, edition or tier of the services, which items can be
// limited to.
type Plan struct {
	// ID names the plan inside the document; lower-case letters, digits
	// and hyphens.
	ID string `json:"id" whitepaper:"key,required"`
	// Name is the plan's name in each language, such as "プレミアムプラン".
	Name Text `json:"name" whitepaper:"required"`
	// Kind says what sort of plan it is.
	Kind PlanKind `json:"kind,omitempty"`
	// Services lists the services the plan belongs to (IDs in
	// [Document.Services]); empty when it is offered for all.
	Services []string `json:"services,omitempty" whitepaper:"set,ref=service"`
	// Fee is the plan's price as the document states it, such as the
	// monthly fee of a paid option.
	Fee Money `json:"fee,omitzero"`
}

// FieldQualifier hedges one yes/no or value field of a section, such as
// "in principle, backups are not restored on request" (原則として、…).
type FieldQualifier struct {
	// Field is the field's name in the section, such as
	// "restoreOnRequest", or a path to a field of a record in it, such as
	// "lawEnforcement/notifyCustomer".
	Field string `json:"field" whitepaper:"key,required"`
	// Qualifier is how the statement is hedged.
	Qualifier Qualifier `json:"qualifier" whitepaper:"required"`
	// Note words the exception as the document does.
	Note Text `json:"note,omitzero"`
}

// Extension declares a value that a document adds to one of the model's
// closed vocabularies, such as "x-bug-bounty" for the vocabulary
// "measure". Values of the built-in vocabularies stay strict: a value
// that is neither built in nor declared here is an error.
type Extension struct {
	// Vocabulary is the name of the vocabulary, such as "standard" or
	// "measure-kind"; see [Vocabularies].
	Vocabulary string `json:"vocabulary" whitepaper:"key,required"`
	// Value is the value, "x-" followed by lower-case letters, digits and
	// hyphens.
	Value string `json:"value" whitepaper:"key,required"`
	// Label is the value's name in each language.
	Label Text `json:"label" whitepaper:"required"`
	// Description says what the value means.
	Description Text `json:"description,omitzero"`
	// Above ranks the value just above a built-in value of a vocabulary
	// whose values have an order, such as "1.3" for a TLS version
	// "x-tls-1-4": comparisons rank it above that value and every value
	// below it, and against no other. Empty when it has no rank, which
	// leaves it incomparable with every built-in value.
	Above string `json:"above,omitempty"`
	// Below ranks the value just below a built-in value, such as "1.0"
	// for a TLS version "x-ssl3".
	Below string `json:"below,omitempty"`
}

// OutlineEntry is one heading of the vendor's own outline: its number,
// its title and the sections of the model it holds. A vendor heading may
// hold several model sections, and several vendor headings may share one.
//
// An outline can hold several source documents that each number their
// headings from 1: a heading with a source (the id of one of
// [Document.Sources]) starts that document's headings, and numbers need
// only be unique within one source. An entry without a title is a lead
// paragraph before the vendor's first heading: it holds parts, such as
// "/purpose/notes/0", and has no number.
type OutlineEntry struct {
	// Number is the vendor's number for the heading, such as "11" or
	// "3.2"; empty when the vendor does not number it.
	Number string `json:"number,omitempty"`
	// Title is the vendor's heading; empty for an untitled lead paragraph.
	Title Text `json:"title,omitzero"`
	// Source is the id of the source document ([Reference.ID] in
	// [Document.Sources]) the heading and the headings under it come
	// from, when the outline holds several documents that each number
	// from 1; empty for the document's own or the source above it.
	Source string `json:"source,omitempty" whitepaper:"ref=source"`
	// Sections lists the sections, standard or custom, the heading holds,
	// in the vendor's order.
	Sections []SectionID `json:"sections,omitempty" whitepaper:"set,ref=section"`
	// Fields lists parts of sections the heading holds, as JSON Pointers
	// to a section's field, such as "/dataDeletion/accessAfter": where
	// the vendor gives a topic of one section a heading of its own (卒業・
	// 転校時の取り扱い), or to a paragraph of a section's notes, such as
	// "/purpose/notes/0", where a heading leads to one paragraph. They are
	// shown under this heading, not under their section's. A pointer may
	// pick some items of a list by a field of theirs,
	// "/dataDeletion/accessAfter/*[trigger=graduation]": those items are
	// shown here and the others stay with their section (see [ParsePart]).
	Fields []string `json:"fields,omitempty" whitepaper:"set"`
	// Entries are the headings under this one.
	Entries []OutlineEntry `json:"entries,omitempty"`
}

// Change is one change a revision entry records.
type Change struct {
	// Text is the change as the vendor words it.
	Text Text `json:"text" whitepaper:"required"`
	// Sections lists the sections the change touched.
	Sections []SectionID `json:"sections,omitempty" whitepaper:"set,ref=section"`
	// Controls lists the ISO/IEC 27017 controls the entry names, such as "12.3.1".
	Controls []string `json:"controls,omitempty" whitepaper:"set"`
}
