package diff

import (
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCountUnitsNotCompared checks that a count whose unit changed is not
// called more or fewer: 7 generations and 10 schools are different things.
func TestCountUnitsNotCompared(t *testing.T) {
	load := func(count string) *whitepaper.Document {
		doc, err := whitepaper.Parse([]byte(extremesBase + "backup: {sets: [{generations: " + count + "}]}\n"))
		require.NoError(t, err)
		return doc
	}
	cs := classified(t, load("7 generations"), load("10 schools"))
	require.NotEmpty(t, cs)
	for _, c := range cs {
		assert.False(t, strings.HasSuffix(c.Rule, "-increased") || strings.HasSuffix(c.Rule, "-decreased"), "%+v", c)
		assert.NotEqual(t, Strengthened, c.Impact, "%+v", c)
	}
	cs = classified(t, load("7 generations"), load("10 generations"))
	require.Len(t, cs, 1)
	assert.Equal(t, "backup-generations-increased", cs[0].Rule)
}
