package whitepaper

// Purpose states why the document exists and for whom.
type Purpose struct {
	// Statement is the purpose as the document words it.
	Statement Text `json:"statement,omitzero"`
	// Audience names who the document is for, such as prospective and
	// current customers.
	Audience Text `json:"audience,omitzero"`
	// Scope says which services, editions and plans the document covers,
	// as the document words it; the typed list is [Document.Services].
	Scope Text `json:"scope,omitzero"`
	// Precedence says which document prevails where this one and the
	// terms of service differ, as the document words it.
	Precedence Text `json:"precedence,omitzero"`
	// TermsPrevail is whether the terms of service prevail over this document.
	TermsPrevail *bool `json:"termsPrevail,omitempty"`
	Notes
}

// Governance covers how the vendor organises information security: its
// policy, who is responsible, and the organisational measures in place
// (ISO/IEC 27017 5.1.1, 6.1.1).
type Governance struct {
	// Policy is whether the vendor has an information security policy.
	Policy *bool `json:"policy,omitempty"`
	// PolicyURL is where the policy is published.
	PolicyURL URL `json:"policyURL,omitempty"`
	// Officer names who is responsible for security, such as the CISO.
	Officer Text `json:"officer,omitzero"`
	// Review is how often the security programme is reviewed.
	Review Frequency `json:"review,omitzero"`
	// Measures lists organisational measures, such as a security committee
	// or an asset inventory, and those stated as not in place.
	Measures []Measure `json:"measures,omitempty" whitepaper:"kinds=security-policy|security-officer|security-committee|defined-roles|segregation-of-duties|asset-inventory|incident-response-plan|risk-assessment|internal-audit|management-review|business-continuity-plan|on-call|post-incident-review"`
	Notes
}

// Responsibilities is the split of security duties between the vendor, its
// providers and the customer (ISO/IEC 27017 6.1.1, CLD.6.3.1).
type Responsibilities struct {
	// Duties lists each party's duties, one per area.
	Duties []Duty `json:"duties,omitempty"`
	Notes
}

// Duty is one party's responsibility for one area.
type Duty struct {
	// Party is who is responsible: the vendor, the customer, or another party.
	Party Role `json:"party" whitepaper:"key,required"`
	// Area is what the duty is about.
	Area DutyArea `json:"area" whitepaper:"key,required"`
	Applicability
	// Text is the duty as the document words it.
	Text Text `json:"text,omitzero"`
}

// Personnel covers the vendor's own people: confidentiality, screening and
// training (ISO/IEC 27017 7.2.2).
type Personnel struct {
	// ConfidentialityObligation is whether employees are bound to keep
	// customer data confidential (in work rules or contracts).
	ConfidentialityObligation *bool `json:"confidentialityObligation,omitempty"`
	// ConfidentialityPledge is whether employees sign a confidentiality
	// pledge when they join.
	ConfidentialityPledge *bool `json:"confidentialityPledge,omitempty"`
	// ObligationSurvivesDeparture is whether the obligation continues after
	// an employee leaves.
	ObligationSurvivesDeparture *bool `json:"obligationSurvivesDeparture,omitempty"`
	// BackgroundChecks is whether employees are screened before hiring.
	BackgroundChecks *bool `json:"backgroundChecks,omitempty"`
	// Training is how often employees receive security training.
	Training Frequency `json:"training,omitzero"`
	// Measures lists further measures for staff, such as managed devices.
	Measures []Measure `json:"measures,omitempty" whitepaper:"kinds=managed-devices|device-encryption|screen-lock|device-patching|anti-malware|need-to-know|separate-admin-accounts"`
	Notes
}

// OtherSafeguards covers further organisational safeguards.
type OtherSafeguards struct {
	// HandlingRules is whether rules and manuals govern how customer data
	// is collected, stored, used and deleted.
	HandlingRules *bool `json:"handlingRules,omitempty"`
	Notes
}
