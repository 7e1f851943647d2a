package check

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"os"
	"path"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"go.yaml.in/yaml/v3"
)

// Profile is a checklist that buyers fill in, as data: its questions, the
// public documents they come from, and the facts of a whitepaper that
// answer each. The bundled profiles are in profiles/*.yaml; a user's own
// profile file has the same shape (see [ParseProfile]).
type Profile struct {
	// Name is the profile's short name, such as "iso27017": lower-case
	// letters, digits and hyphens.
	Name string `json:"profile"`
	// Title is the checklist's name in each language.
	Title whitepaper.Text `json:"title"`
	// Sources are the documents the questions come from.
	Sources []Source `json:"sources"`
	// SourceItems is how many items the source checklist has, where a
	// source read for the profile says so; 0 when that is not known.
	// Questions may be fewer: [Profile.Completeness] says how many of
	// them the profile encodes.
	SourceItems int `json:"sourceItems,omitempty"`
	// Scope says, in each language, which of the source's items the
	// profile encodes and why the others are left out.
	Scope whitepaper.Text `json:"scope,omitzero"`
	// Questions are the checklist's items, in the checklist's order.
	Questions []Question `json:"questions"`
}

// Completeness words how many of the source's items the profile encodes:
// "5 of 49 items", 「49項目中5項目」, or, when the source's count is not
// known, "5 items (the source's number of items is not known)".
func (p *Profile) Completeness(loc *locale.Locale) string {
	loc = orEnglish(loc)
	n := strconv.Itoa(len(p.Questions))
	if p.SourceItems > 0 {
		return loc.Message("check.completeness.of", "n", n, "total", strconv.Itoa(p.SourceItems))
	}
	return loc.Message("check.completeness.unknown", "n", n)
}

// Source is a public document that questions of a profile come from.
type Source struct {
	// ID names the source inside the profile.
	ID string `json:"id"`
	// Title is the document's title, as its publisher gives it.
	Title whitepaper.Text `json:"title"`
	// Publisher is who issued it, such as 経済産業省.
	Publisher whitepaper.Text `json:"publisher"`
	// Edition is its edition or date, such as "2010年8月".
	Edition string `json:"edition"`
	// URL is where it can be read.
	URL string `json:"url,omitempty"`
}

// Question is one item of a checklist.
type Question struct {
	// ID is the item's number or identifier in the checklist, such as
	// "12.3.1" or "A-5".
	ID string `json:"id"`
	// Title is the item as the checklist words it, in each language.
	Title whitepaper.Text `json:"title"`
	// Source names the document and its clause the item comes from.
	Source Citation `json:"source"`
	// Definition is what the item asks for, as the source words it (the
	// 規定内容 of a METI item), where the profile gives it.
	Definition whitepaper.Text `json:"definition,omitzero"`
	// Measure is the unit the source measures the item in (the 測定単位
	// of a METI item: 時間帯, 有無, 稼働率(%)), where the profile gives it.
	Measure whitepaper.Text `json:"measure,omitzero"`
	// Required marks an item the checklist requires an answer to; the
	// others are optional.
	Required bool `json:"required,omitempty"`
	// All makes the item need every criterion met to be answered yes;
	// when some are, it is answered partly. By default one criterion met
	// answers it.
	All bool `json:"all,omitempty"`
	// Criteria are the facts of the document that answer the item.
	Criteria []Criterion `json:"answers"`
}

// Citation names where in a source a question comes from.
type Citation struct {
	// Document is the ID of one of the profile's sources.
	Document string `json:"document"`
	// Clause is the clause, section or item number in that document.
	Clause string `json:"clause"`
}

