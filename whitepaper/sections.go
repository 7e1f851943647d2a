package whitepaper

import "golang.org/x/text/language"

// Purpose states why the document exists and for whom.
type Purpose struct {
	// Statement is the purpose as the document words it.
	Statement Text `json:"statement,omitzero"`
	// Audience names who the document is for, such as prospective and
	// current customers.
	Audience Text `json:"audience,omitzero"`
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
	// Text is the duty as the document words it.
	Text Text `json:"text,omitzero"`
}

// DataLocation says where customer data is stored (ISO/IEC 27017 6.1.3).
type DataLocation struct {
	// Countries lists every country where customer data may be stored.
	Countries []Country `json:"countries,omitempty" whitepaper:"set"`
	// Regions lists the cloud regions that hold customer data.
	Regions []Region `json:"regions,omitempty"`
	// Transfers says whether data may be moved to other countries than Countries.
	Transfers *bool `json:"transfers,omitempty"`
	Notes
}

// Region is a cloud provider's region.
type Region struct {
	// Provider is the ID of the provider in [Document.Providers].
	Provider string `json:"provider" whitepaper:"key,required"`
	// Code is the provider's code for the region, such as "ap-northeast-1".
	Code string `json:"code" whitepaper:"key,required"`
	// Name is the region's name, such as "東京リージョン".
	Name Text `json:"name,omitzero"`
	// Country is the country the region is in.
	Country Country `json:"country" whitepaper:"required"`
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
	Notes
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
	Certificate *bool `json:"certificate,omitempty"`
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
	// Note words the export arrangement as the document does.
	Note Text `json:"note,omitzero"`
}

// DeletionRule says when data is deleted after a trigger.
type DeletionRule struct {
	// Plan names the plan or account type the rule applies to, such as
	// "paid", "trial", "free"; empty when the rule applies to all.
	Plan string `json:"plan,omitempty" whitepaper:"key"`
	// Trigger is the event the rule starts from.
	Trigger Trigger `json:"trigger" whitepaper:"key,required"`
	// Services limits the rule to some services (IDs in [Document.Services]).
	Services []string `json:"services,omitempty" whitepaper:"set"`
	// After is when deletion happens, counted from the trigger: "within 90
	// days", "at least 30 days", "immediately". For the inactivity trigger
	// it is the period of inactivity.
	After Duration `json:"after,omitzero"`
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
	// Description words the exception as the document does.
	Description Text `json:"description,omitzero"`
}

// AccessRule says what access a role keeps after an event.
type AccessRule struct {
	// Trigger is the event, such as the contract ending or a student graduating.
	Trigger Trigger `json:"trigger" whitepaper:"key,required"`
	// Role is whose access the rule sets; empty for all users.
	Role Role `json:"role,omitempty" whitepaper:"key"`
	// Access is what is left.
	Access AccessLevel `json:"access" whitepaper:"required"`
	// Note words the rule as the document does.
	Note Text `json:"note,omitzero"`
}

// Labelling covers how customers can label and group their information and
// users (ISO/IEC 27017 8.2.2).
type Labelling struct {
	// UserGroups is whether customers can group users into groups they define.
	UserGroups *bool `json:"userGroups,omitempty"`
	// DataLabels is whether customers can label data items.
	DataLabels *bool `json:"dataLabels,omitempty"`
	Notes
}

// UserRegistration covers registering and removing users (ISO/IEC 27017 9.2.1).
type UserRegistration struct {
	// CustomerManaged is whether the customer registers and deletes users itself.
	CustomerManaged *bool `json:"customerManaged,omitempty"`
	// BulkImport is whether users can be registered in bulk, such as from CSV.
	BulkImport *bool `json:"bulkImport,omitempty"`
	// Provisioning is whether users can be provisioned automatically, such as with SCIM.
	Provisioning *bool `json:"provisioning,omitempty"`
	Notes
}

// AccessRights covers how access rights are granted (ISO/IEC 27017 9.2.2).
type AccessRights struct {
	// CustomerAssigned is whether the customer grants access rights to its users.
	CustomerAssigned *bool `json:"customerAssigned,omitempty"`
	// Roles lists the roles the service offers.
	Roles []AccessRole `json:"roles,omitempty"`
	Notes
}

