package check

import (
	"cmp"
	"encoding"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/reflectx"
	"github.com/openwhitepaper/whitepaper/internal/wording"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/meaning"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/language"
)

// Verdict is how a document answers a question of a checklist.
type Verdict string

// The verdicts.
const (
	// Yes means the document states facts that answer the question:
	// stated plainly (no qualifier such as "in principle" or "planned"),
	// in force (a certification held) and meeting its condition.
	Yes Verdict = "yes"
	// No means the document states that it is not done, or states a
	// value that does not meet the question's condition.
	No Verdict = "no"
	// Partly means the question needs several facts and the document
	// states some of them; or a fact answers with a qualifier ("in
	// principle", "on request", "where possible"), with a value no number
	// orders ("promptly" for "within 24 hours"), or for some members of
	// a list and not others (data kept in Japan and the US).
	Partly Verdict = "partly"
	// PlanDependent means the facts that answer yes hold only for some
	// plans or services.
	PlanDependent Verdict = "plan-dependent"
	// Planned means the facts that would answer yes are stated as planned
	// or in progress (a measure qualified "planned", a certification
	// being obtained), and none is in force yet.
	Planned Verdict = "planned"
	// NotStated means the document states nothing that answers it.
	NotStated Verdict = "not-stated"
)

// AnswerSheet is a document's answers to a profile's questions, worded in
// one language.
type AnswerSheet struct {
	// Profile is the checklist answered.
	Profile *Profile `json:"-"`
	// Answers has an answer per question, in the profile's order.
	Answers []QuestionAnswer `json:"answers"`
}

// QuestionAnswer is the answer to one question.
type QuestionAnswer struct {
	Question Question `json:"-"`
	Verdict  Verdict  `json:"answer"`
	// Evidence lists the facts that answer it, in the order of the
	// question's criteria.
	Evidence []Evidence `json:"evidence"`
}

// Evidence is one fact of the document that answers a question.
type Evidence struct {
	// Pointer is the JSON Pointer of the fact in the document, such as
	// "/backup/sets/0/generations".
	Pointer string `json:"pointer"`
	// Fact is the fact worded in the reader's language.
	Fact string `json:"fact"`
	// Verdict is what the fact says on its own: yes, no, partly or
	// plan-dependent.
	Verdict Verdict `json:"answer"`
	// Section is the vendor's section number and title where the fact
	// is, such as "6 データのバックアップ".
	Section string `json:"section"`
	// Prose marks a fact that is a description rather than a value.
	Prose bool `json:"prose,omitempty"`
}

// Answer answers the profile's questions from the document's facts,
// worded in loc's language (English when loc is nil).
func Answer(doc *whitepaper.Document, p *Profile, loc *locale.Locale) *AnswerSheet {
	if doc == nil {
		doc = &whitepaper.Document{} // states nothing
	}
	if p == nil {
		p = &Profile{}
	}
	if loc == nil {
		loc = locale.For(language.English)
	}
	a := &answerer{doc: doc, loc: loc, names: wording.NewNames(doc), headings: doc.Headings()}
	sheet := &AnswerSheet{Profile: p}
	for _, q := range p.Questions {
		sheet.Answers = append(sheet.Answers, a.question(q))
	}
	return sheet
}

type answerer struct {
	doc      *whitepaper.Document
	loc      *locale.Locale
	names    *wording.Names
	headings []whitepaper.Heading
}

func (a *answerer) question(q Question) QuestionAnswer {
	ans := QuestionAnswer{Question: q, Evidence: []Evidence{}}
	met := 0 // criteria with a yes
	var yes, scoped, no, partly, planned int
	for _, cr := range q.Criteria {
		ev := a.criterion(cr)
		got := false
		crYes, crNo := 0, 0
		for _, e := range ev {
			switch e.Verdict {
			case Yes:
				yes++
				crYes++
				got = true
			case PlanDependent:
				scoped++
				got = true
			case Partly:
				partly++
				got = true
			case No:
				no++
				crNo++
			case Planned:
				planned++
			}
		}
		if cr.Equals != "" && !cr.Any && crYes > 0 && crNo > 0 {
			partly++ // some items have the value, others another
		}
		if got {
			met++
		}
		ans.Evidence = append(ans.Evidence, ev...)
	}
	switch {
	case yes+scoped+no+partly+planned == 0:
		ans.Verdict = NotStated
	case q.All && met < len(q.Criteria) && met > 0:
		ans.Verdict = Partly
	case partly > 0 && scoped == 0:
		ans.Verdict = Partly
	case yes > 0:
		ans.Verdict = Yes
	case scoped > 0:
		ans.Verdict = PlanDependent
	case planned > 0:
		ans.Verdict = Planned
	default:
		ans.Verdict = No
	}
	return ans
}

