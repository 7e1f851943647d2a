package diff

import (
	"testing"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPriceTermDirections: a fact that becomes a paid option holds for
// fewer customers (weakened), one that stops being one for more
// (strengthened), both ways; a term saying the fact is included has no
// direction; a larger quota is stronger.
func TestPriceTermDirections(t *testing.T) {
	parse := func(logging string) *whitepaper.Document {
		d, err := whitepaper.Parse([]byte(`openwhitepaper: "1"
languages: [en]
defaultLanguage: en
vendor: {id: v, name: {en: V}}
services: [{id: app, name: {en: App}}]
plans: [{id: logs, name: {en: Log option}, kind: option}]
logging: ` + logging + "\n"))
		require.NoError(t, err)
		require.Empty(t, d.Validate().Errors())
		return d
	}
	plain := parse("{disclosureOnRequest: true}")
	paid := parse("{disclosureOnRequest: true, pricing: [{field: disclosureOnRequest, offer: paid-option, plans: [logs], quota: monthly}]}")
	weekly := parse("{disclosureOnRequest: true, pricing: [{field: disclosureOnRequest, offer: paid-option, plans: [logs], quota: weekly}]}")
	included := parse("{disclosureOnRequest: true, pricing: [{field: disclosureOnRequest, offer: included}]}")
	for _, tc := range []struct {
		from, to *whitepaper.Document
		rule     string
		impact   Impact
	}{
		{plain, paid, "price-term-added", Weakened},
		{paid, plain, "price-term-removed", Strengthened},
		{paid, weekly, "price-term-quota-decreased", Strengthened},
		{weekly, paid, "price-term-quota-increased", Weakened},
		{plain, included, "item-added", Changed},
	} {
		cs, err := Compare(tc.from, tc.to)
		require.NoError(t, err)
		classified := Classify(cs)
		require.Len(t, classified, 1)
		assert.Equal(t, tc.rule, classified[0].Rule)
		assert.Equal(t, tc.impact, classified[0].Impact, tc.rule)
		for _, loc := range locale.All() {
			for _, e := range Explain(classified, loc) {
				assert.NotContains(t, e.Message, "disclosureOnRequest", "%s: %s", loc.Tag(), e.Message)
				assert.NotContains(t, e.Message, "[diff.", "%s: %s", loc.Tag(), e.Message)
			}
		}
	}
}
