package whitepaper

import (
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
	"sync"
)

// FormatVersion is the version of the document format this package reads
// and writes, stated in every document's "openwhitepaper" field. It changes
// only when a document valid under the old format could be rejected or
// read differently.
const FormatVersion = "1"

// Document is one edition of a vendor's security whitepaper, in one or more
// languages.
//
// The fields after Revisions are the sections, in the order of [Sections];
// each is nil when the whitepaper does not address that topic.
type Document struct {
	// Format is the document format version; it must be [FormatVersion].
	Format string `json:"openwhitepaper" whitepaper:"required"`
	// Languages lists the languages the document is written in, default first.
	Languages []language.Tag `json:"languages" whitepaper:"required"`
	// DefaultLanguage is the language to fall back to when a text lacks the
	// reader's language. It must be one of Languages.
	DefaultLanguage language.Tag `json:"defaultLanguage" whitepaper:"required"`

	// Title is the document's title, such as "Classi セキュリティホワイトペーパー".
	// It is empty when the published document has none (a web page
	// without a title of its own); pages then use the services' names.
	Title Text `json:"title,omitzero"`
	// Version is the document's version as the vendor numbers it, such as
	// "2.27"; empty for a document that is not versioned (dated only).
	Version string `json:"version,omitempty"`
	// Edition is the vendor's own name for the edition when it is not a
	// plain number, such as "第四版".
	Edition Text `json:"edition,omitzero"`
	// Date is the date of this version.
	Date Date `json:"date,omitzero"`
	// Vendor is the company that provides the services and publishes the document.
	Vendor Organization `json:"vendor" whitepaper:"required"`
	// Services are the services the document covers.
	Services []Service `json:"services" whitepaper:"required"`
	// Plans are the plans, editions or tiers of the services that items
	// of the document can be limited to.
	Plans []Plan `json:"plans,omitempty"`
	// Providers are the infrastructure (cloud or data-centre) providers the
	// services run on.
	Providers []Organization `json:"providers,omitempty"`
	// Outline is the vendor's own outline: its headings, their numbers and
	// order, and the sections each holds. Renderers and revision entries
	// number sections as the vendor does when it is there.
	Outline []OutlineEntry `json:"outline,omitempty"`
	// Extensions declares values the document adds to closed vocabularies.
	Extensions []Extension `json:"extensions,omitempty"`
	// Sources are where the original document is published.
	Sources []Reference `json:"sources,omitempty"`
	// Revisions is the revision history, oldest first.
	Revisions []Revision `json:"revisions,omitempty"`

	Purpose             *Purpose             `json:"purpose,omitempty"`
	Governance          *Governance          `json:"governance,omitempty"`
	Responsibilities    *Responsibilities    `json:"responsibilities,omitempty"`
	DataLocation        *DataLocation        `json:"dataLocation,omitempty"`
	Personnel           *Personnel           `json:"personnel,omitempty"`
	DataDeletion        *DataDeletion        `json:"dataDeletion,omitempty"`
	Labelling           *Labelling           `json:"labelling,omitempty"`
	UserRegistration    *UserRegistration    `json:"userRegistration,omitempty"`
	AccessRights        *AccessRights        `json:"accessRights,omitempty"`
	AdminAuthentication *AdminAuthentication `json:"adminAuthentication,omitempty"`
	Passwords           *Passwords           `json:"passwords,omitempty"`
	SecuritySettings    *SecuritySettings    `json:"securitySettings,omitempty"`
	OperatorAccess      *OperatorAccess      `json:"operatorAccess,omitempty"`
	Isolation           *Isolation           `json:"isolation,omitempty"`
	Cryptography        *Cryptography        `json:"cryptography,omitempty"`
	PhysicalSecurity    *PhysicalSecurity    `json:"physicalSecurity,omitempty"`
	PhysicalDisposal    *PhysicalDisposal    `json:"physicalDisposal,omitempty"`
	Manuals             *Manuals             `json:"manuals,omitempty"`
	ChangeManagement    *ChangeManagement    `json:"changeManagement,omitempty"`
	Capacity            *Capacity            `json:"capacity,omitempty"`
	Backup              *Backup              `json:"backup,omitempty"`
	Logging             *Logging             `json:"logging,omitempty"`
	ClockSync           *ClockSync           `json:"clockSync,omitempty"`
	Monitoring          *Monitoring          `json:"monitoring,omitempty"`
	Vulnerabilities     *Vulnerabilities     `json:"vulnerabilities,omitempty"`
	NetworkSecurity     *NetworkSecurity     `json:"networkSecurity,omitempty"`
	SecureDevelopment   *SecureDevelopment   `json:"secureDevelopment,omitempty"`
	Subprocessors       *Subprocessors       `json:"subprocessors,omitempty"`
	IncidentResponse    *IncidentResponse    `json:"incidentResponse,omitempty"`
	ApplicableLaw       *ApplicableLaw       `json:"applicableLaw,omitempty"`
	Certifications      *Certifications      `json:"certifications,omitempty"`
	DataUse             *DataUse             `json:"dataUse,omitempty"`
	Privacy             *Privacy             `json:"privacy,omitempty"`
	Availability        *Availability        `json:"availability,omitempty"`
	Support             *Support             `json:"support,omitempty"`
	Contract            *Contract            `json:"contract,omitempty"`
	LinkedServices      *LinkedServices      `json:"linkedServices,omitempty"`
	OtherSafeguards     *OtherSafeguards     `json:"otherSafeguards,omitempty"`
	Adoption            *Adoption            `json:"adoption,omitempty"`
	Contact             *Contact             `json:"contact,omitempty"`

	// Custom holds sections that no standard section fits.
	Custom []CustomSection `json:"custom,omitempty"`

	src *source // where the document was decoded from, for diagnostics
}

