package check

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	sv "github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestBundledProfiles checks every bundled profile: each question has a
// source that names a document of the profile and a clause, a title in
// both languages, an ID of its own, and criteria whose fields exist in
// the model; and every example answers every question, with evidence for
// every answer but "not stated".
func TestBundledProfiles(t *testing.T) {
	require.ElementsMatch(t, []string{"aspic", "caiq-v4", "iso27017", "meti-sla", "mext"}, ProfileNames())
	for _, p := range Profiles() {
		ids := map[string]bool{}
		sources := map[string]bool{}
		for _, s := range p.Sources {
			sources[s.ID] = true
			assert.NotEmpty(t, s.Edition, "%s: %s", p.Name, s.ID)
		}
		for _, q := range p.Questions {
			assert.False(t, ids[q.ID], "%s: %s twice", p.Name, q.ID)
			ids[q.ID] = true
			assert.True(t, sources[q.Source.Document], "%s %s: no source", p.Name, q.ID)
			assert.NotEmpty(t, q.Source.Clause, "%s %s: no clause", p.Name, q.ID)
			assert.NotEmpty(t, q.Title.Get(language.Japanese), "%s %s", p.Name, q.ID)
			assert.NotEmpty(t, q.Title.Get(language.English), "%s %s", p.Name, q.ID)
			require.NotEmpty(t, q.Criteria, "%s %s", p.Name, q.ID)
			for _, c := range q.Criteria {
				assert.NoError(t, checkCriterion(c), "%s %s", p.Name, q.ID)
			}
		}
		for _, name := range examples.Names() {
			doc, err := examples.Load(name)
			require.NoError(t, err)
			sheet := Answer(doc, p, locale.For(language.English))
			require.Len(t, sheet.Answers, len(p.Questions))
			for _, a := range sheet.Answers {
				assert.Contains(t, []Verdict{Yes, No, Partly, PlanDependent, NotStated}, a.Verdict)
				assert.Equal(t, a.Verdict == NotStated, len(a.Evidence) == 0, "%s %s %s", p.Name, name, a.Question.ID)
				for _, e := range a.Evidence {
					assert.NotEmpty(t, e.Fact, "%s %s %s", p.Name, name, e.Pointer)
					assert.NotEmpty(t, e.Section, "%s %s %s: no section", p.Name, name, e.Pointer)
				}
			}
		}
	}
}

// TestAnswerGolden writes the answer sheet of every bundled profile for
// every example in Japanese and English as Markdown, and one as CSV and
// JSON.
func TestAnswerGolden(t *testing.T) {
	for _, p := range Profiles() {
		for _, name := range examples.Names() {
			doc, err := examples.Load(name)
			require.NoError(t, err)
			for _, lang := range []string{"ja", "en"} {
				loc := locale.For(language.MustParse(lang))
				var b bytes.Buffer
				require.NoError(t, WriteSheetMarkdown(&b, Answer(doc, p, loc), loc))
				golden(t, filepath.Join("testdata", "answers", p.Name+"."+name+"."+lang+".md"), b.Bytes())
			}
		}
	}
	doc, err := examples.Load("seculio")
	require.NoError(t, err)
	p, _ := ProfileByName("iso27017")
	ja := locale.For(language.Japanese)
	var c, j bytes.Buffer
	require.NoError(t, WriteSheetCSV(&c, Answer(doc, p, ja), ja))
	golden(t, filepath.Join("testdata", "answers", "iso27017.seculio.ja.csv"), c.Bytes())
	require.NoError(t, WriteSheetJSON(&j, Answer(doc, p, ja), ja))
	golden(t, filepath.Join("testdata", "answers", "iso27017.seculio.ja.json"), j.Bytes())
}

// TestSheetCSV checks that the CSV opens as UTF-8 with a byte order mark,
// parses, and has the columns a buyer pastes into a checklist.
func TestSheetCSV(t *testing.T) {
	doc, err := examples.Load("classi")
	require.NoError(t, err)
	p, _ := ProfileByName("meti-sla")
	for _, lang := range []string{"ja", "en"} {
		loc := locale.For(language.MustParse(lang))
		var b bytes.Buffer
		require.NoError(t, WriteSheetCSV(&b, Answer(doc, p, loc), loc))
		require.True(t, bytes.HasPrefix(b.Bytes(), []byte("\xef\xbb\xbf")), "a byte order mark first")
		rows, err := csv.NewReader(bytes.NewReader(b.Bytes()[3:])).ReadAll()
		require.NoError(t, err)
		require.Len(t, rows, len(p.Questions)+2, "a header, a row per question, and the scope")
		assert.Equal(t, loc.Message("check.column.scope"), rows[len(rows)-1][0])
		assert.Contains(t, rows[len(rows)-1][1], p.Completeness(loc))
		var head []string
		for _, k := range []string{"item", "title", "required", "answer", "evidence", "section", "source"} {
			head = append(head, loc.Message("check.column."+k))
		}
		assert.Equal(t, head, rows[0])
		for i, q := range p.Questions {
			assert.Equal(t, q.ID, rows[i+1][0])
			assert.Contains(t, rows[i+1][6], q.Source.Clause)
		}
	}
}

