package workbook

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/check"
	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/language"
)

// buyerSheet makes a buyer's questionnaire for the meti-sla profile, with
// what a real one has: a merged title, styles, a list of choices on the
// answer column, a comment, formulas, a row the profile does not know,
// an answer cell holding a formula, an answer cell inside a merged range,
// and a second sheet whose formulas count the answers.
func buyerSheet(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	const s = "チェックシート"
	require.NoError(t, f.SetSheetName("Sheet1", s))
	title, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	require.NoError(t, err)
	head, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFF2CC"}}})
	require.NoError(t, err)
	answer, err := f.NewStyle(&excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E2EFDA"}},
		Alignment: &excelize.Alignment{WrapText: true}})
	require.NoError(t, err)
	require.NoError(t, f.SetCellStr(s, "A1", "クラウドサービス チェックシート（御社記入欄は緑）"))
	require.NoError(t, f.MergeCell(s, "A1", "E1"))
	require.NoError(t, f.SetCellStyle(s, "A1", "A1", title))
	for i, h := range []string{"No.", "確認項目", "回答", "根拠・補足", "文字数"} {
		cell, _ := excelize.CoordinatesToCellName(i+1, 2)
		require.NoError(t, f.SetCellStr(s, cell, h))
	}
	require.NoError(t, f.SetCellStyle(s, "A2", "E2", head))
	rows := [][2]string{
		{"1", "サービス時間"}, {"2", "計画停止予定通知"}, {"5", "サービス稼働率"},
		{"6", "ディザスタリカバリ"}, {"9", "アップグレード方針"}, {"99", "独自の質問"},
	}
	for i, r := range rows {
		row := i + 3
		require.NoError(t, f.SetCellValue(s, cellName(1, row), r[0]))
		require.NoError(t, f.SetCellStr(s, cellName(2, row), r[1]))
		require.NoError(t, f.SetCellFormula(s, cellName(5, row), "LEN("+cellName(2, row)+")"))
	}
	require.NoError(t, f.SetCellStyle(s, "C3", "D8", answer))
	// Row 5 (item 5) had an answer from last year.
	require.NoError(t, f.SetCellStr(s, "C5", "いいえ"))
	// Item 9's answer cell holds the buyer's formula.
	require.NoError(t, f.SetCellFormula(s, "C7", `IF(A7="9","-","")`))
	// Item 6's answer is merged with the row above it: the cell is not its top left.
	require.NoError(t, f.SetCellStr(s, "A10", "6"))
	require.NoError(t, f.MergeCell(s, "C9", "C10"))
	dv := excelize.NewDataValidation(true)
	dv.Sqref = "C3:C10"
	require.NoError(t, dv.SetDropList([]string{"はい", "いいえ", "一部", "プランによる"}))
	require.NoError(t, f.AddDataValidation(s, dv))
	require.NoError(t, f.AddComment(s, excelize.Comment{Cell: "B4", Author: "購買部", Text: "通知の方法も書いてください"}))
	require.NoError(t, f.SetColWidth(s, "B", "B", 30))
	_, err = f.NewSheet("集計")
	require.NoError(t, err)
	require.NoError(t, f.SetCellStr("集計", "A1", "回答済み"))
	require.NoError(t, f.SetCellFormula("集計", "B1", `COUNTA(チェックシート!C3:C8)`))
	var b bytes.Buffer
	require.NoError(t, f.Write(&b))
	return b.Bytes()
}

