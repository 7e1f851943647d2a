package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/openwhitepaper/whitepaper/check"
	"github.com/openwhitepaper/whitepaper/check/workbook"
	"github.com/openwhitepaper/whitepaper/internal/atomicfile"
	"github.com/openwhitepaper/whitepaper/internal/textsafe"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

const answerUsage = `usage: whitepaper answer --profile NAME|FILE --sheet IN.xlsx
                         [--sheet-name NAME] [--id-column COL]
                         [--answer-column COL] [--evidence-column COL]
                         [--answer-words yes=WORD,...] [--lang ja|en]
                         -o OUT.xlsx FILE
       whitepaper answer init-profile --sheet IN.xlsx [--sheet-name NAME]
                         [--id-column COL] --question-column COL
                         [--header-row N] [--name NAME] [-o PROFILE.yaml]

Answer fills in a buyer's own workbook from the document's facts and
writes it to OUT.xlsx: in each row whose ID cell (--id-column) names an
item of the profile, the answer goes in --answer-column and the facts,
each with the vendor's section, in --evidence-column. Every other cell,
style, formula, comment, merged range, data validation and sheet is left
as it was; IN.xlsx is never written, and -o may not name it.

An item the document does not state is left blank. The answers are worded
in the reader's language (yes, no, partly, depends on the plan), or with
--answer-words as the sheet wants them, such as "yes=○,no=×"; a verdict
with no word leaves the answer cell for you and says the verdict in the
evidence cell. An answer cell that holds a formula, lies inside a merged
range, or has a list of choices without the word is not written.

Without --id-column and --answer-column, answer looks for the layout of
CSA's CAIQ v4 workbook (Question ID, CSP CAIQ Answer, CSP Implementation
Description) and answers it with the caiq-v4 profile, Yes or No.

It prints what it did: rows answered, rows to check (partly, depends on
the plan), rows left blank, rows it could not write, rows whose ID is not
in the profile and items of the profile with no row.

init-profile starts a profile for a buyer's own questions: one question
per row of the sheet, with its ID (or, without --id-column, the question's
text as its ID) and its text, for you to list the fields that answer each.

Exit status: 0; 1 when the document has errors; 2 on usage errors, when
the workbook cannot be read, and when no row names an item of the profile.

` + limitsUsage + `
Flags:
`

