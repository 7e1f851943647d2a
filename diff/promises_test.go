package diff

import (
	"testing"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPromiseDirections asserts that a changed promise takes its
// direction from its topic, both ways, and is worded in every language.
func TestPromiseDirections(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		want     Impact
		rule     string
	}{
		{"a notice deadline got longer (lower is better)",
			"availability: {promises: [{topic: outage-notice, duration: within 2 hours}]}\n",
			"availability: {promises: [{topic: outage-notice, duration: within 4 hours}]}\n", Weakened, "promise-duration-lower-increased"},
		{"a notice before ending the service got shorter (higher is better)",
			"availability: {promises: [{topic: end-of-service-notice, duration: 90 days}]}\n",
			"availability: {promises: [{topic: end-of-service-notice, duration: 30 days}]}\n", Weakened, "promise-duration-higher-decreased"},
		{"training became less frequent",
			"personnel: {promises: [{topic: privacy-training, frequency: every 3 months}]}\n",
			"personnel: {promises: [{topic: privacy-training, frequency: yearly}]}\n", Weakened, ""},
		{"escrow is now offered",
			"availability: {promises: [{topic: escrow, provided: false}]}\n",
			"availability: {promises: [{topic: escrow, provided: true}]}\n", Strengthened, ""},
		{"data is now sold (no is better)",
			"privacy: {promises: [{topic: data-sale, provided: false}]}\n",
			"privacy: {promises: [{topic: data-sale, provided: true}]}\n", Weakened, ""},
		{"a bound weakened",
			"availability: {promises: [{topic: outage-notice, party: account-owner, duration: within 2 hours}]}\n",
			"availability: {promises: [{topic: outage-notice, party: account-owner, duration: at least 2 hours}]}\n", Weakened, ""},
		{"places have no direction",
			"availability: {promises: [{topic: recovery-location, places: [JP]}]}\n",
			"availability: {promises: [{topic: recovery-location, places: [US]}]}\n", Changed, ""},
	}
	mirror := map[Impact]Impact{Weakened: Strengthened, Strengthened: Weakened, Changed: Changed, Editorial: Editorial}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old, new := small(t, tt.old), small(t, tt.new)
			fwd, back := classified(t, old, new), classified(t, new, old)
			require.NotEmpty(t, fwd)
			require.NotEmpty(t, back)
			assert.Equal(t, tt.want, fwd[0].Impact, "forward rule %s", fwd[0].Rule)
			assert.Equal(t, mirror[tt.want], back[0].Impact, "backward rule %s", back[0].Rule)
			if tt.rule != "" {
				assert.Equal(t, tt.rule, fwd[0].Rule)
			}
			for _, loc := range locale.All() {
				msg := Explain(fwd, loc)[0].Message
				assert.NotContains(t, msg, "diff.", loc.Tag())
				t.Log(loc.Tag(), msg)
			}
		})
	}
}

// TestPromiseIdentity asserts that promises are matched by topic, party
// and scope: a promise to another party is another promise.
func TestPromiseIdentity(t *testing.T) {
	old := small(t, "availability: {promises: [{topic: outage-notice, party: account-owner, duration: within 2 hours}]}\n")
	new := small(t, "availability: {promises: [{topic: outage-notice, party: account-owner, duration: within 2 hours}, {topic: outage-notice, party: end-user, duration: within 1 day}]}\n")
	cs := classified(t, old, new)
	require.Len(t, cs, 1, "%+v", cs)
	assert.Contains(t, cs[0].Path.String(), "promises")
}
