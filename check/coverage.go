// Package check tells what a whitepaper fails to disclose and what it
// discloses that is weak.
//
// [Answer] answers the questions of a checklist [Profile] from the
// document's facts: yes, no, partly, plan-dependent or not stated, with
// each fact worded in the reader's language and the vendor's section where
// it is. Profiles are data: the bundled ones (ISO/IEC 27017, METI's cloud
// service level checklist, MEXT's guideline, the ASPIC disclosure items)
// are embedded from profiles/*.yaml, and a user's own is read with
// [LoadProfile]. The answer sheet is written as CSV for spreadsheets,
// Markdown, JSON or text. [Coverage] summarizes the ISO/IEC 27017 answers
// as covered, stated as not provided, or missing. [Lint] applies posture
// rules, each with a stable ID, a default severity and a message and
// rationale in every locale.
package check

import (
	"slices"
	"strconv"
	"strings"

	"github.com/openwhitepaper/whitepaper/whitepaper"
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

// Checklist returns the ISO/IEC 27017 disclosure items, in the standard's
// order: the questions of the iso27017 profile.
func Checklist() []Item {
	p, _ := ProfileByName("iso27017")
	items := make([]Item, len(p.Questions))
	for i, q := range p.Questions {
		items[i] = Item{Control: q.ID, Title: q.Title}
		for _, c := range q.Criteria {
			if c.Either {
				items[i].Either = append(items[i].Either, c.Field)
			} else {
				items[i].Fields = append(items[i].Fields, c.Field)
			}
		}
	}
	return items
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

// Coverage checks the document against the ISO/IEC 27017 checklist: an
// item is covered when a fact answers it, stated as not provided when the
// only facts that answer it say no, and missing otherwise. It summarizes
// [Answer] with the iso27017 profile.
func Coverage(doc *whitepaper.Document) *CoverageReport {
	p, _ := ProfileByName("iso27017")
	return Summarize(Answer(doc, p, nil))
}

// Summarize counts an answer sheet's answers as coverage: an answer of
// yes, partly or plan-dependent covers its item, an answer of no states it
// as not provided.
func Summarize(sheet *AnswerSheet) *CoverageReport {
	if sheet == nil {
		sheet = &AnswerSheet{}
	}
	r := &CoverageReport{}
	items := map[string]Item{}
	if sheet.Profile != nil && sheet.Profile.Name == "iso27017" {
		for _, it := range Checklist() {
			items[it.Control] = it
		}
	}
	for _, a := range sheet.Answers {
		it, ok := items[a.Question.ID]
		if !ok {
			it = Item{Control: a.Question.ID, Title: a.Question.Title}
		}
		res := ItemResult{Item: it, Status: Missing}
		switch a.Verdict {
		case Yes, Partly, PlanDependent:
			res.Status = Covered
			r.Covered++
		case No, Planned:
			res.Status = NotProvided
			r.NotProvided++
		default:
			r.Missing++
		}
		for _, e := range a.Evidence {
			if (res.Status == Covered) == (e.Verdict != No) {
				res.Paths = appendField(res.Paths, e.Pointer)
			}
		}
		r.Items = append(r.Items, res)
	}
	return r
}

// appendField adds the field a pointer reaches, with its list indexes
// left out (/backup/sets/0/generations is a fact of /backup/sets), once.
func appendField(paths []string, ptr string) []string {
	var segs []string
	for _, s := range strings.Split(strings.TrimPrefix(ptr, "/"), "/") {
		if _, err := strconv.Atoi(s); err == nil {
			break
		}
		segs = append(segs, s)
	}
	f := "/" + strings.Join(segs, "/")
	if slices.Contains(paths, f) {
		return paths
	}
	return append(paths, f)
}

func formatPercent(p float64) string { return strconv.FormatFloat(p, 'f', 1, 64) }