// Criterion is a fact of the document that answers a question.
//
// Field is a path into the document, a JSON Pointer of property names
// with * for every item of a list, such as /backup/sets/*/generations.
// The fact is stated when the field holds a value: a yes/no field that is
// false states that it is not done (the answer is no, unless Either is
// set); a record or a list counts only when it states a fact, not when it
// holds prose alone. A field of text (a description, a note) is prose and
// answers only when Prose is set, for items the checklist says a
// description answers.
//
// With Equals, AtLeast or AtMost the fact answers yes only when its value
// meets the condition, and no when it is stated and does not.
type Criterion struct {
	// Field is the path of the field that answers the question.
	Field string `json:"field"`
	// Equals is a value the field must have. For a list of values it is
	// every member: countries [JP, US] answer "equals: JP" partly, not
	// yes, unless Any is set. Where the path goes through the items of a
	// list ("*") to a field that identifies them (a measure's kind), an
	// item with another value (a measure of another kind) is no evidence
	// either way, so that "is there an anti-malware measure?" reads
	// "not stated", not "no", when the list holds only other measures;
	// to another field (a region's country), an item with another value
	// answers no for itself, and the question partly. A yes/no field
	// compared with Equals stays a no for its item.
	Equals string `json:"equals,omitempty"`
	// Any makes Equals on a list of values met by one member: "is some
	// data kept in Japan?".
	Any bool `json:"any,omitempty"`
	// AtLeast and AtMost bound an amount (a duration, a percentage, a
	// count), in the field's own notation: "99.9%", "7 days".
	AtLeast string `json:"atLeast,omitempty"`
	AtMost  string `json:"atMost,omitempty"`
	// Either makes a yes/no field answer the question whichever way it
	// is stated: the vendor not claiming ownership of customer data is a
	// disclosure on intellectual property, not a refusal.
	Either bool `json:"either,omitempty"`
	// Prose lets text answer the question.
	Prose bool `json:"prose,omitempty"`
}

//go:embed profiles/*.yaml
var profileFS embed.FS

var bundled = sync.OnceValue(func() []*Profile {
	names, err := profileFS.ReadDir("profiles")
	if err != nil {
		panic("check: " + err.Error())
	}
	var out []*Profile
	for _, e := range names {
		name := path.Join("profiles", e.Name())
		data, err := profileFS.ReadFile(name)
		if err == nil {
			var p *Profile
			if p, err = ParseProfile(data, name); err == nil {
				out = append(out, p)
				continue
			}
		}
		panic("check: " + err.Error())
	}
	return out
})

// Profiles returns the bundled profiles, by name.
func Profiles() []*Profile { return slices.Clone(bundled()) }

// ProfileByName returns the bundled profile with the name, such as
// "meti-sla".
func ProfileByName(name string) (*Profile, bool) {
	for _, p := range bundled() {
		if p.Name == name {
			return p, true
		}
	}
	return nil, false
}

// ProfileNames lists the names of the bundled profiles.
func ProfileNames() []string {
	var out []string
	for _, p := range bundled() {
		out = append(out, p.Name)
	}
	return out
}

// LoadProfile reads and checks the profile in the file.
func LoadProfile(name string) (*Profile, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadProfile(f, name)
}

// maxProfileBytes bounds a profile file.
const maxProfileBytes = 4 << 20

// ReadProfile reads and checks a profile from r; filename names it in
// errors.
func ReadProfile(r io.Reader, filename string) (*Profile, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxProfileBytes+1))
	if err != nil {
		return nil, err
	}
	return ParseProfile(data, filename)
}

// ParseProfile decodes a profile from YAML or JSON and checks it. Decoding
// is strict, as for whitepapers: an unknown field is an error. Every
// question must have an ID (unique), a title, a source that names one of
// the profile's sources and a clause, and criteria whose fields exist in
// the model (a field of text only with prose: true). The error is a
// [whitepaper.Diagnostics] whose entries name the file, line and column.
func ParseProfile(data []byte, filename string) (*Profile, error) {
	p := &Profile{}
	opts := []whitepaper.Option{whitepaper.WithFilename(filename), whitepaper.WithMaxBytes(maxProfileBytes)}
	if err := whitepaper.Decode(data, p, opts...); err != nil {
		return nil, err
	}
	var root yaml.Node
	_ = yaml.Unmarshal(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), &root) // decoded above: it parses
	c := &profileChecker{file: filename, root: &root}
	c.check(p)
	if c.dropped > 0 {
		w := whitepaper.Wording{Format: "and %d more errors", Args: []any{c.dropped}}
		c.diags = append(c.diags, whitepaper.Diagnostic{Severity: whitepaper.Error, Code: "too-many-diagnostics",
			Pos: whitepaper.Pos{Filename: filename}, Message: w.String(), Wording: w})
	}
	if len(c.diags) > 0 {
		return nil, c.diags
	}
	return p, nil
}