// AccessRole is a role a customer can give its users.
type AccessRole struct {
	// ID names the role; lower-case letters, digits and hyphens.
	ID string `json:"id" whitepaper:"key,required"`
	// Name is the role's name in the service.
	Name Text `json:"name" whitepaper:"required"`
	// Description says what the role can do.
	Description Text `json:"description,omitzero"`
	// FullAccess is whether the role can use every function regardless of
	// other permissions.
	FullAccess *bool `json:"fullAccess,omitempty"`
}

// AdminAuthentication covers how administrators authenticate (ISO/IEC 27017 9.2.3).
type AdminAuthentication struct {
	// MFA is whether administrators can (or must) use multi-factor authentication.
	MFA *bool `json:"mfa,omitempty"`
	// MFARequired is whether multi-factor authentication is mandatory for administrators.
	MFARequired *bool `json:"mfaRequired,omitempty"`
	// MFAMethods lists the second factors offered.
	MFAMethods []AuthMethod `json:"mfaMethods,omitempty" whitepaper:"set"`
	// SSO is whether administrators can log in with single sign-on.
	SSO *bool `json:"sso,omitempty"`
	// SSOProtocols lists the single sign-on protocols supported.
	SSOProtocols []SSOProtocol `json:"ssoProtocols,omitempty" whitepaper:"set"`
	Notes
}

// Passwords covers the management of users' passwords (ISO/IEC 27017 9.2.4).
type Passwords struct {
	// Distribution lists the ways initial passwords reach new users.
	Distribution []Distribution `json:"distribution,omitempty"`
	// ChangeAtFirstLogin is whether users must change the initial password
	// when they first log in.
	ChangeAtFirstLogin *bool `json:"changeAtFirstLogin,omitempty"`
	// SelfServiceReset is whether users can reset a forgotten password themselves.
	SelfServiceReset *bool `json:"selfServiceReset,omitempty"`
	// MinLength is the minimum password length.
	MinLength Count `json:"minLength,omitzero"`
	Notes
}

// Distribution is one way an initial password reaches a user.
type Distribution struct {
	// From is who hands out the password.
	From Role `json:"from" whitepaper:"key,required"`
	// To is who receives it.
	To Role `json:"to" whitepaper:"key,required"`
	// Method is how; empty when the document does not say.
	Method DistributionMethod `json:"method,omitempty" whitepaper:"key"`
	// Note words the way as the document does.
	Note Text `json:"note,omitzero"`
}

// SecuritySettings lists the security settings customers can switch on.
type SecuritySettings struct {
	// Settings lists them, one per kind.
	Settings []Setting `json:"settings,omitempty"`
	Notes
}

// Setting is a security setting a customer can switch on.
type Setting struct {
	// Kind is what the setting does.
	Kind SettingKind `json:"kind" whitepaper:"key,required"`
	// Available is whether the service offers it.
	Available *bool `json:"available" whitepaper:"required"`
	// Default is whether it is on unless the customer switches it off.
	Default *bool `json:"default,omitempty"`
	// Plans lists the plans that include it; empty when all do.
	Plans []string `json:"plans,omitempty" whitepaper:"set"`
	// Value is a duration the setting takes, such as a session time-out.
	Value Duration `json:"value,omitzero"`
	// Note words the setting as the document does.
	Note Text `json:"note,omitzero"`
}

// OperatorAccess covers who at the vendor can reach customer data, and how.
type OperatorAccess struct {
	// Restricted is whether only some named staff can access customer data.
	Restricted *bool `json:"restricted,omitempty"`
	// Who names the staff who can, such as "part of the development team".
	Who Text `json:"who,omitzero"`
	// JustInTime is whether access is granted only when needed, for a limited time.
	JustInTime *bool `json:"justInTime,omitempty"`
	// CustomerApproval is whether access needs the customer's approval.
	CustomerApproval *bool `json:"customerApproval,omitempty"`
	// MFA is whether staff access needs multi-factor authentication.
	MFA *bool `json:"mfa,omitempty"`
	// Audited is whether staff access is logged and reviewed.
	Audited *bool `json:"audited,omitempty"`
	Notes
}

