package workbook

import (
	"io"
	"strings"

	"github.com/openwhitepaper/whitepaper/check"
	"github.com/xuri/excelize/v2"
)

// headerRows is how far down a sheet the header row is looked for.
const headerRows = 20

// CAIQWords are the answers a CAIQ's answer column takes for the
// verdicts that have one: "Yes" and "No". "NA" is not written: a
// whitepaper does not say that a control does not apply. An item answered
// partly or depending on the plan leaves the answer for the vendor to
// choose, with the verdict and the facts in the description column.
var CAIQWords = map[check.Verdict]string{check.Yes: "Yes", check.No: "No"}

// DetectCAIQ looks in the workbook for the layout of CSA's CAIQ v4
// questionnaire: a header row, near the top of a sheet, with the cells
// "Question ID", "CSP CAIQ Answer" and "CSP Implementation Description
// (Optional/Recommended)" (the columns A, C and E of the CAIQv4.0.x
// workbooks). With sheet set, it looks only in that sheet.
func DetectCAIQ(src io.Reader, sheet string) (Layout, bool, error) {
	f, err := open(src)
	if err != nil {
		return Layout{}, false, err
	}
	defer f.Close()
	return detectCAIQ(f, sheet)
}

func detectCAIQ(f *excelize.File, sheet string) (Layout, bool, error) {
	sheets := f.GetSheetList()
	if sheet != "" {
		sheets = []string{sheet}
	}
	for _, name := range sheets {
		rows, err := f.Rows(name)
		if err != nil {
			return Layout{}, false, err
		}
		for n := 1; n <= headerRows && rows.Next(); n++ {
			cells, err := rows.Columns(excelize.Options{RawCellValue: true})
			if err != nil {
				_ = rows.Close()
				return Layout{}, false, err
			}
			l := Layout{Sheet: name, HeaderRow: n, Words: CAIQWords, Name: "CAIQ v4"}
			for i, c := range cells {
				col, _ := excelize.ColumnNumberToName(i + 1)
				h := strings.ToLower(strings.Join(strings.Fields(c), " "))
				switch {
				case h == "question id":
					l.IDColumn = col
				case strings.HasSuffix(h, "caiq answer") && l.AnswerColumn == "":
					l.AnswerColumn = col
				case strings.HasPrefix(h, "csp implementation description") && l.EvidenceColumn == "":
					l.EvidenceColumn = col
				}
			}
			if l.IDColumn != "" && l.AnswerColumn != "" {
				_ = rows.Close()
				return l, true, nil
			}
		}
		_ = rows.Close()
	}
	return Layout{}, false, nil
}
