package whitepaper

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/textsafe"
	"golang.org/x/text/language"
)

// Validate checks the rules that a decoder cannot see field by field:
// required fields, values in range, keyed lists without duplicate keys,
// references to providers, services and sections that exist, a revision
// history that is ordered and ends at the document's version and date, and
// texts present in every declared language (a missing translation is a
// warning, not an error).
//
// Each diagnostic names the JSON Pointer of the offending value and, when
// the document was loaded from a file, its line and column. Validate works
// on documents built in Go as well as on loaded ones.
func (doc *Document) Validate() Diagnostics {
	v := &validator{doc: doc}
	v.prepare()
	v.walk(reflect.ValueOf(doc).Elem(), nil, false)
	v.document()
	filename := ""
	if doc.src != nil {
		filename = doc.src.filename
		for i := range v.diags.diags {
			v.diags.diags[i].Pos = doc.posOf(v.diags.diags[i].Path)
		}
	}
	if doc.src != nil && doc.src.cut.Code != "" {
		v.diags.add(doc.src.cut)
	}
	return v.diags.list(filename)
}

type validator struct {
	kinds    []string // the kinds of the list field being walked (Field.Kinds)
	doc      *Document
	diags    diagList
	declared map[language.Tag]bool // the document's languages
	// what the document declares, for references and extension values
	ids        map[Ref]map[string]bool
	extensions map[string]map[string]bool // vocabulary -> value
}

func (v *validator) add(sev Severity, p *path, code, format string, args ...any) {
	if v.diags.full() {
		v.diags.drop(sev, 1)
		return
	}
	d := diagf(sev, code, Pos{}, format, args...)
	d.Path = p.String()
	v.diags.add(d)
}

func (v *validator) errorf(p *path, code, format string, args ...any) {
	v.add(Error, p, code, format, args...)
}

type checker interface{ check() error }

var (
	placeType   = reflect.TypeFor[Place]()
	checkerType = reflect.TypeFor[checker]()
)

// asChecker returns rv as a checker when its type is one, by its address
// when it has one (boxing the value would copy it to the heap).
func asChecker(rv reflect.Value) (checker, bool) {
	switch {
	case !implements(rv.Type(), checkerType):
		return nil, false
	case rv.Kind() != reflect.Pointer && rv.CanAddr():
		return rv.Addr().Interface().(checker), true
	}
	return rv.Interface().(checker), true
}

// prepare collects what the document declares: the IDs that fields refer
// to and the extension values of vocabularies.
func (v *validator) prepare() {
	doc := v.doc
	set := func(ids ...string) map[string]bool {
		m := make(map[string]bool, len(ids))
		for _, id := range ids {
			m[id] = true
		}
		return m
	}
	v.ids = map[Ref]map[string]bool{
		RefProvider: {}, RefOrganization: set(doc.Vendor.ID), RefService: {}, RefPlan: {}, RefSection: {}, RefSource: {},
	}
	for _, r := range doc.Sources {
		if r.ID != "" {
			v.ids[RefSource][r.ID] = true
		}
	}
	for _, o := range doc.Providers {
		v.ids[RefProvider][o.ID] = true
		v.ids[RefOrganization][o.ID] = true
	}
	for _, s := range doc.Services {
		v.ids[RefService][s.ID] = true
	}
	for _, p := range doc.Plans {
		v.ids[RefPlan][p.ID] = true
	}
	for _, s := range sections {
		v.ids[RefSection][string(s.ID)] = true
	}
	for _, c := range doc.Custom {
		v.ids[RefSection][c.ID] = true
	}
	v.extensions = map[string]map[string]bool{}
	for _, e := range doc.Extensions {
		if v.extensions[e.Vocabulary] == nil {
			v.extensions[e.Vocabulary] = map[string]bool{}
		}
		v.extensions[e.Vocabulary][e.Value] = true
	}
}

// refWhere says where a reference's target is declared.
var refWhere = map[Ref]string{
	RefProvider:     "the ID of a provider in /providers",
	RefOrganization: "the vendor's ID or a provider's",
	RefService:      "the ID of a service in /services",
	RefPlan:         "the ID of a plan in /plans",
	RefSection:      "a standard section or a custom one",
	RefSource:       "the id of a source in /sources",
}

func (v *validator) ref(r Ref, id string, p *path) {
	if id != "" && !v.ids[r][id] {
		v.errorf(p, "unknown-reference", "%q is not %s", id, refWhere[r])
	}
}

