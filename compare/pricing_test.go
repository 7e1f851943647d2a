package compare

import (
	"testing"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPricedCells: a fact offered only as a paid option is not ranked
// against a fact every customer gets: its cell depends on what the
// customer buys and says what that is. A term that says the fact is
// included changes nothing, and price terms have no rows of their own.
func TestPricedCells(t *testing.T) {
	a := promiseDoc(t, "A", "logging: {logs: [{type: access, retention: 1 year}]}\n")
	b := promiseDoc(t, "B", "logging: {logs: [{type: access, retention: 2 years}], pricing: [{field: logs, offer: paid-option, plans: [pro], fee: 5000 JPY, quota: monthly}]}\n")
	c := promiseDoc(t, "C", "logging: {logs: [{type: access, retention: 6 months}], pricing: [{field: logs, offer: included}]}\n")
	tab := Documents([]*whitepaper.Document{a, b, c}, locale.English())
	rows := map[string]Row{}
	for _, s := range tab.Sections {
		for _, r := range s.Rows {
			rows[r.Field] = r
		}
	}
	retention, ok := rows["/logging/logs/*/retention"]
	require.True(t, ok)
	require.Len(t, retention.Cells, 3)
	assert.Equal(t, Stated, retention.Cells[0].State)
	assert.Equal(t, PlanDependent, retention.Cells[1].State)
	assert.Contains(t, retention.Cells[1].Value, "Paid option: Pro, JPY 5,000, at most monthly")
	assert.Empty(t, retention.Cells[1].Mark, "a paid option ranks against nothing")
	assert.Equal(t, Strongest, retention.Cells[0].Mark, "1 year beats 6 months; B's 2 years is bought")
	assert.Equal(t, Weakest, retention.Cells[2].Mark)
	assert.NotContains(t, retention.Cells[2].Value, "Included")
	for f := range rows {
		assert.NotContains(t, f, "pricing", "price terms hedge cells; they are not facts of their own")
	}
}
