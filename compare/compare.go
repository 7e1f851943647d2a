// Package compare sets whitepapers of several vendors side by side: the
// facts that decide a purchase, one row per fact and one column per
// vendor, grouped by section, worded in the reader's language whatever
// language each document is written in.
//
// # Rows
//
// The rows are the buyer's key facts ([KeyFacts]: data location,
// encryption, backups, recovery point, incident notice, deletion,
// certifications, subprocessors, SLA target, log retention, administrator
// MFA and SSO) and every ordered fact of the model (every field declared
// with `whitepaper:"better=…"`, found by walking [whitepaper.Fields], not
// listed by hand), in the order of the model, grouped by section in the
// order of [whitepaper.Sections]. A row is named by its field's label, a
// field of the items of a list after the list's label ("Backups:
// Retention"), and identified by a path to the field such as
// /backup/sets/*/generations, where * stands for every item of a list. A
// row that no document states is left out, unless it is a key fact: then
// it shows "not stated" across, which is itself an answer.
//
// # Cells
//
// Each cell has a [State]. A fact the document does not state is
// [NotStated]. A fact stated as not done is [NotDone]: a yes/no fact
// stated false in every place it is stated, or a fact under a record or
// item that states it is not provided (provided: false: no backups, so no
// backup generations either). A yes/no fact whose better answer is no
// (secondary use, disclosure to third parties) stated false is a
// commitment, [Stated] like any other. A fact stated only in items limited
// to some plans (Applicability plans) is [PlanDependent], and the cell
// names the plans. Any other stated fact is [Stated].
//
// A record stated as not provided makes no row of its own appear: the
// key facts under it and the rows another document states show it.
//
// Values are worded as the differ words them (package internal/wording):
// "7 generations", "72時間以内", an ID as the name it stands for. A yes/no
// fact is worded by the statement the rendered page makes of it
// ("Administrators can use multi-factor authentication."), or as yes or
// no after the name of the item that holds it ("通信記録：あり"). A fact of the items of a list (backup
// sets, logs, SLAs by plan) is one cell with an entry per item, the item
// named as the differ names it ("Database: 7 generations"), or by its
// plans when it has no name, and a key list of items (certifications,
// subprocessors) an entry per item: its name and the details that matter
// (a subprocessor's countries, a certification's holder when it is not
// the vendor: "ISO/IEC 27001 (held by AWS)"). Each cell names the
// vendor's heading that holds the fact when the document states the
// vendor's outline (its number, or its title when it has none).
//
// # Strongest and weakest
//
// For an ordered fact, the cell whose value is best for the customer is
// marked [Strongest] and the worst [Weakest], by the field's declared
// direction and the same order the differ uses. A cell listing several
// items counts by its weakest item: the value that holds for everything
// it lists. Only values that hold for every plan are ranked (a
// plan-dependent cell depends on the plan bought), values with no amount
// ("a fixed period", "on request") are not, and a row is marked only when
// at least two cells are ranked and they differ.
//
// # Output
//
// [Table.Markdown], [Table.HTML] (one self-contained page, no scripts,
// nothing loaded from the network, all text escaped), [Table.CSV] (UTF-8
// with a byte order mark, so that spreadsheets open Japanese correctly)
// and [Table.JSON] (the Table itself, described by report.schema.json in
// this directory) write the table. Output is deterministic.
package compare

