// Package workbook reads and writes the Excel workbooks (.xlsx) that
// security questionnaires travel in.
//
// [WriteAnswers] writes a profile's answers as a workbook of its own, styled
// for reading and printing. [Fill] answers a buyer's own workbook in place:
// it writes the answer (and the evidence) into the rows whose ID cell names
// an item of the profile, and leaves every other cell, style, formula,
// comment, merged range, data validation and sheet as it was. It
// recognises the layout of CSA's CAIQ v4 workbook. [WriteProfileSkeleton]
// starts a profile for a buyer's own questions from the sheet's question
// column.
//
// The package is apart from check so that programs that do not write
// workbooks do not link a spreadsheet library. Every text is written to a
// cell as a string, never as a formula, whatever character it starts with.
package workbook

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/openwhitepaper/whitepaper/check"
	"github.com/openwhitepaper/whitepaper/internal/textsafe"
	"github.com/openwhitepaper/whitepaper/internal/wording"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/language"
)

// fixedTime is the creation and modification time written in the
// workbook's properties, so that the same answers give the same bytes.
const fixedTime = "2000-01-01T00:00:00Z"

// columns of the answer sheet: the message key of the header and the
// width in characters.
var columns = []struct {
	key   string
	width float64
}{
	{"item", 10}, {"title", 40}, {"required", 10}, {"answer", 14},
	{"evidence", 70}, {"source", 24},
}

// WriteAnswers writes the answers as an .xlsx workbook of one sheet in
// loc's language (English when nil): a header row (bold, frozen, repeated
// on every printed page), a row per question with the
// columns item, question, required, answer, evidence (each fact with the
// vendor's section, one a line) and the source's clause, then the
// summary and the sources. Long
// text wraps; the page is printed landscape, fitted to the paper's width.
// The same answers give the same bytes.
func WriteAnswers(w io.Writer, s *check.AnswerSheet, loc *locale.Locale) error {
	if s == nil || s.Profile == nil {
		return whitepaper.Errorf("workbook: no answer sheet to write")
	}
	if loc == nil {
		loc = locale.For(language.English)
	}
	f := excelize.NewFile()
	defer f.Close()
	sheet := loc.Message("check.xlsx.sheet")
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	head, err := f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"},
		Border:    []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}},
	})
	if err != nil {
		return err
	}
	body, err := f.NewStyle(&excelize.Style{
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"},
		Border:    []excelize.Border{{Type: "bottom", Color: "D0D0D0", Style: 1}},
	})
	if err != nil {
		return err
	}
	plain, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: false, Vertical: "top"}})
	if err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	last, _ := excelize.ColumnNumberToName(len(columns))
	for i, c := range columns {
		name, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sheet, name, name, c.width); err != nil {
			return err
		}
		if err := setText(f, sheet, name+"1", loc.Message("check.column."+c.key)); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(sheet, "A1", last+"1", head); err != nil {
		return err
	}
	rows := s.Rows(loc)
	for i, r := range rows {
		row := i + 2
		cells := []string{r.ID, r.Title, r.Required, r.Answer, strings.Join(r.Located, "\n"), r.Clause}
		lines := 1
		for j, v := range cells {
			name, _ := excelize.ColumnNumberToName(j + 1)
			if err := setText(f, sheet, fmt.Sprintf("%s%d", name, row), v); err != nil {
				return err
			}
			lines = max(lines, wrappedLines(v, columns[j].width))
		}
		// Spreadsheets do not size a row to its wrapped text when they
		// open a file: the height is set for the longest cell.
		if err := f.SetRowHeight(sheet, row, min(lineHeight*float64(lines)+3, maxRowHeight)); err != nil {
			return err
		}
	}
	end := len(rows) + 1
	if len(rows) > 0 {
		if err := f.SetCellStyle(sheet, "A2", fmt.Sprintf("%s%d", last, end), body); err != nil {
			return err
		}
	}
	// How much of the checklist the profile encodes, the summary and the
	// sources below the table, outside the filter.
	row := end + 1
	for _, line := range []string{s.ScopeLine(loc), s.SummaryLine(loc)} {
		row++
		if err := setText(f, sheet, fmt.Sprintf("A%d", row), line); err != nil {
			return err
		}
		if err := f.SetCellStyle(sheet, fmt.Sprintf("A%d", row), fmt.Sprintf("A%d", row), plain); err != nil {
			return err
		}
	}
	row += 2
	if err := setText(f, sheet, fmt.Sprintf("A%d", row), loc.Message("check.sources")); err != nil {
		return err
	}
	if err := f.SetCellStyle(sheet, fmt.Sprintf("A%d", row), fmt.Sprintf("A%d", row), bold); err != nil {
		return err
	}
	for _, src := range s.Profile.Sources {
		row++
		line := loc.Message("check.sourceDoc", "title", wording.In(src.Title, loc),
			"publisher", wording.In(src.Publisher, loc), "edition", src.Edition)
		if src.URL != "" {
			line += " " + src.URL
		}
		if err := setText(f, sheet, fmt.Sprintf("A%d", row), line); err != nil {
			return err
		}
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	if err := f.SetSheetDimension(sheet, fmt.Sprintf("A1:%s%d", last, row)); err != nil {
		return err
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sheet,
		RefersTo: fmt.Sprintf("'%s'!$1:$1", strings.ReplaceAll(sheet, "'", "''"))}); err != nil {
		return err
	}
	if err := printSetup(f, sheet, wording.In(s.Profile.Title, loc)); err != nil {
		return err
	}
	if err := f.SetDocProps(&excelize.DocProperties{
		Title: textsafe.StripBidi(wording.In(s.Profile.Title, loc)), Subject: s.Profile.Name,
		Creator: "openwhitepaper", LastModifiedBy: "openwhitepaper", Language: loc.Tag().String(),
		Created: fixedTime, Modified: fixedTime,
	}); err != nil {
		return err
	}
	if err := f.SetAppProps(&excelize.AppProperties{Application: "openwhitepaper"}); err != nil {
		return err
	}
	return f.Write(w)
}

