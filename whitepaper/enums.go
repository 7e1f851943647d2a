package whitepaper

// Role names who does something or whom something concerns: the vendor, its staff, its infrastructure provider, a subprocessor, the customer and the customer's people.
type Role string

// The values of Role.
const (
	// RoleVendor is the company that provides the service.
	RoleVendor Role = "vendor"
	// RoleVendorStaff is the vendor's employees and operators.
	RoleVendorStaff Role = "vendor-staff"
	// RoleInfrastructureProvider is the cloud or data-centre provider the service runs on.
	RoleInfrastructureProvider Role = "infrastructure-provider"
	// RoleSubprocessor is a third party that processes customer data for the vendor.
	RoleSubprocessor Role = "subprocessor"
	// RoleCustomer is the organisation that contracts for the service.
	RoleCustomer Role = "customer"
	// RoleAdministrator is the customer's administrator of the service.
	RoleAdministrator Role = "administrator"
	// RoleEndUser is any person who uses the service on the customer's behalf.
	RoleEndUser Role = "end-user"
	// RoleEmployee is the customer's employees as users.
	RoleEmployee Role = "employee"
	// RoleTeacher is teachers, in education services.
	RoleTeacher Role = "teacher"
	// RoleStudent is students, in education services.
	RoleStudent Role = "student"
	// RoleGuardian is parents and guardians, in education services.
	RoleGuardian Role = "guardian"
	// RoleSystem is the service itself, acting automatically.
	RoleSystem Role = "system"
	// RoleShared is the vendor and the customer together: a shared responsibility.
	RoleShared Role = "shared"
	// RoleAccountOwner is the person who holds the customer's contract or account.
	RoleAccountOwner Role = "account-owner"
	// RoleDataController is whoever decides why and how personal data is processed, under privacy law.
	RoleDataController Role = "data-controller"
	// RoleContractor is a company the vendor contracts work to.
	RoleContractor Role = "contractor"
	// RoleSupervisoryAuthority is a data-protection supervisory authority
	// or the regulator a notice goes to.
	RoleSupervisoryAuthority Role = "supervisory-authority"
	// RoleDataSubject is the people the personal data is about.
	RoleDataSubject Role = "data-subject"
	// RoleApplicant is applicants, in recruiting and admission services.
	RoleApplicant Role = "applicant"
)

var roleValues = []Role{RoleVendor, RoleVendorStaff, RoleInfrastructureProvider, RoleSubprocessor, RoleCustomer, RoleAdministrator, RoleEndUser, RoleEmployee, RoleTeacher, RoleStudent, RoleGuardian, RoleSystem, RoleShared, RoleAccountOwner, RoleDataController, RoleContractor, RoleSupervisoryAuthority, RoleDataSubject, RoleApplicant}

// Values lists every Role, in a stable order.
func (Role) Values() []Role { return roleValues }

// UnmarshalText accepts only the listed values.
func (x *Role) UnmarshalText(b []byte) error { return parseEnum(x, b, "role", roleValues) }

func (x Role) check() error { return checkEnum(x, "role", roleValues) }

// ReferenceKind says what a [Reference] points to.
type ReferenceKind string

// The values of ReferenceKind.
const (
	// RefLink is a web page.
	RefLink ReferenceKind = "link"
	// RefManual is a user manual or how-to page.
	RefManual ReferenceKind = "manual"
	// RefDocument is a report, standard or other document.
	RefDocument ReferenceKind = "document"
	// RefRegistry is a public registry entry, such as a certification register.
	RefRegistry ReferenceKind = "registry"
	// RefPolicy is a policy or terms page.
	RefPolicy ReferenceKind = "policy"
	// RefFootnote is a footnote of the whitepaper.
	RefFootnote ReferenceKind = "footnote"
	// RefDisclaimer is a disclaimer of the whitepaper.
	RefDisclaimer ReferenceKind = "disclaimer"
)

var referenceKindValues = []ReferenceKind{RefLink, RefManual, RefDocument, RefRegistry, RefPolicy, RefFootnote, RefDisclaimer}

// Values lists every ReferenceKind, in a stable order.
func (ReferenceKind) Values() []ReferenceKind { return referenceKindValues }

// UnmarshalText accepts only the listed values.
func (x *ReferenceKind) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "reference kind", referenceKindValues)
}

func (x ReferenceKind) check() error { return checkEnum(x, "reference kind", referenceKindValues) }

// LawScope says what a governing law applies to.
type LawScope string

// The values of LawScope.
const (
	// LawCustomerContract is the contract between the customer and the vendor.
	LawCustomerContract LawScope = "customer-contract"
	// LawInfrastructureContract is the vendor's contract with its infrastructure provider.
	LawInfrastructureContract LawScope = "infrastructure-contract"
	// LawStoredData is data stored in the country.
	LawStoredData LawScope = "stored-data"
)

var lawScopeValues = []LawScope{LawCustomerContract, LawInfrastructureContract, LawStoredData}

// Values lists every LawScope, in a stable order.
func (LawScope) Values() []LawScope { return lawScopeValues }

// UnmarshalText accepts only the listed values.
func (x *LawScope) UnmarshalText(b []byte) error { return parseEnum(x, b, "law scope", lawScopeValues) }

func (x LawScope) check() error { return checkEnum(x, "law scope", lawScopeValues) }

// Trigger is the event that starts a deletion or access rule.
type Trigger string

// The values of Trigger.
const (
	// TriggerContractEnd is the contract ends or is cancelled.
	TriggerContractEnd Trigger = "contract-end"
	// TriggerSuspension is the vendor suspends the account.
	TriggerSuspension Trigger = "suspension"
	// TriggerTrialEnd is a trial ends.
	TriggerTrialEnd Trigger = "trial-end"
	// TriggerInactivity is the account has not been used for a period.
	TriggerInactivity Trigger = "inactivity"
	// TriggerCustomerRequest is the customer asks for it.
	TriggerCustomerRequest Trigger = "customer-request"
	// TriggerCustomerDeletion is the customer deletes the data in the service.
	TriggerCustomerDeletion Trigger = "customer-deletion"
	// TriggerGraduation is a student graduates.
	TriggerGraduation Trigger = "graduation"
	// TriggerTransfer is a student transfers to another school.
	TriggerTransfer Trigger = "transfer"
	// TriggerServiceDeletion is the deletion of the data from the service itself, from which copies kept longer (such as backups) count.
	TriggerServiceDeletion Trigger = "service-deletion"
	// TriggerAccountFrozen is the account being frozen or locked, other than by a suspension for a breach of the terms.
	TriggerAccountFrozen Trigger = "account-frozen"
	// TriggerNonPayment is fees being left unpaid.
	TriggerNonPayment Trigger = "non-payment"
	// TriggerPlanChange is the customer changing plans.
	TriggerPlanChange Trigger = "plan-change"
	// TriggerNoLongerNeeded is the data no longer being needed for its purpose, as the vendor judges by its own rules.
	TriggerNoLongerNeeded Trigger = "no-longer-needed"
)

var triggerValues = []Trigger{TriggerContractEnd, TriggerSuspension, TriggerTrialEnd, TriggerInactivity, TriggerCustomerRequest, TriggerCustomerDeletion, TriggerGraduation, TriggerTransfer, TriggerServiceDeletion, TriggerAccountFrozen, TriggerNonPayment, TriggerPlanChange, TriggerNoLongerNeeded}

// Values lists every Trigger, in a stable order.
func (Trigger) Values() []Trigger { return triggerValues }

// UnmarshalText accepts only the listed values.
func (x *Trigger) UnmarshalText(b []byte) error { return parseEnum(x, b, "trigger", triggerValues) }

func (x Trigger) check() error { return checkEnum(x, "trigger", triggerValues) }

// AccessLevel is how much a role can still see after an event.
type AccessLevel string

// The values of AccessLevel.
const (
	// AccessNone is no access.
	AccessNone AccessLevel = "none"
	// AccessLimitedRead is read access to part of the data.
	AccessLimitedRead AccessLevel = "limited-read"
	// AccessReadOnly is read access, no changes.
	AccessReadOnly AccessLevel = "read-only"
	// AccessFull is unchanged access.
	AccessFull AccessLevel = "full"
)

var accessLevelValues = []AccessLevel{AccessNone, AccessLimitedRead, AccessReadOnly, AccessFull}

// Values lists every AccessLevel, in a stable order.
func (AccessLevel) Values() []AccessLevel { return accessLevelValues }

// UnmarshalText accepts only the listed values.
func (x *AccessLevel) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "access level", accessLevelValues)
}

func (x AccessLevel) check() error { return checkEnum(x, "access level", accessLevelValues) }

// Treatment is what happens to data kept as an exception to deletion.
type Treatment string

// The values of Treatment.
const (
	// TreatmentAnonymized is kept with identities removed.
	TreatmentAnonymized Treatment = "anonymized"
	// TreatmentPseudonymized is kept with identities replaced.
	TreatmentPseudonymized Treatment = "pseudonymized"
	// TreatmentAggregated is kept only as aggregates.
	TreatmentAggregated Treatment = "aggregated"
	// TreatmentRetained is kept as is.
	TreatmentRetained Treatment = "retained"
)

var treatmentValues = []Treatment{TreatmentAnonymized, TreatmentPseudonymized, TreatmentAggregated, TreatmentRetained}

// Values lists every Treatment, in a stable order.
func (Treatment) Values() []Treatment { return treatmentValues }

// UnmarshalText accepts only the listed values.
func (x *Treatment) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "treatment", treatmentValues)
}

func (x Treatment) check() error { return checkEnum(x, "treatment", treatmentValues) }

