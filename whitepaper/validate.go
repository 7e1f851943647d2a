package whitepaper

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/textsafe"
	"go.yaml.in/yaml/v3"
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
	v.walk(reflect.ValueOf(doc).Elem(), nil)
	v.document()
	filename := ""
	if doc.src != nil {
		filename = doc.src.filename
		for i := range v.diags.diags {
			v.diags.diags[i].Pos = doc.src.pos(v.diags.diags[i].Path)
		}
	}
	return v.diags.list(filename)
}

type validator struct {
	doc      *Document
	diags    diagList
	declared map[language.Tag]bool // the document's languages
}

func (v *validator) add(sev Severity, p *path, code, format string, args ...any) {
	if v.diags.full() {
		v.diags.drop(sev, 1)
		return
	}
	v.diags.add(Diagnostic{Severity: sev, Code: code, Path: p.String(), Message: fmt.Sprintf(format, args...)})
}

func (v *validator) errorf(p *path, code, format string, args ...any) {
	v.add(Error, p, code, format, args...)
}

type checker interface{ check() error }

// walk applies the rules declared on the types: value checks, required
// fields, keys and sets, and the languages of texts.
func (v *validator) walk(rv reflect.Value, p *path) {
	t := rv.Type()
	switch {
	case t == tagType:
		return
	case t == textType:
		v.text(rv.Interface().(Text), p)
		return
	}
	if c, ok := rv.Interface().(checker); ok {
		if !rv.IsZero() {
			if err := c.check(); err != nil {
				v.errorf(p, "invalid-value", "%v", err)
			}
		}
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		if !rv.IsNil() {
			v.walk(rv.Elem(), p)
		}
	case reflect.Struct:
		for _, f := range fieldsOf(t) {
			fv := rv.FieldByIndex(f.index)
			tags := t.FieldByIndex(f.index).Tag.Get("whitepaper")
			if hasOpt(tags, "required") && isEmpty(fv) {
				v.errorf(p.field(f.name), "required", "%s is required", f.name)
				continue
			}
			if fv.Kind() == reflect.Slice && hasOpt(tags, "set") {
				v.set(fv, p.field(f.name))
			}
			v.walk(fv, p.field(f.name))
		}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Struct {
			v.keys(rv, p)
		}
		for i := range rv.Len() {
			v.walk(rv.Index(i), p.at(i))
		}
	case reflect.String:
		if rv.Len() > 0 && strings.TrimSpace(rv.String()) == "" {
			v.errorf(p, "empty", "value is blank")
		}
		if msg := textsafe.Check(rv.String(), false); msg != "" {
			v.errorf(p, "invalid-character", "%s is not allowed in a name, an ID or a code", msg)
		}
	}
}

func hasOpt(tag, opt string) bool { return slices.Contains(strings.Split(tag, ","), opt) }

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
// with empty values are left out. It returns "" for a type without keys.
func KeyOf(item any) string {
	rv := reflect.Indirect(reflect.ValueOf(item))
	if rv.Kind() != reflect.Struct {
		return ""
	}
	return keyOf(rv)
}

func keyOf(rv reflect.Value) string {
	var parts []string
	t := rv.Type()
	for _, f := range fieldsOf(t) {
		if !hasOpt(t.FieldByIndex(f.index).Tag.Get("whitepaper"), "key") {
			continue
		}
		fv := rv.FieldByIndex(f.index)
		var s string
		switch x := fv.Interface().(type) {
		case fmt.Stringer:
			if !fv.IsZero() {
				s = x.String()
			}
		case []string:
			s = strings.Join(slices.Sorted(slices.Values(x)), "+")
		default:
			s = fv.String()
		}
		if s != "" {
			parts = append(parts, f.name+"="+s)
		}
	}
	return strings.Join(parts, ",")
}

// hasKey reports whether items of the struct type form a keyed list.
func hasKey(t reflect.Type) bool {
	for _, f := range fieldsOf(t) {
		if hasOpt(t.FieldByIndex(f.index).Tag.Get("whitepaper"), "key") {
			return true
		}
	}
	return false
}

func (v *validator) keys(rv reflect.Value, p *path) {
	if !hasKey(rv.Type().Elem()) {
		return
	}
	seen := make(map[string]int, rv.Len())
	for i := range rv.Len() {
		k := keyOf(rv.Index(i))
		if j, dup := seen[k]; dup {
			v.errorf(p.at(i), "duplicate-key", "duplicate key %s (also item %d); items of this list must differ in %s", keyOrEmpty(k), j, keyFields(rv.Type().Elem()))
			continue
		}
		seen[k] = i
	}
}

func keyOrEmpty(k string) string {
	if k == "" {
		return "(empty)"
	}
	return k
}

func keyFields(t reflect.Type) string {
	var names []string
	for _, f := range fieldsOf(t) {
		if hasOpt(t.FieldByIndex(f.index).Tag.Get("whitepaper"), "key") {
			names = append(names, f.name)
		}
	}
	return strings.Join(names, " and ")
}