// criterion gathers the facts the criterion's field holds.
func (a *answerer) criterion(cr Criterion) []Evidence {
	var out []Evidence
	segs := strings.Split(strings.TrimPrefix(cr.Field, "/"), "/")
	// outer holds the hedged items around the current one (a data
	// subject qualified "planned" hedges the classes of its items).
	var walk func(v reflect.Value, i int, ptr string, parent reflect.Value, scoped bool, outer []meaning.Fact)
	walk = func(v reflect.Value, i int, ptr string, parent reflect.Value, scoped bool, outer []meaning.Fact) {
		for v.Kind() == reflect.Pointer && v.Type() != boolType {
			if v.IsNil() {
				return
			}
			v = v.Elem()
		}
		if v.Kind() == reflect.Struct && a.scopedItem(v) {
			scoped = true
		}
		if i == len(segs) {
			if e, ok := a.fact(cr, v, ptr, parent, scoped, outer); ok {
				out = append(out, e)
			}
			return
		}
		if field, value, filtered := cutFilter(segs[i]); segs[i] == "*" || filtered {
			if v.Kind() != reflect.Slice {
				return
			}
			next := outer
			if parent.IsValid() {
				if f := meaning.Item(parent); f.Qualifier != "" {
					next = append(slices.Clip(outer), f)
				}
			}
			for j := range v.Len() {
				if !filtered || matches(v.Index(j), field, value) {
					walk(v.Index(j), i+1, ptr+"/"+strconv.Itoa(j), v.Index(j), scoped, next)
				}
			}
			return
		}
		if v.Kind() != reflect.Struct {
			return
		}
		f, ok := whitepaper.FieldByName(v.Type(), segs[i])
		if !ok {
			return
		}
		walk(v.FieldByIndex(f.Index), i+1, ptr+"/"+segs[i], parent, scoped, outer)
	}
	walk(reflect.ValueOf(a.doc), 0, "", reflect.Value{}, false, nil)
	return out
}

// scopedItem reports whether a record holds only for some plans, or for
// some of the document's services (not for the one service it has).
func (a *answerer) scopedItem(v reflect.Value) bool {
	if f, ok := whitepaper.FieldByName(v.Type(), "plans"); ok && f.Shared() && v.FieldByIndex(f.Index).Len() > 0 {
		return true
	}
	f, ok := whitepaper.FieldByName(v.Type(), "services")
	return ok && f.Shared() && v.FieldByIndex(f.Index).Len() > 0 && v.FieldByIndex(f.Index).Len() < len(a.doc.Services)
}

