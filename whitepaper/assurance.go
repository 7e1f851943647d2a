package whitepaper

// ApplicableLaw covers which law governs the contract and the data
// (ISO/IEC 27017 18.1.1).
type ApplicableLaw struct {
	// Laws lists the governing laws, one per scope and country.
	Laws []Law `json:"laws,omitempty"`
	// Jurisdiction is where disputes go and which authority supervises.
	Jurisdiction
	Notes
}

// Law is the law of one country applying to one thing.
type Law struct {
	// Scope is what the law applies to.
	Scope LawScope `json:"scope" whitepaper:"key,required"`
	// Country is whose law.
	Country Country `json:"country" whitepaper:"key,required"`
	// Note words the statement as the document does.
	Note Text `json:"note,omitzero"`
}

// Certifications covers certifications and independent audits (ISO/IEC
// 27017 18.2.1).
type Certifications struct {
	// Certifications lists them.
	Certifications []Certification `json:"certifications,omitempty"`
	// Audits lists regular audits.
	Audits []Audit `json:"audits,omitempty"`
	// AlignedWith lists standards the vendor's policies follow without a
	// certification to show for it.
	AlignedWith []Standard `json:"alignedWith,omitempty" whitepaper:"set,more=better"`
	// Attestations lists statements of compliance that are not
	// certifications: a provider's own statement, its SOC reports, a
	// self-assessment, a third party's reference, a facility rating.
	Attestations []Attestation `json:"attestations,omitempty"`
	Notes
}

// Certification is a certification or attestation held by the vendor or
// one of its providers.
type Certification struct {
	// Standard is the scheme.
	Standard Standard `json:"standard" whitepaper:"key,required"`
	// Holder is the ID of who holds it: the vendor or a provider.
	Holder string `json:"holder" whitepaper:"key,required,ref=organization"`
	// Name is the certification's name as the document words it, such as
	// "ISMS クラウドセキュリティ認証".
	Name Text `json:"name,omitzero"`
	// Scheme names the conformity assessment scheme, such as
	// "ISMS 適合性評価制度".
	Scheme Text `json:"scheme,omitzero"`
	// Status is where the certification stands; empty means certified,
	// "not-held" states it is not held.
	Status CertificationStatus `json:"status,omitempty"`
	// Type is the kind of report or attestation, such as SOC 2 Type 2.
	Type AttestationType `json:"type,omitempty"`
	// AssessedBy is who assessed: a third party, or the vendor itself
	// (a self-assessment).
	AssessedBy Performer `json:"assessedBy,omitempty"`
	// AuditPeriod is the period an attestation covers.
	AuditPeriod *Period `json:"auditPeriod,omitempty"`
	// Edition is the edition of the standard, such as "2013".
	Edition string `json:"edition,omitempty"`
	// Scope is the registered scope.
	Scope Text `json:"scope,omitzero"`
	// RegistrationNumber is the certificate's number.
	RegistrationNumber string `json:"registrationNumber,omitempty"`
	// Issued is when it was first obtained.
	Issued Date `json:"issued,omitzero"`
	// Expires is when it runs out.
	Expires Date `json:"expires,omitzero"`
	// Accreditation names the accreditation body, such as "ISMS-AC".
	Accreditation Text `json:"accreditation,omitzero"`
	// Registry is the entry in the public register.
	Registry URL `json:"registry,omitempty"`
	// StatementOfApplicability is the edition and date of the statement of
	// applicability the certification rests on.
	StatementOfApplicability *DocumentEdition `json:"statementOfApplicability,omitempty"`
	// Sites lists further sites in scope.
	Sites []Text `json:"sites,omitempty"`
	// ReportAccess is who may obtain the audit report.
	ReportAccess ReportAccess `json:"reportAccess,omitempty"`
	// ReportPlans limits access to the report to some plans (IDs in
	// [Document.Plans]).
	ReportPlans []string `json:"reportPlans,omitempty" whitepaper:"set,ref=plan"`
	// Note words anything else the document says of it.
	Note Text `json:"note,omitzero"`
	// References lists pages about the certification.
	References []Reference `json:"references,omitempty"`
}

// Period is a span of dates, such as an audit period.
type Period struct {
	// From is the first day.
	From Date `json:"from" whitepaper:"required"`
	// To is the last day.
	To Date `json:"to" whitepaper:"required"`
}

// DocumentEdition names an edition of a document.
type DocumentEdition struct {
	// Edition is the edition's number, such as "8".
	Edition string `json:"edition" whitepaper:"required"`
	// Date is the edition's date.
	Date Date `json:"date,omitzero"`
}

// Audit is a regular audit.
type Audit struct {
	// By is who audits.
	By Performer `json:"by" whitepaper:"key,required"`
	// Subject is the ID of whose controls are audited, when not the
	// vendor's: a provider audited by a third party.
	Subject string `json:"subject,omitempty" whitepaper:"key,ref=organization"`
	// Date is when the audit or its report was made.
	Date Date `json:"date,omitzero"`
	// References lists reports and pages about the audit.
	References []Reference `json:"references,omitempty"`
	// Frequency is how often.
	Frequency Frequency `json:"frequency,omitzero"`
	// Auditor names the auditor, such as "an internationally recognised audit firm".
	Auditor Text `json:"auditor,omitzero"`
	// Scope says what is checked.
	Scope Text `json:"scope,omitzero"`
	// Remediation is whether findings are remedied promptly.
	Remediation *bool `json:"remediation,omitempty"`
}
