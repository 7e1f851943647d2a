package whitepaper

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCountUnitsOfAField checks that a count in a unit its field does not
// take is an error naming the field's units, whose hint is a value the
// field takes.
func TestCountUnitsOfAField(t *testing.T) {
	for _, tt := range []struct {
		yaml, want, fix string
	}{
		{"lockout: 7 generations", `lockout counts attempts, not generations: write it such as "7 attempts"`, "lockout: 7 attempts"},
		{"minLength: at least 8 generations", `minLength counts characters, not generations: write it such as "at least 8 characters"`, "minLength: at least 8 characters"},
		{"lockout: 5回", "", ""},
		{"minLength: 8文字以上", "", ""},
	} {
		src := "openwhitepaper: \"1\"\ntitle: {en: T}\nlanguages: [en]\npasswords:\n  " + tt.yaml + "\n"
		doc, err := Parse([]byte(src))
		require.NoError(t, err, tt.yaml)
		var got []string
		for _, d := range doc.Validate().Errors() {
			if strings.HasPrefix(d.Path, "/passwords") {
				got = append(got, d.Message)
			}
		}
		if tt.want == "" {
			assert.Empty(t, got, tt.yaml)
			continue
		}
		assert.Equal(t, []string{tt.want}, got, tt.yaml)
		fixed, err := Parse([]byte(strings.Replace(src, tt.yaml, tt.fix, 1)))
		require.NoError(t, err)
		for _, d := range fixed.Validate().Errors() {
			assert.NotContains(t, d.Path, "/passwords", "the hint is valid in one step: %s", tt.fix)
		}
	}
}
