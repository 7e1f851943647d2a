package whitepaper

import "golang.org/x/text/language"

// ContractMechanics is what a contract or data processing agreement says
// of itself and of the customer's rights under it: how it is formed,
// which document prevails, the customer's audit rights and the
// mechanisms for moving data abroad. [Contract] embeds it, so its fields
// sit beside the contract's terms:
//
//	contract:
//	  formation: [clickwrap]
//	  precedence: [signed-agreement, dpa, terms]
//	  prevailingLanguage: ja
//	  customerAudits:
//	    - {frequency: yearly, notice: at least 30 days, conditions: [business-hours, customer-cost]}
type ContractMechanics struct {
	// Formation lists how the contract comes into being, such as by
	// accepting the terms online with no signature.
	Formation []Formation `json:"formation,omitempty" whitepaper:"set"`
	// Precedence lists the contract's documents in the order they prevail
	// when they conflict, the one that prevails first, such as a
	// separately signed agreement before the DPA before the terms.
	Precedence []ContractDocument `json:"precedence,omitempty" whitepaper:"ordered"`
	// PrevailingLanguage is the language whose text prevails over a
	// translation, such as Japanese for a contract also published in
	// English.
	PrevailingLanguage language.Tag `json:"prevailingLanguage,omitzero"`
	// CustomerAudits lists the customer's rights to audit the vendor, one
	// per plan when they differ; stated as not given with provided: false.
	CustomerAudits []CustomerAudit `json:"customerAudits,omitempty"`
	// Transfers lists the mechanisms under which personal data is moved
	// abroad, with the modules and instruments the agreement uses.
	Transfers []TransferMechanism `json:"transfers,omitempty"`
	// Assistance lists the help the vendor gives the customer with its
	// own duties under data protection law, such as impact assessments,
	// and who pays for it.
	Assistance []Assistance `json:"assistance,omitempty"`
}

// Assistance is help a processor gives the customer with one of its
// duties, such as answering data subjects' requests.
type Assistance struct {
	// Kind is the duty the vendor helps with.
	Kind AssistanceKind `json:"kind" whitepaper:"key,required"`
	Applicability
	// Provided is false when the document states the vendor does not help.
	Provided *bool `json:"provided,omitempty" whitepaper:"better=true"`
	// AtCustomerCost is whether the customer pays for the help, such as
	// "at the vendor's then-current rates".
	AtCustomerCost *bool `json:"atCustomerCost,omitempty" whitepaper:"better=false"`
	// Note words the help as the document does.
	Note Text `json:"note,omitzero"`
}

// AssistanceKind is a duty of the customer a processor helps with.
type AssistanceKind string

// The values of AssistanceKind.
const (
	// AssistDataSubjectRequests is answering data subjects' requests.
	AssistDataSubjectRequests AssistanceKind = "data-subject-requests"
	// AssistImpactAssessments is data protection impact assessments.
	AssistImpactAssessments AssistanceKind = "impact-assessments"
	// AssistPriorConsultation is consulting the supervisory authority
	// before processing.
	AssistPriorConsultation AssistanceKind = "prior-consultation"
	// AssistBreachNotification is notifying a breach to the authority and
	// to data subjects.
	AssistBreachNotification AssistanceKind = "breach-notification"
	// AssistDataReturn is returning the customer's data at the end of the
	// contract.
	AssistDataReturn AssistanceKind = "data-return"
)

var assistanceKindValues = []AssistanceKind{AssistDataSubjectRequests, AssistImpactAssessments,
	AssistPriorConsultation, AssistBreachNotification, AssistDataReturn}

// Values lists every AssistanceKind, in a stable order.
func (AssistanceKind) Values() []AssistanceKind { return assistanceKindValues }

// UnmarshalText accepts only the listed values.
func (x *AssistanceKind) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "assistance kind", assistanceKindValues)
}

func (x AssistanceKind) check() error { return checkEnum(x, "assistance kind", assistanceKindValues) }

// CustomerAudit is a customer's right to audit the vendor, with the
// limits the agreement puts on it: "at most once a year, during business
// hours, with 30 days' notice, at the customer's cost; reports first".
type CustomerAudit struct {
	Applicability
	// Provided is false when the document states the customer may not
	// audit the vendor.
	Provided *bool `json:"provided,omitempty" whitepaper:"better=true"`
	// Methods lists how the customer may audit.
	Methods []AuditMethod `json:"methods,omitempty" whitepaper:"set,more=better"`
	// Frequency is how often at most the customer may audit, such as
	// yearly for "at most once a year"; more often is better.
	Frequency Frequency `json:"frequency,omitzero" whitepaper:"better=lower"`
	// Notice is how long before an audit the customer must announce it;
	// shorter is better.
	Notice Duration `json:"notice,omitzero" whitepaper:"better=lower"`
	// Conditions lists the limits on the right; more is worse.
	Conditions []AuditCondition `json:"conditions,omitempty" whitepaper:"set,more=worse"`
	// Note words the right as the document does.
	Note Text `json:"note,omitzero"`
}