// walk applies the rules declared on the types: value checks, required
// fields, keys and sets, references, extension values and the languages
// of texts. inList is true for the items of a list.
func (v *validator) walk(rv reflect.Value, p *path, inList bool) {
	t := rv.Type()
	switch {
	case t == tagType:
		return
	case t == textType:
		v.text(rv.Interface().(Text), p)
		return
	}
	if c, ok := asChecker(rv); ok {
		if !rv.IsZero() {
			if t == placeType && rv.String() == Etc && !inList {
				v.errorf(p, "invalid-value", "%q may only end a list of places (\"and others\")", Etc)
				return
			}
			if rv.Kind() == reflect.String {
				if !v.vocabularyValue(rv, p, inList) {
					return
				}
			}
			if err := c.check(); err != nil {
				v.errorf(p, "invalid-value", "%v", kindError(err, p, v.kinds))
			}
		}
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		if !rv.IsNil() {
			v.walk(rv.Elem(), p, false)
		}
	case reflect.Struct:
		for _, f := range Fields(t) {
			fv := rv.FieldByIndex(f.Index)
			if !f.Required && absent(fv) {
				continue // nothing to check, and no path to build
			}
			fp := p.field(f.Name)
			// The kind of a list's item may be "etc" too: an item
			// {kind: etc} stands for the list's other items (メール等).
			itemEtc := inList && f.Name == "kind"
			if f.Required && isEmpty(fv) {
				v.errorf(fp, "required", "%s is required", f.Name)
				continue
			}
			if fv.Kind() == reflect.Slice && f.Set {
				v.set(fv, fp)
			}
			v.countUnit(fv, f, fp)
			if f.Ref != RefNone {
				switch fv.Kind() {
				case reflect.String:
					v.ref(f.Ref, fv.String(), fp)
				case reflect.Slice:
					for i := range fv.Len() {
						v.ref(f.Ref, fv.Index(i).String(), fp.at(i))
					}
				}
			}
			if len(f.Kinds) > 0 {
				saved := v.kinds
				v.kinds = f.Kinds
				v.walk(fv, fp, itemEtc)
				v.kinds = saved
				continue
			}
			v.walk(fv, fp, itemEtc)
		}
		if t == promiseType {
			v.promise(rv.Interface().(Promise), p)
		}
		if t == attestationType {
			v.attestation(rv.Interface().(Attestation), p)
		}
		if t == incidentResponseType {
			v.notices(rv.Interface().(IncidentResponse), p)
		}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Struct {
			v.keys(rv, p)
		}
		for i := range rv.Len() {
			v.walk(rv.Index(i), p.at(i), true)
		}
	case reflect.String:
		if rv.Len() > 0 && strings.TrimSpace(rv.String()) == "" {
			v.errorf(p, "empty", "value is blank")
		}
		if msg, bad := charProblem(rv.String(), false); bad {
			v.errorf(p, "invalid-character", "%s is not allowed in a name, an ID or a code", msg)
		}
	}
}

// vocabularyValue checks the values that every closed vocabulary accepts
// besides its own: "etc", only at the end of a list's meaning, and
// extension values, only when the document declares them. It reports
// whether the value should be checked further.
func (v *validator) vocabularyValue(rv reflect.Value, p *path, inList bool) bool {
	s := rv.String()
	voc, ok := VocabularyOf(rv.Type())
	if !ok {
		return true
	}
	switch {
	case s == Etc:
		if !inList {
			v.errorf(p, "invalid-value", "%q may only end a list (\"and others\"), not stand for a single %s", Etc, voc.Name)
		}
		return false
	case IsExtension(s):
		if !v.extensions[voc.Name][s] {
			v.errorf(p, "unknown-extension", "extension value %q is not declared for the vocabulary %q in /extensions", s, voc.Name)
		}
		return false
	}
	return true
}

// absent reports whether v is a nil pointer, an empty list or an empty
// string, on which walk finds nothing to report.
func absent(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Pointer:
		return v.IsNil()
	case reflect.Slice:
		return v.Len() == 0
	case reflect.String:
		return v.Len() == 0
	}
	return false
}

func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map:
		return v.IsNil() || v.Kind() != reflect.Pointer && v.Len() == 0
	case reflect.String:
		return strings.TrimSpace(v.String()) == ""
	}
	return v.IsZero()
}

