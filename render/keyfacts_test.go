package render

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// keyFactsDoc is a small document the key facts tests vary.
const keyFactsDoc = `openwhitepaper: "1"
languages: [en]
defaultLanguage: en
title: {en: Whitepaper}
vendor: {id: acme, name: {en: Acme}}
providers: [{id: cloud, name: {en: Cloud Inc.}}]
services: [{id: app, name: {en: App}}, {id: api, name: {en: API}}]
plans: [{id: pro, name: {en: Pro plan}}]
`

// summaryOf renders doc in lang and returns its key facts, one line each.
func summaryOf(t *testing.T, doc *whitepaper.Document, lang string) (summary, page string) {
	t.Helper()
	var md bytes.Buffer
	require.NoError(t, Markdown(&md, doc, &Options{Languages: []language.Tag{language.MustParse(lang)}}))
	page = md.String()
	start := strings.Index(page, map[string]string{"ja": "## 主な事項", "en": "## Key facts"}[lang])
	end := strings.Index(page, map[string]string{"ja": "## 目次", "en": "## Contents"}[lang])
	require.True(t, start >= 0 && end > start, "no key facts in:\n%s", page)
	return page[start:end], page[end:]
}

// TestKeyFactsFromSections: the key facts never say "not stated" where a
// section states the fact, and carry its qualifier, status, bound and
// plan scope as the section does.
func TestKeyFactsFromSections(t *testing.T) {
	subs := func(n, stating int) string {
		var b strings.Builder
		b.WriteString("subprocessors:\n  services:\n")
		for i := range n {
			fmt.Fprintf(&b, "    - {name: S%d", i)
			if i < stating {
				b.WriteString(", countries: [EU]")
			}
			b.WriteString("}\n")
		}
		return b.String()
	}
	for _, c := range []struct {
		name, yaml string
		want       map[string]string // by language, a line of the key facts
	}{
		{"backup provided without sets", "backup: {provided: true}\n", map[string]string{
			"en": "- Backup: The vendor keeps backups of customer data.\n", "ja": "- バックアップ: 事業者はお客様データのバックアップを取得しています。\n"}},
		{"deletion without a period", "dataDeletion: {rules: [{trigger: contract-end}]}\n", map[string]string{
			"en": "- Deletion after the contract: after the contract ends (no period stated)\n", "ja": "- 契約終了後のデータ削除: 契約終了後（期間の記載なし）\n"}},
		{"transit where possible", "cryptography: {inTransit: [{protocol: tls, qualifier: where-possible}]}\n", map[string]string{
			"en": "- Encryption in transit: TLS (Where possible)\n", "ja": "- 通信の暗号化: SSL/TLS（可能な範囲で）\n"}},
		{"at rest planned for a plan", "cryptography: {atRest: [{data: database, method: encrypted, qualifier: planned, plans: [pro]}]}\n", map[string]string{
			"en": "- Encryption at rest: Databases: Encrypted (Planned, plans: Pro plan)\n", "ja": "- 保管データの暗号化: データベース：暗号化（実施予定、対象プラン：Pro plan）\n"}},
		{"best-effort SLA", "availability: {serviceLevels: [{target: 99%, qualifier: best-effort}]}\n", map[string]string{
			"en": "- SLA: 99% (Best effort)\n", "ja": "- SLA（稼働率）: 99%（努力目標）\n"}},
		{"expired certification", "certifications: {certifications: [{standard: iso27001, holder: acme, status: expired}, {standard: iso27017, holder: cloud}]}\n", map[string]string{
			"en": "- Certifications: ISO/IEC 27001 (Expired); held by Cloud Inc., not by the vendor: ISO/IEC 27017\n",
			"ja": "- 認証: ISO/IEC 27001 (ISMS)（期限切れ）／Cloud Inc.が保有（事業者自身ではありません）：ISO/IEC 27017 (ISMSクラウドセキュリティ)\n"}},
		{"self-assessed certification", "certifications: {certifications: [{standard: soc2, holder: acme, assessedBy: internal}]}\n", map[string]string{
			"en": "- Certifications: SOC 2 (self-assessment)\n", "ja": "- 認証: SOC 2（自己評価）\n"}},
		{"a few subprocessors state a country", subs(15, 3), map[string]string{
			"en": "- Subprocessors: 15; 3 of 15 state a country: EU\n", "ja": "- 外部委託先: 15件（15件中3件が保管国を記載：EU）\n"}},
		{"bound on the deadline", "incidentResponse: {notification: {deadline: at least 72 hours, from: detection, commitment: best-effort}}\n", map[string]string{
			"en": "- Incident notice: at least 72 hours after detection (Best effort)\n", "ja": "- インシデントの通知: 検知から72時間以上（努力目標）\n"}},
		{"SLA in place without a target", "availability: {serviceLevels: [{provided: true}]}\n", map[string]string{
			"en": "- SLA: In place.\n", "ja": "- SLA（稼働率）: 設けています。\n"}},
		{"notice without a deadline", "incidentResponse: {notification: {channels: [{kind: email}]}}\n", map[string]string{
			"en": "- Incident notice: notified, no deadline stated\n", "ja": "- インシデントの通知: 通知あり（期限の記載なし）\n"}},
		{"regions without names", "dataLocation: {regions: [{provider: cloud, code: ap-northeast-1, country: JP}]}\n", map[string]string{
			"en": "- Data location: Japan (ap-northeast-1)\n", "ja": "- データの保管場所: 日本（ap-northeast-1）\n"}},
		{"transfers", "dataLocation: {countries: [JP], transfers: true}\n", map[string]string{
			"en": "- Data location: Japan. Data may be transferred to other countries.\n", "ja": "- データの保管場所: 日本。データを他の国へ移転することがあります。\n"}},
	} {
		doc, err := whitepaper.Parse([]byte(keyFactsDoc + c.yaml))
		require.NoError(t, err, c.name)
		for lang, want := range c.want {
			got, _ := summaryOf(t, doc, lang)
			assert.Contains(t, got, want, "%s (%s)", c.name, lang)
		}
	}
}

