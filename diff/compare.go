// Package diff explains what changed between two versions of a whitepaper
// and whether security got weaker or stronger.
//
// It works in three stages. [Compare] walks the two typed documents and
// lists the structural changes ([Change]): keyed lists are matched by the keys the
// model declares (a duplicate key is an error, never a guess), order in
// keyed lists is not a change, values are compared after normalization
// ("2 weeks" equals "14 days"), and texts are compared per language.
// [Classify] gives each change a rule with a stable ID and an impact.
// [Explain] turns rule and arguments into a sentence in the reader's
// language, last.
package diff

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/reflectx"
	"github.com/openwhitepaper/whitepaper/internal/wording"
	"github.com/openwhitepaper/whitepaper/meaning"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/language"
)

// Step is one step of a [Path]: a property, an item of a keyed list (by
// key), an item of a plain list (by index) or a language of a text.
type Step struct {
	Field string `json:"field,omitempty"`
	Key   string `json:"key,omitempty"`
	Index int    `json:"index,omitempty"`
	Lang  string `json:"lang,omitempty"`
	kind  byte   // 'f' field, 'k' key, 'i' index, 'l' language, 'v' set value
	at    int    // for 'k', 'v' and 'i': the item's index in the new document, or -1
}

// Path locates a change: /subprocessors/services[name=Zoho]/countries.
type Path []Step

// String writes the path with keyed items as [key=value].
func (p Path) String() string {
	var b strings.Builder
	for _, s := range p {
		switch s.kind {
		case 'k':
			b.WriteString("[" + wording.Clip(s.Key, maxKeyInPath) + "]")
		case 'i':
			b.WriteString("[" + strconv.Itoa(s.Index) + "]")
		case 'l':
			b.WriteString("/" + s.Lang)
		case 'v':
			b.WriteString("[" + wording.Clip(s.Key, maxKeyInPath) + "]")
		default:
			b.WriteString("/" + s.Field)
		}
	}
	return b.String()
}

// maxKeyInPath bounds, in characters, each key written in a path: a long
// name would otherwise be repeated in the path of every change under it.
const maxKeyInPath = 100

// with extends the path in place: the path of one value at a time is
// built on the comparer's walk, and [comparer.add] keeps a copy of it only
// for a change. A path from with is valid until the next with on p.
func (p Path) with(s Step) Path { return append(p, s) }

// pointer is the JSON Pointer of the path in the new document, as far as
// the new document has it: a removed item points at its list.
func (p Path) pointer() string {
	var b strings.Builder
	for _, s := range p {
		switch s.kind {
		case 'k', 'v', 'i':
			if s.at < 0 {
				return b.String()
			}
			b.WriteString("/" + strconv.Itoa(s.at))
		case 'l':
			b.WriteString("/" + s.Lang)
		default:
			b.WriteString("/" + strings.NewReplacer("~", "~0", "/", "~1").Replace(s.Field))
		}
	}
	return b.String()
}

// Kind is what happened to the value at a path.
type Kind string

// The kinds of change.
const (
	Added    Kind = "added"
	Removed  Kind = "removed"
	Modified Kind = "changed"
)

// Change is one structural difference.
type Change struct {
	Path    Path                 `json:"-"`
	Section whitepaper.SectionID `json:"section,omitempty"`
	Kind    Kind                 `json:"kind"`
	// Type and Field name the model field that changed (or holds the
	// added or removed item), such as "BackupSet" and "generations".
	Type  string `json:"type"`
	Field string `json:"field"`
	// Item is the key (or label) of an added or removed item.
	Item string `json:"item,omitempty"`
	// Old and New are the normalized values, in canonical text form.
	Old string `json:"old,omitempty"`
	New string `json:"new,omitempty"`

	oldV, newV reflect.Value
	retargeted bool               // an address of one kind replaced by one of another
	replaced   []Change           // the text changes one replacement explains (a product renamed)
	meta       whitepaper.Field   // the model field, for its order
	subj       *subject           // the item holding the change
	within     []whitepaper.Field // the records between the subject (or section) and the field
	names      *wording.Names     // the documents' IDs, to word them as names
	ranks      *[2]meaning.Ranks  // the old and the new document's extension ranks
}

