package diff

import (
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/openwhitepaper/whitepaper/internal/textsafe"
	"github.com/openwhitepaper/whitepaper/internal/wording"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

var impactRank = map[Impact]int{Weakened: 0, Changed: 1, Strengthened: 2, Editorial: 3}

// Summary counts the changes by impact: "2 weakened, 1 strengthened, 3
// changed, 4 editorial".
func Summary(es []Explained, loc *locale.Locale) string {
	n := map[Impact]int{}
	for _, e := range es {
		n[e.Impact]++
	}
	return loc.Message("diff.summary",
		"weakened", strconv.Itoa(n[Weakened]), "strengthened", strconv.Itoa(n[Strengthened]),
		"changed", strconv.Itoa(n[Changed]), "editorial", strconv.Itoa(n[Editorial]))
}

// Header words the release metadata of the two documents, which is never
// a change: "Version 2.26 → 2.27, 2024-07-16 → 2024-11-22". A value the
// two share is written once; it is empty when neither is versioned or dated.
func Header(old, new *whitepaper.Document, loc *locale.Locale) string {
	old, new = orEmpty(old), orEmpty(new)
	pair := func(a, b string) string {
		switch {
		case a == b:
			return a
		case a == "":
			return b
		case b == "":
			return a
		}
		return loc.Message("diff.header.pair", "old", a, "new", b)
	}
	v := pair(old.Version, new.Version)
	var od, nd string
	if !old.Date.IsZero() {
		od = loc.Date(old.Date)
	}
	if !new.Date.IsZero() {
		nd = loc.Date(new.Date)
	}
	d := pair(od, nd)
	switch {
	case v != "" && d != "":
		return loc.Message("diff.header.versionDate", "version", v, "date", d)
	case v != "":
		return loc.Message("diff.header.version", "version", v)
	case d != "":
		return loc.Message("diff.header.date", "date", d)
	}
	return ""
}

// group orders the changes by section (in the page's order of the new
// document, then sections only the old one has), most severe first.
func group(es []Explained, newDoc *whitepaper.Document) [][]Explained {
	order := map[whitepaper.SectionID]int{"": -1}
	for _, h := range newDoc.Headings() {
		for _, id := range h.Sections {
			order[id] = len(order)
		}
	}
	for _, s := range whitepaper.Sections() {
		if _, ok := order[s.ID]; !ok {
			order[s.ID] = 1000 + len(order)
		}
	}
	sorted := slices.Clone(es)
	slices.SortStableFunc(sorted, func(a, b Explained) int {
		if c := order[a.Section] - order[b.Section]; c != 0 {
			return c
		}
		return impactRank[a.Impact] - impactRank[b.Impact]
	})
	var groups [][]Explained
	for i, e := range sorted {
		if i == 0 || e.Section != sorted[i-1].Section {
			groups = append(groups, nil)
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], e)
	}
	return groups
}

func sectionTitle(id whitepaper.SectionID, loc *locale.Locale) string {
	if id == "" {
		return loc.Message("diff.document")
	}
	if _, ok := whitepaper.LookupSection(id); ok {
		return loc.Message(locale.SectionKey(id))
	}
	return string(id)
}

// visible leaves out editorial changes unless asked for.
func visible(es []Explained, editorial bool) []Explained {
	if editorial {
		return es
	}
	return slices.DeleteFunc(slices.Clone(es), func(e Explained) bool { return e.Impact == Editorial })
}

// Options choose what the outputs for people show.
type Options struct {
	// Editorial lists editorial (wording-only) changes, which are always
	// counted.
	Editorial bool
	// RuleIDs ends each change with its rule's ID, for those who write
	// ignore files; the prose leaves them out otherwise.
	RuleIDs bool
}

