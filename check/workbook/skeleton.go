package workbook

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/xuri/excelize/v2"
)

// SkeletonLayout says where a buyer's sheet has its questions, for
// [WriteProfileSkeleton].
type SkeletonLayout struct {
	// Sheet is the name of the sheet; empty for the first one.
	Sheet string
	// HeaderRow is the last row above the questions; 0 when none.
	HeaderRow int
	// IDColumn is the column of the questions' IDs; empty when the sheet
	// has none, and then the question's text is its ID (answer the sheet
	// with the question column as the ID column).
	IDColumn string
	// QuestionColumn is the column of the questions' text.
	QuestionColumn string
	// Name is the profile's name, lower-case letters, digits and hyphens.
	Name string
	// File names the workbook in the profile's source.
	File string
}

var notName = regexp.MustCompile(`[^a-z0-9]+`)

// ProfileName makes a profile's name from a file's name: lower-case
// letters and digits, the rest hyphens; "buyer" when nothing is left.
func ProfileName(file string) string {
	base := file[strings.LastIndexAny(file, `/\`)+1:]
	if i := strings.LastIndex(base, "."); i > 0 {
		base = base[:i]
	}
	n := strings.Trim(notName.ReplaceAllString(strings.ToLower(base), "-"), "-")
	if n == "" {
		return "buyer"
	}
	return n
}

// WriteProfileSkeleton writes the skeleton of a profile for a buyer's own
// questionnaire: a question per row of the sheet that has a question,
// with its ID, its text as the title (in Japanese when it is written in
// Japanese, else in English) and the sheet's row as its clause, and an
// empty list of the fields that answer it. The vendor fills in the fields
// once (the profile does not load until every question names one, and the
// error says where); [Fill] then answers every sheet the buyer sends in
// that form. It returns the number of questions written.
func WriteProfileSkeleton(w io.Writer, src io.Reader, l SkeletonLayout) (int, error) {
	f, err := open(src)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sheet, err := sheetName(f, l.Sheet)
	if err != nil {
		return 0, err
	}
	qCol, err := columnNumber("question", l.QuestionColumn)
	if err != nil {
		return 0, err
	}
	idCol := 0
	if l.IDColumn != "" {
		if idCol, err = columnNumber("ID", l.IDColumn); err != nil {
			return 0, err
		}
	}
	cols, err := f.GetCols(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return 0, err
	}
	cell := func(col, row int) string {
		if col < 1 || col > len(cols) || row > len(cols[col-1]) {
			return ""
		}
		return strings.TrimSpace(cols[col-1][row-1])
	}
	name := l.Name
	if name == "" {
		name = ProfileName(l.File)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "# The skeleton of a profile for %s, sheet %s, written by\n", q(l.File), q(sheet))
	b.WriteString("# whitepaper answer init-profile. Under each question, list the fields of\n" +
		"# the model that answer it (see the README, \"Profiles of your own\"), such as\n" +
		"#   answers:\n#     - {field: /backup/sets/*/generations}\n" +
		"# Delete the questions no whitepaper answers. The profile does not load\n" +
		"# while a question has no field; the error names its line.\n")
	fmt.Fprintf(&b, "profile: %s\ntitle: {%s: %s}\n", name, lang(sheet), q(sheet))
	fmt.Fprintf(&b, "sources:\n  - id: buyer\n    title: {%s: %s}\n    publisher: {en: %s}\n    edition: %s\nquestions:\n",
		lang(l.File), q(l.File), q("TODO: the buyer"), q("TODO: the sheet's date or version"))
	seen := map[string]bool{}
	n := 0
	for row := l.HeaderRow + 1; qCol <= len(cols) && row <= len(cols[qCol-1]); row++ {
		text := cell(qCol, row)
		if text == "" {
			continue
		}
		id := text
		if idCol > 0 {
			if id = cell(idCol, row); id == "" {
				continue
			}
		}
		if seen[normID(id)] {
			return n, whitepaper.Errorf("row %d: the ID %q appears twice in the sheet; a profile needs each once", row, id)
		}
		seen[normID(id)] = true
		fmt.Fprintf(&b, "  - id: %s\n    title: {%s: %s}\n    source: {document: buyer, clause: %s}\n    answers: []\n",
			q(id), lang(text), q(text), q(fmt.Sprintf("%s!%d", sheet, row)))
		n++
	}
	if n == 0 {
		return 0, whitepaper.Errorf("no row of the sheet has a question in that column")
	}
	_, err = w.Write(b.Bytes())
	return n, err
}

// q quotes a string for YAML: a JSON string is a YAML double-quoted one.
func q(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(cellText(s))
	return strings.TrimSuffix(b.String(), "\n")
}

// lang guesses the language of a text: Japanese when it has kana or kanji.
func lang(s string) string {
	for _, r := range s {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) {
			return "ja"
		}
	}
	return "en"
}
