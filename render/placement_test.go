package render

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/locale"
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
