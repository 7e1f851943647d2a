package diff

import (
	"encoding/json"
	"github.com/stretchr/testify/require"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

// renameCase is a pair of versions with the rules of its changes and
// messages they must include in each language.
type renameCase struct {
	name   string
	before func(d *whitepaper.Document)
	after  func(d *whitepaper.Document)
	rules  []string
	ja, en []string
}

// TestRenamesAndReplacements checks that an item renamed, or a record
// whose target changed, is one item changed, worded as such in both
// languages, and that a different item is still a removal and an
// addition.
func TestRenamesAndReplacements(t *testing.T) {
	tests := []renameCase{
		{
			name:   "subprocessor renamed and gaining a data category",
			before: func(d *whitepaper.Document) { d.Subprocessors.Services[0].Name = "Amazon Web Services (AWS)" },
			after: func(d *whitepaper.Document) {
				s := &d.Subprocessors.Services[0]
				s.Name = "Amazon Web Services Inc (AWS)"
				s.Data = append(s.Data, "usage-data")
			},
			rules: []string{"item-renamed", "subprocessor-data-added"},
			ja:    []string{"外部サービス「Amazon Web Services (AWS)」の名称が「Amazon Web Services Inc (AWS)」に変わりました"},
			en:    []string{`Renamed the subprocessor "Amazon Web Services (AWS)" to "Amazon Web Services Inc (AWS)"`},
		},
		{
			name:   "subprocessor by its short name, then its long one",
			before: func(d *whitepaper.Document) { d.Subprocessors.Services[0].Name = "AWS" },
			after:  func(d *whitepaper.Document) { d.Subprocessors.Services[0].Name = "Amazon Web Services (AWS)" },
			rules:  []string{"item-renamed"},
			ja:     []string{"外部サービス「AWS」の名称が「Amazon Web Services (AWS)」に変わりました"},
			en:     []string{`Renamed the subprocessor "AWS" to "Amazon Web Services (AWS)"`},
		},
		{
			name:   "subprocessor by its initials, then its words",
			before: func(d *whitepaper.Document) { d.Subprocessors.Services[0].Name = "AWS" },
			after:  func(d *whitepaper.Document) { d.Subprocessors.Services[0].Name = "Amazon Web Services" },
			rules:  []string{"item-renamed"},
		},
		{
			name: "a different subprocessor is a replacement",
			before: func(d *whitepaper.Document) {
				*subNamed(d, "Wrike") = whitepaper.Subprocessor{Name: "G Suite", Operator: "Google"}
			},
			rules: []string{"subprocessor-removed", "subprocessor-added"},
		},
		{
			name: "notice channel from e-mail to a web page",
			before: func(d *whitepaper.Document) {
				ch := &d.IncidentResponse.Notification.Channels[0]
				ch.Kind, ch.URL, ch.Email = "email", "", "security@lrm.jp"
			},
			rules: []string{"value-changed", "target-changed"},
			ja:    []string{"連絡手段「お知らせページ」の宛先がsecurity@lrm.jpからhttps://support.lrm.jp/hc/ja/sections/360011627911に変わりました"},
			en:    []string{"Address of the channel \"お知らせページ\" changed from security@lrm.jp to https://support.lrm.jp/hc/ja/sections/360011627911"},
		},
		{
			name:   "a changed phone number",
			before: func(d *whitepaper.Document) { d.Contact.Points[0].Phone = "03-6459-0171" },
			rules:  []string{"value-changed"},
		},
	}
	ja, en := locale.For(language.Japanese), locale.For(language.English)
	tests = append(tests, []renameCase{
		{
			name:   "heading renamed",
			before: retitle("20", "免責"),
			rules:  []string{"heading-renamed"},
			ja:     []string{"見出し「免責」が「外部クラウドサービスの利用」に変わりました"},
			en:     []string{`Renamed the heading "免責" to "外部クラウドサービスの利用"`},
		},
		{
			name:   "heading added before others: one change, not one per renumbered heading",
			before: withoutHeading("19"),
			rules:  []string{"heading-added", "section-added"},
			ja:     []string{"見出し「セキュリオにおける物理的な機器の廃棄及び再利用時のセキュリティ」が追加されました"},
			en:     []string{"Added the heading セキュリオにおける物理的な機器の廃棄及び再利用時のセキュリティ"},
		},
		{
			name:  "heading removed before others",
			after: withoutHeading("19"),
			rules: []string{"heading-removed", "section-removed"},
		},
	}...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old, new := versions(t, "seculio", tt.before, tt.after)
			cs := classified(t, old, new)
			var rules []string
			for _, c := range cs {
				rules = append(rules, c.Rule)
			}
			assert.ElementsMatch(t, tt.rules, rules)
			for _, want := range []struct {
				loc  *locale.Locale
				msgs []string
			}{{ja, tt.ja}, {en, tt.en}} {
				var got []string
				for _, e := range Explain(cs, want.loc) {
					got = append(got, e.Message)
				}
				t.Logf("%s", got)
				for _, m := range want.msgs {
					assert.Contains(t, got, m)
				}
			}
		})
	}
}