func (v *validator) set(rv reflect.Value, p *path) {
	seen := make(map[string]int, rv.Len())
	for i := range rv.Len() {
		k := rv.Index(i).String()
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
		if msg := textsafe.Check(t[tag], !isName); msg != "" {
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

	ids := map[string]string{} // organisation ID -> what it is
	v.id(doc.Vendor.ID, root.field("vendor").field("id"))
	ids[doc.Vendor.ID] = "vendor"
	for i, o := range doc.Providers {
		p := root.field("providers").at(i).field("id")
		v.id(o.ID, p)
		if o.ID == doc.Vendor.ID {
			v.errorf(p, "duplicate-key", "provider ID %q is the vendor's ID", o.ID)
		}
		ids[o.ID] = "provider"
	}
	services := map[string]bool{}
	for i, s := range doc.Services {
		v.id(s.ID, root.field("services").at(i).field("id"))
		services[s.ID] = true
	}
	provider := func(id string, p *path) {
		if id != "" && ids[id] != "provider" {
			v.errorf(p, "unknown-reference", "%q is not the ID of a provider in /providers", id)
		}
	}
	serviceRefs := func(refs []string, p *path) {
		for i, s := range refs {
			if !services[s] {
				v.errorf(p.at(i), "unknown-reference", "%q is not the ID of a service in /services", s)
			}
		}
	}
	if s := doc.DataLocation; s != nil {
		for i, r := range s.Regions {
			provider(r.Provider, root.field("dataLocation").field("regions").at(i).field("provider"))
		}
	}
	if s := doc.DataDeletion; s != nil {
		for i, r := range s.Rules {
			serviceRefs(r.Services, root.field("dataDeletion").field("rules").at(i).field("services"))
		}
	}
	if s := doc.AccessRights; s != nil {
		for i, r := range s.Roles {
			v.id(r.ID, root.field("accessRights").field("roles").at(i).field("id"))
		}
	}
	if s := doc.PhysicalDisposal; s != nil {
		provider(s.DelegatedTo, root.field("physicalDisposal").field("delegatedTo"))
	}
	if s := doc.Backup; s != nil {
		for i, b := range s.Sets {
			p := root.field("backup").field("sets").at(i)
			provider(b.Provider, p.field("provider"))
			serviceRefs(b.Services, p.field("services"))
		}
	}
	if s := doc.Logging; s != nil {
		provider(s.Provider, root.field("logging").field("provider"))
	}
	if s := doc.ClockSync; s != nil {
		provider(s.Provider, root.field("clockSync").field("provider"))
	}
	if s := doc.Certifications; s != nil {
		for i, c := range s.Certifications {
			if c.Holder != "" && ids[c.Holder] == "" {
				v.errorf(root.field("certifications").field("certifications").at(i).field("holder"), "unknown-reference",
					"holder %q is neither the vendor's ID nor a provider's", c.Holder)
			}
		}
	}
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

func (v *validator) revisions(custom map[SectionID]bool) {
	doc := v.doc
	revs := (*path)(nil).field("revisions")
	for i, r := range doc.Revisions {
		p := revs.at(i)
		for j, s := range r.Sections {
			if _, ok := LookupSection(s); !ok && !custom[s] {
				v.errorf(p.field("sections").at(j), "unknown-reference", "%q is neither a standard section nor a custom one", s)
			}
		}
		if i == 0 {
			continue
		}
		prev := doc.Revisions[i-1]
		if CompareVersions(prev.Version, r.Version) >= 0 {
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
	if doc.Version != "" && last.Version != doc.Version {
		v.errorf(revs.at(len(doc.Revisions)-1).field("version"), "revision-mismatch", "the newest revision is %s but the document's version is %s", last.Version, doc.Version)
	}
	if doc.Date.IsZero() {
		v.errorf((*path)(nil).field("date"), "revision-mismatch", "the document has a revision history but no date; it should be %s, the newest revision's", last.Date)
	} else if !last.Date.IsZero() && last.Date != doc.Date {
		v.errorf(revs.at(len(doc.Revisions)-1).field("date"), "revision-mismatch", "the newest revision is dated %s but the document %s", last.Date, doc.Date)
	}
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
// For a document built in Go it returns the zero Pos.
func (doc *Document) Pos(pointer string) Pos {
	if doc.src == nil {
		return Pos{}
	}
	return doc.src.pos(pointer)
}

// pos finds the position of the value at a JSON Pointer, or of its nearest
// ancestor present in the source.
func (s *source) pos(ptr string) Pos {
	n := s.root
	for _, seg := range splitPointer(ptr) {
		for n.Kind == yaml.AliasNode {
			n = n.Alias
		}
		next := (*yaml.Node)(nil)
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == seg {
					next = n.Content[i+1]
					break
				}
			}
		case yaml.SequenceNode:
			if i, err := strconv.Atoi(seg); err == nil && i >= 0 && i < len(n.Content) {
				next = n.Content[i]
			}
		}
		if next == nil {
			break
		}
		n = next
	}
	return Pos{Filename: s.filename, Line: n.Line, Column: n.Column}
}