// TransferMechanism is one mechanism under which personal data is moved
// to another country, such as the EU standard contractual clauses
// (modules 2 and 3) with the UK addendum.
type TransferMechanism struct {
	// Basis is the legal basis.
	Basis TransferBasis `json:"basis" whitepaper:"key,required"`
	// Regime is the law that requires the mechanism, such as the UK GDPR;
	// empty when the document does not say.
	Regime TransferRegime `json:"regime,omitempty" whitepaper:"key"`
	// Modules lists the modules of the standard contractual clauses used.
	Modules []SCCModule `json:"modules,omitempty" whitepaper:"set"`
	// Instrument is the instrument that adapts the basis to the regime,
	// such as the UK addendum to the EU clauses.
	Instrument TransferInstrument `json:"instrument,omitempty"`
	// Note words the mechanism as the document does, such as the clause
	// options chosen.
	Note Text `json:"note,omitzero"`
}

// Formation is how a contract comes into being.
type Formation string

// The values of Formation.
const (
	// FormationSignature is a contract both parties sign.
	FormationSignature Formation = "signature"
	// FormationOrderForm is an order form the customer submits.
	FormationOrderForm Formation = "order-form"
	// FormationClickwrap is accepting the terms online, with no signature.
	FormationClickwrap Formation = "clickwrap"
	// FormationUse is using the service, which accepts the terms.
	FormationUse Formation = "use"
)

var formationValues = []Formation{FormationSignature, FormationOrderForm, FormationClickwrap, FormationUse}

// Values lists every Formation, in a stable order.
func (Formation) Values() []Formation { return formationValues }

// UnmarshalText accepts only the listed values.
func (x *Formation) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "formation", formationValues)
}

func (x Formation) check() error { return checkEnum(x, "formation", formationValues) }

// ContractDocument is a document that is part of a contract.
type ContractDocument string

// The values of ContractDocument.
const (
	// DocumentSignedAgreement is an agreement the parties sign separately.
	DocumentSignedAgreement ContractDocument = "signed-agreement"
	// DocumentOrderForm is the order form.
	DocumentOrderForm ContractDocument = "order-form"
	// DocumentDPA is the data processing agreement.
	DocumentDPA ContractDocument = "dpa"
	// DocumentSCC is the standard contractual clauses.
	DocumentSCC ContractDocument = "scc"
	// DocumentTerms is the terms of service.
	DocumentTerms ContractDocument = "terms"
	// DocumentSLA is the service-level agreement.
	DocumentSLA ContractDocument = "sla"
	// DocumentPrivacyPolicy is the privacy policy.
	DocumentPrivacyPolicy ContractDocument = "privacy-policy"
	// DocumentDocumentation is the service's documentation.
	DocumentDocumentation ContractDocument = "documentation"
)

var contractDocumentValues = []ContractDocument{DocumentSignedAgreement, DocumentOrderForm, DocumentDPA, DocumentSCC,
	DocumentTerms, DocumentSLA, DocumentPrivacyPolicy, DocumentDocumentation}

// Values lists every ContractDocument, in a stable order.
func (ContractDocument) Values() []ContractDocument { return contractDocumentValues }

// UnmarshalText accepts only the listed values.
func (x *ContractDocument) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "contract document", contractDocumentValues)
}

func (x ContractDocument) check() error {
	return checkEnum(x, "contract document", contractDocumentValues)
}

// AuditMethod is how a customer audits a vendor.
type AuditMethod string

// The values of AuditMethod.
const (
	// AuditOnSite is an inspection at the vendor's premises.
	AuditOnSite AuditMethod = "on-site"
	// AuditRemote is an audit by video call or shared documents.
	AuditRemote AuditMethod = "remote"
	// AuditQuestionnaire is a questionnaire the vendor answers.
	AuditQuestionnaire AuditMethod = "questionnaire"
	// AuditReports is the vendor's third-party audit reports or a written
	// summary of them.
	AuditReports AuditMethod = "reports"
)