// withoutHeading removes a top heading of the outline and its section,
// and renumbers the headings after it, as a vendor would.
func withoutHeading(number string) func(d *whitepaper.Document) {
	return func(d *whitepaper.Document) {
		i := slices.IndexFunc(d.Outline, func(e whitepaper.OutlineEntry) bool { return e.Number == number })
		for _, s := range d.Outline[i].Sections {
			if info, ok := whitepaper.LookupSection(s); ok {
				if f, ok := whitepaper.FieldByName(reflect.TypeFor[whitepaper.Document](), info.Field); ok {
					reflect.ValueOf(d).Elem().FieldByIndex(f.Index).SetZero()
				}
			}
		}
		d.Outline = slices.Delete(d.Outline, i, i+1)
		for k := i; k < len(d.Outline); k++ {
			if n, err := strconv.Atoi(d.Outline[k].Number); err == nil {
				d.Outline[k].Number = strconv.Itoa(n - 1)
			}
		}
	}
}

// TestRevisionEntryOutline drafts the entries of a heading renamed and a
// heading added before others as the vendor's revision table words them.
func TestRevisionEntryOutline(t *testing.T) {
	ja := locale.For(language.Japanese)
	for _, tt := range []struct {
		before func(d *whitepaper.Document)
		want   []string
	}{
		{retitle("20", "免責"), []string{"「20. 免責」を「20. 外部クラウドサービスの利用」に変更。"}},
		{withoutHeading("19"), []string{"「19. セキュリオにおける物理的な機器の廃棄及び再利用時のセキュリティ」を追加。"}},
	} {
		old, new := seculio(t), seculio(t)
		tt.before(old)
		assert.Equal(t, tt.want, RevisionEntry(Explain(classified(t, old, new), ja), old, new, ja))
	}
}

// retitle gives a top heading of the outline another title.
func retitle(number, title string) func(d *whitepaper.Document) {
	return func(d *whitepaper.Document) {
		i := slices.IndexFunc(d.Outline, func(e whitepaper.OutlineEntry) bool { return e.Number == number })
		d.Outline[i].Title = whitepaper.T("ja", title)
	}
}

// renameProduct rewrites every Japanese text of the document that names
// the product by its new name with its old one, as the version before a
// product renamed.
func renameProduct(from, to string) func(d *whitepaper.Document) {
	return func(d *whitepaper.Document) {
		data, err := json.Marshal(d)
		if err != nil {
			panic(err)
		}
		back, err := whitepaper.Parse([]byte(strings.ReplaceAll(string(data), from, to)))
		if err != nil {
			panic(err)
		}
		*d = *back
	}
}

// TestSystematicRename checks that a product renamed across many texts
// is one editorial change listing where, in both languages, and one line
// of the revision entry.
func TestSystematicRename(t *testing.T) {
	old, new := seculio(t), seculio(t)
	renameProduct("セキュリオ", "Seculio")(old)
	cs := classified(t, old, new)
	var rules []string
	for _, c := range cs {
		rules = append(rules, c.Rule+" "+c.Path.String())
	}
	require.Len(t, cs, 1, "%v", rules)
	assert.Equal(t, "name-replaced", cs[0].Rule)
	assert.Equal(t, Editorial, cs[0].Impact)
	ja, en := locale.For(language.Japanese), locale.For(language.English)
	for _, loc := range []*locale.Locale{ja, en} {
		t.Log(Explain(cs, loc)[0].Message)
	}
	assert.Equal(t, []string{"「Seculio」が「セキュリオ」に変更。"}, RevisionEntry(Explain(cs, ja), old, new, ja))
}

// TestFootnoteNamedByItsText: a footnote added is named by what it says,
// never by its mark, in the message and in the drafted entry.
func TestFootnoteNamedByItsText(t *testing.T) {
	old, new := seculio(t), seculio(t)
	new.DataLocation.References = append(new.DataLocation.References, whitepaper.Reference{
		Kind: whitepaper.RefFootnote, Label: whitepaper.T("ja", "⁴"), Note: whitepaper.T("ja", "大阪リージョンはバックアップ用です。")})
	ja := locale.For(language.Japanese)
	es := Explain(classified(t, old, new), ja)
	require.Len(t, es, 1)
	assert.NotContains(t, es[0].Message, "⁴")
	entry := RevisionEntry(es, old, new, ja)
	assert.NotContains(t, strings.Join(entry, ""), "⁴")
	t.Log(es[0].Message, entry)
}

// TestNumbersAreNoRename: the same number changed in many texts (72時間 to
// 24時間) stays a change of each text, never one editorial replacement.
func TestNumbersAreNoRename(t *testing.T) {
	old, new := seculio(t), seculio(t)
	renameProduct("セキュリオ", "セキュリオ 72")(old)
	renameProduct("セキュリオ", "セキュリオ 24")(new)
	for _, c := range classified(t, old, new) {
		assert.NotEqual(t, "name-replaced", c.Rule, c.Path.String())
	}
}