// KeyOf returns the identity of an item of a keyed list: the values of its
// fields tagged `whitepaper:"key"`, as "name=value" pairs joined by
// commas, such as "name=Zoho" or "standard=iso27001,holder=aws". Fields
// with empty values are left out; set-valued keys are sorted and joined
// with "+". It returns "" for a type without keys.
func KeyOf(item any) string {
	rv := reflect.Indirect(reflect.ValueOf(item))
	if rv.Kind() != reflect.Struct {
		return ""
	}
	return keyOf(rv)
}

func keyOf(rv reflect.Value) string {
	var b strings.Builder
	for _, f := range keyFieldsOf(rv.Type()) {
		fv := rv.FieldByIndex(f.Index)
		var s string
		switch {
		case fv.Kind() == reflect.String:
			s = fv.String()
		case fv.Kind() == reflect.Slice && fv.Type().Elem().Kind() == reflect.String:
			items := make([]string, fv.Len())
			for i := range items {
				items[i] = fv.Index(i).String()
			}
			slices.Sort(items)
			s = strings.Join(items, "+")
		default:
			if x, ok := fv.Interface().(fmt.Stringer); ok && !fv.IsZero() {
				s = x.String()
			}
		}
		if s != "" {
			if b.Len() > 0 {
				b.WriteByte(',')
			}
			b.WriteString(f.Name + "=" + s)
		}
	}
	if rv.Type() == regionType {
		// A region without a code is known by its name: two regions of
		// one provider that the document names but does not code.
		if r := rv.FieldByIndex(regionCode); r.String() == "" {
			if name := textKey(rv.FieldByIndex(regionName).Interface().(Text)); name != "" {
				if b.Len() > 0 {
					b.WriteByte(',')
				}
				b.WriteString("name=" + name)
			}
		}
	}
	return b.String()
}

var (
	regionType = reflect.TypeFor[Region]()
	regionCode = func() []int { f, _ := regionType.FieldByName("Code"); return f.Index }()
	regionName = func() []int { f, _ := regionType.FieldByName("Name"); return f.Index }()
)

// textKey is a text as part of an identity: its versions in the order of
// their tags, joined by "/".
func textKey(t Text) string {
	var parts []string
	for _, tag := range t.Languages() {
		parts = append(parts, t[tag])
	}
	return strings.Join(parts, "/")
}

// hasKey reports whether items of the struct type form a keyed list.
func hasKey(t reflect.Type) bool { return len(keyFieldsOf(t)) > 0 }

func (v *validator) keys(rv reflect.Value, p *path) {
	if !hasKey(rv.Type().Elem()) {
		return
	}
	seen := make(map[string]int, rv.Len())
	for i := range rv.Len() {
		k := keyOf(rv.Index(i))
		if j, dup := seen[k]; dup {
			v.errorf(p.at(i), "duplicate-key", "duplicate key %s (also item %d); %s", keyOrEmpty(k), j, keyHint(rv.Index(j), rv.Index(i)))
			continue
		}
		seen[k] = i
	}
}

// keyHint tells the author of two items with one identity which field
// to add: an id when neither has one, or else the key fields they leave
// out.
func keyHint(a, b reflect.Value) string {
	fields := keyFieldsOf(a.Type())
	var unset []string
	hasID := false
	for _, f := range fields {
		if isEmpty(a.FieldByIndex(f.Index)) && isEmpty(b.FieldByIndex(f.Index)) {
			if f.Name == "id" {
				hasID = true
				continue
			}
			unset = append(unset, f.Name)
		}
	}
	switch {
	case hasID && len(unset) > 0:
		return fmt.Sprintf("add \"id\" to one of them to tell them apart (such as id: second), or state where they differ in one of: %s", strings.Join(unset, ", "))
	case hasID:
		return "add \"id\" to one of them to tell them apart (such as id: second)"
	case len(unset) > 0:
		return fmt.Sprintf("state where they differ in one of: %s", strings.Join(unset, ", "))
	}
	return fmt.Sprintf("items of this list must differ in %s", keyFields(a.Type()))
}

func keyOrEmpty(k string) string {
	if k == "" {
		return "(empty)"
	}
	return k
}

func keyFields(t reflect.Type) string {
	var names []string
	for _, f := range keyFieldsOf(t) {
		names = append(names, f.Name)
	}
	if len(names) > 2 {
		return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
	}
	return strings.Join(names, " or ")
}

