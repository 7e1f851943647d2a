package diff

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// minReplaced is how many texts one replacement must explain before it is
// taken as one systematic change (a product renamed) rather than edits
// of each text.
const minReplaced = 2

// maxReplacements bounds how many systematic replacements are looked for,
// so that a document rewritten throughout costs a few passes at most.
const maxReplacements = 3

// systematic folds the changes of texts that one replacement explains
// (every "Seculio" now "セキュリオ", in the service's name and in the
// duties, scopes and certifications that name it) into one change that
// lists where: the product renamed is the change, not each text naming
// it. The change kept stands where the first of them stood; it is the
// service's own name when that is among them.
func systematic(cs []Change) []Change {
	for range maxReplacements {
		x, y, ok := commonReplacement(cs)
		if !ok {
			break
		}
		var folded []Change
		keep := -1
		for i, ch := range cs {
			if !replaces(ch, x, y) {
				continue
			}
			folded = append(folded, ch)
			if keep < 0 || ch.Type == "Service" && ch.Field == "name" && cs[keep].Type != "Service" {
				keep = i
			}
		}
		if len(folded) < minReplaced {
			break
		}
		rep := cs[keep]
		rep.Old, rep.New, rep.Section, rep.replaced = x, y, "", folded
		out := make([]Change, 0, len(cs)-len(folded)+1)
		first := true
		for _, ch := range cs {
			if !replaces(ch, x, y) {
				out = append(out, ch)
			} else if first {
				out, first = append(out, rep), false
			}
		}
		cs = out
	}
	return cs
}

// textChange reports whether a change is a text edited in one language.
func textChange(ch Change) bool {
	return ch.Kind == Modified && len(ch.Path) > 0 && ch.Path[len(ch.Path)-1].kind == 'l' && ch.replaced == nil
}

// replaces reports whether replacing every x by y in the change's old
// text gives its new text.
func replaces(ch Change, x, y string) bool {
	return textChange(ch) && strings.Contains(ch.Old, x) && strings.ReplaceAll(ch.Old, x, y) == ch.New
}

// commonReplacement finds the replacement that the most text changes
// make, found as what differs between a text's old and new wording once
// their common start and end are set aside; ok when at least
// [minReplaced] changes make it.
func commonReplacement(cs []Change) (x, y string, ok bool) {
	counts := map[pair]int{}
	var order []pair
	for _, ch := range cs {
		if !textChange(ch) {
			continue
		}
		a, b := middle(ch.Old, ch.New)
		if strings.ContainsFunc(a+b, unicode.IsDigit) {
			continue // a number changed in many texts is a change of substance, never a rename
		}
		candidates := []pair{{a, b}}
		if a == "" {
			candidates = insertions(ch.Old, ch.New, b)
		}
		for _, p := range candidates {
			if utf8.RuneCountInString(p.x) < 2 || p.y == "" {
				continue
			}
			if counts[p] == 0 {
				order = append(order, p)
			}
			counts[p]++
		}
	}
	best, bestN := -1, 0
	for i, p := range order {
		if counts[p] < minReplaced || best >= 0 && counts[p] < counts[order[best]] {
			continue
		}
		n := 0
		for _, ch := range cs {
			if replaces(ch, p.x, p.y) {
				n++
			}
		}
		if best < 0 || counts[p] > counts[order[best]] || n > bestN {
			best, bestN = i, n
		}
	}
	if best < 0 {
		return "", "", false
	}
	p := order[best]
	need := minReplaced
	if strings.Contains(p.y, p.x) {
		need = minInserted
	}
	return p.x, p.y, bestN >= need
}

// minInserted is how many texts a word put before or after a term must
// change (管理者 now 組織管理者) before it is taken as the term renamed.
const minInserted = 3

// insertions are the replacements a word inserted into a text may be
// (「組織」 put before 管理者): the term beside the insertion, of two to
// six runes, with and without the inserted word. Only terms and
// insertions written without kana particles qualify (管理者, Seculio),
// so that a hedge put before a commitment (原則として速やかに) is never
// taken for a renamed term.
func insertions(old, new, inserted string) []pair {
	if !nominal(inserted) {
		return nil
	}
	i := strings.Index(new, inserted)
	for i >= 0 && new[:i]+new[i+len(inserted):] != old {
		j := strings.Index(new[i+1:], inserted)
		if j < 0 {
			return nil
		}
		i += 1 + j
	}
	if i < 0 {
		return nil
	}
	before, after := []rune(new[:i]), []rune(new[i+len(inserted):])
	var ps []pair
	for k := 2; k <= 6; k++ {
		if k <= len(after) && nominal(string(after[:k])) {
			ps = append(ps, pair{string(after[:k]), inserted + string(after[:k])})
		}
		if k <= len(before) && nominal(string(before[len(before)-k:])) {
			ps = append(ps, pair{string(before[len(before)-k:]), string(before[len(before)-k:]) + inserted})
		}
	}
	return ps
}

// nominal reports whether a string is written in kanji, katakana or
// Latin letters only: a term, not a phrase with particles.
func nominal(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool {
		return !unicode.In(r, unicode.Han, unicode.Katakana, unicode.Latin) && r != 'ー'
	})
}

// pair is a replacement of x by y.
type pair struct{ x, y string }

// middle is what differs between two strings: each without the runes
// they start and end with in common.
func middle(a, b string) (string, string) {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, _ := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		a, b = a[na:], b[na:]
	}
	for a != "" && b != "" {
		ra, na := utf8.DecodeLastRuneInString(a)
		rb, _ := utf8.DecodeLastRuneInString(b)
		if ra != rb {
			break
		}
		a, b = a[:len(a)-na], b[:len(b)-na]
	}
	return a, b
}
