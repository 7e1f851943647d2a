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
// Each section type has a stable [SectionID] and the ISO/IEC 27017 controls
// it answers; [Sections] lists them in the order a rendered whitepaper uses.
// Lists whose items have an identity declare their key fields with the
// struct tag `whitepaper:"key"`; a duplicate key is a validation error.
package whitepaper
