package render

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// TestContractSentences checks how the contract-side families read: a
// credit tier says "below", an objective is never shown as a guarantee
// in the key facts, an order of precedence says which prevails, and a
// yes/no promise reads as the vendor's sentence.
func TestContractSentences(t *testing.T) {
	doc, err := whitepaper.Parse([]byte(`openwhitepaper: "1"
languages: [ja, en]
defaultLanguage: ja
title: {ja: テスト, en: Test}
vendor: {id: acme, name: {ja: アクメ, en: Acme}}
services: [{id: app, name: {ja: アプリ, en: App}}]
availability:
  serviceLevels:
    - target: 99.5%
      commitment: target
      credits: [{below: 99.5%, credit: 10%}]
  promises: [{topic: escrow, provided: false}]
contract:
  precedence: [signed-agreement, dpa, terms]
`), whitepaper.WithFilename("doc.yaml"))
	require.NoError(t, err)
	require.Empty(t, doc.Validate())
	for lang, want := range map[string][]string{
		"en": {"10% of the fee below 99.5%", "- SLA: 99.5% (Target)",
			"- Order of precedence: Separately signed agreement, then Data processing agreement, then Terms of service",
			"- Programs and configuration are not held in escrow for a sudden end of the service."},
		"ja": {"稼働率99.5%未満で料金の10%", "- SLA（稼働率）: 99.5%（目標）",
			"- 優先順位: 別途締結した契約書 ＞ データ処理契約（DPA） ＞ 利用規約",
			"- サービスの突然の停止に備えたプログラムや設定の寄託（エスクロー）は行っていません。"},
	} {
		var buf bytes.Buffer
		require.NoError(t, Markdown(&buf, doc, &Options{Languages: []language.Tag{language.MustParse(lang)}}))
		for _, w := range want {
			assert.Contains(t, buf.String(), w, lang)
		}
	}
}
