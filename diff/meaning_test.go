package diff

import (
	"fmt"
	"testing"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// small parses a document with the given sections.
func small(t *testing.T, body string) *whitepaper.Document {
	t.Helper()
	src := fmt.Sprintf(`openwhitepaper: "1"
languages: [en]
defaultLanguage: en
vendor: {id: v, name: {en: Vendor}}
services: [{id: app, name: {en: App}}]
plans: [{id: premium, name: {en: Premium}}]
extensions:
  - {vocabulary: tls-version, value: x-ssl3, label: {en: SSL 3.0}}
  - {vocabulary: tls-version, value: x-tls-1-4, label: {en: TLS 1.4}, above: "1.3"}
%s`, body)
	d, err := whitepaper.Parse([]byte(src))
	require.NoError(t, err)
	require.Empty(t, d.Validate().Errors())
	return d
}

// TestDirections reproduces each change issue 21 and issue 24 name as
// "changed" or in the wrong direction, and asserts the direction the
// meaning layer gives it, both ways.
func TestDirections(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		want     Impact
	}{
		{"customer deletion immediately to promptly", "dataDeletion:\n  rules: [{trigger: customer-deletion, after: immediately}]\n",
			"dataDeletion:\n  rules: [{trigger: customer-deletion, after: promptly}]\n", Weakened},
		{"customer request within 30 days to within 7 days", "dataDeletion:\n  rules: [{trigger: customer-request, after: within 30 days}]\n",
			"dataDeletion:\n  rules: [{trigger: customer-request, after: within 7 days}]\n", Strengthened},
		{"contract end deadline within 90 to within 180 days", "dataDeletion:\n  rules: [{trigger: contract-end, after: within 90 days}]\n",
			"dataDeletion:\n  rules: [{trigger: contract-end, after: within 180 days}]\n", Weakened},
		{"contract end grace at least 30 to at least 60 days", "dataDeletion:\n  rules: [{trigger: contract-end, after: at least 30 days}]\n",
			"dataDeletion:\n  rules: [{trigger: contract-end, after: at least 60 days}]\n", Strengthened},
		{"contract end deadline to grace", "dataDeletion:\n  rules: [{trigger: contract-end, after: within 30 days}]\n",
			"dataDeletion:\n  rules: [{trigger: contract-end, after: at least 30 days}]\n", Changed},
		{"contract end immediately to within 90 days", "dataDeletion:\n  rules: [{trigger: contract-end, after: immediately}]\n",
			"dataDeletion:\n  rules: [{trigger: contract-end, after: within 90 days}]\n", Changed},
		{"inactivity 1 year to 2 years", "dataDeletion:\n  rules: [{trigger: inactivity, after: 1 year}]\n",
			"dataDeletion:\n  rules: [{trigger: inactivity, after: 2 years}]\n", Strengthened},
		{"third-party audit removed", "certifications:\n  audits: [{by: internal}, {by: third-party}]\n",
			"certifications:\n  audits: [{by: internal}]\n", Weakened},
		{"audit by both now by internal auditors only", "certifications:\n  audits: [{by: internal-and-third-party, frequency: yearly, scope: {en: Policies}}]\n",
			"certifications:\n  audits: [{by: internal, frequency: yearly, scope: {en: Policies}}]\n", Weakened},
		{"internal audit added", "certifications:\n  audits: [{by: third-party}]\n",
			"certifications:\n  audits: [{by: third-party}, {by: internal}]\n", Strengthened},
		{"immediately to promptly", "incidentResponse:\n  notification: {deadline: immediately}\n",
			"incidentResponse:\n  notification: {deadline: promptly}\n", Weakened},
		{"within 4 hours to a few hours", "incidentResponse:\n  notification: {deadline: within 4 hours}\n",
			"incidentResponse:\n  notification: {deadline: a few hours}\n", Changed},
		{"within 24 hours to promptly", "incidentResponse:\n  notification: {deadline: within 24 hours}\n",
			"incidentResponse:\n  notification: {deadline: promptly}\n", Changed},
		{"deadline within to at least", "incidentResponse:\n  notification: {deadline: within 72 hours}\n",
			"incidentResponse:\n  notification: {deadline: at least 72 hours}\n", Weakened},
		{"retention at least to within", "backup:\n  sets: [{data: database, retention: at least 30 days}]\n",
			"backup:\n  sets: [{data: database, retention: within 30 days}]\n", Weakened},
		{"generations at least to up to", "backup:\n  sets: [{data: database, generations: at least 7 generations}]\n",
			"backup:\n  sets: [{data: database, generations: up to 7 generations}]\n", Weakened},
		{"daily to periodically", "backup:\n  sets: [{data: database, frequency: daily}]\n",
			"backup:\n  sets: [{data: database, frequency: periodically}]\n", Changed},
		{"guaranteed to target", "incidentResponse:\n  notification: {deadline: within 72 hours, commitment: guaranteed}\n",
			"incidentResponse:\n  notification: {deadline: within 72 hours, commitment: target}\n", Weakened},
		{"occurrence to detection", "incidentResponse:\n  notification: {deadline: within 72 hours, from: occurrence}\n",
			"incidentResponse:\n  notification: {deadline: within 72 hours, from: detection}\n", Weakened},
		{"TLS 1.2 to x-ssl3", "cryptography:\n  inTransit: [{scope: all, minVersion: \"1.2\"}]\n",
			"cryptography:\n  inTransit: [{scope: all, minVersion: x-ssl3}]\n", Changed},
		{"TLS 1.2 to a version declared above 1.3", "cryptography:\n  inTransit: [{scope: all, minVersion: \"1.2\"}]\n",
			"cryptography:\n  inTransit: [{scope: all, minVersion: x-tls-1-4}]\n", Strengthened},
		{"encrypted to none", "cryptography:\n  atRest: [{data: database, method: encrypted}]\n",
			"cryptography:\n  atRest: [{data: database, method: none}]\n", Weakened},
		{"certification expired", "certifications:\n  certifications: [{standard: iso27001, holder: v}]\n",
			"certifications:\n  certifications: [{standard: iso27001, holder: v, status: expired}]\n", Weakened},
		{"qualifier added", "cryptography:\n  atRest: [{data: database, method: encrypted}]\n",
			"cryptography:\n  atRest: [{data: database, method: encrypted, qualifier: where-possible}]\n", Weakened},
		{"section qualifier added", "logging:\n  disclosureOnRequest: true\n",
			"logging:\n  disclosureOnRequest: true\n  qualified: [{field: disclosureOnRequest, qualifier: in-principle}]\n", Weakened},
		{"transit scope dropped", "cryptography:\n  inTransit: [{scope: all}, {scope: internal}]\n",
			"cryptography:\n  inTransit: [{scope: all}]\n", Weakened},
		{"notice contents dropped", "incidentResponse:\n  notification: {deadline: within 72 hours, contents: [nature, measures]}\n",
			"incidentResponse:\n  notification: {deadline: within 72 hours, contents: [nature]}\n", Weakened},
		{"notice channel dropped", "incidentResponse:\n  notification: {channels: [{kind: email}, {kind: web}]}\n",
			"incidentResponse:\n  notification: {channels: [{kind: email}]}\n", Weakened},
		{"expired certification added", "certifications:\n  certifications: [{standard: iso27001, holder: v}]\n",
			"certifications:\n  certifications: [{standard: iso27001, holder: v}, {standard: iso27017, holder: v, status: expired}]\n", Changed},
		{"unprotected data listed", "cryptography:\n  atRest: [{data: database, method: encrypted}]\n",
			"cryptography:\n  atRest: [{data: database, method: encrypted}, {data: files, method: none}]\n", Changed},
		{"backups encrypted added", "cryptography:\n  atRest: [{data: database, method: encrypted}]\n",
			"cryptography:\n  atRest: [{data: database, method: encrypted}, {data: backups, method: encrypted}]\n", Strengthened},
		{"disclosure ground added", "dataUse:\n  grounds: [law]\n",
			"dataUse:\n  grounds: [law, court-order]\n", Weakened},
	}
	mirror := map[Impact]Impact{Weakened: Strengthened, Strengthened: Weakened, Changed: Changed, Editorial: Editorial}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old, new := small(t, tt.old), small(t, tt.new)
			fwd, back := classified(t, old, new), classified(t, new, old)
			require.Len(t, fwd, 1, "%+v", fwd)
			require.Len(t, back, 1, "%+v", back)
			assert.Equal(t, tt.want, fwd[0].Impact, "forward rule %s", fwd[0].Rule)
			assert.Equal(t, mirror[tt.want], back[0].Impact, "backward rule %s", back[0].Rule)
			for _, loc := range locale.All() {
				msg := Explain(fwd, loc)[0].Message
				assert.NotContains(t, msg, "x-ssl3", loc.Tag())
				assert.NotContains(t, msg, "diff.", loc.Tag())
				assert.NotContains(t, msg, "にに", loc.Tag()) // 速やかにに: a vague value is quoted
			}
		})
	}
}
