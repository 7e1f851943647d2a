package whitepaper

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestContinuity(t *testing.T) {
	doc := formsDoc(t, formsBase+`availability:
  serviceHours: [{hours: 24時間365日, exceptMaintenance: true}]
  disasterRecovery:
    - {plans: [], provided: true, method: standby, places: [JP], drills: yearly}
    - {services: [web], provided: false}
  outageNotice: {deadline: within 2 hours, from: confirmation, channels: [{kind: email}]}
  promises:
    - {topic: escrow, provided: false}
    - {topic: alternative-means, provided: false}
changeManagement:
  notices:
    - {change: maintenance, before: [2 weeks, 1 week, 1 day], atCompletion: true, channels: [{kind: email}]}
    - {change: end-of-service, before: [at least 90 days], channels: [{kind: email}, {kind: web}]}
`)
	a := doc.Availability
	require.Len(t, a.ServiceHours, 1)
	assert.Equal(t, "24x7", a.ServiceHours[0].Hours.String(), "24時間365日 is every hour of every day")
	assert.True(t, *a.ServiceHours[0].ExceptMaintenance)
	assert.Equal(t, RecoveryStandby, a.DisasterRecovery[0].Method)
	assert.False(t, *a.DisasterRecovery[1].Provided, "stated as none")
	assert.Equal(t, AnchorConfirmation, a.OutageNotice.From)
	n := doc.ChangeManagement.Notices
	require.Len(t, n, 2)
	var before []string
	for _, d := range n[0].Before {
		before = append(before, d.String())
	}
	assert.Equal(t, []string{"2 weeks", "1 week", "1 day"}, before, "steps in the document's order")
	assert.Equal(t, ChangeEndOfService, n[1].Change)

	tests := []struct{ name, src, code, pointer, msg string }{
		{"hours missing", "availability: {serviceHours: [{exceptMaintenance: true}]}\n",
			"required", "/availability/serviceHours/0/hours", "hours is required"},
		{"notice without its change", "changeManagement: {notices: [{before: [1 week]}]}\n",
			"required", "/changeManagement/notices/0/change", "change is required"},
		{"one change twice", "changeManagement: {notices: [{change: maintenance, before: [1 week]}, {change: maintenance, before: [1 day]}]}\n",
			"duplicate-key", "/changeManagement/notices/1", "change=maintenance"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantDiag(t, formsDiagnostics(t, formsBase+tt.src), tt.code, tt.pointer, tt.msg)
		})
	}
	for src, msg := range map[string]string{
		"availability: {disasterRecovery: [{method: stand-by}]}\n":            `unknown recovery method "stand-by"; did you mean "standby"?`,
		"changeManagement: {notices: [{change: maintenence}]}\n":              `unknown change kind "maintenence"; did you mean "maintenance"?`,
		"changeManagement: {notices: [{change: features, before: [soon]}]}\n": `soon`,
	} {
		_, err := Parse([]byte(formsBase+src), WithFilename("doc.yaml"))
		assert.ErrorContains(t, err, msg, src)
	}
}
