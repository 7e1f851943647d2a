package locale

import (
	"testing"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
)

// TestPromiseStatements: every built-in yes/no promise topic is worded as
// a statement both ways in every locale, and no statement names a topic
// that is not yes/no.
func TestPromiseStatements(t *testing.T) {
	for _, c := range All() {
		for _, topic := range whitepaper.PromiseTopic("").Values() {
			yesNo := topic.Form() == whitepaper.FormYesNo
			for _, b := range []bool{true, false} {
				assert.Equal(t, yesNo, c.Has(PromiseFactKey(string(topic), b)), "%s: %s", c.Tag(), PromiseFactKey(string(topic), b))
			}
		}
	}
}