// Cryptography covers encryption in transit and at rest (ISO/IEC 27017
// 10.1.1, 18.1.5).
type Cryptography struct {
	// InTransit lists how data in transit is protected.
	InTransit []TransitProtection `json:"inTransit,omitempty"`
	// AtRest lists how stored data is protected.
	AtRest []RestProtection `json:"atRest,omitempty"`
	// KeyManagement words how keys are managed.
	KeyManagement Text `json:"keyManagement,omitzero"`
	// CustomerManagedKeys is whether customers can bring their own keys.
	CustomerManagedKeys *bool `json:"customerManagedKeys,omitempty"`
	Notes
}

// TransitProtection is how one kind of traffic is protected.
type TransitProtection struct {
	// Scope is which traffic; empty when the document does not say.
	Scope TransitScope `json:"scope,omitempty" whitepaper:"key"`
	// Protocol is the protocol; empty when the document only says "encrypted".
	Protocol Protocol `json:"protocol,omitempty" whitepaper:"key"`
	// MinVersion is the lowest TLS version accepted.
	MinVersion TLSVersion `json:"minVersion,omitempty"`
	// Algorithms lists the algorithms named, such as "SHA-256".
	Algorithms []string `json:"algorithms,omitempty" whitepaper:"set"`
	// Note words the protection as the document does.
	Note Text `json:"note,omitzero"`
}

// RestProtection is how one kind of stored data is protected.
type RestProtection struct {
	// Data is what is protected.
	Data DataKind `json:"data" whitepaper:"key,required"`
	// Method is how.
	Method ProtectionMethod `json:"method" whitepaper:"required"`
	// Algorithm is the algorithm named, such as "AES-256".
	Algorithm string `json:"algorithm,omitempty"`
	// Note words the protection as the document does.
	Note Text `json:"note,omitzero"`
}

// PhysicalDisposal covers the secure disposal and reuse of equipment
// (ISO/IEC 27017 11.2.7).
type PhysicalDisposal struct {
	// DelegatedTo is the ID of the provider in [Document.Providers] that
	// disposes of equipment, when the vendor has none of its own.
	DelegatedTo string `json:"delegatedTo,omitempty"`
	// Standard names the disposal standard followed, such as "NIST SP 800-88".
	Standard string `json:"standard,omitempty"`
	Notes
}

// Manuals covers the manuals and procedures customers receive (ISO/IEC
// 27017 12.1.1, CLD.12.1.5).
type Manuals struct {
	// Manuals lists them.
	Manuals []Manual `json:"manuals,omitempty"`
	Notes
}

// Manual is a user manual or guide.
type Manual struct {
	// Name is the manual's title.
	Name Text `json:"name" whitepaper:"required"`
	// URL is where it is published.
	URL URL `json:"url,omitempty"`
	// Delivery is how customers receive it.
	Delivery Delivery `json:"delivery,omitempty"`
}

// ChangeManagement covers how changes to the service and maintenance are
// announced (ISO/IEC 27017 12.1.2).
type ChangeManagement struct {
	// Announcements lists where changes are announced.
	Announcements []Channel `json:"announcements,omitempty"`
	// MaintenanceNotice lists how maintenance is announced.
	MaintenanceNotice []Channel `json:"maintenanceNotice,omitempty"`
	// AdvanceNotice is how long before a change or maintenance customers are told.
	AdvanceNotice Duration `json:"advanceNotice,omitzero"`
	Notes
}

// Channel is a way the vendor tells customers something, or customers
// reach the vendor.
type Channel struct {
	// Kind is the medium.
	Kind ChannelKind `json:"kind" whitepaper:"required"`
	// Name is the channel's name, such as "Classi からのお知らせ".
	Name Text `json:"name,omitzero"`
	// URL is its address.
	URL URL `json:"url,omitempty"`
	// Email is its address, for email channels.
	Email Email `json:"email,omitempty"`
	// Phone is its number, for phone channels.
	Phone Phone `json:"phone,omitempty"`
	// Recipient is who receives messages on it.
	Recipient Role `json:"recipient,omitempty"`
	// OptIn is whether customers must subscribe to receive messages.
	OptIn *bool `json:"optIn,omitempty"`
	// Condition says when the channel is used, such as "maintenance with a
	// large impact".
	Condition Text `json:"condition,omitzero"`
}