// ChannelKind is the medium of a [Channel].
type ChannelKind string

// The values of ChannelKind.
const (
	// ChannelEmail is email.
	ChannelEmail ChannelKind = "email"
	// ChannelWeb is a web page, such as a news or release-notes page.
	ChannelWeb ChannelKind = "web"
	// ChannelInApp is a notice inside the service.
	ChannelInApp ChannelKind = "in-app"
	// ChannelStatusPage is a public service status page.
	ChannelStatusPage ChannelKind = "status-page"
	// ChannelForm is a web form.
	ChannelForm ChannelKind = "form"
	// ChannelPhone is telephone.
	ChannelPhone ChannelKind = "phone"
	// ChannelPost is postal mail.
	ChannelPost ChannelKind = "post"
	// ChannelChat is chat support.
	ChannelChat ChannelKind = "chat"
	// ChannelRepository is a public repository or feed that customers can watch, such as a GitHub repository or an RSS feed.
	ChannelRepository ChannelKind = "repository"
	// ChannelOther is another medium, named by the channel's name.
	ChannelOther ChannelKind = "other"
)

var channelKindValues = []ChannelKind{ChannelEmail, ChannelWeb, ChannelInApp, ChannelStatusPage, ChannelForm, ChannelPhone, ChannelPost, ChannelChat, ChannelRepository, ChannelOther}

// Values lists every ChannelKind, in a stable order.
func (ChannelKind) Values() []ChannelKind { return channelKindValues }

// UnmarshalText accepts only the listed values.
func (x *ChannelKind) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "channel kind", channelKindValues)
}

func (x ChannelKind) check() error { return checkEnum(x, "channel kind", channelKindValues) }

// TransitScope is which traffic an in-transit protection covers.
type TransitScope string

// The values of TransitScope.
const (
	// TransitAll is all communication of the service.
	TransitAll TransitScope = "all"
	// TransitClient is between the customer's devices and the service.
	TransitClient TransitScope = "client"
	// TransitInternal is inside the vendor's infrastructure.
	TransitInternal TransitScope = "internal"
	// TransitAPI is the service's API.
	TransitAPI TransitScope = "api"
)

var transitScopeValues = []TransitScope{TransitAll, TransitClient, TransitInternal, TransitAPI}

// Values lists every TransitScope, in a stable order.
func (TransitScope) Values() []TransitScope { return transitScopeValues }

// UnmarshalText accepts only the listed values.
func (x *TransitScope) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "transit scope", transitScopeValues)
}

func (x TransitScope) check() error { return checkEnum(x, "transit scope", transitScopeValues) }

// Protocol is a protocol that protects data in transit.
type Protocol string

// The values of Protocol.
const (
	// ProtocolTLS is TLS (HTTPS); "SSL/TLS" in many whitepapers.
	ProtocolTLS Protocol = "tls"
	// ProtocolIPsec is IPsec.
	ProtocolIPsec Protocol = "ipsec"
	// ProtocolSSH is SSH.
	ProtocolSSH Protocol = "ssh"
	// ProtocolVPN is a VPN of unstated kind.
	ProtocolVPN Protocol = "vpn"
)

var protocolValues = []Protocol{ProtocolTLS, ProtocolIPsec, ProtocolSSH, ProtocolVPN}

// Values lists every Protocol, in a stable order.
func (Protocol) Values() []Protocol { return protocolValues }

// UnmarshalText accepts only the listed values.
func (x *Protocol) UnmarshalText(b []byte) error { return parseEnum(x, b, "protocol", protocolValues) }

func (x Protocol) check() error { return checkEnum(x, "protocol", protocolValues) }

// TLSVersion is a version of TLS.
type TLSVersion string

// The values of TLSVersion.
const (
	// TLS10 is TLS 1.0.
	TLS10 TLSVersion = "1.0"
	// TLS11 is TLS 1.1.
	TLS11 TLSVersion = "1.1"
	// TLS12 is TLS 1.2.
	TLS12 TLSVersion = "1.2"
	// TLS13 is TLS 1.3.
	TLS13 TLSVersion = "1.3"
)

var tLSVersionValues = []TLSVersion{TLS10, TLS11, TLS12, TLS13}

// Values lists every TLSVersion, in a stable order.
func (TLSVersion) Values() []TLSVersion { return tLSVersionValues }

// UnmarshalText accepts only the listed values.
func (x *TLSVersion) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "TLS version", tLSVersionValues)
}

func (x TLSVersion) check() error { return checkEnum(x, "TLS version", tLSVersionValues) }

// DataKind is a kind of stored data that a protection, backup or exception covers.
type DataKind string

// The values of DataKind.
const (
	// DataAll is all customer data.
	DataAll DataKind = "all"
	// DataDatabase is data in the service's databases.
	DataDatabase DataKind = "database"
	// DataFiles is uploaded files.
	DataFiles DataKind = "files"
	// DataPasswords is user passwords.
	DataPasswords DataKind = "passwords"
	// DataBackups is backup copies.
	DataBackups DataKind = "backups"
	// DataLogs is logs.
	DataLogs DataKind = "logs"
	// DataSurveys is survey questions and answers.
	DataSurveys DataKind = "surveys"
	// DataPersonal is personal data.
	DataPersonal DataKind = "personal-data"
	// DataCustomer is the data customers put into the service (ISO/IEC 27017 cloud service customer data), as opposed to derived data; use all when the document draws no such line.
	DataCustomer DataKind = "customer-data"
	// DataDerived is data the vendor derives from the use of the service (ISO/IEC 27017 cloud service derived data).
	DataDerived DataKind = "derived-data"
	// DataAccount is account and billing data of the customer.
	DataAccount DataKind = "account-data"
	// DataMetadata is metadata, such as file names and timestamps.
	DataMetadata DataKind = "metadata"
	// DataConfiguration is settings and configuration.
	DataConfiguration DataKind = "configuration"
)

var dataKindValues = []DataKind{DataAll, DataDatabase, DataFiles, DataPasswords, DataBackups, DataLogs, DataSurveys, DataPersonal, DataCustomer, DataDerived, DataAccount, DataMetadata, DataConfiguration}

// Values lists every DataKind, in a stable order.
func (DataKind) Values() []DataKind { return dataKindValues }

// UnmarshalText accepts only the listed values.
func (x *DataKind) UnmarshalText(b []byte) error { return parseEnum(x, b, "data kind", dataKindValues) }

func (x DataKind) check() error { return checkEnum(x, "data kind", dataKindValues) }

// ProtectionMethod is how data at rest is protected.
type ProtectionMethod string

// The values of ProtectionMethod.
const (
	// Encrypted is encrypted, so that it can be decrypted with the key.
	Encrypted ProtectionMethod = "encrypted"
	// Hashed is hashed, so that it cannot be recovered.
	Hashed ProtectionMethod = "hashed"
	// ProtectionNone means stated as not protected: stored in plain form.
	ProtectionNone ProtectionMethod = "none"
	// Tokenized is replaced by tokens, with the data kept elsewhere.
	Tokenized ProtectionMethod = "tokenized"
)

var protectionMethodValues = []ProtectionMethod{Encrypted, Hashed, ProtectionNone, Tokenized}

// Values lists every ProtectionMethod, in a stable order.
func (ProtectionMethod) Values() []ProtectionMethod { return protectionMethodValues }

// UnmarshalText accepts only the listed values.
func (x *ProtectionMethod) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "protection method", protectionMethodValues)
}

func (x ProtectionMethod) check() error {
	return checkEnum(x, "protection method", protectionMethodValues)
}

// BackupMethod is how a backup copy is made.
type BackupMethod string

// The values of BackupMethod.
const (
	// BackupSnapshot is periodic snapshots or dumps.
	BackupSnapshot BackupMethod = "snapshot"
	// BackupReplication is continuous replication.
	BackupReplication BackupMethod = "replication"
	// BackupRedundantStorage is storage that keeps redundant copies and repairs itself.
	BackupRedundantStorage BackupMethod = "redundant-storage"
	// BackupRemoteCopy is copies sent to remote sites.
	BackupRemoteCopy BackupMethod = "remote-copy"
	// BackupGeoReplication is a copy kept in another region.
	BackupGeoReplication BackupMethod = "geo-replication"
)

var backupMethodValues = []BackupMethod{BackupSnapshot, BackupReplication, BackupRedundantStorage, BackupRemoteCopy, BackupGeoReplication}

// Values lists every BackupMethod, in a stable order.
func (BackupMethod) Values() []BackupMethod { return backupMethodValues }

// UnmarshalText accepts only the listed values.
func (x *BackupMethod) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "backup method", backupMethodValues)
}

func (x BackupMethod) check() error { return checkEnum(x, "backup method", backupMethodValues) }

// LogType is a kind of log.
type LogType string

// The values of LogType.
const (
	// LogOperation is users' operations in the service.
	LogOperation LogType = "operation"
	// LogLogin is logins.
	LogLogin LogType = "login"
	// LogAccess is access to the service (IP address, URL, time).
	LogAccess LogType = "access"
	// LogAudit is administrative changes.
	LogAudit LogType = "audit"
	// LogEmail is email sent by the service.
	LogEmail LogType = "email"
	// LogCommunication is communication records.
	LogCommunication LogType = "communication"
	// LogAPI is API calls.
	LogAPI LogType = "api"
	// LogError is errors.
	LogError LogType = "error"
	// LogSystem is system and infrastructure events.
	LogSystem LogType = "system"
	// LogSecurity is security events.
	LogSecurity LogType = "security"
	// LogAdmin is administrators' actions.
	LogAdmin LogType = "admin"
	// LogDatabase is database queries and access.
	LogDatabase LogType = "database"
	// LogNetwork is network traffic, such as firewall or load-balancer logs.
	LogNetwork LogType = "network"
	// LogChange is changes to the service's configuration.
	LogChange LogType = "change"
)