import (
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/reflectx"
	"github.com/openwhitepaper/whitepaper/internal/wording"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/meaning"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// State is what a document says about a fact.
type State string

// The states of a [Cell].
const (
	// Stated is a fact the document states.
	Stated State = "stated"
	// NotStated is a fact the document does not state.
	NotStated State = "not-stated"
	// NotDone is a fact stated as not done or not provided.
	NotDone State = "not-done"
	// PlanDependent is a fact stated only for some plans.
	PlanDependent State = "plan-dependent"
)

// Mark ranks a cell of an ordered fact within its row.
type Mark string

// The marks of a [Cell].
const (
	// Unmarked is a cell that is neither the strongest nor the weakest,
	// or one of a row that is not ranked.
	Unmarked Mark = ""
	// Strongest is the value best for the customer in its row.
	Strongest Mark = "strongest"
	// Weakest is the value worst for the customer in its row.
	Weakest Mark = "weakest"
)

// JSONFormat names the version of the JSON form of a [Table]; it
// changes only when a tool reading the old form could misread the new.
const JSONFormat = "openwhitepaper-compare/1"

// Table is the comparison: columns of vendors, rows of facts grouped by
// section. Its exported fields are its JSON form.
type Table struct {
	// Format is [JSONFormat].
	Format string `json:"format"`
	// Lang is the reader's language, such as "ja".
	Lang string `json:"lang"`
	// Vendors are the columns, in the order of the documents.
	Vendors []Vendor `json:"vendors"`
	// Sections hold the rows, in the order of [whitepaper.Sections].
	Sections []Section `json:"sections"`

	loc *locale.Locale
}

// Vendor is a column: one document.
type Vendor struct {
	// Column is the column's heading: the vendor's name and the
	// services', in the reader's language where the document has it.
	Column string `json:"column"`
	// Vendor is the vendor's name.
	Vendor string `json:"vendor"`
	// Services are the names of the services the document covers.
	Services []string `json:"services"`
	// Version and Date are the document's, as stated ("" when not).
	Version string `json:"version,omitempty"`
	Date    string `json:"date,omitempty"`

	date whitepaper.Date
}

// Section is a section of the model and its rows.
type Section struct {
	// ID is the section's ID, such as "backup".
	ID whitepaper.SectionID `json:"id"`
	// Title is the section's standard title in the reader's language.
	Title string `json:"title"`
	// Rows are the facts of the section, in the order of the model.
	Rows []Row `json:"rows"`
}

// Row is one fact across the documents.
type Row struct {
	// Field is the path of the fact in the model, a JSON Pointer in
	// which * stands for every item of a list: /backup/sets/*/generations.
	Field string `json:"field"`
	// Label names the fact in the reader's language.
	Label string `json:"label"`
	// Better is the fact's order for the customer; "" for an unordered fact.
	Better whitepaper.Better `json:"better,omitempty"`
	// Key is true for the buyer's key facts ([KeyFacts]).
	Key bool `json:"key,omitempty"`
	// Cells are the documents' values, one per [Vendor], in order.
	Cells []Cell `json:"cells"`
}

// Cell is what one document says about one fact.
type Cell struct {
	// State says whether and how the fact is stated.
	State State `json:"state"`
	// Value is the fact worded in the reader's language: Items joined.
	// Empty when not stated.
	Value string `json:"value,omitempty"`
	// Items are the entries of the value, one per item of a list (each
	// named: "Database: 7 generations"), or the value alone.
	Items []string `json:"items,omitempty"`
	// Plans names the plans a plan-dependent value holds for.
	Plans []string `json:"plans,omitempty"`
	// Heading is the vendor's heading that holds the fact, when the
	// document states the vendor's outline.
	Heading *Heading `json:"heading,omitempty"`
	// Mark ranks an ordered fact's value in its row.
	Mark Mark `json:"mark,omitempty"`

	cmp       []meaning.Fact // the facts that rank the cell, while the row is built
	inherited bool           // every hit is under a record not provided
}

// Heading is a heading of the vendor's outline.
type Heading struct {
	// Number is the vendor's number for it, such as "4.2"; "" when none.
	Number string `json:"number,omitempty"`
	// Title is the vendor's title for it.
	Title string `json:"title,omitempty"`
}

// KeyFacts returns the paths of the facts a buyer compares first, which
// a comparison always shows (as "not stated" when no document states
// them), in the form of [Row.Field].
func KeyFacts() []string { return slices.Clone(keyFacts) }

var keyFacts = []string{
	"/dataLocation/countries",
	"/dataLocation/regions",
	"/dataDeletion/rules",
	"/adminAuthentication/mfa",
	"/adminAuthentication/sso",
	"/cryptography/inTransit",
	"/cryptography/inTransit/*/minVersion",
	"/cryptography/atRest",
	"/backup/sets/*/frequency",
	"/backup/sets/*/generations",
	"/backup/sets/*/retention",
	"/backup/objectives/*/rpo",
	"/logging/logs/*/retention",
	"/subprocessors/services",
	"/incidentResponse/notification/deadline",
	"/certifications/certifications",
	"/availability/serviceLevels/*/target",
}

// details are the fields worded after an item's name in a key list of
// items: a subprocessor's countries, how stored data is protected.
var details = map[string][]string{
	"/dataLocation/regions":   {"country"},
	"/dataDeletion/rules":     {"after"},
	"/cryptography/inTransit": {"minVersion"},
	"/cryptography/atRest":    {"method"},
	"/subprocessors/services": {"countries"},
}

// spec is a row of the model: a path of fields from the document.
type spec struct {
	section whitepaper.SectionInfo
	path    []whitepaper.Field
	pointer string
	key     bool
}

var (
	applicabilityType = reflect.TypeFor[whitepaper.Applicability]()
	notesType         = reflect.TypeFor[whitepaper.Notes]()
	pricedType        = reflect.TypeFor[whitepaper.Priced]()
	textUnmarshaler   = reflect.TypeFor[interface{ UnmarshalText([]byte) error }]()
)

// specs are the rows of the model, in section and field order: every key
// fact and every ordered field.
var specs = func() []spec {
	key := map[string]bool{}
	for _, k := range keyFacts {
		key[k] = true
	}
	var out []spec
	docType := reflect.TypeFor[whitepaper.Document]()
	for _, info := range whitepaper.Sections() {
		sf, ok := whitepaper.FieldByName(docType, info.Field)
		if !ok {
			continue
		}
		var walk func(t reflect.Type, path []whitepaper.Field, ptr string, stack []reflect.Type)
		walk = func(t reflect.Type, path []whitepaper.Field, ptr string, stack []reflect.Type) {
			for t.Kind() == reflect.Pointer {
				t = t.Elem()
			}
			if t.Kind() != reflect.Struct || slices.Contains(stack, t) || reflect.PointerTo(t).Implements(textUnmarshaler) ||
				t.PkgPath() != docType.PkgPath() {
				return
			}
			stack = append(stack, t)
			for _, f := range whitepaper.Fields(t) {
				if f.Owner == notesType || f.Owner == applicabilityType || f.Owner == pricedType {
					continue // hedges, worded in the cells of the facts they hedge
				}
				p := append(slices.Clip(path), f)
				fptr := ptr + "/" + f.Name
				if f.Better != whitepaper.Unordered || key[fptr] {
					out = append(out, spec{section: info, path: p, pointer: fptr, key: key[fptr]})
				}
				switch ft := f.Type; ft.Kind() {
				case reflect.Slice:
					walk(ft.Elem(), p, fptr+"/*", stack)
				default:
					walk(ft, p, fptr, stack)
				}
			}
		}
		walk(sf.Type, []whitepaper.Field{sf}, "/"+sf.Name, nil)
	}
	return out
}()

// Documents compares the documents, in the order given, in loc's
// language. A nil document is a column that states nothing.
func Documents(docs []*whitepaper.Document, loc *locale.Locale) *Table {
	if loc == nil {
		loc = locale.English()
	}
	t := &Table{Format: JSONFormat, Lang: loc.Tag().String(), Vendors: []Vendor{}, Sections: []Section{}, loc: loc}
	names := make([]*wording.Names, len(docs))
	for i, d := range docs {
		names[i] = wording.NewNames(d)
		t.Vendors = append(t.Vendors, vendor(d, loc))
	}
	columns(t.Vendors)
	var sec *Section
	for _, s := range specs {
		row := Row{Field: s.pointer, Label: label(s.path, loc), Better: s.path[len(s.path)-1].Better, Key: s.key}
		stated := false
		for i, d := range docs {
			c := cell(d, s, names[i], loc)
			// A record not provided (no backups) does not bring every
			// row under it: only those another document states.
			stated = stated || c.State != NotStated && !c.inherited
			row.Cells = append(row.Cells, c)
		}
		if !stated && !s.key {
			continue
		}
		rank(&row)
		for i := range row.Cells {
			row.Cells[i].cmp = nil
		}
		if sec == nil || sec.ID != s.section.ID {
			t.Sections = append(t.Sections, Section{ID: s.section.ID, Title: loc.Section(s.section.ID)})
			sec = &t.Sections[len(t.Sections)-1]
		}
		sec.Rows = append(sec.Rows, row)
	}
	addPromises(t, docs, names, loc)
	return t
}

// vendor describes a document's column.
func vendor(d *whitepaper.Document, loc *locale.Locale) Vendor {
	if d == nil {
		return Vendor{Services: []string{}}
	}
	v := Vendor{Vendor: wording.In(d.Vendor.Name, loc), Version: d.Version, Services: []string{}}
	if !d.Date.IsZero() {
		v.Date, v.date = d.Date.String(), d.Date
	}
	for _, s := range d.Services {
		v.Services = append(v.Services, wording.In(s.Name, loc))
	}
	v.Column = strings.TrimSpace(v.Vendor + " " + strings.Join(v.Services, loc.Message("list.separator")))
	return v
}

// columns tells apart columns that would have the same heading, such as
// two versions of one whitepaper, by their version or date, or else
// their position.
func columns(vs []Vendor) {
	count := map[string]int{}
	for _, v := range vs {
		count[v.Column]++
	}
	for i := range vs {
		if count[vs[i].Column] < 2 {
			continue
		}
		switch {
		case vs[i].Version != "":
			vs[i].Column += " " + vs[i].Version
		case vs[i].Date != "":
			vs[i].Column += " " + vs[i].Date
		default:
			vs[i].Column += " (" + strconv.Itoa(i+1) + ")"
		}
	}
}

// label names a row's field; a field of the items of a list after the
// list's label (a record's fields have labels that say enough).
func label(path []whitepaper.Field, loc *locale.Locale) string {
	last := wording.Label(path[len(path)-1], loc)
	if len(path) < 3 || path[len(path)-2].Type.Kind() != reflect.Slice {
		return last
	}
	return loc.Message("compare.field", "record", wording.Label(path[len(path)-2], loc), "field", last)
}

// hit is one place a document states a row's fact.
type hit struct {
	v       reflect.Value // the value; invalid for a record not provided
	holder  reflect.Value // the struct whose field v is
	item    reflect.Value // the innermost item of a list holding it, if any
	plans   []string      // the plans the items around it are limited to
	notDone bool          // stated false, or under a record not provided
	owner   reflect.Type  // the record that is not provided
}

// collect finds where v states the fact at path.
func collect(v reflect.Value, path []whitepaper.Field, item reflect.Value, plans []string, list bool, out *[]hit) {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return
	}
	f := path[0]
	if f.Name != "provided" {
		if p, ok := whitepaper.FieldByName(v.Type(), "provided"); ok {
			if b, ok := v.FieldByIndex(p.Index).Interface().(*bool); ok && b != nil && !*b {
				*out = append(*out, hit{item: item, plans: plans, notDone: true, owner: v.Type()})
				return
			}
		}
	}
	fv := v.FieldByIndex(f.Index)
	if reflectx.IsZero(fv) {
		return
	}
	if len(path) == 1 && !list {
		h := hit{v: fv, holder: v, item: item, plans: plans}
		if b, ok := fv.Interface().(*bool); ok && !*b && f.Better != whitepaper.False {
			h.notDone = true // not done; for a fact better false, a commitment not to
		}
		*out = append(*out, h)
		return
	}
	if fv.Kind() == reflect.Slice && fv.Type().Elem().Kind() == reflect.Struct {
		for i := range fv.Len() {
			e := fv.Index(i)
			p := plans
			if a, ok := whitepaper.FieldByName(e.Type(), "plans"); ok && a.Owner == applicabilityType {
				if ids := e.FieldByIndex(a.Index).Interface().([]string); len(ids) > 0 {
					p = append(slices.Clip(plans), ids...)
				}
			}
			if len(path) == 1 {
				h := hit{v: e, holder: e, item: e, plans: p}
				if pf, ok := whitepaper.FieldByName(e.Type(), "provided"); ok {
					b, _ := e.FieldByIndex(pf.Index).Interface().(*bool)
					h.notDone = b != nil && !*b
				}
				*out = append(*out, h)
				continue
			}
			collect(e, path[1:], e, p, list, out)
		}
		return
	}
	if len(path) == 1 {
		*out = append(*out, hit{v: fv, holder: v, item: item, plans: plans})
		return
	}
	collect(fv, path[1:], item, plans, list, out)
}