func runAnswer(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "init-profile" {
		return runInitProfile(args[1:], stdout, stderr)
	}
	fs := newFlagSet("answer", answerUsage, stderr)
	profile := fs.String("profile", "", "bundled checklist `NAME` or profile FILE (caiq-v4 for a CAIQ)")
	in := fs.String("sheet", "", "the buyer's workbook `IN.xlsx`, read only")
	sheetName := fs.String("sheet-name", "", "the `NAME` of the sheet to fill (default: the first, or the CAIQ's)")
	idCol := fs.String("id-column", "", "column `COL` of the item IDs, such as A")
	ansCol := fs.String("answer-column", "", "column `COL` the answers go in, such as C")
	evCol := fs.String("evidence-column", "", "column `COL` the evidence goes in (optional)")
	words := fs.String("answer-words", "", "the sheet's `words` for the answers, such as yes=○,no=×,partly=△")
	lang := fs.String("lang", "", "`language` of answers and report: ja or en (default: the document's)")
	out := fs.String("o", "", "write the filled workbook to `OUT.xlsx`")
	lim := limitFlags(fs)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		say(stderr, fs, "want exactly one document")
		fs.Usage()
		return exitUsage
	}
	if *in == "" || *out == "" || *out == "-" {
		say(stderr, fs, "name the buyer's workbook with --sheet and the file to write with -o")
		return exitUsage
	}
	if (*idCol == "") != (*ansCol == "") {
		say(stderr, fs, "give --id-column and --answer-column together (or neither, for a CAIQ workbook)")
		return exitUsage
	}
	if same := sameFile(*out, *in, fs.Arg(0), *profile); same != "" {
		say(stderr, fs, "-o %s would overwrite the input %s", *out, same)
		return exitUsage
	}
	l := workbook.Layout{Sheet: *sheetName, IDColumn: *idCol, AnswerColumn: *ansCol, EvidenceColumn: *evCol}
	if *words != "" {
		w, err := parseWords(*words)
		if err != nil {
			say(stderr, fs, "--answer-words: %v", err)
			return exitUsage
		}
		l.Words = w
	}
	data, err := readWorkbook(*in)
	if err != nil {
		say(stderr, fs, "%v", err)
		return exitUsage
	}
	if *idCol == "" {
		found, ok, err := workbook.DetectCAIQ(bytes.NewReader(data), *sheetName)
		if err != nil {
			say(stderr, fs, "%s: %v", *in, err)
			return exitUsage
		}
		if !ok {
			say(stderr, fs, "%s: %v", *in, workbook.ErrNoLayout)
			return exitUsage
		}
		if l.Words != nil {
			found.Words = l.Words
		}
		if *evCol != "" {
			found.EvidenceColumn = *evCol
		}
		l = found
		if *profile == "" {
			*profile = "caiq-v4"
		}
	}
	if *profile == "" {
		say(stderr, fs, "name the profile whose items the sheet's IDs are, with --profile")
		return exitUsage
	}
	sheet, loc, code, ok := answerProfile("answer", *profile, fs.Arg(0), *lang, stdin, lim, stderr)
	if !ok {
		return code
	}
	var buf bytes.Buffer
	rep, err := workbook.Fill(bytes.NewReader(data), &buf, sheet, l, loc)
	if err != nil {
		say(stderr, fs, "%s: %s", *in, err)
		return exitUsage
	}
	if len(rep.Answered)+len(rep.NotStated)+len(rep.Skipped) == 0 {
		say(stderr, fs, "%s: no row of the sheet %q has an ID of the profile %s in column %s; nothing written",
			*in, textsafe.Terminal(rep.Layout.Sheet), sheet.Profile.Name, rep.Layout.IDColumn)
		return exitUsage
	}
	if err := writeOutput(*out, buf.Bytes(), []string{*in, fs.Arg(0), *profile}, stdin); err != nil {
		say(stderr, fs, "%v", err)
		return exitUsage
	}
	_, _ = io.WriteString(stdout, answerReport(rep, *out, loc))
	return exitOK
}

// maxWorkbookBytes bounds the buyer's workbook read.
const maxWorkbookBytes = 64 << 20

// readWorkbook reads a workbook file, refusing one over the bound.
func readWorkbook(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxWorkbookBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxWorkbookBytes {
		return nil, whitepaper.Errorf("%s is larger than %d MiB", name, maxWorkbookBytes>>20)
	}
	return data, nil
}

// sameFile names the input that out is, by os.SameFile (so also through
// links), or "" when it is none; a bundled profile's name is no file.
func sameFile(out string, inputs ...string) string {
	var files []string
	for _, in := range inputs {
		if _, bundled := check.ProfileByName(in); in != "" && !bundled {
			files = append(files, in)
		}
	}
	return atomicfile.SameAsAny(out, files)
}

// parseWords reads "yes=○,no=×" into the word for each verdict.
func parseWords(s string) (map[check.Verdict]string, error) {
	known := []check.Verdict{check.Yes, check.No, check.Partly, check.PlanDependent, check.Planned}
	out := map[check.Verdict]string{}
	for _, kv := range strings.Split(s, ",") {
		k, v, ok := strings.Cut(kv, "=")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		found := false
		for _, verdict := range known {
			found = found || string(verdict) == k
		}
		if !ok || !found || v == "" {
			return nil, whitepaper.Errorf("%q: want VERDICT=WORD, VERDICT one of yes, no, partly, plan-dependent, planned", kv)
		}
		out[check.Verdict(k)] = v
	}
	return out, nil
}

// maxListed is how many rows of IDs not in the profile are listed one a
// line.
const maxListed = 20