// Capacity covers resource capacity and its monitoring (ISO/IEC 27017 12.1.3).
type Capacity struct {
	// Monitored is whether the vendor monitors resource usage.
	Monitored *bool `json:"monitored,omitempty"`
	// AutoScaling is whether capacity grows automatically.
	AutoScaling *bool `json:"autoScaling,omitempty"`
	Notes
}

// Backup covers the vendor's backups of customer data (ISO/IEC 27017 12.3.1).
type Backup struct {
	// Sets lists what is backed up and how.
	Sets []BackupSet `json:"sets,omitempty"`
	// RestoreOnRequest is whether the vendor restores backups when a customer asks.
	RestoreOnRequest *bool `json:"restoreOnRequest,omitempty"`
	Notes
}

// BackupSet is the backup of one kind of data.
type BackupSet struct {
	// Data is what is backed up.
	Data DataKind `json:"data" whitepaper:"key,required"`
	// Services limits the set to some services (IDs in [Document.Services]).
	Services []string `json:"services,omitempty" whitepaper:"key,set"`
	// Method is how copies are made.
	Method BackupMethod `json:"method,omitempty"`
	// Frequency is how often a backup is taken.
	Frequency Frequency `json:"frequency,omitzero"`
	// Generations is how many backups are kept.
	Generations Count `json:"generations,omitzero"`
	// Retention is how long backups are kept.
	Retention Duration `json:"retention,omitzero"`
	// Sites is how many places hold copies, such as "at least 2 sites".
	Sites Count `json:"sites,omitzero"`
	// Offsite is whether copies are kept far from the primary data, to
	// survive a large-scale disaster.
	Offsite *bool `json:"offsite,omitempty"`
	// SelfHealing is whether damaged data is repaired automatically from
	// redundant copies.
	SelfHealing *bool `json:"selfHealing,omitempty"`
	// Provider is the ID of the provider in [Document.Providers] whose
	// storage holds the copies.
	Provider string `json:"provider,omitempty"`
	// Note words the backup as the document does.
	Note Text `json:"note,omitzero"`
}

// Logging covers the logs kept and who may see them (ISO/IEC 27017 12.4.1, 18.1.3).
type Logging struct {
	// Logs lists the kinds of log kept.
	Logs []Log `json:"logs,omitempty"`
	// Provider is the ID of the provider in [Document.Providers] whose
	// storage holds the logs.
	Provider string `json:"provider,omitempty"`
	// AccessRestricted is whether only some of the vendor's staff can read logs.
	AccessRestricted *bool `json:"accessRestricted,omitempty"`
	// AccessibleBy names who can, such as "specific operations staff".
	AccessibleBy Text `json:"accessibleBy,omitzero"`
	// DisclosureOnRequest is whether the vendor hands logs to customers who ask.
	DisclosureOnRequest *bool `json:"disclosureOnRequest,omitempty"`
	Notes
}

// Log is one kind of log.
type Log struct {
	// Type is the kind of log.
	Type LogType `json:"type" whitepaper:"key,required"`
	// Name is the log's name as the document words it.
	Name Text `json:"name,omitzero"`
	// Fields lists what each entry records.
	Fields []LogField `json:"fields,omitempty" whitepaper:"set"`
	// Retention is how long the log is kept.
	Retention Duration `json:"retention,omitzero"`
	// CustomerVisible is whether customers can read the log in the service.
	CustomerVisible *bool `json:"customerVisible,omitempty"`
	// Note words the log as the document does.
	Note Text `json:"note,omitzero"`
}

