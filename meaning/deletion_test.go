package meaning

import (
	"testing"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
)

// TestDeletionAfter checks the direction of a deletion rule's time by
// its trigger, both ways round.
func TestDeletionAfter(t *testing.T) {
	d := func(s string) whitepaper.Duration {
		v, err := whitepaper.ParseDuration(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		trigger whitepaper.Trigger
		a, b    string
		want    Order
	}{
		{whitepaper.TriggerCustomerDeletion, "immediately", "promptly", Better},
		{whitepaper.TriggerCustomerRequest, "within 7 days", "within 30 days", Better},
		{whitepaper.TriggerInactivity, "2 years", "1 year", Better},
		{whitepaper.TriggerContractEnd, "within 30 days", "within 90 days", Better},
		{whitepaper.TriggerContractEnd, "at least 60 days", "at least 30 days", Better},
		{whitepaper.TriggerContractEnd, "within 30 days", "at least 30 days", Incomparable},
		{whitepaper.TriggerContractEnd, "immediately", "within 90 days", Incomparable},
		{whitepaper.TriggerTrialEnd, "30 days", "60 days", Incomparable},
		{whitepaper.TriggerContractEnd, "within 90 days", "within 90 days", Equal},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, DeletionAfter(tt.trigger, d(tt.a), d(tt.b)), "%s: %s vs %s", tt.trigger, tt.a, tt.b)
		if tt.want == Better {
			assert.Equal(t, Worse, DeletionAfter(tt.trigger, d(tt.b), d(tt.a)), "%s: %s vs %s", tt.trigger, tt.b, tt.a)
		}
	}
}

// TestPerformers checks that audits by both internal and third-party
// auditors are more than by either, and either alone incomparable.
func TestPerformers(t *testing.T) {
	both, in, third := whitepaper.InternalAndThirdParty, whitepaper.Internal, whitepaper.ThirdParty
	assert.Equal(t, Better, Performers(both, in))
	assert.Equal(t, Worse, Performers(third, both))
	assert.Equal(t, Incomparable, Performers(in, third))
	assert.Equal(t, Equal, Performers(in, in))
	assert.Equal(t, Incomparable, Performers("x-auditor", both))
}
