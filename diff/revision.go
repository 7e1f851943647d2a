package diff

import (
	"reflect"
	"slices"
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/reflectx"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/meaning"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// This file holds the parts of the revision entry that follow the
// vendor's own habits of writing one: an entry that only names the
// headings changed when the history is written that way (Classi:
// 「15 ログの保管」), manuals added to several sections in one line
// (「4. ラベル付け機能」「5. 利用者登録および削除」にマニュアルを一部追加),
// the contact's number changed (問い合わせ先電話番号を変更), a referred
// document's new edition (適用宣言書を更新), and a wording replaced
// throughout (「テーマ」の表記を「教材」に統一).

// headingsOnly reports whether the documents' revision history names
// only the headings each release changed, such as "15 ログの保管": every
// entry after the first edition's is the number and title of a heading
// of either outline. The drafted entry is then written the same way.
func headingsOnly(oldDoc, newDoc *whitepaper.Document) bool {
	known := map[string]bool{}
	for _, d := range []*whitepaper.Document{oldDoc, newDoc} {
		for _, h := range d.Headings() {
			if h.Number == "" {
				continue
			}
			for _, t := range h.Title.Languages() {
				s, _, _ := h.Title.In(t)
				known[compactHeading(h.Number+" "+s)] = true
			}
		}
	}
	n := 0
	for _, d := range []*whitepaper.Document{oldDoc, newDoc} {
		for i, r := range d.Revisions {
			if i == 0 || r.Version == newDoc.Version {
				continue // the first edition's entry, and the one being drafted
			}
			for _, c := range r.Changes {
				for _, t := range c.Text.Languages() {
					s, _, _ := c.Text.In(t)
					if !known[compactHeading(s)] {
						return false
					}
					n++
				}
			}
		}
	}
	return n > 0
}

// compactHeading reduces a heading as a revision entry writes it to its
// characters: "15. ログの保管", "15 ログの保管" and 「15.ログの保管」 are one.
func compactHeading(s string) string {
	return strings.NewReplacer(" ", "", "　", "", ".", "", "．", "", "「", "", "」", "").Replace(s)
}

// headingLines drafts an entry that names the headings changed, in the
// outline's order, as "15 ログの保管".
func headingLines(es []Explained, oldDoc, newDoc *whitepaper.Document, loc *locale.Locale) []string {
	var lines []string
	for _, g := range group(es, newDoc) {
		id := g[0].Section
		if id == "" {
			lines = append(lines, documentLines(g, newDoc, loc)...)
			continue
		}
		doc := newDoc
		if _, ok := doc.HeadingOf(id); !ok {
			doc = oldDoc
		}
		name := sectionTitle(id, loc)
		if h, ok := doc.HeadingOf(id); ok {
			if t, _, ok := h.Title.In(loc.Tag(), doc.DefaultLanguage); ok {
				name = t
			}
			if h.Number != "" {
				name = h.Number + " " + name
			}
		}
		if !slices.Contains(lines, name) {
			lines = append(lines, name)
		}
	}
	return lines
}

// referencesOnly reports the kind of references a section's changes
// only add: "manual" when all are manuals, "" for other references, and
// false when the section has other changes.
func referencesOnly(g []Explained) (kind string, ok bool) {
	manuals := true
	for _, e := range g {
		if e.Kind != Added || e.Field != "references" || e.subj != nil {
			return "", false
		}
		r, isRef := valueOf(reflectIndirect(e.newV)).(whitepaper.Reference)
		if !isRef {
			return "", false
		}
		manuals = manuals && r.Kind == whitepaper.RefManual
	}
	if manuals {
		return "manual", true
	}
	return "", true
}

// reflectIndirect is reflect.Indirect that tolerates an invalid value.
func reflectIndirect(v reflect.Value) reflect.Value {
	if !v.IsValid() {
		return v
	}
	return reflect.Indirect(v)
}

// referenceLine drafts one line for references added to several
// sections: 「4. ラベル付け機能」「5. 利用者登録および削除」にマニュアルを一部追加。
// It says 一部 (some more) when a section already had references.
func referenceLine(sections []string, kind string, some bool, loc *locale.Locale) string {
	list := ""
	for i, s := range sections {
		q := loc.Message("diff.revision.item", "item", s)
		if i == 0 {
			list = q
		} else {
			list = loc.Message("diff.revision.sectionAnd", "list", list, "section", q)
		}
	}
	what := loc.Message("diff.revision.refs.other")
	if kind == "manual" {
		what = loc.Message("diff.revision.refs.manual")
	}
	key := "diff.revision.refsAdded"
	if some {
		key = "diff.revision.refsAddedSome"
	}
	return loc.Message(key, "sections", list, "what", what)
}

// hadReferences reports whether a section of the document held
// references before the change: the list the first change's path names.
func hadReferences(doc *whitepaper.Document, e Explained) bool {
	v := reflect.ValueOf(doc).Elem()
	for _, s := range e.Path {
		if s.kind != 'f' {
			break
		}
		for v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return false
			}
			v = v.Elem()
		}
		if v.Kind() != reflect.Struct {
			return false
		}
		f, ok := whitepaper.FieldByName(v.Type(), s.Field)
		if !ok {
			return false
		}
		v = v.FieldByIndex(f.Index)
	}
	return v.Kind() == reflect.Slice && v.Len() > 0
}

