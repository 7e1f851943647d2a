package whitepaper

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSubprocessorClasses(t *testing.T) {
	doc := formsDoc(t, formsBase+`subprocessors:
  services:
    - {name: Model host, engaged: feature-use, condition: {ja: AI 機能の利用時のみ, en: Only when the AI features are used}}
    - {name: CDN, locations: [{kind: processing, places: [worldwide]}]}
    - {name: Acme Vietnam, affiliate: true}
  classes:
    - {kind: affiliates, locations: [{kind: processing, places: [US, etc]}]}
    - {kind: all, certifications: [iso27001, soc2], anyCertification: true}
  outsideDPA:
    - {name: reCAPTCHA, operator: Google, reason: embedded}
    - {name: Slack, reason: integration}
`)
	s := doc.Subprocessors
	assert.Equal(t, EngagedFeatureUse, s.Services[0].Engaged)
	assert.Equal(t, []Place{PlaceGlobal}, s.Services[1].Locations[0].Places, `"worldwide" is the area global`)
	assert.True(t, *s.Services[2].Affiliate)
	require.Len(t, s.Classes, 2)
	assert.Equal(t, ClassAffiliates, s.Classes[0].Kind)
	assert.True(t, *s.Classes[1].AnyCertification)
	assert.Equal(t, OutsideEmbedded, s.OutsideDPA[0].Reason)

	tests := []struct{ name, src, code, pointer, msg string }{
		{"class without a kind", "subprocessors: {classes: [{engaged: always}]}\n",
			"required", "/subprocessors/classes/0/kind", "kind is required"},
		{"one class twice", "subprocessors: {classes: [{kind: affiliates}, {kind: affiliates, engaged: always}]}\n",
			"duplicate-key", "/subprocessors/classes/1", "kind=affiliates"},
		{"outside service without a name", "subprocessors: {outsideDPA: [{reason: embedded}]}\n",
			"required", "/subprocessors/outsideDPA/0/name", "name is required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantDiag(t, formsDiagnostics(t, formsBase+tt.src), tt.code, tt.pointer, tt.msg)
		})
	}
	for src, msg := range map[string]string{
		"subprocessors: {services: [{name: X, engaged: optin}]}\n":       `unknown engagement "optin"; did you mean "opt-in"?`,
		"subprocessors: {classes: [{kind: affiliate}]}\n":                `unknown subprocessor class "affiliate"; did you mean "affiliates"?`,
		"subprocessors: {outsideDPA: [{name: X, reason: controller}]}\n": `unknown outside reason "controller"`,
		"subprocessors: {services: [{name: X, countries: [world]}]}\n":   `invalid place "world"`,
	} {
		_, err := Parse([]byte(formsBase+src), WithFilename("doc.yaml"))
		assert.ErrorContains(t, err, msg, src)
	}
}
