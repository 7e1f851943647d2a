package compare_test

import (
	"fmt"
	"strings"

	"github.com/openwhitepaper/whitepaper/compare"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

func ExampleDocuments() {
	parse := func(src string) *whitepaper.Document {
		doc, err := whitepaper.Parse([]byte(`openwhitepaper: "1"
languages: [ja, en]
defaultLanguage: ja
` + src))
		if err != nil {
			panic(err)
		}
		return doc
	}
	acme := parse(`vendor: {id: acme, name: {ja: アクメ株式会社, en: Acme Inc.}}
services: [{id: app, name: {ja: アクメ, en: Acme}}]
backup:
  sets: [{data: database, frequency: daily, generations: 7 generations}]
  restoreOnRequest: false
`)
	// A document written in Japanese only, worded in English all the same.
	kaisha := parse(`vendor: {id: kaisha, name: {ja: カイシャ株式会社}}
services: [{id: app, name: {ja: カイシャ}}]
backup:
  sets: [{data: database, frequency: hourly, generations: 30 generations}]
`)
	table := compare.Documents([]*whitepaper.Document{acme, kaisha}, locale.English())
	for _, s := range table.Sections {
		if s.ID != whitepaper.SectionBackup {
			continue
		}
		for _, r := range s.Rows {
			fmt.Printf("%s | %s | %s\n", r.Label, table.Text(r.Cells[0]), table.Text(r.Cells[1]))
		}
	}
	// Output:
	// Backups: Frequency | Databases: daily ▼weakest | Databases: hourly ▲strongest
	// Backups: Generations kept | Databases: 7 generations ▼weakest | Databases: 30 generations ▲strongest
	// Backups: Retention | Not stated | Not stated
	// Restore on customer request | ✗ Data is not restored from backups at the customer's request. | Not stated
	// Recovery objectives: Recovery point objective (RPO) | Not stated | Not stated
}

// A table for a spreadsheet: CSV with a byte order mark, so that Excel
// opens Japanese correctly.
func ExampleTable_CSV() {
	a, _ := whitepaper.Parse([]byte(`{"openwhitepaper": "1", "languages": ["en"], "defaultLanguage": "en",
  "vendor": {"id": "a", "name": {"en": "A Inc."}}, "services": [{"id": "x", "name": {"en": "X"}}],
  "incidentResponse": {"notification": {"deadline": "within 24 hours"}}}`))
	b, _ := whitepaper.Parse([]byte(`{"openwhitepaper": "1", "languages": ["ja"], "defaultLanguage": "ja",
  "vendor": {"id": "b", "name": {"ja": "ビー株式会社"}}, "services": [{"id": "y", "name": {"ja": "ワイ"}}],
  "incidentResponse": {"notification": {"deadline": "within 72 hours"}}}`))
	table := compare.Documents([]*whitepaper.Document{a, b}, locale.Japanese())
	var buf strings.Builder
	_ = table.CSV(&buf)
	for _, line := range strings.Split(buf.String(), "\r\n") {
		if strings.Contains(line, "インシデント") || strings.HasPrefix(line, "\ufeff") {
			fmt.Printf("%q\n", line)
		}
	}
	// Output:
	// "\ufeffセクション,項目,A Inc. X,ビー株式会社 ワイ"
	// "インシデント発生時の対応,通知の目標時間,24時間以内 ▲最も有利,72時間以内 ▼最も不利"
}
