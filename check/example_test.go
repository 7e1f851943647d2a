package check_test

import (
	"fmt"
	"os"

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
