package whitepaper

// Subprocessors lists the external services that receive customer data
// (ISO/IEC 27017 15.1.2, 15.1.3).
type Subprocessors struct {
	// Services lists them.
	Services []Subprocessor `json:"services,omitempty"`
	// Countries lists where the subprocessors together store data, when
	// the document says so for the list rather than for each.
	Countries []Place `json:"countries,omitempty" whitepaper:"set"`
	// AsOf is the date of the list.
	AsOf Date `json:"asOf,omitzero"`
	// Version is the list's own version, when it has one.
	Version string `json:"version,omitempty"`
	// ChangeNotice says how customers learn of changes to the list.
	ChangeNotice *ChangeNotice `json:"changeNotice,omitempty"`
	// DueDiligence is whether the vendor checks a subprocessor's security
	// before engaging it.
	DueDiligence *bool `json:"dueDiligence,omitempty" whitepaper:"better=true"`
	// SubprocessorClasses describes classes of subprocessors as a whole
	// and lists the services outside the data processing agreement.
	SubprocessorClasses
	Notes
}

// ChangeNotice is how and how early customers are told of a change, such
// as a new subprocessor.
type ChangeNotice struct {
	// Lead is how long before the change customers are told, such as "at least 30 days".
	Lead Duration `json:"lead,omitzero" whitepaper:"better=higher"`
	// Channels lists how customers are told.
	Channels []Channel `json:"channels,omitempty" whitepaper:"more=better"`
	// Objection is whether customers may object to the change.
	Objection *bool `json:"objection,omitempty" whitepaper:"better=true"`
	// ObjectionTerms is how long customers have to object and what they
	// may do when they do.
	ObjectionTerms
	// Note words the notice as the document does.
	Note Text `json:"note,omitzero"`
}

// Subprocessor is an external service that receives customer data.
type Subprocessor struct {
	// Name is the service's name, such as "SendGrid".
	Name string `json:"name" whitepaper:"key,required"`
	Applicability
	// Operator is the company that runs it, such as "Twilio".
	Operator string `json:"operator,omitempty"`
	// Categories group the service by use, such as development or support.
	Categories []Category `json:"categories,omitempty" whitepaper:"set"`
	// Function says what it is used for, as the document words it.
	Function Text `json:"function,omitzero"`
	// SubprocessorUse says when it receives data and whether it is an
	// affiliate of the vendor.
	SubprocessorUse
	// Data lists the categories of data it receives; end it with "etc"
	// when the document gives only examples ("…など").
	Data []DataCategory `json:"data,omitempty" whitepaper:"set"`
	// Countries lists where it stores data: countries, or areas such as EU.
	Countries []Place `json:"countries,omitempty" whitepaper:"set"`
	// Locations lists where it does each kind of thing (stores,
	// processes, runs inference, reaches data for support, has its seat)
	// when the document tells them apart.
	Locations []Location `json:"locations,omitempty"`
	// TransferBasis lists the legal bases for moving data abroad, such as
	// standard contractual clauses.
	TransferBasis []TransferBasis `json:"transferBasis,omitempty" whitepaper:"set"`
	// Certifications lists standards the subprocessor is certified to.
	Certifications []Standard `json:"certifications,omitempty" whitepaper:"set"`
	// DPA is the data processing agreement with it.
	DPA URL `json:"dpa,omitempty"`
	// URL is its web site.
	URL URL `json:"url,omitempty"`
	// OutsideScope is whether the whitepaper disclaims what the service
	// manages (it neither covers nor guarantees it).
	OutsideScope *bool `json:"outsideScope,omitempty"`
	// Note words anything else the document says of it.
	Note Text `json:"note,omitzero"`
}

// LinkedServices covers third-party services reachable with the service's
// account.
type LinkedServices struct {
	// Catalog is the page that lists them.
	Catalog URL `json:"catalog,omitempty"`
	// SharedAccount is whether they are used with the service's account.
	SharedAccount *bool `json:"sharedAccount,omitempty"`
	// CustomerAssesses is whether the customer must judge their security itself.
	CustomerAssesses *bool `json:"customerAssesses,omitempty"`
	// VendorSupport is whether the vendor helps with problems they cause.
	VendorSupport *bool `json:"vendorSupport,omitempty"`
	// Services lists them.
	Services []LinkedService `json:"services,omitempty"`
	Notes
}

// LinkedService is a third-party service reachable with the account.
type LinkedService struct {
	// Name is its name.
	Name string `json:"name" whitepaper:"key,required"`
	// Provider is the company that runs it.
	Provider string `json:"provider,omitempty"`
	// URL is its web site.
	URL URL `json:"url,omitempty"`
}