// source remembers the decoded tree so that diagnostics found later can
// name the line and column of a JSON Pointer.
type source struct {
	filename string
	format   Format
	header   string // leading comment lines of a YAML file
	maxBytes int64  // the limits it was loaded with
	maxNodes int
	cut      Diagnostic // the warning of an input that looks cut off

	// The node tree is kept only when the file has comments, which fmt
	// writes back; otherwise it is dropped after decoding, which keeps a
	// loaded document several times smaller, and parsed again from data
	// the first time a position is asked for.
	once  sync.Once
	root  *yaml.Node
	data  []byte
	plain bool // the source has neither comments nor aliases
}

// tree returns the node tree of the source, parsing it again if it was
// dropped.
func (s *source) tree() *yaml.Node {
	s.once.Do(func() {
		if s.root != nil || s.data == nil {
			return
		}
		if s.format == FormatJSON {
			s.root, _ = parseJSON(s.data, s.maxNodes)
		} else {
			s.root, _ = parseYAML(s.data)
		}
		s.data = nil
	})
	return s.root
}

// Organization is a company: the vendor, an infrastructure provider.
type Organization struct {
	// ID names the organisation inside the document, for example in a
	// certification's Holder; lower-case letters, digits and hyphens.
	ID string `json:"id" whitepaper:"key,required"`
	// Name is the organisation's name in each language.
	Name Text `json:"name" whitepaper:"required"`
	// URL is its web site.
	URL URL `json:"url,omitempty"`
	// Country is where it is incorporated.
	Country Country `json:"country,omitempty"`
	// Address is its postal address.
	Address Text `json:"address,omitzero"`
	// Founded is when it was founded.
	Founded Date `json:"founded,omitzero"`
	// Capital is its share capital.
	Capital Money `json:"capital,omitzero"`
	// Employees is how many people it employs, such as "about 300 employees".
	Employees Count `json:"employees,omitzero" whitepaper:"unit=employees|people"`
	// Representative names its representative director or chief executive.
	Representative Text `json:"representative,omitzero"`
	// Officers lists its officers.
	Officers []Officer `json:"officers,omitempty"`
	// Offices lists its offices.
	Offices []Office `json:"offices,omitempty"`
	// Business describes what it does.
	Business Text `json:"business,omitzero"`
}

// Officer is a company officer.
type Officer struct {
	// Title is the officer's position, such as "代表取締役".
	Title Text `json:"title" whitepaper:"required"`
	// Name is the officer's name.
	Name Text `json:"name" whitepaper:"required"`
}

