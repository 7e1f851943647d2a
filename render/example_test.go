package render_test

import (
	"fmt"
	"os"

	"github.com/openwhitepaper/whitepaper/render"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/language"
)

func ExampleMarkdown() {
	doc, err := whitepaper.Parse([]byte(`openwhitepaper: "1"
languages: [ja, en]
defaultLanguage: ja
title: {ja: セキュリティホワイトペーパー, en: Security whitepaper}
version: "1.0"
vendor: {id: acme, name: {ja: アクメ株式会社, en: Acme Inc.}}
services: [{id: app, name: {ja: アクメ, en: Acme}}]
backup:
  sets: [{data: database, frequency: daily, generations: 7 generations}]
  restoreOnRequest: false
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	opts := &render.Options{Languages: []language.Tag{language.English}, NoTOC: true, NoSummary: true}
	if err := render.Markdown(os.Stdout, doc, opts); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # Security whitepaper
	//
	// - Vendor: Acme Inc.
	// - Version: 1.0
	// - Services: Acme
	//
	// ## 1. Backup
	//
	// **Backups**
	//
	// | Data | Frequency | Generations kept |
	// | --- | --- | --- |
	// | Databases | daily | 7 generations |
	//
	// - Data is not restored from backups at the customer's request.
}

func ExampleNegotiate() {
	doc := &whitepaper.Document{
		Languages:       []language.Tag{language.Japanese},
		DefaultLanguage: language.Japanese,
	}
	text, labels := render.Negotiate(doc, language.MustParse("en-GB"))
	fmt.Println(text, labels)
	// Output: ja en
}
