package whitepaper

import (
	"encoding"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
)

// decoder turns a node tree into typed values, collecting every problem.
type decoder struct {
	kinds    []string // the kinds of the list field being decoded (Field.Kinds)
	filename string
	json     bool  // the input was JSON: scalars must have their JSON types
	budget   int   // values left to visit
	text     int64 // bytes of text left: the input's limit, counting each use of a YAML alias
	maxText  int64 // the limit text started at, for the diagnostic
	shared   int   // > 0 while decoding an anchored node or an alias
	checked  map[checkedText]bool
	diags    diagList
	tags     map[string]language.Tag // parsed language tags: a document repeats a few thousand times
}

// tag parses a language tag, remembering the tags already seen.
func (d *decoder) tag(s string) (language.Tag, error) {
	if t, ok := d.tags[s]; ok {
		return t, nil
	}
	t, err := parseTag(s)
	if err == nil {
		if d.tags == nil {
			d.tags = map[string]language.Tag{}
		}
		d.tags[s] = t
	}
	return t, err
}

func (d *decoder) errorf(n *yaml.Node, p *path, code, format string, args ...any) {
	// The limit of values is reported even past the limit of diagnostics:
	// it says why decoding stopped.
	if d.diags.full() && code != "too-many-values" {
		d.diags.drop(Error, 1)
		return
	}
	diag := diagf(Error, code, Pos{Filename: d.filename, Line: n.Line, Column: n.Column}, format, args...)
	diag.Path = p.String()
	d.diags.add(diag)
}

var (
	outlineEntryType    = reflect.TypeFor[OutlineEntry]()
	tagType             = reflect.TypeFor[language.Tag]()
	textType            = reflect.TypeFor[Text]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

func kindName(n *yaml.Node) Word {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	switch n.Tag {
	case "!!null":
		return "null"
	case "!!bool":
		return "a boolean"
	case "!!int", "!!float":
		return "a number"
	}
	return "a string"
}

// checkedText is a scalar node whose characters were checked, as a name
// (prose false) or as prose.
type checkedText struct {
	n     *yaml.Node
	prose bool
}

// decode stores n into v, which must be settable.
func (d *decoder) decode(n *yaml.Node, v reflect.Value, p *path) {
	if n.Kind != yaml.AliasNode && n.Anchor == "" {
		d.decodeNode(n, v, p)
		return
	}
	// The nodes under an anchor are decoded again for each alias: their
	// text is checked once.
	d.shared++
	d.decodeNode(n, v, p)
	d.shared--
}

func (d *decoder) decodeNode(n *yaml.Node, v reflect.Value, p *path) {
	if d.budget <= 0 {
		return
	}
	for n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	d.budget--
	if d.budget == 0 {
		d.errorf(n, p, "too-many-values", "input has more than the limit of values (counting each use of a YAML alias); it is too large or an alias bomb")
		return
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		d.errorf(n, p, "null", "null is not allowed here; leave the field out instead")
		return
	}
	t := v.Type()
	switch {
	case t == tagType:
		if s, ok := d.scalar(n, p, "a language tag"); ok {
			tag, err := d.tag(s)
			if err != nil {
				d.errorf(n, p, "invalid-value", "%v", err)
				return
			}
			v.Set(reflect.ValueOf(tag))
		}
		return
	case t == textType:
		d.decodeText(n, v, p)
		return
	case implements(reflect.PointerTo(t), textUnmarshalerType):
		if n.Kind == yaml.ScalarNode && (n.Tag == "!!int" || n.Tag == "!!float") && !d.json {
			// Say "quote it" only when quoting is all it takes.
			parses := func(s string) bool {
				return reflect.New(t).Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)) == nil
			}
			if !parses(n.Value) {
				if p != nil && parses(n.Value+" "+p.name) { // generations: 30
					d.errorf(n, p, "wrong-type", "got the number %s; write it with its unit: %q", n.Value, n.Value+" "+p.name)
				} else {
					err := reflect.New(t).Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(n.Value))
					d.errorf(n, p, "wrong-type", "got the number %s; %v", n.Value, err)
				}
				return
			}
		}
		if s, ok := d.scalar(n, p, "a string"); ok && d.clean(n, p, s, false) {
			if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
				d.errorf(n, p, "invalid-value", "%v", kindError(err, p, d.kinds))
			}
		}
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		e := reflect.New(t.Elem())
		d.decode(n, e.Elem(), p)
		v.Set(e)
	case reflect.Struct:
		if t == outlineEntryType && outlineDepth(p) > MaxOutlineDepth {
			d.errorf(n, p, "too-deep", "the outline is nested deeper than the limit of %d levels", MaxOutlineDepth)
			return
		}
		d.decodeStruct(n, v, p)
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			d.errorf(n, p, "wrong-type", "want a list, got %s", kindName(n))
			return
		}
		s := reflect.MakeSlice(t, len(n.Content), len(n.Content))
		for i, c := range n.Content {
			ip := path{parent: p, index: i} // on the stack: copied only into a diagnostic
			d.decode(c, s.Index(i), &ip)
		}
		v.Set(s)
	case reflect.String:
		if s, ok := d.scalar(n, p, "a string"); ok && d.clean(n, p, s, false) {
			v.SetString(s)
		}
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			d.errorf(n, p, "wrong-type", "want true or false, got %s", kindName(n))
			return
		}
		v.SetBool(n.Value == "true")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i, err := strconv.ParseInt(n.Value, 10, 64)
		if n.Kind != yaml.ScalarNode || n.Tag != "!!int" || err != nil || v.OverflowInt(i) {
			d.errorf(n, p, "wrong-type", "want a whole number, got %s", kindName(n))
			return
		}
		v.SetInt(i)
	default:
		panic("whitepaper: no decoder for " + t.String())
	}
}

