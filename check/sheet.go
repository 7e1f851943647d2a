package check

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/textsafe"
	"github.com/openwhitepaper/whitepaper/internal/wording"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/language"
)

// errNoSheet and errNoReport are the errors of writing nothing.
var (
	errNoSheet  = whitepaper.Errorf("check: no answer sheet, or one without its profile, to write")
	errNoReport = whitepaper.Errorf("check: no coverage report to write")
)

func orEnglish(loc *locale.Locale) *locale.Locale {
	if loc == nil {
		return locale.For(language.English)
	}
	return loc
}

// VerdictLabel words a verdict in loc's language.
func VerdictLabel(v Verdict, loc *locale.Locale) string {
	return orEnglish(loc).Message("check.answer." + string(v))
}

func (s *AnswerSheet) counts() map[Verdict]int {
	n := map[Verdict]int{}
	for _, a := range s.Answers {
		n[a.Verdict]++
	}
	return n
}

func (s *AnswerSheet) summary(loc *locale.Locale) string {
	n := s.counts()
	return loc.Message("check.summary", "total", strconv.Itoa(len(s.Answers)),
		"yes", strconv.Itoa(n[Yes]), "partly", strconv.Itoa(n[Partly]),
		"planDependent", strconv.Itoa(n[PlanDependent]), "planned", strconv.Itoa(n[Planned]), "no", strconv.Itoa(n[No]),
		"notStated", strconv.Itoa(n[NotStated]))
}

// ScopeLine words how much of the checklist the profile encodes ("11 of
// 261 items"), and its scope where the profile states one. Every output
// of an answer sheet shows it before the answers.
func (s *AnswerSheet) ScopeLine(loc *locale.Locale) string {
	c := s.Profile.Completeness(loc)
	if !s.Profile.Scope.IsZero() {
		c = loc.Message("check.completeness.scope", "completeness", c, "scope", wording.In(s.Profile.Scope, loc))
	}
	return c
}

func (s *AnswerSheet) required(a QuestionAnswer, loc *locale.Locale) string {
	if a.Question.Required {
		return loc.Message("check.required")
	}
	return loc.Message("check.optional")
}

// source words where a question comes from: the document's title,
// publisher and edition, and the clause.
func (s *AnswerSheet) source(q Question, loc *locale.Locale) string {
	for _, src := range s.Profile.Sources {
		if src.ID == q.Source.Document {
			return loc.Message("check.source", "title", wording.In(src.Title, loc),
				"publisher", wording.In(src.Publisher, loc), "edition", src.Edition, "clause", q.Source.Clause)
		}
	}
	return q.Source.Clause
}

// evidence words an answer's facts, one a line, each with its section.
func evidence(a QuestionAnswer, loc *locale.Locale) (facts, sections []string) {
	seen := map[string]bool{}
	for _, e := range a.Evidence {
		f := e.Fact
		if e.Verdict == PlanDependent {
			f += loc.Message("check.planNote")
		}
		facts = append(facts, f)
		if e.Section != "" && !seen[e.Section] {
			seen[e.Section] = true
			sections = append(sections, e.Section)
		}
	}
	return facts, sections
}

