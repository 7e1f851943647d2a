package render

import (
	"encoding"
	"github.com/openwhitepaper/whitepaper/internal/reflectx"
	"net/url"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/openwhitepaper/whitepaper/internal/wording"
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

// row is a label with its value, and rows nested under it. A row without
// a label is a statement ("削除したデータは復元できません").
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
	// Heading is the title of a section shown under a vendor heading
	// that holds several sections.
	Heading span
}

type table struct {
	Head []string
	Rows [][][]span // rows of cells of spans
	// Facts holds, for a cell with a yes/no fact, its statement
	// ("削除したデータは復元できません。"), used when the table is laid out as lists.
	Facts [][]string
	// RowHeads marks the first cell of each row as a row header.
	RowHeads bool
}

type section struct {
	Number string // the heading's number, the vendor's or 1, 2, …
	Level  int    // 0 for a top heading, 1 for one under it, …
	Anchor string
	Title  span
	Blocks []block
}

type page struct {
	Lang   string // the BCP 47 tag of the page's language
	Title  []span
	Header []row
	// Summary is the key facts, the part a buyer reads first.
	Summary      []row
	SummaryTitle string
	TOCTitle     string
	TOC          []section // numbers, anchors and titles only
	Sections     []section
	Nav          []Link // HTML only
	// Notice says, once at the top, that the document is not published
	// in the page's language; "" when it is.
	Notice string
}

// builder words a document in one language.
type builder struct {
	doc  *whitepaper.Document
	lang language.Tag // the document language shown
	loc  *locale.Locale
	orgs map[string]whitepaper.Text
	svcs map[string]whitepaper.Text
	plns map[string]whitepaper.Text // plan names
	exts map[string]whitepaper.Text // "vocabulary/value" -> label
	// claimed are the fields of sections that a vendor heading of their
	// own holds, as JSON Pointers: they are shown there, not in the section.
	claimed map[string]bool
	// picked are the items of a section's list that a vendor heading of
	// their own holds, by the list's JSON Pointer: they are shown there,
	// and the list's other items in the section.
	picked map[string][]whitepaper.Part
	// regions names countries in the page's language, made once: a list
	// of thousands of subprocessors names the same few countries.
	regions display.Namer
}

