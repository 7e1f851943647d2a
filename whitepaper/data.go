package whitepaper

// DataLocation says where customer data is stored (ISO/IEC 27017 6.1.3).
type DataLocation struct {
	// Countries lists every country, or area such as EU, where customer
	// data may be stored.
	Countries []Place `json:"countries,omitempty" whitepaper:"set"`
	// Regions lists the cloud regions and data centres that hold customer data.
	Regions []Region `json:"regions,omitempty"`
	// CustomerChoice is whether the customer chooses among the listed
	// places where its data is stored.
	CustomerChoice *bool `json:"customerChoice,omitempty"`
	// TransferBasis lists the legal bases on which personal data may be
	// moved to other countries, such as an adequacy decision.
	TransferBasis []TransferBasis `json:"transferBasis,omitempty" whitepaper:"set"`
	// Transfers says whether data may be moved to other countries than Countries.
	Transfers *bool `json:"transfers,omitempty"`
	Notes
}

// Region is a cloud provider's region or a data centre.
type Region struct {
	// Provider is the ID of the provider in [Document.Providers]; empty
	// when the document does not name it.
	Provider string `json:"provider,omitempty" whitepaper:"key,ref=provider"`
	// Code is the provider's code for the region, such as
	// "ap-northeast-1"; empty when the document gives none.
	Code string `json:"code,omitempty" whitepaper:"key"`
	Applicability
	// Name is the region's name, such as "東京リージョン".
	Name Text `json:"name,omitzero"`
	// Country is the country the region is in.
	Country Country `json:"country,omitempty"`
	// City names the city or area, such as "Ashburn, Virginia".
	City Text `json:"city,omitzero"`
	// Role says what the region is used for; empty for primary storage.
	Role LocationRole `json:"role,omitempty"`
	// Data lists the kinds of data the region holds; empty for all.
	Data []DataKind `json:"data,omitempty" whitepaper:"set"`
}

// DataDeletion covers the return and deletion of customer data (ISO/IEC
// 27017 CLD.8.1.5): export before the end, when data is deleted, what is
// kept, and who can still see what.
type DataDeletion struct {
	// Export says how customers can take their data out.
	Export *Export `json:"export,omitempty"`
	// Rules say when data is deleted, per plan or trigger.
	Rules []DeletionRule `json:"rules,omitempty"`
	// Exceptions list data kept after deletion, and how.
	Exceptions []RetentionException `json:"exceptions,omitempty"`
	// AccessAfter lists who can still reach the data after an event.
	AccessAfter []AccessRule `json:"accessAfter,omitempty"`
	// Certificate is whether the vendor issues a certificate of deletion.
	Certificate *bool `json:"certificate,omitempty" whitepaper:"better=true,rule=deletion-certificate"`
	// HandBack is whether the vendor hands the data back to the customer
	// at the end of the contract.
	HandBack *bool `json:"handBack,omitempty" whitepaper:"better=true"`
	// NoticeBeforeDeletion is whether the vendor tells the customer before
	// it deletes the data.
	NoticeBeforeDeletion *bool `json:"noticeBeforeDeletion,omitempty" whitepaper:"better=true"`
	Notes
}

// Export says how customers can take their data out of the service.
type Export struct {
	// SelfService is whether customers can export data themselves.
	SelfService *bool `json:"selfService,omitempty"`
	// OnRequest is whether the vendor exports data on request.
	OnRequest *bool `json:"onRequest,omitempty"`
	// AtCustomerCost is whether exporting is at the customer's own
	// responsibility and cost.
	AtCustomerCost *bool `json:"atCustomerCost,omitempty"`
	// Formats lists export formats, such as "CSV".
	Formats []string `json:"formats,omitempty" whitepaper:"set"`
	// Period is how long after the contract ends data can still be exported.
	Period Duration `json:"period,omitzero" whitepaper:"better=higher"`
	// Excluded says what cannot be exported.
	Excluded Text `json:"excluded,omitzero"`
	// Note words the export arrangement as the document does.
	Note Text `json:"note,omitzero"`
}