// fact words one value the criterion reaches, and says what it answers.
func (a *answerer) fact(cr Criterion, v reflect.Value, ptr string, parent reflect.Value, scoped bool, outer []meaning.Fact) (Evidence, bool) {
	_, field, _ := resolve(cr.Field)
	if !v.IsValid() || reflectx.IsZero(v) || (!cr.Prose && !statesFact(v)) {
		return Evidence{}, false
	}
	e := Evidence{Pointer: ptr, Verdict: Yes, Section: a.section(ptr), Prose: isProse(v.Type(), field)}
	if b, ok := v.Interface().(*bool); ok {
		e.Fact = a.statement(field, *b)
		if !*b && !cr.Either {
			e.Verdict = No
		}
	} else {
		e.Fact = wording.Label(field, a.loc) + ": " + a.value(field, v)
	}
	met, ok := meets(cr, v)
	switch {
	case ok && met == Partly:
		e.Verdict = Partly
	case ok && met == No:
		if _, isBool := v.Interface().(*bool); !isBool && cr.Equals != "" && strings.Contains(cr.Field, "/*/") && field.Key {
			// Another item of the list, such as a measure of another
			// kind: neither a yes nor a no to this question.
			return Evidence{}, false
		}
		e.Verdict = No
	}
	if cr.Equals == "false" && e.Verdict == No {
		e.Verdict = Yes // a "not done" that the question asks for
	}
	if facts := a.hedges(cr, v, parent); len(facts) > 0 {
		if e.Verdict == Yes {
			e.Verdict = hedgedVerdict(facts)
		}
		if words := a.hedgeWords(facts); words != "" {
			e.Fact = a.loc.Message("check.hedged", "fact", e.Fact, "hedges", words)
		}
	}
	if len(outer) > 0 {
		// An item inside a hedged item is hedged as well.
		if e.Verdict == Yes {
			e.Verdict = hedgedVerdict(outer)
		}
		if words := a.hedgeWords(outer); words != "" {
			e.Fact = a.loc.Message("check.hedged", "fact", e.Fact, "hedges", words)
		}
	}
	if parent.IsValid() {
		if name := wording.Describe(parent, a.names, a.loc); name != "" && !strings.HasSuffix(e.Fact, ": "+name) {
			e.Fact = name + " — " + e.Fact
		}
	}
	if words := wording.Priced(a.doc.PricingAt(ptr), a.names, a.loc); words != "" {
		// A paid option, a package or a fee: it holds only for
		// customers who buy it, like a fact of some plans.
		scoped = true
		e.Fact = a.loc.Message("check.hedged", "fact", e.Fact, "hedges", words)
		if b, ok := v.Interface().(*bool); ok && !*b && e.Verdict == No {
			e.Verdict = PlanDependent // not done, unless bought
		}
	}
	if scoped && e.Verdict == Yes {
		e.Verdict = PlanDependent
	}
	return e, true
}

// statement words a yes/no fact by the locale's statement for the field
// in that state, or as the field's label and yes or no.
func (a *answerer) statement(f whitepaper.Field, b bool) string {
	if s, ok := wording.Statement(f, b, a.loc); ok {
		return s
	}
	return wording.Label(f, a.loc) + ": " + a.loc.Bool(&b)
}

// value words a value; a list of records as the names of its items.
func (a *answerer) value(f whitepaper.Field, v reflect.Value) string {
	if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Struct && v.Type() != textsType {
		return wording.Items(v, a.names, a.loc)
	}
	return wording.Clip(wording.Field(f, v, a.names, a.loc), wording.MaxRecord)
}

// statesFact reports whether a value states a fact, not prose alone: a
// record or a list counts when one of its fields that is not text does.
func statesFact(v reflect.Value) bool {
	for v.Kind() == reflect.Pointer && v.Type() != boolType {
		if v.IsNil() {
			return false
		}
		v = v.Elem()
	}
	if reflectx.IsZero(v) {
		return false
	}
	switch {
	case v.Type() == textType || v.Type() == textsType:
		return false
	case v.Kind() == reflect.Slice:
		for i := range v.Len() {
			if statesFact(v.Index(i)) {
				return true
			}
		}
		return false
	case v.Kind() == reflect.Struct && !v.Type().Implements(stringerType):
		for _, f := range whitepaper.Fields(v.Type()) {
			if f.Shared() || isProse(f.Type, f) {
				continue
			}
			if statesFact(v.FieldByIndex(f.Index)) {
				return true
			}
		}
		return false
	}
	return true
}

var stringerType = reflect.TypeFor[fmt.Stringer]()

// section names the vendor's heading that holds the fact: its number and
// title.
func (a *answerer) section(ptr string) string {
	segs := strings.Split(strings.TrimPrefix(ptr, "/"), "/")
	if len(segs) == 0 {
		return ""
	}
	id, ok := sectionIDs[segs[0]]
	if !ok {
		if segs[0] == "vendor" || segs[0] == "services" || segs[0] == "plans" || segs[0] == "providers" || segs[0] == "date" {
			return a.loc.Message("check.frontMatter") // what the page's header states
		}
		return ""
	}
	var h whitepaper.Heading
	found := false
	if len(segs) > 1 {
		part := "/" + segs[0] + "/" + segs[1]
		for _, x := range a.headings {
			for _, f := range x.Fields {
				if f == part {
					h, found = x, true
				}
			}
		}
	}
	if !found {
		h, found = a.doc.HeadingOf(id)
	}
	if !found {
		return ""
	}
	title := wording.In(h.Title, a.loc)
	if title == "" {
		title = a.loc.Section(id)
	}
	return strings.TrimSpace(h.Number + " " + title)
}

