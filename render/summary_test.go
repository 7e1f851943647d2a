package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestSummary checks the key facts at the top of the page: each stated
// fact worded in the page's language, a missing one said to be missing,
// and the summary before the table of contents.
func TestSummary(t *testing.T) {
	doc, err := examples.Load("seculio")
	require.NoError(t, err)
	for lang, want := range map[string][]string{
		"ja": {"## 主な事項", "- データの保管場所: 日本（東京リージョン、大阪リージョン）", "- インシデントの通知: 発生から72時間以内（目標）",
			"- 契約終了後のデータ削除: 契約終了から90日以内", "- 外部委託先: 8件", "- SLA（稼働率）: 記載なし", "- 通信の暗号化: 利用者端末とサービス間：TLS 1.2以上"},
		"en": {"## Key facts", "- Incident notice: within 72 hours after occurrence (Target)", "- Deletion after the contract: within 90 days after the contract ends",
			"- Certifications: ISO/IEC 27001, ISO/IEC 27017, ISO/IEC 27701", "- SLA: Not stated", "- Subprocessors: 8"},
	} {
		var md bytes.Buffer
		require.NoError(t, Markdown(&md, doc, &Options{Languages: []language.Tag{language.MustParse(lang)}}))
		out := md.String()
		for _, w := range want {
			assert.Contains(t, out, w+"\n", lang)
		}
		assert.Less(t, strings.Index(out, want[0]), strings.Index(out, map[string]string{"ja": "## 目次", "en": "## Contents"}[lang]), "the summary comes before the contents")
	}
}

// TestSummaryCertificationHolders: certifications a provider holds are
// named as the provider's, after the vendor's own, so that a buyer does
// not read a data centre's ISO/IEC 27001 as the vendor's.
func TestSummaryCertificationHolders(t *testing.T) {
	doc, err := examples.Load("loilo")
	require.NoError(t, err)
	for lang, want := range map[string]string{
		"en": "- Certifications: Privacy Mark; held by Amazon Web Services, not by the vendor: ISO/IEC 27001, ISO/IEC 27017, ISO/IEC 27018, ISMAP\n",
		"ja": "- 認証: プライバシーマーク／Amazon Web Servicesが保有（事業者自身ではありません）：ISO/IEC 27001 (ISMS)、",
	} {
		var md bytes.Buffer
		require.NoError(t, Markdown(&md, doc, &Options{Languages: []language.Tag{language.MustParse(lang)}}))
		assert.Contains(t, md.String(), want, lang)
	}
}

// TestHeaderFacts checks that the header shows what a service is and the
// vendor's country.
func TestHeaderFacts(t *testing.T) {
	src := strings.Replace(strings.Replace(outlined,
		"vendor: {id: acme, name: {en: Acme}}", "vendor: {id: acme, name: {en: Acme}, country: JP}", 1),
		"services: [{id: app, name: {en: App}}]", "services: [{id: app, name: {en: App}, description: {en: Homework for schools.}, url: \"https://app.example.com/\"}]", 1)
	doc, err := whitepaper.Parse([]byte(src))
	require.NoError(t, err)
	var md bytes.Buffer
	require.NoError(t, Markdown(&md, doc, &Options{Languages: []language.Tag{language.English}}))
	assert.Contains(t, md.String(), "  - App: Homework for schools. [https://app.example.com/](<https://app.example.com/>)\n")
	assert.Contains(t, md.String(), "  - Country: Japan\n")
}
