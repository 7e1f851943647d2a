package compare

import (
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
)

// TestNoMarkOnIncomparable reproduces issue 21: "promptly" was marked
// strongest against "within 24 hours"; an extension TLS version was
// ordered by its spelling.
func TestNoMarkOnIncomparable(t *testing.T) {
	prompt := doc(t, "Prompt", "incidentResponse:\n  notification: {deadline: promptly}\n")
	day := doc(t, "Day", "incidentResponse:\n  notification: {deadline: within 24 hours}\n")
	three := doc(t, "Three", "incidentResponse:\n  notification: {deadline: within 72 hours}\n")
	tb := Documents([]*whitepaper.Document{prompt, day, three}, locale.English())
	assert.Equal(t, []Mark{Unmarked, Unmarked, Unmarked}, marks(row(t, tb, "/incidentResponse/notification/deadline")),
		"no cell is strongest against a vague one")
	tb = Documents([]*whitepaper.Document{day, three}, locale.English())
	assert.Equal(t, []Mark{Strongest, Weakest}, marks(row(t, tb, "/incidentResponse/notification/deadline")))

	ext := doc(t, "Ext", `extensions: [{vocabulary: tls-version, value: x-ssl3, label: {en: SSL 3.0}}]
cryptography:
  inTransit: [{scope: all, minVersion: x-ssl3}]
`)
	tls12 := doc(t, "TLS", "cryptography:\n  inTransit: [{scope: all, minVersion: \"1.2\"}]\n")
	tb = Documents([]*whitepaper.Document{ext, tls12}, locale.English())
	r := row(t, tb, "/cryptography/inTransit/*/minVersion")
	assert.Equal(t, []Mark{Unmarked, Unmarked}, marks(r))
	assert.NotContains(t, r.Cells[0].Value, "x-ssl3", "an extension value prints its label")
	assert.Contains(t, r.Cells[0].Value, "SSL 3.0")

	// A declared rank ranks it.
	ranked := doc(t, "Ranked", `extensions: [{vocabulary: tls-version, value: x-tls-1-4, label: {en: TLS 1.4}, above: "1.3"}]
cryptography:
  inTransit: [{scope: all, minVersion: x-tls-1-4}]
`)
	tb = Documents([]*whitepaper.Document{ranked, tls12}, locale.English())
	assert.Equal(t, []Mark{Strongest, Weakest}, marks(row(t, tb, "/cryptography/inTransit/*/minVersion")))
}

// TestCellsCarryHedges: a cell shows the qualifier, the status and the
// plans of what it states, so that it never reads stronger.
func TestCellsCarryHedges(t *testing.T) {
	for _, loc := range locales {
		planned := doc(t, "Planned", `cryptography:
  atRest: [{data: database, method: encrypted, qualifier: planned}]
certifications:
  certifications: [{standard: iso27001, holder: v, status: expired}]
incidentResponse:
  notification: {deadline: within 24 hours, commitment: target}
`)
		held := doc(t, "Held", `cryptography:
  atRest: [{data: database, method: encrypted}]
incidentResponse:
  notification: {deadline: within 72 hours, commitment: guaranteed}
`)
		tb := Documents([]*whitepaper.Document{planned, held}, loc)
		at := row(t, tb, "/cryptography/atRest").Cells[0].Value
		assert.Contains(t, at, loc.Message("enum.Qualifier.planned"), loc.Tag())
		cert := row(t, tb, "/certifications/certifications").Cells[0].Value
		assert.Contains(t, cert, loc.Message("enum.CertificationStatus.expired"), loc.Tag())
		dl := row(t, tb, "/incidentResponse/notification/deadline")
		assert.Contains(t, dl.Cells[0].Value, loc.Message("enum.Commitment.target"), loc.Tag())
		// 24 hours as a target against 72 hours guaranteed: neither is stronger.
		assert.Equal(t, []Mark{Unmarked, Unmarked}, marks(dl), loc.Tag())
		assert.False(t, strings.Contains(cert, "x-"))
	}
}