// cell words what a document states about a row's fact.
func cell(d *whitepaper.Document, s spec, n *wording.Names, loc *locale.Locale) Cell {
	c := Cell{State: NotStated}
	if d == nil {
		return c
	}
	last := s.path[len(s.path)-1]
	list := last.Type.Kind() == reflect.Slice && last.Type.Elem().Kind() == reflect.Struct
	var hits []hit
	collect(reflect.ValueOf(d).Elem(), s.path, reflect.Value{}, nil, list, &hits)
	if len(hits) == 0 {
		return c
	}
	notDone, scoped := true, true
	c.inherited = true
	var plans []string
	notes, rel, ranks := sectionNotes(d, s), relPath(s), meaning.RanksOf(d)
	for _, h := range hits {
		fact := hitFact(h, notes, rel, last, list)
		fact.Ranks = ranks
		notDone = notDone && h.notDone
		c.inherited = c.inherited && !h.v.IsValid()
		scoped = scoped && len(h.plans) > 0
		for _, p := range h.plans {
			if !slices.Contains(plans, p) {
				plans = append(plans, p)
			}
		}
		c.Items = append(c.Items, word(h, fact, s, last, list, n, loc))
		if !list && h.v.IsValid() && len(h.plans) == 0 {
			c.cmp = append(c.cmp, fact)
		}
	}
	switch {
	case scoped:
		c.State = PlanDependent
		for _, p := range plans {
			c.Plans = append(c.Plans, wording.Ref(reflect.ValueOf(p), whitepaper.RefPlan, n, loc))
		}
		c.cmp = nil
	case notDone:
		c.State = NotDone
	default:
		c.State = Stated
	}
	price(&c, notes, rel, n, loc)
	c.Value = strings.Join(c.Items, loc.Message("compare.separator"))
	c.Heading = heading(d, s, loc)
	return c
}

