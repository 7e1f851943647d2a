package diff

import (
	"cmp"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/reflectx"
	"github.com/openwhitepaper/whitepaper/meaning"
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
	if strings.HasPrefix(rule, "deletion-after-") {
		// The direction in the words: deleted sooner or later.
		if later, ok := deletionLater(c, rule); ok {
			if k := "diff.rule." + rule + map[bool]string{true: ".later", false: ".sooner"}[later]; has(k) {
				return k
			}
		}
	}
	if k := "diff.rule." + rule; has(k) {
		if kk := k + "." + string(c.Kind); c.Kind != Modified && has(kk) {
			return kk // a hedge newly stated or no longer stated
		}
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

// modelFields calls f with every field of the model's record types, in
// the order a walk from the document meets them, once per type; values
// written as strings (Duration) are not records.
func modelFields(f func(whitepaper.Field)) {
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
		for _, fl := range whitepaper.Fields(t) {
			walk(fl.Type)
			f(fl)
		}
	}
	walk(reflect.TypeFor[whitepaper.Document]())
}

// directions are the ordered facts of the model, found on its types.
var directions = func() []direction {
	var out []direction
	modelFields(func(f whitepaper.Field) {
		if f.Better == whitepaper.Unordered || slices.ContainsFunc(out, func(d direction) bool { return d.name == f.Rule }) {
			return
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
	})
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
	{"Certifications", "audits", "audit", Strengthened, "a regular audit is evidence that the controls are checked", false},
	{"Backup", "sets", "backup-set", Strengthened, "a backup set is data the vendor can restore", false},
	{"Vulnerabilities", "assessments", "vulnerability-assessment", Strengthened, "an assessment finds weaknesses before attackers do", false},
	{"Vulnerabilities", "patching", "patch-target", Strengthened, "a patching commitment closes known weaknesses", false},
	{"SecureDevelopment", "practices", "development-practice", Strengthened, "a secure development practice prevents weaknesses", false},
	{"Governance", "measures", "governance-measure", Strengthened, "an organisational measure protects customer data", false},
	{"IncidentResponse", "reporting", "reporting-channel", Strengthened, "another way to report an incident to the vendor", false},
	{"IncidentResponse", "updates", "update-channel", Strengthened, "another way customers hear of an incident", false},
	{"ChangeManagement", "announcements", "change-announcement", Strengthened, "another way customers hear of changes", false},
	{"DataDeletion", "rules", "deletion-rule", Strengthened, "a deletion rule commits the vendor to delete data", false},
	{"DataDeletion", "exceptions", "deletion-exception", Weakened, "data kept when the rest is deleted", false},
	{"Subprocessors", "services", "subprocessor", Changed, "customers must be told which third parties receive their data (GDPR Art. 28(2))", false},
	{"DataLocation", "regions", "storage-region", Changed, "where data is stored decides which law applies", false},
	{"DataLocation", "countries", "storage-country", Changed, "where data is stored decides which law applies", true},
	{"Subprocessor", "countries", "subprocessor-country", Changed, "where a subprocessor stores data decides which law applies", true},
	{"Subprocessor", "data", "subprocessor-data", Changed, "customers must know which of their data a subprocessor receives", true},
	{"Priced", "pricing", "price-term", Weakened, "a fact offered only as a paid option, in a package or for a fee holds only for the customers who buy it", false},
}

// hedgeRules are the rules of what makes a fact weaker than its value
// says, each with a weakened, a strengthened and (with a waiver) a
// changed rule, the direction given by package meaning: a certification's
// status, how firmly a deadline is promised, the moment it counts from,
// the method that protects stored data ("none" is the weakest).
var hedgeRules = []struct{ name, why string }{
	{"certification-status", "a certification expired, suspended, withdrawn or not held is not evidence of controls"},
	{"commitment-level", "a guarantee binds the vendor, a target or best effort does not"},
	{"deadline-anchor", "a deadline counted from a later moment (detection, confirmation) ends later"},
	{"protection-method", "data stored unprotected (\"none\") is exposed to whoever reaches the storage"},
	{"subprocessor-engagement", "a subprocessor engaged only on opt-in or when a feature is used receives less data than one engaged always"},
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
	for _, h := range hedgeRules {
		rs = append(rs,
			Rule{ID: h.name + "-weakened", Impact: Weakened, Rationale: h.why},
			Rule{ID: h.name + "-strengthened", Impact: Strengthened, Rationale: h.why},
			Rule{ID: h.name + "-changed", Impact: Changed, Rationale: h.why, Waiver: "values neither weaker nor stronger than each other: its own mirror"})
	}
	rs = append(rs,
		Rule{ID: "qualifier-added", Impact: Weakened, Rationale: "a qualification (in principle, on request, best effort, where possible, planned) hedges what was stated plainly"},
		Rule{ID: "qualifier-removed", Impact: Strengthened, Rationale: "a statement is no longer hedged"},
		Rule{ID: "qualifier-changed", Impact: Changed, Rationale: "one qualification for another is neither weaker nor stronger", Waiver: "its own mirror"},
		Rule{ID: "member-added", Impact: Strengthened, Rationale: "a list where more is better for the customer (scopes encrypted, contents of a notice, notice channels) gained a member"},
		Rule{ID: "member-removed", Impact: Weakened, Rationale: "a list where more is better for the customer lost a member"},
		Rule{ID: "exception-added", Impact: Weakened, Rationale: "a list of exceptions (grounds for disclosure, exclusions) gained a member"},
		Rule{ID: "exception-removed", Impact: Strengthened, Rationale: "a list of exceptions lost a member"},
		Rule{ID: "value-weakened", Impact: Weakened, Rationale: "an ordered fact now guarantees less: its bound or its vagueness changed (within 72 hours to at least 72 hours, immediately to promptly)"},
		Rule{ID: "value-strengthened", Impact: Strengthened, Rationale: "an ordered fact now guarantees more: its bound or its vagueness changed"},
		Rule{ID: "audit-performer-weakened", Impact: Weakened, Rationale: "an audit by internal and third-party auditors is now by one of them only"},
		Rule{ID: "audit-performer-strengthened", Impact: Strengthened, Rationale: "an audit by internal or third-party auditors is now by both"},
		Rule{ID: "deletion-after-weakened", Impact: Weakened, Rationale: "data is deleted later after the customer asked, an idle account's data sooner, or at a contract's end a deadline is later or a grace period shorter"},
		Rule{ID: "deletion-after-strengthened", Impact: Strengthened, Rationale: "data is deleted sooner after the customer asked, an idle account's data later, or at a contract's end a deadline is sooner or a grace period longer"},
	)
	rs = append(rs,
		Rule{ID: "section-added", Impact: Strengthened, Rationale: "the whitepaper now addresses a topic it did not"},
		Rule{ID: "section-removed", Impact: Weakened, Rationale: "the whitepaper no longer addresses a topic it did"},
		Rule{ID: "fact-added", Impact: Changed, Rationale: "a fact is now stated"},
		Rule{ID: "record-stated", Impact: Strengthened, Rationale: "a group of facts is now stated with a commitment in it (an ordered fact in its better direction)"},
		Rule{ID: "record-unstated", Impact: Weakened, Rationale: "a group of facts with a commitment in it is no longer stated"},
		Rule{ID: "fact-removed", Impact: Changed, Rationale: "a fact is no longer stated"},
		Rule{ID: "item-added", Impact: Changed, Rationale: "a list gained an item"},
		Rule{ID: "item-removed", Impact: Changed, Rationale: "a list lost an item"},
		Rule{ID: "name-replaced", Impact: Editorial, Rationale: "one wording replaced by another throughout (a product renamed): the texts say what they said, under the new name", Waiver: "a replacement is its own mirror"},
		Rule{ID: "heading-added", Impact: Editorial, Rationale: "the outline gained a heading: what the section under it says is compared on its own, and the headings after it renumbered are no change"},
		Rule{ID: "heading-removed", Impact: Editorial, Rationale: "the outline lost a heading: what the section under it said is compared on its own, and the headings after it renumbered are no change"},
		Rule{ID: "heading-renamed", Impact: Editorial, Rationale: "a heading of the outline is retitled: the sections under it are the same", Waiver: "a new title is its own mirror"},
		Rule{ID: "target-changed", Impact: Changed, Rationale: "a contact point, channel or reference is now reached at another address (an e-mail address for a web page)", Waiver: "a new address is its own mirror"},
		Rule{ID: "item-renamed", Impact: Changed, Rationale: "an item of a list is the same item under a new name (its other facts are compared as they are)", Waiver: "a new name is its own mirror"},
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
	if c.subj != nil && c.subj.renamed != "" && c.Kind == Modified && c.Field == c.subj.renamed && len(c.within) == 0 {
		if c.Type == outlineType.Name() {
			return "heading-renamed"
		}
		return "item-renamed"
	}
	if c.replaced != nil {
		return "name-replaced"
	}
	if c.Type == "Document" && c.Field == "outline" && c.Kind != Modified {
		return "heading-" + string(c.Kind)
	}
	if c.retargeted {
		return "target-changed"
	}
	if isCommitment(c) {
		return map[Kind]string{Added: "commitment-added", Removed: "commitment-removed", Modified: "commitment-changed"}[c.Kind]
	}
	if last := c.Path[len(c.Path)-1]; last.kind == 'l' || isProse(c.Field) {
		return map[Kind]string{Added: "text-added", Removed: "text-removed", Modified: "text-changed"}[c.Kind]
	}
	for _, k := range keyedItems {
		if k.typ == c.Type && k.field == c.Field && !statesNotDone(either(c)) && !includedTerm(either(c)) {
			if c.Kind != Modified {
				return k.name + "-" + string(c.Kind)
			}
			if k.set {
				return k.name + "-changed"
			}
		}
	}
	if id, ok := hedgeRule(c); ok {
		return id
	}
	if id, ok := deletionAfterRule(c); ok {
		return id
	}
	if id, ok := auditByRule(c); ok {
		return id
	}
	if c.meta.Better != whitepaper.Unordered && c.Kind == Modified {
		if id, ok := orderedRule(c); ok {
			return id
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

// orderedRule gives a change of an ordered fact its direction from
// package meaning: "-increased" or "-decreased" when the amount moved
// that way, value-strengthened or value-weakened when the direction comes
// from a bound or a vague value instead ("within 30 days" for "at least
// 30 days", "promptly" for "immediately"); none when the values are
// incomparable (a vague value for a number, an extension value).
func orderedRule(c Change) (string, bool) {
	o := meaning.CompareIn(c.meta, c.newV, c.rank(1), c.oldV, c.rank(0))
	if o != meaning.Better && o != meaning.Worse {
		return "", false
	}
	higher := c.meta.Better == whitepaper.Higher || c.meta.Better == whitepaper.True
	up := (o == meaning.Better) == higher // the amount the direction implies rose
	if amount, ok := amountMoved(c.newV, c.oldV); !ok || amount == 0 || (amount > 0) != up {
		if o == meaning.Better {
			return "value-strengthened", true
		}
		return "value-weakened", true
	}
	if up {
		return c.meta.Rule + "-increased", true
	}
	return c.meta.Rule + "-decreased", true
}

// deletionAfterRule gives a changed time of a deletion rule its direction
// from the rule's trigger (package meaning, DeletionAfter): after the
// customer's request sooner is better, for an idle account later, at the
// end of a contract a deadline sooner and a grace period later.
func deletionAfterRule(c Change) (string, bool) {
	if c.Type != "DeletionRule" || c.Field != "after" || c.Kind != Modified || c.subj == nil {
		return "", false
	}
	rule, ok := valueOf(reflectIndirect(c.subj.new)).(whitepaper.DeletionRule)
	if !ok {
		return "", false
	}
	a, okA := valueOf(c.newV).(whitepaper.Duration)
	b, okB := valueOf(c.oldV).(whitepaper.Duration)
	if !okA || !okB {
		return "", false
	}
	switch meaning.DeletionAfter(rule.Trigger, a, b) {
	case meaning.Better:
		return "deletion-after-strengthened", true
	case meaning.Worse:
		return "deletion-after-weakened", true
	}
	return "", false
}

// amountMoved orders the amounts of two values of an ordered field,
// whatever their bounds: 1 when a states the larger amount. It reports
// false for a value with no amount (promptly, periodically).
func amountMoved(a, b reflect.Value) (int, bool) {
	switch x := valueOf(a).(type) {
	case whitepaper.Duration:
		y := valueOf(b).(whitepaper.Duration)
		if !x.Quantified() || !y.Quantified() || x.Kind == whitepaper.Several || y.Kind == whitepaper.Several {
			return 0, false
		}
		return x.Compare(y), true
	case whitepaper.Frequency:
		y := valueOf(b).(whitepaper.Frequency)
		dx, okx := x.Spacing()
		dy, oky := y.Spacing()
		if !okx || !oky {
			return 0, false
		}
		return amountMoved(reflect.ValueOf(dx), reflect.ValueOf(dy))
	case whitepaper.Count:
		return cmp.Compare(x.Value, valueOf(b).(whitepaper.Count).Value), true
	case whitepaper.Percent:
		return x.Compare(valueOf(b).(whitepaper.Percent)), true
	case *bool:
		return cmp.Compare(boolInt(*x), boolInt(*valueOf(b).(*bool))), true
	case whitepaper.TLSVersion:
		switch meaning.TLSVersions(x, valueOf(b).(whitepaper.TLSVersion), whitepaper.Higher) {
		case meaning.Better:
			return 1, true
		case meaning.Worse:
			return -1, true
		}
	}
	return 0, false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// moreOf gives the declared direction for members (more=…) of every list
// field of the model, by owner type and field name.
var moreOf = func() map[[2]string]whitepaper.More {
	m := map[[2]string]whitepaper.More{}
	modelFields(func(f whitepaper.Field) {
		if f.More != whitepaper.MoreUnordered {
			m[[2]string{f.Owner.Name(), f.Name}] = f.More
		}
	})
	return m
}()

// hedgeRule gives the rule of a change to what hedges a fact, or of a
// member added to or removed from a list with a direction: a qualifier,
// a certification's status, a commitment, a deadline's anchor, a method
// of protection, a set member.
func hedgeRule(c Change) (string, bool) {
	pick := func(name string, o meaning.Order) (string, bool) {
		switch o {
		case meaning.Better:
			return name + "-strengthened", true
		case meaning.Worse:
			return name + "-weakened", true
		case meaning.Equal:
			return "", false
		}
		return name + "-changed", true
	}
	switch x := valueOf(either(c)).(type) {
	case whitepaper.Qualifier:
		_ = x
		nq, _ := valueOf(c.newV).(whitepaper.Qualifier)
		oq, _ := valueOf(c.oldV).(whitepaper.Qualifier)
		switch meaning.Qualifiers(nq, oq) {
		case meaning.Better:
			return "qualifier-removed", true
		case meaning.Worse:
			return "qualifier-added", true
		case meaning.Incomparable:
			return "qualifier-changed", true
		}
		return "", false
	case whitepaper.FieldQualifier:
		if c.Kind == Added {
			return "qualifier-added", true
		}
		return "qualifier-removed", true
	case whitepaper.CertificationStatus:
		ns, _ := valueOf(c.newV).(whitepaper.CertificationStatus)
		os, _ := valueOf(c.oldV).(whitepaper.CertificationStatus)
		return pick("certification-status", meaning.Statuses(meaning.StatusOf(ns), meaning.StatusOf(os)))
	case whitepaper.Commitment:
		nc, _ := valueOf(c.newV).(whitepaper.Commitment)
		oc, _ := valueOf(c.oldV).(whitepaper.Commitment)
		return pick("commitment-level", meaning.Commitments(nc, oc))
	case whitepaper.Engagement:
		if c.Kind != Modified {
			return "", false
		}
		return pick("subprocessor-engagement", meaning.Engagements(c.newV.Interface().(whitepaper.Engagement), c.oldV.Interface().(whitepaper.Engagement)))
	case whitepaper.Anchor:
		if c.Kind != Modified {
			return "", false
		}
		return pick("deadline-anchor", meaning.Anchors(c.newV.Interface().(whitepaper.Anchor), c.oldV.Interface().(whitepaper.Anchor)))
	}
	if v := either(c); v.IsValid() && v.Kind() == reflect.String && c.Kind == Modified {
		if _, ok := meaning.NoneValue(v.Type()); ok {
			return pick("protection-method", meaning.Methods(c.newV, c.oldV))
		}
	}
	if c.Item != "" && c.Kind != Modified && !statesNotDone(either(c)) {
		switch moreOf[[2]string{c.Type, c.Field}] {
		case whitepaper.MoreBetter:
			return "member-" + string(c.Kind), true
		case whitepaper.MoreWorse:
			return "exception-" + string(c.Kind), true
		}
	}
	return "", false
}

// statesNotDone reports whether an item of a list states that something
// is not done or not in force: provided false, a method "none", a
// certification expired, suspended, withdrawn, not held or in
// preparation. Adding or removing such an item has no direction of its
// own.
func statesNotDone(v reflect.Value) bool {
	v = reflect.Indirect(v)
	if !v.IsValid() || v.Kind() != reflect.Struct {
		return false
	}
	if c, ok := v.Interface().(whitepaper.Certification); ok && !meaning.StatusOf(c.Status).IsHeld() {
		return true
	}
	for _, f := range whitepaper.Fields(v.Type()) {
		fv := v.FieldByIndex(f.Index)
		if b, ok := fv.Interface().(*bool); ok && f.Name == "provided" && b != nil && !*b {
			return true
		}
		if none, ok := meaning.NoneValue(f.Type); ok && fv.String() == none {
			return true
		}
	}
	return false
}

// rank returns the extension ranks of the old (0) or new (1) document.
func (c Change) rank(i int) meaning.Ranks {
	if c.ranks == nil {
		return nil
	}
	return c.ranks[i]
}

// either is the new value of a change, or the old one when it has none.
func either(c Change) reflect.Value {
	if c.newV.IsValid() {
		return c.newV
	}
	return c.oldV
}