func (v *validator) set(rv reflect.Value, p *path) {
	seen := make(map[string]int, rv.Len())
	for i := range rv.Len() {
		k := rv.Index(i).String()
		if s, ok := rv.Index(i).Interface().(fmt.Stringer); ok {
			k = s.String()
		}
		if j, dup := seen[k]; dup {
			v.errorf(p.at(i), "duplicate-key", "%q appears twice (also item %d)", k, j)
			continue
		}
		seen[k] = i
	}
}

func (v *validator) text(t Text, p *path) {
	if t == nil {
		return
	}
	if v.declared == nil {
		v.declared = make(map[language.Tag]bool, len(v.doc.Languages))
		for _, l := range v.doc.Languages {
			v.declared[l] = true
		}
	}
	isName := p != nil && (p.name == "name" || p.name == "title")
	present := 0
	for _, tag := range t.Languages() {
		if strings.TrimSpace(t[tag]) == "" {
			v.errorf(p.field(tag.String()), "empty", "text in %s is blank", tag)
		}
		if msg, bad := charProblem(t[tag], !isName); bad {
			v.errorf(p.field(tag.String()), "invalid-character", "%s is not allowed here", msg)
		} else if textsafe.HasBidi(t[tag]) {
			v.add(Warning, p.field(tag.String()), "bidi-control", "text in %s holds bidirectional controls or invisible characters, which can make it display other than it reads; the renderers drop the reordering ones", tag)
		}
		if v.declared[tag] {
			present++
		} else if len(v.doc.Languages) > 0 {
			v.errorf(p.field(tag.String()), "undeclared-language", "language %s is not among the document's languages", tag)
		}
	}
	if v.diags.full() {
		// Count the missing translations without wording each one.
		v.diags.drop(Warning, len(v.declared)-present)
		return
	}
	for _, tag := range v.doc.Languages {
		if _, ok := t[tag]; !ok {
			v.add(Warning, p, "missing-translation", "text has no %s version", tag)
		}
	}
}

// document checks the rules that span fields.
func (v *validator) document() {
	doc := v.doc
	var root *path
	if doc.Format != "" && doc.Format != FormatVersion {
		v.errorf(root.field("openwhitepaper"), "format-version", "unsupported format version %q (this package reads %q)", doc.Format, FormatVersion)
	}
	seenLang := map[language.Tag]bool{}
	for i, l := range doc.Languages {
		if seenLang[l] {
			v.errorf(root.field("languages").at(i), "duplicate-key", "language %s appears twice", l)
		}
		seenLang[l] = true
	}
	if len(doc.Languages) > 0 && doc.DefaultLanguage != language.Und && !seenLang[doc.DefaultLanguage] {
		v.errorf(root.field("defaultLanguage"), "undeclared-language", "default language %s is not among the document's languages", doc.DefaultLanguage)
	}

	v.id(doc.Vendor.ID, root.field("vendor").field("id"))
	for i, o := range doc.Providers {
		p := root.field("providers").at(i).field("id")
		v.id(o.ID, p)
		if o.ID == doc.Vendor.ID {
			v.errorf(p, "duplicate-key", "provider ID %q is the vendor's ID", o.ID)
		}
	}
	for i, s := range doc.Services {
		v.id(s.ID, root.field("services").at(i).field("id"))
	}
	for i, pl := range doc.Plans {
		v.id(pl.ID, root.field("plans").at(i).field("id"))
	}
	if s := doc.AccessRights; s != nil {
		for i, r := range s.Roles {
			v.id(r.ID, root.field("accessRights").field("roles").at(i).field("id"))
		}
	}
	for i, e := range doc.Extensions {
		p := root.field("extensions").at(i)
		if _, ok := LookupVocabulary(e.Vocabulary); !ok {
			v.errorf(p.field("vocabulary"), "unknown-reference", "%q is not a vocabulary of the model (see whitepaper.Vocabularies)", e.Vocabulary)
		}
		if !IsExtension(e.Value) {
			v.errorf(p.field("value"), "invalid-value", "extension value %q must be \"x-\" followed by lower-case letters, digits and hyphens, such as x-bug-bounty", e.Value)
		}
		v.extensionRank(e, p)
	}
	for i, r := range doc.Sources {
		if r.ID == "" {
			continue
		}
		p := root.field("sources").at(i).field("id")
		v.id(r.ID, p)
		for j := range i {
			if doc.Sources[j].ID == r.ID {
				v.errorf(p, "duplicate-key", "source id %q appears twice (also item %d)", r.ID, j)
			}
		}
	}
	v.outline(doc.Outline, root.field("outline"), map[string]bool{}, "")
	v.qualified(reflect.ValueOf(doc).Elem())
	if s := doc.Availability; s != nil {
		for i, m := range s.Measured {
			if !m.From.IsZero() && !m.To.IsZero() && m.From.Compare(m.To) > 0 {
				v.errorf(root.field("availability").field("measured").at(i).field("to"), "invalid-value", "period ends (%s) before it starts (%s)", m.To, m.From)
			}
		}
	}
	if s := doc.Adoption; s != nil {
		for i, g := range s.Customers {
			if g.Language != language.Und && len(doc.Languages) > 0 && !seenLang[g.Language] {
				v.errorf(root.field("adoption").field("customers").at(i).field("language"), "undeclared-language", "language %s is not among the document's languages", g.Language)
			}
		}
	}

	custom := map[SectionID]bool{}
	for i, c := range doc.Custom {
		p := root.field("custom").at(i)
		v.id(c.ID, p.field("id"))
		if _, std := LookupSection(SectionID(c.ID)); std {
			v.errorf(p.field("id"), "duplicate-key", "custom section ID %q is the ID of a standard section", c.ID)
		}
		custom[SectionID(c.ID)] = true
		if c.After != "" {
			if _, ok := LookupSection(c.After); !ok {
				v.errorf(p.field("after"), "unknown-reference", "%q is not a standard section", c.After)
			}
		}
		if c.Title.IsZero() {
			v.errorf(p.field("title"), "required", "a custom section needs a title")
		}
	}
	v.revisions(custom)
}