var logTypeValues = []LogType{LogOperation, LogLogin, LogAccess, LogAudit, LogEmail, LogCommunication, LogAPI, LogError, LogSystem, LogSecurity, LogAdmin, LogDatabase, LogNetwork, LogChange}

// Values lists every LogType, in a stable order.
func (LogType) Values() []LogType { return logTypeValues }

// UnmarshalText accepts only the listed values.
func (x *LogType) UnmarshalText(b []byte) error { return parseEnum(x, b, "log type", logTypeValues) }

func (x LogType) check() error { return checkEnum(x, "log type", logTypeValues) }

// LogField is an item recorded in a log entry.
type LogField string

// The values of LogField.
const (
	// FieldIPAddress is the client IP address.
	FieldIPAddress LogField = "ip-address"
	// FieldURL is the URL requested.
	FieldURL LogField = "url"
	// FieldTimestamp is the time.
	FieldTimestamp LogField = "timestamp"
	// FieldUser is the user.
	FieldUser LogField = "user"
	// FieldAction is the action taken.
	FieldAction LogField = "action"
	// FieldUserAgent is the client software.
	FieldUserAgent LogField = "user-agent"
	// FieldResult is success or failure.
	FieldResult LogField = "result"
)

var logFieldValues = []LogField{FieldIPAddress, FieldURL, FieldTimestamp, FieldUser, FieldAction, FieldUserAgent, FieldResult}

// Values lists every LogField, in a stable order.
func (LogField) Values() []LogField { return logFieldValues }

// UnmarshalText accepts only the listed values.
func (x *LogField) UnmarshalText(b []byte) error { return parseEnum(x, b, "log field", logFieldValues) }

func (x LogField) check() error { return checkEnum(x, "log field", logFieldValues) }

// AssessmentKind is a kind of vulnerability assessment.
type AssessmentKind string

// The values of AssessmentKind.
const (
	// AssessWebApplication is a web application assessment.
	AssessWebApplication AssessmentKind = "web-application"
	// AssessPenetrationTest is a penetration test.
	AssessPenetrationTest AssessmentKind = "penetration-test"
	// AssessPlatform is an assessment of servers, OS and middleware.
	AssessPlatform AssessmentKind = "platform"
	// AssessSourceCode is a source code review.
	AssessSourceCode AssessmentKind = "source-code"
	// AssessCloudConfiguration is a review of the cloud configuration.
	AssessCloudConfiguration AssessmentKind = "cloud-configuration"
)

var assessmentKindValues = []AssessmentKind{AssessWebApplication, AssessPenetrationTest, AssessPlatform, AssessSourceCode, AssessCloudConfiguration}

// Values lists every AssessmentKind, in a stable order.
func (AssessmentKind) Values() []AssessmentKind { return assessmentKindValues }

// UnmarshalText accepts only the listed values.
func (x *AssessmentKind) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "assessment kind", assessmentKindValues)
}

func (x AssessmentKind) check() error { return checkEnum(x, "assessment kind", assessmentKindValues) }

// Performer says whether the vendor or an independent party does something.
type Performer string

// The values of Performer.
const (
	// ThirdParty is an independent external party.
	ThirdParty Performer = "third-party"
	// Internal is the vendor itself.
	Internal Performer = "internal"
	// InternalAndThirdParty is both, as the whitepaper does not say which.
	InternalAndThirdParty Performer = "internal-and-third-party"
)

var performerValues = []Performer{ThirdParty, Internal, InternalAndThirdParty}

// Values lists every Performer, in a stable order.
func (Performer) Values() []Performer { return performerValues }

// UnmarshalText accepts only the listed values.
func (x *Performer) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "performer", performerValues)
}

func (x Performer) check() error { return checkEnum(x, "performer", performerValues) }

// PatchClass is the class of security patches a patching target applies to.
type PatchClass string

// The values of PatchClass.
const (
	// PatchAll is all security patches.
	PatchAll PatchClass = "all"
	// PatchUrgent is patches the vendor judges urgent.
	PatchUrgent PatchClass = "urgent"
	// PatchNonUrgent is patches the vendor does not judge urgent.
	PatchNonUrgent PatchClass = "non-urgent"
	// PatchCritical is critical severity.
	PatchCritical PatchClass = "critical"
	// PatchHigh is high severity.
	PatchHigh PatchClass = "high"
	// PatchMedium is medium severity.
	PatchMedium PatchClass = "medium"
	// PatchLow is low severity.
	PatchLow PatchClass = "low"
)

var patchClassValues = []PatchClass{PatchAll, PatchUrgent, PatchNonUrgent, PatchCritical, PatchHigh, PatchMedium, PatchLow}

// Values lists every PatchClass, in a stable order.
func (PatchClass) Values() []PatchClass { return patchClassValues }

// UnmarshalText accepts only the listed values.
func (x *PatchClass) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "patch class", patchClassValues)
}

func (x PatchClass) check() error { return checkEnum(x, "patch class", patchClassValues) }

// PracticeKind is a secure-development practice.
type PracticeKind string

// The values of PracticeKind.
const (
	// PracticeInternalRules is development rules set by the vendor.
	PracticeInternalRules PracticeKind = "internal-rules"
	// PracticeCodingStandards is coding standards set by the vendor.
	PracticeCodingStandards PracticeKind = "coding-standards"
	// PracticeIndustryBestPractice is industry standards and best practice of the languages used.
	PracticeIndustryBestPractice PracticeKind = "industry-best-practice"
	// PracticeGuideline is a published secure-development guideline or checklist.
	PracticeGuideline PracticeKind = "guideline"
	// PracticeCodeReview is code review.
	PracticeCodeReview PracticeKind = "code-review"
	// PracticeStaticAnalysis is static analysis.
	PracticeStaticAnalysis PracticeKind = "static-analysis"
	// PracticeDependencyScanning is scanning of third-party dependencies.
	PracticeDependencyScanning PracticeKind = "dependency-scanning"
	// PracticeSecurityTesting is security testing before release.
	PracticeSecurityTesting PracticeKind = "security-testing"
	// PracticeSecurityTraining is developer security training.
	PracticeSecurityTraining PracticeKind = "security-training"
	// PracticeThreatModeling is threat modelling.
	PracticeThreatModeling PracticeKind = "threat-modeling"
	// PracticeEnvironmentSeparation is separate development, test and production environments.
	PracticeEnvironmentSeparation PracticeKind = "environment-separation"
	// PracticeSupplyChain is securing third-party components and the build pipeline.
	PracticeSupplyChain PracticeKind = "supply-chain"
	// PracticeTwoPersonReview is every change approved by a second person; authors cannot approve their own changes.
	PracticeTwoPersonReview PracticeKind = "two-person-review"
	// PracticeRollbackPlan is a plan to roll back each change.
	PracticeRollbackPlan PracticeKind = "rollback-plan"
	// PracticeZeroDowntimeDeploy is releases deployed without stopping the service.
	PracticeZeroDowntimeDeploy PracticeKind = "zero-downtime-deploy"
	// PracticeInfrastructureAsCode is infrastructure defined and changed as reviewed code.
	PracticeInfrastructureAsCode PracticeKind = "infrastructure-as-code"
	// PracticeOpenSource is source code published, so that anyone can review it.
	PracticeOpenSource PracticeKind = "open-source"
)

var practiceKindValues = []PracticeKind{PracticeInternalRules, PracticeCodingStandards, PracticeIndustryBestPractice, PracticeGuideline, PracticeCodeReview, PracticeStaticAnalysis, PracticeDependencyScanning, PracticeSecurityTesting, PracticeSecurityTraining, PracticeThreatModeling, PracticeEnvironmentSeparation, PracticeSupplyChain, PracticeTwoPersonReview, PracticeRollbackPlan, PracticeZeroDowntimeDeploy, PracticeInfrastructureAsCode, PracticeOpenSource}

// Values lists every PracticeKind, in a stable order.
func (PracticeKind) Values() []PracticeKind { return practiceKindValues }

// UnmarshalText accepts only the listed values.
func (x *PracticeKind) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "practice", practiceKindValues)
}

func (x PracticeKind) check() error { return checkEnum(x, "practice", practiceKindValues) }

// Anchor is the moment an incident-notification deadline counts from.
type Anchor string

// The values of Anchor.
const (
	// AnchorOccurrence is the incident occurring.
	AnchorOccurrence Anchor = "occurrence"
	// AnchorDetection is the vendor detecting the incident.
	AnchorDetection Anchor = "detection"
	// AnchorConfirmation is the vendor confirming the incident.
	AnchorConfirmation Anchor = "confirmation"
)

var anchorValues = []Anchor{AnchorOccurrence, AnchorDetection, AnchorConfirmation}

// Values lists every Anchor, in a stable order.
func (Anchor) Values() []Anchor { return anchorValues }

// UnmarshalText accepts only the listed values.
func (x *Anchor) UnmarshalText(b []byte) error { return parseEnum(x, b, "anchor", anchorValues) }

func (x Anchor) check() error { return checkEnum(x, "anchor", anchorValues) }

// Commitment is how firmly the vendor promises something.
type Commitment string

// The values of Commitment.
const (
	// Guaranteed is a contractual promise.
	Guaranteed Commitment = "guaranteed"
	// Target is a goal the vendor aims for.
	Target Commitment = "target"
	// BestEffort is reasonable efforts.
	BestEffort Commitment = "best-effort"
)

