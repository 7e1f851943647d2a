package whitepaper_test

import (
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMarketRoundTwoRender: the data and privacy facts of round two read
// as sentences a vendor writes, in both languages: whose data is held and
// what is not collected, never-statements, further notices by recipient,
// paid options beside the fact they apply to, and statements of
// compliance that are not certifications.
func TestMarketRoundTwoRender(t *testing.T) {
	doc := loadMarket(t)
	for lang, facts := range map[string][]string{
		"en": {
			"Pupils: Held: Name (optional, MEXT importance class: III, A nickname will do.)",
			"Not collected: Location data.",
			"The raw values are not stored.", "The vendor does not re-identify people from this data.",
			"| January 1, 2024 – June 30, 2024 | Government bodies | 0 requests | 0 accounts | 0 requests |",
			"Customer data is not used for advertising.", "Customer data is not sold.",
			"Supervisory authority: within 72 hours after detection",
			"Logs are handed to the customer on request. (Paid option: Log option, JPY 5,000",
			"(In an optional package: Protection pack, at most monthly",
			"**Statements of compliance (not certifications)**",
			"Amazon Web Services: ITAR, FIPS 140-2, FISMA (Its own statement)",
			"Reporters are credited publicly.",
			"| Critical |  |  | within 7 days | Confirmation | Target |",
		},
		"ja": {
			"児童生徒: 取得する項目：氏名（任意、", "取得しない項目：位置情報。",
			"お客様のデータを広告に利用しません。", "監督官庁: 検知から72時間以内",
			"（有償オプション：ログ提供オプション、", "準拠の表明（認証ではないもの）",
			"| 2024年1月1日〜2024年6月30日 | 政府機関 | 0件 |",
		},
	} {
		out := renderMarket(t, doc, lang, "markdown")
		for _, fact := range facts {
			mentions(t, out, lang, fact)
		}
		assert.NotContains(t, out, "disclosureOnRequest", "a price term is worded beside its fact, not listed by field name")
	}
}

// TestRoundTwoErrors: each new family says what is wrong and where.
func TestRoundTwoErrors(t *testing.T) {
	const base = "openwhitepaper: \"1\"\nlanguages: [en]\ndefaultLanguage: en\nvendor: {id: acme, name: {en: Acme}}\nservices: [{id: app, name: {en: App}}]\nproviders: [{id: aws, name: {en: AWS}}]\n"
	for _, tc := range []struct{ body, want string }{
		{"incidentResponse: {notices: [{deadline: within 72 hours}]}", "doc.yaml:7:30: error: each further notice names its recipient"},
		{"incidentResponse: {notification: {recipient: customer}, notices: [{recipient: customer}]}", "the notification already goes to \"customer\""},
		{"incidentResponse: {notices: [{recipient: data-subject}, {recipient: data-subject}]}", "duplicate key"},
		{"certifications: {attestations: [{subject: aws, kind: self-declared}]}", "an attestation names its standard, its regulation or, for neither, its name"},
		{"certifications: {attestations: [{subject: aws, kind: self-declared, standard: soc2, regulation: gdpr}]}", "doc.yaml:7:97: error: an attestation is of one standard or one regulation"},
		{"certifications: {attestations: [{subject: nobody, kind: self-declared, standard: soc2}]}", "\"nobody\" is not the vendor's ID or a provider's"},
		{"logging: {accessLogged: true, pricing: [{field: accessLoged, offer: fee}]}", "doc.yaml:7:49: error: \"accessLoged\" is not a field of logging"},
		{"logging: {pricing: [{field: accessLogged, offer: free}]}", "unknown offer \"free\""},
		{"dataUse: {inventory: {subjects: [{role: student, items: [{category: name}, {category: name}]}]}}", "duplicate key"},
		{"dataUse: {pseudonymisation: [{method: salted-hash, rotation: every 0 days}]}", "doc.yaml:7:62: error: invalid frequency \"every 0 days\""},
		{"dataUse: {transparencyReports: [{counts: [{from: \"2024-01-01\", to: \"2024-06-30\", requester: government, requests: -1 requests}]}]}", "doc.yaml:7:115: error: invalid count \"-1 requests\""},
	} {
		doc, err := whitepaper.Parse([]byte(base+tc.body+"\n"), whitepaper.WithFilename("doc.yaml"))
		var msg string
		if err != nil {
			msg = err.Error()
		} else {
			msg = doc.Validate().Errors().Error()
		}
		assert.Contains(t, msg, tc.want, tc.body)
	}
	// Zero is a count a transparency report states.
	doc, err := whitepaper.Parse([]byte(base + "dataUse: {transparencyReports: [{counts: [{from: \"2024-01-01\", to: \"2024-06-30\", requester: government, requests: 0 requests}]}]}\n"))
	require.NoError(t, err)
	assert.Empty(t, doc.Validate().Errors())
	assert.True(t, strings.HasPrefix(doc.DataUse.TransparencyReports[0].Counts[0].Requests.String(), "0 "))
}