// TestSheetJSON checks the documented shape.
func TestSheetJSON(t *testing.T) {
	doc, err := examples.Load("nulab")
	require.NoError(t, err)
	p, _ := ProfileByName("mext")
	var b bytes.Buffer
	require.NoError(t, WriteSheetJSON(&b, Answer(doc, p, nil), nil))
	var got SheetJSON
	dec := json.NewDecoder(&b)
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&got))
	assert.Equal(t, "mext", got.Profile)
	assert.Equal(t, "en", got.Language)
	assert.Len(t, got.Answers, len(p.Questions))
	sum := 0
	for _, n := range got.Counts {
		sum += n
	}
	assert.Equal(t, len(p.Questions), sum)
}

// TestVerdicts checks each verdict on a document built for it.
func TestVerdicts(t *testing.T) {
	p, err := LoadProfile(filepath.Join("testdata", "profiles", "user.yaml"))
	require.NoError(t, err)
	answer := func(extra string) map[string]QuestionAnswer {
		doc, err := whitepaper.Parse([]byte(base + extra))
		require.NoError(t, err)
		out := map[string]QuestionAnswer{}
		for _, a := range Answer(doc, p, nil).Answers {
			out[a.Question.ID] = a
		}
		return out
	}
	a := answer("")
	for _, q := range []string{"Q1", "Q2", "Q3"} {
		assert.Equal(t, NotStated, a[q].Verdict, q)
	}
	a = answer("dataLocation: {countries: [JP]}\ncryptography: {inTransit: [{protocol: tls, minVersion: \"1.3\"}]}\n" +
		"backup: {sets: [{data: database, frequency: daily}]}\n")
	assert.Equal(t, Yes, a["Q1"].Verdict)
	assert.Equal(t, Yes, a["Q2"].Verdict, "1.3 is at least 1.2")
	assert.Equal(t, Partly, a["Q3"].Verdict, "one of the three facts the question needs")
	a = answer("dataLocation: {countries: [US]}\ncryptography: {inTransit: [{protocol: tls, minVersion: \"1.0\"}]}\n" +
		"plans: [{id: pro, name: {en: Pro}}]\n" +
		"backup: {sets: [{data: database, frequency: daily, generations: 7 generations, retention: 7 days, plans: [pro]}]}\n")
	assert.Equal(t, No, a["Q1"].Verdict, "stated, and not in Japan")
	assert.Equal(t, No, a["Q2"].Verdict, "TLS 1.0 is below the bound")
	assert.Equal(t, PlanDependent, a["Q3"].Verdict, "only the Pro plan's backups")
	assert.Contains(t, a["Q3"].Evidence[0].Fact, "Pro")

	// Prose alone answers nothing: a record with only a note, or a section's notes.
	iso, _ := ProfileByName("iso27017")
	doc, err := whitepaper.Parse([]byte(base + "backup: {notes: [{en: We back up.}], sets: [{note: {en: nightly}}]}\n"))
	require.NoError(t, err)
	for _, ans := range Answer(doc, iso, nil).Answers {
		if ans.Question.ID == "12.3.1" {
			assert.Equal(t, NotStated, ans.Verdict, "a backup set with only a note states no fact")
		}
	}
}

// TestBrokenProfiles checks that each broken profile is refused with the
// file, line and column of the problem.
func TestBrokenProfiles(t *testing.T) {
	for file, want := range map[string]string{
		"unknown-field.yaml":  `unknown-field.yaml:9:5: error: unknown field "answer"; did you mean "answers"?`,
		"unknown-path.yaml":   `unknown-path.yaml:10:17: error: question "Q1": field "/backup/sets/*/generatons" is not in the model: BackupSet has no field "generatons"`,
		"missing-source.yaml": `missing-source.yaml:6:5: error: question "Q1": source must name the document and its clause`,
		"duplicate-id.yaml":   `duplicate-id.yaml:10:9: error: question "Q1" appears twice`,
		"prose.yaml":          `prose.yaml:10:17: error: question "Q1": /backup/notes is text; only an item that a description answers may name it, with prose: true`,
	} {
		name := filepath.Join("testdata", "profiles", file)
		_, err := LoadProfile(name)
		require.Error(t, err, file)
		var ds whitepaper.Diagnostics
		require.ErrorAs(t, err, &ds, file)
		var lines []string
		for _, d := range ds {
			lines = append(lines, strings.TrimPrefix(d.String(), filepath.Join("testdata", "profiles")+"/"))
		}
		assert.True(t, slices.Contains(lines, want), "%s: got %q", file, lines)
	}
}