// TestStatementsSayWhatFieldsMean: a generated sentence says no more than
// its field: the document's exceptions are part of it, a hedge on a
// field of a record shows on that field, and a yes/no fact inside an item
// says which fact it is.
func TestStatementsSayWhatFieldsMean(t *testing.T) {
	for _, c := range []struct {
		name, yaml string
		want, not  map[string]string // by language
	}{
		{"disclosure grounds", "dataUse: {thirdPartyDisclosure: false, grounds: [law, court-order]}\n",
			map[string]string{"en": "- Customer data is not disclosed to third parties other than on these grounds: Legal obligation, Court order.\n",
				"ja": "- 次の場合を除き、お客様データを第三者に提供することはありません：法令に基づく場合、裁判所の命令。\n"},
			map[string]string{"en": "- Customer data is not disclosed to third parties.\n", "ja": "- お客様データを第三者に提供することはありません。\n"}},
		{"service only beside marketing", "dataUse: {serviceOnly: true, uses: [{purpose: service-delivery}, {purpose: marketing}]}\n",
			map[string]string{"en": "- Customer data is used only to provide the service, yet the document also lists these uses: Marketing.\n",
				"ja": "- お客様データはサービスの提供のためにのみ利用するとしていますが、文書には次の利用も記載されています：マーケティング・広告。\n"},
			map[string]string{"en": "- Customer data is used only to provide the service.\n", "ja": "- お客様データはサービスの提供のためにのみ利用します。\n"}},
		{"qualified field of a record", "dataUse: {lawEnforcement: {notifyCustomer: true}, qualified: [{field: lawEnforcement/notifyCustomer, qualifier: best-effort}]}\n",
			map[string]string{"en": "  - The customer is told before a disclosure, where the law allows. (Best effort)\n",
				"ja": "  - 法令上可能な場合、提供の前にお客様に通知します。（努力目標）\n"}, nil},
		{"opt-in channel", "incidentResponse: {notification: {deadline: promptly, channels: [{kind: email, optIn: true}]}}\n",
			map[string]string{"en": "Email (Subscription required: Yes)", "ja": "メール（受信設定の必要：あり）"},
			map[string]string{"en": "(Provided)", "ja": "（あり）"}},
		{"restricted access", "operatorAccess: {restricted: true}\n",
			map[string]string{"en": "- Access to customer data is limited to designated staff.\n", "ja": "- お客様データにアクセスできるのは、指定された一部の者に限られます。\n"},
			map[string]string{"en": "few staff", "ja": "限られた者のみ"}},
		{"monitoring", "monitoring: {vendorMonitoring: true}\n",
			map[string]string{"en": "- The vendor monitors the service around the clock.\n", "ja": "- 事業者はサービスを24時間体制で監視しています。\n"},
			map[string]string{"ja": "365日"}},
	} {
		doc, err := whitepaper.Parse([]byte(keyFactsDoc + c.yaml))
		require.NoError(t, err, c.name)
		for _, lang := range []string{"en", "ja"} {
			_, page := summaryOf(t, doc, lang)
			assert.Contains(t, page, c.want[lang], "%s (%s)", c.name, lang)
			if c.not[lang] != "" {
				assert.NotContains(t, page, c.not[lang], "%s (%s)", c.name, lang)
			}
		}
	}
}
