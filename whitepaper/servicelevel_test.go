package whitepaper

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestServiceLevelStrength(t *testing.T) {
	doc := formsDoc(t, formsBase+`availability:
  serviceLevels:
    - target: 99.9%
      commitment: target
      probeEvery: every 5 minutes
      computedEvery: hourly
      minimumOutage: 5 minutes
      window: 3 months
      measuredAt: external
      excluded: [planned-maintenance, force-majeure, etc]
      actualsPublished: true
      actualsEvery: monthly
      credits:
        - {below: 99.9%, credit: 10%}
    - {services: [web], provided: false}
`)
	sla := doc.Availability.ServiceLevels[0]
	assert.Equal(t, Target, sla.Commitment, "an objective, not guaranteed")
	assert.Equal(t, "every 5 minutes", sla.ProbeEvery.String())
	assert.Equal(t, "5 minutes", sla.MinimumOutage.String())
	assert.Equal(t, MeasuredExternal, sla.MeasuredAt)
	assert.Equal(t, []SLAExclusion{ExcludedPlannedMaintenance, ExcludedForceMajeure, Etc}, sla.Excluded)
	require.NotNil(t, sla.ActualsPublished)
	assert.True(t, *sla.ActualsPublished)
	assert.False(t, *doc.Availability.ServiceLevels[1].Provided, "explicitly none")

	// The embedded fields are the SLA's own: found by name, with their order.
	f, ok := FieldByName(reflect.TypeFor[SLA](), "probeEvery")
	require.True(t, ok)
	assert.Equal(t, Lower, f.Better, "probed more often is better")
	f, _ = FieldByName(reflect.TypeFor[SLA](), "excluded")
	assert.Equal(t, MoreWorse, f.More, "more exclusions is worse")

	tests := []struct{ name, src, code, pointer, msg string }{
		{"exclusion twice", "availability: {serviceLevels: [{excluded: [force-majeure, force-majeure]}]}\n",
			"duplicate-key", "/availability/serviceLevels/0/excluded/1", "appears twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantDiag(t, formsDiagnostics(t, formsBase+tt.src), tt.code, tt.pointer, tt.msg)
		})
	}
	_, err := Parse([]byte(formsBase+"availability: {serviceLevels: [{excluded: [force-majuere]}]}\n"), WithFilename("doc.yaml"))
	assert.ErrorContains(t, err, `unknown SLA exclusion "force-majuere"; did you mean "force-majeure"?`)
	_, err = Parse([]byte(formsBase+"availability: {serviceLevels: [{measuredAt: outside}]}\n"), WithFilename("doc.yaml"))
	assert.ErrorContains(t, err, `unknown measurement point "outside"`)
}