// scalar returns the text of a scalar node that stands for a string. A
// number or boolean is not a string, in YAML as in JSON, so that the loader
// and the JSON Schema agree: "version: 2.10" must be quoted. A YAML plain
// date such as 2023-02-07 is a string in YAML 1.2 and is accepted.
func (d *decoder) scalar(n *yaml.Node, p *path, want Word) (string, bool) {
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, p, "wrong-type", "want %s, got %s", want, kindName(n))
		return "", false
	}
	switch n.Tag {
	case "!!str":
		return n.Value, d.spend(n, p, len(n.Value))
	case "!!timestamp":
		if !d.json {
			return n.Value, d.spend(n, p, len(n.Value))
		}
	case "!!int", "!!float":
		if !d.json {
			d.errorf(n, p, "wrong-type", "want %s, got a number; quote it: %q", want, n.Value)
			return "", false
		}
	}
	d.errorf(n, p, "wrong-type", "want %s, got %s", want, kindName(n))
	return "", false
}

func (d *decoder) decodeText(n *yaml.Node, v reflect.Value, p *path) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, p, "wrong-type", "want text as a mapping from language tag to string, such as {ja: …, en: …}; got %s", kindName(n))
		return
	}
	if len(n.Content) == 0 {
		d.errorf(n, p, "empty-text", "text has no language")
		return
	}
	// A name or a heading is held to the rules of names; other texts are
	// prose, where tabs and line breaks are allowed.
	isName := p != nil && (p.name == "name" || p.name == "title")
	t := make(Text, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		shared := val.Kind == yaml.AliasNode || val.Anchor != ""
		for val.Kind == yaml.AliasNode {
			val = val.Alias
		}
		kpv := path{parent: p, name: k.Value} // on the stack: copied only into a diagnostic
		kp := &kpv
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, p, "wrong-type", "want a language tag as key, got %s", kindName(k))
			continue
		}
		if i > 0 && commaSplit(n, i) {
			if !commaSplit(n, i-2) {
				d.commaError(n, i, p)
			}
			continue
		}
		tag, err := d.tag(k.Value)
		if err != nil {
			d.errorf(k, kp, "invalid-value", "%v", err)
			continue
		}
		if _, dup := t[tag]; dup {
			d.errorf(k, kp, "duplicate-key", "language %q appears twice", k.Value)
			continue
		}
		if shared {
			d.shared++
		}
		if s, ok := d.scalar(val, kp, "a string"); ok && d.clean(val, kp, s, !isName) {
			t[tag] = s
		}
		if shared {
			d.shared--
		}
	}
	v.Set(reflect.ValueOf(t))
}

// commaSplit reports whether the key at i of a {…} text is the part after
// a comma of the text before it: {ja: Slack Technologies, LLC} is read as
// the text "Slack Technologies" and a language "LLC" with no text.
func commaSplit(n *yaml.Node, i int) bool {
	if i <= 0 || n.Style&yaml.FlowStyle == 0 {
		return false
	}
	k, val := n.Content[i], n.Content[i+1]
	if len(k.Value) == 2 && tagRE.MatchString(k.Value) {
		return false // {ja: テスト, en}: a language without its text
	}
	return k.Kind == yaml.ScalarNode && k.Style == 0 && val.Kind == yaml.ScalarNode && val.Tag == "!!null" && val.Value == "" && val.Line == k.Line
}

// commaError reports a text cut at its commas, with the quoted text that
// was meant.
func (d *decoder) commaError(n *yaml.Node, i int, p *path) {
	lang, text := n.Content[i-2].Value, n.Content[i-1].Value
	for j := i; j+1 < len(n.Content) && commaSplit(n, j); j += 2 {
		text += ", " + n.Content[j].Value
	}
	d.errorf(n.Content[i], p, "unquoted-comma", "the %s text has a comma, so YAML read %q after it as a language; quote the text: {%s: %q}",
		lang, n.Content[i].Value, lang, text)
}