var sectionIDs = func() map[string]whitepaper.SectionID {
	m := map[string]whitepaper.SectionID{}
	for _, s := range whitepaper.Sections() {
		m[s.Field] = s.ID
	}
	return m
}()

// meets tests the criterion's condition on a value: Yes when met, No
// when not, Partly when a list meets Equals by some members only (unless
// the criterion takes any) or when the value has no amount to hold
// against the bound ("promptly" for "at most 24 hours"); ok is false
// when the criterion has no condition.
func meets(cr Criterion, v reflect.Value) (Verdict, bool) {
	switch {
	case cr.Equals != "":
		if v.Kind() == reflect.Slice {
			in, out := 0, 0
			for i := range v.Len() {
				if wording.Canonical(v.Index(i)) == cr.Equals {
					in++
				} else {
					out++ // another member, or "etc": others unnamed
				}
			}
			switch {
			case in == 0:
				return No, true
			case out == 0 || cr.Any:
				return Yes, true
			}
			return Partly, true
		}
		if wording.Canonical(v) == cr.Equals {
			return Yes, true
		}
		return No, true
	case cr.AtLeast != "" || cr.AtMost != "":
		verdict := Yes
		for _, b := range []struct {
			s      string
			atMost bool
		}{{cr.AtLeast, false}, {cr.AtMost, true}} {
			if b.s == "" {
				continue
			}
			bound, _ := parseAmount(v.Type(), b.s)
			met, ok := meaning.Meets(v, bound, b.atMost)
			if !ok {
				c, ok := compareAmount(v, bound)
				if known(v) || !ok {
					if verdict == Yes {
						verdict = Partly // no amount to hold against the bound
					}
					continue
				}
				met = c <= 0 == b.atMost || c == 0
			}
			if !met {
				verdict = No
			}
		}
		return verdict, true
	}
	return "", false
}

// known reports whether the meaning layer knows the value's form, so
// that a value it cannot hold against a bound has no amount, rather than
// a form the checks order themselves (a closed list in order).
func known(v reflect.Value) bool {
	switch v.Interface().(type) {
	case whitepaper.Duration, whitepaper.Frequency, whitepaper.Count, whitepaper.Percent, whitepaper.TLSVersion:
		return true
	}
	return false
}

// hedges gathers what hedges the facts a value states: the qualifier,
// status and plans of the item of a list that holds it (or of each item
// of a list of records it is), or the qualifier the section gives the
// field. None when nothing hedges it.
func (a *answerer) hedges(cr Criterion, v reflect.Value, parent reflect.Value) []meaning.Fact {
	var facts []meaning.Fact
	// A list of records, each hedged on its own; a list of values written
	// as text (the durations of a notice's steps) is one fact of the item
	// that holds it.
	if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Struct && !reflect.PointerTo(v.Type().Elem()).Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) {
		for i := range v.Len() {
			facts = append(facts, meaning.Item(v.Index(i)))
		}
	} else {
		fact := meaning.Fact{Status: meaning.Held}
		if parent.IsValid() {
			fact = meaning.Item(parent)
		}
		if fact.Qualifier == "" && !strings.Contains(cr.Field, "*") {
			segs := strings.SplitN(strings.TrimPrefix(cr.Field, "/"), "/", 2)
			if len(segs) == 2 {
				if sec, ok := reflect.ValueOf(a.doc).Elem().FieldByName(sectionFieldName(segs[0])).Interface().(whitepaper.Section); ok && !reflect.ValueOf(sec).IsNil() {
					fact.Qualifier = meaning.QualifierOf(sec.SectionNotes(), segs[1])
				}
			}
		}
		facts = append(facts, fact)
	}
	for _, f := range facts {
		if f.Qualifier != "" || !f.Status.IsHeld() {
			return facts
		}
	}
	return nil
}