// answerReport words what Fill did, for the terminal.
func answerReport(rep *workbook.Report, out string, loc *locale.Locale) string {
	var b strings.Builder
	line := func(s string) { b.WriteString(textsafe.Terminal(s) + "\n") }
	l := rep.Layout
	if l.Name != "" {
		ev := l.EvidenceColumn
		if ev == "" {
			ev = "-"
		}
		line(loc.Message("answer.report.layout", "name", l.Name, "id", l.IDColumn, "answer", l.AnswerColumn, "evidence", ev))
	}
	line(loc.Message("answer.report.answered", "n", fmt.Sprint(len(rep.Answered)), "sheet", l.Sheet, "file", out))
	list := func(key string, rows []workbook.RowResult) {
		if len(rows) == 0 {
			return
		}
		line(loc.Message(key, "n", fmt.Sprint(len(rows))))
		for _, r := range rows {
			if r.Reason != "" {
				line("  " + loc.Message("answer.report.rowWhy", "row", fmt.Sprint(r.Row), "id", r.ID, "why", r.Reason))
			} else {
				line("  " + loc.Message("answer.report.row", "row", fmt.Sprint(r.Row), "id", r.ID))
			}
		}
	}
	var review, replaced []workbook.RowResult
	for _, r := range rep.Answered {
		if r.Verdict != check.Yes && r.Verdict != check.No {
			review = append(review, r)
		}
		if r.Replaced {
			replaced = append(replaced, r)
		}
	}
	list("answer.report.review", review)
	list("answer.report.replaced", replaced)
	list("answer.report.notStated", rep.NotStated)
	list("answer.report.skipped", rep.Skipped)
	if len(rep.Unknown) > maxListed {
		// A CAIQ has some 250 questions no whitepaper answers: their
		// IDs, not a line each.
		ids := make([]string, len(rep.Unknown))
		for i, r := range rep.Unknown {
			ids[i] = r.ID
		}
		line(loc.Message("answer.report.unknown", "n", fmt.Sprint(len(rep.Unknown))))
		line("  " + strings.Join(ids, ", "))
	} else {
		list("answer.report.unknown", rep.Unknown)
	}
	if len(rep.Missing) > 0 {
		line(loc.Message("answer.report.missing", "n", fmt.Sprint(len(rep.Missing))))
		line("  " + strings.Join(rep.Missing, ", "))
	}
	return b.String()
}

func runInitProfile(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("answer init-profile", answerUsage, stderr)
	in := fs.String("sheet", "", "the buyer's workbook `IN.xlsx`")
	sheetName := fs.String("sheet-name", "", "the `NAME` of the sheet (default: the first)")
	idCol := fs.String("id-column", "", "column `COL` of the question IDs (default: the question is its own ID)")
	qCol := fs.String("question-column", "", "column `COL` of the questions' text")
	header := fs.Int("header-row", 0, "the last `ROW` above the questions")
	name := fs.String("name", "", "the profile's `NAME` (default: from -o)")
	out := fs.String("o", "", "write to `FILE` (which must not exist) instead of standard output")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 0 || *in == "" || *qCol == "" {
		say(stderr, fs, "name the workbook with --sheet and the question column with --question-column")
		return exitUsage
	}
	if *out != "" {
		if _, err := os.Lstat(*out); err == nil {
			say(stderr, fs, "%s exists; init-profile writes only new files", *out)
			return exitUsage
		}
	}
	f, err := os.Open(*in)
	if err != nil {
		say(stderr, fs, "%v", err)
		return exitUsage
	}
	defer f.Close()
	pname := *name
	if pname == "" && *out != "" {
		pname = workbook.ProfileName(*out)
	}
	var buf bytes.Buffer
	l := workbook.SkeletonLayout{Sheet: *sheetName, HeaderRow: *header, IDColumn: *idCol, QuestionColumn: *qCol,
		Name: pname, File: filepath.Base(*in)}
	if _, err := workbook.WriteProfileSkeleton(&buf, f, l); err != nil {
		say(stderr, fs, "%s: %s", *in, err)
		return exitUsage
	}
	if *out == "" {
		_, _ = stdout.Write(buf.Bytes())
		return exitOK
	}
	if err := writeOutput(*out, buf.Bytes(), []string{*in}, nil); err != nil {
		say(stderr, fs, "%v", err)
		return exitUsage
	}
	return exitOK
}
