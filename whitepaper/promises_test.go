package whitepaper

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPromises(t *testing.T) {
	doc := formsDoc(t, formsBase+`extensions: [{vocabulary: promise-topic, value: x-hackathon, label: {ja: ハッカソン, en: Hackathons}}]
availability:
  promises:
    - {topic: outage-notice, party: account-owner, duration: within 2 hours, commitment: target}
    - {topic: outage-notice, party: end-user, duration: within 1 day, plans: [pro]}
    - {topic: escrow, provided: false}
custom:
  - id: green
    title: {ja: 環境, en: Environment}
    promises: [{topic: renewable-energy, percent: 100%}, {topic: x-hackathon, frequency: yearly}]
`)
	ps := doc.Availability.Promises
	require.Len(t, ps, 3)
	f, v, ok := ps[0].Value()
	require.True(t, ok)
	assert.Equal(t, "duration", f.Name)
	assert.Equal(t, Lower, f.Better, "the topic's direction, not the field's")
	assert.Equal(t, Within(2, Hour), v.Interface())
	assert.Equal(t, FormYesNo, ps[2].Form())
	assert.Equal(t, True, ps[2].Topic.Better())

	ext := doc.Custom[0].Promises[1]
	assert.Equal(t, ValueForm(""), ext.Topic.Form(), "an extension topic takes any form")
	f, _, _ = ext.Value()
	assert.Equal(t, Unordered, f.Better, "and has no direction")

	// Every topic's form is a value field of Promise, and every topic has
	// a form.
	for _, topic := range PromiseTopic("").Values() {
		require.NotEmpty(t, topic.Form(), topic)
		_, ok := FieldByName(reflect.TypeFor[Promise](), string(topic.Form()))
		assert.True(t, ok, "%s: form %s is a field of Promise", topic, topic.Form())
	}
}

func TestPromiseErrors(t *testing.T) {
	tests := []struct {
		name, src, code, pointer, msg string
	}{
		{"value in another form", "availability: {promises: [{topic: outage-notice, frequency: daily}]}\n",
			"invalid-value", "/availability/promises/0/frequency", `a promise on "outage-notice" states its value in duration, not frequency`},
		{"two values", "availability: {promises: [{topic: outage-notice, duration: 2 hours, count: 2 sites}]}\n",
			"invalid-value", "/availability/promises/0/count", "also states duration"},
		{"no value", "availability: {promises: [{topic: escrow}]}\n",
			"required", "/availability/promises/0", `a promise on "escrow" states its value in provided`},
		{"undeclared extension topic", "availability: {promises: [{topic: x-hackathon, frequency: yearly}]}\n",
			"unknown-extension", "/availability/promises/0/topic", `"promise-topic"`},
		{"same identity twice", "availability: {promises: [{topic: escrow, provided: true}, {topic: escrow, provided: false}]}\n",
			"duplicate-key", "/availability/promises/1", "topic=escrow"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantDiag(t, formsDiagnostics(t, formsBase+tt.src), tt.code, tt.pointer, tt.msg)
		})
	}
	t.Run("unknown topic", func(t *testing.T) {
		_, err := Parse([]byte(formsBase+"availability:\n  promises:\n    - {topic: outage-notise, duration: 2 hours}\n"), WithFilename("doc.yaml"))
		require.Error(t, err)
		assert.Contains(t, err.Error(), "doc.yaml:11:15:")
		assert.Contains(t, err.Error(), `did you mean "outage-notice"?`)
	})
}