// ClockSync covers the time source of logs (ISO/IEC 27017 12.4.4).
type ClockSync struct {
	// Source names the time source, such as "Amazon Time Sync Service".
	Source string `json:"source,omitempty"`
	// Provider is the ID of the provider in [Document.Providers] that runs the source.
	Provider string `json:"provider,omitempty"`
	// TimeZone is the time zone logs are shown in, such as "JST".
	TimeZone string `json:"timeZone,omitempty"`
	// UTCOffset is that zone's offset from UTC, such as "+09:00".
	UTCOffset UTCOffset `json:"utcOffset,omitempty"`
	Notes
}

// Monitoring covers the monitoring customers can do of their use of the
// service (ISO/IEC 27017 CLD.12.4.5).
type Monitoring struct {
	// CustomerMonitoring is whether customers can monitor their use of the
	// service, such as through audit logs or dashboards.
	CustomerMonitoring *bool `json:"customerMonitoring,omitempty"`
	// VendorMonitoring is whether the vendor monitors the service around the clock.
	VendorMonitoring *bool `json:"vendorMonitoring,omitempty"`
	Notes
}

// Vulnerabilities covers vulnerability management (ISO/IEC 27017 12.6.1).
type Vulnerabilities struct {
	// Assessments lists the vulnerability assessments done.
	Assessments []Assessment `json:"assessments,omitempty"`
	// Intelligence says how the vendor learns of new vulnerabilities.
	Intelligence *Intelligence `json:"intelligence,omitempty"`
	// Patching lists the targets for applying security patches.
	Patching []PatchTarget `json:"patching,omitempty"`
	// TestedBeforeApplying is whether patches are tested before production.
	TestedBeforeApplying *bool `json:"testedBeforeApplying,omitempty"`
	Notes
}

// Assessment is a kind of vulnerability assessment the vendor has done.
type Assessment struct {
	// Kind is what is assessed.
	Kind AssessmentKind `json:"kind" whitepaper:"key,required"`
	// By is who assesses.
	By Performer `json:"by,omitempty" whitepaper:"key"`
	// Frequency is how often.
	Frequency Frequency `json:"frequency,omitzero"`
	// Note words the assessment as the document does.
	Note Text `json:"note,omitzero"`
}

// Intelligence is how the vendor gathers vulnerability information.
type Intelligence struct {
	// Scope names what is watched, such as "OS and middleware".
	Scope Text `json:"scope,omitzero"`
	// Source names where the information comes from, such as a dedicated service.
	Source Text `json:"source,omitzero"`
	// Frequency is how often it is gathered.
	Frequency Frequency `json:"frequency,omitzero"`
	// By names who gathers it, such as the development team.
	By Text `json:"by,omitzero"`
	// Triage names who judges what to do.
	Triage Text `json:"triage,omitzero"`
	// Note words the practice as the document does.
	Note Text `json:"note,omitzero"`
}

// PatchTarget is how fast one class of security patch is applied.
type PatchTarget struct {
	// Class is which patches.
	Class PatchClass `json:"class" whitepaper:"key,required"`
	// Within is the deadline, such as "within 1 week" or "promptly".
	Within Duration `json:"within,omitzero"`
	// Cadence is the regular schedule they are applied on, such as "about monthly".
	Cadence Frequency `json:"cadence,omitzero"`
	// Note words the target as the document does.
	Note Text `json:"note,omitzero"`
}

// SecureDevelopment covers security in development (ISO/IEC 27017 14.2.1).
type SecureDevelopment struct {
	// Practices lists the practices followed.
	Practices []Practice `json:"practices,omitempty"`
	Notes
}

// Practice is a secure-development practice.
type Practice struct {
	// Kind is the practice.
	Kind PracticeKind `json:"kind" whitepaper:"key,required"`
	// Name names a guideline or standard, such as IPA's web application
	// security checklist.
	Name Text `json:"name,omitzero"`
	// Publisher is who publishes that guideline.
	Publisher Text `json:"publisher,omitzero"`
	// URL is where it is.
	URL URL `json:"url,omitempty"`
	// Note words the practice as the document does.
	Note Text `json:"note,omitzero"`
}

// Subprocessors lists the external services that receive customer data
// (ISO/IEC 27017 15.1.2, 15.1.3).
type Subprocessors struct {
	// Services lists them.
	Services []Subprocessor `json:"services,omitempty"`
	Notes
}