func (v *validator) id(id string, p *path) {
	if id != "" && !idRE.MatchString(id) {
		v.errorf(p, "invalid-value", "invalid ID %q: use lower-case letters, digits and single hyphens", id)
	}
}

func (v *validator) revisions(map[SectionID]bool) {
	doc := v.doc
	revs := (*path)(nil).field("revisions")
	for i, r := range doc.Revisions {
		p := revs.at(i)
		if (r.Version == "") != (doc.Version == "") {
			if doc.Version == "" {
				v.errorf(p.field("version"), "revision-mismatch", "the document has no version, but this revision has one; give the document its version")
			} else {
				v.errorf(p, "required", "version is required: the document is versioned")
			}
		}
		if i == 0 {
			continue
		}
		prev := doc.Revisions[i-1]
		if r.Version != "" && prev.Version != "" && CompareVersions(prev.Version, r.Version) >= 0 {
			v.errorf(p.field("version"), "revision-order", "version %s does not come after %s; list revisions oldest first, each version once", r.Version, prev.Version)
		}
		if !prev.Date.IsZero() && !r.Date.IsZero() && prev.Date.Compare(r.Date) > 0 {
			v.errorf(p.field("date"), "revision-order", "date %s is before the previous revision's %s", r.Date, prev.Date)
		}
	}
	if len(doc.Revisions) == 0 {
		return
	}
	last := doc.Revisions[len(doc.Revisions)-1]
	if doc.Version != "" && last.Version != "" && last.Version != doc.Version {
		v.errorf(revs.at(len(doc.Revisions)-1).field("version"), "revision-mismatch", "the newest revision is %s but the document's version is %s; add the entry of %s to revisions (whitepaper diff --revision-entry OLD NEW drafts it)", last.Version, doc.Version, doc.Version)
	}
	if doc.Date.IsZero() {
		v.errorf((*path)(nil).field("date"), "revision-mismatch", "the document has a revision history but no date; it should be %s, the newest revision's", last.Date)
	} else if !last.Date.IsZero() && last.Date != doc.Date {
		v.errorf(revs.at(len(doc.Revisions)-1).field("date"), "revision-mismatch", "the newest revision is dated %s but the document is dated %s; date the document and its newest revision alike", last.Date, doc.Date)
	}
}