// spend takes size bytes from the budget of text and reports whether they
// were left. Without aliases a document's text is smaller than the input;
// with them, one long text used a thousand times would make a document a
// thousand times larger than the input (and every later step as slow), so
// the text after expanding the aliases is held to the input's limit.
func (d *decoder) spend(n *yaml.Node, p *path, size int) bool {
	if d.budget <= 0 {
		return false
	}
	if d.text -= int64(size); d.text < 0 {
		d.budget = 0 // stop decoding: the rest would only add to it
		d.errorf(n, p, "too-large", "the text of the input with its YAML aliases expanded is larger than the limit of %d bytes", d.maxText)
		return false
	}
	return true
}

// clean reports whether s is free of the characters that make text lie
// about itself (see [textsafe.Check]) and records an error when it is not.
func (d *decoder) clean(n *yaml.Node, p *path, s string, prose bool) bool {
	if d.shared == 0 {
		return d.check(n, p, s, prose)
	}
	key := checkedText{n, prose}
	ok, seen := d.checked[key]
	if !seen {
		ok = d.check(n, p, s, prose)
		if d.checked == nil {
			d.checked = map[checkedText]bool{}
		}
		d.checked[key] = ok
	}
	return ok
}

// check is clean without the memory of the texts already checked.
func (d *decoder) check(n *yaml.Node, p *path, s string, prose bool) bool {
	if msg, bad := charProblem(s, prose); bad {
		if prose {
			d.errorf(n, p, "invalid-character", "%s is not allowed in text", msg)
		} else {
			d.errorf(n, p, "invalid-character", "%s is not allowed in a name, an ID or a code", msg)
		}
		return false
	}
	return true
}

func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value, p *path) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, p, "wrong-type", "want a mapping, got %s", kindName(n))
		return
	}
	fields := Fields(v.Type())
	seen := make(map[string]*yaml.Node, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, p, "wrong-type", "want a field name as key, got %s", kindName(k))
			continue
		}
		kpv := path{parent: p, name: k.Value} // on the stack: copied only into a diagnostic
		kp := &kpv
		if first, dup := seen[k.Value]; dup {
			d.errorf(k, kp, "duplicate-key", "field %q appears twice (first at line %d)", k.Value, first.Line)
			continue
		}
		seen[k.Value] = k
		j := slices.IndexFunc(fields, func(f Field) bool { return f.Name == k.Value })
		if j < 0 {
			// A key costs a value of the budget, so that a mapping of
			// unknown keys repeated through aliases stops at the limit.
			if d.budget--; d.budget <= 0 {
				d.budget = 0
				d.errorf(k, kp, "too-many-values", "input has more than the limit of values (counting each use of a YAML alias); it is too large or an alias bomb")
				return
			}
			if !d.spend(k, kp, len(k.Value)) { // the name is in the diagnostic
				return
			}
			if d.diags.full() {
				d.diags.drop(Error, 1)
				continue
			}
			d.errorf(k, kp, "unknown-field", "unknown field %q%s", k.Value, suggest(k.Value, fields))
			continue
		}
		if kinds := fields[j].Kinds; len(kinds) > 0 {
			saved := d.kinds
			d.kinds = kinds
			d.decode(val, v.FieldByIndex(fields[j].Index), kp)
			d.kinds = saved
			continue
		}
		d.decode(val, v.FieldByIndex(fields[j].Index), kp)
	}
}

// maxSuggestLen is the longest unknown name for which suggest looks for a
// close known one: the edit distance costs the product of the lengths.
const maxSuggestLen = 64

// suggest names the known field closest to an unknown one, or lists them all.
func suggest(name string, fields []Field) Wording {
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.Name
	}
	if best := closest(name, names); best != "" {
		return worded("; did you mean %q?", best)
	}
	return worded("; known fields: %s", strings.Join(names, ", "))
}

func editDistance(a, b string) int {
	ar, br := []rune(a), []rune(b)
	prev := make([]int, len(br)+1)
	cur := make([]int, len(br)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ar); i++ {
		cur[0] = i
		for j := 1; j <= len(br); j++ {
			cost := 1
			if ar[i-1] == br[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(br)]
}

// MaxOutlineDepth is how deep an outline may nest: headings under
// headings, the top level being 1. Every reader of a document walks the
// outline, and an indented output grows with the square of its depth.
const MaxOutlineDepth = 20

// outlineDepth is the level of the outline entry at p: one more than the
// number of "entries" fields above it.
func outlineDepth(p *path) int {
	depth := 1
	for ; p != nil; p = p.parent {
		if p.name == "entries" {
			depth++
		}
	}
	return depth
}