// WriteSheetCSV writes the answers as CSV for spreadsheets: UTF-8 with a
// byte order mark (so that Excel reads Japanese correctly), a header row
// and a row per question with the columns item, title, required, answer,
// evidence, section and source. A cell that a spreadsheet would take for a
// formula is quoted with a leading apostrophe.
func WriteSheetCSV(w io.Writer, s *AnswerSheet, loc *locale.Locale) error {
	if s == nil || s.Profile == nil {
		return errNoSheet
	}
	loc = orEnglish(loc)
	var b strings.Builder
	b.WriteString("\ufeff")
	cw := csv.NewWriter(&b)
	cw.UseCRLF = true
	head := []string{}
	for _, k := range []string{"item", "title", "required", "answer", "evidence", "section", "source"} {
		head = append(head, loc.Message("check.column."+k))
	}
	_ = cw.Write(head)
	for _, a := range s.Answers {
		facts, sections := evidence(a, loc)
		row := []string{a.Question.ID, wording.In(a.Question.Title, loc), s.required(a, loc),
			VerdictLabel(a.Verdict, loc), strings.Join(facts, "\n"), strings.Join(sections, "\n"), s.source(a.Question, loc)}
		for i := range row {
			row[i] = textsafe.Spreadsheet(row[i])
		}
		_ = cw.Write(row)
	}
	// The last row says how much of the checklist the rows are.
	_ = cw.Write([]string{textsafe.Spreadsheet(loc.Message("check.column.scope")), textsafe.Spreadsheet(s.ScopeLine(loc)), "", "", "", "", ""})
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteSheetMarkdown writes the answers as a Markdown table, all text
// escaped and no HTML (several facts in a cell are separated by a slash),
// and a summary.
func WriteSheetMarkdown(w io.Writer, s *AnswerSheet, loc *locale.Locale) error {
	if s == nil || s.Profile == nil {
		return errNoSheet
	}
	loc = orEnglish(loc)
	var b strings.Builder
	fmt.Fprintf(&b, "## %s\n\n%s\n\n", md(wording.In(s.Profile.Title, loc)), md(s.ScopeLine(loc)))
	cols := []string{}
	for _, k := range []string{"item", "title", "required", "answer", "evidence", "section"} {
		cols = append(cols, loc.Message("check.column."+k))
	}
	b.WriteString("| " + strings.Join(cols, " | ") + " |\n|" + strings.Repeat(" --- |", len(cols)) + "\n")
	cell := func(lines []string) string {
		for i := range lines {
			lines[i] = md(lines[i])
		}
		return strings.Join(lines, loc.Message("check.evidenceSeparator"))
	}
	for _, a := range s.Answers {
		facts, sections := evidence(a, loc)
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", md(a.Question.ID),
			md(wording.In(a.Question.Title, loc)), s.required(a, loc),
			VerdictLabel(a.Verdict, loc), cell(facts), cell(sections))
	}
	fmt.Fprintf(&b, "\n%s\n\n### %s\n\n", s.summary(loc), loc.Message("check.sources"))
	for _, src := range s.Profile.Sources {
		line := loc.Message("check.sourceDoc", "title", wording.In(src.Title, loc),
			"publisher", wording.In(src.Publisher, loc), "edition", src.Edition)
		fmt.Fprintf(&b, "- %s", md(line))
		if src.URL != "" {
			fmt.Fprintf(&b, " <%s>", textsafe.MarkdownURL(src.URL))
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteSheetText writes a line per question, its answer, and its facts
// indented under it, then a summary.
func WriteSheetText(w io.Writer, s *AnswerSheet, loc *locale.Locale) error {
	if s == nil || s.Profile == nil {
		return errNoSheet
	}
	loc = orEnglish(loc)
	var b strings.Builder
	b.WriteString(textsafe.Terminal(wording.In(s.Profile.Title, loc)) + "\n")
	b.WriteString(textsafe.Terminal(s.ScopeLine(loc)) + "\n\n")
	for _, a := range s.Answers {
		fmt.Fprintf(&b, "%-11s %s %s\n", textsafe.Terminal(a.Question.ID), pad(VerdictLabel(a.Verdict, loc), 16),
			textsafe.Terminal(wording.In(a.Question.Title, loc)))
		for _, e := range a.Evidence {
			line := e.Fact
			if e.Section != "" {
				line += " [" + e.Section + "]"
			}
			fmt.Fprintf(&b, "            - %s\n", textsafe.Terminal(line))
		}
	}
	b.WriteString(s.summary(loc) + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// SheetFormat names the version of the JSON shape of answer sheets.
const SheetFormat = "openwhitepaper-answers/1"

// SheetJSON is the stable JSON shape of an answer sheet, as
// check/answers.schema.json describes it: fields are only added, never
// renamed or removed, within a [SheetFormat].
type SheetJSON struct {
	Format   string   `json:"format"`
	Profile  string   `json:"profile"`
	Title    string   `json:"title"`
	Language string   `json:"language"`
	Sources  []Source `json:"sources"`
	// SourceItems is the source checklist's number of items, or nil
	// when it is not known; EncodedItems is how many of them the
	// profile encodes; Completeness says so in the output's language,
	// with the profile's scope.
	SourceItems  *int           `json:"sourceItems"`
	EncodedItems int            `json:"encodedItems"`
	Completeness string         `json:"completeness"`
	Answers      []AnswerJSON   `json:"answers"`
	Counts       map[string]int `json:"counts"`
	Summary      string         `json:"summary"`
}

// AnswerJSON is one answer in [SheetJSON].
type AnswerJSON struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Required bool     `json:"required"`
	Source   Citation `json:"source"`
	// Definition and Measure are the item's definition and unit of
	// measure as the source words them, where the profile gives them.
	Definition string     `json:"definition,omitempty"`
	Measure    string     `json:"measure,omitempty"`
	Answer     Verdict    `json:"answer"`
	Evidence   []Evidence `json:"evidence"`
}

// WriteSheetJSON writes the answers as JSON in the shape of [SheetJSON].
func WriteSheetJSON(w io.Writer, s *AnswerSheet, loc *locale.Locale) error {
	if s == nil || s.Profile == nil {
		return errNoSheet
	}
	loc = orEnglish(loc)
	out := SheetJSON{Format: SheetFormat, Profile: s.Profile.Name, Title: wording.In(s.Profile.Title, loc), Language: loc.Tag().String(),
		Sources: s.Profile.Sources, EncodedItems: len(s.Profile.Questions), Completeness: s.ScopeLine(loc),
		Answers: []AnswerJSON{}, Counts: map[string]int{}, Summary: s.summary(loc)}
	if n := s.Profile.SourceItems; n > 0 {
		out.SourceItems = &n
	}
	for _, v := range []Verdict{Yes, Partly, PlanDependent, Planned, No, NotStated} {
		out.Counts[string(v)] = s.counts()[v]
	}
	for _, a := range s.Answers {
		out.Answers = append(out.Answers, AnswerJSON{ID: a.Question.ID, Title: wording.In(a.Question.Title, loc),
			Required: a.Question.Required, Source: a.Question.Source, Answer: a.Verdict, Evidence: a.Evidence})
		if q := a.Question; !q.Definition.IsZero() || !q.Measure.IsZero() {
			last := &out.Answers[len(out.Answers)-1]
			last.Definition, last.Measure = wording.In(q.Definition, loc), wording.In(q.Measure, loc)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// md escapes a table cell's text: markup characters, pipes, line breaks.
func md(s string) string {
	return strings.Join(strings.Fields(textsafe.Markdown(s, false)), " ")
}