var commitmentValues = []Commitment{Guaranteed, Target, BestEffort}

// Values lists every Commitment, in a stable order.
func (Commitment) Values() []Commitment { return commitmentValues }

// UnmarshalText accepts only the listed values.
func (x *Commitment) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "commitment", commitmentValues)
}

func (x Commitment) check() error { return checkEnum(x, "commitment", commitmentValues) }

// IncidentAction is something the vendor does when a security incident happens.
type IncidentAction string

// The values of IncidentAction.
const (
	// ActionNotify is notify the customer.
	ActionNotify IncidentAction = "notify"
	// ActionInvestigate is investigate the incident.
	ActionInvestigate IncidentAction = "investigate"
	// ActionReport is report findings to the customer.
	ActionReport IncidentAction = "report"
	// ActionMitigate is limit the effects and the damage.
	ActionMitigate IncidentAction = "mitigate"
	// ActionPreventRecurrence is take measures against recurrence.
	ActionPreventRecurrence IncidentAction = "prevent-recurrence"
)

var incidentActionValues = []IncidentAction{ActionNotify, ActionInvestigate, ActionReport, ActionMitigate, ActionPreventRecurrence}

// Values lists every IncidentAction, in a stable order.
func (IncidentAction) Values() []IncidentAction { return incidentActionValues }

// UnmarshalText accepts only the listed values.
func (x *IncidentAction) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "incident action", incidentActionValues)
}

func (x IncidentAction) check() error { return checkEnum(x, "incident action", incidentActionValues) }

// Exclusion is an event that a whitepaper says is not a security incident.
type Exclusion string

// The values of Exclusion.
const (
	// ExcludeUnsuccessful is attempts that gave no access to customer data.
	ExcludeUnsuccessful Exclusion = "unsuccessful-attempts"
	// ExcludePing is ping or broadcast attacks on firewalls or edge servers.
	ExcludePing Exclusion = "ping"
	// ExcludePortScan is port scans.
	ExcludePortScan Exclusion = "port-scan"
	// ExcludeFailedLogin is failed logon attempts.
	ExcludeFailedLogin Exclusion = "failed-login"
	// ExcludeDenialOfService is denial-of-service attacks.
	ExcludeDenialOfService Exclusion = "denial-of-service"
	// ExcludePacketSniffing is packet sniffing and other traffic access that reaches no data beyond headers.
	ExcludePacketSniffing Exclusion = "packet-sniffing"
)

var exclusionValues = []Exclusion{ExcludeUnsuccessful, ExcludePing, ExcludePortScan, ExcludeFailedLogin, ExcludeDenialOfService, ExcludePacketSniffing}

// Values lists every Exclusion, in a stable order.
func (Exclusion) Values() []Exclusion { return exclusionValues }

// UnmarshalText accepts only the listed values.
func (x *Exclusion) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "exclusion", exclusionValues)
}

func (x Exclusion) check() error { return checkEnum(x, "exclusion", exclusionValues) }

// Ground is a reason for disclosing customer data to a third party.
type Ground string

// The values of Ground.
const (
	// GroundLaw is a legal obligation.
	GroundLaw Ground = "law"
	// GroundCourtOrder is an order of a court, such as an order to produce evidence.
	GroundCourtOrder Ground = "court-order"
	// GroundCustomerConsent is the customer's consent.
	GroundCustomerConsent Ground = "customer-consent"
	// GroundVitalInterest is protecting life, body or property.
	GroundVitalInterest Ground = "vital-interest"
)

var groundValues = []Ground{GroundLaw, GroundCourtOrder, GroundCustomerConsent, GroundVitalInterest}

// Values lists every Ground, in a stable order.
func (Ground) Values() []Ground { return groundValues }

// UnmarshalText accepts only the listed values.
func (x *Ground) UnmarshalText(b []byte) error { return parseEnum(x, b, "ground", groundValues) }

func (x Ground) check() error { return checkEnum(x, "ground", groundValues) }

// Regulation is a privacy law or regulation a whitepaper addresses.
type Regulation string

// The values of Regulation.
const (
	// GDPR is EU General Data Protection Regulation.
	GDPR Regulation = "gdpr"
	// UKGDPR is UK GDPR.
	UKGDPR Regulation = "uk-gdpr"
	// APPI is Japan's Act on the Protection of Personal Information.
	APPI Regulation = "appi"
	// FERPA is US Family Educational Rights and Privacy Act.
	FERPA Regulation = "ferpa"
	// COPPA is US Children's Online Privacy Protection Act.
	COPPA Regulation = "coppa"
	// SOPIPA is California Student Online Personal Information Protection Act.
	SOPIPA Regulation = "sopipa"
	// CCPA is California Consumer Privacy Act.
	CCPA Regulation = "ccpa"
	// HIPAA is US Health Insurance Portability and Accountability Act.
	HIPAA Regulation = "hipaa"
	// PIPL is China's Personal Information Protection Law.
	PIPL Regulation = "pipl"
	// LGPD is Brazil's General Data Protection Law.
	LGPD Regulation = "lgpd"
	// MyNumberAct is Japan's My Number Act.
	MyNumberAct Regulation = "my-number-act"
)

var regulationValues = []Regulation{GDPR, UKGDPR, APPI, FERPA, COPPA, SOPIPA, CCPA, HIPAA, PIPL, LGPD, MyNumberAct}

// Values lists every Regulation, in a stable order.
func (Regulation) Values() []Regulation { return regulationValues }

// UnmarshalText accepts only the listed values.
func (x *Regulation) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "regulation", regulationValues)
}

func (x Regulation) check() error { return checkEnum(x, "regulation", regulationValues) }

// Standard is a certification scheme or attestation standard.
type Standard string

// The values of Standard.
const (
	// ISO27001 is ISO/IEC 27001 (ISMS).
	ISO27001 Standard = "iso27001"
	// ISO27017 is ISO/IEC 27017 (cloud security; ISMS cloud security certification).
	ISO27017 Standard = "iso27017"
	// ISO27018 is ISO/IEC 27018 (protection of personal data in public clouds).
	ISO27018 Standard = "iso27018"
	// ISO27701 is ISO/IEC 27701 (privacy information management, ISMS-PIMS).
	ISO27701 Standard = "iso27701"
	// ISO9001 is ISO 9001 (quality management).
	ISO9001 Standard = "iso9001"
	// ISO22301 is ISO 22301 (business continuity).
	ISO22301 Standard = "iso22301"
	// PrivacyMark is Japan's Privacy Mark (JIS Q 15001).
	PrivacyMark Standard = "privacy-mark"
	// ISMAP is Japan's Information system Security Management and Assessment Program.
	ISMAP Standard = "ismap"
	// ISMAPLIU is ISMAP for Low-Impact Use.
	ISMAPLIU Standard = "ismap-liu"
	// SOC1 is SOC 1 report.
	SOC1 Standard = "soc1"
	// SOC2 is SOC 2 report.
	SOC2 Standard = "soc2"
	// SOC3 is SOC 3 report.
	SOC3 Standard = "soc3"
	// PCIDSS is PCI DSS.
	PCIDSS Standard = "pci-dss"
	// CSASTAR is CSA STAR.
	CSASTAR Standard = "csa-star"
	// FedRAMP is US FedRAMP.
	FedRAMP Standard = "fedramp"
	// TISAX is TISAX.
	TISAX Standard = "tisax"
	// CyberEssentials is UK Cyber Essentials.
	CyberEssentials Standard = "cyber-essentials"
	// ISO20000 is ISO/IEC 20000-1, IT service management.
	ISO20000 Standard = "iso20000"
	// ISO42001 is ISO/IEC 42001, AI management systems.
	ISO42001 Standard = "iso42001"
	// HITRUST is HITRUST CSF.
	HITRUST Standard = "hitrust"
	// BSIC5 is the German BSI Cloud Computing Compliance Criteria Catalogue (C5).
	BSIC5 Standard = "bsi-c5"
	// CSMark is JASA's cloud security mark (CSマーク).
	CSMark Standard = "cs-mark"
)

var standardValues = []Standard{ISO27001, ISO27017, ISO27018, ISO27701, ISO9001, ISO22301, PrivacyMark, ISMAP, ISMAPLIU, SOC1, SOC2, SOC3, PCIDSS, CSASTAR, FedRAMP, TISAX, CyberEssentials, ISO20000, ISO42001, HITRUST, BSIC5, CSMark}

// Values lists every Standard, in a stable order.
func (Standard) Values() []Standard { return standardValues }

// UnmarshalText accepts only the listed values.
func (x *Standard) UnmarshalText(b []byte) error { return parseEnum(x, b, "standard", standardValues) }

func (x Standard) check() error { return checkEnum(x, "standard", standardValues) }

// CertificationStatus is where a certification stands.
type CertificationStatus string

// The values of CertificationStatus.
const (
	// Certified is held and current.
	Certified CertificationStatus = "certified"
	// InPreparation is being prepared or audited, not yet held.
	InPreparation CertificationStatus = "in-preparation"
	// Suspended is suspended by the certification body.
	Suspended CertificationStatus = "suspended"
	// Expired is no longer valid.
	Expired CertificationStatus = "expired"
	// Withdrawn is given up by the holder.
	Withdrawn CertificationStatus = "withdrawn"
	// NotHeld means stated as not held.
	NotHeld CertificationStatus = "not-held"
)

var certificationStatusValues = []CertificationStatus{Certified, InPreparation, Suspended, Expired, Withdrawn, NotHeld}