func cellName(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

// snapshot is everything of a workbook that filling must keep.
type snapshot struct {
	sheets   []string
	cells    map[string]cellState // "sheet!A1"
	merged   map[string][]string
	valid    map[string][]string
	comments map[string][]string
	widths   map[string]float64
}

type cellState struct {
	value, formula string
	style          int
}

func takeSnapshot(t *testing.T, data []byte) snapshot {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	require.NoError(t, err)
	defer f.Close()
	s := snapshot{sheets: f.GetSheetList(), cells: map[string]cellState{}, merged: map[string][]string{},
		valid: map[string][]string{}, comments: map[string][]string{}, widths: map[string]float64{}}
	for _, sh := range s.sheets {
		for r := 1; r <= 12; r++ {
			for c := 1; c <= 6; c++ {
				cell := cellName(c, r)
				v, err := f.GetCellValue(sh, cell, excelize.Options{RawCellValue: true})
				require.NoError(t, err)
				fo, err := f.GetCellFormula(sh, cell)
				require.NoError(t, err)
				st, err := f.GetCellStyle(sh, cell)
				require.NoError(t, err)
				s.cells[sh+"!"+cell] = cellState{v, fo, st}
			}
		}
		mc, err := f.GetMergeCells(sh, true)
		require.NoError(t, err)
		for _, m := range mc {
			s.merged[sh] = append(s.merged[sh], m.GetStartAxis()+":"+m.GetEndAxis())
		}
		dvs, err := f.GetDataValidations(sh)
		require.NoError(t, err)
		for _, d := range dvs {
			s.valid[sh] = append(s.valid[sh], d.Sqref+" "+d.Type+" "+d.Formula1)
		}
		cs, err := f.GetComments(sh)
		require.NoError(t, err)
		for _, c := range cs {
			s.comments[sh] = append(s.comments[sh], c.Cell+" "+c.Author+" "+c.Text)
		}
		w, err := f.GetColWidth(sh, "B")
		require.NoError(t, err)
		s.widths[sh] = w
	}
	return s
}

// TestFillKeepsTheWorkbook fills a buyer's workbook and reads it back:
// every cell but the answers it wrote has the value, formula and style it
// had; the merged ranges, the list of choices, the comment, the second
// sheet and its formula are as they were; and the report names the rows
// it left and why.
func TestFillKeepsTheWorkbook(t *testing.T) {
	in := buyerSheet(t)
	doc, err := examples.Load("loilo")
	require.NoError(t, err)
	p, _ := check.ProfileByName("meti-sla")
	ja := locale.For(language.Japanese)
	var out bytes.Buffer
	rep, err := Fill(bytes.NewReader(in), &out, check.Answer(doc, p, ja),
		Layout{IDColumn: "A", AnswerColumn: "C", EvidenceColumn: "D"}, ja)
	require.NoError(t, err)

	before, after := takeSnapshot(t, in), takeSnapshot(t, out.Bytes())
	written := map[string]bool{"チェックシート!C5": true, "チェックシート!D5": true, "チェックシート!C6": true, "チェックシート!D6": true}
	for cell, was := range before.cells {
		now := after.cells[cell]
		if written[cell] {
			assert.Equal(t, was.style, now.style, "%s: the answer cell keeps its style", cell)
			assert.Empty(t, now.formula, cell)
			continue
		}
		assert.Equal(t, was, now, "%s changed", cell)
	}
	assert.Equal(t, "はい", after.cells["チェックシート!C5"].value)
	assert.Contains(t, after.cells["チェックシート!D5"].value, "稼働率: 99.9897%（記載箇所：10 可用性）")
	assert.Equal(t, "はい", after.cells["チェックシート!C6"].value)
	assert.Contains(t, after.cells["チェックシート!D6"].value, "3 バックアップの状況")
	assert.Equal(t, before.sheets, after.sheets)
	assert.Equal(t, before.merged, after.merged)
	assert.Equal(t, before.valid, after.valid)
	assert.Equal(t, before.comments, after.comments)
	assert.Equal(t, before.widths, after.widths)
	assert.Equal(t, `COUNTA(チェックシート!C3:C8)`, after.cells["集計!B1"].formula)

	rows := func(rs []RowResult) []int {
		var out []int
		for _, r := range rs {
			out = append(out, r.Row)
		}
		return out
	}
	assert.Equal(t, []int{5, 6}, rows(rep.Answered))
	assert.True(t, rep.Answered[0].Replaced, "row 5 held いいえ")
	assert.Equal(t, []int{3, 4}, rows(rep.NotStated))
	require.Equal(t, []int{7, 10}, rows(rep.Skipped))
	assert.Contains(t, rep.Skipped[0].Reason, "C7は数式のセルです")
	assert.Contains(t, rep.Skipped[1].Reason, "C10は結合セルC9:C10の中にあります")
	assert.Equal(t, []int{1, 2, 8}, rows(rep.Unknown)) // the title, the header and 99
	// The sheet was made before the profile answered items 3, 4 and 7.
	assert.Equal(t, []string{"3", "4", "7"}, rep.Missing)
	assert.Equal(t, "チェックシート", rep.Layout.Sheet)
}

// TestFillChoices checks that an answer the answer cell's list of choices
// does not have is not written, and that --answer-words words it as the
// sheet wants.
func TestFillChoices(t *testing.T) {
	in := buyerSheet(t)
	doc, err := examples.Load("loilo")
	require.NoError(t, err)
	p, _ := check.ProfileByName("meti-sla")
	en := locale.For(language.English)
	var out bytes.Buffer
	rep, err := Fill(bytes.NewReader(in), &out, check.Answer(doc, p, en),
		Layout{IDColumn: "A", AnswerColumn: "C"}, en)
	require.NoError(t, err)
	assert.Empty(t, rep.Answered)
	require.Len(t, rep.Skipped, 4)
	assert.Equal(t, `"Yes" is not one of the choices of C5 (はい, いいえ, 一部, プランによる)`, rep.Skipped[0].Reason)

	out.Reset()
	rep, err = Fill(bytes.NewReader(in), &out, check.Answer(doc, p, en),
		Layout{IDColumn: "A", AnswerColumn: "C", Words: map[check.Verdict]string{check.Yes: "はい", check.No: "いいえ"}}, en)
	require.NoError(t, err)
	assert.Len(t, rep.Answered, 2)
	after := takeSnapshot(t, out.Bytes())
	assert.Equal(t, "はい", after.cells["チェックシート!C6"].value)
	assert.Equal(t, "", after.cells["チェックシート!D6"].value, "no evidence column: D is left")
}

// TestFillErrors checks the errors of a bad layout or a file that is no
// workbook.
func TestFillErrors(t *testing.T) {
	in := buyerSheet(t)
	doc, err := examples.Load("loilo")
	require.NoError(t, err)
	p, _ := check.ProfileByName("meti-sla")
	s := check.Answer(doc, p, nil)
	for _, tc := range []struct {
		l    Layout
		want string
	}{
		{Layout{}, "not recognised"},
		{Layout{IDColumn: "A", AnswerColumn: "1"}, `answer column "1"`},
		{Layout{IDColumn: "A", AnswerColumn: "A"}, "must differ"},
		{Layout{Sheet: "nope", IDColumn: "A", AnswerColumn: "C"}, `no sheet "nope"`},
	} {
		_, err := Fill(bytes.NewReader(in), &bytes.Buffer{}, s, tc.l, nil)
		require.Error(t, err)
		assert.Contains(t, err.Error(), tc.want)
	}
	_, err = Fill(strings.NewReader("not a zip"), &bytes.Buffer{}, s, Layout{IDColumn: "A", AnswerColumn: "C"}, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "not a workbook")
	// A workbook cut short anywhere is an error, never a panic.
	for n := 0; n < len(in); n += len(in)/40 + 1 {
		_, err := Fill(bytes.NewReader(in[:n]), &bytes.Buffer{}, s, Layout{IDColumn: "A", AnswerColumn: "C"}, nil)
		assert.Error(t, err, "cut at %d", n)
	}
}

// caiqSheet makes a workbook in the layout of CSA's CAIQ v4.0.x (written
// for this test, not a copy): a line of metadata, the header row, and
// questions whose text is a placeholder.
func caiqSheet(t *testing.T, ids []string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	const s = "CAIQv4.0.2"
	require.NoError(t, f.SetSheetName("Sheet1", s))
	_, err := f.NewSheet("Introduction")
	require.NoError(t, err)
	require.NoError(t, f.SetCellStr(s, "A1", "Consensus Assessments Initiative Questionnaire v4.0.2 (test fixture)"))
	for i, h := range []string{"Question ID", "Question", "CSP CAIQ Answer", "SSRM Control Ownership",
		"CSP Implementation Description\n(Optional/Recommended)", "CSC Responsibilities\n(Optional/Recommended)",
		"CCM Control ID"} {
		require.NoError(t, f.SetCellStr(s, cellName(i+1, 2), h))
	}
	for i, id := range ids {
		row := i + 3
		require.NoError(t, f.SetCellStr(s, cellName(1, row), id))
		require.NoError(t, f.SetCellStr(s, cellName(2, row), "(question text of "+id+")"))
		require.NoError(t, f.SetCellStr(s, cellName(7, row), strings.Split(id, ".")[0]))
	}
	dv := excelize.NewDataValidation(true)
	dv.Sqref = "C3:C300"
	require.NoError(t, dv.SetDropList([]string{"Yes", "No", "NA"}))
	require.NoError(t, f.AddDataValidation(s, dv))
	var b bytes.Buffer
	require.NoError(t, f.Write(&b))
	return b.Bytes()
}

// TestFillCAIQ answers a CAIQ-layout workbook from the market document:
// the layout is recognised, Yes and No go in the answer column, a partly
// answer leaves the answer for the vendor and says it in the description.
func TestFillCAIQ(t *testing.T) {
	p, _ := check.ProfileByName("caiq-v4")
	var ids []string
	for _, q := range p.Questions {
		ids = append(ids, q.ID)
	}
	ids = append(ids[:3], append([]string{"GRC-01.1"}, ids[3:]...)...) // a question of no mapping
	in := caiqSheet(t, ids[:len(ids)-1])                               // and the last item has no row
	l, ok, err := DetectCAIQ(bytes.NewReader(in), "")
	require.NoError(t, err)
	require.True(t, ok)
	assert.Equal(t, Layout{Sheet: "CAIQv4.0.2", HeaderRow: 2, IDColumn: "A", AnswerColumn: "C", EvidenceColumn: "E",
		Words: CAIQWords, Name: "CAIQ v4"}, l)

	en := locale.For(language.English)
	var out bytes.Buffer
	rep, err := Fill(bytes.NewReader(in), &out, check.Answer(market(t), p, en), Layout{}, en)
	require.NoError(t, err)
	f, err := excelize.OpenReader(&out)
	require.NoError(t, err)
	defer f.Close()
	var b strings.Builder
	rows, err := f.GetRows("CAIQv4.0.2")
	require.NoError(t, err)
	for _, r := range rows[2:] {
		for len(r) < 5 {
			r = append(r, "")
		}
		b.WriteString(r[0] + " | " + r[2] + " | " + strings.ReplaceAll(r[4], "\n", " ⏎ ") + "\n")
	}
	b.WriteString("unknown:")
	for _, r := range rep.Unknown {
		b.WriteString(" " + r.ID)
	}
	b.WriteString("\nnot stated:")
	for _, r := range rep.NotStated {
		b.WriteString(" " + r.ID)
	}
	b.WriteString("\nmissing: " + strings.Join(rep.Missing, " ") + "\n")
	golden(t, filepath.Join("testdata", "caiq.market.en.txt"), []byte(b.String()))
	for _, r := range rep.Answered {
		v, _ := f.GetCellValue("CAIQv4.0.2", cellName(3, r.Row))
		assert.Contains(t, []string{"Yes", "No", ""}, v, "row %d", r.Row)
	}
}

// TestWriteProfileSkeleton starts a profile from a buyer's sheet, with and
// without an ID column, and checks that it loads once a field is named.
func TestWriteProfileSkeleton(t *testing.T) {
	in := buyerSheet(t)
	var b bytes.Buffer
	n, err := WriteProfileSkeleton(&b, bytes.NewReader(in), SkeletonLayout{HeaderRow: 2, IDColumn: "A", QuestionColumn: "B", File: "購買部 シート.xlsx"})
	require.NoError(t, err)
	assert.Equal(t, 6, n)
	golden(t, filepath.Join("testdata", "skeleton.yaml"), b.Bytes())
	_, err = check.ParseProfile(b.Bytes(), "skeleton.yaml")
	require.Error(t, err, "a skeleton does not load until each question names a field")
	assert.Contains(t, err.Error(), `question "1": answers: name the fields that answer it`)
	filled := strings.ReplaceAll(b.String(), "answers: []", "answers: [{field: /backup/sets}]")
	p, err := check.ParseProfile([]byte(filled), "skeleton.yaml")
	require.NoError(t, err)
	assert.Equal(t, "buyer", p.Name)

	b.Reset()
	n, err = WriteProfileSkeleton(&b, bytes.NewReader(in), SkeletonLayout{HeaderRow: 2, QuestionColumn: "B", Name: "acme-bank"})
	require.NoError(t, err)
	assert.Equal(t, 6, n)
	assert.Contains(t, b.String(), `  - id: "サービス時間"`)
	assert.Contains(t, b.String(), "profile: acme-bank")
}

// TestLibreOfficeReadsTheFilledWorkbook converts a filled workbook to CSV
// with LibreOffice, when it is installed, and finds the answers and the
// buyer's cells in it.
func TestLibreOfficeReadsTheFilledWorkbook(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice is not installed: apt-get install -y --no-install-recommends libreoffice-calc-nogui")
	}
	doc, err := examples.Load("loilo")
	require.NoError(t, err)
	p, _ := check.ProfileByName("meti-sla")
	ja := locale.For(language.Japanese)
	var out bytes.Buffer
	_, err = Fill(bytes.NewReader(buyerSheet(t)), &out, check.Answer(doc, p, ja),
		Layout{IDColumn: "A", AnswerColumn: "C", EvidenceColumn: "D"}, ja)
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "filled.xlsx"), out.Bytes(), 0o644))
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir, filepath.Join(dir, "filled.xlsx"))
	msg, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", msg)
	csv, err := os.ReadFile(filepath.Join(dir, "filled.csv"))
	require.NoError(t, err, "%s", msg)
	text := string(csv)
	assert.Contains(t, text, "クラウドサービス チェックシート（御社記入欄は緑）")
	assert.Contains(t, text, `5,サービス稼働率,はい,"`)
	assert.Contains(t, text, "6,ディザスタリカバリ,はい,")
	assert.Contains(t, text, ",5\n", "the formula LEN(B5) is computed")
}