// Office is one of a company's offices.
type Office struct {
	// Name is the office's name, such as "本社".
	Name Text `json:"name" whitepaper:"required"`
	// Address is its postal address.
	Address Text `json:"address,omitzero"`
	// Country is the country it is in.
	Country Country `json:"country,omitempty"`
}

// Service is a product the document covers.
type Service struct {
	// ID names the service inside the document; lower-case letters, digits
	// and hyphens.
	ID string `json:"id" whitepaper:"key,required"`
	// Name is the service's name in each language.
	Name Text `json:"name" whitepaper:"required"`
	// URL is the service's web site.
	URL URL `json:"url,omitempty"`
	// Description says what the service does.
	Description Text `json:"description,omitzero"`
}

// Reference is a link or a footnote: a manual, a registry entry, a policy,
// a disclaimer. It has a URL, a note, or both.
type Reference struct {
	// ID names a source document, for the outline's headings to say which
	// source they come from (see [OutlineEntry.Source]); lower-case
	// letters, digits and hyphens. Other references leave it out.
	ID string `json:"id,omitempty"`
	// Kind says what the reference is; the default is a plain link.
	Kind ReferenceKind `json:"kind,omitempty"`
	// Label is the link text or the title of what is referred to.
	Label Text `json:"label,omitzero"`
	// URL is where it is. It may be missing when the published document
	// names a link without giving its address.
	URL URL `json:"url,omitempty"`
	// Note is the text of a footnote or disclaimer, or a remark on the link.
	Note Text `json:"note,omitzero"`
	// Edition is the edition of the document referred to, such as "第8版".
	Edition string `json:"edition,omitempty"`
	// Date is the date of the document referred to.
	Date Date `json:"date,omitzero"`
}

// Notes holds what a section says that no typed field captures: prose and
// references. Every section embeds it, so nothing a whitepaper says is lost.
type Notes struct {
	// Title is the vendor's own heading for the section, when it differs
	// from the standard one.
	Title Text `json:"title,omitzero"`
	// Notes are paragraphs of prose.
	Notes []Text `json:"notes,omitempty"`
	// References are links, manuals, footnotes and disclaimers.
	References []Reference `json:"references,omitempty"`
	// Qualified hedges fields of the section, such as "in principle" on a
	// yes/no fact.
	Qualified []FieldQualifier `json:"qualified,omitempty"`
	// Layout gives the vendor's order of what the section says, where it
	// is not its prose first, then its facts, then its references:
	// "notes/0" for a paragraph, a field's name for its facts ("sets").
	// What it does not name follows in the usual order.
	Layout []string `json:"layout,omitempty" whitepaper:"set"`
	// Worded lists the fields whose facts the section's prose already
	// states in the vendor's words: a page shows the prose and not a
	// second statement of the same facts, which stay typed for the differ,
	// the checks and comparisons.
	Worded []string `json:"worded,omitempty" whitepaper:"set"`
	// Promised holds the section's typed promises on topics that no
	// dedicated field holds.
	Promised
	// Priced holds how the section's facts depend on what the customer
	// buys (see pricing.go).
	Priced
}

// SectionNotes returns the notes, so that every section satisfies [Section].
func (n *Notes) SectionNotes() *Notes { return n }

// CustomSection is a section that no standard section fits.
type CustomSection struct {
	// ID names the section; lower-case letters, digits and hyphens.
	ID string `json:"id" whitepaper:"key,required"`
	// After places the section after a standard section; empty places it last.
	After SectionID `json:"after,omitempty"`
	Notes
}

// Revision is one entry of the revision history.
type Revision struct {
	// Version is the version the entry describes, such as "2.27"; empty
	// for an unversioned document.
	Version string `json:"version,omitempty" whitepaper:"key"`
	// Date is the date of that version.
	Date Date `json:"date" whitepaper:"key,required"`
	// Changes describe what changed, one item per change.
	Changes []Change `json:"changes" whitepaper:"required"`
	// Sections lists the sections the changes touched, when the entry says
	// so for all its changes together.
	Sections []SectionID `json:"sections,omitempty" whitepaper:"set,ref=section"`
}

// SourceFormat returns the format the document was loaded from, or
// [FormatYAML] for a document built in Go.
func (doc *Document) SourceFormat() Format {
	if doc.src == nil || doc.src.format == FormatAuto {
		return FormatYAML
	}
	return doc.src.format
}
