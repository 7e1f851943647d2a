package whitepaper

import (
	"strings"
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
	// A language without its text is not a comma.
	diags := formsDiagnostics(t, strings.Replace(formsBase, "name: {ja: アクメ, en: Acme}", "name: {ja: アクメ, en}", 1))
	for _, d := range diags {
		assert.NotEqual(t, "unquoted-comma", d.Code, d.Message)
	}
	assert.True(t, diags.HasErrors())
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

const outlineSources = `sources:
  - {id: whitepaper, kind: document, label: {ja: ホワイトペーパー, en: Whitepaper}, url: "https://example.com/wp.pdf"}
  - {id: policy, kind: document, label: {ja: 提供方針, en: Policy}, url: "https://example.com/policy.pdf"}
purpose:
  notes:
    - {ja: 本書はアクメのセキュリティを説明します。, en: This paper describes Acme's security.}
    - {ja: 目的の本文です。, en: The purpose itself.}
backup:
  notes:
    - {ja: バックアップを取得します。, en: We take backups.}
    - {ja: 復旧は依頼に応じて行います。, en: Restores are done on request.}
`

func TestOutlineOfSeveralSources(t *testing.T) {
	src := formsBase + outlineSources + `outline:
  - fields: [/purpose/notes/0]
  - title: {ja: ホワイトペーパー, en: Whitepaper}
    source: whitepaper
    entries:
      - {number: "1", title: {ja: 目的, en: Purpose}, sections: [purpose]}
      - {number: "2", title: {ja: バックアップ, en: Backup}, sections: [backup]}
  - title: {ja: 提供方針, en: Policy}
    source: policy
    entries:
      - {number: "1", title: {ja: 復旧について, en: On recovery}, fields: [/backup/notes/1]}
`
	doc := formsDoc(t, src)
	hs := doc.Headings()
	require.Len(t, hs, 6)
	assert.True(t, hs[0].Title.IsZero(), "the lead paragraph has no title")
	assert.Equal(t, []string{"/purpose/notes/0"}, hs[0].Fields)
	assert.Equal(t, []string{"", "whitepaper", "whitepaper", "whitepaper", "policy", "policy"},
		[]string{hs[0].Source, hs[1].Source, hs[2].Source, hs[3].Source, hs[4].Source, hs[5].Source})
	assert.Equal(t, "1", hs[5].Number)

	// Without sources, two headings numbered 1 are an error that says what to add.
	dup := formsBase + `outline:
  - {number: "1", title: {ja: 目的, en: Purpose}, sections: [purpose]}
  - {number: "1", title: {ja: 方針, en: Policy}, sections: [backup]}
purpose: {notes: [{ja: あ, en: a}]}
backup: {notes: [{ja: い, en: b}]}
`
	wantDiag(t, formsDiagnostics(t, dup), "duplicate-key", "/outline/1/number", "give each document's first heading its source")
	// Within one source numbers are still unique.
	dup = formsBase + outlineSources + `outline:
  - title: {ja: 提供方針, en: Policy}
    source: policy
    entries:
      - {number: "1", title: {ja: 目的, en: Purpose}, sections: [purpose]}
      - {number: "1", title: {ja: 復旧, en: Recovery}, sections: [backup]}
`
	wantDiag(t, formsDiagnostics(t, dup), "duplicate-key", "/outline/0/entries/1/number", `appears twice in the outline of source "policy"`)
}

func TestOutlineErrors(t *testing.T) {
	tests := []struct{ outline, code, pointer, msg string }{
		{`[{title: {ja: 方針, en: Policy}, source: nosuch, sections: [purpose]}]`, "unknown-reference", "/outline/0/source", `"nosuch" is not the id of a source in /sources`},
		{`[{fields: [/purpose/notes/5]}]`, "unknown-reference", "/outline/0/fields/0", `"/purpose/notes/5" names no paragraph of purpose (it has 2)`},
		{`[{fields: [/purpose/notes/x]}]`, "unknown-reference", "/outline/0/fields/0", `or of a paragraph, such as /purpose/notes/0`},
		{`[{number: "1", fields: [/purpose/notes/0]}]`, "required", "/outline/0/title", "only a lead paragraph"},
		{`[{}]`, "required", "/outline/0/title", "an untitled entry holds a lead paragraph"},
		{`[{fields: [/purpose/notes/0]}, {title: {ja: 目的, en: Purpose}, fields: [/purpose/notes/0]}]`, "duplicate-key", "/outline/1/fields/0", "is under another heading already"},
	}
	for _, tt := range tests {
		t.Run(tt.outline, func(t *testing.T) {
			wantDiag(t, formsDiagnostics(t, formsBase+outlineSources+"outline: "+tt.outline+"\n"), tt.code, tt.pointer, tt.msg)
		})
	}
	src := formsBase + outlineSources + `outline: [{title: {ja: 方針, en: Policy}, sections: [purpose]}]
`
	src = strings.Replace(src, "{id: policy,", "{id: whitepaper,", 1)
	wantDiag(t, formsDiagnostics(t, src), "duplicate-key", "/sources/1/id", `source id "whitepaper" appears twice`)
}

func TestParsePartParagraph(t *testing.T) {
	for ptr, want := range map[string]struct {
		sec string
		k   int
		ok  bool
	}{
		"/purpose/notes/0":        {"purpose", 0, true},
		"/dataDeletion/notes/12":  {"dataDeletion", 12, true},
		"/purpose/notes/01":       {},
		"/purpose/notes/-1":       {},
		"/purpose/notes/":         {},
		"/nosuch/notes/0":         {},
		"/vendor/notes/0":         {},
		"purpose/notes/0":         {},
		"/purpose/notes/99999999": {},
	} {
		part, ok := ParsePart(ptr)
		if ok && part.Paragraph < 0 {
			ok = false
		}
		assert.Equal(t, want.ok, ok, ptr)
		if want.ok {
			assert.Equal(t, want.sec, part.Section, ptr)
			assert.Equal(t, want.k, part.Paragraph, ptr)
		}
	}
}
