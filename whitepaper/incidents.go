package whitepaper

import "reflect"

// IncidentResponse covers security incidents: what counts, how customers
// are told and how they report one (ISO/IEC 27017 16.1.1, 16.1.2, 16.1.7).
type IncidentResponse struct {
	// Definition says what the vendor counts as a security incident.
	Definition Text `json:"definition,omitzero"`
	// Exclusions lists what does not count.
	Exclusions []Exclusion `json:"exclusions,omitempty" whitepaper:"set,more=worse"`
	// Actions lists what the vendor does when one happens.
	Actions []IncidentAction `json:"actions,omitempty" whitepaper:"set,more=better"`
	// Notification says how and how fast customers are told.
	Notification *Notification `json:"notification,omitempty"`
	// Notices lists further notices of an incident, each to its
	// recipient with its own deadline: to the supervisory authority
	// within 72 hours, to the people affected without undue delay, to
	// each affected customer as well as to the account owner.
	Notices []Notification `json:"notices,omitempty"`
	// Updates lists where incident information is published, such as a status page.
	Updates []Channel `json:"updates,omitempty"`
	// Reporting lists how customers report an incident or ask about one.
	Reporting []Channel `json:"reporting,omitempty"`
	// EvidenceRequests is whether the vendor provides evidence, such as
	// logs, for a customer's investigation.
	EvidenceRequests *bool `json:"evidenceRequests,omitempty"`
	// Levels lists the priority levels with their response and
	// resolution targets.
	Levels []PriorityLevel `json:"levels,omitempty"`
	// Exercises is how often incident response is rehearsed.
	Exercises Frequency `json:"exercises,omitzero" whitepaper:"better=lower"`
	Notes
}

// PriorityLevel is a priority or severity level of incidents, with its
// targets.
type PriorityLevel struct {
	// Level is the vendor's name for the level, such as "P1" or "重大".
	Level string `json:"level" whitepaper:"key,required"`
	Applicability
	// Name is the level's name in each language.
	Name Text `json:"name,omitzero"`
	// Definition says which incidents have the level.
	Definition Text `json:"definition,omitzero"`
	// Response is how fast the vendor starts work, such as "within 10 minutes".
	Response Duration `json:"response,omitzero" whitepaper:"better=lower"`
	// Resolution is how fast the vendor resolves the incident or gives a workaround.
	Resolution Duration `json:"resolution,omitzero" whitepaper:"better=lower"`
	// Updates is how often customers get status reports.
	Updates Frequency `json:"updates,omitzero" whitepaper:"better=lower"`
	// Hours is when the targets apply, such as "24x7" or desk hours.
	Hours Schedule `json:"hours,omitzero"`
}

// Notification is how customers are told of an incident.
type Notification struct {
	// Deadline is how fast, such as "within 72 hours" or "promptly".
	Deadline Duration `json:"deadline,omitzero" whitepaper:"better=lower,rule=incident-notification-deadline"`
	// From is the moment the deadline counts from.
	From Anchor `json:"from,omitempty"`
	// Commitment is how firm the deadline is.
	Commitment Commitment `json:"commitment,omitempty"`
	// Scope says which incidents are notified, such as "incidents with a
	// large impact on customers".
	Scope Text `json:"scope,omitzero"`
	// Recipient is who is told; required for each of
	// [IncidentResponse.Notices].
	Recipient Role `json:"recipient,omitempty" whitepaper:"key"`
	// Channels lists how.
	Channels []Channel `json:"channels,omitempty" whitepaper:"more=better"`
	// Contents lists what the notice tells.
	Contents []NoticeContent `json:"contents,omitempty" whitepaper:"set,more=better"`
	// Note words the notification as the document does.
	Note Text `json:"note,omitzero"`
}

// notices checks that each further notice of an incident names its
// recipient, and that none is to the recipient of the main notification
// (that is one notice, stated twice).
func (v *validator) notices(r IncidentResponse, at *path) {
	for i, n := range r.Notices {
		if n.Recipient == "" {
			v.errorf(at.field("notices").at(i).field("recipient"), "required", "each further notice names its recipient, such as supervisory-authority or data-subject")
			continue
		}
		if m := r.Notification; m != nil && m.Recipient == n.Recipient {
			v.errorf(at.field("notices").at(i).field("recipient"), "duplicate-key", "the notification already goes to %q; state that notice once", n.Recipient)
		}
	}
}

var incidentResponseType = reflect.TypeFor[IncidentResponse]()
