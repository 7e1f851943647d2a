package whitepaper

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSubprocessorLocations(t *testing.T) {
	doc := formsDoc(t, formsBase+`subprocessors:
  services:
    - name: Model host
      countries: [US]
      locations:
        - {kind: storage, places: [US]}
        - {kind: inference, places: [global]}
        - {kind: corporate-seat, places: [US, IS, DE]}
`)
	ls := doc.Subprocessors.Services[0].Locations
	require.Len(t, ls, 3)
	assert.Equal(t, LocationKindInference, ls[1].Kind)
	assert.Equal(t, []Place{"global"}, ls[1].Places, `"worldwide" is the area global`)

	tests := []struct{ name, src, code, pointer, msg string }{
		{"no places", "subprocessors: {services: [{name: X, locations: [{kind: storage}]}]}\n",
			"required", "/subprocessors/services/0/locations/0/places", "places is required"},
		{"one kind twice", "subprocessors: {services: [{name: X, locations: [{kind: storage, places: [US]}, {kind: storage, places: [JP]}]}]}\n",
			"duplicate-key", "/subprocessors/services/0/locations/1", "kind=storage"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantDiag(t, formsDiagnostics(t, formsBase+tt.src), tt.code, tt.pointer, tt.msg)
		})
	}
	_, err := Parse([]byte(formsBase+"subprocessors: {services: [{name: X, locations: [{kind: hosting, places: [US]}]}]}\n"), WithFilename("doc.yaml"))
	assert.ErrorContains(t, err, `unknown location kind "hosting"`)
}