// TestSheetSchema checks the JSON of every profile's answers for every
// example against the committed schema.
func TestSheetSchema(t *testing.T) {
	data, err := os.ReadFile("answers.schema.json")
	require.NoError(t, err)
	doc, err := sv.UnmarshalJSON(bytes.NewReader(data))
	require.NoError(t, err)
	c := sv.NewCompiler()
	require.NoError(t, c.AddResource("answers.schema.json", doc))
	s, err := c.Compile("answers.schema.json")
	require.NoError(t, err)
	for _, p := range Profiles() {
		for _, name := range examples.Names() {
			d, err := examples.Load(name)
			require.NoError(t, err)
			for _, lang := range []string{"ja", "en"} {
				loc := locale.For(language.MustParse(lang))
				var b bytes.Buffer
				require.NoError(t, WriteSheetJSON(&b, Answer(d, p, loc), loc))
				inst, err := sv.UnmarshalJSON(&b)
				require.NoError(t, err)
				assert.NoError(t, s.Validate(inst), "%s %s %s", p.Name, name, lang)
			}
		}
	}
	// The schema is not vacuous: a verdict outside the list fails.
	bad, err := sv.UnmarshalJSON(strings.NewReader(`{"format":"openwhitepaper-answers/1","profile":"x","title":"","language":"en","sources":[],"answers":[{"id":"1","title":"","required":true,"source":{"document":"s","clause":"1"},"answer":"maybe","evidence":[]}],"counts":{"yes":0,"partly":0,"plan-dependent":0,"no":0,"not-stated":0},"summary":""}`))
	require.NoError(t, err)
	assert.Error(t, s.Validate(bad))
}

// TestHostileProfiles checks that malformed profiles are errors, never
// panics.
func TestHostileProfiles(t *testing.T) {
	for _, in := range []string{
		"", "[]", "null", "profile: [1]", "questions: [1, 2]", "questions: {a: b}",
		"profile: x\ntitle: {en: T}\nsources: []\nquestions: [{id: Q, title: {en: T}, source: {document: s, clause: '1'}, answers: [{field: ''}]}]",
		"profile: x\ntitle: {en: T}\nsources: [{id: s, title: {en: S}, publisher: {en: P}, edition: '1'}]\nquestions: [{id: Q, title: {en: T}, source: {document: s, clause: '1'}, answers: [{field: /backup/*}, {field: /backup/sets/*/*}, {field: /backup/sets/generations/x}, {field: /backup/sets/*/retention, atLeast: soon}, {field: /cryptography/inTransit/*/protocol, atLeast: tls}, {field: /backup/provided, equals: maybe}]}]",
		"a: &a [*a, *a]\nprofile: *a",
	} {
		assert.NotPanics(t, func() {
			_, err := ParseProfile([]byte(in), "x.yaml")
			assert.Error(t, err, in)
		}, in)
	}
}

// TestSheetMarkdownIsInert checks that a profile's text cannot make markup
// or HTML in the Markdown sheet, nor a formula in the CSV.
func TestSheetMarkdownIsInert(t *testing.T) {
	p, err := ParseProfile([]byte(`profile: x
title: {en: "<script>alert(1)</script>"}
sources: [{id: s, title: {en: "[link](javascript:alert(1))"}, publisher: {en: P}, edition: "1"}]
questions:
  - id: "| Q"
    title: {en: "=HYPERLINK(\"http://evil\") **bold** <img src=x>"}
    source: {document: s, clause: "1"}
    answers: [{field: /backup/sets}]
`), "x.yaml")
	require.NoError(t, err)
	doc, err := whitepaper.Parse([]byte(base))
	require.NoError(t, err)
	var md, c bytes.Buffer
	require.NoError(t, WriteSheetMarkdown(&md, Answer(doc, p, nil), nil))
	for _, bad := range []string{"<script", "<img", "](javascript", "**bold**"} {
		assert.NotContains(t, md.String(), bad)
	}
	assert.Contains(t, md.String(), `| \| Q |`, "a pipe in a cell is escaped")
	require.NoError(t, WriteSheetCSV(&c, Answer(doc, p, nil), nil))
	rows, err := csv.NewReader(bytes.NewReader(c.Bytes()[3:])).ReadAll()
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(rows[1][1], "'="), rows[1][1])
}

