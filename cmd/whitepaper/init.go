package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	iofs "io/fs"
	"os"
	"reflect"
	"strings"

	"github.com/openwhitepaper/whitepaper/check"
	"github.com/openwhitepaper/whitepaper/internal/atomicfile"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/schema"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/language"
)

const initUsage = `usage: whitepaper init [--lang ja|en] [-o FILE]

Init writes the skeleton of a new whitepaper: the required fields with
placeholder values, and every standard section in order, each with a
comment that says what to state there, which ISO/IEC 27017 items it
answers and the value forms each field accepts. The skeleton validates as
it is; uncomment and fill in what your service states, and delete what it
does not. -o never overwrites an existing file.

Flags:
`

func runInit(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("init", initUsage, stderr)
	lang := fs.String("lang", "ja", "`language` of the document and its comments: ja or en")
	out := fs.String("o", "", "write to `FILE` (which must not exist) instead of standard output")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 0 {
		say(stderr, fs, "takes no arguments")
		fs.Usage()
		return exitUsage
	}
	loc, err := locale.Parse(*lang)
	if err != nil {
		say(stderr, fs, "--lang: %v", err)
		return exitUsage
	}
	data, err := canonical(skeleton(loc))
	if err != nil {
		say(stderr, fs, "%v", err)
		return exitUsage
	}
	if *out == "" {
		_, _ = stdout.Write(data)
		return exitOK
	}
	if _, err := os.Lstat(*out); !errors.Is(err, iofs.ErrNotExist) {
		say(stderr, fs, "%s exists; init writes only new files", *out)
		return exitUsage
	}
	if err := atomicfile.WriteFile(*out, data, 0o644); err != nil {
		say(stderr, fs, "%v", err)
		return exitUsage
	}
	return exitOK
}

// initWords are the skeleton's own words in each language.
var initWords = map[string]map[string]string{
	"ja": {
		"intro":     "新しいセキュリティホワイトペーパーです。各セクションのコメントを参考に、記載する項目のコメントを外して値を入れ、記載しない項目は削除してください。",
		"title":     "セキュリティホワイトペーパー",
		"vendor":    "事業者名",
		"service":   "サービス名",
		"date":      "この版の日付",
		"iso":       "ISO/IEC 27017",
		"noControl": "ISO/IEC 27017 の項目なし",
		"state":     "記載すること",
		"list":      "リスト。各項目:",
		"required":  "必須",
		"custom":    "標準のセクションに当てはまらない内容は custom に書きます",
		"notes":     "どのセクションにも title（事業者自身の見出し）、notes（本文）、references（リンク、マニュアル、注記）を書けます。",
	},
	"en": {
		"intro":     "A new security whitepaper. Following each section's comment, uncomment the fields your service states and fill in their values; delete the others.",
		"title":     "Security whitepaper",
		"vendor":    "Vendor name",
		"service":   "Service name",
		"date":      "the date of this version",
		"iso":       "ISO/IEC 27017",
		"noControl": "no ISO/IEC 27017 item",
		"state":     "What to state",
		"list":      "a list; each item:",
		"required":  "required",
		"custom":    "What no standard section fits goes into custom",
		"notes":     "Every section also takes title (the vendor's own heading), notes (prose) and references (links, manuals, footnotes).",
	},
}

// skeleton returns a new document in the locale's language.
func skeleton(loc *locale.Locale) []byte {
	base, _ := loc.Tag().Base()
	lang := base.String()
	w := initWords[lang]
	if w == nil {
		lang, w = "en", initWords["en"]
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "# yaml-language-server: $schema=%s\n", schema.ID)
	writeComment(&b, "", w["intro"])
	writeComment(&b, "", w["notes"])
	fmt.Fprintf(&b, "openwhitepaper: %q\n", whitepaper.FormatVersion)
	fmt.Fprintf(&b, "languages: [%s]\ndefaultLanguage: %s\n", lang, lang)
	fmt.Fprintf(&b, "title: {%s: %s}\n", lang, w["title"])
	b.WriteString("version: \"1.0\"\n")
	fmt.Fprintf(&b, "# date: YYYY-MM-DD    # %s\n", w["date"])
	fmt.Fprintf(&b, "vendor: {id: vendor, name: {%s: %s}}\n", lang, w["vendor"])
	fmt.Fprintf(&b, "services: [{id: service, name: {%s: %s}}]\n", lang, w["service"])

	titles := map[string]whitepaper.Text{}
	for _, it := range check.Checklist() {
		titles[it.Control] = it.Title
	}
	tag := loc.Tag()
	docType := reflect.TypeFor[whitepaper.Document]()
	for i, s := range whitepaper.Sections() {
		f, ok := fieldByName(docType, s.Field)
		if !ok {
			continue
		}
		b.WriteString("\n")
		fmt.Fprintf(&b, "# == %d. %s (%s)\n", i+1, loc.Section(s.ID), s.Field)
		if len(s.Controls) == 0 {
			fmt.Fprintf(&b, "#    %s\n", w["noControl"])
		}
		for _, c := range s.Controls {
			fmt.Fprintf(&b, "#    %s %s %s\n", w["iso"], c, titles[c].Get(tag))
		}
		fmt.Fprintf(&b, "#    %s:\n", w["state"])
		writeFields(&b, loc, w, lang, indirect(f.Type), "#   ", 0, nil)
		fmt.Fprintf(&b, "%s: {}\n", s.Field)
	}
	fmt.Fprintf(&b, "\n# %s: custom: [{title: {%s: …}, notes: [{%s: …}]}]\n", w["custom"], lang, lang)
	return b.Bytes()
}

