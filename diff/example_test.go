package diff_test

import (
	"fmt"
	"os"

	"github.com/openwhitepaper/whitepaper/diff"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

const v1 = `openwhitepaper: "1"
languages: [ja, en]
defaultLanguage: ja
title: {ja: セキュリティホワイトペーパー, en: Security whitepaper}
version: "1.0"
vendor: {id: acme, name: {ja: アクメ株式会社, en: Acme Inc.}}
services: [{id: app, name: {ja: アクメ, en: Acme}}]
backup:
  sets: [{data: database, frequency: daily, generations: 7 generations}]
`

// Wording a diff from another module: the locale package gives the words,
// in Japanese or English.
func ExampleExplain() {
	old, err := whitepaper.Parse([]byte(v1))
	if err != nil {
		fmt.Println(err)
		return
	}
	new, err := whitepaper.Parse([]byte(v1))
	if err != nil {
		fmt.Println(err)
		return
	}
	new.Backup.Sets[0].Generations = whitepaper.Count{Value: 3, Unit: whitepaper.Generations}

	changes, err := diff.Compare(old, new)
	if err != nil {
		fmt.Println(err)
		return
	}
	classified := diff.Classify(changes)
	for _, loc := range []*locale.Locale{locale.Japanese(), locale.English()} {
		for _, e := range diff.Explain(classified, loc) {
			fmt.Printf("%s: %s\n", e.Impact, e.Message)
		}
	}
	// A nil locale words in English.
	fmt.Println(diff.Summary(diff.Explain(classified, nil), nil))
	_ = diff.WriteText(os.Stdout, diff.Explain(classified, locale.English()), old, new, locale.English(), diff.Options{})
	// Output:
	// weakened: バックアップ「データベース」の保管世代数が7世代から3世代に減りました
	// weakened: Generations kept of the backup "Databases" decreased from 7 generations to 3 generations
	// 1 weakened, 0 strengthened, 0 changed, 0 editorial
	// Version 1.0
	// 1 weakened, 0 strengthened, 0 changed, 0 editorial
	//
	// Backup
	//   Weakened      Generations kept of the backup "Databases" decreased from 7 generations to 3 generations
}
