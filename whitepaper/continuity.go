package whitepaper

// Continuity is what a document says of keeping the service running and
// of telling customers when it does not: the hours the service is
// offered, its disaster recovery and the notice of an outage (the
// continuity items of METI's SaaS SLA guideline). [Availability] embeds
// it. Escrow and alternative means in a major outage are yes/no promises
// of the section (topics escrow and alternative-means); notices before a
// change or before the end of the service, in several steps, are in the
// change-management section's notices.
//
//	availability:
//	  serviceHours: [{hours: 24x7, exceptMaintenance: true}]
//	  disasterRecovery: [{provided: true, method: other-region, places: [JP]}]
//	  outageNotice: {deadline: within 2 hours, from: confirmation, channels: [{kind: email}]}
type Continuity struct {
	// ServiceHours lists the hours the service is offered, one per plan
	// or service when they differ.
	ServiceHours []ServiceHours `json:"serviceHours,omitempty"`
	// DisasterRecovery lists the arrangements for recovering the service
	// after a disaster, one per plan when they differ; stated as not
	// made with provided: false.
	DisasterRecovery []DisasterRecovery `json:"disasterRecovery,omitempty"`
	// OutageNotice is how fast and how customers are told of an outage,
	// such as within 2 hours of confirming it, by email.
	OutageNotice *Notification `json:"outageNotice,omitempty"`
}

// ServiceHours is when the service is offered, such as "24x7, except
// planned maintenance" (24時間365日（計画停止を除く）).
type ServiceHours struct {
	Applicability
	// Hours is when the service is offered.
	Hours Schedule `json:"hours" whitepaper:"required"`
	// ExceptMaintenance is whether planned maintenance is outside the
	// hours.
	ExceptMaintenance *bool `json:"exceptMaintenance,omitempty"`
	// Note words the hours as the document does.
	Note Text `json:"note,omitzero"`
}

// DisasterRecovery is an arrangement for recovering the service after a
// disaster that takes down its site.
type DisasterRecovery struct {
	Applicability
	// Provided is false when the document states there is none.
	Provided *bool `json:"provided,omitempty" whitepaper:"better=true"`
	// Method is how the service is recovered.
	Method RecoveryMethod `json:"method,omitempty"`
	// Places lists where it is recovered to.
	Places []Place `json:"places,omitempty" whitepaper:"set"`
	// Drills is how often recovery is rehearsed.
	Drills Frequency `json:"drills,omitzero" whitepaper:"better=lower"`
	// Note words the arrangement as the document does.
	Note Text `json:"note,omitzero"`
}

// RecoveryMethod is how a service is recovered after a disaster.
type RecoveryMethod string

// The values of RecoveryMethod.
const (
	// RecoveryActiveActive is serving from several regions at once, so
	// that the others carry on.
	RecoveryActiveActive RecoveryMethod = "active-active"
	// RecoveryStandby is a standby system in another region that takes
	// over.
	RecoveryStandby RecoveryMethod = "standby"
	// RecoveryOtherRegion is rebuilding in another region from backups
	// kept there.
	RecoveryOtherRegion RecoveryMethod = "other-region"
	// RecoveryBackupRestore is restoring from backups once the site is
	// back.
	RecoveryBackupRestore RecoveryMethod = "backup-restore"
)

var recoveryMethodValues = []RecoveryMethod{RecoveryActiveActive, RecoveryStandby, RecoveryOtherRegion, RecoveryBackupRestore}

// Values lists every RecoveryMethod, in a stable order.
func (RecoveryMethod) Values() []RecoveryMethod { return recoveryMethodValues }

// UnmarshalText accepts only the listed values.
func (x *RecoveryMethod) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "recovery method", recoveryMethodValues)
}

func (x RecoveryMethod) check() error { return checkEnum(x, "recovery method", recoveryMethodValues) }

// StagedNotices holds the notices customers get before a kind of change,
// in one or several steps. [ChangeManagement] embeds it.
type StagedNotices struct {
	// Notices lists them, one per kind of change (and plan or service).
	Notices []StagedNotice `json:"notices,omitempty"`
}

// StagedNotice is how customers are told of a kind of change: before it
// in one or several steps, such as 2 weeks, 1 week and 1 day before, and
// when it is done.
type StagedNotice struct {
	// Change is the kind of change.
	Change ChangeKind `json:"change" whitepaper:"key,required"`
	Applicability
	// Before lists how long before the change customers are told, one
	// duration per step, earliest first, such as "at least 90 days".
	Before []Duration `json:"before,omitempty" whitepaper:"more=better"`
	// AtCompletion is whether customers are told when the change is done.
	AtCompletion *bool `json:"atCompletion,omitempty" whitepaper:"better=true"`
	// Channels lists how customers are told.
	Channels []Channel `json:"channels,omitempty" whitepaper:"more=better"`
	// Note words the notice as the document does.
	Note Text `json:"note,omitzero"`
}

// ChangeKind is a kind of change customers are told of in advance.
type ChangeKind string

// The values of ChangeKind.
const (
	// ChangeMaintenance is planned maintenance.
	ChangeMaintenance ChangeKind = "maintenance"
	// ChangeFeatures is a change to features or the specification.
	ChangeFeatures ChangeKind = "features"
	// ChangeTerms is a change to the terms or prices.
	ChangeTerms ChangeKind = "terms"
	// ChangeEndOfService is the end of the whole service.
	ChangeEndOfService ChangeKind = "end-of-service"
)

var changeKindValues = []ChangeKind{ChangeMaintenance, ChangeFeatures, ChangeTerms, ChangeEndOfService}

// Values lists every ChangeKind, in a stable order.
func (ChangeKind) Values() []ChangeKind { return changeKindValues }

// UnmarshalText accepts only the listed values.
func (x *ChangeKind) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "change kind", changeKindValues)
}

func (x ChangeKind) check() error { return checkEnum(x, "change kind", changeKindValues) }