// sectionFieldName is the Go name of the document's field for a
// section's property name, such as "Logging" for "logging".
func sectionFieldName(prop string) string {
	if f, ok := whitepaper.FieldByName(reflect.TypeFor[whitepaper.Document](), prop); ok {
		return reflect.TypeFor[whitepaper.Document]().FieldByIndex(f.Index).Name
	}
	return ""
}

// hedgedVerdict answers for facts of which some are hedged: yes when one
// is stated plainly and in force, partly when one in force is qualified,
// planned when the others are planned or in progress, and no when none
// is in force (a certification expired, suspended, withdrawn or not held).
func hedgedVerdict(facts []meaning.Fact) Verdict {
	inForce, planned := false, false
	for _, f := range facts {
		if f.Qualifier == "" && f.Status.IsHeld() {
			return Yes
		}
		switch {
		case f.Qualifier == whitepaper.Planned || f.Status == meaning.Planned:
			planned = true
		case f.Status.IsHeld():
			inForce = true
		}
	}
	switch {
	case inForce:
		return Partly
	case planned:
		return Planned
	}
	return No
}

// hedgeWords words the qualifiers and statuses of hedged facts, each
// once: "Planned", "Expired".
func (a *answerer) hedgeWords(facts []meaning.Fact) string {
	var words []string
	add := func(v reflect.Value) {
		if w := wording.Value(v, a.names, a.loc); w != "" && !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	for _, f := range facts {
		if f.Qualifier != "" {
			add(reflect.ValueOf(f.Qualifier))
		}
		if c, ok := valueOf(f.Value).(whitepaper.Certification); ok && !f.Status.IsHeld() {
			add(reflect.ValueOf(c.Status))
		}
	}
	return strings.Join(words, a.loc.Message("list.separator"))
}

// parseAmount parses a bound in the notation of the field's type.
func parseAmount(t reflect.Type, s string) (reflect.Value, error) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if vs := enumValues(t); vs != nil {
		// A closed list whose values are in order, such as TLS versions.
		if !slices.Contains(vs, s) {
			return reflect.Value{}, whitepaper.Errorf("%q is not one of its values (%s)", s, strings.Join(vs, ", "))
		}
		return reflect.ValueOf(s).Convert(t), nil
	}
	if _, ok := t.MethodByName("Compare"); !ok && t != reflect.TypeFor[whitepaper.Count]() {
		return reflect.Value{}, errNoAmount
	}
	p := reflect.New(t)
	u, ok := p.Interface().(interface{ UnmarshalText([]byte) error })
	if !ok {
		return reflect.Value{}, errNoAmount
	}
	if err := u.UnmarshalText([]byte(s)); err != nil {
		return reflect.Value{}, err
	}
	return p.Elem(), nil
}

// compareAmount orders a value and a bound of the same type.
func compareAmount(v, bound reflect.Value) (int, bool) {
	if !bound.IsValid() || v.Type() != bound.Type() {
		return 0, false
	}
	if c, ok := v.Interface().(whitepaper.Count); ok {
		b := bound.Interface().(whitepaper.Count)
		switch {
		case c.Value < b.Value:
			return -1, true
		case c.Value > b.Value:
			return 1, true
		}
		return 0, true
	}
	if vs := enumValues(v.Type()); vs != nil {
		i, j := slices.Index(vs, v.String()), slices.Index(vs, bound.String())
		if i < 0 || j < 0 {
			return 0, false
		}
		return cmp.Compare(i, j), true
	}
	m := v.MethodByName("Compare")
	if !m.IsValid() {
		return 0, false
	}
	return int(m.Call([]reflect.Value{bound})[0].Int()), true
}

// enumValues lists the values of a closed vocabulary of the model, in its
// order, or nil for another type.
func enumValues(t reflect.Type) []string {
	m, ok := t.MethodByName("Values")
	if t.Kind() != reflect.String || !ok || m.Type.NumIn() != 1 || m.Type.NumOut() != 1 || m.Type.Out(0).Kind() != reflect.Slice {
		return nil
	}
	vs := reflect.Zero(t).Method(m.Index).Call(nil)[0]
	out := make([]string, vs.Len())
	for i := range out {
		out[i] = vs.Index(i).String()
	}
	return out
}

func valueOf(v reflect.Value) any {
	if !v.IsValid() || !v.CanInterface() {
		return nil
	}
	return v.Interface()
}
