package render

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestNoRepeatsNoLongCells checks every example in both languages: no
// sentence of a section is shown by two of its blocks (the vendor's prose
// and a generated statement, or a paragraph and a table's note), and no
// table cell holds long prose.
func TestNoRepeatsNoLongCells(t *testing.T) {
	for _, name := range examples.Names() {
		doc, err := examples.Load(name)
		require.NoError(t, err)
		for _, lang := range []string{"ja", "en"} {
			p := build(doc, &Options{Languages: []language.Tag{language.MustParse(lang)}})
			for _, s := range p.Sections {
				seen := map[string]int{}
				for i, bl := range s.Blocks {
					if len(bl.Links) > 0 {
						continue // a link may lead to what a paragraph names
					}
					for _, text := range blockTexts(bl) {
						for _, sentence := range sentences(text) {
							if utf8.RuneCountInString(sentence) < 15 || !strings.HasSuffix(sentence, "。") {
								continue
							}
							if j, ok := seen[sentence]; ok && j != i {
								t.Errorf("%s.%s §%s: %q is shown by two blocks", name, lang, s.Number, sentence)
							}
							seen[sentence] = i
						}
					}
					if bl.Table != nil {
						for _, r := range bl.Table.Rows {
							for _, c := range r {
								if text := spansText(c); isProse(text) {
									assert.LessOrEqual(t, utf8.RuneCountInString(text), longCell, "%s.%s §%s: a table cell of long prose", name, lang, s.Number)
								}
							}
						}
					}
				}
			}
		}
	}
}

// TestPlacement checks the cases of the examples where the text once
// landed in the wrong place: a paragraph qualifying the facts above it
// (Seculio §11), a heading's text under the heading before it (Classi
// §4/§5) and a policy in a table cell (LoiLo §9).
func TestPlacement(t *testing.T) {
	ja := &Options{Languages: []language.Tag{language.Japanese}}
	section := func(name, number string) string {
		doc, err := examples.Load(name)
		require.NoError(t, err)
		for _, s := range build(doc, ja).Sections {
			if s.Number == number {
				var b strings.Builder
				for _, bl := range s.Blocks {
					b.WriteString(strings.Join(blockTexts(bl), "\n"))
					b.WriteString("\n")
				}
				return b.String()
			}
		}
		t.Fatalf("%s has no section %s", name, number)
		return ""
	}

	backup := section("seculio", "11")
	however := strings.Index(backup, "但し、お客様によるバックアップデータの復元等に関する要望は、承っておりません。")
	daily := strings.Index(backup, "日次でバックアップを取得しています")
	require.True(t, however >= 0 && daily >= 0, backup)
	assert.Less(t, daily, however, "「但し、…」 follows the backups it qualifies")
	assert.NotContains(t, backup, locale.Japanese().Message("fact.Backup.restoreOnRequest.false"), "the vendor's sentence states it already")

	s4, s5 := section("classi", "4"), section("classi", "5")
	assert.NotContains(t, s4, "卒業や転校", "§5's text under §4")
	assert.Contains(t, s5, "卒業後のデータは生徒、保護者から読み取り・更新をすることができなくなります。")
	assert.Equal(t, 1, strings.Count(s4+s5, "自己の責任と費用負担においてダウンロードしてください"), "the download instruction once")

	policy := section("loilo", "9")
	assert.Contains(t, policy, "当社は、個人情報に関する苦情及び相談に、適切かつ迅速に対応いたします。")
}

