package diff

import (
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/order"
	"github.com/openwhitepaper/whitepaper/internal/reflectx"
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

// direction is an ordered field of the model: its order is declared on
// the field (`whitepaper:"better=…"`) and read here.
type direction struct {
	typ, field string
	name       string // rule name stem, such as "backup-generations"
	higher     Impact // impact of an increase; a decrease is the opposite
	why        string
	kind       string // what sort of value: duration, count, percent, version or fact
}

// valueKind names the sort of an ordered value, for the generic wording
// of its changes ("became longer", "increased", "rose").
func valueKind(t reflect.Type) string {
	switch t {
	case reflect.TypeFor[whitepaper.Duration](), reflect.TypeFor[whitepaper.Frequency]():
		return "duration"
	case reflect.TypeFor[whitepaper.Count]():
		return "count"
	case reflect.TypeFor[whitepaper.Percent]():
		return "percent"
	case reflect.TypeFor[*bool]():
		return "fact"
	}
	return "version"
}

// messageKey is the catalog key of a change's message: for a yes/no fact
// newly stated, withdrawn or turned, the phrase of its field and state
// (diff.fact.Subprocessor.outsideScope.true) when the catalog has one, or
// else of its state (diff.fact.true); otherwise the rule's own message,
// or for ordered facts without one, the generic message for its sort of
// value.
func messageKey(c Change, rule string, has func(string) bool) string {
	if k, ok := factKey(c); ok {
		if has(k) {
			return k
		}
		// The statement the renderer makes of the field in that state:
		// "Deleted data cannot be restored."
		if s := statementKey(k); s != "" && has(s) {
			return "diff.fact.statement"
		}
		// The phrase of the state for any yes/no fact: "now says yes".
		if g := "diff.fact." + k[strings.LastIndex(k, ".")+1:]; has(g) {
			return g
		}
	}
	if k := "diff.rule." + rule; has(k) {
		return k
	}
	for _, d := range directions {
		for _, dir := range []string{"-increased", "-decreased"} {
			if d.name+dir == rule {
				return "diff.ordered." + d.kind + dir
			}
		}
		for _, dir := range []string{"-stated", "-unstated"} {
			if d.name+dir == rule {
				return "diff.ordered." + dir[1:]
			}
		}
	}
	return "diff.rule." + rule
}

// statementKey is the catalog key of the statement a page makes of a
// yes/no fact in a state (fact.DeletionRule.irreversible.true), for the
// fact key of that state; "" for a fact no longer stated.
func statementKey(factKey string) string {
	if strings.HasSuffix(factKey, ".unstated") {
		return ""
	}
	return strings.TrimPrefix(factKey, "diff.")
}

// factKey is the key of the phrase for a yes/no fact's new state, or for
// one no longer stated, diff.fact.Type.field.unstated.
func factKey(c Change) (string, bool) {
	stem := "diff.fact." + c.Type + "." + c.Field + "."
	if b, ok := valueOf(c.newV).(*bool); ok && b != nil {
		return stem + strconv.FormatBool(*b), true
	}
	if b, ok := valueOf(c.oldV).(*bool); ok && b != nil {
		return stem + "unstated", true
	}
	return "", false
}

func valueOf(v reflect.Value) any {
	if !v.IsValid() || !v.CanInterface() {
		return nil
	}
	return v.Interface()
}

// reasons says why some ordered fields matter; the others get a rationale
// from their direction.
var reasons = map[string]string{
	"backup-generations":             "more backup generations allow restoring from further back",
	"backup-retention":               "backups kept longer allow restoring from further back",
	"backup-interval":                "a longer interval between backups loses more data in a restore",
	"backup-sites":                   "copies at more sites survive more disasters",
	"log-retention":                  "logs kept longer allow investigating further back",
	"incident-notification-deadline": "a later incident notice leaves customers less time to react",
	"patch-deadline":                 "security patches applied later leave vulnerabilities open longer",
	"tls-min-version":                "a higher minimum TLS version refuses weaker protocols",
	"sla-target":                     "a higher availability target promises less downtime",
	"backup-restore-on-request":      "customers can have data restored",
	"deletion-certificate":           "customers get proof of deletion",
	"admin-mfa":                      "a second factor protects administrator accounts",
	"operator-access-restricted":     "fewer staff can reach customer data",
	"third-party-disclosure":         "customer data goes to more parties",
	"log-disclosure":                 "customers can obtain logs for their investigations",
}

// directions are the ordered facts of the model, found on its types.
var directions = func() []direction {
	var out []direction
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] || t.PkgPath() != reflect.TypeFor[whitepaper.Document]().PkgPath() {
			return
		}
		seen[t] = true
		if _, ok := reflect.New(t).Interface().(interface{ UnmarshalText([]byte) error }); ok {
			return // a value written as a string, such as Duration
		}
		for _, f := range whitepaper.Fields(t) {
			walk(f.Type)
			if f.Better == whitepaper.Unordered || slices.ContainsFunc(out, func(d direction) bool { return d.name == f.Rule }) {
				continue
			}
			d := direction{typ: f.Owner.Name(), field: f.Name, name: f.Rule, higher: Strengthened, why: reasons[f.Rule], kind: valueKind(f.Type)}
			if f.Better == whitepaper.Lower || f.Better == whitepaper.False {
				d.higher = Weakened
			}
			if d.why == "" {
				d.why = map[whitepaper.Better]string{
					whitepaper.Higher: "a higher value is better for the customer",
					whitepaper.Lower:  "a lower value is better for the customer",
					whitepaper.True:   "stating it as provided is better for the customer",
					whitepaper.False:  "stating it as not done is better for the customer",
				}[f.Better]
			}
			out = append(out, d)
		}
	}
	walk(reflect.TypeFor[whitepaper.Document]())
	return out
}()