// outline checks that the vendor's heading numbers are unique within each
// source, that each section and each part of a section has one heading
// at most, that the parts exist, and that an untitled entry is a lead
// paragraph: parts without a number or headings under it.
func (v *validator) outline(entries []OutlineEntry, p *path, seen map[string]bool, source string) {
	for i, e := range entries {
		ep := p.at(i)
		scope := source
		if e.Source != "" {
			scope = e.Source
		}
		if e.Number != "" {
			key := "number " + scope + " " + e.Number
			if seen[key] {
				if scope == "" {
					v.errorf(ep.field("number"), "duplicate-key", "heading number %q appears twice in the outline; where the outline holds several documents that each number from 1, give each document's first heading its source", e.Number)
				} else {
					v.errorf(ep.field("number"), "duplicate-key", "heading number %q appears twice in the outline of source %q", e.Number, scope)
				}
			}
			seen[key] = true
		}
		if e.Title.IsZero() {
			switch {
			case e.Number != "" || len(e.Entries) > 0:
				v.errorf(ep.field("title"), "required", "title is required: only a lead paragraph (parts without a number or headings under it) has no title")
			case len(e.Sections) == 0 && len(e.Fields) == 0:
				v.errorf(ep.field("title"), "required", "title is required: an untitled entry holds a lead paragraph, such as fields: [/purpose/notes/0]")
			}
		}
		for j, s := range e.Sections {
			if seen["section "+string(s)] {
				v.errorf(ep.field("sections").at(j), "duplicate-key", "section %q is under another heading already; give a part of it a heading of its own with fields", s)
			}
			seen["section "+string(s)] = true
		}
		for j, ptr := range e.Fields {
			part, ok := ParsePart(ptr)
			switch {
			case !ok:
				v.errorf(ep.field("fields").at(j), "unknown-reference", "%q is not the JSON Pointer of a field of a section, such as /dataDeletion/accessAfter, of items of a list, such as /dataDeletion/accessAfter/*[trigger=graduation], or of a paragraph, such as /purpose/notes/0", ptr)
			case seen["field "+ptr] || seen["field "+part.Pointer()] || part.By == "" && seen["items "+ptr]:
				v.errorf(ep.field("fields").at(j), "duplicate-key", "%q is under another heading already", ptr)
			case part.Paragraph >= 0:
				if n := len(v.notesOf(part.Section)); part.Paragraph >= n {
					v.errorf(ep.field("fields").at(j), "unknown-reference", "%q names no paragraph of %s (it has %d)", ptr, part.Section, n)
				}
			case part.By != "":
				v.picked(part, ep.field("fields").at(j), seen)
			}
			seen["field "+ptr] = true
			if ok && part.By != "" {
				seen["items "+part.Pointer()] = true
			}
		}
		v.outline(e.Entries, ep.field("entries"), seen, scope)
	}
}

// notesOf is the paragraphs of a section of the document, by its
// document name; nil when the section is absent.
func (v *validator) notesOf(section string) []Text {
	sf, _ := FieldByName(reflect.TypeFor[Document](), section)
	sv := reflect.ValueOf(v.doc).Elem().FieldByIndex(sf.Index)
	if sv.IsNil() {
		return nil
	}
	return sv.Interface().(Section).SectionNotes().Notes
}

// picked checks that a heading's items of a list are there and under no
// other heading: each item the part picks is counted in seen by its
// place in the list.
func (v *validator) picked(part Part, p *path, seen map[string]bool) {
	sf, _ := FieldByName(reflect.TypeFor[Document](), part.Section)
	sv := reflect.ValueOf(v.doc).Elem().FieldByIndex(sf.Index)
	if sv.IsNil() {
		return // the section is absent: the heading holds nothing, as for a whole field
	}
	list := sv.Elem().FieldByIndex(part.Field.Index)
	n := 0
	for i := range list.Len() {
		if !part.Picks(list.Index(i).Interface()) {
			continue
		}
		n++
		key := "item " + part.Pointer() + "/" + strconv.Itoa(i)
		if seen[key] {
			v.errorf(p, "duplicate-key", "item %d of %s is under another heading already", i, part.Pointer())
		}
		seen[key] = true
	}
	if n == 0 {
		v.errorf(p, "unknown-reference", "no item of %s has %s %q: the heading would hold nothing", part.Pointer(), part.By, part.Value)
	}
}