// sectionNotes returns the notes of the section a row belongs to in d,
// which hedge some of its fields; nil when d does not state the section.
func sectionNotes(d *whitepaper.Document, s spec) *whitepaper.Notes {
	v := reflect.ValueOf(d).Elem().FieldByIndex(s.path[0].Index)
	if sec, ok := v.Interface().(whitepaper.Section); ok && v.Kind() == reflect.Pointer && !v.IsNil() {
		return sec.SectionNotes()
	}
	return nil
}

// relPath is a row's field's path inside its section, as a section's
// qualified fields name it: "notification/deadline".
func relPath(s spec) string {
	names := make([]string, 0, len(s.path)-1)
	for _, f := range s.path[1:] {
		names = append(names, f.Name)
	}
	return strings.Join(names, "/")
}

// hitFact gathers what one place states of a row's fact: its value with
// its qualifier, status, commitment and plans.
func hitFact(h hit, notes *whitepaper.Notes, rel string, f whitepaper.Field, list bool) meaning.Fact {
	var fact meaning.Fact
	switch {
	case !h.v.IsValid():
		return meaning.Fact{Field: f, Status: meaning.Held}
	case list:
		fact = meaning.Item(h.v)
		fact.Field = f
	default:
		fact = meaning.Of(notes, rel, h.holder, f)
		if fact.Qualifier == "" && h.item.IsValid() {
			fact.Qualifier = meaning.Item(h.item).Qualifier
		}
	}
	fact.Plans = h.plans
	return fact
}

