package diff

import (
	"slices"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const extremesBase = `openwhitepaper: "1"
languages: [en]
defaultLanguage: en
title: {en: T}
version: "2"
vendor: {id: acme, name: {en: Acme}}
services: [{id: app, name: {en: App}}]
`

// TestOrderedExtremes checks every ordered comparison the differ makes
// (durations, frequencies, counts, percentages) at the extremes of what a
// document may state, in both directions.
func TestOrderedExtremes(t *testing.T) {
	tests := []struct {
		name, section, low, high string // section has one %s, for low or high
		rule                     string // the rule stem
		higher                   Impact // the impact of going from low to high
	}{
		{"incident deadline in days", "incidentResponse: {notification: {deadline: %s}}", "within 72 hours", "within 213504 days", "incident-notification-deadline", Weakened},
		{"incident deadline in hours", "incidentResponse: {notification: {deadline: %s}}", "within 72 hours", "within 5124096 hours", "incident-notification-deadline", Weakened},
		{"incident deadline at the limit", "incidentResponse: {notification: {deadline: %s}}", "1 second", "within 1000 years", "incident-notification-deadline", Weakened},
		{"incident deadline indefinite", "incidentResponse: {notification: {deadline: %s}}", "within 1000 years", "indefinitely", "incident-notification-deadline", Weakened},
		{"patch deadline", "vulnerabilities: {patching: [{class: critical, within: %s}]}", "within 1 hour", "within 365250 days", "patch-deadline", Weakened},
		{"log retention", "logging: {logs: [{type: access, retention: %s}]}", "1 second", "12000 months", "log-retention", Strengthened},
		{"backup retention", "backup: {sets: [{data: database, retention: %s}]}", "P1D", "P365250D", "backup-retention", Strengthened},
		{"backup interval", "backup: {sets: [{data: database, frequency: %s}]}", "every 1 second", "every 1000 years", "backup-interval", Weakened},
		{"backup generations", "backup: {sets: [{data: database, generations: %s}]}", "1 generation", "1000000000000 generations", "backup-generations", Strengthened},
		{"backup sites", "backup: {sets: [{data: database, sites: %s}]}", "1 site", "1000000000000 sites", "backup-sites", Strengthened},
		{"SLA target", "availability: {sla: {target: \"%s\"}}", "0.000000001%", "100.000000000%", "sla-target", Strengthened},
	}
	load := func(t *testing.T, section, value string) *whitepaper.Document {
		t.Helper()
		doc, err := whitepaper.Parse([]byte(extremesBase + strings.Replace(section, "%s", value, 1) + "\n"))
		require.NoError(t, err)
		return doc
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			low, high := load(t, tt.section, tt.low), load(t, tt.section, tt.high)
			up := classified(t, low, high)
			assert.True(t, slices.ContainsFunc(up, func(c Classified) bool { return c.Rule == tt.rule+"-increased" && c.Impact == tt.higher }),
				"%s → %s: want %s-increased (%s), got %+v", tt.low, tt.high, tt.rule, tt.higher, up)
			down := classified(t, high, low)
			assert.True(t, slices.ContainsFunc(down, func(c Classified) bool { return c.Rule == tt.rule+"-decreased" && c.Impact == opposite(tt.higher) }),
				"%s → %s: want %s-decreased (%s), got %+v", tt.high, tt.low, tt.rule, opposite(tt.higher), down)
		})
	}
}
