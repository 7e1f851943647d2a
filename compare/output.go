package compare

import (
	"bufio"
	_ "embed"
	"encoding/csv"
	"encoding/json"
	"html/template"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/openwhitepaper/whitepaper/internal/textsafe"
)

// Text words a cell as one line of text, as the CSV and Markdown tables
// show it: the value, the state when it is not plainly stated (✗ for
// not done, "Depends on the plan: …", "Not stated"), the mark of an
// ordered fact and the vendor's heading.
func (t *Table) Text(c Cell) string {
	loc := t.loc
	var s string
	switch c.State {
	case NotStated:
		return loc.Message("compare.state.not-stated")
	case NotDone:
		s = loc.Message("compare.cell.not-done", "value", c.Value)
	case PlanDependent:
		s = loc.Message("compare.cell.plan-dependent", "value", c.Value)
	default:
		s = c.Value
	}
	if c.Mark != Unmarked {
		s = loc.Message("compare.cell."+string(c.Mark), "value", s)
	}
	if w := t.where(c.Heading); w != "" {
		s = loc.Message("compare.cell.where", "value", s, "where", w)
	}
	return s
}

// release words the edition of a vendor's document: its version and
// date, as stated.
func (t *Table) release(v Vendor) string {
	var parts []string
	if v.Version != "" {
		parts = append(parts, t.loc.Message("compare.version", "version", v.Version))
	}
	if !v.date.IsZero() {
		parts = append(parts, t.loc.Date(v.date))
	}
	return strings.Join(parts, t.loc.Message("compare.separator"))
}

// where names a vendor heading: by its number, or else its title.
func (t *Table) where(h *Heading) string {
	switch {
	case h == nil:
		return ""
	case h.Number != "":
		return t.loc.Message("compare.where.number", "number", h.Number)
	}
	return h.Title
}