var auditMethodValues = []AuditMethod{AuditOnSite, AuditRemote, AuditQuestionnaire, AuditReports}

// Values lists every AuditMethod, in a stable order.
func (AuditMethod) Values() []AuditMethod { return auditMethodValues }

// UnmarshalText accepts only the listed values.
func (x *AuditMethod) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "audit method", auditMethodValues)
}

func (x AuditMethod) check() error { return checkEnum(x, "audit method", auditMethodValues) }

// AuditCondition is a limit on a customer's right to audit.
type AuditCondition string

// The values of AuditCondition.
const (
	// AuditBusinessHours is only during the vendor's business hours.
	AuditBusinessHours AuditCondition = "business-hours"
	// AuditCustomerCost is at the customer's cost.
	AuditCustomerCost AuditCondition = "customer-cost"
	// AuditReportsFirst is only when the vendor's reports or a written
	// summary do not answer the customer's questions.
	AuditReportsFirst AuditCondition = "reports-first"
	// AuditNoCompetitors is not by the vendor's competitors or auditors
	// who work for them.
	AuditNoCompetitors AuditCondition = "no-competitors"
	// AuditConfidentiality is under a confidentiality agreement.
	AuditConfidentiality AuditCondition = "confidentiality"
	// AuditAfterIncident is only after a security incident or at an
	// authority's request.
	AuditAfterIncident AuditCondition = "after-incident"
)

var auditConditionValues = []AuditCondition{AuditBusinessHours, AuditCustomerCost, AuditReportsFirst,
	AuditNoCompetitors, AuditConfidentiality, AuditAfterIncident}

// Values lists every AuditCondition, in a stable order.
func (AuditCondition) Values() []AuditCondition { return auditConditionValues }

// UnmarshalText accepts only the listed values.
func (x *AuditCondition) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "audit condition", auditConditionValues)
}

func (x AuditCondition) check() error { return checkEnum(x, "audit condition", auditConditionValues) }

// TransferRegime is the law that requires a transfer mechanism.
type TransferRegime string

// The values of TransferRegime.
const (
	// RegimeEUGDPR is the EU General Data Protection Regulation.
	RegimeEUGDPR TransferRegime = "eu-gdpr"
	// RegimeUKGDPR is the UK GDPR.
	RegimeUKGDPR TransferRegime = "uk-gdpr"
	// RegimeSwissFADP is the Swiss Federal Act on Data Protection.
	RegimeSwissFADP TransferRegime = "swiss-fadp"
	// RegimeAPPI is Japan's Act on the Protection of Personal Information.
	RegimeAPPI TransferRegime = "appi"
)

var transferRegimeValues = []TransferRegime{RegimeEUGDPR, RegimeUKGDPR, RegimeSwissFADP, RegimeAPPI}

// Values lists every TransferRegime, in a stable order.
func (TransferRegime) Values() []TransferRegime { return transferRegimeValues }

// UnmarshalText accepts only the listed values.
func (x *TransferRegime) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "transfer regime", transferRegimeValues)
}

func (x TransferRegime) check() error { return checkEnum(x, "transfer regime", transferRegimeValues) }

// SCCModule is a module of the EU standard contractual clauses (2021).
type SCCModule string

// The values of SCCModule.
const (
	// ModuleControllerToController is module one.
	ModuleControllerToController SCCModule = "controller-to-controller"
	// ModuleControllerToProcessor is module two.
	ModuleControllerToProcessor SCCModule = "controller-to-processor"
	// ModuleProcessorToProcessor is module three.
	ModuleProcessorToProcessor SCCModule = "processor-to-processor"
	// ModuleProcessorToController is module four.
	ModuleProcessorToController SCCModule = "processor-to-controller"
)

var sccModuleValues = []SCCModule{ModuleControllerToController, ModuleControllerToProcessor,
	ModuleProcessorToProcessor, ModuleProcessorToController}

// Values lists every SCCModule, in a stable order.
func (SCCModule) Values() []SCCModule { return sccModuleValues }

// UnmarshalText accepts only the listed values.
func (x *SCCModule) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "SCC module", sccModuleValues)
}

func (x SCCModule) check() error { return checkEnum(x, "SCC module", sccModuleValues) }

// TransferInstrument is an instrument that adapts a transfer basis to a
// regime, or one of a regime's own.
type TransferInstrument string

