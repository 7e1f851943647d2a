package locale

import (
	"testing"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

// diagSamples are messages of each shape a locale words, as the
// whitepaper package writes them, with their Japanese wording.
var diagSamples = []struct{ en, ja string }{
	{`unknown field "incidents"; did you mean "incidentResponse"?`, `不明な項目名「incidents」です。「incidentResponse」の誤りではありませんか？`},
	{`unknown field "x"; known fields: a, b`, `不明な項目名「x」です。ここで使える項目名：a, b`},
	{`unknown commitment "taget"; did you mean "target"?`, `「taget」は commitment の値にありません。「target」の誤りではありませんか？`},
	{`unknown data kind "zzz" (want one of: all, database; or an extension value x-… declared in extensions)`, `「zzz」は data kind の値にありません（使える値：all, database。または extensions で宣言した x-… の拡張値）`},
	{`got the number 30; write it with its unit: "30 generations"`, `数値 30 だけでは単位がありません。単位を付けて「30 generations」と書いてください`},
	{`got the number 30; invalid duration "30": want an amount and a unit`, `数値 30 はここには書けません（invalid duration "30": want an amount and a unit）`},
	{`want a string, got a number; quote it: "1.0"`, `文字列を書くところに数値があります。引用符で囲んで "1.0" と書いてください`},
	{`invalid duration "72時間以内です": unknown unit "時間以内です" (want hours); Japanese forms such as 72時間以内, 30日以上 are accepted too`, `期間「72時間以内です」が読めません。72時間以内, 30日以上 のように書いてください（unknown unit "時間以内です" (want hours)）`},
	{`invalid date "2026年2月30日" ("2026-02-30"): 2026-02 has no day 30`, `日付「2026年2月30日」 ("2026-02-30")が読めません（2026-02 has no day 30）`},
	{`invalid count "0 generations": count "0 generations" must be positive`, `数量「0 generations」が読めません（count "0 generations" must be positive）`},
	{`null is not allowed here; leave the field out instead`, `null は書けません。項目ごと省いてください`},
	{`field "title" appears twice (first at line 3)`, `項目「title」が2回書かれています（最初は3行目）`},
	{`version is required`, `versionは必須です`},
	{`text has no en version`, `enの文章がありません`},
	{`want a list, got a mapping`, `リストを書くところにマッピング（キーと値の組）が書かれています`},
}

func TestDiagnosticWording(t *testing.T) {
	ja, en := Japanese(), English()
	for _, s := range diagSamples {
		d := whitepaper.Diagnostic{Message: s.en}
		assert.Equal(t, s.en, en.DiagnosticMessage(d), "English words it as the whitepaper package does")
		assert.Equal(t, s.ja, ja.DiagnosticMessage(d))
	}
	other := whitepaper.Diagnostic{Message: "a message of no known shape"}
	assert.Equal(t, other.Message, ja.DiagnosticMessage(other), "kept as it is")

	d := whitepaper.Diagnostic{Severity: whitepaper.Warning, Pos: whitepaper.Pos{Filename: "a.yaml", Line: 3, Column: 5},
		Message: "text has no en version"}
	assert.Equal(t, "a.yaml:3:5: 警告: enの文章がありません", ja.Diagnostic(d))
	assert.Equal(t, d.String(), en.Diagnostic(d))
	d = whitepaper.Diagnostic{Path: "/title", Message: "text has no en version"}
	assert.Equal(t, "/title: エラー: enの文章がありません", ja.Diagnostic(d))

	for _, c := range All() {
		for _, k := range DiagnosticKeys() {
			assert.True(t, c.Has(k), "%s has %s", c, k)
		}
	}
}

func TestFromEnvironment(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want language.Tag
	}{
		{map[string]string{}, language.English},
		{map[string]string{"LANG": "ja_JP.UTF-8"}, language.Japanese},
		{map[string]string{"LANG": "ja_JP.eucJP@euro"}, language.Japanese},
		{map[string]string{"LANG": "ja"}, language.Japanese},
		{map[string]string{"LANG": "en_US.UTF-8"}, language.English},
		{map[string]string{"LANG": "C"}, language.English},
		{map[string]string{"LANG": "fr_FR.UTF-8"}, language.English},
		{map[string]string{"LANG": "ja_JP.UTF-8", "LC_MESSAGES": "C"}, language.English},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_MESSAGES": "ja_JP.UTF-8"}, language.Japanese},
		{map[string]string{"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "ja_JP.UTF-8"}, language.English},
		{map[string]string{"LANG": "!!"}, language.English},
	}
	for _, tt := range tests {
		got := fromEnv(func(k string) string { return tt.env[k] })
		assert.Equal(t, tt.want, got.Tag(), "%v", tt.env)
	}
}
