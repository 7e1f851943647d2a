package check

import (
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestPricedFacts: a fact offered only as a paid option, in a package or
// for a fee depends on what the customer buys: never a plain yes, and a
// "not done" that can be bought is not a plain no. A fact included in the
// plan answers as it would without the term.
func TestPricedFacts(t *testing.T) {
	p, err := ParseProfile([]byte(`profile: x
title: {en: X}
sources: [{id: s, title: {en: S}, publisher: {en: P}, edition: "1"}]
questions:
  - id: logs
    title: {en: "Are logs handed over on request?"}
    source: {document: s, clause: "1"}
    answers: [{field: /logging/disclosureOnRequest}]
  - id: retention
    title: {en: "Are logs kept a year?"}
    source: {document: s, clause: "2"}
    answers: [{field: /logging/logs/*/retention, atLeast: 1 year}]
`), "x.yaml")
	require.NoError(t, err)
	plans := "plans: [{id: logs, name: {en: Log option}, kind: option, fee: 5000 JPY}]\n"
	for _, tc := range []struct {
		logging         string
		logs, retention Verdict
	}{
		{"{disclosureOnRequest: true, logs: [{type: access, retention: 1 year}]}", Yes, Yes},
		{"{disclosureOnRequest: true, pricing: [{field: disclosureOnRequest, offer: included}]}", Yes, NotStated},
		{"{disclosureOnRequest: true, pricing: [{field: disclosureOnRequest, offer: paid-option, plans: [logs]}]}", PlanDependent, NotStated},
		{"{disclosureOnRequest: false, pricing: [{field: disclosureOnRequest, offer: fee}]}", PlanDependent, NotStated},
		{"{disclosureOnRequest: false}", No, NotStated},
		{"{logs: [{type: access, retention: 1 year}], pricing: [{field: logs, offer: package, plans: [logs], quota: monthly}]}", NotStated, PlanDependent},
	} {
		doc, err := whitepaper.Parse([]byte(base + plans + "logging: " + tc.logging + "\n"))
		require.NoError(t, err, tc.logging)
		require.Empty(t, doc.Validate().Errors(), tc.logging)
		sheet := Answer(doc, p, locale.For(language.English))
		require.Len(t, sheet.Answers, 2)
		assert.Equal(t, tc.logs, sheet.Answers[0].Verdict, tc.logging)
		assert.Equal(t, tc.retention, sheet.Answers[1].Verdict, tc.logging)
		if tc.logs == PlanDependent && strings.Contains(tc.logging, "plans: [logs]") {
			assert.Contains(t, sheet.Answers[0].Evidence[0].Fact, "Log option", "the evidence names what is bought")
		}
	}

	doc, err := whitepaper.Parse([]byte(base + "logging: {disclosureOnRequest: true, pricing: [{field: nosuch, offer: fee}]}\n"))
	require.NoError(t, err)
	assert.Contains(t, doc.Validate().Errors().Error(), `"nosuch" is not a field of logging`)
}
