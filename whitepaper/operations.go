package whitepaper

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
	// StagedNotices lists the notices before each kind of change, in
	// steps, with their channels.
	StagedNotices
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
	// Provided is false when the document states the vendor keeps no
	// backups of customer data (the customer must).
	Provided *bool `json:"provided,omitempty" whitepaper:"better=true"`
	// RestoreOnRequest is whether the vendor restores backups when a customer asks.
	RestoreOnRequest *bool `json:"restoreOnRequest,omitempty" whitepaper:"better=true,rule=backup-restore-on-request"`
	// PerAccountRestore is whether one customer's data can be restored
	// without the others'.
	PerAccountRestore *bool `json:"perAccountRestore,omitempty" whitepaper:"better=true"`
	// RestoreKeepsRegion is whether restored data stays in the region it
	// came from.
	RestoreKeepsRegion *bool `json:"restoreKeepsRegion,omitempty"`
	// Objectives lists recovery objectives (RPO and RTO).
	Objectives []RecoveryObjective `json:"objectives,omitempty"`
	// RestoreTests is how often restoring from backups is tested.
	RestoreTests Frequency `json:"restoreTests,omitzero" whitepaper:"better=lower"`
	// Drills is how often disaster-recovery drills are held.
	Drills Frequency `json:"drills,omitzero" whitepaper:"better=lower"`
	// Monitored is whether backups are monitored and failures alerted.
	Monitored *bool `json:"monitored,omitempty"`
	Notes
}

// RecoveryObjective is how much data may be lost and how long recovery may
// take after a failure.
type RecoveryObjective struct {
	Applicability
	// RPO is the recovery point objective: how much recent data may be lost.
	RPO Duration `json:"rpo,omitzero" whitepaper:"better=lower"`
	// RTO is the recovery time objective: how long recovery may take.
	RTO Duration `json:"rto,omitzero" whitepaper:"better=lower"`
	// Note words the objective as the document does.
	Note Text `json:"note,omitzero"`
}

// BackupSet is the backup of one kind of data.
type BackupSet struct {
	// Data is what is backed up.
	Data DataKind `json:"data" whitepaper:"key,required"`
	// Type is the kind of copy, such as full or transaction log; part of
	// the set's identity, so one database can have several sets.
	Type BackupType `json:"type,omitempty" whitepaper:"key"`
	Applicability
	// Method is how copies are made.
	Method BackupMethod `json:"method,omitempty"`
	// Frequency is how often a backup is taken.
	Frequency Frequency `json:"frequency,omitzero" whitepaper:"better=lower,rule=backup-interval"`
	// Window is when backups run, such as "daily 02:00-05:00 JST".
	Window Schedule `json:"window,omitzero"`
	// Generations is how many backups are kept.
	Generations Count `json:"generations,omitzero" whitepaper:"better=higher,rule=backup-generations,unit=generations|copies"`
	// Retention is how long backups are kept.
	Retention Duration `json:"retention,omitzero" whitepaper:"better=higher,rule=backup-retention"`
	// Sites is how many places hold copies, such as "at least 2 sites".
	Sites Count `json:"sites,omitzero" whitepaper:"better=higher,rule=backup-sites,unit=sites|regions|countries"`
	// Locations lists where copies are kept, such as another country.
	Locations []Place `json:"locations,omitempty" whitepaper:"set"`
	// Encrypted is whether the copies are encrypted.
	Encrypted *bool `json:"encrypted,omitempty" whitepaper:"better=true"`
	// Offsite is whether copies are kept far from the primary data, to
	// survive a large-scale disaster.
	Offsite *bool `json:"offsite,omitempty"`
	// SelfHealing is whether damaged data is repaired automatically from
	// redundant copies.
	SelfHealing *bool `json:"selfHealing,omitempty"`
	// Provider is the ID of the provider in [Document.Providers] whose
	// storage holds the copies.
	Provider string `json:"provider,omitempty" whitepaper:"ref=provider"`
	// Note words the backup as the document does.
	Note Text `json:"note,omitzero"`
}

// Logging covers the logs kept and who may see them (ISO/IEC 27017 12.4.1, 18.1.3).
type Logging struct {
	// Logs lists the kinds of log kept.
	Logs []Log `json:"logs,omitempty"`
	// Provider is the ID of the provider in [Document.Providers] whose
	// storage holds the logs.
	Provider string `json:"provider,omitempty" whitepaper:"ref=provider"`
	// AccessRestricted is whether only some of the vendor's staff can read logs.
	AccessRestricted *bool `json:"accessRestricted,omitempty"`
	// AccessibleBy names who can, such as "specific operations staff".
	AccessibleBy Text `json:"accessibleBy,omitzero"`
	// DisclosureOnRequest is whether the vendor hands logs to customers who ask.
	DisclosureOnRequest *bool `json:"disclosureOnRequest,omitempty" whitepaper:"better=true,rule=log-disclosure"`
	// AccessLogged is whether reading the logs is itself logged.
	AccessLogged *bool `json:"accessLogged,omitempty"`
	Notes
}