// writeComment writes text as comment lines that fit in 78 columns,
// counting East Asian characters as two; Japanese, without spaces, is cut
// anywhere, other text at spaces.
func writeComment(b *bytes.Buffer, indent, text string) {
	const width = 76
	var line []rune
	cols := 0
	flush := func() {
		fmt.Fprintf(b, "%s# %s\n", indent, strings.TrimSpace(string(line)))
		line, cols = nil, 0
	}
	for _, word := range strings.SplitAfter(text, " ") {
		for _, r := range word {
			w := 1
			if r >= 0x1100 {
				w = 2
			}
			if cols+w > width {
				if i := lastSpace(line); i > 0 && w == 1 {
					rest := line[i+1:]
					line = line[:i]
					flush()
					line = append(line, rest...)
					cols = len(rest)
				} else {
					flush()
				}
			}
			line = append(line, r)
			cols += w
		}
	}
	if len(line) > 0 {
		flush()
	}
}

func lastSpace(r []rune) int {
	for i := len(r) - 1; i >= 0; i-- {
		if r[i] == ' ' {
			return i
		}
	}
	return -1
}

func indirect(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

func fieldByName(t reflect.Type, jsonName string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		if name, _, _ := strings.Cut(f.Tag.Get("json"), ","); name == jsonName {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

var (
	textType      = reflect.TypeFor[whitepaper.Text]()
	durationType  = reflect.TypeFor[whitepaper.Duration]()
	frequencyType = reflect.TypeFor[whitepaper.Frequency]()
	countType     = reflect.TypeFor[whitepaper.Count]()
	dateType      = reflect.TypeFor[whitepaper.Date]()
	percentType   = reflect.TypeFor[whitepaper.Percent]()
	tagType       = reflect.TypeFor[language.Tag]()
)

// valueForm describes the text forms a value of type t accepts, or "" for
// a mapping or list of mappings.
func valueForm(t reflect.Type, lang string) string {
	switch t {
	case textType:
		return "{" + lang + ": …}"
	case durationType:
		return "within 72 hours | at least 30 days | about 1 month | indefinitely | promptly | P14D"
	case frequencyType:
		return "daily | weekly | monthly | every 6 hours | about monthly | periodically | per release | continuous | as needed"
	case countType:
		return "7 generations | about 12000 schools"
	case dateType:
		return "YYYY | YYYY-MM | YYYY-MM-DD"
	case percentType:
		return "99.9%"
	case tagType:
		return "ja | en | …"
	}
	switch t.Name() {
	case "URL":
		return "https://…"
	case "Email":
		return "name@example.com"
	case "Phone":
		return "+81-3-1234-5678"
	case "Country":
		return "JP (ISO 3166-1)"
	case "UTCOffset":
		return "+09:00"
	}
	if m, ok := t.MethodByName("Values"); ok && t.Kind() == reflect.String && m.Type.NumIn() == 1 {
		vals := reflect.Zero(t).MethodByName("Values").Call(nil)[0]
		var names []string
		for i := range vals.Len() {
			names = append(names, vals.Index(i).String())
		}
		if len(names) > 6 {
			names = append(names[:6], "…")
		}
		return strings.Join(names, " | ")
	}
	switch t.Kind() {
	case reflect.Bool:
		return "true | false"
	case reflect.String:
		return "…"
	case reflect.Slice:
		if e := indirect(t.Elem()); e.Kind() != reflect.Struct || valueForm(e, lang) != "" {
			return "[" + valueForm(e, lang) + "]"
		}
	}
	return ""
}

// writeFields writes a commented line for each field of a struct type:
// its name, its label and the forms it accepts; lists and mappings of
// mappings go one level deeper.
func writeFields(b *bytes.Buffer, loc *locale.Locale, w map[string]string, lang string, t reflect.Type, indent string, depth int, kinds []string) {
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		ft := indirect(f.Type)
		if f.Anonymous {
			continue // title, notes and references: said once, at the top
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" || name == "-" {
			continue
		}
		label := loc.Field(t.Name(), name)
		if strings.HasPrefix(label, "[") {
			label = loc.Field("Notes", name)
		}
		if strings.HasPrefix(label, "[") {
			label = ""
		}
		req := ""
		if strings.Contains(f.Tag.Get("whitepaper"), "required") {
			req = " (" + w["required"] + ")"
		}
		form := valueForm(ft, lang)
		if local, ok := localForm(t, name, ft, loc); ok {
			form = local
		}
		if name == "kind" && len(kinds) > 0 {
			form = kindsForm(kinds)
		}
		elem := ft
		isList := ft.Kind() == reflect.Slice
		if isList {
			elem = indirect(ft.Elem())
		}
		switch {
		case form != "":
			fmt.Fprintf(b, "%s %s: %s   # %s%s\n", indent, name, form, label, req)
		case elem.Kind() == reflect.Struct && depth < 1:
			how := ""
			if isList {
				how = " — " + w["list"]
			}
			fmt.Fprintf(b, "%s %s:   # %s%s%s\n", indent, name, label, req, how)
			var itemKinds []string
			if mf, ok := whitepaper.FieldByName(t, name); ok {
				itemKinds = mf.Kinds
			}
			writeFields(b, loc, w, lang, elem, indent+"    ", depth+1, itemKinds)
		default:
			fmt.Fprintf(b, "%s %s: …   # %s%s\n", indent, name, label, req)
		}
	}
}

// kindsForm is the hint of an item's kind in a list field that has kinds
// of its own (whitepaper.Field.Kinds): those, not the whole vocabulary.
func kindsForm(kinds []string) string {
	if len(kinds) > 6 {
		return strings.Join(kinds[:6], " | ") + " | …"
	}
	return strings.Join(kinds, " | ")
}