// Values lists every CertificationStatus, in a stable order.
func (CertificationStatus) Values() []CertificationStatus { return certificationStatusValues }

// UnmarshalText accepts only the listed values.
func (x *CertificationStatus) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "certification status", certificationStatusValues)
}

func (x CertificationStatus) check() error {
	return checkEnum(x, "certification status", certificationStatusValues)
}

// ReportAccess is who may obtain an audit report.
type ReportAccess string

// The values of ReportAccess.
const (
	// ReportPublic is anyone.
	ReportPublic ReportAccess = "public"
	// ReportCustomers is customers.
	ReportCustomers ReportAccess = "customers"
	// ReportUnderNDA is customers and prospects under a non-disclosure agreement.
	ReportUnderNDA ReportAccess = "nda"
	// ReportOnRequest is anyone who asks, at the vendor's discretion.
	ReportOnRequest ReportAccess = "on-request"
	// ReportNotAvailable is no one outside the vendor.
	ReportNotAvailable ReportAccess = "not-available"
)

var reportAccessValues = []ReportAccess{ReportPublic, ReportCustomers, ReportUnderNDA, ReportOnRequest, ReportNotAvailable}

// Values lists every ReportAccess, in a stable order.
func (ReportAccess) Values() []ReportAccess { return reportAccessValues }

// UnmarshalText accepts only the listed values.
func (x *ReportAccess) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "report access", reportAccessValues)
}

func (x ReportAccess) check() error { return checkEnum(x, "report access", reportAccessValues) }

// DutyArea is an area of responsibility in the split between vendor and customer.
type DutyArea string

// The values of DutyArea.
const (
	// AreaApplicationSecurity is security of the service's own software.
	AreaApplicationSecurity DutyArea = "application-security"
	// AreaDataProtection is protection of customer data stored in the service.
	AreaDataProtection DutyArea = "data-protection"
	// AreaInfrastructureSecurity is security of middleware, operating systems and other infrastructure.
	AreaInfrastructureSecurity DutyArea = "infrastructure-security"
	// AreaPhysicalSecurity is physical security of data centres.
	AreaPhysicalSecurity DutyArea = "physical-security"
	// AreaPasswords is management of the passwords given to users.
	AreaPasswords DutyArea = "passwords"
	// AreaAccounts is management of accounts: registration, deletion, roles.
	AreaAccounts DutyArea = "accounts"
	// AreaDataManagement is management of the data users create and store.
	AreaDataManagement DutyArea = "data-management"
	// AreaDataUse is use of the data the service produces.
	AreaDataUse DutyArea = "data-use"
	// AreaBackup is backup of the data users store.
	AreaBackup DutyArea = "backup"
	// AreaDevices is the devices, networks, operating systems and browsers used.
	AreaDevices DutyArea = "devices"
	// AreaPrivacyCompliance is duties under privacy law, such as notifying purposes of use.
	AreaPrivacyCompliance DutyArea = "privacy-compliance"
	// AreaContactInformation is keeping administrators' contact details current.
	AreaContactInformation DutyArea = "contact-information"
	// AreaLinkedServices is judging the security of linked third-party services.
	AreaLinkedServices DutyArea = "linked-services"
	// AreaDueDiligence is judging from the vendor's documents whether the service meets the customer's requirements.
	AreaDueDiligence DutyArea = "due-diligence"
)

var dutyAreaValues = []DutyArea{AreaApplicationSecurity, AreaDataProtection, AreaInfrastructureSecurity, AreaPhysicalSecurity, AreaPasswords, AreaAccounts, AreaDataManagement, AreaDataUse, AreaBackup, AreaDevices, AreaPrivacyCompliance, AreaContactInformation, AreaLinkedServices, AreaDueDiligence}

// Values lists every DutyArea, in a stable order.
func (DutyArea) Values() []DutyArea { return dutyAreaValues }

// UnmarshalText accepts only the listed values.
func (x *DutyArea) UnmarshalText(b []byte) error { return parseEnum(x, b, "duty area", dutyAreaValues) }

func (x DutyArea) check() error { return checkEnum(x, "duty area", dutyAreaValues) }

// DistributionMethod is how an initial password reaches a new user.
type DistributionMethod string

// The values of DistributionMethod.
const (
	// DistributeEmailLink is an email with a one-time link where the user sets the password.
	DistributeEmailLink DistributionMethod = "email-link"
	// DistributeShownToIssuer is shown to the person who registered the user, who passes it on.
	DistributeShownToIssuer DistributionMethod = "shown-to-issuer"
	// DistributeEmail is sent by email.
	DistributeEmail DistributionMethod = "email"
	// DistributePaper is handed over on paper.
	DistributePaper DistributionMethod = "paper"
)

var distributionMethodValues = []DistributionMethod{DistributeEmailLink, DistributeShownToIssuer, DistributeEmail, DistributePaper}

// Values lists every DistributionMethod, in a stable order.
func (DistributionMethod) Values() []DistributionMethod { return distributionMethodValues }

// UnmarshalText accepts only the listed values.
func (x *DistributionMethod) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "distribution method", distributionMethodValues)
}

func (x DistributionMethod) check() error {
	return checkEnum(x, "distribution method", distributionMethodValues)
}

// SettingKind is a security setting a customer can switch on.
type SettingKind string

// The values of SettingKind.
const (
	// SettingMFA is multi-factor authentication for users.
	SettingMFA SettingKind = "mfa"
	// SettingSSO is single sign-on.
	SettingSSO SettingKind = "sso"
	// SettingSSOOnly is single sign-on as the only way to log in.
	SettingSSOOnly SettingKind = "sso-only"
	// SettingIPAllowList is an allow-list of IP addresses.
	SettingIPAllowList SettingKind = "ip-allowlist"
	// SettingSessionTimeout is a session time-out.
	SettingSessionTimeout SettingKind = "session-timeout"
	// SettingPasswordPolicy is a password policy.
	SettingPasswordPolicy SettingKind = "password-policy"
	// SettingAuditLog is an audit log the customer can read.
	SettingAuditLog SettingKind = "audit-log"
	// SettingLoginNotification is notification of new logins.
	SettingLoginNotification SettingKind = "login-notification"
	// SettingCaptcha is a CAPTCHA at login.
	SettingCaptcha SettingKind = "captcha"
	// SettingAPIKeys is API keys that the customer manages.
	SettingAPIKeys SettingKind = "api-keys"
	// SettingDeviceRestriction is limiting access to registered devices.
	SettingDeviceRestriction SettingKind = "device-restriction"
	// SettingDataResidency is choosing where data is stored.
	SettingDataResidency SettingKind = "data-residency"
)

var settingKindValues = []SettingKind{SettingMFA, SettingSSO, SettingSSOOnly, SettingIPAllowList, SettingSessionTimeout, SettingPasswordPolicy, SettingAuditLog, SettingLoginNotification, SettingCaptcha, SettingAPIKeys, SettingDeviceRestriction, SettingDataResidency}

// Values lists every SettingKind, in a stable order.
func (SettingKind) Values() []SettingKind { return settingKindValues }

// UnmarshalText accepts only the listed values.
func (x *SettingKind) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "setting", settingKindValues)
}

func (x SettingKind) check() error { return checkEnum(x, "setting", settingKindValues) }

// AuthMethod is a second factor for multi-factor authentication.
type AuthMethod string

// The values of AuthMethod.
const (
	// AuthTOTP is one-time codes from an authenticator app.
	AuthTOTP AuthMethod = "totp"
	// AuthSMS is codes by SMS.
	AuthSMS AuthMethod = "sms"
	// AuthEmail is codes by email.
	AuthEmail AuthMethod = "email"
	// AuthWebAuthn is security keys and passkeys (WebAuthn).
	AuthWebAuthn AuthMethod = "webauthn"
	// AuthPush is push notification to a phone.
	AuthPush AuthMethod = "push"
)

var authMethodValues = []AuthMethod{AuthTOTP, AuthSMS, AuthEmail, AuthWebAuthn, AuthPush}

// Values lists every AuthMethod, in a stable order.
func (AuthMethod) Values() []AuthMethod { return authMethodValues }

// UnmarshalText accepts only the listed values.
func (x *AuthMethod) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "authentication method", authMethodValues)
}

func (x AuthMethod) check() error { return checkEnum(x, "authentication method", authMethodValues) }

// SSOProtocol is a single sign-on protocol.
type SSOProtocol string

// The values of SSOProtocol.
const (
	// SAML is SAML 2.0.
	SAML SSOProtocol = "saml"
	// OIDC is OpenID Connect.
	OIDC SSOProtocol = "oidc"
	// OAuth is OAuth sign-in with an identity provider such as Google or Microsoft.
	OAuth SSOProtocol = "oauth"
	// LDAP is LDAP or Active Directory.
	LDAP SSOProtocol = "ldap"
)

var sSOProtocolValues = []SSOProtocol{SAML, OIDC, OAuth, LDAP}

// Values lists every SSOProtocol, in a stable order.
func (SSOProtocol) Values() []SSOProtocol { return sSOProtocolValues }

// UnmarshalText accepts only the listed values.
func (x *SSOProtocol) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "SSO protocol", sSOProtocolValues)
}

func (x SSOProtocol) check() error { return checkEnum(x, "SSO protocol", sSOProtocolValues) }

// Category groups subprocessors by what they are used for.
type Category string