// TestTextUnderItsHeading checks every example: each paragraph of the
// vendor's (a note, a section's prose, an item's note) is shown under the
// heading the outline gives its section, field or list item, and under no
// other; Classi's contract-end access under §4, its graduation and
// transfer access under §5.
func TestTextUnderItsHeading(t *testing.T) {
	ja := &Options{Languages: []language.Tag{language.Japanese}}
	for _, name := range examples.Names() {
		doc, err := examples.Load(name)
		require.NoError(t, err)
		p := build(doc, ja)
		shown := map[string]string{} // heading key -> its section's text
		var keys []string
		for _, s := range p.Sections {
			var b strings.Builder
			for _, bl := range s.Blocks {
				b.WriteString(strings.Join(blockTexts(bl), "\n") + "\n")
			}
			k := s.Number + " " + s.Title.Text
			shown[k] += b.String()
			keys = append(keys, k)
		}
		claimed := map[string]bool{}
		var picked []whitepaper.Part
		for _, h := range doc.Headings() {
			for _, ptr := range h.Fields {
				part, ok := whitepaper.ParsePart(ptr)
				require.True(t, ok, ptr)
				if part.By == "" {
					claimed[ptr] = true
				} else {
					picked = append(picked, part)
				}
			}
		}
		dv := reflect.ValueOf(doc).Elem()
		checked := 0
		for _, h := range examplesHeadings(t, name) {
			var texts []string
			for _, id := range h.heading.Sections {
				info, ok := whitepaper.LookupSection(id)
				if !ok {
					continue
				}
				sf, _ := whitepaper.FieldByName(dv.Type(), info.Field)
				sv := dv.FieldByIndex(sf.Index).Elem()
				for _, f := range whitepaper.Fields(sv.Type()) {
					ptr := "/" + info.Field + "/" + f.Name
					if claimed[ptr] || f.Name == "title" {
						continue
					}
					fv := sv.FieldByIndex(f.Index)
					if fv.Kind() == reflect.Slice {
						for i := range fv.Len() {
							item := fv.Index(i)
							switch {
							case claimed[ptr+"/"+strconv.Itoa(i)]: // a paragraph under a heading of its own
							case slices.ContainsFunc(picked, func(p whitepaper.Part) bool { return p.Pointer() == ptr && p.Picks(item.Interface()) }):
							case f.Name == "qualified" && claimed["/"+info.Field+"/"+item.FieldByName("Field").String()]:
								// the hedge of a field under a heading of its own
							default:
								texts = append(texts, prose(item)...)
							}
						}
						continue
					}
					texts = append(texts, prose(fv)...)
				}
			}
			for _, ptr := range h.heading.Fields {
				part, _ := whitepaper.ParsePart(ptr)
				sf, _ := whitepaper.FieldByName(dv.Type(), part.Section)
				sv := dv.FieldByIndex(sf.Index).Interface().(whitepaper.Section)
				fv := dv.FieldByIndex(sf.Index).Elem().FieldByIndex(part.Field.Index)
				if part.Paragraph >= 0 {
					texts = append(texts, prose(fv.Index(part.Paragraph))...)
					continue
				}
				for _, q := range sv.SectionNotes().Qualified {
					if q.Field == part.Field.Name {
						texts = append(texts, prose(reflect.ValueOf(q.Note))...)
					}
				}
				if fv.Kind() != reflect.Slice {
					texts = append(texts, prose(fv)...)
					continue
				}
				for i := range fv.Len() {
					if part.Picks(fv.Index(i).Interface()) {
						texts = append(texts, prose(fv.Index(i))...)
					}
				}
			}
			own := shown[h.key]
			for _, text := range texts {
				checked++
				if strings.Contains(own, text) {
					continue
				}
				for _, k := range keys {
					if k != h.key && strings.Contains(shown[k], text) {
						t.Errorf("%s: %q belongs under %q but is shown under %q", name, text, h.key, k)
					}
				}
			}
		}
		assert.NotZero(t, checked, name)
	}
	s4 := sectionText(t, "classi", "4")
	s5 := sectionText(t, "classi", "5")
	assert.Contains(t, s4, "それまで利用していたユーザーからはアクセスできないように実施しています。")
	assert.NotContains(t, s5, "それまで利用していたユーザー")
	assert.Contains(t, s5, "先生においても基本は同様ですが")
	assert.NotContains(t, s4, "先生においても")
}

// placedHeading is a heading of the document with the key of the page's
// section it becomes.
type placedHeading struct {
	heading whitepaper.Heading
	key     string
}

