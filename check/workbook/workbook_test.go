package workbook

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/check"
	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func golden(t *testing.T, file string, got []byte) {
	t.Helper()
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(file), 0o755))
		require.NoError(t, os.WriteFile(file, got, 0o644))
		return
	}
	want, err := os.ReadFile(file)
	require.NoError(t, err, "run: go test ./check/workbook -update")
	assert.Equal(t, string(want), string(got), "%s: run go test ./check/workbook -update and read the diff", file)
}

func market(t *testing.T) *whitepaper.Document {
	t.Helper()
	data, err := os.ReadFile("../../whitepaper/testdata/market.yaml")
	require.NoError(t, err)
	doc, err := whitepaper.Parse(data, whitepaper.WithFilename("market.yaml"))
	require.NoError(t, err)
	return doc
}

// dump writes what a reader of the workbook sees, as text: the sheets,
// the frozen panes, the column widths, the print settings and defined
// names, and every cell with its value, formula and style.
func dump(t *testing.T, data []byte) string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	require.NoError(t, err)
	defer f.Close()
	var b strings.Builder
	props, err := f.GetDocProps()
	require.NoError(t, err)
	fmt.Fprintf(&b, "properties: title=%q creator=%q language=%q created=%s modified=%s\n",
		props.Title, props.Creator, props.Language, props.Created, props.Modified)
	for _, dn := range f.GetDefinedName() {
		fmt.Fprintf(&b, "defined name: %s (%s) = %s\n", dn.Name, dn.Scope, dn.RefersTo)
	}
	for _, sheet := range f.GetSheetList() {
		fmt.Fprintf(&b, "sheet %q\n", sheet)
		panes, err := f.GetPanes(sheet)
		require.NoError(t, err)
		fmt.Fprintf(&b, "  panes: freeze=%v ySplit=%d topLeft=%s\n", panes.Freeze, panes.YSplit, panes.TopLeftCell)
		layout, err := f.GetPageLayout(sheet)
		require.NoError(t, err)
		fmt.Fprintf(&b, "  page: size=%d orientation=%s fitToWidth=%d fitToHeight=%d\n",
			*layout.Size, *layout.Orientation, *layout.FitToWidth, *layout.FitToHeight)
		hf, err := f.GetHeaderFooter(sheet)
		require.NoError(t, err)
		fmt.Fprintf(&b, "  header: %q footer: %q\n", hf.OddHeader, hf.OddFooter)
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		require.NoError(t, err)
		for c := 1; c <= 6; c++ {
			name, _ := excelize.ColumnNumberToName(c)
			w, err := f.GetColWidth(sheet, name)
			require.NoError(t, err)
			fmt.Fprintf(&b, "  width %s: %g\n", name, w)
		}
		var heights []string
		for r := range rows {
			h, err := f.GetRowHeight(sheet, r+1)
			require.NoError(t, err)
			heights = append(heights, fmt.Sprint(h))
		}
		fmt.Fprintf(&b, "  row heights: %s\n", strings.Join(heights, " "))
		styles := map[int]string{}
		for r, row := range rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if v == "" {
					continue
				}
				s, err := f.GetCellStyle(sheet, cell)
				require.NoError(t, err)
				if _, ok := styles[s]; !ok {
					st, err := f.GetStyle(s)
					require.NoError(t, err)
					desc := []string{}
					if st.Font != nil && st.Font.Bold {
						desc = append(desc, "bold")
					}
					if st.Alignment != nil && st.Alignment.WrapText {
						desc = append(desc, "wrap")
					}
					if st.Alignment != nil && st.Alignment.Vertical != "" {
						desc = append(desc, "v="+st.Alignment.Vertical)
					}
					if len(st.Fill.Color) > 0 {
						desc = append(desc, "fill="+st.Fill.Color[0])
					}
					styles[s] = strings.Join(desc, ",")
				}
				typ, err := f.GetCellType(sheet, cell)
				require.NoError(t, err)
				formula, err := f.GetCellFormula(sheet, cell)
				require.NoError(t, err)
				require.Empty(t, formula, "%s: a formula", cell)
				require.Equal(t, excelize.CellTypeSharedString, typ, "%s: not a string", cell)
				fmt.Fprintf(&b, "  %s [%s] %s\n", cell, styles[s], strings.ReplaceAll(v, "\n", "⏎"))
			}
		}
	}
	return b.String()
}

// TestWriteAnswersGolden writes the answer workbook of every bundled
// profile for every example in Japanese and English, and compares what a
// reader sees with the golden files. The bytes are stable too: two writes
// give the same file.
func TestWriteAnswersGolden(t *testing.T) {
	for _, p := range check.Profiles() {
		for _, name := range examples.Names() {
			doc, err := examples.Load(name)
			require.NoError(t, err)
			for _, lang := range []string{"ja", "en"} {
				loc := locale.For(language.MustParse(lang))
				var a, b bytes.Buffer
				require.NoError(t, WriteAnswers(&a, check.Answer(doc, p, loc), loc))
				require.NoError(t, WriteAnswers(&b, check.Answer(doc, p, loc), loc))
				require.Equal(t, a.Bytes(), b.Bytes(), "%s %s %s: the bytes differ between two writes", p.Name, name, lang)
				golden(t, filepath.Join("testdata", "answers", p.Name+"."+name+"."+lang+".txt"), []byte(dump(t, a.Bytes())))
			}
		}
	}
}

// TestWriteAnswersFormulaGuard checks that text a spreadsheet would take
// for a formula is written as a string.
func TestWriteAnswersFormulaGuard(t *testing.T) {
	p, err := check.ParseProfile([]byte(`profile: hostile
title: {en: "=HYPERLINK(\"http://x\")"}
sources: [{id: s, title: {en: S}, publisher: {en: P}, edition: "1"}]
questions:
  - id: "=1+1"
    title: {en: "@SUM(A1)"}
    source: {document: s, clause: "+c"}
    answers: [{field: /backup/sets}]
`), "hostile.yaml")
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, WriteAnswers(&b, check.Answer(market(t), p, nil), nil))
	out := dump(t, b.Bytes()) // fails on any formula or non-string cell
	assert.Contains(t, out, "A2 [wrap,v=top] =1+1")
	assert.Contains(t, out, "B2 [wrap,v=top] @SUM(A1)")
	assert.Contains(t, out, "defined name: _xlnm.Print_Titles")
}