// editionUpdated reports the label of a referred document whose edition
// (and date) the changes update, such as the statement of applicability
// of a certification; "" when the changes are not only that.
func editionUpdated(g []Explained, loc *locale.Locale) string {
	label := ""
	for _, e := range g {
		if e.Type != "DocumentEdition" || e.Kind != Modified || len(e.within) == 0 {
			return ""
		}
		f := e.within[len(e.within)-1]
		l := lowerLabel(loc.Message(locale.FieldKey(f.Owner.Name(), f.Name)), loc)
		if label != "" && l != label {
			return ""
		}
		label = l
	}
	return label
}

// contactLine drafts the line of a changed contact: 問い合わせ先電話番号を
// 変更。 The contact point is named only when the document has several.
func contactLine(g []Explained, newDoc *whitepaper.Document, loc *locale.Locale) (string, bool) {
	var fields []string
	subj := ""
	for _, e := range g {
		if e.Type != "ContactPoint" || e.Kind != Modified || e.Impact == Editorial && e.Field != "department" {
			return "", false
		}
		if subj != "" && e.Subject != subj {
			return "", false
		}
		subj = e.Subject
		if f := lowerLabel(loc.Message(locale.FieldKey(e.Type, e.Field)), loc); !slices.Contains(fields, f) {
			fields = append(fields, f)
		}
	}
	if len(fields) == 0 || newDoc.Contact == nil || len(newDoc.Contact.Points) != 1 {
		return "", false
	}
	return loc.Message("diff.revision.contact", "fields", strings.Join(fields, loc.Message("list.separator"))), true
}

// dutyLines drafts the lines of responsibilities added or removed:
// 「1. 利用者との責任分界点」のお客様の責任に、データの利用に関する責任を追加。
func dutyLines(g []Explained, section string, loc *locale.Locale) ([]string, bool) {
	type key struct {
		party string
		added bool
	}
	var order []key
	areas := map[key][]string{}
	for _, e := range g {
		if e.Type != "Responsibilities" || e.Field != "duties" || e.subj != nil || e.Kind == Modified {
			return nil, false
		}
		v := e.newV
		if e.Kind == Removed {
			v = e.oldV
		}
		d, ok := valueOf(reflectIndirect(v)).(whitepaper.Duty)
		if !ok {
			return nil, false
		}
		pk, ak := "enum.Role."+string(d.Party), "enum.DutyArea."+string(d.Area)
		if !loc.Has(pk) || !loc.Has(ak) {
			return nil, false // an extension's party or area: the generic line names it by its label
		}
		k := key{lowerLabel(loc.Message(pk), loc), e.Kind == Added}
		if !slices.Contains(order, k) {
			order = append(order, k)
		}
		areas[k] = append(areas[k], lowerLabel(loc.Message(ak), loc))
	}
	var lines []string
	for _, k := range order {
		msg := "diff.revision.dutyRemoved"
		if k.added {
			msg = "diff.revision.dutyAdded"
		}
		lines = append(lines, loc.Message(msg, "section", section, "party", k.party, "areas", strings.Join(areas[k], loc.Message("list.separator"))))
	}
	return lines, len(lines) > 0
}

// shortStandard drops the explanation a certification's standard carries
// in parentheses, as a revision entry names it: ISO/IEC 27018.
func shortStandard(name string) string {
	for _, open := range []string{" (", "（"} {
		if i := strings.Index(name, open); i > 0 && (strings.HasSuffix(name, ")") || strings.HasSuffix(name, "）")) {
			return name[:i]
		}
	}
	return name
}

// sharedRecord names the records a reader knows by a phrase rather than
// by their key fields side by side: a responsibility by its party and
// area (お客様の責任（データの利用）, not お客様 データの利用), an audit by
// who performs it (自社による監査, internal audit); "" for other records.
func sharedRecord(v reflect.Value, loc *locale.Locale) string {
	v = reflectIndirect(v)
	if !v.IsValid() || !v.CanInterface() {
		return ""
	}
	switch r := v.Interface().(type) {
	case whitepaper.Duty:
		party, area := "enum.Role."+string(r.Party), "enum.DutyArea."+string(r.Area)
		if r.Party == "" || r.Area == "" || !loc.Has(party) || !loc.Has(area) {
			return ""
		}
		return loc.Message("diff.record.duty", "party", lowerLabel(loc.Message(party), loc), "area", lowerLabel(loc.Message(area), loc))
	case whitepaper.Audit:
		by := "enum.Performer." + string(r.By)
		if r.By == "" || r.Subject != "" || !loc.Has(by) {
			return ""
		}
		return loc.Message("diff.record.audit", "by", lowerLabel(loc.Message(by), loc))
	}
	return ""
}

