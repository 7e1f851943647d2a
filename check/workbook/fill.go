package workbook

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/openwhitepaper/whitepaper/check"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// Limits on a workbook read: its size unpacked, and of one part.
const (
	maxUnzipped  = 512 << 20
	maxXMLPart   = 128 << 20
	maxReadBytes = 64 << 20
)

// Layout says where a buyer's sheet has its questions and its answers.
type Layout struct {
	// Sheet is the name of the sheet; empty for the first one.
	Sheet string
	// HeaderRow is the row of the column headers, if the sheet has one
	// (rows up to it are not questions); 0 when none is known.
	HeaderRow int
	// IDColumn is the column whose cells hold the item IDs of the
	// profile, such as "A".
	IDColumn string
	// AnswerColumn is the column the answers go in.
	AnswerColumn string
	// EvidenceColumn, if set, is the column the evidence goes in: each
	// fact with the vendor's section.
	EvidenceColumn string
	// Words are the answers written for each verdict, such as "Yes" and
	// "No" for a CAIQ; a verdict without a word leaves the answer cell
	// as it is and words the verdict in the evidence cell, for the vendor
	// to choose. Nil words every verdict in the reader's language.
	Words map[check.Verdict]string
	// Name says what layout this is, such as "CAIQ v4"; empty for one the
	// user gave.
	Name string
}

// Report says what [Fill] did to each row and what it could not do.
type Report struct {
	// Layout is the layout used: the one given or the one recognised.
	Layout Layout
	// Answered lists the rows it wrote an answer or evidence to.
	Answered []RowResult
	// NotStated lists the rows of items the document does not answer;
	// their cells are left as they were.
	NotStated []RowResult
	// Skipped lists the rows whose cells it did not write, with why.
	Skipped []RowResult
	// Unknown lists the rows whose ID cell names no item of the profile.
	Unknown []RowResult
	// Missing lists the items of the profile that no row names.
	Missing []string
}

// RowResult is what happened to a row.
type RowResult struct {
	// Row is the row's number, from 1.
	Row int
	// ID is the text of its ID cell.
	ID string
	// Verdict is the document's answer to the item, when it is one.
	Verdict check.Verdict
	// Replaced is true when an answer cell held other text before.
	Replaced bool
	// Reason says why a row was skipped, in the reader's language.
	Reason string
}

// ErrNoLayout is returned by [Fill] when the layout names no ID or answer
// column and the workbook is not one whose layout it recognises.
var ErrNoLayout = whitepaper.Errorf("the workbook's layout is not recognised: name the ID column and the answer column")

// Fill reads a workbook from src, writes the answers of s into the rows
// whose ID cell names an item of the profile, and writes the workbook to
// dst. Everything else (other cells, styles, formulas, comments, merged
// ranges, data validations, other sheets) stays as it was. The answer
// cell gets the word for the verdict; the evidence cell, if any, the
// facts with their sections, one a line. A row of an item the document
// does not state is left blank; an answer cell that holds a formula, is
// covered by a merged range, or whose list of choices lacks the word is
// not written. When l names no columns, Fill looks for the layout of the
// CAIQ v4 workbook (see [DetectCAIQ]).
func Fill(src io.Reader, dst io.Writer, s *check.AnswerSheet, l Layout, loc *locale.Locale) (*Report, error) {
	if loc == nil {
		loc = locale.For(language.English)
	}
	f, err := open(src)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if l.IDColumn == "" && l.AnswerColumn == "" {
		found, ok, err := detectCAIQ(f, l.Sheet)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, ErrNoLayout
		}
		l = found
	}
	if l.Sheet, err = sheetName(f, l.Sheet); err != nil {
		return nil, err
	}
	idCol, err := columnNumber("ID", l.IDColumn)
	if err != nil {
		return nil, err
	}
	ansCol, err := columnNumber("answer", l.AnswerColumn)
	if err != nil {
		return nil, err
	}
	evCol := 0
	if l.EvidenceColumn != "" {
		if evCol, err = columnNumber("evidence", l.EvidenceColumn); err != nil {
			return nil, err
		}
	}
	if ansCol == idCol || evCol == idCol || evCol == ansCol {
		return nil, whitepaper.Errorf("the ID, answer and evidence columns must differ")
	}
	fl := &filler{f: f, l: l, loc: loc, rep: &Report{Layout: l}}
	if err := fl.load(); err != nil {
		return nil, err
	}
	byID := map[string]int{}
	for i, a := range s.Answers {
		byID[normID(a.Question.ID)] = i
	}
	rows := s.Rows(loc)
	named := make([]bool, len(s.Answers))
	ids, err := f.GetCols(l.Sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, err
	}
	var idCells []string
	if idCol <= len(ids) {
		idCells = ids[idCol-1]
	}
	for i, v := range idCells {
		row := i + 1
		id := strings.TrimSpace(v)
		if row <= l.HeaderRow || id == "" {
			continue
		}
		k, ok := byID[normID(id)]
		if !ok {
			fl.rep.Unknown = append(fl.rep.Unknown, RowResult{Row: row, ID: id})
			continue
		}
		named[k] = true
		if err := fl.row(row, id, s.Answers[k].Verdict, rows[k], ansCol, evCol); err != nil {
			return nil, err
		}
	}
	for i, a := range s.Answers {
		if !named[i] {
			fl.rep.Missing = append(fl.rep.Missing, a.Question.ID)
		}
	}
	if err := f.Write(dst); err != nil {
		return nil, err
	}
	return fl.rep, nil
}

