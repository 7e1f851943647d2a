package check_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/openwhitepaper/whitepaper/check"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// Wording a lint report from another module, in the reader's language.
func ExampleLint() {
	doc, err := whitepaper.Parse([]byte(`openwhitepaper: "1"
languages: [ja]
defaultLanguage: ja
title: {ja: セキュリティホワイトペーパー}
version: "1.0"
vendor: {id: acme, name: {ja: アクメ株式会社}}
services: [{id: app, name: {ja: アクメ}}]
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	findings := check.Lint(doc, check.Config{})
	loc, err := locale.Parse("ja")
	if err != nil {
		fmt.Println(err)
		return
	}
	check.Word(findings, loc)
	_ = check.WriteLintText(os.Stdout, "acme.yaml", findings[:2], loc)
	// Output:
	// acme.yaml:1:1: 情報: 稼働状況ページへのリンクがありません [status-page-missing]
	// acme.yaml:1:1: 警告: 対応する最低の TLS バージョンが記載されていません [tls-min-version-missing]
	// エラー0件、警告1件、情報1件
}

// A nil locale words in English rather than panicking.
func ExampleWriteSARIF_nilLocale() {
	doc, err := whitepaper.Parse([]byte(`openwhitepaper: "1"
languages: [en]
defaultLanguage: en
title: {en: Security whitepaper}
version: "1.0"
vendor: {id: acme, name: {en: Acme}}
services: [{id: app, name: {en: Acme}}]
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	findings := check.Lint(doc, check.Config{})
	check.Word(findings, nil)
	var sarif, text strings.Builder
	fmt.Println(check.WriteSARIF(&sarif, "acme.yaml", findings, nil), check.WriteLintText(&text, "acme.yaml", findings[:1], nil))
	fmt.Print(text.String())
	cov := check.Coverage(doc)
	fmt.Println(check.WriteCoverageText(io.Discard, cov, nil))
	// Output:
	// <nil> <nil>
	// acme.yaml:1:1: info: No status page is linked [status-page-missing]
	// 0 errors, 0 warnings, 1 notes
	// <nil>
}

// Answering a bundled checklist from a whitepaper's facts, and writing the
// answers for a spreadsheet.
func ExampleAnswer() {
	doc, err := whitepaper.Parse([]byte(`openwhitepaper: "1"
languages: [en]
defaultLanguage: en
title: {en: Security whitepaper}
version: "1.0"
vendor: {id: acme, name: {en: Acme}}
services: [{id: app, name: {en: Acme}}]
availability:
  serviceLevels: [{target: 99.9%}]
  maintenance: [{notice: 7 days}]
  promises: [{topic: escrow, provided: false}]
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	p, _ := check.ProfileByName("meti-sla")
	loc, _ := locale.Parse("en")
	sheet := check.Answer(doc, p, loc)
	for _, a := range sheet.Answers[:5] {
		fmt.Println(a.Question.ID, a.Verdict)
		for _, e := range a.Evidence {
			fmt.Printf("  %s [%s]\n", e.Fact, e.Section)
		}
	}
	// Output:
	// 1 not-stated
	// 2 yes
	//   Advance notice: 7 days [1 Availability]
	// 3 not-stated
	// 4 no
	//   Escrow of programs and configuration — No. [1 Availability]
	// 5 yes
	//   Target availability: 99.9% [1 Availability]
}

// Reading a profile of one's own: an error names the file, line and column.
func ExampleParseProfile() {
	_, err := check.ParseProfile([]byte(`profile: mine
title: {en: My checklist}
sources: [{id: form, title: {en: Form}, publisher: {en: Us}, edition: "1"}]
questions:
  - id: Q1
    title: {en: "Are backups kept for a week?"}
    source: {document: form, clause: "1"}
    answers: [{field: /backup/sets/*/retention, atLeast: 7 days}]
  - id: Q2
    title: {en: "Is there a status page?"}
    source: {document: form, clause: "2"}
    answers: [{field: /availability/statuspage}]
`), "mine.yaml")
	fmt.Println(err)
	// Output:
	// mine.yaml:12:23: error: question "Q2": field "/availability/statuspage" is not in the model: Availability has no field "statuspage"
}