// TestEqualsOnListItems: a criterion that asks for one kind of item of a
// list is answered yes by such an item, and not stated (never no) when
// the list holds only items of other kinds.
func TestEqualsOnListItems(t *testing.T) {
	p, err := ParseProfile([]byte(`profile: x
title: {en: X}
sources: [{id: s, title: {en: S}, publisher: {en: P}, edition: "1"}]
questions:
  - id: waf
    title: {en: "Is there a WAF?"}
    source: {document: s, clause: "1"}
    answers: [{field: /networkSecurity/measures/*/kind, equals: waf}]
`), "x.yaml")
	require.NoError(t, err)
	for _, tc := range []struct {
		measures string
		want     Verdict
	}{
		{"[{kind: firewall}, {kind: waf}]", Yes},
		{"[{kind: firewall}, {kind: ids}]", NotStated},
	} {
		doc, err := whitepaper.Parse([]byte(base + "networkSecurity: {measures: " + tc.measures + "}\n"))
		require.NoError(t, err)
		sheet := Answer(doc, p, nil)
		require.Len(t, sheet.Answers, 1)
		assert.Equal(t, tc.want, sheet.Answers[0].Verdict, tc.measures)
	}
}

// TestProfilesSayHowCompleteTheyAre checks that every bundled profile
// states its scope, and that the count is worded in every output.
func TestProfilesSayHowCompleteTheyAre(t *testing.T) {
	doc, err := examples.Load("classi")
	require.NoError(t, err)
	ja, en := locale.For(language.Japanese), locale.For(language.English)
	for _, p := range Profiles() {
		assert.False(t, p.Scope.IsZero(), "%s states its scope", p.Name)
		sheet := Answer(doc, p, ja)
		for name, write := range map[string]func(io.Writer, *AnswerSheet, *locale.Locale) error{
			"text": WriteSheetText, "markdown": WriteSheetMarkdown, "csv": WriteSheetCSV, "json": WriteSheetJSON,
		} {
			var b bytes.Buffer
			require.NoError(t, write(&b, sheet, ja))
			assert.Contains(t, b.String(), p.Completeness(ja), "%s %s", p.Name, name)
			if p.Name == "meti-sla" && name == "json" {
				assert.Contains(t, b.String(), `"measure": "時間帯"`, "METI items carry their 測定単位")
			}
		}
	}
	p := &Profile{Questions: make([]Question, 5), SourceItems: 49}
	assert.Equal(t, "5 of 49 items", p.Completeness(en))
	assert.Equal(t, "49項目中5項目", p.Completeness(ja))
	p.SourceItems = 0
	assert.Equal(t, "5 items (the source's number of items is not known)", p.Completeness(en))
	assert.Equal(t, "5項目（原典の項目数は未確認）", p.Completeness(ja))
	_, err = ParseProfile([]byte(`profile: x
title: {en: X}
sourceItems: 1
sources: [{id: s, title: {en: S}, publisher: {en: P}, edition: "1"}]
questions:
  - {id: "1", title: {en: A}, source: {document: s, clause: "1"}, answers: [{field: /date}]}
  - {id: "2", title: {en: B}, source: {document: s, clause: "2"}, answers: [{field: /date}]}
`), "x.yaml")
	assert.ErrorContains(t, err, "sourceItems: the source has 1 items, fewer than the profile's 2 questions")
}

// TestProfileDiagnosticsCapped checks that a profile with 5,000 broken
// questions gives whitepaper.MaxDiagnostics errors and a count of the rest.
func TestProfileDiagnosticsCapped(t *testing.T) {
	var b strings.Builder
	b.WriteString("profile: x\ntitle: {en: T}\nsources: [{id: s, title: {en: S}, publisher: {en: P}, edition: '1'}]\nquestions:\n")
	for i := range 5_000 {
		fmt.Fprintf(&b, "- {id: q%d, title: {en: T}, source: {document: nope, clause: '1'}, answers: [{field: /backup/sets}]}\n", i)
	}
	_, err := ParseProfile([]byte(b.String()), "x.yaml")
	var ds whitepaper.Diagnostics
	require.ErrorAs(t, err, &ds)
	require.Len(t, ds, whitepaper.MaxDiagnostics+1)
	assert.Equal(t, "too-many-diagnostics", ds[len(ds)-1].Code)
	assert.Contains(t, ds[len(ds)-1].Message, "and 4000 more errors")
}
