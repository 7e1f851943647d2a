package diff

import (
	"cmp"
	"github.com/openwhitepaper/whitepaper/internal/reflectx"
	"slices"
	"strings"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// Impact is what a change means for the customer.
type Impact string

// The impacts, most severe first.
const (
	Weakened     Impact = "weakened"
	Strengthened Impact = "strengthened"
	// Changed is a change customers must be told about that is neither
	// weaker nor stronger, such as a new subprocessor.
	Changed   Impact = "changed"
	Editorial Impact = "editorial"
)

// Rule classifies changes. Its message is in the locale catalog under
// diff.ID, with the placeholders {field}, {item}, {old} and {new}.
type Rule struct {
	// ID is the stable identifier, such as "backup-generations-decreased".
	ID string `json:"id"`
	// Impact is what a change under the rule means.
	Impact Impact `json:"impact"`
	// Rationale says why, in English.
	Rationale string `json:"rationale"`
	// Waiver, when set, explains why the rule has no mirror rule.
	Waiver string `json:"-"`
}

// direction declares, once per field, whether a larger value is stronger.
type direction struct {
	typ, field string
	name       string // rule name stem, such as "backup-generations"
	higher     Impact // impact of an increase; a decrease is the opposite
	why        string
}

// directions are the ordered facts: counts, durations, frequencies,
// versions and percentages, and yes/no facts where true is stronger.
var directions = []direction{
	{"BackupSet", "generations", "backup-generations", Strengthened, "more backup generations allow restoring from further back"},
	{"BackupSet", "retention", "backup-retention", Strengthened, "backups kept longer allow restoring from further back"},
	{"BackupSet", "frequency", "backup-interval", Weakened, "a longer interval between backups loses more data in a restore"},
	{"BackupSet", "sites", "backup-sites", Strengthened, "copies at more sites survive more disasters"},
	{"Log", "retention", "log-retention", Strengthened, "logs kept longer allow investigating further back"},
	{"Notification", "deadline", "incident-notification-deadline", Weakened, "a later incident notice leaves customers less time to react"},
	{"PatchTarget", "within", "patch-deadline", Weakened, "security patches applied later leave vulnerabilities open longer"},
	{"TransitProtection", "minVersion", "tls-min-version", Strengthened, "a higher minimum TLS version refuses weaker protocols"},
	{"SLA", "target", "sla-target", Strengthened, "a higher availability target promises less downtime"},
	{"Backup", "restoreOnRequest", "backup-restore-on-request", Strengthened, "customers can have data restored"},
	{"DataDeletion", "certificate", "deletion-certificate", Strengthened, "customers get proof of deletion"},
	{"AdminAuthentication", "mfa", "admin-mfa", Strengthened, "a second factor protects administrator accounts"},
	{"OperatorAccess", "restricted", "operator-access-restricted", Strengthened, "fewer staff can reach customer data"},
	{"DataUse", "thirdPartyDisclosure", "third-party-disclosure", Weakened, "customer data goes to more parties"},
	{"Logging", "disclosureOnRequest", "log-disclosure", Strengthened, "customers can obtain logs for their investigations"},
}

// keyedItems declares the items whose addition or removal has a rule of its own.
var keyedItems = []struct {
	typ, field, name string
	added            Impact
	why              string
}{
	{"Certifications", "certifications", "certification", Strengthened, "an independent certification is evidence of controls"},
	{"Subprocessors", "services", "subprocessor", Changed, "customers must be told which third parties receive their data (GDPR Art. 28(2))"},
	{"DataLocation", "regions", "storage-region", Changed, "where data is stored decides which law applies"},
	{"DataLocation", "countries", "storage-country", Changed, "where data is stored decides which law applies"},
	{"Subprocessor", "countries", "subprocessor-country", Changed, "where a subprocessor stores data decides which law applies"},
	{"Subprocessor", "data", "subprocessor-data", Changed, "customers must know which of their data a subprocessor receives"},
}

func opposite(i Impact) Impact {
	switch i {
	case Weakened:
		return Strengthened
	case Strengthened:
		return Weakened
	}
	return i
}

// Rules lists every rule, sorted by ID.
func Rules() []Rule {
	var rs []Rule
	for _, d := range directions {
		rs = append(rs,
			Rule{ID: d.name + "-increased", Impact: d.higher, Rationale: d.why},
			Rule{ID: d.name + "-decreased", Impact: opposite(d.higher), Rationale: d.why})
	}
	for _, k := range keyedItems {
		rs = append(rs,
			Rule{ID: k.name + "-added", Impact: k.added, Rationale: k.why},
			Rule{ID: k.name + "-removed", Impact: opposite(k.added), Rationale: k.why})
	}
	rs = append(rs,
		Rule{ID: "section-added", Impact: Changed, Rationale: "the whitepaper now addresses a topic it did not"},
		Rule{ID: "section-removed", Impact: Weakened, Rationale: "the whitepaper no longer addresses a topic it did"},
		Rule{ID: "fact-added", Impact: Changed, Rationale: "a fact is now stated"},
		Rule{ID: "fact-removed", Impact: Changed, Rationale: "a fact is no longer stated"},
		Rule{ID: "item-added", Impact: Changed, Rationale: "a list gained an item"},
		Rule{ID: "item-removed", Impact: Changed, Rationale: "a list lost an item"},
		Rule{ID: "value-changed", Impact: Changed, Rationale: "a stated value changed", Waiver: "a change of an unordered value has no direction, so it is its own mirror"},
		Rule{ID: "text-added", Impact: Editorial, Rationale: "wording only"},
		Rule{ID: "text-removed", Impact: Editorial, Rationale: "wording only"},
		Rule{ID: "text-changed", Impact: Editorial, Rationale: "wording only", Waiver: "a wording change is its own mirror"},
	)
	slices.SortFunc(rs, func(a, b Rule) int { return strings.Compare(a.ID, b.ID) })
	return rs
}

// Classified is a change with its rule.
type Classified struct {
	Change
	Rule   string `json:"rule"`
	Impact Impact `json:"impact"`
}

// Classify gives each change its rule.
func Classify(changes []Change) []Classified {
	impacts := map[string]Impact{}
	for _, r := range Rules() {
		impacts[r.ID] = r.Impact
	}
	out := make([]Classified, len(changes))
	for i, c := range changes {
		id := ruleFor(c)
		out[i] = Classified{Change: c, Rule: id, Impact: impacts[id]}
	}
	return out
}

func ruleFor(c Change) string {
	if c.Type == "Document" {
		if _, ok := sections[c.Field]; ok {
			return map[Kind]string{Added: "section-added", Removed: "section-removed"}[c.Kind]
		}
	}
	if last := c.Path[len(c.Path)-1]; last.kind == 'l' || isProse(c.Field) {
		return map[Kind]string{Added: "text-added", Removed: "text-removed", Modified: "text-changed"}[c.Kind]
	}
	for _, k := range keyedItems {
		if k.typ == c.Type && k.field == c.Field && c.Kind != Modified {
			return k.name + "-" + string(c.Kind)
		}
	}
	for _, d := range directions {
		if d.typ == c.Type && d.field == c.Field {
			if cmp, ok := compareValues(c); ok && cmp != 0 {
				if cmp > 0 {
					return d.name + "-increased"
				}
				return d.name + "-decreased"
			}
		}
	}
	switch c.Kind {
	case Added:
		if c.Item != "" {
			return "item-added"
		}
		return "fact-added"
	case Removed:
		if c.Item != "" {
			return "item-removed"
		}
		return "fact-removed"
	}
	return "value-changed"
}

// isProse reports whether a field holds prose or references only.
func isProse(field string) bool {
	return field == "notes" || field == "references" || field == "title" || field == "sources" || field == "revisions"
}

// compareValues orders the new value of an ordered fact against the old
// one: 1 when higher, -1 when lower. A fact newly stated or withdrawn has
// no order: that is fact-added or fact-removed.
func compareValues(c Change) (int, bool) {
	a, b := c.oldV, c.newV
	if !a.IsValid() || !b.IsValid() || reflectx.IsZero(a) || reflectx.IsZero(b) {
		return 0, false
	}
	switch x := a.Interface().(type) {
	case whitepaper.Duration:
		return b.Interface().(whitepaper.Duration).Compare(x), true
	case whitepaper.Frequency:
		y := b.Interface().(whitepaper.Frequency)
		if x.Kind != whitepaper.Interval || y.Kind != whitepaper.Interval {
			return 0, false
		}
		return y.Every.Compare(x.Every), true
	case whitepaper.Count:
		return cmp.Compare(b.Interface().(whitepaper.Count).Value, x.Value), true
	case whitepaper.Percent:
		return b.Interface().(whitepaper.Percent).Compare(x), true
	case whitepaper.TLSVersion:
		return strings.Compare(string(b.Interface().(whitepaper.TLSVersion)), string(x)), true
	case *bool:
		return cmpBool(*b.Interface().(*bool)) - cmpBool(*x), true
	}
	return 0, false
}

func cmpBool(b bool) int {
	if b {
		return 1
	}
	return 0
}
