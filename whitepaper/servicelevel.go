package whitepaper

// SLAStrength is what an [SLA] says of how firm it is, how it is measured,
// what it leaves out by kind and whether the availability it achieved is published.
// SLA embeds it, so in YAML and JSON its fields sit beside the target:
//
//	serviceLevels:
//	  - target: 99.9%
//	    commitment: target        # an objective (SLO), not guaranteed
//	    probeEvery: every 5 minutes
//	    excluded: [planned-maintenance, force-majeure]
//
// How firm a service level is reads from two fields: commitment
// "guaranteed" is a guarantee (credits are owed), "target" an objective
// the vendor aims for, "best-effort" reasonable efforts; an SLA without a
// commitment does not say; provided: false states there is none ("no
// commitment whatsoever while in beta", "we do not guarantee uninterrupted
// service").
type SLAStrength struct {
	// Commitment is how firmly the target is promised: guaranteed
	// (a guarantee), target (an objective, not guaranteed) or
	// best-effort; empty when the document does not say.
	Commitment Commitment `json:"commitment,omitempty"`
	// ProbeEvery is how often availability is probed, such as "every 5
	// minutes".
	ProbeEvery Frequency `json:"probeEvery,omitzero" whitepaper:"better=lower"`
	// ComputedEvery is how often availability is computed from the
	// probes, such as hourly.
	ComputedEvery Frequency `json:"computedEvery,omitzero"`
	// MinimumOutage is how long the service must be down before the time
	// counts as downtime, such as "at least 5 minutes"; shorter is better.
	MinimumOutage Duration `json:"minimumOutage,omitzero" whitepaper:"better=lower"`
	// Window is the span the figure is computed over when it is not the
	// period, such as the most recent 3 months.
	Window Duration `json:"window,omitzero"`
	// MeasuredAt is where availability is measured from.
	MeasuredAt MeasurementPoint `json:"measuredAt,omitempty"`
	// Excluded lists what does not count against the target, by kind;
	// end it with "etc" when the document gives only examples. More
	// exclusions are worse for the customer. Exclusions holds the
	// document's wording.
	Excluded []SLAExclusion `json:"excluded,omitempty" whitepaper:"set,more=worse"`
	// ActualsPublished is whether the availability achieved is
	// published; the figures themselves go in the section's measured.
	ActualsPublished *bool `json:"actualsPublished,omitempty" whitepaper:"better=true"`
	// ActualsEvery is how often they are published, such as monthly.
	ActualsEvery Frequency `json:"actualsEvery,omitzero" whitepaper:"better=lower"`
	// ActualsURL is where they are published.
	ActualsURL URL `json:"actualsURL,omitempty"`
}

// MeasurementPoint is where a service level is measured from.
type MeasurementPoint string

// The values of MeasurementPoint.
const (
	// MeasuredExternal is probes from outside the vendor's network, such
	// as an external monitoring service.
	MeasuredExternal MeasurementPoint = "external"
	// MeasuredInternal is the vendor's own monitoring inside its network.
	MeasuredInternal MeasurementPoint = "internal"
	// MeasuredProvider is the infrastructure provider's figures.
	MeasuredProvider MeasurementPoint = "provider"
)

var measurementPointValues = []MeasurementPoint{MeasuredExternal, MeasuredInternal, MeasuredProvider}

// Values lists every MeasurementPoint, in a stable order.
func (MeasurementPoint) Values() []MeasurementPoint { return measurementPointValues }

// UnmarshalText accepts only the listed values.
func (x *MeasurementPoint) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "measurement point", measurementPointValues)
}

func (x MeasurementPoint) check() error {
	return checkEnum(x, "measurement point", measurementPointValues)
}

// SLAExclusion is a kind of time or event that does not count against a
// service level.
type SLAExclusion string

// The values of SLAExclusion.
const (
	// ExcludedPlannedMaintenance is announced, planned maintenance.
	ExcludedPlannedMaintenance SLAExclusion = "planned-maintenance"
	// ExcludedEmergencyMaintenance is urgent maintenance, such as a
	// security fix.
	ExcludedEmergencyMaintenance SLAExclusion = "emergency-maintenance"
	// ExcludedForceMajeure is events beyond the vendor's control, such as
	// natural disasters.
	ExcludedForceMajeure SLAExclusion = "force-majeure"
	// ExcludedCustomerCaused is outages the customer or its users cause.
	ExcludedCustomerCaused SLAExclusion = "customer-caused"
	// ExcludedThirdParty is failures of third parties' services, networks
	// or providers.
	ExcludedThirdParty SLAExclusion = "third-party"
	// ExcludedInternet is failures of the internet or the customer's
	// network outside the vendor's.
	ExcludedInternet SLAExclusion = "internet"
	// ExcludedSuspension is time the account is suspended under the
	// terms, such as for non-payment.
	ExcludedSuspension SLAExclusion = "suspension"
	// ExcludedPreview is beta, preview or free features.
	ExcludedPreview SLAExclusion = "preview-features"
	// ExcludedAttack is attacks such as denial of service.
	ExcludedAttack SLAExclusion = "attack"
)

var slaExclusionValues = []SLAExclusion{ExcludedPlannedMaintenance, ExcludedEmergencyMaintenance, ExcludedForceMajeure,
	ExcludedCustomerCaused, ExcludedThirdParty, ExcludedInternet, ExcludedSuspension, ExcludedPreview, ExcludedAttack}

// Values lists every SLAExclusion, in a stable order.
func (SLAExclusion) Values() []SLAExclusion { return slaExclusionValues }

// UnmarshalText accepts only the listed values.
func (x *SLAExclusion) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "SLA exclusion", slaExclusionValues)
}

func (x SLAExclusion) check() error { return checkEnum(x, "SLA exclusion", slaExclusionValues) }
