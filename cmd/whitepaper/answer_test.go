package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

// buyerWorkbook writes a small questionnaire for the meti-sla profile:
// IDs in A, questions in B, answers in C, evidence in D.
func buyerWorkbook(t *testing.T, dir string) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]string{{"No.", "確認項目", "回答", "根拠"}, {"1", "サービス時間"}, {"5", "サービス稼働率"}, {"6", "ディザスタリカバリ"}, {"77", "独自"}}
	for i, r := range rows {
		for j, v := range r {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			require.NoError(t, f.SetCellStr("Sheet1", cell, v))
		}
	}
	name := filepath.Join(dir, "buyer.xlsx")
	require.NoError(t, f.SaveAs(name))
	return name
}

func TestAnswerFillsTheBuyersWorkbook(t *testing.T) {
	dir := t.TempDir()
	in := buyerWorkbook(t, dir)
	orig, err := os.ReadFile(in)
	require.NoError(t, err)
	out := filepath.Join(dir, "answered.xlsx")
	code, stdout, errOut := runCLI("answer", "--profile", "meti-sla", "--sheet", in, "--id-column", "A",
		"--answer-column", "C", "--evidence-column", "D", "-o", out, "../../examples/loilo.yaml")
	require.Equal(t, exitOK, code, errOut)
	assert.Equal(t, `シート「Sheet1」の2行に回答し、`+out+`に書き出しました
文書に記載がないため空欄のままの行（1件）：
  2行目：1
IDがプロファイルの項目にない行（2件）：
  1行目：No.
  5行目：77
シートに行がないプロファイルの項目（5件）：
  2, 3, 4, 7, 9
`, stdout)
	now, err := os.ReadFile(in)
	require.NoError(t, err)
	assert.Equal(t, orig, now, "the input is never written")
	f, err := excelize.OpenFile(out)
	require.NoError(t, err)
	defer f.Close()
	v, _ := f.GetCellValue("Sheet1", "C3")
	assert.Equal(t, "はい", v)

	// In English, with the sheet's own words.
	code, stdout, errOut = runCLI("answer", "--profile", "meti-sla", "--sheet", in, "--id-column", "a",
		"--answer-column", "c", "--answer-words", "yes=○,no=×", "--lang", "en", "-o", out, "../../examples/loilo.yaml")
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, stdout, `Answered 2 rows of the sheet "Sheet1"`)
	f2, err := excelize.OpenFile(out)
	require.NoError(t, err)
	defer f2.Close()
	v, _ = f2.GetCellValue("Sheet1", "C3")
	assert.Equal(t, "○", v)
}

func TestAnswerRefusesToOverwriteItsInput(t *testing.T) {
	dir := t.TempDir()
	in := buyerWorkbook(t, dir)
	orig, err := os.ReadFile(in)
	require.NoError(t, err)
	link := filepath.Join(dir, "link.xlsx")
	require.NoError(t, os.Symlink(in, link))
	hard := filepath.Join(dir, "hard.xlsx")
	require.NoError(t, os.Link(in, hard))
	doc := filepath.Join(dir, "loilo.yaml")
	data, err := os.ReadFile("../../examples/loilo.yaml")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(doc, data, 0o644))
	for _, out := range []string{in, link, hard, filepath.Join(dir, ".", "buyer.xlsx"), doc} {
		code, _, errOut := runCLI("answer", "--profile", "meti-sla", "--sheet", in, "--id-column", "A",
			"--answer-column", "C", "-o", out, doc)
		assert.Equal(t, exitUsage, code, out)
		assert.Contains(t, errOut, "would overwrite the input", out)
	}
	now, err := os.ReadFile(in)
	require.NoError(t, err)
	assert.Equal(t, orig, now)
}

func TestAnswerUsageErrors(t *testing.T) {
	dir := t.TempDir()
	in := buyerWorkbook(t, dir)
	out := filepath.Join(dir, "out.xlsx")
	doc := "../../examples/loilo.yaml"
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--profile", "meti-sla", "--sheet", in, "-o", out, doc}, "not recognised"},
		{[]string{"--profile", "meti-sla", "--sheet", in, "--id-column", "A", "-o", out, doc}, "together"},
		{[]string{"--profile", "meti-sla", "--sheet", in, "--id-column", "A", "--answer-column", "C", doc}, "-o"},
		{[]string{"--profile", "meti-sla", "--sheet", in, "--id-column", "B", "--answer-column", "C", "-o", out, doc}, "no row of the sheet"},
		{[]string{"--profile", "meti-sla", "--sheet", in, "--id-column", "A", "--answer-column", "C", "--answer-words", "maybe=?", "-o", out, doc}, "VERDICT=WORD"},
		{[]string{"--profile", "meti-sla", "--sheet", doc, "--id-column", "A", "--answer-column", "C", "-o", out, doc}, "not a workbook"},
	} {
		code, _, errOut := runCLI(append([]string{"answer"}, tc.args...)...)
		assert.Equal(t, exitUsage, code, "%v", tc.args)
		assert.Contains(t, errOut, tc.want, "%v", tc.args)
	}
	_, err := os.Stat(out)
	assert.True(t, os.IsNotExist(err), "nothing is written on an error")
}