// hedges words what makes a statement weaker than its value says: its
// qualifier, a status short of held, a commitment short of guaranteed
// and the plans it is limited to (unless text, the worded item, already
// names them).
func hedges(fact meaning.Fact, text string, n *wording.Names, loc *locale.Locale) []string {
	var out []string
	if fact.Qualifier != "" {
		out = append(out, wording.Value(reflect.ValueOf(fact.Qualifier), n, loc))
	}
	if fact.Status != "" && !fact.Status.IsHeld() {
		if c, ok := fact.Value.Interface().(whitepaper.Certification); ok {
			out = append(out, wording.Value(reflect.ValueOf(c.Status), n, loc))
		}
	}
	if fact.Commitment != "" {
		out = append(out, wording.Value(reflect.ValueOf(fact.Commitment), n, loc))
	}
	if len(fact.Plans) > 0 {
		if plans := wording.Ref(reflect.ValueOf(fact.Plans), whitepaper.RefPlan, n, loc); !strings.Contains(text, plans) {
			out = append(out, loc.Message("compare.plans", "plans", plans))
		}
	}
	return out
}

// word words one place a fact is stated, naming the item that holds it,
// with what hedges it.
func word(h hit, fact meaning.Fact, s spec, f whitepaper.Field, list bool, n *wording.Names, loc *locale.Locale) string {
	text := wordValue(h, s, f, list, n, loc)
	if hs := hedges(fact, text, n, loc); len(hs) > 0 {
		text = loc.Message("compare.hedged", "value", text, "hedges", strings.Join(hs, loc.Message("list.separator")))
	}
	return text
}

