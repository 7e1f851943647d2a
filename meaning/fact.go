package meaning

import (
	"reflect"
	"slices"
	"strings"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// Status is where a fact stands: held, planned, or no longer or not held.
type Status string

// The statuses of a fact.
const (
	// Held is a fact in force: a certification held, a measure in place.
	// Every fact without a status of its own is held.
	Held Status = "held"
	// Planned is a fact not yet in force: a certification in
	// preparation, a measure qualified as planned.
	Planned Status = "planned"
	// Suspended is a certification suspended.
	Suspended Status = "suspended"
	// Expired is a certification run out.
	Expired Status = "expired"
	// Withdrawn is a certification withdrawn.
	Withdrawn Status = "withdrawn"
	// NotHeld is a certification stated as not held.
	NotHeld Status = "not-held"
)

// StatusOf returns the status a certification status states: [Held] for
// "certified" and for none stated.
func StatusOf(s whitepaper.CertificationStatus) Status {
	switch s {
	case "", whitepaper.Certified:
		return Held
	case whitepaper.InPreparation:
		return Planned
	case whitepaper.Suspended:
		return Suspended
	case whitepaper.Expired:
		return Expired
	case whitepaper.Withdrawn:
		return Withdrawn
	case whitepaper.NotHeld:
		return NotHeld
	}
	return Status(s) // an extension value: ranks with nothing
}

// IsHeld reports whether the status is [Held].
func (s Status) IsHeld() bool { return s == Held }

// statusRank orders the statuses: held above planned above the others,
// which rank alike (none of them is held) and are incomparable with each
// other.
func statusRank(s Status) int {
	switch s {
	case Held:
		return 3
	case Planned:
		return 2
	case Suspended, Expired, Withdrawn, NotHeld:
		return 1
	}
	return 0
}

// Statuses compares two statuses: held is better than planned, planned
// better than suspended, expired, withdrawn or not held, which are
// incomparable with each other. A status the model does not know ranks
// with nothing.
func Statuses(a, b Status) Order {
	if a == b {
		return Equal
	}
	ra, rb := statusRank(a), statusRank(b)
	if ra == 0 || rb == 0 || ra == rb {
		return Incomparable
	}
	return fromInt(ra-rb, true)
}

// Qualifiers compares two qualifiers of a statement: a statement without
// one is better than the same statement hedged ("in principle", "on
// request", "best effort", "where possible", "planned"); two different
// qualifiers are incomparable.
func Qualifiers(a, b whitepaper.Qualifier) Order {
	switch {
	case a == b:
		return Equal
	case a == "":
		return Better
	case b == "":
		return Worse
	}
	return Incomparable
}

// commitmentRank orders the commitments, firmest first.
var commitmentRank = map[whitepaper.Commitment]int{whitepaper.Guaranteed: 3, whitepaper.Target: 2, whitepaper.BestEffort: 1}

// Commitments compares how firmly two statements are promised:
// guaranteed is better than a target, a target better than best effort.
// A commitment not stated is worse than guaranteed and incomparable with
// the others (it may be either); an extension value ranks with nothing.
func Commitments(a, b whitepaper.Commitment) Order {
	switch {
	case a == "" && b == whitepaper.Guaranteed:
		return Worse
	case b == "" && a == whitepaper.Guaranteed:
		return Better
	}
	return byRank(commitmentRank, a, b)
}

// byRank compares two values by a table of ranks, better higher: equal
// when the same, incomparable when either has no rank.
func byRank[T comparable](rank map[T]int, a, b T) Order {
	if a == b {
		return Equal
	}
	ra, rb := rank[a], rank[b]
	if ra == 0 || rb == 0 {
		return Incomparable
	}
	return fromInt(ra-rb, true)
}

// engagementRank orders when a subprocessor receives customer data, the
// least sharing last: only when the customer opts in, only when a
// feature that needs it is used, always.
var engagementRank = map[whitepaper.Engagement]int{whitepaper.EngagedAlways: 1, whitepaper.EngagedFeatureUse: 2, whitepaper.EngagedOptIn: 3}

// Engagements compares when two subprocessors receive customer data: one
// engaged only when the customer opts in shares less than one engaged
// when a feature is used, which shares less than one engaged always.
// A value the document does not state is incomparable.
func Engagements(a, b whitepaper.Engagement) Order { return byRank(engagementRank, a, b) }

// anchorRank orders the moments a deadline counts from, earliest first:
// a deadline counted from the incident itself ends soonest.
var anchorRank = map[whitepaper.Anchor]int{whitepaper.AnchorOccurrence: 3, whitepaper.AnchorDetection: 2, whitepaper.AnchorConfirmation: 1}

// Anchors compares the moments two deadlines count from: from the
// incident occurring is better than from its detection, which is better
// than from its confirmation. A moment not stated, or an extension value,
// is incomparable with any other.
func Anchors(a, b whitepaper.Anchor) Order { return byRank(anchorRank, a, b) }

// Fact is one statement of a typed fact with everything that decides its
// strength.
type Fact struct {
	// Field is the field that states it.
	Field whitepaper.Field
	// Value is its value; invalid when not stated.
	Value reflect.Value
	// Qualifier hedges it, from the item that holds it or the section's
	// qualified fields; "" when not hedged.
	Qualifier whitepaper.Qualifier
	// Status is where it stands: [Held] unless the item that holds it
	// states otherwise (a certification's status).
	Status Status
	// Commitment is how firmly it is promised, when the item that holds
	// it says (an incident notice's commitment); "" when not stated.
	Commitment whitepaper.Commitment
	// Plans and Services are the plans and services it is limited to;
	// empty when it holds for all.
	Plans, Services []string
	// Ranks are the ranks the document that states it gives its
	// extension values (see [RanksOf]); nil for none.
	Ranks Ranks
}

// Of gathers the fact field f states in item, a struct value of the
// field's owner (or of a type that embeds it). The qualifier comes from
// the item's own (Applicability) or else from the section's qualified
// fields (section may be nil), under the field's name or path (path is
// the field's path in the section, such as "lawEnforcement/notifyCustomer";
// "" for f.Name). A certification's status, a notice's commitment and the
// item's plans and services are read from the item.
func Of(section *whitepaper.Notes, path string, item reflect.Value, f whitepaper.Field) Fact {
	for item.Kind() == reflect.Pointer && !item.IsNil() {
		item = item.Elem()
	}
	fact := Fact{Field: f, Status: Held}
	if item.Kind() != reflect.Struct {
		return fact
	}
	fact.Value = item.FieldByIndex(f.Index)
	fact.readItem(item)
	if fact.Qualifier == "" && section != nil {
		if path == "" {
			path = f.Name
		}
		fact.Qualifier = QualifierOf(section, path)
	}
	return fact
}

// Item gathers the fact an item of a list states by being listed (a
// certification, a way stored data is protected): its value is the item
// itself, with the item's qualifier, plans, services, status and
// commitment.
func Item(item reflect.Value) Fact {
	for item.Kind() == reflect.Pointer && !item.IsNil() {
		item = item.Elem()
	}
	fact := Fact{Value: item, Status: Held}
	if item.Kind() == reflect.Struct {
		fact.readItem(item)
	}
	return fact
}

// readItem reads what an item states of all its facts: its qualifier,
// plans, services, status and commitment.
func (fact *Fact) readItem(item reflect.Value) {
	if q, ok := whitepaper.FieldByName(item.Type(), "qualifier"); ok {
		fact.Qualifier, _ = item.FieldByIndex(q.Index).Interface().(whitepaper.Qualifier)
	}
	if p, ok := whitepaper.FieldByName(item.Type(), "plans"); ok && p.Ref == whitepaper.RefPlan {
		fact.Plans, _ = item.FieldByIndex(p.Index).Interface().([]string)
	}
	if s, ok := whitepaper.FieldByName(item.Type(), "services"); ok && s.Ref == whitepaper.RefService {
		fact.Services, _ = item.FieldByIndex(s.Index).Interface().([]string)
	}
	switch x := item.Interface().(type) {
	case whitepaper.Certification:
		fact.Status = StatusOf(x.Status)
	case whitepaper.Notification:
		fact.Commitment = x.Commitment
	case whitepaper.SLA:
		fact.Commitment = x.Commitment
	}
}

// QualifierOf returns the qualifier a section's qualified fields give
// the field at path, such as "restoreOnRequest"; "" when none.
func QualifierOf(section *whitepaper.Notes, path string) whitepaper.Qualifier {
	if section == nil {
		return ""
	}
	path = strings.TrimPrefix(path, "/")
	for _, q := range section.Qualified {
		if q.Field == path {
			return q.Qualifier
		}
	}
	return ""
}

// Stated reports whether the fact has a value.
func (fact Fact) Stated() bool { return fact.Value.IsValid() && !fact.Value.IsZero() }

// Scoped reports whether the fact holds only for some plans or services.
func (fact Fact) Scoped() bool { return len(fact.Plans) > 0 || len(fact.Services) > 0 }

// Hedged reports whether anything makes the fact weaker than its value
// says: a qualifier, a status short of held, a commitment short of
// guaranteed, or a scope of some plans or services.
func (fact Fact) Hedged() bool {
	return fact.Qualifier != "" || fact.Status != Held && fact.Status != "" ||
		fact.Commitment != "" && fact.Commitment != whitepaper.Guaranteed || fact.Scoped()
}

// Compare compares two statements of the same fact for the customer: the
// value by [Compare], joined ([Order.Join]) with the qualifier, the
// status, the commitment and the scope. A narrower scope (some plans
// against all) is worse; different scopes are incomparable.
func (fact Fact) Compare(other Fact) Order {
	o := CompareIn(fact.Field, fact.Value, fact.Ranks, other.Value, other.Ranks)
	o = o.Join(Qualifiers(fact.Qualifier, other.Qualifier))
	o = o.Join(Statuses(orHeld(fact.Status), orHeld(other.Status)))
	if c, ok := Extensions(reflect.TypeFor[whitepaper.Commitment](), string(fact.Commitment), fact.Ranks, string(other.Commitment), other.Ranks, ""); ok {
		o = o.Join(c)
	} else {
		o = o.Join(Commitments(fact.Commitment, other.Commitment))
	}
	o = o.Join(scopes(fact.Plans, other.Plans))
	return o.Join(scopes(fact.Services, other.Services))
}

func orHeld(s Status) Status {
	if s == "" {
		return Held
	}
	return s
}

// scopes compares two lists of plans (or services) a fact is limited to:
// none (all) is better than some; lists are otherwise equal only when the
// same set.
func scopes(a, b []string) Order {
	switch {
	case len(a) == 0 && len(b) == 0:
		return Equal
	case len(a) == 0:
		return Better
	case len(b) == 0:
		return Worse
	}
	x, y := slices.Sorted(slices.Values(a)), slices.Sorted(slices.Values(b))
	if slices.Equal(slices.Compact(x), slices.Compact(y)) {
		return Equal
	}
	return Incomparable
}
