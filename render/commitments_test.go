package render

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

func TestPromiseSentences(t *testing.T) {
	doc, err := whitepaper.Parse([]byte(`openwhitepaper: "1"
languages: [ja, en]
defaultLanguage: ja
title: {ja: テスト, en: Test}
vendor: {id: acme, name: {ja: アクメ, en: Acme}}
services: [{id: app, name: {ja: アプリ, en: App}}, {id: web, name: {ja: ウェブ, en: Web}}]
plans: [{id: pro, name: {ja: プロ, en: Pro}}]
availability:
  promises:
    - topic: outage-notice
      party: account-owner
      plans: [pro]
      qualifier: in-principle
      duration: within 2 hours
      commitment: target
      note: {ja: 障害を確認してから 2 時間以内にお知らせします。, en: We tell you within 2 hours of confirming an outage.}
    - {topic: data-sale, provided: false}
custom:
  - id: green
    title: {ja: 環境, en: Environment}
    promises: [{topic: renewable-energy, percent: 100%}]
`), whitepaper.WithFilename("doc.yaml"))
	require.NoError(t, err)
	require.Empty(t, doc.Validate())
	for lang, want := range map[string][]string{
		"en": {"- Outage notice: within 2 hours (party: Account owner, Target, In principle, plans: Pro)",
			"  - We tell you within 2 hours of confirming an outage.",
			"- Customer data is not sold.", "- Renewable energy: 100%"},
		"ja": {"- 障害の通知：2時間以内（対象者：契約者、目標、原則として、対象プラン：プロ）",
			"- お客様のデータを販売しません。", "- 再生可能エネルギー：100%"},
	} {
		var buf bytes.Buffer
		require.NoError(t, Markdown(&buf, doc, &Options{Languages: []language.Tag{language.MustParse(lang)}}))
		for _, w := range want {
			assert.Contains(t, buf.String(), w+"\n", lang)
		}
	}
}