// subject is an item of a list that holds changes: the list (its owner
// type and field) and the item in both documents.
type subject struct {
	listType, listField string
	key                 string
	old, new            reflect.Value
	// renamed is the field that names the item when the item was paired
	// across a change of its key or identity (a subprocessor renamed, a
	// channel whose address changed): its change is a rename.
	renamed string
}

// Compare lists the changes from old to new, in document order. It fails
// when a keyed list repeats a key in either document.
func Compare(old, new *whitepaper.Document) ([]Change, error) {
	if old == nil || new == nil {
		return nil, errNilDocument
	}
	c := &comparer{names: wording.NewNames(new, old), ranks: &[2]meaning.Ranks{meaning.RanksOf(old), meaning.RanksOf(new)}}
	c.structs(reflect.ValueOf(old).Elem(), reflect.ValueOf(new).Elem(), nil, "")
	if c.err != nil {
		return nil, c.err
	}
	return systematic(c.out), nil
}

type comparer struct {
	out    []Change
	err    error
	subj   *subject           // the innermost list item being compared
	within []whitepaper.Field // records entered below the subject or section
	names  *wording.Names
	ranks  *[2]meaning.Ranks // the old and the new document's extension ranks
}

var (
	textType = reflect.TypeFor[whitepaper.Text]()
	sections = func() map[string]whitepaper.SectionID {
		m := map[string]whitepaper.SectionID{}
		for _, s := range whitepaper.Sections() {
			m[s.Field] = s.ID
		}
		return m
	}()
)

// metadata are the fields of the document that describe the release, not
// the service: its version, edition, date and revision history. They are
// a class of their own, reported by [Header], never a change.
var metadata = map[string]bool{"version": true, "edition": true, "date": true, "revisions": true}

func (c *comparer) add(ch Change) {
	ch.Path, ch.subj, ch.names, ch.within, ch.ranks = slices.Clone(ch.Path), c.subj, c.names, slices.Clone(c.within), c.ranks
	c.out = append(c.out, ch)
}

// record compares a record held by a field, such as a certification's
// statement of applicability, noting the field for the changes' wording. A
// section is no record: it is named by its heading.
func (c *comparer) record(a, b reflect.Value, p Path, sec whitepaper.SectionID, f whitepaper.Field) {
	if _, ok := sections[f.Name]; ok && f.Owner == reflect.TypeFor[whitepaper.Document]() {
		c.structs(a, b, p, sec)
		return
	}
	within := c.within
	c.within = append(slices.Clip(c.within), f)
	c.structs(a, b, p, sec)
	c.within = within
}

// item compares two matched items of a list, as the subject of the
// changes found in them.
func (c *comparer) item(a, b reflect.Value, p Path, sec whitepaper.SectionID, owner, name, key, renamed string) {
	outer, within := c.subj, c.within
	c.subj, c.within = &subject{listType: owner, listField: name, key: key, old: a, new: b, renamed: renamed}, nil
	start := len(c.out)
	c.structs(a, b, p, sec)
	c.out = append(c.out[:start], retarget(c.out[start:], c.subj)...)
	c.subj, c.within = outer, within
}

// retarget merges, among the changes of one item, an address no longer
// stated and another newly stated (a notice channel's e-mail address for
// a web page) into one change of where the item points: "changed from X
// to Y", not a removal and an addition.
func retarget(cs []Change, subj *subject) []Change {
	gone, come := -1, -1
	for i, ch := range cs {
		if ch.subj != subj || len(ch.within) > 0 || !slices.Contains(targetFields, ch.Field) {
			continue
		}
		switch ch.Kind {
		case Removed:
			if gone >= 0 {
				return cs
			}
			gone = i
		case Added:
			if come >= 0 {
				return cs
			}
			come = i
		}
	}
	if gone < 0 || come < 0 {
		return cs
	}
	merged := cs[come]
	merged.Kind, merged.Old, merged.oldV, merged.retargeted = Modified, cs[gone].Old, cs[gone].oldV, true
	cs[come] = merged
	return slices.Delete(cs, gone, gone+1)
}