// qualified checks that each section's qualifiers, layout and price
// terms name fields of the section.
func (v *validator) qualified(doc reflect.Value) {
	for _, f := range Fields(doc.Type()) {
		fv := doc.FieldByIndex(f.Index)
		if fv.Kind() != reflect.Pointer || fv.IsNil() {
			continue
		}
		s, ok := fv.Interface().(Section)
		if !ok {
			continue
		}
		n := s.SectionNotes()
		p := (*path)(nil).field(f.Name)
		for i, q := range n.Qualified {
			if !fieldPath(fv.Type().Elem(), q.Field) {
				v.errorf(p.field("qualified").at(i).field("field"), "unknown-reference", "%q is not a field of %s (name a field, or a path such as lawEnforcement/notifyCustomer)", q.Field, f.Name)
			}
		}
		v.pricing(p, fv.Type().Elem(), f.Name, n.Pricing)
		own := func(name string) bool {
			g, ok := FieldByName(fv.Type().Elem(), name)
			return ok && !g.Shared()
		}
		for i, l := range n.Layout {
			if rest, ok := strings.CutPrefix(l, "notes/"); ok {
				if k, err := strconv.Atoi(rest); err != nil || k < 0 || k >= len(n.Notes) || strconv.Itoa(k) != rest {
					v.errorf(p.field("layout").at(i), "unknown-reference", "%q names no paragraph of %s (it has %d: notes/0 to notes/%d)", l, f.Name, len(n.Notes), len(n.Notes)-1)
				}
				continue
			}
			if !own(l) {
				v.errorf(p.field("layout").at(i), "unknown-reference", "%q is neither a field of %s nor a paragraph (notes/N)", l, f.Name)
			}
		}
		for i, w := range n.Worded {
			if !own(w) {
				v.errorf(p.field("worded").at(i), "unknown-reference", "%q is not a field of %s", w, f.Name)
			}
		}
	}
}

// fieldPath reports whether a path of field names separated by "/"
// leads from the struct type t through records to a field of its own.
func fieldPath(t reflect.Type, path string) bool {
	for i, name := range strings.Split(path, "/") {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			return false
		}
		f, ok := FieldByName(t, name)
		if !ok || (i == 0 && f.Shared()) {
			return false
		}
		t = f.Type
	}
	return true
}

// CompareVersions orders version strings such as "2.9" and "2.10" part by
// part, numerically where both parts are numbers.
func CompareVersions(a, b string) int {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := range max(len(as), len(bs)) {
		if i >= len(as) {
			return -1
		}
		if i >= len(bs) {
			return 1
		}
		x, errx := strconv.Atoi(as[i])
		y, erry := strconv.Atoi(bs[i])
		if errx == nil && erry == nil {
			if x != y {
				return cmp.Compare(x, y)
			}
			continue
		}
		if c := strings.Compare(as[i], bs[i]); c != 0 {
			return c
		}
	}
	return 0
}

// Pos returns where the value at a JSON Pointer (or its nearest ancestor
// present in the source) starts in the file the document was loaded from.
// For a document built in Go it returns the zero Pos. For a loaded
// document changed in Go since, a position the source no longer holds
// the document's value at (a value changed, a list grown or shrunk) is
// stale: Pos gives the file's name alone, without line and column.
func (doc *Document) Pos(pointer string) Pos {
	if doc.src == nil {
		return Pos{}
	}
	return doc.posOf(pointer)
}

// pos finds the position of the value at a JSON Pointer, or of its nearest
// ancestor present in the source.
func (s *source) pos(ptr string) Pos {
	n := s.tree()
	if n == nil {
		return Pos{Filename: s.filename}
	}
	for _, seg := range splitPointer(ptr) {
		next := childNode(n, seg)
		if next == nil {
			break
		}
		n = next
	}
	return Pos{Filename: s.filename, Line: n.Line, Column: n.Column}
}

// extensionRank checks that an extension value ranks against a built-in
// value of its vocabulary, on one side only.
func (v *validator) extensionRank(e Extension, p *path) {
	if e.Above != "" && e.Below != "" {
		v.errorf(p.field("below"), "invalid-value", "an extension value ranks above a value or below one, not both")
	}
	voc, ok := LookupVocabulary(e.Vocabulary)
	if !ok {
		return
	}
	for _, r := range []struct{ name, ref string }{{"above", e.Above}, {"below", e.Below}} {
		if r.ref != "" && !slices.Contains(voc.Values, r.ref) {
			v.errorf(p.field(r.name), "unknown-reference", "%q is not a built-in value of the vocabulary %q (want one of: %s)", r.ref, e.Vocabulary, strings.Join(voc.Values, ", "))
		}
	}
}