// WriteText writes the release header, a summary of all changes, and the
// changes grouped by section, most severe first. Editorial changes are
// counted but listed only with opts.Editorial.
func WriteText(w io.Writer, es []Explained, oldDoc, newDoc *whitepaper.Document, loc *locale.Locale, opts Options) error {
	oldDoc, newDoc = orEmpty(oldDoc), orEmpty(newDoc)
	var b strings.Builder
	if h := Header(oldDoc, newDoc, loc); h != "" {
		b.WriteString(textsafe.Terminal(h) + "\n")
	}
	b.WriteString(Summary(es, loc) + "\n")
	for _, g := range group(visible(es, opts.Editorial), newDoc) {
		fmt.Fprintf(&b, "\n%s\n", textsafe.Terminal(sectionTitle(g[0].Section, loc)))
		for _, e := range g {
			fmt.Fprintf(&b, "  %-13s %s", loc.Message("diff.impact."+string(e.Impact)), textsafe.Terminal(e.Message))
			if opts.RuleIDs {
				fmt.Fprintf(&b, " [%s]", e.Rule)
			}
			b.WriteString("\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteMarkdown writes a summary for a pull-request comment: the release
// header, the counts per impact in a table, then the changes by section in
// a collapsible block, except the weakenings, which are shown above it.
func WriteMarkdown(w io.Writer, es []Explained, oldDoc, newDoc *whitepaper.Document, loc *locale.Locale, opts Options) error {
	oldDoc, newDoc = orEmpty(oldDoc), orEmpty(newDoc)
	var b strings.Builder
	if h := Header(oldDoc, newDoc, loc); h != "" {
		fmt.Fprintf(&b, "**%s**\n\n", mdEscape(h))
	}
	n := map[Impact]int{}
	for _, e := range es {
		n[e.Impact]++
	}
	impacts := []Impact{Weakened, Strengthened, Changed, Editorial}
	var head, rule, counts []string
	for _, i := range impacts {
		head = append(head, mdEscape(loc.Message("diff.impact."+string(i))))
		rule = append(rule, "---:")
		counts = append(counts, strconv.Itoa(n[i]))
	}
	fmt.Fprintf(&b, "| %s |\n| %s |\n| %s |\n", strings.Join(head, " | "), strings.Join(rule, " | "), strings.Join(counts, " | "))
	// Weakenings are never collapsed: a reviewer sees them without a click.
	shown := visible(es, opts.Editorial)
	weak := slices.DeleteFunc(slices.Clone(shown), func(e Explained) bool { return e.Impact != Weakened })
	rest := slices.DeleteFunc(slices.Clone(shown), func(e Explained) bool { return e.Impact == Weakened })
	list := func(groups [][]Explained) {
		for _, g := range groups {
			fmt.Fprintf(&b, "\n#### %s\n\n", mdEscape(sectionTitle(g[0].Section, loc)))
			for _, e := range g {
				fmt.Fprintf(&b, "- **%s** %s", loc.Message("diff.impact."+string(e.Impact)), mdEscape(e.Message))
				if opts.RuleIDs {
					fmt.Fprintf(&b, " (`%s`)", e.Rule)
				}
				b.WriteString("\n")
			}
		}
	}
	list(group(weak, newDoc))
	if groups := group(rest, newDoc); len(groups) > 0 {
		fmt.Fprintf(&b, "\n<details><summary>%s</summary>\n", mdEscape(loc.Message("diff.markdown.details")))
		list(groups)
		b.WriteString("\n</details>\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// githubLevel is the workflow-command level of each impact.
var githubLevel = map[Impact]string{Weakened: "error", Changed: "warning", Strengthened: "notice", Editorial: "notice"}

// WriteGitHub writes GitHub Actions workflow commands that annotate the
// lines of file (the new document, as the repository names it) where each
// change is, with the impact as level: a weakened change is an error, a
// changed one a warning, the others notices. Editorial changes are left
// out unless opts.Editorial. A removed item is annotated on its list.
func WriteGitHub(w io.Writer, es []Explained, newDoc *whitepaper.Document, file string, loc *locale.Locale, opts Options) error {
	newDoc = orEmpty(newDoc)
	var b strings.Builder
	for _, g := range group(visible(es, opts.Editorial), newDoc) {
		for _, e := range g {
			line := newDoc.Pos(e.Path.pointer()).Line
			if line < 1 {
				line = 1
			}
			title := loc.Message("diff.github.title", "impact", loc.Message("diff.impact."+string(e.Impact)), "section", sectionTitle(e.Section, loc))
			msg := e.Message
			if opts.RuleIDs {
				msg += " [" + e.Rule + "]"
			}
			fmt.Fprintf(&b, "::%s file=%s,line=%d,title=%s::%s\n", githubLevel[e.Impact], ghProperty(file), line, ghProperty(title), ghData(msg))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// ghData escapes the message of a workflow command.
func ghData(s string) string {
	s = strings.Map(func(r rune) rune {
		if r != '\n' && r != '\r' && textsafe.IsControl(r) {
			return -1
		}
		return r
	}, textsafe.StripBidi(s))
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a property of a workflow command.
func ghProperty(s string) string {
	return strings.NewReplacer(":", "%3A", ",", "%2C").Replace(ghData(s))
}

// mdEscape keeps a message on its line and makes every character that
// Markdown renderers could take for markup literal: HTML's <, > and & as
// entities (a raw tag passes through some renderers' backslash escaping),
// the brackets and "!" of links and images as entities too, the rest with
// a backslash. Reordering bidirectional controls are dropped.
func mdEscape(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' || r == 0x2028 || r == 0x2029 {
			return ' '
		}
		if textsafe.IsControl(r) {
			return -1
		}
		return r
	}, textsafe.StripBidi(s))
	return mdReplacer.Replace(s)
}

var mdReplacer = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "|", `\|`, "~", `\~`,
	"<", "&lt;", ">", "&gt;", "&", "&amp;", "[", "&#91;", "]", "&#93;", "!", "&#33;")

// JSONFormat names the version of the JSON output of [WriteJSON]; it
// changes only when a field is removed or changes meaning.
const JSONFormat = "openwhitepaper-diff/1"

// Report is the JSON output for tools: an envelope with the format's
// version, the two releases, the counts per impact and the changes. Its
// JSON Schema is diff/report.schema.json.
type Report struct {
	Format  string         `json:"format"`
	Old     Release        `json:"old"`
	New     Release        `json:"new"`
	Summary map[Impact]int `json:"summary"`
	Changes []ReportChange `json:"changes"`
}

// Release is a document's release metadata.
type Release struct {
	Version string `json:"version,omitempty"`
	Date    string `json:"date,omitempty"`
}

// ReportChange is one change in a [Report].
type ReportChange struct {
	Rule    string         `json:"rule"`
	Impact  Impact         `json:"impact"`
	Kind    Kind           `json:"kind"`
	Section *ReportSection `json:"section,omitempty"`
	Path    string         `json:"path"`
	Type    string         `json:"type"`
	Field   string         `json:"field"`
	Subject string         `json:"subject,omitempty"`
	Item    string         `json:"item,omitempty"`
	Old     string         `json:"old,omitempty"`
	New     string         `json:"new,omitempty"`
	OldText string         `json:"oldText,omitempty"`
	NewText string         `json:"newText,omitempty"`
	Message string         `json:"message"`
	// Fingerprint identifies the change across runs and languages.
	Fingerprint string `json:"fingerprint"`
}

// ReportSection is the section of a change: its ID, and the vendor's
// number and the title as the document's heading gives them.
type ReportSection struct {
	ID     whitepaper.SectionID `json:"id"`
	Number string               `json:"number,omitempty"`
	Title  string               `json:"title"`
}

// NewReport builds the JSON output: every change, editorial ones included.
func NewReport(es []Explained, oldDoc, newDoc *whitepaper.Document, loc *locale.Locale) Report {
	oldDoc, newDoc = orEmpty(oldDoc), orEmpty(newDoc)
	release := func(d *whitepaper.Document) Release {
		r := Release{Version: d.Version}
		if !d.Date.IsZero() {
			r.Date = d.Date.String()
		}
		return r
	}
	r := Report{Format: JSONFormat, Old: release(oldDoc), New: release(newDoc),
		Summary: map[Impact]int{Weakened: 0, Strengthened: 0, Changed: 0, Editorial: 0}, Changes: []ReportChange{}}
	for _, e := range es {
		r.Summary[e.Impact]++
		c := ReportChange{Rule: e.Rule, Impact: e.Impact, Kind: e.Kind, Path: e.PathText, Type: e.Type, Field: e.Field,
			Subject: e.Subject, Item: e.Item, Old: e.Old, New: e.New, OldText: e.OldText, NewText: e.NewText,
			Message: e.Message, Fingerprint: e.Fingerprint}
		if c.Old == "" && e.Kind == Removed {
			c.Old = wording.Canonical(e.oldV) // the removed record, in canonical JSON
		}
		if c.New == "" && e.Kind == Added {
			c.New = wording.Canonical(e.newV)
		}
		if e.Section != "" {
			doc := newDoc
			if _, ok := doc.HeadingOf(e.Section); !ok {
				doc = oldDoc
			}
			sec := &ReportSection{ID: e.Section, Title: sectionTitle(e.Section, loc)}
			if h, ok := doc.HeadingOf(e.Section); ok {
				sec.Number = h.Number
				if t, _, ok := h.Title.In(loc.Tag(), doc.DefaultLanguage); ok {
					sec.Title = t
				}
			}
			c.Section = sec
		}
		r.Changes = append(r.Changes, c)
	}
	return r
}

// WriteJSON writes the [Report] of the changes.
func WriteJSON(w io.Writer, es []Explained, oldDoc, newDoc *whitepaper.Document, loc *locale.Locale) error {
	oldDoc, newDoc = orEmpty(oldDoc), orEmpty(newDoc)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(NewReport(es, oldDoc, newDoc, loc))
}

// RevisionEntry drafts the revision-history entry of the new version in
// the vendor's style, one line per section, numbered as the vendor's
// outline numbers it (or in the standard order when the document has
// none): 「20. 外部クラウドサービスの利用」に「Zoho」を追加。 A new section is
// 追加, a withdrawn one 削除, one item for another 変更, a newly stated
// commitment 明記; editorial changes are drafted too (資料名称を「…」に変更。),
// so that a wording-only release has its entry.
func RevisionEntry(es []Explained, oldDoc, newDoc *whitepaper.Document, loc *locale.Locale) []string {
	oldDoc, newDoc = orEmpty(oldDoc), orEmpty(newDoc)
	if headingsOnly(oldDoc, newDoc) {
		return headingLines(es, oldDoc, newDoc, loc)
	}
	var lines []string
	// Manuals added to several sections are one line, where the first
	// of them stands.
	refAt, refKind, refSome := -1, "", false
	var refSections []string
	for _, g := range group(es, newDoc) {
		id := g[0].Section
		if id == "" {
			lines = append(lines, documentLines(g, newDoc, loc)...)
			continue
		}
		name := headingName(id, newDoc, loc)
		if _, ok := newDoc.HeadingOf(id); !ok {
			name = headingName(id, oldDoc, loc)
		}
		if kind, ok := referencesOnly(g); ok && (refAt < 0 || kind == refKind) {
			if refAt < 0 {
				refAt, refKind = len(lines), kind
				lines = append(lines, "")
			}
			refSections = append(refSections, name)
			refSome = refSome || hadReferences(oldDoc, g[0])
			continue
		}
		if label := editionUpdated(g, loc); label != "" {
			lines = append(lines, loc.Message("diff.revision.updated", "section", name, "field", label))
			continue
		}
		if id == whitepaper.SectionContact {
			if l, ok := contactLine(g, newDoc, loc); ok {
				lines = append(lines, l)
				continue
			}
		}
		if ls, ok := dutyLines(g, name, loc); ok {
			lines = append(lines, ls...)
			continue
		}
		lines = append(lines, sectionLines(g, name, newDoc, loc)...)
	}
	if refAt >= 0 {
		lines[refAt] = referenceLine(refSections, refKind, refSome, loc)
	}
	// A heading added with its section is one line, whichever drafted it.
	seen := map[string]bool{}
	return slices.DeleteFunc(lines, func(l string) bool {
		dup := seen[l]
		seen[l] = true
		return dup
	})
}

// outlineName names a heading of the outline as the document prints it:
// its number and title.
func outlineName(v reflect.Value, doc *whitepaper.Document, loc *locale.Locale) string {
	h, ok := valueOf(reflect.Indirect(v)).(whitepaper.OutlineEntry)
	if !ok {
		return ""
	}
	name, _, _ := h.Title.In(loc.Tag(), doc.DefaultLanguage)
	if h.Number != "" {
		name = h.Number + ". " + name
	}
	return name
}

// headingName names a section as the document's heading does: its
// number and title.
func headingName(id whitepaper.SectionID, doc *whitepaper.Document, loc *locale.Locale) string {
	name := sectionTitle(id, loc)
	if h, ok := doc.HeadingOf(id); ok {
		if !h.Title.IsZero() {
			if t, _, ok := h.Title.In(loc.Tag(), doc.DefaultLanguage); ok {
				name = t
			}
		}
		if h.Number != "" {
			name = h.Number + ". " + name
		}
	}
	return name
}

// maxFieldsNamed is how many changed facts a revision line names before
// it says only that the section's content changed.
const maxFieldsNamed = 2

// sectionLines drafts the line of one section.
func sectionLines(g []Explained, section string, doc *whitepaper.Document, loc *locale.Locale) []string {
	type list struct{ typ, field string }
	added, removed := map[list][]string{}, map[list][]string{}
	replaceable := map[list]bool{}
	listName := map[list]string{} // a list below the section's own: 通知方法
	var lists []list
	var stated, unstated, moved, subjects, renamed []string
	fields := map[string][]string{} // by subject, "" for none
	editorial, onlyAdded := false, true
	for _, e := range g {
		switch {
		case e.Rule == "section-added":
			return []string{loc.Message("diff.revision.sectionAdded", "section", section)}
		case e.Rule == "section-removed":
			return []string{loc.Message("diff.revision.sectionRemoved", "section", section)}
		case e.Item != "" && e.subj == nil && e.Kind != Modified:
			l := list{e.Type, e.Field}
			if !slices.Contains(lists, l) {
				lists = append(lists, l)
				replaceable[l] = true
				if nestedList(e.Path) {
					listName[l] = lowerLabel(fieldLabel(e.Change, loc), loc)
				}
			}
			// One subprocessor or region for another is a replacement; a
			// certification lost and another gained are two facts.
			replaceable[l] = replaceable[l] && e.Impact == Changed
			label := itemLabel(e.Change, loc)
			if e.Type == "Certifications" {
				label = shortStandard(label)
			}
			if e.Kind == Added {
				added[l] = append(added[l], label)
			} else {
				removed[l] = append(removed[l], label)
			}
		case e.Rule == "item-renamed":
			renamed = append(renamed, loc.Message("diff.revision.replaced", "section", section, "old", e.OldText, "new", e.NewText))
		case strings.HasSuffix(e.Rule, "-stated"), e.Kind == Added && e.Item == "" && e.Impact != Editorial:
			stated = append(stated, subjectField(e, loc))
		case strings.HasSuffix(e.Rule, "-unstated"), e.Kind == Removed && e.Item == "" && e.Impact != Editorial:
			unstated = append(unstated, subjectField(e, loc))
		case movedKind(e.Rule) != "":
			moved = append(moved, loc.Message("diff.revision."+movedKind(e.Rule), "section", section, "field", subjectField(e, loc), "old", e.OldText, "new", e.NewText))
		case valueMoved(e):
			// An ordered fact's new value, with its direction in the words
			// when the amount moved (削除の時期を90日以内から180日以内に延長),
			// else both values (通知の目標時間を「72時間以内」から「速やかに」に変更).
			key := "diff.revision.valueChanged"
			if n, ok := amountMoved(e.newV, e.oldV); ok && n != 0 {
				key = "diff.revision." + map[bool]string{true: "increased", false: "decreased"}[n > 0] + "." + valueKind(e.newV.Type())
			}
			if !loc.Has(key) {
				key = "diff.revision.valueChanged"
			}
			moved = append(moved, loc.Message(key, "section", section, "field", subjectField(e, loc), "old", e.OldText, "new", e.NewText))
		case e.Impact == Editorial && e.Rule == "text-changed" && e.subj != nil && e.Field == "name" && e.OldText != "" && e.NewText != "":
			// An item's name reworded: 「お知らせ」の表記を「お知らせページ」に変更。
			if preferred(e, doc, loc) {
				renamed = append(renamed, loc.Message("diff.revision.nameReworded", "section", section, "old", e.OldText, "new", e.NewText))
			}
		case e.Impact == Editorial:
			editorial = true
			onlyAdded = onlyAdded && e.Kind == Added
		default:
			if !slices.Contains(subjects, e.Subject) {
				subjects = append(subjects, e.Subject)
			}
			if f := fieldLabel(e.Change, loc); !slices.Contains(fields[e.Subject], f) {
				fields[e.Subject] = append(fields[e.Subject], f)
			}
		}
	}
	lines := renamed
	items := func(names []string) string {
		quoted := make([]string, len(names))
		for i, n := range names {
			quoted[i] = loc.Message("diff.revision.item", "item", n)
		}
		return strings.Join(quoted, loc.Message("diff.revision.separator"))
	}
	for _, l := range lists {
		a, r := added[l], removed[l]
		if name := listName[l]; name != "" {
			// 「15. インシデント発生時の対応」の通知方法に「メール」を追加。
			if len(r) > 0 {
				lines = append(lines, loc.Message("diff.revision.removedFrom", "section", section, "list", name, "items", items(r)))
			}
			if len(a) > 0 {
				lines = append(lines, loc.Message("diff.revision.addedTo", "section", section, "list", name, "items", items(a)))
			}
			continue
		}
		switch {
		case len(a) == 1 && len(r) == 1 && a[0] == r[0]:
			// One item for another of the same name: never "X for X".
			lines = append(lines, loc.Message("diff.revision.fieldsChanged", "section", section, "fields", loc.Message("diff.revision.item", "item", a[0])))
			continue
		case len(a) == 1 && len(r) == 1 && replaceable[l]:
			lines = append(lines, loc.Message("diff.revision.replaced", "section", section, "old", r[0], "new", a[0]))
			continue
		case len(a) > 0 && len(r) == 0:
			lines = append(lines, loc.Message("diff.revision.added", "section", section, "items", items(a)))
			continue
		case len(r) > 0 && len(a) == 0:
			lines = append(lines, loc.Message("diff.revision.removed", "section", section, "items", items(r)))
			continue
		}
		// What was withdrawn first, then what replaced it, as vendors write it.
		lines = append(lines, loc.Message("diff.revision.removed", "section", section, "items", items(r)),
			loc.Message("diff.revision.added", "section", section, "items", items(a)))
	}
	if len(stated) > 0 {
		lines = append(lines, loc.Message("diff.revision.stated", "section", section, "items", strings.Join(slices.Compact(stated), loc.Message("list.separator"))))
	}
	if len(unstated) > 0 {
		lines = append(lines, loc.Message("diff.revision.unstated", "section", section, "items", strings.Join(slices.Compact(unstated), loc.Message("list.separator"))))
	}
	lines = append(lines, moved...)
	named := 0
	var parts []string
	for _, subj := range subjects {
		named += len(fields[subj])
		part := strings.Join(fields[subj], loc.Message("list.separator"))
		if subj != "" {
			part = loc.Message("diff.subject.field", "subject", subj, "field", part)
		}
		parts = append(parts, part)
	}
	switch {
	case named > maxFieldsNamed:
		lines = append(lines, loc.Message("diff.revision.changed", "section", section))
	case named > 0:
		lines = append(lines, loc.Message("diff.revision.fieldsChanged", "section", section, "fields", strings.Join(parts, loc.Message("list.separator"))))
	case editorial && len(lines) == 0 && onlyAdded:
		lines = append(lines, loc.Message("diff.revision.explained", "section", section))
	case editorial && len(lines) == 0:
		lines = append(lines, loc.Message("diff.revision.reworded", "section", section))
	}
	return lines
}

// subjectField names a change's field mid-sentence, after the item that
// holds it: バックアップ「データベース」の保管世代数, generations kept of the
// backup "Databases".
func subjectField(e Explained, loc *locale.Locale) string {
	f := fieldLabel(e.Change, loc)
	if e.Subject != "" {
		f = loc.Message("diff.subject.field", "subject", e.Subject, "field", f)
	}
	return lowerLabel(f, loc)
}

// movedKind names the direction and sort of an ordered fact's move for
// the revision entry's wording (decreased.count: 削減), or "" for a
// change that is no move of an amount.
func movedKind(rule string) string {
	for _, d := range directions {
		for _, dir := range []string{"increased", "decreased"} {
			if rule == d.name+"-"+dir && d.kind != "fact" {
				return dir + "." + d.kind
			}
		}
	}
	return ""
}

// documentLines drafts the lines of changes outside any section: a new
// title of the document, a renamed service, other changes.
func documentLines(g []Explained, doc *whitepaper.Document, loc *locale.Locale) []string {
	var lines []string
	other := false
	for _, e := range g {
		switch {
		case e.Rule == "name-replaced" && e.Type == "Service" && e.Field == "name":
			// The product renamed, as vendors write it: 「Seculio」が「セキュリオ」に変更。
			lines = append(lines, loc.Message("diff.revision.serviceRenamed", "old", e.Old, "new", e.New))
		case e.Rule == "name-replaced":
			// A wording replaced throughout: 「テーマ」の表記を「教材」に統一。
			lines = append(lines, loc.Message("diff.revision.unified", "old", e.Old, "new", e.New))
		case e.Type == "Document" && e.Field == "title" && e.New != "" && preferred(e, doc, loc):
			lines = append(lines, loc.Message("diff.revision.title", "title", e.New))
		case e.Type == "Service" && e.Field == "name" && e.Kind == Modified && preferred(e, doc, loc):
			lines = append(lines, loc.Message("diff.revision.serviceRenamed", "old", e.Old, "new", e.New))
		case e.Type == "Document" && e.Field == "title", e.Type == "Service" && e.Field == "name":
			// the same text in another language
		case e.Rule == "heading-renamed" && preferred(e, doc, loc):
			// 見出し「13. 脆弱性管理に関する情報」を「13. 脆弱性に関する情報」に変更。
			oldName, newName := e.Old, e.New
			if e.subj != nil {
				oldName, newName = numbered(e.subj.old, oldName), numbered(e.subj.new, newName)
			}
			lines = append(lines, loc.Message("diff.revision.headingRenamed", "old", oldName, "new", newName))
		case e.Rule == "heading-renamed":
		case e.Type == "Document" && e.Field == "outline" && e.Kind == Added:
			lines = append(lines, loc.Message("diff.revision.sectionAdded", "section", outlineName(e.newV, doc, loc)))
		case e.Type == "Document" && e.Field == "outline" && e.Kind == Removed:
			lines = append(lines, loc.Message("diff.revision.sectionRemoved", "section", outlineName(e.oldV, doc, loc)))
		case e.Item != "" && e.subj == nil && e.Kind == Added:
			lines = append(lines, loc.Message("diff.revision.added", "section", fieldLabel(e.Change, loc), "items", loc.Message("diff.revision.item", "item", itemLabel(e.Change, loc))))
		case e.Item != "" && e.subj == nil && e.Kind == Removed:
			lines = append(lines, loc.Message("diff.revision.removed", "section", fieldLabel(e.Change, loc), "items", loc.Message("diff.revision.item", "item", itemLabel(e.Change, loc))))
		default:
			other = true
		}
	}
	if other {
		lines = append(lines, loc.Message("diff.revision.documentChanged"))
	}
	return lines
}

// preferred reports whether a change of a text is in the language the
// entry is drafted in, or else in the document's default language.
func preferred(e Explained, doc *whitepaper.Document, loc *locale.Locale) bool {
	if len(e.Path) == 0 || e.Path[len(e.Path)-1].kind != 'l' {
		return true
	}
	lang := e.Path[len(e.Path)-1].Lang
	want := doc.DefaultLanguage.String()
	for _, t := range doc.Languages {
		if t == loc.Tag() {
			want = t.String()
		}
	}
	return lang == want
}

// needsNotice reports whether a change is to the list of subprocessors,
// which customers must be told of.
func needsNotice(e Explained) bool {
	return e.Section == whitepaper.SectionSubprocessors && e.Impact != Editorial && len(e.Path) >= 3 && e.Path[1].Field == "services"
}

// NoticeRequired reports whether any of the changes needs a notice to
// customers: a subprocessor added, removed or changed.
func NoticeRequired(es []Explained) bool { return slices.ContainsFunc(es, needsNotice) }

// NoticeTerms are the dates of a notice of subprocessor changes, from the
// document's notice commitment (Subprocessors.ChangeNotice).
type NoticeTerms struct {
	// Notice is the day customers are told: the new version's date.
	Notice whitepaper.Date
	// Effective is the first day the changes may take effect: the notice
	// date plus the committed lead time. Zero when the lead time cannot be
	// counted in calendar days (business days, "in advance").
	Effective whitepaper.Date
	// Lead is the committed lead time.
	Lead whitepaper.Duration
	// Objection is whether customers may object, until Effective.
	Objection bool
	// Channels are how customers are told.
	Channels []whitepaper.Channel
}

// Notice reads the notice commitment of a document dated by its version;
// it reports false when the document states none or has no full date.
func Notice(doc *whitepaper.Document) (NoticeTerms, bool) {
	if doc == nil {
		return NoticeTerms{}, false
	}
	if doc.Subprocessors == nil || doc.Subprocessors.ChangeNotice == nil || doc.Date.Day == 0 || doc.Date.Month == 0 {
		return NoticeTerms{}, false
	}
	cn := doc.Subprocessors.ChangeNotice
	t := NoticeTerms{Notice: doc.Date, Lead: cn.Lead, Objection: cn.Objection != nil && *cn.Objection, Channels: cn.Channels}
	if eff, ok := addLead(doc.Date, cn.Lead); ok {
		t.Effective = eff
	}
	return t, true
}

// addLead adds a lead time to a date: calendar months and years as such,
// fixed units rounded up to whole days. Business days, ranges taken at
// their longest, and durations without a length are refused or handled
// conservatively.
func addLead(d whitepaper.Date, lead whitepaper.Duration) (whitepaper.Date, bool) {
	if lead.Kind != whitepaper.Finite || lead.IsZero() || lead.Unit == whitepaper.BusinessDay || lead.Unit == whitepaper.BusinessHour {
		return whitepaper.Date{}, false
	}
	t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	n := lead.Amount
	switch lead.Unit {
	case whitepaper.Month:
		t = t.AddDate(0, int(n), 0)
	case whitepaper.Year:
		t = t.AddDate(int(n), 0, 0)
	default:
		secs := lead.Seconds()
		if lead.Max != 0 {
			return whitepaper.Date{}, false
		}
		t = t.AddDate(0, 0, int((secs+86399)/86400))
	}
	if t.Year() > 9999 {
		return whitepaper.Date{}, false
	}
	return whitepaper.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}, true
}

// WriteNotice writes a notice of subprocessor changes for customers: when
// the document states its notice commitment, the notice date, the date
// the changes take effect and the window for objections; then each added,
// removed or changed subprocessor with its purpose, data and countries.
func WriteNotice(w io.Writer, es []Explained, newDoc *whitepaper.Document, loc *locale.Locale) error {
	newDoc = orEmpty(newDoc)
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", loc.Message("diff.notice.title"))
	if terms, ok := Notice(newDoc); ok && NoticeRequired(es) {
		b.WriteString("\n" + loc.Message("diff.notice.date", "date", loc.Date(terms.Notice)) + "\n")
		if !terms.Effective.IsZero() {
			b.WriteString(loc.Message("diff.notice.effective", "date", loc.Date(terms.Effective), "lead", loc.Duration(terms.Lead)) + "\n")
			if terms.Objection {
				b.WriteString(loc.Message("diff.notice.objection", "from", loc.Date(terms.Notice), "to", loc.Date(dayBefore(terms.Effective))) + "\n")
			}
		} else if !terms.Lead.IsZero() {
			b.WriteString(loc.Message("diff.notice.lead", "lead", loc.Duration(terms.Lead)) + "\n")
		}
		var chs []string
		for _, c := range terms.Channels {
			chs = append(chs, wording.Describe(reflect.ValueOf(c), nil, loc))
		}
		if len(chs) > 0 {
			b.WriteString(textsafe.Terminal(loc.Message("diff.notice.channels", "channels", strings.Join(chs, loc.Message("list.separator")))) + "\n")
		}
	}
	n := 0
	seen := map[string]bool{}
	for _, e := range es {
		if !needsNotice(e) {
			continue
		}
		key := e.Path[2].Key
		if seen[key] {
			continue
		}
		seen[key] = true
		n++
		status := "diff.notice.changed"
		switch {
		case e.Kind == Added && e.Item != "" && len(e.Path) == 3:
			status = "diff.notice.added"
		case e.Kind == Removed && e.Item != "" && len(e.Path) == 3:
			status = "diff.notice.removed"
		}
		fmt.Fprintf(&b, "\n%s: %s\n", loc.Message(status), textsafe.Terminal(itemLabel(e.Change, loc)))
		if s := subprocessor(newDoc, key); s != nil {
			sub := reflectValue(s)
			for _, f := range []string{"function", "data", "countries", "operator"} {
				v, _ := fieldByName(sub, f)
				if w := wording.Value(v, nil, loc); w != "" {
					fmt.Fprintf(&b, "  %s: %s\n", loc.Message(locale.FieldKey("Subprocessor", f)), textsafe.Terminal(w))
				}
			}
		}
	}
	if n == 0 {
		fmt.Fprintf(&b, "\n%s\n", loc.Message("diff.notice.none"))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func subprocessor(doc *whitepaper.Document, key string) *whitepaper.Subprocessor {
	if doc.Subprocessors == nil {
		return nil
	}
	for i := range doc.Subprocessors.Services {
		if whitepaper.KeyOf(doc.Subprocessors.Services[i]) == key {
			return &doc.Subprocessors.Services[i]
		}
	}
	return nil
}