// valueMoved reports whether a change is a new value of an ordered fact
// that the revision entry words with both values: its direction comes
// from a bound, a vague value or the fact's context (a deletion's time by
// its trigger), or the two values are incomparable.
func valueMoved(e Explained) bool {
	if e.Kind != Modified || e.OldText == "" || e.NewText == "" || e.Impact == Editorial {
		return false
	}
	switch {
	case strings.HasPrefix(e.Rule, "deletion-after-"), e.Rule == "value-strengthened", e.Rule == "value-weakened":
		return true
	case e.Rule == "value-changed":
		return e.meta.Better != whitepaper.Unordered || e.Type == "DeletionRule" && e.Field == "after"
	}
	return false
}

// numbered writes a heading's title after its number in the outline, as
// revision entries name headings: 13. 脆弱性に関する情報.
func numbered(entry reflect.Value, title string) string {
	if h, ok := valueOf(reflectIndirect(entry)).(whitepaper.OutlineEntry); ok && h.Number != "" {
		return h.Number + ". " + title
	}
	return title
}

// nestedList reports whether the list a path's item belongs to lies below
// its section's own fields (/incidentResponse/notification/channels), so
// that the entry names the list as well as the section.
func nestedList(p Path) bool {
	n := 0
	for _, s := range p {
		if s.kind == 'f' {
			n++
		}
	}
	return n > 2
}

var auditType = reflect.TypeFor[whitepaper.Audit]()

// rekeyed pairs, in a list of audits, the one audit that left with the
// one that came when all else they state (at least two facts: frequency,
// auditor, scope…) is the same: the same audit, now by other auditors
// (自社および第三者 → 自社), which is one change of who audits, not an
// audit removed and another added. It returns, for each item of a, the
// index of its pair in b or -1, as pairMoved does.
func rekeyed(a, b reflect.Value, ka, kb []string, ia, ib map[string]int) []int {
	var gone, came []int
	for i, k := range ka {
		if _, ok := ib[k]; !ok {
			gone = append(gone, i)
		}
	}
	for j, k := range kb {
		if _, ok := ia[k]; !ok {
			came = append(came, j)
		}
	}
	pairs := make([]int, len(ka))
	for i := range pairs {
		pairs[i] = -1
	}
	if len(gone) != 1 || len(came) != 1 {
		return pairs
	}
	x, y := a.Index(gone[0]), b.Index(came[0])
	same := 0
	for _, f := range whitepaper.Fields(x.Type()) {
		if f.Key {
			continue
		}
		fx, fy := x.FieldByIndex(f.Index), y.FieldByIndex(f.Index)
		if reflectx.IsZero(fx) && reflectx.IsZero(fy) {
			continue
		}
		if !reflect.DeepEqual(fx.Interface(), fy.Interface()) {
			return pairs
		}
		same++
	}
	if same >= 2 {
		pairs[gone[0]] = came[0]
	}
	return pairs
}

// auditByRule gives a change of who performs an audit its direction from
// package meaning (Performers): internal and third-party audits together
// are more than either alone.
func auditByRule(c Change) (string, bool) {
	if c.Type != "Audit" || c.Field != "by" || c.Kind != Modified {
		return "", false
	}
	a, okA := valueOf(c.newV).(whitepaper.Performer)
	b, okB := valueOf(c.oldV).(whitepaper.Performer)
	if !okA || !okB {
		return "", false
	}
	switch meaning.Performers(a, b) {
	case meaning.Better:
		return "audit-performer-strengthened", true
	case meaning.Worse:
		return "audit-performer-weakened", true
	}
	return "", false
}

// deletionLater reports whether a deletion rule's new time is later than
// its old one: by the amounts when both have one, else by the rule's
// direction where the trigger says which way is better (after the
// customer's request sooner is better: "immediately" for "promptly" is
// sooner).
func deletionLater(c Change, rule string) (later, ok bool) {
	if n, ok := amountMoved(c.newV, c.oldV); ok && n != 0 {
		return n > 0, true
	}
	if c.subj == nil {
		return false, false
	}
	r, isRule := valueOf(reflectIndirect(c.subj.new)).(whitepaper.DeletionRule)
	if !isRule {
		return false, false
	}
	better := strings.HasSuffix(rule, "-strengthened")
	switch r.Trigger {
	case whitepaper.TriggerCustomerRequest, whitepaper.TriggerCustomerDeletion, whitepaper.TriggerNoLongerNeeded:
		return !better, true
	case whitepaper.TriggerInactivity:
		return better, true
	}
	return false, false
}
