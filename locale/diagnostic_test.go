package locale

import (
	"testing"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// diagSamples are documents with one mistake each, and the Japanese of
// the diagnostic the whitepaper package makes of it.
var diagSamples = []struct{ yaml, ja string }{
	{"incidents: {}", `不明な項目名「incidents」です。「incidentResponse」の誤りではありませんか？`},
	{"backup: {sets: [{data: databse}]}", `「databse」は data kind の値にありません。「database」の誤りではありませんか？`},
	{"backup: {sets: [{data: database, generations: 30}]}", `数値 30 だけでは単位がありません。単位を付けて「30 generations」と書いてください`},
	{"version: 1.0", `文字列を書くところに数値があります。引用符で囲んで "1.0" と書いてください`},
	{"date: 2026年2月30日", `日付「2026年2月30日 (2026-02-30)」が読めません。2026-02 に30日はありません`},
	{"vendor: {id: a, name: {en: A, en: B}}", `言語「en」が2回書かれています`},
	{"services: {}", `リストを書くところにマッピング（キーと値の組）が書かれています`},
	{"vendor: null", `null は書けません。項目ごと省いてください`},
}

func TestDiagnosticWording(t *testing.T) {
	ja, en := Japanese(), English()
	for _, s := range diagSamples {
		_, err := whitepaper.Parse([]byte("openwhitepaper: \"1\"\ntitle: {en: T}\n" + s.yaml + "\n"))
		var ds whitepaper.Diagnostics
		require.ErrorAs(t, err, &ds, s.yaml)
		d := ds[0]
		assert.Equal(t, d.Message, en.DiagnosticMessage(d), "English words it as the whitepaper package does")
		assert.Equal(t, s.ja, ja.DiagnosticMessage(d), s.yaml)
	}
	other := whitepaper.Diagnostic{Message: "a message made by hand"}
	assert.Equal(t, other.Message, ja.DiagnosticMessage(other), "kept as it is")

	w := whitepaper.Wording{Format: "text has no %s version", Args: []any{"en"}}
	d := whitepaper.Diagnostic{Severity: whitepaper.Warning, Pos: whitepaper.Pos{Filename: "a.yaml", Line: 3, Column: 5},
		Message: w.String(), Wording: w}
	assert.Equal(t, "a.yaml:3:5: 警告: enの文章がありません", ja.Diagnostic(d))
	assert.Equal(t, d.String(), en.Diagnostic(d))
	d = whitepaper.Diagnostic{Path: "/title", Message: w.String(), Wording: w}
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
