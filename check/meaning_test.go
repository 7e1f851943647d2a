package check

import (
	"testing"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAnswersFromMeaning reproduces the answers issue 21 names: a vague
// deadline meeting "at most 24 hours", a planned measure answering yes,
// an expired certification answering yes, a set with other members
// answering "equals" yes.
func TestAnswersFromMeaning(t *testing.T) {
	p, err := ParseProfile([]byte(`profile: x
title: {en: X}
sources: [{id: s, title: {en: S}, publisher: {en: P}, edition: "1"}]
questions:
  - id: deadline
    title: {en: "Notice within 24 hours?"}
    source: {document: s, clause: "1"}
    answers: [{field: /incidentResponse/notification/deadline, atMost: within 24 hours}]
  - id: japan
    title: {en: "Is data kept in Japan?"}
    source: {document: s, clause: "2"}
    answers: [{field: /dataLocation/countries, equals: JP}]
  - id: japan-any
    title: {en: "Is some data kept in Japan?"}
    source: {document: s, clause: "3"}
    answers: [{field: /dataLocation/countries, equals: JP, any: true}]
  - id: region
    title: {en: "Are regions in Japan?"}
    source: {document: s, clause: "4"}
    answers: [{field: /dataLocation/regions/*/country, equals: JP}]
  - id: rest
    title: {en: "Is stored data encrypted?"}
    source: {document: s, clause: "5"}
    answers: [{field: /cryptography/atRest/*/method, equals: encrypted}]
  - id: iso
    title: {en: "ISO 27001?"}
    source: {document: s, clause: "6"}
    answers: [{field: /certifications/certifications/*/standard, equals: iso27001}]
  - id: logs
    title: {en: "Logs on request?"}
    source: {document: s, clause: "7"}
    answers: [{field: /logging/disclosureOnRequest}]
`), "x.yaml")
	require.NoError(t, err)
	answer := func(body string) map[string]QuestionAnswer {
		doc, err := whitepaper.Parse([]byte(base + body))
		require.NoError(t, err)
		out := map[string]QuestionAnswer{}
		for _, a := range Answer(doc, p, locale.English()).Answers {
			out[a.Question.ID] = a
		}
		return out
	}
	a := answer(`incidentResponse: {notification: {deadline: promptly}}
dataLocation:
  countries: [JP, US]
  regions: [{name: {en: Tokyo}, country: JP}, {name: {en: Virginia}, country: US}]
cryptography: {atRest: [{data: database, method: encrypted, qualifier: planned}]}
certifications: {certifications: [{standard: iso27001, holder: acme, status: expired}]}
logging:
  disclosureOnRequest: true
  qualified: [{field: disclosureOnRequest, qualifier: on-request}]
`)
	assert.Equal(t, Partly, a["deadline"].Verdict, "promptly is not a number of hours")
	assert.Equal(t, Partly, a["japan"].Verdict, "Japan and the US: not only Japan")
	assert.Equal(t, Yes, a["japan-any"].Verdict, "any: Japan among them")
	assert.Equal(t, Partly, a["region"].Verdict, "a region outside Japan too")
	assert.Equal(t, Planned, a["rest"].Verdict, "planned: not a yes, not a no")
	assert.Contains(t, a["rest"].Evidence[0].Fact, "Planned")
	assert.Equal(t, No, a["iso"].Verdict, "expired is not held")
	assert.Contains(t, a["iso"].Evidence[0].Fact, "Expired")
	assert.Equal(t, Partly, a["logs"].Verdict, "qualified")
	assert.Contains(t, a["logs"].Evidence[0].Fact, "On request")

	a = answer(`incidentResponse: {notification: {deadline: within 12 hours}}
dataLocation: {countries: [JP], regions: [{name: {en: Tokyo}, country: JP}]}
cryptography: {atRest: [{data: database, method: encrypted}]}
certifications: {certifications: [{standard: iso27001, holder: acme}]}
logging: {disclosureOnRequest: true}
`)
	for _, q := range []string{"deadline", "japan", "japan-any", "region", "rest", "iso", "logs"} {
		assert.Equal(t, Yes, a[q].Verdict, q)
	}

	a = answer(`certifications: {certifications: [{standard: iso27001, holder: acme, status: in-preparation}]}`)
	assert.Equal(t, Planned, a["iso"].Verdict, "a certification being obtained is planned, not held")
}