// wordValue words one place a fact is stated, naming the item that holds it.
func wordValue(h hit, s spec, f whitepaper.Field, list bool, n *wording.Names, loc *locale.Locale) string {
	name := ""
	if h.item.IsValid() {
		name = itemName(h, s, n, loc)
	}
	var value string
	switch {
	case list:
		var ds []string
		for _, d := range details[s.pointer] {
			if df, ok := whitepaper.FieldByName(h.item.Type(), d); ok {
				if dv := h.item.FieldByIndex(df.Index); !reflectx.IsZero(dv) {
					ds = append(ds, wording.Field(df, dv, n, loc))
				}
			}
		}
		if h.notDone {
			ds = append(ds, loc.Message("table.false"))
		}
		if len(ds) == 0 {
			return name
		}
		value = strings.Join(ds, loc.Message("compare.separator"))
	case !h.v.IsValid():
		// A record or item stated as not provided.
		value = yesNo(h.owner, "provided", false, name != "", loc)
	default:
		if b, ok := h.v.Interface().(*bool); ok {
			value = yesNo(f.Owner, f.Name, *b, name != "", loc)
		} else {
			value = wording.Field(f, h.v, n, loc)
		}
	}
	if name == "" {
		return value
	}
	return loc.Message("compare.item", "name", name, "value", value)
}

// itemName names the item of a list that holds a fact as the differ
// does, or by the plans it is limited to when it has no name; a
// certification held by another than the vendor names its holder.
func itemName(h hit, s spec, n *wording.Names, loc *locale.Locale) string {
	name := wording.Describe(h.item, n, loc)
	if name == "" && len(h.plans) > 0 {
		name = wording.Ref(reflect.ValueOf(h.plans), whitepaper.RefPlan, n, loc)
	}
	if c, ok := h.item.Interface().(whitepaper.Certification); ok && c.Holder != n.Vendor {
		holder := wording.Ref(reflect.ValueOf(c.Holder), whitepaper.RefOrganization, n, loc)
		name = loc.Message("certification.heldBy", "name", strings.TrimSuffix(name, " "+holder), "holder", holder)
	}
	return name
}

// yesNo words a yes/no fact: as yes or no after the name of the item
// that holds it, or else by the statement the rendered page makes of it.
func yesNo(owner reflect.Type, field string, b bool, named bool, loc *locale.Locale) string {
	if k := locale.FactKey(owner.Name(), field, b); !named && loc.Has(k) {
		return loc.Message(k)
	}
	return loc.Message("table." + strconv.FormatBool(b))
}

// heading finds the vendor's heading that holds a row's fact: one that
// names the field (a topic of a section under a heading of its own), or
// else the section's. Without the vendor's outline there is none.
func heading(d *whitepaper.Document, s spec, loc *locale.Locale) *Heading {
	if len(d.Outline) == 0 {
		return nil
	}
	hs := d.Headings()
	ptr := "/" + s.path[0].Name
	if len(s.path) > 1 {
		ptr += "/" + s.path[1].Name
	}
	for _, h := range hs {
		if slices.Contains(h.Fields, ptr) {
			return &Heading{Number: h.Number, Title: wording.In(h.Title, loc)}
		}
	}
	if h, ok := d.HeadingOf(s.section.ID); ok && (h.Number != "" || !h.Title.IsZero()) {
		return &Heading{Number: h.Number, Title: wording.In(h.Title, loc)}
	}
	return nil
}

// rank marks the strongest and weakest cells of an ordered fact's row,
// by the comparison of package meaning. A cell counts by its weakest
// fact; a cell whose facts are not all comparable with each other, or
// that has no fact holding for every plan, is not ranked. A cell is
// marked strongest only when it is at least as good as every other
// ranked cell and better than one, weakest likewise: an incomparable
// cell in the row (a vague value, an extension value, a hedged value
// better in one respect) leaves the cells it cannot be ranked against
// unmarked.
func rank(row *Row) {
	if row.Better == whitepaper.Unordered {
		return
	}
	worst := make([]*meaning.Fact, len(row.Cells))
	ranked := 0
	for i, c := range row.Cells {
		if len(c.cmp) == 0 {
			continue
		}
		w := c.cmp[0]
		ok := w.Compare(w) == meaning.Equal
		for _, f := range c.cmp[1:] {
			switch f.Compare(w) {
			case meaning.Worse:
				w = f
			case meaning.Incomparable:
				ok = false
			}
		}
		if ok {
			worst[i] = &w
			ranked++
		}
	}
	if ranked < 2 {
		return
	}
	for i, w := range worst {
		if w == nil {
			continue
		}
		better, worse, other := 0, 0, 0
		for j, x := range worst {
			if j == i || x == nil {
				continue
			}
			switch w.Compare(*x) {
			case meaning.Better:
				better++
			case meaning.Worse:
				worse++
			case meaning.Incomparable:
				other++
			}
		}
		switch {
		case other > 0:
		case better > 0 && worse == 0:
			row.Cells[i].Mark = Strongest
		case worse > 0 && better == 0:
			row.Cells[i].Mark = Weakest
		}
	}
}