// DeletionRule says when data is deleted after a trigger.
type DeletionRule struct {
	// Trigger is the event the rule starts from.
	Trigger Trigger `json:"trigger" whitepaper:"key,required"`
	// Data is what the rule deletes; empty for all customer data. Copies
	// deleted later, such as backups, have a rule of their own.
	Data DataKind `json:"data,omitempty" whitepaper:"key"`
	Applicability
	// After is when deletion happens, counted from the trigger: "within 90
	// days", "at least 30 days", "immediately". For the inactivity trigger
	// it is the period of inactivity.
	After Duration `json:"after,omitzero"`
	// FromNextDay is whether After counts from the day after the trigger.
	FromNextDay *bool `json:"fromNextDay,omitempty"`
	// Notice is how long before deleting the vendor tells the customer.
	Notice Duration `json:"notice,omitzero" whitepaper:"better=higher"`
	// Irreversible is whether deleted data can no longer be restored.
	Irreversible *bool `json:"irreversible,omitempty"`
	// Condition words any further condition, such as a failed check that
	// the customer wants to go on.
	Condition Text `json:"condition,omitzero"`
	// Scope says what is deleted.
	Scope Text `json:"scope,omitzero"`
	// Note words the rule as the document does.
	Note Text `json:"note,omitzero"`
}

// RetentionException is data kept when the rest is deleted.
type RetentionException struct {
	// Data is what is kept.
	Data DataKind `json:"data" whitepaper:"key,required"`
	// Treatment is the form it is kept in.
	Treatment Treatment `json:"treatment" whitepaper:"required"`
	// Retention is how long it is kept.
	Retention Duration `json:"retention,omitzero"`
	// Description words the exception as the document does.
	Description Text `json:"description,omitzero"`
}

// AccessRule says what access a role keeps after an event.
type AccessRule struct {
	// Trigger is the event, such as the contract ending or a student graduating.
	Trigger Trigger `json:"trigger" whitepaper:"key,required"`
	// Role is whose access the rule sets; empty for all users.
	Role Role `json:"role,omitempty" whitepaper:"key"`
	Applicability
	// Access is what is left.
	Access AccessLevel `json:"access" whitepaper:"required"`
	// Note words the rule as the document does.
	Note Text `json:"note,omitzero"`
}

// DataUse covers what the vendor does with customer data and to whom it
// discloses it (ISO/IEC 27018).
type DataUse struct {
	// ServiceOnly is whether data is used only to provide the service.
	ServiceOnly *bool `json:"serviceOnly,omitempty"`
	// Purposes lists the uses the vendor makes of the data, as the
	// document words them.
	Purposes []Text `json:"purposes,omitempty"`
	// Uses lists the purposes the vendor processes data for, typed, and
	// those it states it does not, such as training AI models.
	Uses []DataUseItem `json:"uses,omitempty"`
	// SecondaryUse is whether the vendor uses data for purposes other than
	// providing the service.
	SecondaryUse *bool `json:"secondaryUse,omitempty" whitepaper:"better=false"`
	// Consent is whether the vendor asks consent before other uses.
	Consent *bool `json:"consent,omitempty" whitepaper:"better=true"`
	// VendorOwnership is whether the vendor claims ownership of customer data.
	VendorOwnership *bool `json:"vendorOwnership,omitempty"`
	// Minimization is whether the vendor collects only the personal data it needs.
	Minimization *bool `json:"minimization,omitempty"`
	// ThirdPartyDisclosure is whether data is given to third parties
	// other than on the listed Grounds.
	ThirdPartyDisclosure *bool `json:"thirdPartyDisclosure,omitempty" whitepaper:"better=false,rule=third-party-disclosure"`
	// Grounds lists the grounds on which data may be disclosed.
	Grounds []Ground `json:"grounds,omitempty" whitepaper:"set,more=worse"`
	// LawEnforcement says how requests from authorities are handled.
	LawEnforcement *LawEnforcement `json:"lawEnforcement,omitempty"`
	// EndUserRequests is whether the vendor answers privacy requests that
	// come straight from the customer's end users.
	EndUserRequests *bool `json:"endUserRequests,omitempty"`
	// ContractorsBound is whether contractors that receive data are bound
	// in writing to protect it.
	ContractorsBound *bool `json:"contractorsBound,omitempty"`
	// Inventory lists whose personal data the service holds and which
	// items, per kind of person (see inventory.go).
	Inventory *DataInventory `json:"inventory,omitempty"`
	// Pseudonymisation lists how personal data is pseudonymised or
	// anonymised, with its parameters.
	Pseudonymisation []Pseudonymisation `json:"pseudonymisation,omitempty"`
	// TransparencyReports lists the vendor's reports on requests for
	// customer data from governments and others.
	TransparencyReports []TransparencyReport `json:"transparencyReports,omitempty"`
	Notes
}

