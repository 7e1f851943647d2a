package whitepaper

import "reflect"

// Attestation is a statement of compliance that is not a certification:
// "AWS complies with FIPS 140-2 and ITAR" (the provider's own statement),
// a SOC 2 report of the cloud provider the vendor points to, a
// self-assessment questionnaire, a reference by a third party that finds
// the provider can meet a government standard, or a data-centre facility
// rating (JDCC Tier 4). Pages and checks never word it as a certificate
// held: a certification is in [Certifications.Certifications].
type Attestation struct {
	// Subject is the ID of whose compliance is stated: the vendor or a
	// provider.
	Subject string `json:"subject" whitepaper:"key,required,ref=organization"`
	// Standard is the standard or programme, when it is one, such as
	// soc2 or an extension value such as x-fips-140-2.
	Standard Standard `json:"standard,omitempty" whitepaper:"key"`
	// Regulation is the regulation, when the statement is of one, such as
	// gdpr.
	Regulation Regulation `json:"regulation,omitempty" whitepaper:"key"`
	// Kind is what sort of statement it is.
	Kind AttestationKind `json:"kind" whitepaper:"key,required"`
	Applicability
	// Name is the statement's subject as the document words it, such as
	// "ITAR, FIPS 140-2, FISMA" or "JDCC ファシリティスタンダード".
	Name Text `json:"name,omitzero"`
	// Level is the level or rating stated, such as "Tier 4".
	Level string `json:"level,omitempty"`
	// By names who made the assessment or wrote the reference, when not
	// the subject itself, such as "PwC Arata LLC".
	By Text `json:"by,omitzero"`
	// Date is when it was made or published.
	Date Date `json:"date,omitzero"`
	// URL is where it is published.
	URL URL `json:"url,omitempty"`
	// Note words the statement as the document does.
	Note Text `json:"note,omitzero"`
}

// AttestationKind is what sort of statement an [Attestation] is.
type AttestationKind string

// The values of AttestationKind.
const (
	// AttestationSelfDeclared is the subject's own statement that it
	// complies, with no assessment named.
	AttestationSelfDeclared AttestationKind = "self-declared"
	// AttestationSelfAssessment is a questionnaire or assessment the
	// subject completed itself, such as CSA STAR level 1.
	AttestationSelfAssessment AttestationKind = "self-assessment"
	// AttestationThirdPartyReport is a report by another party, such as
	// the cloud provider's SOC 2 report or an auditor's reference.
	AttestationThirdPartyReport AttestationKind = "third-party-report"
	// AttestationFacilityRating is a rating of a data-centre facility,
	// such as a JDCC or Uptime Institute tier.
	AttestationFacilityRating AttestationKind = "facility-rating"
)

var attestationKindValues = []AttestationKind{AttestationSelfDeclared, AttestationSelfAssessment, AttestationThirdPartyReport, AttestationFacilityRating}

// Values lists every AttestationKind, in a stable order.
func (AttestationKind) Values() []AttestationKind { return attestationKindValues }

// UnmarshalText parses an AttestationKind.
func (x *AttestationKind) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "attestation kind", attestationKindValues)
}

func (x AttestationKind) check() error {
	return checkEnum(x, "attestation kind", attestationKindValues)
}

// attestation checks that an attestation names a standard or a
// regulation, not both.
func (v *validator) attestation(a Attestation, at *path) {
	switch {
	case a.Standard == "" && a.Regulation == "" && a.Name.IsZero():
		v.errorf(at, "required", "an attestation names its standard, its regulation or, for neither, its name")
	case a.Standard != "" && a.Regulation != "":
		v.errorf(at.field("regulation"), "invalid-value", "an attestation is of one standard or one regulation; this one also names the standard %q", a.Standard)
	}
}

var attestationType = reflect.TypeFor[Attestation]()