// open reads a workbook, bounded in size.
func open(src io.Reader) (*excelize.File, error) {
	data, err := io.ReadAll(io.LimitReader(src, maxReadBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxReadBytes {
		return nil, whitepaper.Errorf("the workbook is larger than %d MB", maxReadBytes>>20)
	}
	f, err := excelize.OpenReader(strings.NewReader(string(data)), excelize.Options{
		RawCellValue: true, UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxXMLPart})
	if err != nil {
		return nil, whitepaper.Errorf("not a workbook this tool can read (.xlsx, not encrypted): %w", err)
	}
	return f, nil
}

// sheetName checks the sheet's name, or names the first sheet.
func sheetName(f *excelize.File, name string) (string, error) {
	list := f.GetSheetList()
	if name == "" {
		if len(list) == 0 {
			return "", whitepaper.Errorf("the workbook has no sheet")
		}
		return list[0], nil
	}
	if !slices.Contains(list, name) {
		return "", whitepaper.Errorf("the workbook has no sheet %q (it has %s)", name, quoteAll(list))
	}
	return name, nil
}

func quoteAll(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, ", ")
}

// columnNumber reads a column's letters, such as "C" or "AB".
func columnNumber(what, col string) (int, error) {
	if col == "" {
		return 0, whitepaper.Errorf("name the %s column, such as C", what)
	}
	n, err := excelize.ColumnNameToNumber(strings.ToUpper(strings.TrimSpace(col)))
	if err != nil {
		return 0, whitepaper.Errorf("%s column %q: want the column's letters, such as C", what, col)
	}
	return n, nil
}

// normID is an ID as compared: Unicode compatibility form (full-width
// letters and digits are the ASCII ones), spaces collapsed, case folded.
func normID(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(norm.NFKC.String(s)), " "))
}

type filler struct {
	f      *excelize.File
	l      Layout
	loc    *locale.Locale
	rep    *Report
	merged []excelize.MergeCell
	valid  []*excelize.DataValidation
}

func (fl *filler) load() error {
	var err error
	if fl.merged, err = fl.f.GetMergeCells(fl.l.Sheet, true); err != nil {
		return err
	}
	fl.valid, err = fl.f.GetDataValidations(fl.l.Sheet)
	return err
}

