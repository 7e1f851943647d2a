package whitepaper

import "strings"

// A list field may say which kinds its items are usually of (its tag's
// "kinds=…", [Field.Kinds]): governance.measures lists organisational
// measures, physicalSecurity.measures physical ones. An item's unknown
// kind is then answered from the field's own kinds first, so that a
// misspelled kind in personnel.measures is not offered "firewall | waf".

// fieldKinds returns the kinds of the list field an item's kind field is
// in, from the path of the kind (…/measures/0/kind) and the kinds the
// decoder or validator met on the way down.
func fieldKinds(p *path, kinds []string) ([]string, string) {
	if len(kinds) == 0 || p == nil || p.name != "kind" || p.parent == nil || p.parent.parent == nil {
		return nil, ""
	}
	return kinds, p.parent.parent.String()
}

// kindError words the error of an unknown kind of an item of a list field
// that has kinds of its own: "did you mean" looks among them first, and
// the values listed are theirs.
func kindError(err error, p *path, kinds []string) error {
	kinds, list := fieldKinds(p, kinds)
	w, ok := WordingOf(err)
	if kinds == nil || !ok || !strings.HasPrefix(w.Format, "unknown %s %q") || len(w.Args) < 2 {
		return err
	}
	what, _ := w.Args[0].(string)
	value, _ := w.Args[1].(string)
	best := closest(value, kinds)
	if best == "" && len(w.Args) == 3 && strings.HasSuffix(w.Format, "did you mean %q?") {
		best, _ = w.Args[2].(string)
	}
	if best != "" {
		return Errorf("unknown %s %q; did you mean %q?", what, value, best)
	}
	return Errorf("unknown %s %q (%s lists such as %s; other values of %s are allowed too, or an extension value x-… declared in extensions)",
		what, value, list, strings.Join(kinds, ", "), what)
}