// examplesHeadings pairs the headings that hold something with the
// sections of the example's Japanese page, in order.
func examplesHeadings(t *testing.T, name string) []placedHeading {
	doc, err := examples.Load(name)
	require.NoError(t, err)
	p := build(doc, &Options{Languages: []language.Tag{language.Japanese}})
	var out []placedHeading
	headings := doc.Headings()
	i := 0
	for j, h := range headings {
		if len(h.Sections)+len(h.Fields) == 0 && (j+1 == len(headings) || headings[j+1].Level <= h.Level) {
			continue // a heading with nothing under it is not shown
		}
		require.Less(t, i, len(p.Sections), "%s: no section for heading %q", name, h.Number)
		require.Equal(t, h.Number, p.Sections[i].Number+map[bool]string{true: h.Number}[numbered(p.Sections[i].Title.Text, h.Number)], "%s: heading %d", name, j)
		out = append(out, placedHeading{h, p.Sections[i].Number + " " + p.Sections[i].Title.Text})
		i++
	}
	assert.LessOrEqual(t, len(p.Sections)-i, 1, "%s: the page adds at most its revision history", name)
	return out
}

// prose lists the Japanese texts of sentences found in a value.
func prose(v reflect.Value) []string {
	var out []string
	var walk func(reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Map:
			if t, ok := v.Interface().(whitepaper.Text); ok {
				if s, ok := t.Lookup(language.Japanese); ok && strings.Contains(s, "。") {
					out = append(out, s)
				}
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		}
	}
	walk(v)
	return out
}

// sectionText is the text of the numbered section of an example's
// Japanese page.
func sectionText(t *testing.T, name, number string) string {
	doc, err := examples.Load(name)
	require.NoError(t, err)
	for _, s := range build(doc, &Options{Languages: []language.Tag{language.Japanese}}).Sections {
		if s.Number == number {
			var b strings.Builder
			for _, bl := range s.Blocks {
				b.WriteString(strings.Join(blockTexts(bl), "\n") + "\n")
			}
			return b.String()
		}
	}
	t.Fatalf("%s has no section %s", name, number)
	return ""
}

// TestNoStatementRestatesProse checks the Japanese page of every example:
// no generated statement of a fact ("利用者はパスワードを自ら再設定できます。")
// stands beside a paragraph of the vendor's in the same section that says
// the same ("ユーザーはパスワードを忘れた場合、自らパスワードの再設定を行うことが
// 可能です。"); the section's worded list leaves such a statement out. Two
// sentences say the same when half the character pairs of the statement
// are in the paragraph.
func TestNoStatementRestatesProse(t *testing.T) {
	for _, name := range examples.Names() {
		doc, err := examples.Load(name)
		require.NoError(t, err)
		p := build(doc, &Options{Languages: []language.Tag{language.Japanese}})
		for _, s := range p.Sections {
			var paras, statements []string
			var rows func([]row)
			rows = func(rs []row) {
				for _, r := range rs {
					if r.Label == "" {
						statements = append(statements, spansText(r.Value))
					}
					rows(r.Sub)
				}
			}
			for _, bl := range s.Blocks {
				if len(bl.Para) > 0 {
					paras = append(paras, spansText(bl.Para))
				}
				rows(bl.Rows)
			}
			for _, st := range statements {
				head, _, _ := strings.Cut(st, "（") // the hedge in parentheses is the vendor's words
				pairs := charPairs(head)
				for _, para := range paras {
					shared := 0
					for pr := range pairs {
						if strings.Contains(para, pr) {
							shared++
						}
					}
					if len(pairs) > 0 && 2*shared >= len(pairs) {
						t.Errorf("%s §%s %s: %q restates the vendor's %q", name, s.Number, s.Title.Text, st, para)
					}
				}
			}
		}
	}
}

// charPairs is the set of pairs of adjacent characters of a text, left
// out punctuation and spaces.
func charPairs(s string) map[string]bool {
	var rs []rune
	for _, r := range s {
		if !strings.ContainsRune("、。（）()「」：:・, 　", r) {
			rs = append(rs, r)
		}
	}
	out := map[string]bool{}
	for i := 1; i < len(rs); i++ {
		out[string(rs[i-1:i+1])] = true
	}
	return out
}
