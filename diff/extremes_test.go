package diff

import (
	"bytes"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/locale"
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
		{"SLA target", "availability: {serviceLevels: [{target: \"%s\"}]}", "0.000000001%", "100.000000000%", "sla-target", Strengthened},
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

// TestOutputBounded checks that a long value is not multiplied by the
// changes under it: a subprocessor with a name of 1 MB that gains 100
// countries makes 100 changes, whose paths and messages would repeat the
// name. Every output stays smaller than the input.
func TestOutputBounded(t *testing.T) {
	name := strings.Repeat("x", 1<<20)
	countries := []string{"US", "GB", "FR", "DE", "IT", "ES", "NL", "BE", "SE", "NO", "FI", "DK", "PL", "CZ", "AT", "CH", "IE", "PT", "GR", "HU",
		"RO", "BG", "HR", "SI", "SK", "LT", "LV", "EE", "LU", "MT", "CY", "IS", "CA", "MX", "BR", "AR", "CL", "CO", "PE", "UY",
		"AU", "NZ", "SG", "KR", "TW", "HK", "IN", "ID", "TH", "VN", "PH", "MY", "ZA", "EG", "NG", "KE", "MA", "TN", "IL", "AE",
		"SA", "QA", "TR", "UA", "RS", "BA", "MK", "AL", "GE", "AM", "AZ", "KZ", "UZ", "MN", "CN", "LK", "BD", "PK", "NP", "KH",
		"LA", "MM", "BN", "FJ", "PG", "CR", "PA", "GT", "HN", "SV", "NI", "DO", "CU", "JM", "TT", "BO", "PY", "EC", "VE", "GH"}
	load := func(cs string) *whitepaper.Document {
		doc, err := whitepaper.Parse([]byte(extremesBase + "subprocessors: {services: [{name: " + name + ", countries: [" + cs + "]}]}\n"))
		require.NoError(t, err)
		return doc
	}
	old, new := load("JP"), load("JP, "+strings.Join(countries, ", "))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	cs := classified(t, old, new)
	require.Len(t, cs, len(countries))
	for _, loc := range locale.All() {
		es := Explain(cs, loc)
		for _, write := range []func(*bytes.Buffer) error{
			func(b *bytes.Buffer) error {
				return WriteText(b, es, old, new, loc, Options{Editorial: true, RuleIDs: true})
			},
			func(b *bytes.Buffer) error {
				return WriteMarkdown(b, es, old, new, loc, Options{Editorial: true, RuleIDs: true})
			},
			func(b *bytes.Buffer) error { return WriteJSON(b, es, old, new, loc) },
		} {
			var b bytes.Buffer
			require.NoError(t, write(&b))
			assert.Less(t, b.Len(), 100<<10, "output of %d KiB for %d changes", b.Len()>>10, len(es))
		}
	}
	runtime.ReadMemStats(&after)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(64<<20), "allocated %d MiB", (after.TotalAlloc-before.TotalAlloc)>>20)
}