// keyedItems declares the items whose addition or removal has a rule of its own.
var keyedItems = []struct {
	typ, field, name string
	added            Impact
	why              string
	set              bool // a set of values: one value for another is name-changed
}{
	{"Certifications", "certifications", "certification", Strengthened, "an independent certification is evidence of controls", false},
	{"Subprocessors", "services", "subprocessor", Changed, "customers must be told which third parties receive their data (GDPR Art. 28(2))", false},
	{"DataLocation", "regions", "storage-region", Changed, "where data is stored decides which law applies", false},
	{"DataLocation", "countries", "storage-country", Changed, "where data is stored decides which law applies", true},
	{"Subprocessor", "countries", "subprocessor-country", Changed, "where a subprocessor stores data decides which law applies", true},
	{"Subprocessor", "data", "subprocessor-data", Changed, "customers must know which of their data a subprocessor receives", true},
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
			Rule{ID: d.name + "-decreased", Impact: opposite(d.higher), Rationale: d.why},
			Rule{ID: d.name + "-stated", Impact: Strengthened, Rationale: "the whitepaper now commits to it: " + d.why},
			Rule{ID: d.name + "-unstated", Impact: Weakened, Rationale: "a disclosure is withdrawn: " + d.why})
	}
	for _, k := range keyedItems {
		rs = append(rs,
			Rule{ID: k.name + "-added", Impact: k.added, Rationale: k.why},
			Rule{ID: k.name + "-removed", Impact: opposite(k.added), Rationale: k.why})
		if k.set {
			rs = append(rs, Rule{ID: k.name + "-changed", Impact: Changed, Rationale: k.why, Waiver: "one value for another is its own mirror"})
		}
	}
	rs = append(rs,
		Rule{ID: "section-added", Impact: Strengthened, Rationale: "the whitepaper now addresses a topic it did not"},
		Rule{ID: "section-removed", Impact: Weakened, Rationale: "the whitepaper no longer addresses a topic it did"},
		Rule{ID: "fact-added", Impact: Changed, Rationale: "a fact is now stated"},
		Rule{ID: "record-stated", Impact: Strengthened, Rationale: "a group of facts is now stated with a commitment in it (an ordered fact in its better direction)"},
		Rule{ID: "record-unstated", Impact: Weakened, Rationale: "a group of facts with a commitment in it is no longer stated"},
		Rule{ID: "fact-removed", Impact: Changed, Rationale: "a fact is no longer stated"},
		Rule{ID: "item-added", Impact: Changed, Rationale: "a list gained an item"},
		Rule{ID: "item-removed", Impact: Changed, Rationale: "a list lost an item"},
		Rule{ID: "value-changed", Impact: Changed, Rationale: "a stated value changed", Waiver: "a change of an unordered value has no direction, so it is its own mirror"},
		Rule{ID: "commitment-added", Impact: Changed, Rationale: "the text of a duty, condition or scope is what the vendor commits to"},
		Rule{ID: "commitment-removed", Impact: Changed, Rationale: "the text of a duty, condition or scope is what the vendor commits to"},
		Rule{ID: "commitment-changed", Impact: Changed, Rationale: "the text of a duty, condition or scope is what the vendor commits to", Waiver: "a change of wording has no direction, so it is its own mirror"},
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
	if isCommitment(c) {
		return map[Kind]string{Added: "commitment-added", Removed: "commitment-removed", Modified: "commitment-changed"}[c.Kind]
	}
	if last := c.Path[len(c.Path)-1]; last.kind == 'l' || isProse(c.Field) {
		return map[Kind]string{Added: "text-added", Removed: "text-removed", Modified: "text-changed"}[c.Kind]
	}
	for _, k := range keyedItems {
		if k.typ == c.Type && k.field == c.Field {
			if c.Kind != Modified {
				return k.name + "-" + string(c.Kind)
			}
			if k.set {
				return k.name + "-changed"
			}
		}
	}
	if c.meta.Better != whitepaper.Unordered {
		if cmp, ok := compareValues(c); ok && cmp != 0 {
			if cmp > 0 {
				return c.meta.Rule + "-increased"
			}
			return c.meta.Rule + "-decreased"
		}
	}
	if c.meta.Better != whitepaper.Unordered && c.Item == "" {
		switch {
		case c.Kind == Added && statesBetter(c.newV, c.meta.Better):
			return c.meta.Rule + "-stated"
		case c.Kind == Removed && statesBetter(c.oldV, c.meta.Better):
			return c.meta.Rule + "-unstated"
		}
	}
	if c.Item == "" {
		switch {
		case c.Kind == Added && commits(c.newV):
			return "record-stated"
		case c.Kind == Removed && commits(c.oldV):
			return "record-unstated"
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

// statesBetter reports whether stating an ordered value is a commitment:
// any value of an ordered quantity, and for a yes/no fact its better
// answer (stating that something is not done commits to nothing).
func statesBetter(v reflect.Value, better whitepaper.Better) bool {
	b, ok := valueOf(v).(*bool)
	if !ok {
		return v.IsValid()
	}
	return b != nil && *b == (better == whitepaper.True)
}

// commits reports whether a record states a commitment: an ordered fact
// of it, or of a record inside it, stated in its better direction (a
// subprocessor change notice with a lead time, or with objections
// allowed).
func commits(v reflect.Value) bool {
	v = reflect.Indirect(v)
	if !v.IsValid() || v.Kind() != reflect.Struct {
		return false
	}
	for _, f := range whitepaper.Fields(v.Type()) {
		fv := v.FieldByIndex(f.Index)
		if reflectx.IsZero(fv) {
			continue
		}
		if f.Better != whitepaper.Unordered && statesBetter(fv, f.Better) {
			return true
		}
		if fv.Kind() == reflect.Pointer && fv.Elem().Kind() == reflect.Struct && commits(fv) {
			return true
		}
	}
	return false
}

// isCommitment reports whether a change is to the text of what the vendor
// commits to: a duty, or the condition or scope of an item. Notes and
// other prose stay editorial.
func isCommitment(c Change) bool {
	return (c.Type == "Duty" && c.Field == "text") || c.Field == "condition" || c.Field == "scope"
}

// isProse reports whether a field holds prose or references only.
func isProse(field string) bool {
	return field == "notes" || field == "references" || field == "title" || field == "sources" || field == "revisions" ||
		field == "layout" || field == "worded"
}

// compareValues orders the new value of an ordered fact against the old
// one: 1 when higher, -1 when lower. A fact newly stated or withdrawn has
// no order: that is fact-added or fact-removed.
func compareValues(c Change) (int, bool) {
	return order.Compare(c.newV, c.oldV)
}