// printSetup prints the sheet landscape on A4, as wide as the paper, with
// the title in the header and page numbers in the footer.
func printSetup(f *excelize.File, sheet, title string) error {
	fit := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	a4, landscape, wide, tall := 9, "landscape", 1, 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape,
		FitToWidth: &wide, FitToHeight: &tall}); err != nil {
		return err
	}
	// In a header, & starts a code: a literal one is doubled. The header
	// holds at most 255 characters.
	title = strings.ReplaceAll(cellText(title), "&", "&&")
	if r := []rune(title); len(r) > 200 {
		title = string(r[:200]) + "…"
	}
	return f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddHeader: "&C" + title,
		OddFooter: "&C&P / &N",
	})
}

// The height of a line of text in points, and the most a row may have.
const (
	lineHeight   = 15.0
	maxRowHeight = 409.0
)

// wrappedLines estimates how many lines text takes in a column of the
// width (in widths of a digit), where an East Asian wide character takes
// two.
func wrappedLines(text string, colWidth float64) int {
	n := 0
	for _, line := range strings.Split(text, "\n") {
		n += max(1, int(math.Ceil(float64(textsafe.Width(line))/(colWidth-1))))
	}
	return n
}

// setText writes text to a cell as a string, never a formula; no text
// leaves the cell empty.
func setText(f *excelize.File, sheet, cell, s string) error {
	if s == "" {
		return nil
	}
	return f.SetCellStr(sheet, cell, cellText(s))
}

// cellText makes text fit a cell: no bidirectional controls that would
// reorder what the reader sees, and no control characters (which XML
// cannot hold) other than line breaks and tabs.
func cellText(s string) string {
	s = textsafe.StripBidi(s)
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' || !textsafe.IsControl(r) {
			return r
		}
		return -1
	}, s)
}
