// Package whitepaper models a SaaS vendor's security whitepaper as typed,
// versioned data: who is responsible for what, where data is stored, how it
// is encrypted, backed up and logged, which subprocessors receive which data,
// which certifications are held, how fast incidents are reported, and what
// happens to data after the contract ends.
//
// A [Document] is read from YAML or JSON with [Load], [LoadFile] or
// [Parse]. Decoding is strict: unknown fields, duplicate keys, wrong types
// and malformed values are reported together as [Diagnostics], each with
// the file, line and column it refers to. [Document.Validate] then checks
// the rules that span fields (required facts, keyed lists without
// duplicates, revision history consistent with the document version,
// localized text present in every declared language). [Document.EncodeYAML]
// and [Document.EncodeJSON] write the canonical form: the same document
// always gives the same bytes.
//
// Facts are typed wherever a whitepaper states one: a [Duration] such as
// "within 72 hours", a [Count] such as "7 generations", a partial [Date], a
// [Country], a [URL]. Prose is [Text], a string per BCP 47 language, so one
// document can carry a Japanese and an English edition. A yes/no fact is a
// *bool, so that "stated as provided" (true), "stated as explicitly not
// provided" (false) and "not stated" (nil) stay apart.
//
// Beyond yes/no, any fact can be stated as not done: an item with
// provided: false, a protection method "none", a certification "not-held".
// Rule-like items embed [Applicability]: the plans and services they hold
// for and an ID, which are part of their identity, and a [Qualifier] such
// as "in principle"; a section's qualified list hedges one of its fields.
// Any list of a closed vocabulary may end with [Etc], and a document may
// declare [Extension] values of its own for any vocabulary.
//
// Each section type has a stable [SectionID] and the ISO/IEC 27017 controls
// it answers; [Sections] lists them in ISO/IEC 27017 order, and
// [Document.Headings] lays a document out by the vendor's own outline when
// it states one. What the packages that walk the model need to know of a
// field (its identity key, whether a list is a set, what its IDs refer to,
// whether a larger value is better for the customer) is declared once in
// its `whitepaper:"…"` struct tag and read through [Fields]; a duplicate
// key is a validation error, never a guess.
package whitepaper