// The values of Category.
const (
	// CategoryInfrastructure is hosting and operating the service.
	CategoryInfrastructure Category = "infrastructure"
	// CategoryDevelopment is developing the service.
	CategoryDevelopment Category = "development"
	// CategorySupport is customer support and the business around the service.
	CategorySupport Category = "support"
	// CategoryEmail is sending email.
	CategoryEmail Category = "email"
	// CategoryAnalytics is usage analytics.
	CategoryAnalytics Category = "analytics"
	// CategoryPayment is payment processing.
	CategoryPayment Category = "payment"
	// CategoryMonitoring is error detection and performance monitoring.
	CategoryMonitoring Category = "monitoring"
	// CategoryAuthentication is user authentication.
	CategoryAuthentication Category = "authentication"
	// CategoryCustomerManagement is contract and customer management.
	CategoryCustomerManagement Category = "customer-management"
	// CategoryMarketing is marketing.
	CategoryMarketing Category = "marketing"
	// CategoryCommunication is communication with users.
	CategoryCommunication Category = "communication"
	// CategoryAI is AI and machine-learning services.
	CategoryAI Category = "ai"
	// CategoryStorage is storage and content delivery.
	CategoryStorage Category = "storage"
	// CategorySecurity is security services.
	CategorySecurity Category = "security"
)

var categoryValues = []Category{CategoryInfrastructure, CategoryDevelopment, CategorySupport, CategoryEmail, CategoryAnalytics, CategoryPayment, CategoryMonitoring, CategoryAuthentication, CategoryCustomerManagement, CategoryMarketing, CategoryCommunication, CategoryAI, CategoryStorage, CategorySecurity}

// Values lists every Category, in a stable order.
func (Category) Values() []Category { return categoryValues }

// UnmarshalText accepts only the listed values.
func (x *Category) UnmarshalText(b []byte) error { return parseEnum(x, b, "category", categoryValues) }

func (x Category) check() error { return checkEnum(x, "category", categoryValues) }

// DataCategory is a category of data a subprocessor receives.
type DataCategory string

// The values of DataCategory.
const (
	// DataName is personal names.
	DataName DataCategory = "name"
	// DataEmailAddress is email addresses.
	DataEmailAddress DataCategory = "email-address"
	// DataCompanyName is company names.
	DataCompanyName DataCategory = "company-name"
	// DataPhoneNumber is telephone numbers.
	DataPhoneNumber DataCategory = "phone-number"
	// DataPostalAddress is postal addresses.
	DataPostalAddress DataCategory = "postal-address"
	// DataContract is contract details.
	DataContract DataCategory = "contract-details"
	// DataInquiry is the content of inquiries.
	DataInquiry DataCategory = "inquiry-content"
	// DataEmailContent is the content of emails.
	DataEmailContent DataCategory = "email-content"
	// DataTimestamps is dates and times, such as when email was sent.
	DataTimestamps DataCategory = "timestamps"
	// DataFileContent is files, such as uploaded PDF files.
	DataFileContent DataCategory = "files"
	// DataIPAddress is IP addresses.
	DataIPAddress DataCategory = "ip-address"
	// DataUsage is usage and behaviour data.
	DataUsage DataCategory = "usage-data"
	// DataPayment is payment data.
	DataPayment DataCategory = "payment-data"
	// DataCredentials is authentication credentials.
	DataCredentials DataCategory = "credentials"
	// DataUserContent is content users create in the service.
	DataUserContent DataCategory = "user-content"
	// DataPersonalInformation is personal information of unstated kind.
	DataPersonalInformation DataCategory = "personal-information"
	// DataLocationData is location data.
	DataLocationData DataCategory = "location"
	// DataDeviceInfo is device and browser information.
	DataDeviceInfo DataCategory = "device-information"
	// DataCookies is cookie identifiers.
	DataCookies DataCategory = "cookies"
	// DataStudentRecords is students' records, such as grades and learning histories.
	DataStudentRecords DataCategory = "student-records"
	// DataHealth is health data.
	DataHealth DataCategory = "health-data"
)

var dataCategoryValues = []DataCategory{DataName, DataEmailAddress, DataCompanyName, DataPhoneNumber, DataPostalAddress, DataContract, DataInquiry, DataEmailContent, DataTimestamps, DataFileContent, DataIPAddress, DataUsage, DataPayment, DataCredentials, DataUserContent, DataPersonalInformation, DataLocationData, DataDeviceInfo, DataCookies, DataStudentRecords, DataHealth}

// Values lists every DataCategory, in a stable order.
func (DataCategory) Values() []DataCategory { return dataCategoryValues }

// UnmarshalText accepts only the listed values.
func (x *DataCategory) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "data category", dataCategoryValues)
}

func (x DataCategory) check() error { return checkEnum(x, "data category", dataCategoryValues) }

// ContactPurpose is what a contact point is for.
type ContactPurpose string

// The values of ContactPurpose.
const (
	// ContactGeneral is questions about the whitepaper and the service.
	ContactGeneral ContactPurpose = "general"
	// ContactSecurity is security questions.
	ContactSecurity ContactPurpose = "security"
	// ContactPrivacy is privacy questions.
	ContactPrivacy ContactPurpose = "privacy"
	// ContactIncidentReport is reporting a security incident.
	ContactIncidentReport ContactPurpose = "incident-report"
	// ContactSupport is product support.
	ContactSupport ContactPurpose = "support"
	// ContactSales is sales.
	ContactSales ContactPurpose = "sales"
)

var contactPurposeValues = []ContactPurpose{ContactGeneral, ContactSecurity, ContactPrivacy, ContactIncidentReport, ContactSupport, ContactSales}

// Values lists every ContactPurpose, in a stable order.
func (ContactPurpose) Values() []ContactPurpose { return contactPurposeValues }

// UnmarshalText accepts only the listed values.
func (x *ContactPurpose) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "contact purpose", contactPurposeValues)
}

func (x ContactPurpose) check() error { return checkEnum(x, "contact purpose", contactPurposeValues) }

// Delivery is how a manual reaches customers.
type Delivery string

// The values of Delivery.
const (
	// DeliveryOnline is published online.
	DeliveryOnline Delivery = "online"
	// DeliveryPerCustomer is handed to each customer.
	DeliveryPerCustomer Delivery = "per-customer"
	// DeliveryOnRequest is given on request.
	DeliveryOnRequest Delivery = "on-request"
)

var deliveryValues = []Delivery{DeliveryOnline, DeliveryPerCustomer, DeliveryOnRequest}

// Values lists every Delivery, in a stable order.
func (Delivery) Values() []Delivery { return deliveryValues }

// UnmarshalText accepts only the listed values.
func (x *Delivery) UnmarshalText(b []byte) error { return parseEnum(x, b, "delivery", deliveryValues) }

func (x Delivery) check() error { return checkEnum(x, "delivery", deliveryValues) }

// Qualifier qualifies a statement the way documents hedge it.
type Qualifier string

// The values of Qualifier.
const (
	// InPrinciple means the statement holds in principle (原則), with exceptions.
	InPrinciple Qualifier = "in-principle"
	// Normally means the statement holds normally, outside exceptional situations.
	Normally Qualifier = "normally"
	// OnRequest means only when the customer asks.
	OnRequest Qualifier = "on-request"
	// QualifierBestEffort means the vendor tries but does not promise.
	QualifierBestEffort Qualifier = "best-effort"
	// WherePossible means where technically or legally possible.
	WherePossible Qualifier = "where-possible"
	// Planned means planned but not yet in place.
	Planned Qualifier = "planned"
)

var qualifierValues = []Qualifier{InPrinciple, Normally, OnRequest, QualifierBestEffort, WherePossible, Planned}

// Values lists every Qualifier, in a stable order.
func (Qualifier) Values() []Qualifier { return qualifierValues }

// UnmarshalText accepts only the listed values.
func (x *Qualifier) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "qualifier", qualifierValues)
}

func (x Qualifier) check() error { return checkEnum(x, "qualifier", qualifierValues) }

// PlanKind says what sort of plan or edition a [Plan] is.
type PlanKind string

// The values of PlanKind.
const (
	// PlanFree is a free plan.
	PlanFree PlanKind = "free"
	// PlanTrial is a time-limited trial.
	PlanTrial PlanKind = "trial"
	// PlanPaid is a paid plan.
	PlanPaid PlanKind = "paid"
	// PlanEnterprise is an enterprise or custom-contract plan.
	PlanEnterprise PlanKind = "enterprise"
	// PlanEducation is a plan for schools or public bodies.
	PlanEducation PlanKind = "education"
	// PlanOption is a paid option bought on top of a plan, such as log
	// provision.
	PlanOption PlanKind = "option"
	// PlanPackage is an optional package of several features bought on
	// top of a plan.
	PlanPackage PlanKind = "package"
)

var planKindValues = []PlanKind{PlanFree, PlanTrial, PlanPaid, PlanEnterprise, PlanEducation, PlanOption, PlanPackage}

// Values lists every PlanKind, in a stable order.
func (PlanKind) Values() []PlanKind { return planKindValues }

// UnmarshalText accepts only the listed values.
func (x *PlanKind) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "plan kind", planKindValues)
}

func (x PlanKind) check() error { return checkEnum(x, "plan kind", planKindValues) }

// BackupType is the kind of a backup copy.
type BackupType string

// The values of BackupType.
const (
	// BackupFull is a full copy.
	BackupFull BackupType = "full"
	// BackupIncremental is the changes since the last backup of any type.
	BackupIncremental BackupType = "incremental"
	// BackupDifferential is the changes since the last full backup.
	BackupDifferential BackupType = "differential"
	// BackupTransactionLog is the database's transaction log.
	BackupTransactionLog BackupType = "transaction-log"
	// BackupPointInTime is continuous, allowing a restore to any moment in the retention period.
	BackupPointInTime BackupType = "point-in-time"
	// BackupLogical is a logical dump, such as SQL.
	BackupLogical BackupType = "logical"
	// BackupImage is an image of a whole server or volume.
	BackupImage BackupType = "image"
)