type profileChecker struct {
	file    string
	root    *yaml.Node
	diags   whitepaper.Diagnostics
	dropped int // errors past whitepaper.MaxDiagnostics, counted only
}

// errorf records a problem at the node the path leads to (property names
// and list indexes), or at the nearest node above it.
func (c *profileChecker) errorf(at []any, format string, args ...any) {
	if len(c.diags) >= whitepaper.MaxDiagnostics {
		c.dropped++
		return
	}
	n := c.root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	ptr := ""
	for _, step := range at {
		next := (*yaml.Node)(nil)
		switch s := step.(type) {
		case string:
			ptr += "/" + s
			if n.Kind == yaml.MappingNode {
				for i := 0; i+1 < len(n.Content); i += 2 {
					if n.Content[i].Value == s {
						next = n.Content[i+1]
					}
				}
			}
		case int:
			ptr += fmt.Sprintf("/%d", s)
			if n.Kind == yaml.SequenceNode && s < len(n.Content) {
				next = n.Content[s]
			}
		}
		if next == nil {
			break
		}
		n = next
	}
	w := whitepaper.Wording{Format: format, Args: args}
	c.diags = append(c.diags, whitepaper.Diagnostic{
		Severity: whitepaper.Error, Code: "invalid-profile", Path: ptr,
		Pos:     whitepaper.Pos{Filename: c.file, Line: n.Line, Column: n.Column},
		Message: w.String(), Wording: w,
	})
}

var profileName = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func (c *profileChecker) check(p *Profile) {
	if !profileName.MatchString(p.Name) {
		c.errorf([]any{"profile"}, "profile: want a name of lower-case letters, digits and hyphens, got %q", p.Name)
	}
	if p.Title.IsZero() {
		c.errorf(nil, "title: the profile has no title")
	}
	sources := map[string]bool{}
	for i, s := range p.Sources {
		at := []any{"sources", i}
		switch {
		case s.ID == "":
			c.errorf(at, "source has no id")
		case sources[s.ID]:
			c.errorf(append(at, "id"), "source %q appears twice", s.ID)
		}
		sources[s.ID] = true
		if s.Title.IsZero() || s.Publisher.IsZero() || s.Edition == "" {
			c.errorf(at, "source %q: a source names its title, publisher and edition", s.ID)
		}
		if s.URL != "" && !strings.HasPrefix(s.URL, "https://") && !strings.HasPrefix(s.URL, "http://") {
			c.errorf(append(at, "url"), "source %q: url must be an http or https address", s.ID)
		}
	}
	if len(p.Questions) == 0 {
		c.errorf(nil, "questions: the profile has no questions")
	}
	if p.SourceItems < 0 || p.SourceItems > 0 && p.SourceItems < len(p.Questions) {
		c.errorf([]any{"sourceItems"}, "sourceItems: the source has %d items, fewer than the profile's %d questions", p.SourceItems, len(p.Questions))
	}
	ids := map[string]bool{}
	for i, q := range p.Questions {
		at := []any{"questions", i}
		switch {
		case q.ID == "":
			c.errorf(at, "question has no id")
		case ids[q.ID]:
			c.errorf(append(at, "id"), "question %q appears twice", q.ID)
		}
		ids[q.ID] = true
		if q.Title.IsZero() {
			c.errorf(at, "question %q has no title", q.ID)
		}
		switch {
		case q.Source.Document == "" || q.Source.Clause == "":
			c.errorf(at, "question %q: source must name the document and its clause", q.ID)
		case !sources[q.Source.Document]:
			c.errorf(append(at, "source", "document"), "question %q: source %q is not one of the profile's sources", q.ID, q.Source.Document)
		}
		if len(q.Criteria) == 0 {
			c.errorf(at, "question %q: answers: name the fields that answer it", q.ID)
		}
		for j, cr := range q.Criteria {
			if err := checkCriterion(cr); err != nil {
				c.errorf(append(at, "answers", j, "field"), "question %q: %v", q.ID, err)
			}
		}
	}
}

