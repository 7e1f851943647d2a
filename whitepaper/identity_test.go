package whitepaper

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Identity traps of round three: regions without codes, items alike in
// every key, patch targets scoped like other rule-like items, and a text
// cut at its comma by YAML.

func TestRegionsWithoutCodesKeyedByName(t *testing.T) {
	src := formsBase + `providers: [{id: aws, name: {ja: AWS, en: AWS}}]
dataLocation:
  regions:
    - {provider: aws, name: {ja: 東京リージョン, en: Tokyo region}, country: JP}
    - {provider: aws, name: {ja: 大阪リージョン, en: Osaka region}, country: JP}
    - {provider: aws, code: ap-northeast-1, name: {ja: 東京, en: Tokyo}, country: JP}
`
	doc := formsDoc(t, src)
	rs := doc.DataLocation.Regions
	assert.Equal(t, "provider=aws,name=Tokyo region/東京リージョン", KeyOf(rs[0]))
	assert.NotEqual(t, KeyOf(rs[0]), KeyOf(rs[1]))
	assert.Equal(t, "provider=aws,code=ap-northeast-1", KeyOf(rs[2]), "a region with a code is known by its code")

	dup := formsBase + `providers: [{id: aws, name: {ja: AWS, en: AWS}}]
dataLocation:
  regions:
    - {provider: aws, name: {ja: 東京リージョン, en: Tokyo region}, country: JP}
    - {provider: aws, name: {ja: 東京リージョン, en: Tokyo region}, country: JP}
`
	wantDiag(t, formsDiagnostics(t, dup), "duplicate-key", "/dataLocation/regions/1", `add "id" to one of them`)
}

func TestDuplicateKeySaysWhichFieldToAdd(t *testing.T) {
	src := formsBase + `availability:
  maintenance:
    - {schedule: "sun 02:00-05:00 JST"}
    - {schedule: "wed 02:00-05:00 JST"}
`
	wantDiag(t, formsDiagnostics(t, src), "duplicate-key", "/availability/maintenance/1",
		`duplicate key (empty) (also item 0); add "id" to one of them to tell them apart (such as id: second), or state where they differ in one of: plans, services`)
	src = formsBase + `availability:
  maintenance:
    - {id: sunday, schedule: "sun 02:00-05:00 JST"}
    - {id: sunday, schedule: "wed 02:00-05:00 JST"}
`
	wantDiag(t, formsDiagnostics(t, src), "duplicate-key", "/availability/maintenance/1", `state where they differ in one of: plans, services`)
	ok := formsBase + `availability:
  maintenance:
    - {id: sunday, schedule: "sun 02:00-05:00 JST"}
    - {schedule: "wed 02:00-05:00 JST"}
`
	formsDoc(t, ok)
}

func TestPatchTargetsAreRuleLike(t *testing.T) {
	src := formsBase + `vulnerabilities:
  patching:
    - {class: critical, within: within 24 hours}
    - {class: critical, within: within 12 hours, plans: [pro], qualifier: in-principle}
    - {class: high, id: os, within: within 1 week}
    - {class: high, id: libraries, within: within 3 days}
`
	doc := formsDoc(t, src)
	ps := doc.Vulnerabilities.Patching
	require.Len(t, ps, 4)
	assert.Equal(t, []string{"pro"}, ps[1].Plans)
	assert.Equal(t, InPrinciple, ps[1].Qualifier)
	assert.Equal(t, "class=high,id=os", KeyOf(ps[2]))
	dup := formsBase + `vulnerabilities:
  patching:
    - {class: high, within: within 1 week}
    - {class: high, within: within 3 days}
`
	wantDiag(t, formsDiagnostics(t, dup), "duplicate-key", "/vulnerabilities/patching/1", `add "id"`)
}

func TestUnquotedCommaInText(t *testing.T) {
	tests := []struct{ name, msg string }{
		{"{ja: Slack Technologies, LLC}", `the ja text has a comma, so YAML read "LLC" after it as a language; quote the text: {ja: "Slack Technologies, LLC"}`},
		{"{ja: Slack Technologies, LLC, en: Slack}", `quote the text: {ja: "Slack Technologies, LLC"}`},
		{"{en: A, B, C}", `quote the text: {en: "A, B, C"}`},
	}
	for _, tt := range tests {
		src := `openwhitepaper: "1"
languages: [ja, en]
defaultLanguage: ja
title: {ja: テスト, en: Test}
version: "1.0"
vendor: {id: acme, name: ` + tt.name + `}
services: [{id: app, name: {ja: アプリ, en: App}}]
`
		diags := formsDiagnostics(t, src)
		var found int
		for _, d := range diags {
			if d.Code == "unquoted-comma" {
				found++
				assert.Contains(t, d.Message, tt.msg, tt.name)
				assert.Equal(t, "/vendor/name", d.Path)
			}
			assert.NotContains(t, d.Message, "canonical form", tt.name)
		}
		assert.Equal(t, 1, found, "one error for %s:\n%s", tt.name, diags.Error())
	}
	// A quoted text and a block mapping are not touched.
	formsDoc(t, formsBase[:0]+`openwhitepaper: "1"
languages: [ja, en]
defaultLanguage: ja
title: {ja: テスト, en: Test}
version: "1.0"
vendor: {id: acme, name: {ja: "Slack Technologies, LLC", en: "Slack Technologies, LLC"}}
services: [{id: app, name: {ja: アプリ, en: App}}]
`)
}
