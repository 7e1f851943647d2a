package check

import (
	"github.com/openwhitepaper/whitepaper/internal/wording"
	"github.com/openwhitepaper/whitepaper/locale"
)

// Row is an answer worded for a row of a spreadsheet, in the reader's
// language: the cells that [WriteSheetCSV] writes, for writers of other
// spreadsheet formats.
type Row struct {
	// ID is the item's number in the checklist.
	ID string
	// Title is the item as the checklist words it.
	Title string
	// Required says whether the checklist requires an answer.
	Required string
	// Verdict is the answer, and Answer the answer worded.
	Verdict Verdict
	Answer  string
	// Facts are the facts that answer it, each with a note when it holds
	// for some plans only.
	Facts []string
	// Sections are the vendor's sections the facts are in, each once.
	Sections []string
	// Located are the facts, each followed by its section.
	Located []string
	// Source names the document and clause the item comes from, and
	// Clause the clause alone.
	Source string
	Clause string
}

// Rows words the answers for a spreadsheet, one row per question in the
// profile's order.
func (s *AnswerSheet) Rows(loc *locale.Locale) []Row {
	loc = orEnglish(loc)
	out := make([]Row, 0, len(s.Answers))
	for _, a := range s.Answers {
		facts, sections := evidence(a, loc)
		r := Row{ID: a.Question.ID, Title: wording.In(a.Question.Title, loc), Required: s.required(a, loc),
			Verdict: a.Verdict, Answer: VerdictLabel(a.Verdict, loc), Facts: facts, Sections: sections,
			Source: s.source(a.Question, loc), Clause: a.Question.Source.Clause}
		for i, e := range a.Evidence {
			if e.Section == "" {
				r.Located = append(r.Located, facts[i])
				continue
			}
			r.Located = append(r.Located, loc.Message("check.factAt", "fact", facts[i], "section", e.Section))
		}
		out = append(out, r)
	}
	return out
}

// SummaryLine counts the answers by verdict, in one line of the reader's
// language.
func (s *AnswerSheet) SummaryLine(loc *locale.Locale) string {
	return s.summary(orEnglish(loc))
}