var backupTypeValues = []BackupType{BackupFull, BackupIncremental, BackupDifferential, BackupTransactionLog, BackupPointInTime, BackupLogical, BackupImage}

// Values lists every BackupType, in a stable order.
func (BackupType) Values() []BackupType { return backupTypeValues }

// UnmarshalText accepts only the listed values.
func (x *BackupType) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "backup type", backupTypeValues)
}

func (x BackupType) check() error { return checkEnum(x, "backup type", backupTypeValues) }

// NoticeContent is an item an incident notice tells.
type NoticeContent string

// The values of NoticeContent.
const (
	// NoticeNature is the nature of the incident.
	NoticeNature NoticeContent = "nature"
	// NoticeDataCategories is the categories of data concerned.
	NoticeDataCategories NoticeContent = "data-categories"
	// NoticeDataSubjects is the categories and approximate number of people concerned.
	NoticeDataSubjects NoticeContent = "data-subjects"
	// NoticeRecords is the approximate number of records concerned.
	NoticeRecords NoticeContent = "records"
	// NoticeContactPoint is a contact point, such as the data protection officer.
	NoticeContactPoint NoticeContent = "contact-point"
	// NoticeConsequences is the likely consequences.
	NoticeConsequences NoticeContent = "consequences"
	// NoticeMeasures is the measures taken or proposed.
	NoticeMeasures NoticeContent = "measures"
	// NoticeTimeline is when the incident happened and was found.
	NoticeTimeline NoticeContent = "timeline"
	// NoticeRecommendations is what customers should do.
	NoticeRecommendations NoticeContent = "recommendations"
)

var noticeContentValues = []NoticeContent{NoticeNature, NoticeDataCategories, NoticeDataSubjects, NoticeRecords, NoticeContactPoint, NoticeConsequences, NoticeMeasures, NoticeTimeline, NoticeRecommendations}

// Values lists every NoticeContent, in a stable order.
func (NoticeContent) Values() []NoticeContent { return noticeContentValues }

// UnmarshalText accepts only the listed values.
func (x *NoticeContent) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "notice content", noticeContentValues)
}

func (x NoticeContent) check() error { return checkEnum(x, "notice content", noticeContentValues) }

// MeasureKind is a security measure: technical, physical or organisational.
type MeasureKind string

// The values of MeasureKind.
const (
	// MeasureFirewall is a firewall that admits only allowed traffic.
	MeasureFirewall MeasureKind = "firewall"
	// MeasureWAF is a web application firewall.
	MeasureWAF MeasureKind = "waf"
	// MeasureDDoS is protection against denial-of-service attacks.
	MeasureDDoS MeasureKind = "ddos-protection"
	// MeasureIDS is intrusion detection.
	MeasureIDS MeasureKind = "ids"
	// MeasureIPS is intrusion prevention.
	MeasureIPS MeasureKind = "ips"
	// MeasureAntiMalware is anti-malware software.
	MeasureAntiMalware MeasureKind = "anti-malware"
	// MeasureEDR is endpoint detection and response.
	MeasureEDR MeasureKind = "edr"
	// MeasureNetworkSegmentation is separating networks by purpose.
	MeasureNetworkSegmentation MeasureKind = "network-segmentation"
	// MeasureVPN is a VPN for administrative access.
	MeasureVPN MeasureKind = "vpn"
	// MeasureBastion is a bastion host for administrative access.
	MeasureBastion MeasureKind = "bastion"
	// MeasureIPBlocking is blocking addresses that attack.
	MeasureIPBlocking MeasureKind = "ip-blocking"
	// MeasureThreatDetection is a threat-detection service.
	MeasureThreatDetection MeasureKind = "threat-detection"
	// MeasureSIEM is central collection and analysis of security events.
	MeasureSIEM MeasureKind = "siem"
	// MeasureCCTV is video surveillance.
	MeasureCCTV MeasureKind = "cctv"
	// MeasureIntrusionDetection is physical intrusion detection.
	MeasureIntrusionDetection MeasureKind = "intrusion-detection"
	// MeasureBiometricEntry is biometric entry control.
	MeasureBiometricEntry MeasureKind = "biometric-entry"
	// MeasureMultiFactorEntry is entry control with two or more factors.
	MeasureMultiFactorEntry MeasureKind = "multi-factor-entry"
	// MeasureGuards is security guards on site.
	MeasureGuards MeasureKind = "guards"
	// MeasureUndisclosedLocation is keeping the site's location secret.
	MeasureUndisclosedLocation MeasureKind = "undisclosed-location"
	// MeasureDisasterSiting is choosing sites safe from floods, earthquakes and other disasters.
	MeasureDisasterSiting MeasureKind = "disaster-siting"
	// MeasureRedundantPower is redundant power and generators.
	MeasureRedundantPower MeasureKind = "redundant-power"
	// MeasureRedundantNetwork is redundant network links.
	MeasureRedundantNetwork MeasureKind = "redundant-network"
	// MeasureFireSuppression is fire detection and suppression.
	MeasureFireSuppression MeasureKind = "fire-suppression"
	// MeasureSecurityPolicy is an information security policy.
	MeasureSecurityPolicy MeasureKind = "security-policy"
	// MeasureSecurityOfficer is a named officer responsible for security.
	MeasureSecurityOfficer MeasureKind = "security-officer"
	// MeasureSecurityCommittee is a security committee.
	MeasureSecurityCommittee MeasureKind = "security-committee"
	// MeasureDefinedRoles is defined security roles and responsibilities.
	MeasureDefinedRoles MeasureKind = "defined-roles"
	// MeasureSegregationOfDuties is segregation of conflicting duties.
	MeasureSegregationOfDuties MeasureKind = "segregation-of-duties"
	// MeasureAssetInventory is an inventory of information assets.
	MeasureAssetInventory MeasureKind = "asset-inventory"
	// MeasureIncidentResponsePlan is a written incident-response plan.
	MeasureIncidentResponsePlan MeasureKind = "incident-response-plan"
	// MeasureRiskAssessment is regular risk assessment.
	MeasureRiskAssessment MeasureKind = "risk-assessment"
	// MeasureInternalAudit is internal audits.
	MeasureInternalAudit MeasureKind = "internal-audit"
	// MeasureManagementReview is review of the security programme by management.
	MeasureManagementReview MeasureKind = "management-review"
	// MeasureBusinessContinuity is a business continuity plan.
	MeasureBusinessContinuity MeasureKind = "business-continuity-plan"
	// MeasureManagedDevices is staff working only on managed, hardened devices.
	MeasureManagedDevices MeasureKind = "managed-devices"
	// MeasureDeviceEncryption is encrypted staff devices.
	MeasureDeviceEncryption MeasureKind = "device-encryption"
	// MeasureOnCall is staff on call, paged when an alert fires.
	MeasureOnCall MeasureKind = "on-call"
	// MeasurePostIncidentReview is a review after each incident, to prevent its recurrence.
	MeasurePostIncidentReview MeasureKind = "post-incident-review"
	// MeasureScreenLock is staff devices lock their screen when left.
	MeasureScreenLock MeasureKind = "screen-lock"
	// MeasureDevicePatching is staff devices kept patched.
	MeasureDevicePatching MeasureKind = "device-patching"
	// MeasureLegitimateAccess is production access only with a legitimate reason for the task at hand.
	MeasureLegitimateAccess MeasureKind = "need-to-know"
	// MeasureSeparateAdminAccounts is operators use accounts for administration apart from their everyday ones.
	MeasureSeparateAdminAccounts MeasureKind = "separate-admin-accounts"
	// MeasureMultiZone is the service runs in several availability zones (data centers) of one region.
	MeasureMultiZone MeasureKind = "multi-zone"
	// MeasureNoSinglePoint is no single point of failure in the service's infrastructure.
	MeasureNoSinglePoint MeasureKind = "no-single-point-of-failure"
)

var measureKindValues = []MeasureKind{MeasureFirewall, MeasureWAF, MeasureDDoS, MeasureIDS, MeasureIPS, MeasureAntiMalware, MeasureEDR, MeasureNetworkSegmentation, MeasureVPN, MeasureBastion, MeasureIPBlocking, MeasureThreatDetection, MeasureSIEM, MeasureCCTV, MeasureIntrusionDetection, MeasureBiometricEntry, MeasureMultiFactorEntry, MeasureGuards, MeasureUndisclosedLocation, MeasureDisasterSiting, MeasureRedundantPower, MeasureRedundantNetwork, MeasureFireSuppression, MeasureSecurityPolicy, MeasureSecurityOfficer, MeasureSecurityCommittee, MeasureDefinedRoles, MeasureSegregationOfDuties, MeasureAssetInventory, MeasureIncidentResponsePlan, MeasureRiskAssessment, MeasureInternalAudit, MeasureManagementReview, MeasureBusinessContinuity, MeasureManagedDevices, MeasureDeviceEncryption, MeasureOnCall, MeasurePostIncidentReview, MeasureScreenLock, MeasureDevicePatching, MeasureLegitimateAccess, MeasureSeparateAdminAccounts, MeasureMultiZone, MeasureNoSinglePoint}

// Values lists every MeasureKind, in a stable order.
func (MeasureKind) Values() []MeasureKind { return measureKindValues }

// UnmarshalText accepts only the listed values.
func (x *MeasureKind) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "measure", measureKindValues)
}

func (x MeasureKind) check() error { return checkEnum(x, "measure", measureKindValues) }