// Log is one kind of log.
type Log struct {
	// Type is the kind of log; empty when the document does not say.
	Type LogType `json:"type,omitempty" whitepaper:"key"`
	Applicability
	// Name is the log's name as the document words it.
	Name Text `json:"name,omitzero"`
	// Fields lists what each entry records.
	Fields []LogField `json:"fields,omitempty" whitepaper:"set,more=better"`
	// Retention is how long the log is kept.
	Retention Duration `json:"retention,omitzero" whitepaper:"better=higher,rule=log-retention"`
	// CustomerAccess is how customers can read the log: in the service,
	// on request, or not at all.
	CustomerAccess AccessMode `json:"customerAccess,omitempty"`
	// Export is whether the log can be exported or forwarded to the
	// customer's own systems.
	Export *bool `json:"export,omitempty" whitepaper:"better=true"`
	// Location is where the log is stored.
	Location Place `json:"location,omitempty"`
	// TamperProtection is whether the log is protected against alteration.
	TamperProtection *bool `json:"tamperProtection,omitempty" whitepaper:"better=true"`
	// Isolated is whether the log is kept apart from the systems it
	// records, so that an intruder cannot erase it.
	Isolated *bool `json:"isolated,omitempty" whitepaper:"better=true"`
	// Review is how often the log is reviewed.
	Review Frequency `json:"review,omitzero" whitepaper:"better=lower"`
	// Redacted says what is left out of or masked in the log.
	Redacted Text `json:"redacted,omitzero"`
	// Note words the log as the document does.
	Note Text `json:"note,omitzero"`
}

// ClockSync covers the time source of logs (ISO/IEC 27017 12.4.4).
type ClockSync struct {
	// Source names the time source, such as "Amazon Time Sync Service".
	Source string `json:"source,omitempty"`
	// Provider is the ID of the provider in [Document.Providers] that runs the source.
	Provider string `json:"provider,omitempty" whitepaper:"ref=provider"`
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
	// Tools names what customers can monitor with, such as an audit-log
	// screen or a dashboard.
	Tools Text `json:"tools,omitzero"`
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
	// Disclosure is how outsiders report vulnerabilities to the vendor.
	Disclosure *Disclosure `json:"disclosure,omitempty"`
	// Remediation lists how fast vulnerabilities found in the vendor's
	// own service are fixed, by severity (see vulnerability.go).
	Remediation []RemediationTarget `json:"remediation,omitempty"`
	Notes
}

// Disclosure is a vulnerability disclosure programme.
type Disclosure struct {
	// Policy is the published disclosure policy.
	Policy URL `json:"policy,omitempty"`
	// Contact is where reports go.
	Contact URL `json:"contact,omitempty"`
	// BugBounty is whether the vendor pays rewards for reports.
	BugBounty *bool `json:"bugBounty,omitempty"`
	// Platform names the bug-bounty platform, such as "HackerOne".
	Platform string `json:"platform,omitempty"`
	// SafeHarbor is whether good-faith researchers are promised no legal action.
	SafeHarbor *bool `json:"safeHarbor,omitempty"`
	// Credit is whether reporters are credited publicly.
	Credit *bool `json:"credit,omitempty"`
	// Coordinated is whether reporters are asked not to publish a
	// vulnerability until it is fixed.
	Coordinated *bool `json:"coordinated,omitempty"`
}

// Assessment is a kind of vulnerability assessment the vendor has done.
type Assessment struct {
	// Kind is what is assessed.
	Kind AssessmentKind `json:"kind" whitepaper:"key,required"`
	// By is who assesses.
	By Performer `json:"by,omitempty" whitepaper:"key"`
	Applicability
	// Provided is false when the document states the assessment is not done.
	Provided *bool `json:"provided,omitempty" whitepaper:"better=true"`
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

// PatchTarget is how fast one class of security patch is applied, for
// some plans or services or all.
type PatchTarget struct {
	// Class is which patches.
	Class PatchClass `json:"class" whitepaper:"key,required"`
	// Applicability limits the target to some plans or services, hedges
	// it ("in principle") and, with an id, tells apart two targets of one
	// class, as for every other rule-like item.
	Applicability
	// Within is the deadline, such as "within 1 week" or "promptly".
	Within Duration `json:"within,omitzero" whitepaper:"better=lower,rule=patch-deadline"`
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
	// Frequency is how often the practice is applied, such as "ongoing"
	// (継続的) or "per release", when the document says.
	Frequency Frequency `json:"frequency,omitzero"`
	// Note words the practice as the document does.
	Note Text `json:"note,omitzero"`
}
