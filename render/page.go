package render

import (
	"github.com/openwhitepaper/whitepaper/internal/reflectx"
	"reflect"
	"slices"
	"strings"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// The renderers share one intermediate page: the document's content
// worded in the reader's language and laid out in blocks. Markdown and
// HTML writers only differ in how they spell the blocks, so both formats
// carry the same information in the same places.

// span is a run of text, in a language other than the page's when Lang
// is set (a text that lacked the page's language), and a link when URL is set.
type span struct {
	Text string
	Lang string
	URL  string
}

// row is a label with its value, and rows nested under it.
type row struct {
	Label string
	Value []span
	Sub   []row
}

// block is one of paragraph, rows, table or links.
type block struct {
	Para  []span   // a paragraph
	Rows  []row    // a list of labelled values
	Table *table   // a table
	Links [][]span // a list of references
	Title string   // a caption for a table or a list
}

type table struct {
	Head []string
	Rows [][][]span // rows of cells of spans
	// RowHeads marks the first cell of each row as a row header.
	RowHeads bool
}

type section struct {
	Number int
	Anchor string
	Title  span
	Blocks []block
}

type page struct {
	Lang     string // the BCP 47 tag of the page's language
	Title    span
	Header   []row
	TOCTitle string
	TOC      []section // numbers, anchors and titles only
	Sections []section
}

// builder words a document in one language.
type builder struct {
	doc  *whitepaper.Document
	lang language.Tag // the document language shown
	loc  *locale.Locale
	orgs map[string]whitepaper.Text
	svcs map[string]whitepaper.Text
}

func newBuilder(doc *whitepaper.Document, lang language.Tag, loc *locale.Locale) *builder {
	b := &builder{doc: doc, lang: lang, loc: loc, orgs: map[string]whitepaper.Text{}, svcs: map[string]whitepaper.Text{}}
	b.orgs[doc.Vendor.ID] = doc.Vendor.Name
	for _, o := range doc.Providers {
		b.orgs[o.ID] = o.Name
	}
	for _, s := range doc.Services {
		b.svcs[s.ID] = s.Name
	}
	return b
}

// text picks the chosen language, else the document's default, else any,
// and marks the span with its language when it is not the page's.
func (b *builder) text(t whitepaper.Text) span {
	tag := b.lang
	s, ok := t.Lookup(tag)
	if !ok {
		tag = b.doc.DefaultLanguage
		s, ok = t.Lookup(tag)
	}
	if !ok {
		if tags := t.Languages(); len(tags) > 0 {
			tag, s = tags[0], t[tags[0]]
		}
	}
	sp := span{Text: s}
	if tag != b.loc.Tag() {
		sp.Lang = tag.String()
	}
	return sp
}

func (b *builder) plain(s string) []span { return []span{{Text: s}} }

func (b *builder) label(typ reflect.Type, field string) string {
	return b.loc.Message(locale.FieldKey(typ.Name(), field))
}

func (b *builder) build() *page {
	p := &page{Lang: b.loc.Tag().String(), Title: b.text(b.doc.Title), TOCTitle: b.loc.Message("toc")}
	p.Header = b.header()
	for _, s := range b.order() {
		s.Number = len(p.Sections) + 1
		p.Sections = append(p.Sections, s)
	}
	if len(b.doc.Revisions) > 0 {
		p.Sections = append(p.Sections, section{
			Anchor: "revisions",
			Title:  span{Text: b.label(reflect.TypeFor[whitepaper.Document](), "revisions")},
			Blocks: []block{{Table: b.revisions()}},
		})
	}
	for _, s := range p.Sections {
		p.TOC = append(p.TOC, section{Number: s.Number, Anchor: s.Anchor, Title: s.Title})
	}
	return p
}

func (b *builder) header() []row {
	doc := b.doc
	dt := reflect.TypeFor[whitepaper.Document]()
	rows := []row{{Label: b.label(dt, "vendor"), Value: []span{b.text(doc.Vendor.Name)}}}
	version := doc.Version
	if !doc.Edition.IsZero() {
		version = b.text(doc.Edition).Text
	}
	rows = append(rows, row{Label: b.label(dt, "version"), Value: b.plain(version)})
	if !doc.Date.IsZero() {
		rows = append(rows, row{Label: b.label(dt, "date"), Value: b.plain(b.loc.Date(doc.Date))})
	}
	var svcs []span
	for _, s := range doc.Services {
		svcs = append(svcs, b.text(s.Name))
	}
	rows = append(rows, row{Label: b.label(dt, "services"), Value: b.join(svcs)})
	if len(doc.Providers) > 0 {
		var ps []span
		for _, o := range doc.Providers {
			ps = append(ps, b.text(o.Name))
		}
		rows = append(rows, row{Label: b.label(dt, "providers"), Value: b.join(ps)})
	}
	for _, r := range doc.Sources {
		rows = append(rows, row{Label: b.label(dt, "sources"), Value: b.reference(r)})
	}
	return rows
}

// join puts spans one after another with the locale's list separator.
func (b *builder) join(spans []span) []span {
	groups := make([][]span, len(spans))
	for i, s := range spans {
		groups[i] = []span{s}
	}
	return b.joinGroups(groups)
}

// joinGroups puts groups of spans one after another with the locale's list
// separator, leaving out empty groups.
func (b *builder) joinGroups(groups [][]span) []span {
	var out []span
	for _, g := range groups {
		if len(g) == 0 {
			continue
		}
		if len(out) > 0 {
			out = append(out, span{Text: b.loc.Message("list.separator")})
		}
		out = append(out, g...)
	}
	return out
}

// order lists the sections present, in the order of Layout.
func (b *builder) order() []section {
	var out []section
	for _, id := range Layout(b.doc) {
		if info, ok := whitepaper.LookupSection(id); ok {
			out = append(out, b.section(info, b.doc.Section(id)))
			continue
		}
		c := b.doc.Section(id).(*whitepaper.CustomSection)
		out = append(out, section{Anchor: "custom-" + c.ID, Title: b.text(c.Title), Blocks: b.notes(&c.Notes)})
	}
	return out
}

// Layout lists the sections a document has in the order a rendered page
// numbers them (from 1): standard sections in whitepaper.Sections order,
// each custom section after the section it names, or last. The differ
// uses it to name sections as the page does.
func Layout(doc *whitepaper.Document) []whitepaper.SectionID {
	var out []whitepaper.SectionID
	after := map[whitepaper.SectionID][]whitepaper.SectionID{}
	var last []whitepaper.SectionID
	for _, c := range doc.Custom {
		if c.After == "" {
			last = append(last, whitepaper.SectionID(c.ID))
		} else {
			after[c.After] = append(after[c.After], whitepaper.SectionID(c.ID))
		}
	}
	for _, info := range whitepaper.Sections() {
		if doc.Section(info.ID) != nil {
			out = append(out, info.ID)
		}
		out = append(out, after[info.ID]...)
	}
	return append(out, last...)
}

func (b *builder) section(info whitepaper.SectionInfo, s whitepaper.Section) section {
	n := s.SectionNotes()
	title := span{Text: b.loc.Message(locale.SectionKey(info.ID))}
	if !n.Title.IsZero() {
		title = b.text(n.Title)
	}
	var blocks []block
	if r, ok := s.(*whitepaper.Responsibilities); ok {
		blocks = append(blocks, block{Table: b.responsibilities(r)})
	} else {
		blocks = b.fields(reflect.ValueOf(s).Elem())
	}
	blocks = append(blocks, b.notes(n)...)
	return section{Anchor: string(info.ID), Title: title, Blocks: blocks}
}

// notes gives a section's prose and references.
func (b *builder) notes(n *whitepaper.Notes) []block {
	var blocks []block
	for _, t := range n.Notes {
		blocks = append(blocks, block{Para: []span{b.text(t)}})
	}
	if len(n.References) > 0 {
		bl := block{Title: b.label(reflect.TypeFor[whitepaper.Notes](), "references")}
		for _, r := range n.References {
			bl.Links = append(bl.Links, b.reference(r))
		}
		blocks = append(blocks, bl)
	}
	return blocks
}

func (b *builder) reference(r whitepaper.Reference) []span {
	var out []span
	label := b.text(r.Label)
	switch {
	case r.URL != "" && label.Text != "":
		label.URL = string(r.URL)
		out = append(out, label)
	case r.URL != "":
		out = append(out, span{Text: string(r.URL), URL: string(r.URL)})
	case label.Text != "":
		out = append(out, label)
	}
	if !r.Note.IsZero() {
		if len(out) > 0 {
			out = append(out, span{Text: b.loc.Message("list.separator")})
		}
		out = append(out, b.text(r.Note))
	}
	return out
}

// fields lays out a section's typed fields: lists of items as tables, the
// rest as labelled rows.
func (b *builder) fields(v reflect.Value) []block {
	t := v.Type()
	var rows []row
	var blocks []block
	flush := func() {
		if len(rows) > 0 {
			blocks = append(blocks, block{Rows: rows})
			rows = nil
		}
	}
	for i := range t.NumField() {
		f := t.Field(i)
		fv := v.Field(i)
		if !f.IsExported() || f.Anonymous || reflectx.IsZero(fv) {
			continue
		}
		name := reflectx.JSONName(f)
		if fv.Kind() == reflect.Slice && fv.Type().Elem().Kind() == reflect.Struct {
			flush()
			blocks = append(blocks, block{Title: b.label(t, name), Table: b.table(fv)})
			continue
		}
		rows = append(rows, b.row(t, name, fv))
	}
	flush()
	return blocks
}

func (b *builder) row(t reflect.Type, name string, v reflect.Value) row {
	r := row{Label: b.label(t, name)}
	if v.Kind() == reflect.Pointer && v.Elem().Kind() == reflect.Struct {
		e := v.Elem()
		for i := range e.NumField() {
			f := e.Type().Field(i)
			if f.IsExported() && !reflectx.IsZero(e.Field(i)) {
				r.Sub = append(r.Sub, b.row(e.Type(), reflectx.JSONName(f), e.Field(i)))
			}
		}
		return r
	}
	r.Value = b.value(name, v)
	return r
}

// table lays out a list of items: one column per field any item has.
func (b *builder) table(v reflect.Value) *table {
	et := v.Type().Elem()
	var cols []int
	for i := range et.NumField() {
		f := et.Field(i)
		if !f.IsExported() {
			continue
		}
		for j := range v.Len() {
			if !reflectx.IsZero(v.Index(j).Field(i)) {
				cols = append(cols, i)
				break
			}
		}
	}
	tb := &table{}
	for _, i := range cols {
		tb.Head = append(tb.Head, b.label(et, reflectx.JSONName(et.Field(i))))
	}
	// Items that state the language of their plain strings (lists of
	// customer names) mark those strings when it is not the page's.
	langField, hasLang := et.FieldByName("Language")
	hasLang = hasLang && langField.Type == reflect.TypeFor[language.Tag]()
	for j := range v.Len() {
		item := v.Index(j)
		var cells [][]span
		for _, i := range cols {
			cell := b.value(reflectx.JSONName(et.Field(i)), item.Field(i))
			if hasLang && isPlainString(et.Field(i).Type) {
				if tag := item.FieldByIndex(langField.Index).Interface().(language.Tag); tag != b.loc.Tag() {
					for k := range cell {
						if cell[k].Lang == "" && cell[k].Text != b.loc.Message("list.separator") {
							cell[k].Lang = tag.String()
						}
					}
				}
			}
			cells = append(cells, cell)
		}
		tb.Rows = append(tb.Rows, cells)
	}
	return tb
}

// isPlainString reports whether t is string or []string: text, not a value
// of a vocabulary or a typed fact.
func isPlainString(t reflect.Type) bool {
	if t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	return t == reflect.TypeFor[string]()
}

// refs are the fields that hold the ID of an organisation of the document.
var refs = map[string]bool{"holder": true, "provider": true, "delegatedTo": true}

// value words one field's value.
func (b *builder) value(name string, v reflect.Value) []span {
	if reflectx.IsZero(v) {
		return nil
	}
	switch x := v.Interface().(type) {
	case whitepaper.Text:
		return []span{b.text(x)}
	case *bool:
		return b.plain(b.loc.Bool(x))
	case whitepaper.Duration:
		return b.plain(b.loc.Duration(x))
	case whitepaper.Count:
		return b.plain(b.loc.Count(x))
	case whitepaper.Frequency:
		return b.plain(b.loc.Frequency(x))
	case whitepaper.Date:
		return b.plain(b.loc.Date(x))
	case whitepaper.Percent:
		return b.plain(b.loc.Percent(x))
	case whitepaper.URL:
		return []span{{Text: string(x), URL: string(x)}}
	case whitepaper.Email:
		return []span{{Text: string(x), URL: "mailto:" + string(x)}}
	case whitepaper.Phone:
		return []span{{Text: string(x), URL: "tel:" + strings.NewReplacer(" ", "", "(", "", ")", "").Replace(string(x))}}
	case whitepaper.Country:
		r, _ := language.ParseRegion(string(x))
		return b.plain(display.Regions(b.loc.Tag()).Name(r))
	case language.Tag:
		return b.plain(display.Languages(b.loc.Tag()).Name(x))
	case whitepaper.Reference:
		return b.reference(x)
	case whitepaper.SectionID:
		if _, ok := whitepaper.LookupSection(x); ok {
			return b.plain(b.loc.Message(locale.SectionKey(x)))
		}
		return b.plain(string(x))
	}
	switch v.Kind() {
	case reflect.Pointer:
		return b.value(name, v.Elem())
	case reflect.String:
		s := v.String()
		if _, ok := v.Type().MethodByName("Values"); ok {
			return b.plain(b.loc.Message("enum." + v.Type().Name() + "." + s))
		}
		if refs[name] {
			if t, ok := b.orgs[s]; ok {
				return []span{b.text(t)}
			}
		}
		if name == "services" || name == "plans" {
			if t, ok := b.svcs[s]; ok {
				return []span{b.text(t)}
			}
		}
		return b.plain(s)
	case reflect.Slice:
		var groups [][]span
		for i := range v.Len() {
			groups = append(groups, b.value(name, v.Index(i)))
		}
		return b.joinGroups(groups)
	case reflect.Struct:
		// A nested item in a table cell: its values in field order.
		var groups [][]span
		t := v.Type()
		for i := range t.NumField() {
			if t.Field(i).IsExported() && !reflectx.IsZero(v.Field(i)) {
				groups = append(groups, b.value(reflectx.JSONName(t.Field(i)), v.Field(i)))
			}
		}
		return b.joinGroups(groups)
	}
	return b.plain(v.String())
}

// responsibilities lays the split out side by side: one row per area, one
// column per party.
func (b *builder) responsibilities(r *whitepaper.Responsibilities) *table {
	var parties []whitepaper.Role
	var areas []whitepaper.DutyArea
	cell := map[[2]string][]span{}
	for _, d := range r.Duties {
		if !slices.Contains(parties, d.Party) {
			parties = append(parties, d.Party)
		}
		if !slices.Contains(areas, d.Area) {
			areas = append(areas, d.Area)
		}
		text := b.text(d.Text)
		if text.Text == "" {
			text = span{Text: locale.Enum(b.loc, d.Area)}
		}
		cell[[2]string{string(d.Area), string(d.Party)}] = []span{text}
	}
	tb := &table{RowHeads: true, Head: []string{b.label(reflect.TypeFor[whitepaper.Duty](), "area")}}
	for _, p := range parties {
		tb.Head = append(tb.Head, locale.Enum(b.loc, p))
	}
	for _, a := range areas {
		cells := [][]span{b.plain(locale.Enum(b.loc, a))}
		for _, p := range parties {
			cells = append(cells, cell[[2]string{string(a), string(p)}])
		}
		tb.Rows = append(tb.Rows, cells)
	}
	return tb
}

func (b *builder) revisions() *table {
	rt := reflect.TypeFor[whitepaper.Revision]()
	tb := &table{Head: []string{b.label(rt, "version"), b.label(rt, "date"), b.label(rt, "changes")}}
	for _, r := range b.doc.Revisions {
		var changes []span
		for _, c := range r.Changes {
			changes = append(changes, b.text(c))
		}
		tb.Rows = append(tb.Rows, [][]span{b.plain(r.Version), b.plain(b.loc.Date(r.Date)), b.join(changes)})
	}
	return tb
}