func newBuilder(doc *whitepaper.Document, lang language.Tag, loc *locale.Locale) *builder {
	b := &builder{doc: doc, lang: lang, loc: loc, orgs: map[string]whitepaper.Text{}, svcs: map[string]whitepaper.Text{},
		plns: map[string]whitepaper.Text{}, exts: map[string]whitepaper.Text{}, claimed: map[string]bool{},
		picked: map[string][]whitepaper.Part{}, regions: display.Regions(loc.Tag())}
	for _, h := range doc.Headings() {
		for _, ptr := range h.Fields {
			if part, ok := whitepaper.ParsePart(ptr); ok && part.By != "" {
				b.picked[part.Pointer()] = append(b.picked[part.Pointer()], part)
				continue
			}
			b.claimed[ptr] = true
		}
	}
	for _, p := range doc.Plans {
		b.plns[p.ID] = p.Name
	}
	for _, e := range doc.Extensions {
		b.exts[e.Vocabulary+"/"+e.Value] = e.Label
	}
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

// name is a name where an ID or an extension value refers to it, cut at
// wording.MaxName characters: every item may refer to a name stated once,
// and a page repeating it whole would grow with the square of the
// document.
func (b *builder) name(t whitepaper.Text) span {
	sp := b.text(t)
	sp.Text = wording.Clip(sp.Text, wording.MaxName)
	return sp
}

func (b *builder) plain(s string) []span { return []span{{Text: s}} }

// spansText is the text of spans run together.
func spansText(spans []span) string {
	if len(spans) == 1 {
		return spans[0].Text
	}
	var sb strings.Builder
	for _, s := range spans {
		sb.WriteString(s.Text)
	}
	return sb.String()
}

func (b *builder) label(typ reflect.Type, field string) string {
	if f, ok := whitepaper.FieldByName(typ, field); ok {
		typ = f.Owner
	}
	return b.loc.Message(locale.FieldKey(typ.Name(), field))
}

// dropRepeatedParas leaves out of a section's blocks a paragraph whose
// sentences another of its blocks shows already: the vendor's note on a
// fact, shown beside the fact, written again as the section's prose. The
// text is shown once, where the fact is; nothing else is left out.
func (b *builder) dropRepeatedParas(blocks []block) []block {
	shown := func(skip int) map[string]bool {
		m := map[string]bool{}
		for i, bl := range blocks {
			if i == skip || len(bl.Links) > 0 {
				continue
			}
			for _, t := range blockTexts(bl) {
				for _, s := range sentences(t) {
					m[s] = true
				}
			}
		}
		return m
	}
	out := blocks[:0:0]
	for i, bl := range blocks {
		if len(bl.Para) > 0 {
			ss := sentences(spansText(bl.Para))
			elsewhere := shown(i)
			repeated := len(ss) > 0
			for _, s := range ss {
				repeated = repeated && elsewhere[s]
			}
			if repeated {
				// Left out, once: the block it repeats stays.
				blocks[i] = block{}
				continue
			}
		}
		out = append(out, bl)
	}
	// A fact's note that is part of a longer text of the section (the
	// first sentence of the vendor's paragraph) is that text again.
	var texts [][]string
	for _, bl := range out {
		if len(bl.Links) == 0 {
			for _, t := range blockTexts(bl) {
				texts = append(texts, sentences(t))
			}
		}
	}
	within := func(v []span) bool {
		ss := sentences(spansText(v))
		if len(ss) == 0 {
			return false
		}
		for _, t := range texts {
			if len(t) > len(ss) && containsAll(t, ss) {
				return true
			}
		}
		return false
	}
	var paras []string
	for _, bl := range out {
		if len(bl.Para) > 0 {
			paras = append(paras, spansText(bl.Para))
		}
	}
	var prune func(rs []row) []row
	prune = func(rs []row) []row {
		kept := rs[:0:0]
		for _, r := range rs {
			if r.Label != "" && len(r.Sub) == 0 && within(r.Value) {
				continue
			}
			r.Value = dropQuoted(r.Value, paras, b.loc.Message("list.separator"))
			r.Sub = prune(r.Sub)
			kept = append(kept, r)
		}
		return kept
	}
	pruned := out[:0]
	for _, bl := range out {
		if bl.Rows != nil {
			if bl.Rows = prune(bl.Rows); len(bl.Rows) == 0 && bl.Para == nil && bl.Table == nil && bl.Links == nil {
				continue
			}
		}
		pruned = append(pruned, bl)
	}
	return pruned
}

// dropQuoted leaves out of a value the vendor's words on a hedge that a
// paragraph of the section states in full ("（通常、法律により … 実質的にあり
// ません。）" beside the paragraph it quotes becomes "（通常）"), with the
// separator before them. The hedge itself stays.
func dropQuoted(value []span, paras []string, sep string) []span {
	if len(value) < 2 || len(paras) == 0 {
		return value
	}
	out := value[:0:0]
	for i, sp := range value {
		if i > 0 && utf8.RuneCountInString(sp.Text) >= 12 && strings.Contains(sp.Text, "。") && quotedIn(sp.Text, paras) {
			if n := len(out); n > 0 && out[n-1].Text == sep {
				out = out[:n-1]
			}
			continue
		}
		out = append(out, sp)
	}
	return out
}

// quotedIn reports whether a text, whole or with parts left out (" … "),
// is part of one of the paragraphs, or the whole of one.
func quotedIn(text string, paras []string) bool {
	pieces := strings.Split(text, "…")
	for _, p := range paras {
		if len(p) < len(text) {
			continue
		}
		rest, ok := p, true
		for _, piece := range pieces {
			piece = strings.TrimSpace(piece)
			i := strings.Index(rest, piece)
			if piece == "" || i < 0 {
				ok = false
				break
			}
			rest = rest[i+len(piece):]
		}
		if ok {
			return true
		}
	}
	return false
}

// containsAll reports whether every one of subset is in set.
func containsAll(set, subset []string) bool {
	for _, s := range subset {
		if !slices.Contains(set, s) {
			return false
		}
	}
	return true
}

// sentences splits a text after each 。 and returns its sentences.
func sentences(text string) []string {
	var out []string
	for _, s := range strings.SplitAfter(text, "。") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// blockTexts returns the texts a block shows: its paragraph, the values of
// its rows and their sub-rows, the cells of its table, its links.
func blockTexts(bl block) []string {
	var out []string
	if len(bl.Para) > 0 {
		out = append(out, spansText(bl.Para))
	}
	var rows func([]row)
	rows = func(rs []row) {
		for _, r := range rs {
			out = append(out, spansText(r.Value))
			rows(r.Sub)
		}
	}
	rows(bl.Rows)
	if bl.Table != nil {
		for _, r := range bl.Table.Rows {
			for _, c := range r {
				out = append(out, spansText(c))
			}
		}
	}
	for _, l := range bl.Links {
		out = append(out, spansText(l))
	}
	return out
}

// languageNotice says that the document lacks the page's language, naming
// the languages it has, or returns "" when it has the page's language.
func (b *builder) languageNotice() string {
	page, _ := b.loc.Tag().Base()
	var names []string
	for _, t := range b.doc.Languages {
		if base, _ := t.Base(); base == page {
			return ""
		}
		names = append(names, display.Languages(b.loc.Tag()).Name(t))
	}
	if len(names) == 0 {
		return ""
	}
	return b.loc.Message("render.languageNotice", "languages", strings.Join(names, b.loc.Message("list.separator")))
}

// sectionField reports whether a field of a section is laid out by fields:
// the shared Notes fields have places of their own, and price terms are
// worded beside the facts they apply to.
func sectionField(f whitepaper.Field) bool {
	return f.Owner != reflect.TypeFor[whitepaper.Notes]() && f.Owner != reflect.TypeFor[whitepaper.Priced]()
}

func (b *builder) build() *page {
	p := &page{Lang: b.loc.Tag().String(), Title: []span{b.text(b.doc.Title)}, TOCTitle: b.loc.Message("toc")}
	if p.Title[0].Lang != "" && len(b.doc.Services) > 0 || b.doc.Title.IsZero() {
		// A page without a title in its language is named by its
		// services: "セキュリオ Security Whitepaper".
		var names []span
		for _, s := range b.doc.Services {
			names = append(names, b.text(s.Name))
		}
		p.Title = b.wrap("page.title", "services", b.join(names))
	}
	p.Header = b.header()
	p.Notice = b.languageNotice()
	p.Summary, p.SummaryTitle = b.summary(), b.loc.Message("summary.title")
	p.Sections = b.order()
	for i := range p.Sections {
		p.Sections[i].Blocks = b.dropRepeatedParas(p.Sections[i].Blocks)
	}
	if len(b.doc.Revisions) > 0 {
		p.Sections = append(p.Sections, section{
			Anchor: "revisions",
			Title:  span{Text: b.label(reflect.TypeFor[whitepaper.Document](), "revisions")},
			Blocks: []block{{Table: b.revisions()}},
		})
	}
	dedupe(p.Sections)
	for _, s := range p.Sections {
		if s.untitled() {
			continue // a lead paragraph has no heading to list
		}
		p.TOC = append(p.TOC, section{Number: s.Number, Level: s.Level, Anchor: s.Anchor, Title: s.Title})
	}
	return p
}

func (b *builder) header() []row {
	doc := b.doc
	dt := reflect.TypeFor[whitepaper.Document]()
	rows := []row{{Label: b.label(dt, "vendor"), Value: []span{b.text(doc.Vendor.Name)}}}
	// The vendor's company profile, as public-sector checklists ask for it.
	vendor := reflect.ValueOf(doc.Vendor)
	for _, f := range whitepaper.Fields(vendor.Type()) {
		if fv := vendor.FieldByIndex(f.Index); f.Name != "id" && f.Name != "name" && !reflectx.IsZero(fv) {
			if isRecords(fv.Type()) {
				var items [][]span
				for i := range fv.Len() {
					items = append(items, b.value(f.Name, fv.Index(i)))
				}
				rows[0].Sub = append(rows[0].Sub, row{Label: b.label(f.Owner, f.Name), Value: b.joinGroups(items)})
				continue
			}
			rows[0].Sub = append(rows[0].Sub, b.row(f.Owner, f.Name, fv))
		}
	}
	version := doc.Version
	if !doc.Edition.IsZero() {
		version = b.text(doc.Edition).Text
	}
	if version != "" {
		rows = append(rows, row{Label: b.label(dt, "version"), Value: b.plain(version)})
	}
	if !doc.Date.IsZero() {
		rows = append(rows, row{Label: b.label(dt, "date"), Value: b.plain(b.loc.Date(doc.Date))})
	}
	var svcs []span
	for _, s := range doc.Services {
		svcs = append(svcs, b.text(s.Name))
	}
	services := row{Label: b.label(dt, "services"), Value: b.join(svcs)}
	for i, s := range doc.Services {
		// What each service is, in the vendor's words, and where it is.
		var about [][]span
		if !s.Description.IsZero() {
			about = append(about, []span{b.text(s.Description)})
		}
		if s.URL != "" {
			about = append(about, []span{urlSpan(string(s.URL))})
		}
		if len(about) > 0 {
			services.Sub = append(services.Sub, row{Label: svcs[i].Text, Value: joinSpaced(about)})
		}
	}
	rows = append(rows, services)
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

// dedupe leaves out a paragraph that the page already shows: the same
// sentence as an earlier paragraph, or as a fact in a table or a list,
// which is where a typed fact belongs. Sentences are compared whole.
func dedupe(sections []section) {
	// The paragraphs are few and the facts many (a table of thousands of
	// rows): gather the paragraphs' sentences first, then look each fact
	// up among them.
	paras := map[string]bool{}
	for _, s := range sections {
		for _, bl := range s.Blocks {
			if bl.Para != nil {
				paras[strings.TrimSpace(spansText(bl.Para))] = false
			}
		}
	}
	if len(paras) == 0 {
		return
	}
	mark := func(spans []span) {
		if t := spansText(spans); len(paras) > 0 {
			if _, ok := paras[t]; ok {
				paras[t] = true // a fact: the paragraph repeats it
			}
		}
	}
	var walk func(rows []row)
	walk = func(rows []row) {
		for _, r := range rows {
			mark(r.Value)
			walk(r.Sub)
		}
	}
	for _, s := range sections {
		for _, bl := range s.Blocks {
			walk(bl.Rows)
			if bl.Table != nil {
				for _, r := range bl.Table.Rows {
					for _, c := range r {
						mark(c)
					}
				}
			}
		}
	}
	seen := map[string]bool{}
	for i := range sections {
		blocks := sections[i].Blocks[:0]
		for _, bl := range sections[i].Blocks {
			if bl.Para != nil {
				t := strings.TrimSpace(spansText(bl.Para))
				if seen[t] || paras[t] {
					continue
				}
				seen[t] = true
			}
			blocks = append(blocks, bl)
		}
		sections[i].Blocks = blocks
	}
}

// parenthesized wraps spans in the locale's parentheses.
func (b *builder) parenthesized(spans []span) []span {
	return b.wrap("value.parenthesized", "s", spans)
}

// urlSpan is a link to a URL: a long URL is shown by its host followed by
// "/…", with the full URL as the link's target (and printed on paper by
// the print stylesheet), so that a narrow column need not break it.
func urlSpan(u string) span {
	const long = 32
	if utf8.RuneCountInString(u) <= long {
		return span{Text: u, URL: u}
	}
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return span{Text: u, URL: u}
	}
	return span{Text: p.Host + "/…", URL: u}
}

// remark puts spans in parentheses after a value: "90 days (target)",
// "90日（目標）", with a space only before parentheses that are not full-width.
func (b *builder) remark(spans []span) []span {
	p := b.parenthesized(spans)
	if len(p) > 0 && p[0].Lang == "" && strings.HasPrefix(p[0].Text, "(") {
		return append([]span{{Text: " "}}, p...)
	}
	return p
}

// wrap puts spans in the place of a message's one placeholder, keeping
// their languages and links.
// The message's other placeholders take args, pairs of names and values.
func (b *builder) wrap(key, placeholder string, spans []span, args ...string) []span {
	before, after, _ := strings.Cut(b.loc.Message(key, append([]string{placeholder, "\x00"}, args...)...), "\x00")
	out := make([]span, 0, len(spans)+2)
	if before != "" {
		out = append(out, span{Text: before})
	}
	out = append(out, spans...)
	if after != "" {
		out = append(out, span{Text: after})
	}
	return out
}

// join puts spans one after another with the locale's list separator.
func (b *builder) join(spans []span) []span {
	groups := make([][]span, len(spans))
	for i, s := range spans {
		groups[i] = []span{s}
	}
	return b.joinGroups(groups)
}

// sentences puts texts one after another as a writer would: after a
// sentence that ends with "。" (or another full-width stop) nothing, after
// one that ends with ".", "!" or "?" a space, and between phrases the
// locale's list separator.
func (b *builder) sentences(groups [][]span) []span {
	var out []span
	for _, g := range groups {
		if len(g) == 0 {
			continue
		}
		if len(out) > 0 {
			out = append(out, span{Text: b.after(out[len(out)-1].Text)})
		}
		out = append(out, g...)
	}
	return out
}

// after is what separates a text from the next one in a run of sentences.
func (b *builder) after(s string) string {
	s = strings.TrimRight(s, " \u3000")
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '。', '！', '？', '．', '」', '）':
		if r == '」' || r == '）' {
			if rs := []rune(s); len(rs) < 2 || !strings.ContainsRune("。！？．", rs[len(rs)-2]) {
				break
			}
		}
		return ""
	case '.', '!', '?':
		return " "
	}
	return b.loc.Message("list.separator")
}

// joinGroups puts groups of spans one after another with the locale's list
// separator, leaving out empty groups.
func (b *builder) joinGroups(groups [][]span) []span {
	return joinWith(groups, b.loc.Message("list.separator"))
}

// joinWith puts groups of spans one after another with sep, leaving out
// empty groups.
func joinWith(groups [][]span, sep string) []span {
	n := 0
	for _, g := range groups {
		n += len(g) + 1
	}
	out := make([]span, 0, n)
	for _, g := range groups {
		if len(g) == 0 {
			continue
		}
		if len(out) > 0 {
			out = append(out, span{Text: sep})
		}
		out = append(out, g...)
	}
	return out
}

// order lays the sections out under the document's headings: the
// vendor's outline when it has one, else one numbered heading per section.
// A heading that holds several sections shows each one's title above its
// content.
func (b *builder) order() []section {
	var out []section
	headings := b.doc.Headings()
	for i, h := range headings {
		if len(h.Sections) == 0 && len(h.Fields) == 0 && (i+1 == len(headings) || headings[i+1].Level <= h.Level) {
			// A vendor heading with nothing under it: its content is
			// shown under the heading above it.
			continue
		}
		var parts []section
		for _, id := range h.Sections {
			parts = append(parts, b.sectionByID(id))
		}
		if blocks := b.parts(h.Fields); len(blocks) > 0 {
			parts = append(parts, section{Blocks: blocks})
		}
		var sec section
		switch {
		case len(parts) == 1:
			sec = parts[0]
		case len(parts) > 1:
			sec = section{Anchor: parts[0].Anchor}
			heading := b.text(h.Title)
			for _, part := range parts {
				if part.Title.Text != heading.Text {
					// A part named like the heading needs no title of its own.
					sec.Blocks = append(sec.Blocks, block{Heading: part.Title})
				}
				sec.Blocks = append(sec.Blocks, part.Blocks...)
			}
		}
		if sec.Anchor == "" {
			sec.Anchor = "heading-" + strconv.Itoa(len(out)+1)
		}
		if !h.Title.IsZero() {
			sec.Title = b.headingTitle(h)
		}
		sec.Number, sec.Level = h.Number, h.Level
		if numbered(sec.Title.Text, sec.Number) {
			// The vendor's title carries its number ("1.利用者との責任分界点"):
			// printing ours too would number it twice.
			sec.Number = ""
		}
		out = append(out, sec)
	}
	return out
}

// untitled reports whether a section is an untitled lead paragraph of the
// vendor's outline, shown without a heading.
func (s section) untitled() bool { return s.Title.Text == "" && s.Number == "" }

// headingTitle is the vendor's title of a heading in the page's
// language; when the vendor wrote it in another language only, the
// catalog's titles of the sections and fields it holds, so that a page has
// headings in its own language. A heading that holds custom sections or
// nothing keeps the vendor's title, marked as in another language.
func (b *builder) headingTitle(h whitepaper.Heading) span {
	t := b.text(h.Title)
	if t.Lang == "" || len(h.Sections)+len(h.Fields) == 0 {
		return t
	}
	var names []span
	for _, id := range h.Sections {
		if _, ok := whitepaper.LookupSection(id); !ok {
			return t
		}
		names = append(names, span{Text: b.loc.Message(locale.SectionKey(id))})
	}
	picked := map[string]int{}           // a list's place in names, and the items picked of it
	values := make([][]span, len(names)) // parallel to names
	for _, ptr := range h.Fields {
		part, ok := whitepaper.ParsePart(ptr)
		if !ok {
			return t
		}
		if part.Paragraph >= 0 {
			continue // a paragraph has no name of its own
		}
		if part.By != "" {
			// Items of a list: the list's name and what picks them,
			// "Access after deletion events (Graduation, School transfer)".
			by, _ := whitepaper.FieldByName(itemType(part.Field.Type), part.By)
			v := reflect.New(by.Type).Elem()
			v.SetString(part.Value)
			if i, ok := picked[part.Pointer()]; ok {
				values[i] = append(values[i], b.value(part.By, v)...)
				continue
			}
			picked[part.Pointer()] = len(names)
			names = append(names, span{Text: b.label(part.Field.Owner, part.Field.Name)})
			values = append(values, b.value(part.By, v))
			continue
		}
		names = append(names, span{Text: b.label(part.Field.Owner, part.Field.Name)})
		values = append(values, nil)
	}
	if len(names) == 0 {
		return t
	}
	for i := range names {
		if len(values[i]) > 0 {
			names[i] = span{Text: names[i].Text + spansText(b.remark(b.join(values[i])))}
		}
	}
	return span{Text: spansText(b.join(names))}
}

// deadline words a notice deadline with what it runs from and how firm
// it is: "発生から72時間以内（目標）", "within 72 hours after occurrence (Target)".
func (b *builder) deadline(n *whitepaper.Notification) []span {
	d := b.loc.Duration(n.Deadline)
	if n.From != "" {
		d = b.loc.Message("notice.deadline", "d", d, "event", b.loc.Message("notice.event."+string(n.From)))
	}
	out := b.plain(d)
	if n.Commitment != "" {
		out = append(out, b.remark(b.plain(locale.Enum(b.loc, n.Commitment)))...)
	}
	return out
}

// numbered reports whether a title starts with the heading's number, as
// in "1.利用者との責任分界点", "1 Scope" or "第1章": a number followed by
// anything but a digit.
func numbered(title, number string) bool {
	if number == "" {
		return false
	}
	title = strings.TrimSpace(title)
	for _, prefix := range []string{number, "第" + number} {
		if rest, ok := strings.CutPrefix(title, prefix); ok && (rest == "" || rest[0] < '0' || rest[0] > '9') {
			return true
		}
	}
	return false
}

// parts lays out the fields of sections that a heading holds.
func (b *builder) parts(ptrs []string) []block {
	var blocks []block
	shown := map[string]bool{}
	for _, ptr := range ptrs {
		part, ok := whitepaper.ParsePart(ptr)
		if !ok || shown[part.Pointer()] {
			continue
		}
		// The items of one list the heading picks are one table, in the
		// list's order.
		var same []whitepaper.Part
		for _, other := range ptrs {
			if p, ok := whitepaper.ParsePart(other); ok && p.By != "" && p.Pointer() == part.Pointer() {
				same = append(same, p)
			}
		}
		if part.By != "" {
			shown[part.Pointer()] = true
		}
		f := part.Field
		sf, _ := whitepaper.FieldByName(reflect.TypeFor[whitepaper.Document](), part.Section)
		sv := reflect.ValueOf(b.doc).Elem().FieldByIndex(sf.Index)
		if sv.IsNil() {
			continue
		}
		if part.Paragraph >= 0 {
			if paras := sv.Interface().(whitepaper.Section).SectionNotes().Notes; part.Paragraph < len(paras) {
				blocks = append(blocks, block{Para: []span{b.text(paras[part.Paragraph])}})
			}
			continue
		}
		fv := sv.Elem().FieldByIndex(f.Index)
		if part.By != "" {
			fv = items(fv, func(item reflect.Value) bool {
				return slices.ContainsFunc(same, func(p whitepaper.Part) bool { return p.Picks(item.Interface()) })
			})
		}
		if reflectx.IsZero(fv) || fv.Kind() == reflect.Slice && fv.Len() == 0 {
			continue
		}
		notes := sv.Interface().(whitepaper.Section).SectionNotes()
		if isRecords(fv.Type()) {
			blocks = append(blocks, b.tableBlocks(b.label(f.Owner, f.Name), b.table(fv))...)
			blocks = append(blocks, b.listHedge(notes, f.Owner, f.Name)...)
			continue
		}
		if slices.Contains(b.worded(notes), f.Name) && !b.unquotedHedge(notes, f.Name) {
			continue // the vendor's paragraph states it
		}
		blocks = append(blocks, block{Rows: []row{b.rowAt(f.Owner, f.Name, fv, notes, f.Name)}})
	}
	return blocks
}

// itemType is the struct type of a list's items.
func itemType(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Slice || t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// items is a new list of the items of a list that keep reports true for.
func items(list reflect.Value, keep func(reflect.Value) bool) reflect.Value {
	out := reflect.MakeSlice(list.Type(), 0, list.Len())
	for i := range list.Len() {
		if keep(list.Index(i)) {
			out = reflect.Append(out, list.Index(i))
		}
	}
	return out
}

func (b *builder) sectionByID(id whitepaper.SectionID) section {
	if info, ok := whitepaper.LookupSection(id); ok {
		return b.section(info, b.doc.Section(id))
	}
	c := b.doc.Section(id).(*whitepaper.CustomSection)
	return section{Anchor: "custom-" + c.ID, Title: b.text(c.Title), Blocks: append(b.notes(&c.Notes), b.promises(c.Promises)...)}
}

func (b *builder) section(info whitepaper.SectionInfo, s whitepaper.Section) section {
	n := s.SectionNotes()
	title := span{Text: b.loc.Message(locale.SectionKey(info.ID))}
	if t := b.text(n.Title); t.Text != "" && t.Lang == "" {
		// The vendor's own heading, when it has one in the page's language.
		title = t
	}
	// The vendor's prose comes first: it leads into the facts and tables
	// ("LRM は、以下のセキュリティ対策を実施します。"); references close the section.
	// A section that states the vendor's own order (layout) follows it.
	notes := b.notes(n)
	paras := notes[:len(n.Notes)]
	facts := func(keep func(string) bool) []block {
		if r, ok := s.(*whitepaper.Responsibilities); ok {
			if keep("duties") {
				return append([]block{{Table: b.responsibilities(r)}}, b.listHedge(n, reflect.TypeFor[whitepaper.Responsibilities](), "duties")...)
			}
			return nil
		}
		return b.fields(reflect.ValueOf(s).Elem(), "/"+info.Field, keep)
	}
	var blocks []block
	placed := map[string]bool{}
	for _, item := range n.Layout {
		placed[item] = true
		if rest, ok := strings.CutPrefix(item, "notes/"); ok {
			if k, err := strconv.Atoi(rest); err == nil && k >= 0 && k < len(paras) && !b.claimed["/"+info.Field+"/"+item] {
				blocks = append(blocks, paras[k])
			}
			continue
		}
		blocks = append(blocks, facts(func(name string) bool { return name == item })...)
	}
	for k, p := range paras {
		// A paragraph the vendor gave a heading of its own is shown there.
		if !placed["notes/"+strconv.Itoa(k)] && !b.claimed["/"+info.Field+"/notes/"+strconv.Itoa(k)] {
			blocks = append(blocks, p)
		}
	}
	blocks = append(blocks, facts(func(name string) bool { return !placed[name] })...)
	blocks = append(blocks, notes[len(n.Notes):]...)
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
		link := urlSpan(string(r.URL))
		if !r.Note.IsZero() {
			// A remark without a label leads to the link: "詳しくは以下をご覧ください。 aws.amazon.com/…".
			return []span{b.text(r.Note), {Text: " "}, link}
		}
		out = append(out, link)
	case label.Text != "":
		out = append(out, label)
	}
	if !r.Note.IsZero() {
		if len(out) == 0 {
			return []span{b.text(r.Note)}
		}
		// A remark on a link follows it in parentheses.
		out = append(out, b.remark([]span{b.text(r.Note)})...)
	}
	return out
}

// worded lists the fields whose facts the section's prose states, which
// the page then does not state again; none when some of the prose is not
// in the page's language, where the page's own sentence is the reader's
// only way to the fact.
func (b *builder) worded(n *whitepaper.Notes) []string {
	for _, t := range n.Notes {
		if b.text(t).Lang != "" {
			return nil
		}
	}
	return n.Worded
}

// unquotedHedge reports whether the section hedges one of the fields
// (or a field of its records) in words its prose does not hold: a
// statement the prose would otherwise stand for is then shown, so that
// the hedge is.
func (b *builder) unquotedHedge(n *whitepaper.Notes, fields ...string) bool {
	var paras []string
	for _, t := range n.Notes {
		paras = append(paras, b.text(t).Text)
	}
	for _, q := range n.Qualified {
		for _, f := range fields {
			if f == "" || q.Field != f && !strings.HasPrefix(q.Field, f+"/") {
				continue
			}
			if q.Note.IsZero() || !quotedIn(b.text(q.Note).Text, paras) {
				return true
			}
		}
	}
	return false
}

// fields lays out a section's typed fields: lists of items as tables, the
// rest as labelled rows.
func (b *builder) fields(v reflect.Value, ptr string, keep func(name string) bool) []block {
	t := v.Type()
	var notes *whitepaper.Notes
	var worded []string
	if s, ok := v.Addr().Interface().(whitepaper.Section); ok {
		notes = s.SectionNotes()
		worded = b.worded(notes)
	}
	var rows []row
	var blocks []block
	flush := func() {
		if len(rows) > 0 {
			blocks = append(blocks, block{Rows: rows})
			rows = nil
		}
	}
	for _, f := range whitepaper.Fields(t) {
		fv := v.FieldByIndex(f.Index)
		if !sectionField(f) || reflectx.IsZero(fv) || b.claimed[ptr+"/"+f.Name] || !keep(f.Name) || b.excepted(t, f.Name, v) {
			continue
		}
		if slices.Contains(worded, f.Name) {
			related := "" // a field the statement also words, such as the grounds of a disclosure
			if p, ok := fv.Interface().(*bool); ok && p != nil {
				if _, field, ok := b.exception(t, f.Name, *p, v); ok {
					related = field
				}
			}
			if !b.unquotedHedge(notes, f.Name, related) {
				continue
			}
		}
		if parts := b.picked[ptr+"/"+f.Name]; len(parts) > 0 {
			// Items a heading of their own holds are shown there.
			if fv = items(fv, func(item reflect.Value) bool {
				return !slices.ContainsFunc(parts, func(p whitepaper.Part) bool { return p.Picks(item.Interface()) })
			}); fv.Len() == 0 {
				continue
			}
		}
		name := f.Name
		if f.Owner == promisedType {
			flush()
			blocks = append(blocks, b.promises(fv.Interface().([]whitepaper.Promise))...)
			continue
		}
		if special, ok := b.special(t, name, fv); ok {
			flush()
			blocks = append(blocks, special...)
			blocks = append(blocks, b.listHedge(notes, t, name)...)
			continue
		}
		if isRecords(fv.Type()) {
			flush()
			blocks = append(blocks, b.tableBlocks(b.label(t, name), b.table(fv))...)
			blocks = append(blocks, b.listHedge(notes, t, name)...)
			continue
		}
		if p, ok := fv.Interface().(*bool); ok && p != nil {
			if stmt, field, ok := b.exception(t, name, *p, v); ok {
				stmt = append(stmt, b.qualified(notes, name)...)
				if field != "" {
					stmt = append(stmt, b.qualified(notes, field)...)
				}
				rows = append(rows, row{Value: stmt})
				continue
			}
		}
		if f.Ordered {
			rows = append(rows, b.ordered(t, name, fv, notes))
			continue
		}
		rows = append(rows, b.rowAt(t, name, fv, notes, name))
	}
	flush()
	return blocks
}

func (b *builder) row(t reflect.Type, name string, v reflect.Value) row {
	return b.rowAt(t, name, v, nil, name)
}

// rowAt lays out a field whose path in its section is path
// ("lawEnforcement/notifyCustomer"), with the section's hedge on it and on
// each field of a record in it: a qualifier stated for a nested field
// shows where that field does.
func (b *builder) rowAt(t reflect.Type, name string, v reflect.Value, notes *whitepaper.Notes, path string) row {
	r := b.rowIn(t, name, v, notes, path)
	if notes != nil {
		r.Value = append(r.Value, b.qualified(notes, path)...)
	}
	return r
}

func (b *builder) rowIn(t reflect.Type, name string, v reflect.Value, notes *whitepaper.Notes, path string) row {
	r := row{Label: b.label(t, name)}
	if v.Kind() == reflect.Pointer && v.Elem().Kind() == reflect.Struct {
		e := v.Elem()
		n, notice := v.Interface().(*whitepaper.Notification)
		for _, f := range whitepaper.Fields(e.Type()) {
			fv := e.FieldByIndex(f.Index)
			switch {
			case reflectx.IsZero(fv):
			case notice && f.Name == "deadline":
				d := b.deadline(n)
				for _, g := range []string{"deadline", "from", "commitment"} {
					d = append(d, b.qualified(notes, path+"/"+g)...)
				}
				r.Sub = append(r.Sub, row{Label: b.label(e.Type(), f.Name), Value: d})
			case notice && !n.Deadline.IsZero() && (f.Name == "from" || f.Name == "commitment"):
				// Worded with the deadline: "発生から72時間以内（目標）".
			default:
				r.Sub = append(r.Sub, b.rowAt(e.Type(), f.Name, fv, notes, path+"/"+f.Name))
			}
		}
		return r
	}
	if p, ok := v.Interface().(*bool); ok && p != nil {
		owner := t
		if f, ok := whitepaper.FieldByName(t, name); ok {
			owner = f.Owner
		}
		// A yes/no fact worded as a statement where the catalog has one:
		// "削除したデータは復元できません", not "復元できない完全な削除: あり".
		if key := locale.FactKey(owner.Name(), name, *p); b.loc.Has(key) {
			return row{Value: b.plain(b.loc.Message(key))}
		}
	}
	r.Value = b.value(name, v)
	return r
}

// table lays out a list of items: one column per field any item has.
func (b *builder) table(v reflect.Value) *table {
	et := v.Type().Elem()
	var cols []whitepaper.Field
	for _, f := range whitepaper.Fields(et) {
		if hidden(v, f) {
			continue
		}
		for j := range v.Len() {
			if !reflectx.IsZero(v.Index(j).FieldByIndex(f.Index)) {
				cols = append(cols, f)
				break
			}
		}
	}
	tb := &table{Rows: make([][][]span, 0, v.Len()), Facts: make([][]string, 0, v.Len())}
	for _, f := range cols {
		tb.Head = append(tb.Head, b.label(et, f.Name))
	}
	// Items that state the language of their plain strings (lists of
	// customer names) mark those strings when it is not the page's.
	langField, hasLang := et.FieldByName("Language")
	hasLang = hasLang && langField.Type == reflect.TypeFor[language.Tag]()
	for j := range v.Len() {
		item := v.Index(j)
		cells := make([][]span, 0, len(cols))
		facts := make([]string, 0, len(cols))
		for _, f := range cols {
			cell := b.value(f.Name, item.FieldByIndex(f.Index))
			fact := ""
			if p, ok := item.FieldByIndex(f.Index).Interface().(*bool); ok && p != nil {
				// Under its column's name a yes/no fact is a yes or a no.
				cell = b.plain(b.loc.Message("table." + strconv.FormatBool(*p)))
				if key := locale.FactKey(f.Owner.Name(), f.Name, *p); b.loc.Has(key) {
					fact = b.loc.Message(key)
				}
			}
			facts = append(facts, fact)
			if f.Name == "after" && et == deletionRuleType {
				// A delay means something only with what it runs from:
				// "契約終了から90日以内", not "90日以内". (The item is
				// looked at through a pointer: boxing every item of a
				// long list by value cost more than the rest of the table.)
				if r := item.Addr().Interface().(*whitepaper.DeletionRule); !r.After.IsZero() {
					cell = b.deletionWhen(r)
				}
			}
			if hasLang && isPlainString(f.Type) {
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
		tb.Facts = append(tb.Facts, facts)
	}
	return tb
}

var deletionRuleType = reflect.TypeFor[whitepaper.DeletionRule]()

// tableBlocks lays out a list of items, with a text that every item
// shares shown once after it rather than in every row.
func (b *builder) tableBlocks(title string, t *table) []block {
	shared := sharedColumns(t)
	blocks := []block{tableBlock(title, t)}
	for _, s := range shared {
		blocks = append(blocks, block{Para: s})
	}
	return blocks
}

// sharedColumns takes out of a table the columns whose cells all hold the
// same sentences (a note the vendor wrote once for every row) and returns that
// text once per column, to be shown after the table.
func sharedColumns(t *table) [][]span {
	if len(t.Rows) < 2 {
		return nil
	}
	var shared [][]span
	for c := len(t.Head) - 1; c >= 0 && len(t.Head) > 1; c-- {
		first := spansText(t.Rows[0][c])
		// Only prose: a name or a value shared by every row stays in its column.
		same := utf8.RuneCountInString(first) > 20 && (strings.HasSuffix(first, "。") || strings.HasSuffix(first, ".") && strings.Count(first, " ") >= 5)
		for _, r := range t.Rows[1:] {
			same = same && spansText(r[c]) == first
		}
		if !same {
			continue
		}
		shared = append([][]span{t.Rows[0][c]}, shared...)
		t.Head = slices.Delete(t.Head, c, c+1)
		for i := range t.Rows {
			t.Rows[i] = slices.Delete(t.Rows[i], c, c+1)
			if i < len(t.Facts) {
				t.Facts[i] = slices.Delete(t.Facts[i], c, c+1)
			}
		}
	}
	return shared
}

// tableBlock lays out a list of items as a table when its columns fit a
// page, and else as one labelled list per item: a table of more than
// seven columns, or of more than five with paragraphs in its cells,
// would break its text into a few characters per line. A cell of long
// prose (a policy of several paragraphs) is never put in a table: a column
// beside it would be left a few characters wide.
// longCell is the length in characters of the longest prose a table cell
// holds; a list of names may be longer.
const longCell = 200

// isProse reports whether a text is sentences rather than a name or a list.
func isProse(text string) bool {
	return strings.Contains(text, "。") || strings.HasSuffix(strings.TrimSpace(text), ".") && strings.Count(text, " ") >= 4
}

func tableBlock(title string, t *table) block {
	wide := len(t.Head) > 7
	for _, r := range t.Rows {
		for _, c := range r {
			text := spansText(c)
			n := utf8.RuneCountInString(text)
			if n > longCell && isProse(text) || len(t.Head) > 5 && n > 80 {
				wide = true
			}
		}
	}
	if !wide {
		return block{Title: title, Table: t}
	}
	var rows []row
	for j, r := range t.Rows {
		item := row{Label: t.Head[0], Value: r[0]}
		for i, c := range r[1:] {
			switch {
			case j < len(t.Facts) && t.Facts[j][i+1] != "":
				item.Sub = append(item.Sub, row{Value: []span{{Text: t.Facts[j][i+1]}}})
			case len(c) > 0:
				item.Sub = append(item.Sub, row{Label: t.Head[i+1], Value: c})
			}
		}
		rows = append(rows, item)
	}
	return block{Title: title, Rows: rows}
}

// hidden reports whether a column of a table of items is left out: IDs
// are for machines, and a provider's code for a region (ap-northeast-1) is
// not shown when every region has a name.
func hidden(items reflect.Value, f whitepaper.Field) bool {
	switch f.Name {
	case "id":
		return true
	case "code":
		nf, ok := whitepaper.FieldByName(items.Type().Elem(), "name")
		if !ok || nf.Type != reflect.TypeFor[whitepaper.Text]() {
			return false
		}
		for j := range items.Len() {
			if reflectx.IsZero(items.Index(j).FieldByIndex(nf.Index)) {
				return false
			}
		}
		return true
	}
	return false
}

// isRecords reports whether t is a list of records, laid out as a table:
// not a list of values written as text (dates, language tags).
func isRecords(t reflect.Type) bool {
	if t.Kind() != reflect.Slice || t.Elem().Kind() != reflect.Struct || t.Elem() == reflect.TypeFor[language.Tag]() {
		return false
	}
	return !t.Elem().Implements(reflect.TypeFor[encoding.TextMarshaler]())
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
		return []span{urlSpan(string(x))}
	case whitepaper.Email:
		return []span{{Text: string(x), URL: "mailto:" + string(x)}}
	case whitepaper.Phone:
		return []span{{Text: string(x), URL: "tel:" + strings.NewReplacer(" ", "", "(", "", ")", "").Replace(string(x))}}
	case whitepaper.Place:
		if !x.IsCountry() {
			return b.plain(b.loc.Message("place." + string(x)))
		}
		r, _ := language.ParseRegion(string(x))
		return b.plain(b.regions.Name(r))
	case whitepaper.Schedule:
		return b.plain(b.loc.Schedule(x))
	case whitepaper.Money:
		return b.plain(b.loc.Money(x))
	case whitepaper.Country:
		r, _ := language.ParseRegion(string(x))
		return b.plain(b.regions.Name(r))
	case language.Tag:
		return b.plain(display.Languages(b.loc.Tag()).Name(x))
	case whitepaper.Reference:
		return b.reference(x)
	case whitepaper.Credit:
		return b.credit(x)
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
		if voc, ok := whitepaper.VocabularyOf(v.Type()); ok {
			switch {
			case s == whitepaper.Etc:
				return b.plain(b.loc.Message("list.others"))
			case whitepaper.IsExtension(s):
				return []span{b.name(b.exts[voc.Name+"/"+s])}
			}
			return b.plain(b.loc.Message("enum." + v.Type().Name() + "." + s))
		}
		if name == "plans" || name == "reportPlans" {
			if t, ok := b.plns[s]; ok {
				return []span{b.name(t)}
			}
		}
		if refs[name] {
			if t, ok := b.orgs[s]; ok {
				return []span{b.name(t)}
			}
		}
		if name == "services" {
			if t, ok := b.svcs[s]; ok {
				return []span{b.name(t)}
			}
		}
		return b.plain(s)
	case reflect.Slice:
		var groups [][]span
		open := false
		for i := range v.Len() {
			if e := v.Index(i); e.Kind() == reflect.String && e.String() == whitepaper.Etc {
				open = true // "etc" ends an open list wherever it stands
				continue
			}
			groups = append(groups, b.value(name, v.Index(i)))
		}
		if open {
			return b.wrap("list.open", "items", b.joinGroups(groups))
		}
		if v.Type().Elem() == reflect.TypeFor[whitepaper.Text]() {
			return b.sentences(groups)
		}
		return b.joinGroups(groups)
	case reflect.Struct:
		// A nested item in a table cell: its first value, then the others
		// in parentheses, so that the items of a list stay apart:
		// "Head office (Chiyoda-ku, Tokyo, Japan), Berlin office (…)".
		var groups [][]span
		for _, f := range whitepaper.Fields(v.Type()) {
			fv := v.FieldByIndex(f.Index)
			switch p, ok := fv.Interface().(*bool); {
			case reflectx.IsZero(fv):
			case ok && p != nil:
				// A yes/no fact says which: "Email (Subscription
				// required: Yes)", never a bare "Provided".
				groups = append(groups, b.plain(b.label(v.Type(), f.Name)+b.loc.Message("summary.colon")+b.loc.Message("table."+strconv.FormatBool(*p))))
			default:
				groups = append(groups, b.value(f.Name, fv))
			}
		}
		if len(groups) > 1 {
			return append(groups[0], b.remark(b.joinGroups(groups[1:]))...)
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
		spans := []span{text}
		if d.Scoped() || d.Qualifier != "" {
			// Several duties of one party in one area differ in scope.
			var scope [][]span
			for _, f := range []string{"plans", "services", "qualifier"} {
				fi, _ := whitepaper.FieldByName(reflect.TypeFor[whitepaper.Duty](), f)
				scope = append(scope, b.value(f, reflect.ValueOf(d).FieldByIndex(fi.Index)))
			}
			spans = append(spans, b.remark(b.joinGroups(scope))...)
		}
		key := [2]string{string(d.Area), string(d.Party)}
		if c := cell[key]; len(c) > 0 {
			cell[key] = append(c, span{Text: b.after(c[len(c)-1].Text)})
		}
		cell[key] = append(cell[key], spans...)
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
	tb := &table{Head: []string{b.label(rt, "version"), b.label(rt, "date"), b.label(rt, "changes")},
		Rows: make([][][]span, 0, len(b.doc.Revisions))}
	for _, r := range b.doc.Revisions {
		changes := make([][]span, 0, len(r.Changes))
		for _, c := range r.Changes {
			changes = append(changes, []span{b.text(c.Text)})
		}
		tb.Rows = append(tb.Rows, [][]span{b.plain(r.Version), b.plain(b.loc.Date(r.Date)), b.sentences(changes)})
	}
	return tb
}
