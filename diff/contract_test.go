package diff

import (
	"testing"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestContractDirections asserts the directions of the contract-side
// families (issue 23): an order of precedence is a fact of its order,
// limits on a customer's audit weaken it, an objection window and its
// remedies, a service level's firmness and exclusions, the steps of a
// change notice.
func TestContractDirections(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		want     Impact
	}{
		{"precedence reordered",
			"contract: {precedence: [signed-agreement, dpa, terms]}\n",
			"contract: {precedence: [dpa, signed-agreement, terms]}\n", Changed},
		{"an audit condition added",
			"contract: {customerAudits: [{frequency: yearly, conditions: [business-hours]}]}\n",
			"contract: {customerAudits: [{frequency: yearly, conditions: [business-hours, customer-cost]}]}\n", Weakened},
		{"audits less often",
			"contract: {customerAudits: [{frequency: yearly}]}\n",
			"contract: {customerAudits: [{frequency: every 2 years}]}\n", Weakened},
		{"a shorter objection window",
			"subprocessors: {changeNotice: {objectionWindow: 30 days}}\n",
			"subprocessors: {changeNotice: {objectionWindow: 10 days}}\n", Weakened},
		{"a refund on objection added",
			"subprocessors: {changeNotice: {onObjection: [terminate]}}\n",
			"subprocessors: {changeNotice: {onObjection: [terminate, refund]}}\n", Strengthened},
		{"a guarantee became an objective",
			"availability: {serviceLevels: [{target: 99.9%, commitment: guaranteed}]}\n",
			"availability: {serviceLevels: [{target: 99.9%, commitment: target}]}\n", Weakened},
		{"an exclusion added",
			"availability: {serviceLevels: [{target: 99.9%, excluded: [planned-maintenance]}]}\n",
			"availability: {serviceLevels: [{target: 99.9%, excluded: [planned-maintenance, third-party]}]}\n", Weakened},
		{"probed less often",
			"availability: {serviceLevels: [{target: 99.9%, probeEvery: every 1 minute}]}\n",
			"availability: {serviceLevels: [{target: 99.9%, probeEvery: every 5 minutes}]}\n", Weakened},
		{"a notice step dropped",
			"changeManagement: {notices: [{change: maintenance, before: [2 weeks, 1 week, 1 day]}]}\n",
			"changeManagement: {notices: [{change: maintenance, before: [2 weeks, 1 week]}]}\n", Weakened},
		{"no longer told when done",
			"changeManagement: {notices: [{change: maintenance, before: [1 week], atCompletion: true}]}\n",
			"changeManagement: {notices: [{change: maintenance, before: [1 week], atCompletion: false}]}\n", Weakened},
		{"disaster recovery drills less often",
			"availability: {disasterRecovery: [{provided: true, drills: yearly}]}\n",
			"availability: {disasterRecovery: [{provided: true, drills: every 2 years}]}\n", Weakened},
		{"a subprocessor now engaged always",
			"subprocessors: {services: [{name: X, engaged: opt-in}]}\n",
			"subprocessors: {services: [{name: X, engaged: always}]}\n", Weakened},
		{"an outage notice later",
			"availability: {outageNotice: {deadline: within 2 hours}}\n",
			"availability: {outageNotice: {deadline: within 4 hours}}\n", Weakened},
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
				assert.NotContains(t, msg, "[field.", loc.Tag())
				assert.NotContains(t, msg, "[enum.", loc.Tag())
			}
		})
	}
}