// The values of TransferInstrument.
const (
	// InstrumentUKAddendum is the UK addendum to the EU standard
	// contractual clauses.
	InstrumentUKAddendum TransferInstrument = "uk-addendum"
	// InstrumentUKIDTA is the UK international data transfer agreement.
	InstrumentUKIDTA TransferInstrument = "uk-idta"
	// InstrumentSwissAmendments is the EU clauses amended for the Swiss
	// FADP.
	InstrumentSwissAmendments TransferInstrument = "swiss-amendments"
)

var transferInstrumentValues = []TransferInstrument{InstrumentUKAddendum, InstrumentUKIDTA, InstrumentSwissAmendments}

// Values lists every TransferInstrument, in a stable order.
func (TransferInstrument) Values() []TransferInstrument { return transferInstrumentValues }

// UnmarshalText accepts only the listed values.
func (x *TransferInstrument) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "transfer instrument", transferInstrumentValues)
}

func (x TransferInstrument) check() error {
	return checkEnum(x, "transfer instrument", transferInstrumentValues)
}

// ObjectionTerms is what a customer may do when it objects to a change,
// such as a new subprocessor: how long it has to object and what follows.
// [ChangeNotice] embeds it.
type ObjectionTerms struct {
	// ObjectionWindow is how long the customer has to object after the
	// notice, such as "10 business days"; longer is better.
	ObjectionWindow Duration `json:"objectionWindow,omitzero" whitepaper:"better=higher"`
	// OnObjection lists what the customer may do or get when it objects;
	// more is better.
	OnObjection []ObjectionRemedy `json:"onObjection,omitempty" whitepaper:"set,more=better"`
}

// ObjectionRemedy is what a customer may do or get when it objects to a
// change.
type ObjectionRemedy string

// The values of ObjectionRemedy.
const (
	// RemedyTerminate is the right to end the contract, or the affected
	// service.
	RemedyTerminate ObjectionRemedy = "terminate"
	// RemedyRefund is a refund of fees prepaid for the rest of the term.
	RemedyRefund ObjectionRemedy = "refund"
	// RemedyAlternative is the vendor proposing a change that avoids the
	// objection, such as not using the new subprocessor for the customer.
	RemedyAlternative ObjectionRemedy = "alternative"
	// RemedyNoPenalty is ending the contract without a penalty.
	RemedyNoPenalty ObjectionRemedy = "no-penalty"
)

var objectionRemedyValues = []ObjectionRemedy{RemedyTerminate, RemedyRefund, RemedyAlternative, RemedyNoPenalty}

// Values lists every ObjectionRemedy, in a stable order.
func (ObjectionRemedy) Values() []ObjectionRemedy { return objectionRemedyValues }

// UnmarshalText accepts only the listed values.
func (x *ObjectionRemedy) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "objection remedy", objectionRemedyValues)
}

func (x ObjectionRemedy) check() error {
	return checkEnum(x, "objection remedy", objectionRemedyValues)
}

// Jurisdiction is where disputes go and which authority supervises the
// vendor's processing. [ApplicableLaw] embeds it beside the governing
// laws.
type Jurisdiction struct {
	// Courts lists the courts that hear disputes, one per scope.
	Courts []Court `json:"courts,omitempty"`
	// Authorities lists the data protection authorities that supervise
	// the vendor's processing.
	Authorities []Authority `json:"authorities,omitempty"`
}

// Court is the court that hears disputes over one thing, such as the
// contract with the customer.
type Court struct {
	// Scope is what the disputes are about.
	Scope LawScope `json:"scope" whitepaper:"key,required"`
	Applicability
	// Name is the court's name, such as "東京地方裁判所".
	Name Text `json:"name" whitepaper:"required"`
	// Country is the country the court is in.
	Country Country `json:"country,omitempty"`
	// Exclusive is whether the court has exclusive jurisdiction
	// (専属的合意管轄).
	Exclusive *bool `json:"exclusive,omitempty"`
	// FirstInstance is whether it is the court of first instance only
	// (第一審の).
	FirstInstance *bool `json:"firstInstance,omitempty"`
	// Note words it as the document does.
	Note Text `json:"note,omitzero"`
}

// Authority is a data protection authority that supervises the vendor's
// processing, such as the lead supervisory authority under the GDPR.
type Authority struct {
	// Country is the country whose authority it is.
	Country Country `json:"country,omitempty" whitepaper:"key"`
	// Name is the authority's name, such as "Data Protection Commission".
	Name Text `json:"name" whitepaper:"required"`
	// Lead is whether it is the lead supervisory authority.
	Lead *bool `json:"lead,omitempty"`
	// URL is its web site.
	URL URL `json:"url,omitempty"`
	// Note words it as the document does.
	Note Text `json:"note,omitzero"`
}