// Tenancy is how one customer's data and processing are separated from another's.
type Tenancy string

// The values of Tenancy.
const (
	// TenancyLogical is shared resources with logical separation, such as a tenant ID on every record.
	TenancyLogical Tenancy = "logical"
	// TenancyDedicatedDatabase is a database per customer.
	TenancyDedicatedDatabase Tenancy = "dedicated-database"
	// TenancyDedicatedEnvironment is a separate environment per customer, such as a private cloud.
	TenancyDedicatedEnvironment Tenancy = "dedicated-environment"
)

var tenancyValues = []Tenancy{TenancyLogical, TenancyDedicatedDatabase, TenancyDedicatedEnvironment}

// Values lists every Tenancy, in a stable order.
func (Tenancy) Values() []Tenancy { return tenancyValues }

// UnmarshalText accepts only the listed values.
func (x *Tenancy) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "tenancy", tenancyValues)
}

func (x Tenancy) check() error { return checkEnum(x, "tenancy", tenancyValues) }

// AccessMode is how someone gets at something: by themselves, by asking, or not at all.
type AccessMode string

// The values of AccessMode.
const (
	// AccessSelfService is by themselves, in the service.
	AccessSelfService AccessMode = "self-service"
	// AccessOnRequest is by asking the vendor.
	AccessOnRequest AccessMode = "on-request"
	// AccessNever is stated as not possible.
	AccessNever AccessMode = "none"
)

var accessModeValues = []AccessMode{AccessSelfService, AccessOnRequest, AccessNever}

// Values lists every AccessMode, in a stable order.
func (AccessMode) Values() []AccessMode { return accessModeValues }

// UnmarshalText accepts only the listed values.
func (x *AccessMode) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "access mode", accessModeValues)
}

func (x AccessMode) check() error { return checkEnum(x, "access mode", accessModeValues) }

// StaffAccess is the vendor staff's standing access to customer data.
type StaffAccess string

// The values of StaffAccess.
const (
	// StaffNoAccess is no access at all.
	StaffNoAccess StaffAccess = "none"
	// StaffOnRequest is access only when the customer asks, such as for support.
	StaffOnRequest StaffAccess = "on-request"
	// StaffJustInTime is access granted for a task and a limited time.
	StaffJustInTime StaffAccess = "just-in-time"
	// StaffStanding is standing access for the staff named.
	StaffStanding StaffAccess = "standing"
)

var staffAccessValues = []StaffAccess{StaffNoAccess, StaffOnRequest, StaffJustInTime, StaffStanding}

// Values lists every StaffAccess, in a stable order.
func (StaffAccess) Values() []StaffAccess { return staffAccessValues }

// UnmarshalText accepts only the listed values.
func (x *StaffAccess) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "staff access", staffAccessValues)
}

func (x StaffAccess) check() error { return checkEnum(x, "staff access", staffAccessValues) }

// TransferBasis is the legal basis for moving personal data to another country.
type TransferBasis string

// The values of TransferBasis.
const (
	// TransferAdequacy is an adequacy decision for the destination country.
	TransferAdequacy TransferBasis = "adequacy"
	// TransferSCC is standard contractual clauses.
	TransferSCC TransferBasis = "scc"
	// TransferBCR is binding corporate rules.
	TransferBCR TransferBasis = "bcr"
	// TransferDPF is the EU-U.S. Data Privacy Framework.
	TransferDPF TransferBasis = "dpf"
	// TransferConsent is the data subject's consent.
	TransferConsent TransferBasis = "consent"
	// TransferEquivalentMeasures is measures equivalent to Japan's APPI standards (APPI Art. 28).
	TransferEquivalentMeasures TransferBasis = "equivalent-measures"
)

var transferBasisValues = []TransferBasis{TransferAdequacy, TransferSCC, TransferBCR, TransferDPF, TransferConsent, TransferEquivalentMeasures}

// Values lists every TransferBasis, in a stable order.
func (TransferBasis) Values() []TransferBasis { return transferBasisValues }

// UnmarshalText accepts only the listed values.
func (x *TransferBasis) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "transfer basis", transferBasisValues)
}

func (x TransferBasis) check() error { return checkEnum(x, "transfer basis", transferBasisValues) }

// PurposeKind is a purpose the vendor processes customer data for.
type PurposeKind string

// The values of PurposeKind.
const (
	// PurposeServiceDelivery is providing the service.
	PurposeServiceDelivery PurposeKind = "service-delivery"
	// PurposeSupport is answering customers' requests.
	PurposeSupport PurposeKind = "support"
	// PurposeImprovement is improving the service.
	PurposeImprovement PurposeKind = "improvement"
	// PurposeSecurity is keeping the service secure.
	PurposeSecurity PurposeKind = "security"
	// PurposeAnalytics is statistics and analysis.
	PurposeAnalytics PurposeKind = "analytics"
	// PurposeMarketing is marketing and advertising.
	PurposeMarketing PurposeKind = "marketing"
	// PurposeResearch is research.
	PurposeResearch PurposeKind = "research"
	// PurposeBilling is billing.
	PurposeBilling PurposeKind = "billing"
	// PurposeLegal is meeting legal obligations.
	PurposeLegal PurposeKind = "legal-compliance"
	// PurposeAITraining is training machine-learning models.
	PurposeAITraining PurposeKind = "ai-training"
)

var purposeKindValues = []PurposeKind{PurposeServiceDelivery, PurposeSupport, PurposeImprovement, PurposeSecurity, PurposeAnalytics, PurposeMarketing, PurposeResearch, PurposeBilling, PurposeLegal, PurposeAITraining}

// Values lists every PurposeKind, in a stable order.
func (PurposeKind) Values() []PurposeKind { return purposeKindValues }

// UnmarshalText accepts only the listed values.
func (x *PurposeKind) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "purpose", purposeKindValues)
}

func (x PurposeKind) check() error { return checkEnum(x, "purpose", purposeKindValues) }

// LocationRole is what a storage location is used for.
type LocationRole string

// The values of LocationRole.
const (
	// LocationPrimary is where data is normally stored and processed.
	LocationPrimary LocationRole = "primary"
	// LocationBackup is where backup copies are kept.
	LocationBackup LocationRole = "backup"
	// LocationFailover is where the service moves in a failure.
	LocationFailover LocationRole = "failover"
	// LocationProcessing is where data is processed but not kept.
	LocationProcessing LocationRole = "processing"
)

var locationRoleValues = []LocationRole{LocationPrimary, LocationBackup, LocationFailover, LocationProcessing}

// Values lists every LocationRole, in a stable order.
func (LocationRole) Values() []LocationRole { return locationRoleValues }

// UnmarshalText accepts only the listed values.
func (x *LocationRole) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "location role", locationRoleValues)
}

func (x LocationRole) check() error { return checkEnum(x, "location role", locationRoleValues) }

// ClaimMethod is how a service credit is obtained.
type ClaimMethod string

// The values of ClaimMethod.
const (
	// ClaimByCustomer means the customer must apply for it.
	ClaimByCustomer ClaimMethod = "customer-request"
	// ClaimAutomatic means the vendor credits it without being asked.
	ClaimAutomatic ClaimMethod = "automatic"
)

var claimMethodValues = []ClaimMethod{ClaimByCustomer, ClaimAutomatic}

// Values lists every ClaimMethod, in a stable order.
func (ClaimMethod) Values() []ClaimMethod { return claimMethodValues }

// UnmarshalText accepts only the listed values.
func (x *ClaimMethod) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "claim method", claimMethodValues)
}

func (x ClaimMethod) check() error { return checkEnum(x, "claim method", claimMethodValues) }

// AttestationType is the kind of a report or attestation under a standard.
type AttestationType string

// The values of AttestationType.
const (
	// Type1 is a report on the design of controls at a point in time (SOC Type 1).
	Type1 AttestationType = "type-1"
	// Type2 is a report on the operating effectiveness of controls over a period (SOC Type 2).
	Type2 AttestationType = "type-2"
	// SAQA is PCI DSS self-assessment questionnaire A.
	SAQA AttestationType = "saq-a"
	// SAQD is PCI DSS self-assessment questionnaire D.
	SAQD AttestationType = "saq-d"
	// ROC is a PCI DSS report on compliance by a qualified assessor.
	ROC AttestationType = "roc"
)

var attestationTypeValues = []AttestationType{Type1, Type2, SAQA, SAQD, ROC}

// Values lists every AttestationType, in a stable order.
func (AttestationType) Values() []AttestationType { return attestationTypeValues }

// UnmarshalText accepts only the listed values.
func (x *AttestationType) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "attestation type", attestationTypeValues)
}

func (x AttestationType) check() error {
	return checkEnum(x, "attestation type", attestationTypeValues)
}

// CookieFlag is a protective attribute of the service's cookies.
type CookieFlag string

// The values of CookieFlag.
const (
	// CookieSecure is sent over HTTPS only.
	CookieSecure CookieFlag = "secure"
	// CookieHTTPOnly is hidden from scripts.
	CookieHTTPOnly CookieFlag = "httponly"
	// CookieSameSite is not sent with cross-site requests.
	CookieSameSite CookieFlag = "samesite"
)

var cookieFlagValues = []CookieFlag{CookieSecure, CookieHTTPOnly, CookieSameSite}

// Values lists every CookieFlag, in a stable order.
func (CookieFlag) Values() []CookieFlag { return cookieFlagValues }

// UnmarshalText accepts only the listed values.
func (x *CookieFlag) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "cookie flag", cookieFlagValues)
}

func (x CookieFlag) check() error { return checkEnum(x, "cookie flag", cookieFlagValues) }
