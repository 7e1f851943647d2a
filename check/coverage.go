// Package check tells what a whitepaper fails to disclose and what it
// discloses that is weak.
//
// [Coverage] goes through the ISO/IEC 27017 items on which a cloud
// provider should inform its customers (the checklist is data, embedded
// from checklist.yaml) and says for each whether the document answers it,
// states it as explicitly not provided, or leaves it out. [Lint] applies
// posture rules, each with a stable ID, a default severity and a message
// and rationale in every locale.
package check

import (
	_ "embed"
	"github.com/openwhitepaper/whitepaper/internal/reflectx"
	"reflect"
	"strconv"
	"strings"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
)

// Item is one disclosure item of the checklist.
type Item struct {
	// Control is the ISO/IEC 27017 control, such as "12.3.1" or "CLD.8.1.5".
	Control string `json:"control"`
	// Title is the control's title.
	Title whitepaper.Text `json:"title"`
	// Fields are the JSON Pointers of the document fields that answer it;
	// a yes/no field among them that is false states the item as not provided.
	Fields []string `json:"fields"`
	// Either are yes/no fields that answer the item whether true or false.
	Either []string `json:"either,omitempty"`
}

//go:embed checklist.yaml
var checklistYAML []byte

var checklist = func() []Item {
	var raw []struct {
		Control string
		Title   map[string]string
		Fields  []string
		Either  []string
	}
	if err := yaml.Unmarshal(checklistYAML, &raw); err != nil {
		panic("check: checklist.yaml: " + err.Error())
	}
	items := make([]Item, len(raw))
	for i, r := range raw {
		items[i] = Item{Control: r.Control, Title: whitepaper.Text{}, Fields: r.Fields, Either: r.Either}
		for k, v := range r.Title {
			items[i].Title[language.MustParse(k)] = v
		}
	}
	return items
}()

// Checklist returns the disclosure items, in ISO/IEC 27017 order.
func Checklist() []Item {
	out := make([]Item, len(checklist))
	copy(out, checklist)
	return out
}

// Status is how a document answers an item.
type Status string

// The statuses of an item.
const (
	// Covered means a field answers the item.
	Covered Status = "covered"
	// NotProvided means the document states explicitly that it is not provided.
	NotProvided Status = "not-provided"
	// Missing means the document does not address the item.
	Missing Status = "missing"
)

// ItemResult is how a document answers one item.
type ItemResult struct {
	Item
	Status Status `json:"status"`
	// Paths are the fields that answer it (or state it as not provided).
	Paths []string `json:"paths,omitempty"`
}

// CoverageReport is the result of [Coverage].
type CoverageReport struct {
	// Items has a result per checklist item, in checklist order.
	Items []ItemResult `json:"items"`
	// Covered, NotProvided and Missing count the items of each status.
	Covered     int `json:"covered"`
	NotProvided int `json:"notProvided"`
	Missing     int `json:"missing"`
}

// Percent is the share of items the document addresses, covered or stated
// as not provided: an explicit "we do not" is a disclosure too.
func (r *CoverageReport) Percent() float64 {
	if len(r.Items) == 0 {
		return 100
	}
	return float64(r.Covered+r.NotProvided) * 100 / float64(len(r.Items))
}

// Coverage checks the document against the checklist.
func Coverage(doc *whitepaper.Document) *CoverageReport {
	r := &CoverageReport{}
	root := reflect.ValueOf(doc).Elem()
	for _, it := range checklist {
		res := ItemResult{Item: it, Status: Missing}
		var falses []string
		for _, f := range it.Fields {
			v, ok := lookup(root, f)
			if !ok || reflectx.IsZero(v) {
				continue
			}
			if b, isBool := v.Interface().(*bool); isBool && !*b {
				falses = append(falses, f)
				continue
			}
			res.Status = Covered
			res.Paths = append(res.Paths, f)
		}
		for _, f := range it.Either {
			if v, ok := lookup(root, f); ok && !reflectx.IsZero(v) {
				res.Status = Covered
				res.Paths = append(res.Paths, f)
			}
		}
		if res.Status == Missing && len(falses) > 0 {
			res.Status, res.Paths = NotProvided, falses
		}
		switch res.Status {
		case Covered:
			r.Covered++
		case NotProvided:
			r.NotProvided++
		default:
			r.Missing++
		}
		r.Items = append(r.Items, res)
	}
	return r
}

// lookup follows a JSON Pointer of property names through the model.
func lookup(v reflect.Value, ptr string) (reflect.Value, bool) {
	for _, seg := range strings.Split(strings.TrimPrefix(ptr, "/"), "/") {
		for v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return v, false
			}
			v = v.Elem()
		}
		if v.Kind() != reflect.Struct {
			return v, false
		}
		f, ok := field(v, seg)
		if !ok {
			return v, false
		}
		v = f
	}
	return v, true
}

// field finds a struct field by its document name, in embedded structs too.
func field(v reflect.Value, name string) (reflect.Value, bool) {
	f, ok := whitepaper.FieldByName(v.Type(), name)
	if !ok {
		return v, false
	}
	return v.FieldByIndex(f.Index), true
}

func formatPercent(p float64) string { return strconv.FormatFloat(p, 'f', 1, 64) }