// Subprocessor is an external service that receives customer data.
type Subprocessor struct {
	// Name is the service's name, such as "SendGrid".
	Name string `json:"name" whitepaper:"key,required"`
	// Operator is the company that runs it, such as "Twilio".
	Operator string `json:"operator,omitempty"`
	// Categories group the service by use, such as development or support.
	Categories []Category `json:"categories,omitempty" whitepaper:"set"`
	// Function says what it is used for, as the document words it.
	Function Text `json:"function,omitzero"`
	// Data lists the categories of data it receives.
	Data []DataCategory `json:"data,omitempty" whitepaper:"set"`
	// DataIncomplete is whether Data is only examples ("…など", "etc.").
	DataIncomplete *bool `json:"dataIncomplete,omitempty"`
	// Countries lists where it stores data.
	Countries []Country `json:"countries,omitempty" whitepaper:"set"`
	// URL is its web site.
	URL URL `json:"url,omitempty"`
	// OutsideScope is whether the whitepaper disclaims what the service
	// manages (it neither covers nor guarantees it).
	OutsideScope *bool `json:"outsideScope,omitempty"`
	// Note words anything else the document says of it.
	Note Text `json:"note,omitzero"`
}

// IncidentResponse covers security incidents: what counts, how customers
// are told and how they report one (ISO/IEC 27017 16.1.1, 16.1.2, 16.1.7).
type IncidentResponse struct {
	// Definition says what the vendor counts as a security incident.
	Definition Text `json:"definition,omitzero"`
	// Exclusions lists what does not count.
	Exclusions []Exclusion `json:"exclusions,omitempty" whitepaper:"set"`
	// Actions lists what the vendor does when one happens.
	Actions []IncidentAction `json:"actions,omitempty" whitepaper:"set"`
	// Notification says how and how fast customers are told.
	Notification *Notification `json:"notification,omitempty"`
	// Updates lists where incident information is published, such as a status page.
	Updates []Channel `json:"updates,omitempty"`
	// Reporting lists how customers report an incident or ask about one.
	Reporting []Channel `json:"reporting,omitempty"`
	// EvidenceRequests is whether the vendor provides evidence, such as
	// logs, for a customer's investigation.
	EvidenceRequests *bool `json:"evidenceRequests,omitempty"`
	Notes
}

// Notification is how customers are told of an incident.
type Notification struct {
	// Deadline is how fast, such as "within 72 hours" or "promptly".
	Deadline Duration `json:"deadline,omitzero"`
	// From is the moment the deadline counts from.
	From Anchor `json:"from,omitempty"`
	// Commitment is how firm the deadline is.
	Commitment Commitment `json:"commitment,omitempty"`
	// Scope says which incidents are notified, such as "incidents with a
	// large impact on customers".
	Scope Text `json:"scope,omitzero"`
	// Recipient is who is told.
	Recipient Role `json:"recipient,omitempty"`
	// Channels lists how.
	Channels []Channel `json:"channels,omitempty"`
	// Note words the notification as the document does.
	Note Text `json:"note,omitzero"`
}

// ApplicableLaw covers which law governs the contract and the data
// (ISO/IEC 27017 18.1.1).
type ApplicableLaw struct {
	// Laws lists the governing laws, one per scope and country.
	Laws []Law `json:"laws,omitempty"`
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
	AlignedWith []Standard `json:"alignedWith,omitempty" whitepaper:"set"`
	Notes
}

// Certification is a certification or attestation held by the vendor or
// one of its providers.
type Certification struct {
	// Standard is the scheme.
	Standard Standard `json:"standard" whitepaper:"key,required"`
	// Holder is the ID of who holds it: the vendor or a provider.
	Holder string `json:"holder" whitepaper:"key,required"`
	// Name is the certification's name as the document words it, such as
	// "ISMS クラウドセキュリティ認証".
	Name Text `json:"name,omitzero"`
	// Status is where the certification stands; empty means certified.
	Status CertificationStatus `json:"status,omitempty"`
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
	// Note words anything else the document says of it.
	Note Text `json:"note,omitzero"`
	// References lists pages about the certification.
	References []Reference `json:"references,omitempty"`
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
	// Frequency is how often.
	Frequency Frequency `json:"frequency,omitzero"`
	// Auditor names the auditor, such as "an internationally recognised audit firm".
	Auditor Text `json:"auditor,omitzero"`
	// Scope says what is checked.
	Scope Text `json:"scope,omitzero"`
	// Remediation is whether findings are remedied promptly.
	Remediation *bool `json:"remediation,omitempty"`
}

