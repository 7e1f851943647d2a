package whitepaper

import "golang.org/x/text/language"

// Availability covers the service's availability: its status page,
// service levels and measured figures.
type Availability struct {
	// StatusPage is the public status page.
	StatusPage URL `json:"statusPage,omitempty"`
	// ServiceLevels lists the service-level agreements, one per plan or
	// service when they differ; stated as not offered with provided: false.
	ServiceLevels []SLA `json:"serviceLevels,omitempty"`
	// Measured lists measured figures.
	Measured []Measurement `json:"measured,omitempty"`
	// Maintenance lists planned maintenance windows.
	Maintenance []MaintenanceWindow `json:"maintenance,omitempty"`
	// Continuity is the service hours, disaster recovery and outage notice.
	Continuity
	Notes
}

// SLA is a service-level agreement.
type SLA struct {
	Applicability
	// Provided is false when the document states there is no SLA.
	Provided *bool `json:"provided,omitempty" whitepaper:"better=true"`
	// Target is the promised availability.
	Target Percent `json:"target,omitzero" whitepaper:"better=higher,rule=sla-target"`
	// SLAStrength says how firm the target is and how it is measured.
	SLAStrength
	// Period is the period it is measured over, such as "1 month".
	Period Duration `json:"period,omitzero"`
	// Downtime says what counts as downtime, such as two failed checks in
	// a row five minutes apart.
	Downtime Text `json:"downtime,omitzero"`
	// Formula says how availability is computed.
	Formula Text `json:"formula,omitzero"`
	// Exclusions lists what does not count against the target, such as
	// planned maintenance.
	Exclusions []Text `json:"exclusions,omitempty"`
	// Credits lists the service credits when it is missed.
	Credits []Credit `json:"credits,omitempty"`
	// Claim is how credits are obtained.
	Claim ClaimMethod `json:"claim,omitempty"`
	// ClaimWithin is how long after the period a credit must be claimed.
	ClaimWithin Duration `json:"claimWithin,omitzero" whitepaper:"better=higher"`
	// MaxCredit is the most that is credited in one period, as a share of the fee.
	MaxCredit Percent `json:"maxCredit,omitzero" whitepaper:"better=higher"`
	// MTBF is the promised mean time between failures.
	MTBF Duration `json:"mtbf,omitzero" whitepaper:"better=higher"`
	// URL is where the agreement is published.
	URL URL `json:"url,omitempty"`
}

// MaintenanceWindow is planned maintenance.
type MaintenanceWindow struct {
	Applicability
	// Schedule is when maintenance happens, such as "sun 02:00-06:00 JST".
	Schedule Schedule `json:"schedule,omitzero"`
	// Frequency is how often, such as monthly.
	Frequency Frequency `json:"frequency,omitzero"`
	// Duration is how long one window lasts at most.
	Duration Duration `json:"duration,omitzero" whitepaper:"better=lower"`
	// Notice is how long before customers are told.
	Notice Duration `json:"notice,omitzero" whitepaper:"better=higher"`
	// Downtime is whether the service is unavailable during the window.
	Downtime *bool `json:"downtime,omitempty" whitepaper:"better=false"`
	// Note words the maintenance as the document does.
	Note Text `json:"note,omitzero"`
}

// Credit is a service credit for availability below a threshold.
type Credit struct {
	// Below is the availability under which the credit applies.
	Below Percent `json:"below" whitepaper:"key,required"`
	// Credit is the share of the fee credited.
	Credit Percent `json:"credit" whitepaper:"required"`
	// Note words the credit as the document does, such as a multiple of
	// the downtime.
	Note Text `json:"note,omitzero"`
}

// Support covers the help customers get: when, how and how fast.
type Support struct {
	// Hours lists the support desks with their hours and targets.
	Hours []SupportHours `json:"hours,omitempty"`
	// Languages lists the languages support is given in.
	Languages []language.Tag `json:"languages,omitempty" whitepaper:"set"`
	// EndOfSupport is how long a product version is supported, such as
	// "3 years" after its release.
	EndOfSupport Duration `json:"endOfSupport,omitzero" whitepaper:"better=higher"`
	Notes
}

// SupportHours is one support desk: its channels, hours and response target.
type SupportHours struct {
	// Channels lists how customers reach it.
	Channels []ChannelKind `json:"channels,omitempty" whitepaper:"key,set"`
	Applicability
	// Hours is when it is staffed, such as "weekdays 09:30-18:00 JST excluding holidays".
	Hours Schedule `json:"hours,omitzero"`
	// Response is how fast it first answers.
	Response Duration `json:"response,omitzero" whitepaper:"better=lower"`
	// Note words the desk as the document does.
	Note Text `json:"note,omitzero"`
}

