package diff

import (
	"reflect"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/openwhitepaper/whitepaper/internal/reflectx"
	"github.com/openwhitepaper/whitepaper/internal/wording"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// nameFields are the fields that name a record, most telling first.
var nameFields = []string{"name", "label", "title", "department"}

// targetFields are the fields that say where a record points: a contact
// point or channel is reached there, a reference is read there.
var targetFields = []string{"url", "email", "phone"}

// renameable reports whether the items of a keyed list are known by their
// name, so that one renamed may still be the same item. A list keyed by a
// code or a kind is not: a new key is a new item.
func renameable(t reflect.Type) bool {
	f, ok := whitepaper.FieldByName(t, "name")
	return ok && f.Key && f.Type.Kind() == reflect.String
}

// sameIdentity compares the keys of two items of a keyed list other than
// their names: an explicit id stated in both decides (true or false, and
// sure); otherwise the items may be one only if the rest of their keys
// (plans, services) are the same.
func sameIdentity(a, b reflect.Value) (same, sure bool) {
	for _, f := range whitepaper.Fields(a.Type()) {
		if !f.Key || f.Name == "name" {
			continue
		}
		x, y := a.FieldByIndex(f.Index), b.FieldByIndex(f.Index)
		if f.Name == "id" && !reflectx.IsZero(x) && !reflectx.IsZero(y) {
			return x.String() == y.String(), true
		}
		if wording.Canonical(x) != wording.Canonical(y) {
			return false, true
		}
	}
	return true, false
}

// reachable reports whether records of the type say where they point (an
// address, a mailbox, a number), so that one whose target changed is the
// same record, changed, rather than one removed and another added.
func reachable(t reflect.Type) bool {
	for _, n := range targetFields {
		if _, ok := whitepaper.FieldByName(t, n); ok {
			return true
		}
	}
	return false
}

// nameField is the field that names a record, or "" when it has none.
func nameField(v reflect.Value) string {
	v = reflect.Indirect(v)
	for _, n := range nameFields {
		if f, ok := fieldByName(v, n); ok && !reflectx.IsZero(f) {
			return n
		}
	}
	return ""
}

// nameOf is the text of a record's name field, "" when it has none.
func nameOf(v reflect.Value, field string) string {
	f, ok := fieldByName(reflect.Indirect(v), field)
	if !ok || reflectx.IsZero(f) {
		return ""
	}
	if t, ok := f.Interface().(whitepaper.Text); ok {
		words := make([]string, 0, len(t))
		for _, tag := range t.Languages() {
			words = append(words, t[tag])
		}
		return strings.Join(words, "\n")
	}
	return wording.Canonical(f)
}

// maxPairings bounds the pairs of items one list tries as renamed, so
// that a list replaced wholesale costs no more than a few thousand
// comparisons.
const maxPairings = 4096

// pairMoved pairs the items left unmatched by key or identity (ma and mb
// hold -1 for them) that are one item renamed or moved: for each item of
// a, the index of its pair in b, or -1. Items of a keyed list pair when
// their names are alike and their other facts mostly the same; records
// that point somewhere (a channel, a contact point, a reference) pair as
// well when their names are the same, or when they have no name and their
// other facts mostly agree.
func pairMoved(av, bv []reflect.Value, ma, mb []int, keyed bool) []int {
	pairs := make([]int, len(av))
	for i := range pairs {
		pairs[i] = -1
	}
	if len(av) == 0 || len(bv) == 0 {
		return pairs
	}
	if t := reflect.Indirect(av[0]).Type(); !keyed && t != outlineType && !reachable(t) {
		return pairs
	}
	gone, come := 0, 0
	for _, m := range ma {
		gone += boolInt(m < 0)
	}
	for _, m := range mb {
		come += boolInt(m < 0)
	}
	if gone*come > maxPairings {
		return pairs // a list rewritten wholesale: removals and additions
	}
	taken := make([]bool, len(bv))
	// Two passes: the same name first, then alike names, so that a
	// closer pair is never taken by a looser one.
	for pass := range 2 {
		for i := range av {
			if ma[i] >= 0 || pairs[i] >= 0 {
				continue
			}
			for j := range bv {
				if mb[j] >= 0 || taken[j] || !alike(av[i], bv[j], keyed, pass == 0) {
					continue
				}
				pairs[i], taken[j] = j, true
				break
			}
		}
	}
	return pairs
}

// alike reports whether two records are one record renamed or moved. With
// exact, only records of the same name are.
func alike(a, b reflect.Value, keyed, exact bool) bool {
	a, b = reflect.Indirect(a), reflect.Indirect(b)
	if a.Type() == outlineType {
		return !exact && sameHeading(a.Interface().(whitepaper.OutlineEntry), b.Interface().(whitepaper.OutlineEntry))
	}
	field := nameField(a)
	if keyed {
		same, sure := sameIdentity(a, b)
		if sure {
			return same // an explicit id always wins
		}
		field = "name"
	}
	na, nb := "", ""
	if field != "" {
		na, nb = nameOf(a, field), nameOf(b, field)
	}
	eq, ne := 0, 0
	for _, f := range whitepaper.Fields(a.Type()) {
		if f.Name == field {
			continue
		}
		x, y := a.FieldByIndex(f.Index), b.FieldByIndex(f.Index)
		switch {
		case reflectx.IsZero(x) && reflectx.IsZero(y):
		case wording.Canonical(x) == wording.Canonical(y):
			eq++
		default:
			ne++
		}
	}
	switch {
	case na != "" && na == nb:
		return !keyed
	case exact:
		return false
	case !keyed && ne == 0 && eq >= 1:
		return true // the same address and facts under another name
	case na != "" && nb != "":
		return similarNames(na, nb) && ne <= eq
	case na == "" && nb == "" && !keyed:
		return eq >= 1 && ne <= eq
	}
	return false
}

// similarNames reports whether two names name the same thing: the same
// words for the most part ("Amazon Web Services (AWS)" and "Amazon Web
// Services Inc (AWS)"), one the other's short name ("AWS"), or one
// written inside the other ("セキュリオ" and "セキュリオ株式会社").
func similarNames(x, y string) bool {
	tx, ty := nameTokens(x), nameTokens(y)
	if len(tx) == 0 || len(ty) == 0 {
		return false
	}
	common := 0
	for _, t := range tx {
		if slices.Contains(ty, t) {
			common++
		}
	}
	if union := len(tx) + len(ty) - common; common*5 >= union*3 {
		return true
	}
	// One is the other's short name: its words all among the other's
	// ("AWS" and "Amazon Web Services (AWS)"), or the initials of the
	// other's words ("AWS" and "Amazon Web Services").
	short, long := tx, ty
	if len(short) > len(long) {
		short, long = long, short
	}
	if common == len(short) && utf8.RuneCountInString(strings.Join(short, "")) >= 3 {
		return true
	}
	if len(short) == 1 && len(long) >= 2 && utf8.RuneCountInString(short[0]) == len(long) {
		initials := ""
		for _, w := range long {
			r, _ := utf8.DecodeRuneInString(w)
			initials += string(r)
		}
		if initials == short[0] {
			return true
		}
	}
	jx, jy := strings.Join(tx, ""), strings.Join(ty, "")
	if utf8.RuneCountInString(jx) > utf8.RuneCountInString(jy) {
		jx, jy = jy, jx
	}
	n, m := utf8.RuneCountInString(jx), utf8.RuneCountInString(jy)
	return n >= 3 && n*2 >= m && strings.Contains(jy, jx)
}

// nameTokens splits a name into its words, lower-cased, each once.
func nameTokens(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	}) {
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// sameHeading reports whether two headings of an outline are one heading
// retitled: they hold the same sections, or, holding none, they have the
// same number and the same headings under them.
func sameHeading(a, b whitepaper.OutlineEntry) bool {
	if len(a.Sections) > 0 || len(b.Sections) > 0 {
		x, y := slices.Clone(a.Sections), slices.Clone(b.Sections)
		slices.Sort(x)
		slices.Sort(y)
		return slices.Equal(x, y)
	}
	return a.Number != "" && a.Number == b.Number && len(a.Entries) == len(b.Entries)
}