// DataUse covers what the vendor does with customer data and to whom it
// discloses it (ISO/IEC 27018).
type DataUse struct {
	// ServiceOnly is whether data is used only to provide the service.
	ServiceOnly *bool `json:"serviceOnly,omitempty"`
	// Purposes lists the uses the vendor makes of the data.
	Purposes []Text `json:"purposes,omitempty"`
	// VendorOwnership is whether the vendor claims ownership of customer data.
	VendorOwnership *bool `json:"vendorOwnership,omitempty"`
	// Minimization is whether the vendor collects only the personal data it needs.
	Minimization *bool `json:"minimization,omitempty"`
	// ThirdPartyDisclosure is whether data is given to third parties
	// other than on the listed Grounds.
	ThirdPartyDisclosure *bool `json:"thirdPartyDisclosure,omitempty"`
	// Grounds lists the grounds on which data may be disclosed.
	Grounds []Ground `json:"grounds,omitempty" whitepaper:"set"`
	// LawEnforcement says how requests from authorities are handled.
	LawEnforcement *LawEnforcement `json:"lawEnforcement,omitempty"`
	// EndUserRequests is whether the vendor answers privacy requests that
	// come straight from the customer's end users.
	EndUserRequests *bool `json:"endUserRequests,omitempty"`
	// ContractorsBound is whether contractors that receive data are bound
	// in writing to protect it.
	ContractorsBound *bool `json:"contractorsBound,omitempty"`
	Notes
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
	// References lists pages about it.
	References []Reference `json:"references,omitempty"`
}

// Availability covers the service's availability: its status page,
// service levels and measured figures.
type Availability struct {
	// StatusPage is the public status page.
	StatusPage URL `json:"statusPage,omitempty"`
	// SLA is the service-level agreement, if any.
	SLA *SLA `json:"sla,omitempty"`
	// Measured lists measured figures.
	Measured []Measurement `json:"measured,omitempty"`
	// Maintenance lists regular maintenance windows.
	Maintenance []Text `json:"maintenance,omitempty"`
	Notes
}

// SLA is a service-level agreement.
type SLA struct {
	// Target is the promised availability.
	Target Percent `json:"target,omitzero"`
	// Period is the period it is measured over.
	Period Duration `json:"period,omitzero"`
	// Credits lists the service credits when it is missed.
	Credits []Credit `json:"credits,omitempty"`
	// URL is where the agreement is published.
	URL URL `json:"url,omitempty"`
}

// Credit is a service credit for availability below a threshold.
type Credit struct {
	// Below is the availability under which the credit applies.
	Below Percent `json:"below" whitepaper:"key,required"`
	// Credit is the share of the fee credited.
	Credit Percent `json:"credit" whitepaper:"required"`
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

// OtherSafeguards covers further organisational safeguards.
type OtherSafeguards struct {
	// HandlingRules is whether rules and manuals govern how customer data
	// is collected, stored, used and deleted.
	HandlingRules *bool `json:"handlingRules,omitempty"`
	Notes
}

// Adoption covers how widely the service is used.
type Adoption struct {
	// Figures lists counts of customers, each as of a date.
	Figures []Figure `json:"figures,omitempty"`
	// Countries lists countries where the service is used.
	Countries []Country `json:"countries,omitempty" whitepaper:"set"`
	// Customers lists named customers, in groups.
	Customers []CustomerGroup `json:"customers,omitempty"`
	Notes
}

// Figure is a count of customers as of a date.
type Figure struct {
	// Count is the count, such as "about 12000 schools".
	Count Count `json:"count" whitepaper:"required"`
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