// CSV writes the table for spreadsheets: UTF-8 with a byte order mark,
// a header row (section, fact, one column per vendor), then a row per
// fact with its cells worded as [Table.Text] words them. A field that a
// spreadsheet would take for a formula (starting with =, +, -, @, a tab
// or a carriage return) starts with an apostrophe, so that it is shown
// as text and never run.
func (t *Table) CSV(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("\ufeff")
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	header := []string{t.loc.Message("compare.section"), t.loc.Message("compare.fact")}
	for _, v := range t.Vendors {
		header = append(header, v.Column)
	}
	_ = cw.Write(cells(header))
	for _, s := range t.Sections {
		for _, r := range s.Rows {
			rec := []string{s.Title, r.Label}
			for _, c := range r.Cells {
				rec = append(rec, t.Text(c))
			}
			_ = cw.Write(cells(rec))
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// cells makes the fields of a CSV record safe to open in a spreadsheet.
func cells(rec []string) []string {
	for i, s := range rec {
		rec[i] = textsafe.Spreadsheet(s)
	}
	return rec
}

// JSON writes the table as indented JSON: the exported fields of
// [Table], in the shape report.schema.json describes.
func (t *Table) JSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(t)
}

// Markdown writes the table as a Markdown page: a table per section, a
// row per fact, a column per vendor. All text is escaped.
func (t *Table) Markdown(w io.Writer) error {
	bw := bufio.NewWriter(w)
	loc := t.loc
	bw.WriteString("# " + textsafe.Markdown(loc.Message("compare.title"), false) + "\n\n")
	bw.WriteString(textsafe.Markdown(loc.Message("compare.intro"), true) + "\n\n")
	for _, v := range t.Vendors {
		// The edition compared, so that a copy of the table says which.
		line := v.Column
		if r := t.release(v); r != "" {
			line = loc.Message("compare.item", "name", line, "value", r)
		}
		bw.WriteString("- " + textsafe.Markdown(line, false) + "\n")
	}
	bw.WriteString("\n")
	var legend []string
	for _, s := range []State{NotStated, NotDone, PlanDependent} {
		legend = append(legend, t.example(s))
	}
	for _, m := range []Mark{Strongest, Weakest} {
		legend = append(legend, loc.Message("compare.mark."+string(m)))
	}
	legend = append(legend, "**"+textsafe.Markdown(loc.Message("compare.key"), false)+"**")
	for i := range len(legend) - 1 {
		legend[i] = textsafe.Markdown(legend[i], false)
	}
	bw.WriteString(loc.Message("compare.legend", "items", strings.Join(legend, textsafe.Markdown(loc.Message("compare.separator"), false))) + "\n")
	for _, s := range t.Sections {
		bw.WriteString("\n## " + textsafe.Markdown(s.Title, false) + "\n\n")
		cols := []string{textsafe.MarkdownCell(textsafe.Markdown(loc.Message("compare.fact"), false))}
		for _, v := range t.Vendors {
			cols = append(cols, textsafe.MarkdownCell(textsafe.Markdown(v.Column, false)))
		}
		bw.WriteString("| " + strings.Join(cols, " | ") + " |\n|" + strings.Repeat(" --- |", len(cols)) + "\n")
		for _, r := range s.Rows {
			label := textsafe.Markdown(r.Label, false)
			if r.Key {
				label = "**" + label + "**"
			}
			cells := []string{textsafe.MarkdownCell(label)}
			for _, c := range r.Cells {
				text := textsafe.Markdown(t.Text(c), false)
				if c.State == NotStated {
					text = "*" + text + "*"
				}
				cells = append(cells, textsafe.MarkdownCell(text))
			}
			bw.WriteString("| " + strings.Join(cells, " | ") + " |\n")
		}
	}
	return bw.Flush()
}

// example shows how a cell in a state reads, for the legend.
func (t *Table) example(s State) string {
	text := t.loc.Message("compare.state." + string(s))
	switch s {
	case NotDone:
		return t.loc.Message("compare.cell.not-done", "value", text)
	}
	return text
}

// marked escapes a text for the page and, on a page not in Japanese,
// marks each run of Japanese script in it with lang="ja": a plan, a
// heading or a name the document gives only in Japanese ("Contract end
// (有償契約)") is said to be Japanese, not passed off as the page's
// language, and a browser picks a Japanese font and line breaking for it.
func (t *Table) marked(s string) string {
	esc := func(s string) string { return template.HTMLEscapeString(textsafe.StripBidi(s)) }
	if strings.HasPrefix(t.Lang, "ja") || !strings.ContainsFunc(s, japaneseScript) {
		return esc(s)
	}
	var b strings.Builder
	for s != "" {
		i := strings.IndexFunc(s, japaneseScript)
		if i < 0 {
			b.WriteString(esc(s))
			break
		}
		b.WriteString(esc(s[:i]))
		s = s[i:]
		j := strings.IndexFunc(s, func(r rune) bool { return !japaneseScript(r) })
		if j < 0 {
			j = len(s)
		}
		b.WriteString(`<span lang="ja">` + esc(s[:j]) + "</span>")
		s = s[j:]
	}
	return b.String()
}

// japaneseScript reports whether a character is written only in
// Japanese: kanji, kana and the full-width punctuation and forms.
func japaneseScript(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef || r == 0x30fc
}

//go:embed style.css
var style string

// HTML writes the table as one self-contained HTML page: inline CSS, no
// scripts, nothing loaded from elsewhere. Every text goes through
// html/template's escaping with reordering bidirectional controls
// dropped, as the renderer's pages do. Cells carry their state and mark
// as classes and as words, so that they differ also in print and to a
// screen reader.
func (t *Table) HTML(w io.Writer) error {
	bw := bufio.NewWriter(w)
	loc := t.loc
	esc := func(s string) string { return template.HTMLEscapeString(textsafe.StripBidi(s)) }
	bw.WriteString("<!DOCTYPE html>\n<html lang=\"" + esc(t.Lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n" +
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(loc.Message("compare.title")) +
		"</title>\n<style>\n" + style + "</style>\n</head>\n<body>\n<h1>" + esc(loc.Message("compare.title")) + "</h1>\n<p>" +
		esc(loc.Message("compare.intro")) + "</p>\n<p class=\"legend\">")
	head, tail, _ := strings.Cut(loc.Message("compare.legend", "items", "\x00"), "\x00")
	bw.WriteString(esc(head))
	for _, s := range []State{NotStated, NotDone, PlanDependent} {
		bw.WriteString("<span class=\"" + string(s) + "\">" + esc(t.example(s)) + "</span> ")
	}
	for _, m := range []Mark{Strongest, Weakest} {
		bw.WriteString("<span class=\"mark " + string(m) + "\">" + esc(loc.Message("compare.mark."+string(m))) + "</span> ")
	}
	bw.WriteString("<b class=\"key\">" + esc(loc.Message("compare.key")) + "</b>" + esc(tail) + "</p>\n")
	bw.WriteString("<div class=\"scroll\">\n<table>\n<thead><tr><th>" + esc(loc.Message("compare.fact")) + "</th>")
	for _, v := range t.Vendors {
		bw.WriteString("<th>" + t.marked(v.Column))
		// The edition compared, so that a printed table says which.
		if r := t.release(v); r != "" {
			bw.WriteString("<span class=\"where\">" + esc(r) + "</span>")
		}
		bw.WriteString("</th>")
	}
	bw.WriteString("</tr></thead>\n")
	for _, s := range t.Sections {
		bw.WriteString("<tbody>\n<tr class=\"section\"><th colspan=\"" + strconv.Itoa(len(t.Vendors)+1) + "\" id=\"" + esc(string(s.ID)) + "\">" + esc(s.Title) + "</th></tr>\n")
		for _, r := range s.Rows {
			bw.WriteString("<tr><th scope=\"row\">")
			if r.Key {
				bw.WriteString("<b class=\"key\">" + esc(r.Label) + "</b>")
			} else {
				bw.WriteString(esc(r.Label))
			}
			bw.WriteString("</th>")
			for i, c := range r.Cells {
				class := string(c.State)
				if c.Mark != Unmarked {
					class += " " + string(c.Mark)
				}
				// data-vendor names the column on a phone, where each row
				// is a card and its cells are stacked.
				bw.WriteString("<td class=\"" + class + "\" data-vendor=\"" + esc(t.Vendors[i].Column) + "\">")
				switch c.State {
				case NotStated:
					bw.WriteString("<span class=\"state\">" + esc(loc.Message("compare.state.not-stated")) + "</span>")
				case NotDone, PlanDependent:
					bw.WriteString("<span class=\"state\">" + esc(loc.Message("compare.state."+string(c.State))) + "</span>")
				}
				if len(c.Items) > 0 {
					bw.WriteString("<ul>")
					for _, it := range c.Items {
						bw.WriteString("<li>" + t.marked(it) + "</li>")
					}
					bw.WriteString("</ul>")
				}
				if c.Mark != Unmarked {
					bw.WriteString("<span class=\"mark " + string(c.Mark) + "\">" + esc(loc.Message("compare.mark."+string(c.Mark))) + "</span>")
				}
				if wh := t.where(c.Heading); wh != "" {
					bw.WriteString("<span class=\"where\">" + t.marked(loc.Message("compare.where", "where", wh)) + "</span>")
				}
				bw.WriteString("</td>")
			}
			bw.WriteString("</tr>\n")
		}
		bw.WriteString("</tbody>\n")
	}
	bw.WriteString("</table>\n</div>\n</body>\n</html>\n")
	return bw.Flush()
}