// row answers one row.
func (fl *filler) row(row int, id string, v check.Verdict, r check.Row, ansCol, evCol int) error {
	res := RowResult{Row: row, ID: id, Verdict: v}
	if v == check.NotStated {
		fl.rep.NotStated = append(fl.rep.NotStated, res)
		return nil
	}
	word, worded := r.Answer, true
	if fl.l.Words != nil {
		word, worded = fl.l.Words[v]
		worded = worded && word != ""
	}
	ansCell, _ := excelize.CoordinatesToCellName(ansCol, row)
	evCell := ""
	if evCol > 0 {
		evCell, _ = excelize.CoordinatesToCellName(evCol, row)
	}
	for _, c := range []string{ansCell, evCell} {
		if c == "" {
			continue
		}
		if why, err := fl.unwritable(c); err != nil {
			return err
		} else if why != "" {
			res.Reason = why
			fl.rep.Skipped = append(fl.rep.Skipped, res)
			return nil
		}
	}
	if worded {
		if choices, ok := fl.choices(ansCell); ok && !slices.Contains(choices, word) {
			res.Reason = fl.loc.Message("answer.skip.choice", "cell", ansCell, "word", word, "choices", strings.Join(choices, ", "))
			fl.rep.Skipped = append(fl.rep.Skipped, res)
			return nil
		}
	}
	lines := r.Located
	if !worded {
		lines = append([]string{r.Answer}, lines...)
	}
	if worded {
		old, err := fl.f.GetCellValue(fl.l.Sheet, ansCell)
		if err != nil {
			return err
		}
		res.Replaced = strings.TrimSpace(old) != "" && old != word
		if err := setText(fl.f, fl.l.Sheet, ansCell, word); err != nil {
			return err
		}
	}
	if evCell != "" {
		if err := setText(fl.f, fl.l.Sheet, evCell, strings.Join(lines, "\n")); err != nil {
			return err
		}
	}
	if !worded && evCell == "" {
		res.Reason = fl.loc.Message("answer.skip.noWord", "answer", r.Answer)
		fl.rep.Skipped = append(fl.rep.Skipped, res)
		return nil
	}
	fl.rep.Answered = append(fl.rep.Answered, res)
	return nil
}

// unwritable says why a cell must not be written: it holds a formula, or
// a merged range covers it and does not start at it.
func (fl *filler) unwritable(cell string) (string, error) {
	formula, err := fl.f.GetCellFormula(fl.l.Sheet, cell)
	if err != nil {
		return "", err
	}
	if formula != "" {
		return fl.loc.Message("answer.skip.formula", "cell", cell), nil
	}
	col, row, _ := excelize.CellNameToCoordinates(cell)
	for _, m := range fl.merged {
		c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 != nil || err2 != nil {
			continue
		}
		if col >= c1 && col <= c2 && row >= r1 && row <= r2 && (col != c1 || row != r1) {
			return fl.loc.Message("answer.skip.merged", "cell", cell, "range", m.GetStartAxis()+":"+m.GetEndAxis()), nil
		}
	}
	return "", nil
}

// choices lists the values a list validation allows in the cell, when
// the list is written out in the validation (not a range of cells).
func (fl *filler) choices(cell string) ([]string, bool) {
	col, row, _ := excelize.CellNameToCoordinates(cell)
	for _, dv := range fl.valid {
		if dv.Type != "list" || !covers(dv.Sqref, col, row) {
			continue
		}
		f := strings.TrimSpace(dv.Formula1)
		if !strings.HasPrefix(f, `"`) || !strings.HasSuffix(f, `"`) || len(f) < 2 {
			return nil, false // a range or a name: not checked
		}
		var out []string
		for _, c := range strings.Split(f[1:len(f)-1], ",") {
			out = append(out, strings.TrimSpace(c))
		}
		return out, true
	}
	return nil, false
}

// covers reports whether a list of ranges ("A1:B5 D3") holds the cell.
func covers(sqref string, col, row int) bool {
	for _, r := range strings.Fields(sqref) {
		a, b, _ := strings.Cut(r, ":")
		if b == "" {
			b = a
		}
		c1, r1, err1 := excelize.CellNameToCoordinates(a)
		c2, r2, err2 := excelize.CellNameToCoordinates(b)
		if err1 == nil && err2 == nil && col >= c1 && col <= c2 && row >= r1 && row <= r2 {
			return true
		}
	}
	return false
}