func TestAnswerInitProfile(t *testing.T) {
	dir := t.TempDir()
	in := buyerWorkbook(t, dir)
	prof := filepath.Join(dir, "acme-bank.yaml")
	code, _, errOut := runCLI("answer", "init-profile", "--sheet", in, "--id-column", "A", "--question-column", "B",
		"--header-row", "1", "-o", prof)
	require.Equal(t, exitOK, code, errOut)
	data, err := os.ReadFile(prof)
	require.NoError(t, err)
	assert.Contains(t, string(data), "profile: acme-bank\n")
	assert.Contains(t, string(data), `  - id: "77"`)
	code, _, errOut = runCLI("answer", "init-profile", "--sheet", in, "--question-column", "B", "-o", prof)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "exists")

	// Filled in, the profile answers the sheet.
	filled := strings.ReplaceAll(string(data), "answers: []", "answers: [{field: /availability/measured/*/availability}]")
	require.NoError(t, os.WriteFile(prof, []byte(filled), 0o644))
	code, stdout, errOut := runCLI("answer", "--profile", prof, "--sheet", in, "--id-column", "A", "--answer-column", "C",
		"--lang", "en", "-o", filepath.Join(dir, "out.xlsx"), "../../examples/loilo.yaml")
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, stdout, "Answered 4 rows")
}

func TestCoverageXLSX(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "answers.xlsx")
	code, stdout, errOut := runCLI("coverage", "--profile", "mext", "--format", "xlsx", "-o", out, "../../examples/classi.yaml")
	require.Equal(t, exitOK, code, errOut)
	assert.Empty(t, stdout)
	f, err := excelize.OpenFile(out)
	require.NoError(t, err)
	defer f.Close()
	assert.Equal(t, []string{"回答"}, f.GetSheetList())
	code, _, errOut = runCLI("coverage", "--format", "xlsx", "../../examples/classi.yaml")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "-o FILE")
	code, stdout, _ = runCLI("coverage", "--format", "xlsx", "-o", "-", "../../examples/classi.yaml")
	assert.Equal(t, exitOK, code)
	assert.True(t, bytes.HasPrefix([]byte(stdout), []byte("PK")), "a zip on standard output")
}

// TestAnswerCAIQ answers a workbook in CAIQ v4's layout (made here) with
// no columns named: the layout and the caiq-v4 profile are found, and the
// questions the profile does not map are listed on one line.
func TestAnswerCAIQ(t *testing.T) {
	dir := t.TempDir()
	f := excelize.NewFile()
	const s = "CAIQv4.0.2"
	require.NoError(t, f.SetSheetName("Sheet1", s))
	for i, h := range []string{"Question ID", "Question", "CSP CAIQ Answer", "SSRM Control Ownership",
		"CSP Implementation Description (Optional/Recommended)"} {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		require.NoError(t, f.SetCellStr(s, cell, h))
	}
	ids := []string{"BCR-08.1", "DSP-19.1", "CEK-08.1"}
	for i := 1; i <= 25; i++ {
		ids = append(ids, fmt.Sprintf("GRC-%02d.1", i))
	}
	for i, id := range ids {
		require.NoError(t, f.SetCellStr(s, fmt.Sprintf("A%d", i+2), id))
	}
	in := filepath.Join(dir, "caiq.xlsx")
	require.NoError(t, f.SaveAs(in))
	require.NoError(t, f.Close())
	out := filepath.Join(dir, "caiq-answered.xlsx")
	code, stdout, errOut := runCLI("answer", "--sheet", in, "--lang", "en", "-o", out, "../../examples/nulab.yaml")
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, stdout, "Recognised the layout of CAIQ v4: IDs in column A, answers in column C, descriptions in column E\n")
	assert.Contains(t, stdout, "Answered 2 rows of the sheet \"CAIQv4.0.2\"")
	assert.Contains(t, stdout, "Rows whose ID is not an item of the profile (25):\n  GRC-01.1, GRC-02.1, ")
	assert.Contains(t, stdout, "Not stated in the document, left blank (1):\n  row 4: CEK-08.1\n")
	g, err := excelize.OpenFile(out)
	require.NoError(t, err)
	defer g.Close()
	v, _ := g.GetCellValue(s, "C2")
	assert.Equal(t, "Yes", v)
	v, _ = g.GetCellValue(s, "E3")
	assert.Contains(t, v, "Countries: Japan, United States")
}