// structs compares two structs of the same type field by field.
func (c *comparer) structs(a, b reflect.Value, p Path, sec whitepaper.SectionID) {
	t := a.Type()
	doc := t == reflect.TypeFor[whitepaper.Document]()
	for _, f := range whitepaper.Fields(t) {
		if doc && metadata[f.Name] {
			continue // reported in the header, never as a change
		}
		s := sec
		if id, ok := sections[f.Name]; ok && t == reflect.TypeFor[whitepaper.Document]() {
			s = id
		}
		c.value(a.FieldByIndex(f.Index), b.FieldByIndex(f.Index), p.with(Step{Field: f.Name, kind: 'f'}), s, f)
	}
}

// value compares the values of one field.
func (c *comparer) value(a, b reflect.Value, p Path, sec whitepaper.SectionID, f whitepaper.Field) {
	name, owner := f.Name, f.Owner.Name()
	za, zb := reflectx.IsZero(a), reflectx.IsZero(b)
	if za && zb {
		return
	}
	t := a.Type()
	switch {
	case t == textType:
		c.text(a.Interface().(whitepaper.Text), b.Interface().(whitepaper.Text), p, sec, owner, name)
		return
	case t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct:
		switch {
		case za:
			c.add(Change{Path: p, Section: sec, Kind: Added, Type: owner, Field: name, newV: b})
		case zb:
			c.add(Change{Path: p, Section: sec, Kind: Removed, Type: owner, Field: name, oldV: a})
		default:
			c.record(a.Elem(), b.Elem(), p, sec, f)
		}
		return
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Struct:
		c.list(a, b, p, sec, owner, name)
		return
	case t.Kind() == reflect.Slice && t.Elem() == textType:
		c.texts(a, b, p, sec, owner, name)
		return
	case t.Kind() == reflect.Slice:
		c.set(a, b, p, sec, f)
		return
	case t.Kind() == reflect.Struct && !t.Implements(reflect.TypeFor[fmt.Stringer]()):
		c.record(a, b, p, sec, f) // an embedded record such as the vendor
		return
	}
	if equal(a, b) {
		return
	}
	f = promiseField(c.subj, f)
	ch := Change{Path: p, Section: sec, Kind: Modified, Type: owner, Field: name, Old: wording.Canonical(a), New: wording.Canonical(b), oldV: a, newV: b, meta: f}
	if za {
		ch.Kind, ch.Old = Added, ""
	} else if zb {
		ch.Kind, ch.New = Removed, ""
	}
	c.add(ch)
}

// equal compares normalized values.
func equal(a, b reflect.Value) bool {
	if plainString(a.Type()) {
		return a.String() == b.String()
	}
	switch x := a.Interface().(type) {
	case whitepaper.Duration:
		return x.Equal(b.Interface().(whitepaper.Duration))
	case whitepaper.Frequency:
		return x.Equal(b.Interface().(whitepaper.Frequency))
	case whitepaper.Percent:
		y := b.Interface().(whitepaper.Percent)
		return x.IsZero() == y.IsZero() && x.Compare(y) == 0
	case *bool:
		y := b.Interface().(*bool)
		return (x == nil) == (y == nil) && (x == nil || *x == *y)
	case whitepaper.Schedule:
		return x.Equal(b.Interface().(whitepaper.Schedule))
	}
	return wording.Canonical(a) == wording.Canonical(b)
}

// plainString reports whether t is a string type without methods, whose
// text form is the string itself.
func plainString(t reflect.Type) bool {
	return t.Kind() == reflect.String && t.NumMethod() == 0
}

func (c *comparer) text(a, b whitepaper.Text, p Path, sec whitepaper.SectionID, owner, name string) {
	tags := map[language.Tag]bool{}
	for t := range a {
		tags[t] = true
	}
	for t := range b {
		tags[t] = true
	}
	keys := make([]language.Tag, 0, len(tags))
	for t := range tags {
		keys = append(keys, t)
	}
	slices.SortFunc(keys, func(x, y language.Tag) int { return strings.Compare(x.String(), y.String()) })
	for _, t := range keys {
		x, okx := a[t]
		y, oky := b[t]
		if okx && oky && x == y {
			continue
		}
		ch := Change{Path: p.with(Step{Lang: t.String(), kind: 'l'}), Section: sec, Kind: Modified, Type: owner, Field: name, Old: x, New: y}
		switch {
		case !okx:
			ch.Kind = Added
		case !oky:
			ch.Kind = Removed
		}
		c.add(ch)
	}
}