// DataUseItem is one purpose the vendor processes customer data for, or
// states it does not.
type DataUseItem struct {
	// Purpose is the purpose.
	Purpose PurposeKind `json:"purpose" whitepaper:"key,required"`
	Applicability
	// Provided is false when the document states the data is not used
	// for the purpose; absent or true when it is.
	Provided *bool `json:"provided,omitempty"`
	// Data lists the kinds of data used; empty for all.
	Data []DataKind `json:"data,omitempty" whitepaper:"set"`
	// OptOut is whether customers can refuse the use.
	OptOut *bool `json:"optOut,omitempty"`
	// Note words the use as the document does.
	Note Text `json:"note,omitzero"`
}

// LawEnforcement is how the vendor handles requests for customer data from
// authorities.
type LawEnforcement struct {
	// RedirectToCustomer is whether the vendor asks authorities to go to the
	// customer directly.
	RedirectToCustomer *bool `json:"redirectToCustomer,omitempty"`
	// NotifyCustomer is whether the vendor tells the customer before
	// disclosing, where allowed.
	NotifyCustomer *bool `json:"notifyCustomer,omitempty"`
	// WithoutConsent is whether the vendor may disclose without the
	// customer's permission when legally compelled.
	WithoutConsent *bool `json:"withoutConsent,omitempty"`
	// MinimumNecessary is whether the vendor discloses only what is necessary.
	MinimumNecessary *bool `json:"minimumNecessary,omitempty"`
	// ContactInfoShared is whether the vendor may give authorities the
	// customer's basic contact details.
	ContactInfoShared *bool `json:"contactInfoShared,omitempty"`
	// Note words the handling as the document does.
	Note Text `json:"note,omitzero"`
}

// Privacy covers privacy policies and the privacy regulations the service
// addresses (ISO/IEC 27018).
type Privacy struct {
	// Policies lists the vendor's privacy policies.
	Policies []Policy `json:"policies,omitempty"`
	// Regulations lists the regulations addressed.
	Regulations []RegulationStatement `json:"regulations,omitempty"`
	// DPA is the vendor's data processing agreement.
	DPA URL `json:"dpa,omitempty"`
	// Officer names the data protection officer or privacy contact.
	Officer Text `json:"officer,omitzero"`
	Notes
}

// Policy is a published policy.
type Policy struct {
	// Name is its title.
	Name Text `json:"name" whitepaper:"required"`
	// URL is where it is published.
	URL URL `json:"url,omitempty"`
	// Audience names whom it is for, such as "U.S. users".
	Audience Text `json:"audience,omitzero"`
	// Articles lists the articles the document points to.
	Articles []string `json:"articles,omitempty"`
	// Statements are the policy's commitments, when the document quotes them.
	Statements []Text `json:"statements,omitempty"`
}

// RegulationStatement is what the document says of one regulation.
type RegulationStatement struct {
	// Regulation is which one.
	Regulation Regulation `json:"regulation" whitepaper:"key,required"`
	// Articles lists the articles cited, such as "45".
	Articles []string `json:"articles,omitempty"`
	// Statement words what the document says.
	Statement Text `json:"statement,omitzero"`
	// Agreement is whether the vendor signs the agreement the regulation
	// calls for, such as a HIPAA business associate agreement.
	Agreement *bool `json:"agreement,omitempty"`
	// CustomerSettings says what the customer must configure for the
	// regulation to be met.
	CustomerSettings Text `json:"customerSettings,omitzero"`
	// References lists pages about it.
	References []Reference `json:"references,omitempty"`
}
