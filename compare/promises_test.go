package compare

import (
	"testing"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func promiseDoc(t *testing.T, vendor, body string) *whitepaper.Document {
	t.Helper()
	d, err := whitepaper.Parse([]byte(`openwhitepaper: "1"
languages: [en]
defaultLanguage: en
vendor: {id: v, name: {en: ` + vendor + `}}
services: [{id: app, name: {en: App}}, {id: web, name: {en: Web}}]
plans: [{id: pro, name: {en: Pro}}]
` + body))
	require.NoError(t, err)
	require.Empty(t, d.Validate().Errors())
	return d
}

// TestPromiseRows asserts one row per topic any vendor states, ranked
// by the topic's direction, with every hedge and scope in the cell.
func TestPromiseRows(t *testing.T) {
	a := promiseDoc(t, "A", "availability: {promises: [{topic: outage-notice, duration: within 2 hours}, {topic: escrow, provided: true}]}\n")
	b := promiseDoc(t, "B", "availability: {promises: [{topic: outage-notice, duration: within 1 day}, {topic: end-of-service-notice, duration: 90 days, commitment: target}, {topic: outage-notice, services: [web], duration: within 1 hour}]}\n")
	c := promiseDoc(t, "C", "availability: {promises: [{topic: recovery-sites, plans: [pro], count: 2 sites}]}\n")
	tab := Documents([]*whitepaper.Document{a, b, c}, locale.English())
	rows := map[string]Row{}
	for _, s := range tab.Sections {
		for _, r := range s.Rows {
			rows[r.Field] = r
		}
	}
	notice := rows["/availability/promises/*[topic=outage-notice]"]
	require.Len(t, notice.Cells, 3)
	assert.Equal(t, "Outage notice", notice.Label)
	assert.Equal(t, whitepaper.Lower, notice.Better)
	assert.Equal(t, Strongest, notice.Cells[0].Mark, "within 2 hours beats within 1 day")
	assert.Equal(t, Weakest, notice.Cells[1].Mark, "the service-scoped promise does not rank B")
	assert.Equal(t, "within 1 day; within 1 hour (services: Web)", notice.Cells[1].Value)
	assert.Equal(t, NotStated, notice.Cells[2].State)

	assert.Equal(t, "90 days (Target)", rows["/availability/promises/*[topic=end-of-service-notice]"].Cells[1].Value)
	assert.Equal(t, "yes", rows["/availability/promises/*[topic=escrow]"].Cells[0].Value)
	sites := rows["/availability/promises/*[topic=recovery-sites]"].Cells[2]
	assert.Equal(t, PlanDependent, sites.State)
	assert.Equal(t, []string{"Pro"}, sites.Plans)
}