// texts compares lists of texts, such as notes, by content: a text found
// in both lists is no change wherever it stands. When as many texts left
// the list as joined it, they are taken as edited in place, pair by pair in
// order; otherwise each is an addition or a removal.
func (c *comparer) texts(a, b reflect.Value, p Path, sec whitepaper.SectionID, owner, name string) {
	at, bt := textList(a), textList(b)
	ma, mb := matchByIdentity(at, bt, textKey)
	var gone, come []int
	for i := range at {
		if ma[i] < 0 {
			gone = append(gone, i)
		}
	}
	for j := range bt {
		if mb[j] < 0 {
			come = append(come, j)
		}
	}
	if len(gone) == len(come) {
		for k := range gone {
			c.text(at[gone[k]], bt[come[k]], p.with(Step{Index: come[k], kind: 'i', at: come[k]}), sec, owner, name)
		}
		return
	}
	for _, i := range gone {
		c.text(at[i], nil, p.with(Step{Index: i, kind: 'i', at: -1}), sec, owner, name)
	}
	for _, j := range come {
		c.text(nil, bt[j], p.with(Step{Index: j, kind: 'i', at: j}), sec, owner, name)
	}
}

func textList(v reflect.Value) []whitepaper.Text {
	out := make([]whitepaper.Text, lenOf(v))
	for i := range out {
		out[i] = v.Index(i).Interface().(whitepaper.Text)
	}
	return out
}

// textKey is a text's identity: its languages and wordings, in order.
func textKey(t whitepaper.Text) string {
	var b strings.Builder
	for _, tag := range t.Languages() {
		b.WriteString(tag.String() + "\x00" + t[tag] + "\x00")
	}
	return b.String()
}

// matchByIdentity pairs the items of two lists that have the same
// identity, the n-th occurrence in one with the n-th in the other. The
// results give, for each item, the index of its match or -1.
func matchByIdentity[T any](a, b []T, id func(T) string) (ma, mb []int) {
	ma, mb = make([]int, len(a)), make([]int, len(b))
	queue := map[string][]int{}
	for i, x := range a {
		ma[i] = -1
		k := id(x)
		queue[k] = append(queue[k], i)
	}
	for j, y := range b {
		mb[j] = -1
		k := id(y)
		if q := queue[k]; len(q) > 0 {
			mb[j], ma[q[0]] = q[0], j
			queue[k] = q[1:]
		}
	}
	return ma, mb
}

func lenOf(v reflect.Value) int {
	if v.Kind() != reflect.Slice || v.IsNil() {
		return 0
	}
	return v.Len()
}

// set compares lists of plain values as sets: order is not a change.
func (c *comparer) set(a, b reflect.Value, p Path, sec whitepaper.SectionID, f whitepaper.Field) {
	if sameInOrder(a, b) {
		return // the common case: no map needed to find nothing
	}
	owner, name := f.Owner.Name(), f.Name
	in := func(v reflect.Value) map[string]reflect.Value {
		m := map[string]reflect.Value{}
		for i := range lenOf(v) {
			m[wording.Canonical(v.Index(i))] = v.Index(i)
		}
		return m
	}
	ma, mb := in(a), in(b)
	if f.Ordered && len(ma) == len(mb) && lenOf(a) == lenOf(b) && sameMembers(ma, mb) {
		// The same members in another order, where the order is a fact
		// (an order of precedence): one change from the old order to
		// the new.
		c.add(Change{Path: p, Section: sec, Kind: Modified, Type: owner, Field: name, Old: joinCanonical(a), New: joinCanonical(b), oldV: a, newV: b, meta: f})
		return
	}
	if lenOf(a) == 1 && lenOf(b) == 1 {
		if x, y := wording.Canonical(a.Index(0)), wording.Canonical(b.Index(0)); x != y {
			// One value for another: "from US to Japan", not a removal
			// and an addition.
			c.add(Change{Path: p, Section: sec, Kind: Modified, Type: owner, Field: name, Old: x, New: y, oldV: a.Index(0), newV: b.Index(0), meta: f})
		}
		return
	}
	for i := range lenOf(a) {
		k := wording.Canonical(a.Index(i))
		if _, ok := mb[k]; !ok {
			c.add(Change{Path: p.with(Step{Key: k, kind: 'v', at: -1}), Section: sec, Kind: Removed, Type: owner, Field: name, Item: k, Old: k, oldV: a.Index(i), meta: f})
		}
	}
	for i := range lenOf(b) {
		k := wording.Canonical(b.Index(i))
		if _, ok := ma[k]; !ok {
			c.add(Change{Path: p.with(Step{Key: k, kind: 'v', at: i}), Section: sec, Kind: Added, Type: owner, Field: name, Item: k, New: k, newV: b.Index(i), meta: f})
		}
	}
}

