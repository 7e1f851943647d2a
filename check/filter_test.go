package check

import (
	"testing"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPromiseCriteria: a checklist item asks for a typed promise by its
// topic ("*[topic=…]"); promises on other topics are no evidence.
func TestPromiseCriteria(t *testing.T) {
	p, err := ParseProfile([]byte(`profile: x
title: {en: X}
sources: [{id: s, title: {en: S}, publisher: {en: P}, edition: "1"}]
questions:
  - id: outage
    title: {en: "Are outages notified within 2 hours?"}
    source: {document: s, clause: "1"}
    answers: [{field: "/availability/promises/*[topic=outage-notice]/duration", atMost: 2 hours}]
  - id: escrow
    title: {en: "Is there an escrow?"}
    source: {document: s, clause: "2"}
    answers: [{field: "/availability/promises/*[topic=escrow]/provided", equals: "true"}]
`), "x.yaml")
	require.NoError(t, err)
	for _, tc := range []struct {
		promises       string
		outage, escrow Verdict
	}{
		{"[{topic: outage-notice, duration: within 1 hour}, {topic: escrow, provided: true}]", Yes, Yes},
		{"[{topic: outage-notice, duration: within 4 hours}, {topic: escrow, provided: false}]", No, No},
		{"[{topic: end-of-service-notice, duration: 1 hour}]", NotStated, NotStated},
	} {
		doc, err := whitepaper.Parse([]byte(base + "availability: {promises: " + tc.promises + "}\n"))
		require.NoError(t, err)
		sheet := Answer(doc, p, nil)
		require.Len(t, sheet.Answers, 2)
		assert.Equal(t, tc.outage, sheet.Answers[0].Verdict, tc.promises)
		assert.Equal(t, tc.escrow, sheet.Answers[1].Verdict, tc.promises)
	}

	for _, bad := range []string{"/availability/promises/*[kind=escrow]/provided", "/availability/promises/*[note=x]/provided"} {
		_, err := ParseProfile([]byte(`profile: x
title: {en: X}
sources: [{id: s, title: {en: S}, publisher: {en: P}, edition: "1"}]
questions:
  - {id: q, title: {en: Q}, source: {document: s, clause: "1"}, answers: [{field: "`+bad+`"}]}
`), "x.yaml")
		assert.ErrorContains(t, err, "to choose them by", bad)
	}
}