// checkCriterion checks that the field exists in the model and that its
// conditions fit the field's type.
func checkCriterion(cr Criterion) error {
	t, last, err := resolve(cr.Field)
	if err != nil {
		return err
	}
	if isProse(t, last) && !cr.Prose {
		return whitepaper.Errorf("%s is text; only an item that a description answers may name it, with prose: true", cr.Field)
	}
	if cr.Either && t != boolType {
		return whitepaper.Errorf("%s: either applies to a yes/no field", cr.Field)
	}
	if cr.Any && cr.Equals == "" {
		return whitepaper.Errorf("%s: any applies to equals", cr.Field)
	}
	if cr.Equals != "" && (cr.AtLeast != "" || cr.AtMost != "") {
		return whitepaper.Errorf("%s: equals excludes atLeast and atMost", cr.Field)
	}
	for _, bound := range []string{cr.AtLeast, cr.AtMost} {
		if bound == "" {
			continue
		}
		if enumValues(t) != nil && last.Better == whitepaper.Unordered {
			return whitepaper.Errorf("%s: its values have no order; use equals", cr.Field)
		}
		if _, err := parseAmount(t, bound); err != nil {
			return whitepaper.Errorf("%s: %v", cr.Field, err)
		}
	}
	if cr.Equals != "" {
		e := t
		if e.Kind() == reflect.Slice {
			e = e.Elem()
		}
		if e.Kind() != reflect.String && e != boolType {
			return whitepaper.Errorf("%s: equals applies to a yes/no field, a name or a value of a closed list", cr.Field)
		}
		if vals := enumValues(e); vals != nil && !slices.Contains(vals, cr.Equals) {
			vals = slices.Clone(vals)
			sort.Strings(vals)
			return whitepaper.Errorf("%s: %q is not one of its values (%s)", cr.Field, cr.Equals, strings.Join(vals, ", "))
		}
		if e == boolType && cr.Equals != "true" && cr.Equals != "false" {
			return whitepaper.Errorf("%s: want equals: true or false", cr.Field)
		}
	}
	return nil
}

var (
	boolType  = reflect.TypeFor[*bool]()
	textType  = reflect.TypeFor[whitepaper.Text]()
	textsType = reflect.TypeFor[[]whitepaper.Text]()
	notesType = reflect.TypeFor[whitepaper.Notes]()
)

// resolve follows a field path through the model's types and returns the
// type of the field it ends at and that field.
func resolve(ptr string) (reflect.Type, whitepaper.Field, error) {
	if !strings.HasPrefix(ptr, "/") || len(ptr) < 2 {
		return nil, whitepaper.Field{}, whitepaper.Errorf("field %q: want a path such as /backup/sets/*/generations", ptr)
	}
	t := reflect.TypeFor[whitepaper.Document]()
	var last whitepaper.Field
	segs := strings.Split(ptr[1:], "/")
	for i, seg := range segs {
		for t.Kind() == reflect.Pointer && t != boolType {
			t = t.Elem()
		}
		if field, _, filtered := cutFilter(seg); seg == "*" || filtered {
			if t.Kind() != reflect.Slice {
				return nil, last, whitepaper.Errorf("field %q: * follows a list, and %s is not one", ptr, "/"+strings.Join(segs[:i], "/"))
			}
			t = t.Elem()
			if filtered {
				if err := checkFilter(ptr, t, field); err != nil {
					return nil, last, err
				}
			}
			continue
		}
		if t.Kind() == reflect.Slice && t != textsType {
			return nil, last, whitepaper.Errorf("field %q: %s is a list; write %s/* for its items", ptr, "/"+strings.Join(segs[:i], "/"), "/"+strings.Join(segs[:i], "/"))
		}
		if t.Kind() != reflect.Struct || t == textType {
			return nil, last, whitepaper.Errorf("field %q: %s has no fields", ptr, "/"+strings.Join(segs[:i], "/"))
		}
		f, ok := whitepaper.FieldByName(t, seg)
		if !ok {
			return nil, last, whitepaper.Errorf("field %q is not in the model: %s has no field %q", ptr, t.Name(), seg)
		}
		last, t = f, f.Type
	}
	return t, last, nil
}

// isProse reports whether a field holds text: a description, a note.
func isProse(t reflect.Type, f whitepaper.Field) bool {
	return t == textType || t == textsType || f.Owner == notesType
}

var errNoAmount = whitepaper.Errorf("atLeast and atMost apply to a duration, a percentage, a count or a date")