// Contract covers the terms of the contract a buyer signs: its length,
// renewal and cancellation.
type Contract struct {
	// Terms lists the terms, one per plan when they differ.
	Terms []ContractTerms `json:"terms,omitempty"`
	// URL is where the terms of service are published.
	URL URL `json:"url,omitempty"`
	// ContractMechanics is how the contract is formed and which document
	// prevails, the customer's audit rights and transfer mechanisms.
	ContractMechanics
	Notes
}

// ContractTerms is the length, renewal and cancellation of a contract.
type ContractTerms struct {
	Applicability
	// InitialTerm is the length of the first term, such as "1 year".
	InitialTerm Duration `json:"initialTerm,omitzero"`
	// MinimumTerm is the shortest the contract can run.
	MinimumTerm Duration `json:"minimumTerm,omitzero" whitepaper:"better=lower"`
	// AutoRenewal is whether the contract renews itself unless cancelled.
	AutoRenewal *bool `json:"autoRenewal,omitempty"`
	// CancellationNotice is how long before the end the customer must cancel.
	CancellationNotice Duration `json:"cancellationNotice,omitzero" whitepaper:"better=lower"`
	// LeadTime is how long from the order to the start of use.
	LeadTime Duration `json:"leadTime,omitzero"`
	// Note words the terms as the document does.
	Note Text `json:"note,omitzero"`
}

// Measurement is availability measured over a period.
type Measurement struct {
	// From is the first month or day of the period.
	From Date `json:"from" whitepaper:"key,required"`
	// To is the last month or day of the period.
	To Date `json:"to" whitepaper:"key,required"`
	// Availability is the share of time the service was available.
	Availability Percent `json:"availability,omitzero"`
	// Uptime is the share of time the service was up.
	Uptime Percent `json:"uptime,omitzero"`
	// Note words the figures as the document does.
	Note Text `json:"note,omitzero"`
}

// Adoption covers how widely the service is used.
type Adoption struct {
	// Figures lists counts of customers, each as of a date.
	Figures []Figure `json:"figures,omitempty"`
	// Countries lists countries where the service is used; end it with
	// "etc" when the document names only some.
	Countries []Place `json:"countries,omitempty" whitepaper:"set"`
	// Customers lists named customers, in groups.
	Customers []CustomerGroup `json:"customers,omitempty"`
	Notes
}

// Figure is a count of customers as of a date.
type Figure struct {
	// Count is the count, such as "about 12000 schools".
	Count Count `json:"count" whitepaper:"required,unit=schools|municipalities|organizations|companies|users|accounts"`
	// AsOf is when it was counted.
	AsOf Date `json:"asOf,omitzero"`
}

// CustomerGroup is a list of named customers in one place, written in one
// language (names are proper nouns and are not translated).
type CustomerGroup struct {
	// Language is the language the names are written in.
	Language language.Tag `json:"language" whitepaper:"required"`
	// Country is where the customers are.
	Country Country `json:"country,omitempty"`
	// Area names the region inside the country, such as a prefecture or city.
	Area string `json:"area,omitempty"`
	// AsOf is when the list was made.
	AsOf Date `json:"asOf,omitzero"`
	// Names lists the customers.
	Names []string `json:"names" whitepaper:"required"`
}

// Contact lists whom to contact about the document and the service.
type Contact struct {
	// Points lists the contact points.
	Points []ContactPoint `json:"points,omitempty"`
	Notes
}

// ContactPoint is a way to reach the vendor.
type ContactPoint struct {
	// Purposes lists what it is for.
	Purposes []ContactPurpose `json:"purposes,omitempty" whitepaper:"set"`
	// Organization is the company's name.
	Organization Text `json:"organization,omitzero"`
	// Department is the team, such as "ISMS 事務局".
	Department Text `json:"department,omitzero"`
	// Address is the postal address.
	Address Text `json:"address,omitzero"`
	// Email is the email address.
	Email Email `json:"email,omitempty"`
	// Phone is the telephone number.
	Phone Phone `json:"phone,omitempty"`
	// URL is a web form or page.
	URL URL `json:"url,omitempty"`
	// Hours are the hours it is staffed.
	Hours Text `json:"hours,omitzero"`
}
