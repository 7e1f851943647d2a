package whitepaper

// SubprocessorUse says when a subprocessor receives customer data and
// whether it is one of the vendor's own companies. [Subprocessor] embeds
// it:
//
//	services:
//	  - {name: OpenAI, engaged: feature-use, condition: {en: Only when the AI assistant is turned on}}
//	  - {name: Kumo Works Vietnam, affiliate: true}
type SubprocessorUse struct {
	// Engaged says when the subprocessor receives data; empty when the
	// document does not say, which is read as always.
	Engaged Engagement `json:"engaged,omitempty"`
	// Condition words when, such as "only when the customer turns on the
	// AI assistant".
	Condition Text `json:"condition,omitzero"`
	// Affiliate is whether it is one of the vendor's own affiliates or
	// subsidiaries.
	Affiliate *bool `json:"affiliate,omitempty"`
}

// Engagement is when a subprocessor receives customer data.
type Engagement string

// The values of Engagement.
const (
	// EngagedAlways is for every customer who uses the service.
	EngagedAlways Engagement = "always"
	// EngagedFeatureUse is only when the customer uses a feature that
	// needs it.
	EngagedFeatureUse Engagement = "feature-use"
	// EngagedOptIn is only when the customer chooses it, such as a
	// region or an add-on.
	EngagedOptIn Engagement = "opt-in"
)

var engagementValues = []Engagement{EngagedAlways, EngagedFeatureUse, EngagedOptIn}

// Values lists every Engagement, in a stable order.
func (Engagement) Values() []Engagement { return engagementValues }

// UnmarshalText accepts only the listed values.
func (x *Engagement) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "engagement", engagementValues)
}

func (x Engagement) check() error { return checkEnum(x, "engagement", engagementValues) }

// SubprocessorClasses holds what a list of subprocessors says of classes
// of them without naming each, and the services it puts outside the data
// processing agreement. [Subprocessors] embeds it.
type SubprocessorClasses struct {
	// Classes lists classes of subprocessors the document describes as a
	// whole, such as "our affiliates" or "contractors for user support",
	// or every subprocessor ("all hold ISO 27001 or SOC 2").
	Classes []SubprocessorClass `json:"classes,omitempty"`
	// OutsideDPA lists services that receive data but that the document
	// puts outside the data processing agreement: integrations the
	// customer turns on, services that act as independent controllers,
	// embedded third-party content.
	OutsideDPA []OutsideService `json:"outsideDPA,omitempty"`
}

// SubprocessorClass is a class of subprocessors described as a whole.
type SubprocessorClass struct {
	// Kind is the class.
	Kind SubprocessorClassKind `json:"kind" whitepaper:"key,required"`
	Applicability
	// Function says what they do, as the document words it.
	Function Text `json:"function,omitzero"`
	// Data lists the categories of data they receive; end it with "etc"
	// when the document gives only examples.
	Data []DataCategory `json:"data,omitempty" whitepaper:"set,more=worse"`
	// Locations lists where they do each kind of thing.
	Locations []Location `json:"locations,omitempty"`
	// Engaged says when they receive data.
	Engaged Engagement `json:"engaged,omitempty"`
	// Certifications lists standards every member of the class is
	// certified to, or one of which each is when AnyCertification.
	Certifications []Standard `json:"certifications,omitempty" whitepaper:"set"`
	// AnyCertification is whether each member holds one of the
	// certifications, not all of them ("ISO 27001 or SOC 2").
	AnyCertification *bool `json:"anyCertification,omitempty"`
	// Note words the class as the document does.
	Note Text `json:"note,omitzero"`
}

// SubprocessorClassKind is a class of subprocessors.
type SubprocessorClassKind string

// The values of SubprocessorClassKind.
const (
	// ClassAffiliates is the vendor's own affiliates and subsidiaries.
	ClassAffiliates SubprocessorClassKind = "affiliates"
	// ClassContractors is companies the vendor contracts for limited
	// services, such as user support.
	ClassContractors SubprocessorClassKind = "contractors"
	// ClassAll is every subprocessor.
	ClassAll SubprocessorClassKind = "all"
)

var subprocessorClassKindValues = []SubprocessorClassKind{ClassAffiliates, ClassContractors, ClassAll}

// Values lists every SubprocessorClassKind, in a stable order.
func (SubprocessorClassKind) Values() []SubprocessorClassKind { return subprocessorClassKindValues }

// UnmarshalText accepts only the listed values.
func (x *SubprocessorClassKind) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "subprocessor class", subprocessorClassKindValues)
}

func (x SubprocessorClassKind) check() error {
	return checkEnum(x, "subprocessor class", subprocessorClassKindValues)
}

// OutsideService is a service that receives data outside the data
// processing agreement, such as a captcha, a map or web fonts.
type OutsideService struct {
	// Name is the service's name, such as "reCAPTCHA".
	Name string `json:"name" whitepaper:"key,required"`
	// Operator is the company that runs it.
	Operator string `json:"operator,omitempty"`
	// Reason is why it is outside the agreement.
	Reason OutsideReason `json:"reason,omitempty"`
	// Function says what it is used for, as the document words it.
	Function Text `json:"function,omitzero"`
	// URL is its web site or privacy policy.
	URL URL `json:"url,omitempty"`
	// Note words it as the document does.
	Note Text `json:"note,omitzero"`
}

// OutsideReason is why a service is outside a data processing agreement.
type OutsideReason string

// The values of OutsideReason.
const (
	// OutsideIntegration is an integration the customer turns on and
	// contracts for itself.
	OutsideIntegration OutsideReason = "integration"
	// OutsideController is a service that acts as an independent
	// controller of the data it receives.
	OutsideController OutsideReason = "independent-controller"
	// OutsideEmbedded is third-party content embedded in the service's
	// pages, such as a captcha, maps or fonts.
	OutsideEmbedded OutsideReason = "embedded"
)

var outsideReasonValues = []OutsideReason{OutsideIntegration, OutsideController, OutsideEmbedded}

// Values lists every OutsideReason, in a stable order.
func (OutsideReason) Values() []OutsideReason { return outsideReasonValues }

// UnmarshalText accepts only the listed values.
func (x *OutsideReason) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "outside reason", outsideReasonValues)
}

func (x OutsideReason) check() error { return checkEnum(x, "outside reason", outsideReasonValues) }