// sameMembers reports whether two lists' members, by their canonical
// spelling, are the same.
func sameMembers(a, b map[string]reflect.Value) bool {
	for k := range a {
		if _, ok := b[k]; !ok {
			return false
		}
	}
	return true
}

// joinCanonical spells a list of plain values in order: "a > b > c".
func joinCanonical(v reflect.Value) string {
	parts := make([]string, lenOf(v))
	for i := range parts {
		parts[i] = wording.Canonical(v.Index(i))
	}
	return strings.Join(parts, " > ")
}

// sameInOrder reports whether two lists of plain values hold the same
// values in the same order.
func sameInOrder(a, b reflect.Value) bool {
	if lenOf(a) != lenOf(b) {
		return false
	}
	for i := range lenOf(a) {
		if wording.Canonical(a.Index(i)) != wording.Canonical(b.Index(i)) {
			return false
		}
	}
	return true
}

// list compares lists of records: keyed ones by key (a hash join), the
// others by the identity their type gives them (see [identity]), so that an
// insertion is an insertion wherever it stands.
func (c *comparer) list(a, b reflect.Value, p Path, sec whitepaper.SectionID, owner, name string) {
	et := a.Type().Elem()
	keyed := slices.ContainsFunc(whitepaper.Fields(et), func(f whitepaper.Field) bool { return f.Key })
	if !keyed {
		av, bv := items(a), items(b)
		ia, ib := identities(av), identities(bv)
		ma, mb := matchByIdentity(ia, ib, func(s string) string { return s })
		pairs := pairMoved(av, bv, ma, mb, false)
		start, moved := len(c.out), false
		defer func() {
			if moved && et == outlineType {
				c.out = append(c.out[:start], slices.DeleteFunc(c.out[start:], renumbered)...)
			}
		}()
		for i := range av {
			moved = moved || ma[i] < 0 && pairs[i] < 0
			if ma[i] < 0 && pairs[i] < 0 {
				c.add(Change{Path: p.with(Step{Key: ia[i], kind: 'k', at: -1}), Section: sec, Kind: Removed, Type: owner, Field: name, Item: ia[i], oldV: av[i]})
			}
		}
		for j := range bv {
			kp := p.with(Step{Key: ib[j], kind: 'k', at: j})
			if i := mb[j]; i >= 0 {
				c.item(av[i], bv[j], kp, sec, owner, name, ib[j], "")
			} else if i := slices.Index(pairs, j); i >= 0 {
				c.item(av[i], bv[j], kp, sec, owner, name, ib[j], nameField(av[i]))
			} else {
				moved = true
				c.add(Change{Path: kp, Section: sec, Kind: Added, Type: owner, Field: name, Item: ib[j], newV: bv[j]})
			}
		}
		return
	}
	// The keys of each item, computed once.
	index := func(v reflect.Value, which string) ([]string, map[string]int) {
		keys := make([]string, lenOf(v))
		m := make(map[string]int, len(keys))
		for i := range keys {
			k := keyOf(v.Index(i))
			if j, dup := m[k]; dup && c.err == nil {
				c.err = fmt.Errorf("diff: %s document: %s has the key %s twice (items %d and %d); keys must be unique", which, p, k, j, i)
			}
			keys[i], m[k] = k, i
		}
		return keys, m
	}
	ka, ia := index(a, "old")
	kb, ib := index(b, "new")
	var pairs []int
	if renameable(et) {
		av, bv := items(a), items(b)
		ma, mb := make([]int, len(ka)), make([]int, len(kb))
		for i, k := range ka {
			ma[i] = -1
			if j, ok := ib[k]; ok {
				ma[i] = j
			}
		}
		for j, k := range kb {
			mb[j] = -1
			if i, ok := ia[k]; ok {
				mb[j] = i
			}
		}
		pairs = pairMoved(av, bv, ma, mb, true)
	} else if et == auditType {
		pairs = rekeyed(a, b, ka, kb, ia, ib)
	}
	for i, k := range ka {
		if _, ok := ib[k]; !ok && (pairs == nil || pairs[i] < 0) {
			c.add(Change{Path: p.with(Step{Key: k, kind: 'k', at: -1}), Section: sec, Kind: Removed, Type: owner, Field: name, Item: k, oldV: a.Index(i)})
		}
	}
	for i, k := range kb {
		kp := p.with(Step{Key: k, kind: 'k', at: i})
		if j, ok := ia[k]; ok {
			c.item(a.Index(j), b.Index(i), kp, sec, owner, name, k, "")
		} else if j := slices.Index(pairs, i); j >= 0 && et == auditType {
			c.item(a.Index(j), b.Index(i), kp, sec, owner, name, k, "")
		} else if j := slices.Index(pairs, i); j >= 0 {
			c.item(a.Index(j), b.Index(i), kp, sec, owner, name, k, "name")
		} else {
			c.add(Change{Path: kp, Section: sec, Kind: Added, Type: owner, Field: name, Item: k, newV: b.Index(i)})
		}
	}
}

var outlineType = reflect.TypeFor[whitepaper.OutlineEntry]()

// renumbered reports whether a change is a heading's new number, which a
// heading added or removed before it explains: the heading added or
// removed is the one change, not every number after it.
func renumbered(ch Change) bool {
	return ch.Type == outlineType.Name() && ch.Field == "number" && ch.Kind == Modified
}

// keyOf is [whitepaper.KeyOf] of an item of a list, given by its address
// when it has one, so that the item is not copied to be boxed.
func keyOf(v reflect.Value) string {
	if v.CanAddr() {
		return whitepaper.KeyOf(v.Addr().Interface())
	}
	return whitepaper.KeyOf(v.Interface())
}

func items(v reflect.Value) []reflect.Value {
	out := make([]reflect.Value, lenOf(v))
	for i := range out {
		out[i] = v.Index(i)
	}
	return out
}

// identities gives each record of a list without declared keys its
// identity, numbering repeats (url=…, url=…#2) so that each is unique.
func identities(vs []reflect.Value) []string {
	out := make([]string, len(vs))
	seen := map[string]int{}
	for i, v := range vs {
		k := identity(v)
		seen[k]++
		if n := seen[k]; n > 1 {
			k += "#" + strconv.Itoa(n)
		}
		out[i] = k
	}
	return out
}

// identity is what a record without declared keys is known by: a contact
// point by its department, a reference or manual by its URL, a channel by
// its kind and its target (address, mailbox or number), a record without
// an address by its name, label or title, and anything else by its whole
// content.
func identity(v reflect.Value) string {
	v = reflect.Indirect(v)
	var prefix string
	if v.Type() == reflect.TypeFor[whitepaper.Channel]() {
		prefix = "kind=" + v.FieldByName("Kind").String() + ","
	}
	for _, name := range []string{"department", "url", "email", "phone", "name", "label", "title"} {
		f, ok := fieldByName(v, name)
		if !ok || reflectx.IsZero(f) {
			continue
		}
		if t, ok := f.Interface().(whitepaper.Text); ok {
			return prefix + name + "=" + strings.ReplaceAll(strings.TrimSuffix(textKey(t), "\x00"), "\x00", "|")
		}
		return prefix + name + "=" + wording.Canonical(f)
	}
	if prefix != "" {
		return strings.TrimSuffix(prefix, ",")
	}
	return "content=" + wording.Canonical(v)
}

func reflectValue(v any) reflect.Value { return reflect.Indirect(reflect.ValueOf(v)) }

func fieldByName(v reflect.Value, name string) (reflect.Value, bool) {
	if f, ok := whitepaper.FieldByName(v.Type(), name); ok {
		return v.FieldByIndex(f.Index), true
	}
	return reflect.Value{}, false
}
