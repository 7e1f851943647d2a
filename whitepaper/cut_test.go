package whitepaper

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTruncatedYAML cuts each example at many offsets and checks that
// every cut that stops in the middle of a line, or at a field whose value
// never came, is named as cut off: as the first error when the rest does
// not load, else as a warning of Validate. A cut at the end of a line may
// leave a whole, shorter document, which nothing can tell from a real
// one; those only must not panic.
func TestTruncatedYAML(t *testing.T) {
	names, err := filepath.Glob("../examples/*.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, names)
	for _, name := range names {
		src, err := os.ReadFile(name)
		require.NoError(t, err)
		require.True(t, bytes.HasSuffix(src, []byte("\n")), name)
		offsets := map[int]bool{}
		for i := 1; i < 400 && i < len(src); i += 7 {
			offsets[i] = true
		}
		for k := 1; k < 200; k++ {
			offsets[len(src)*k/200] = true
		}
		named := 0
		for n := range offsets {
			cut := src[:n]
			if !utf8.Valid(cut) { // a cut inside a character: named as such
				_, err := Parse(cut, WithFilename("cut.yaml"))
				assert.ErrorContains(t, err, "the input ends in the middle of a character", "%s cut at %d", name, n)
				continue
			}
			kind, _ := yamlCut(cut)
			doc, err := Parse(cut, WithFilename("cut.yaml"))
			var ds Diagnostics
			if err != nil {
				require.True(t, errors.As(err, &ds), "%s cut at %d: %v", name, n, err)
			} else {
				ds = doc.Validate()
			}
			if kind == notCut {
				continue
			}
			named++
			if assert.NotEmpty(t, ds, "%s cut at %d", name, n) {
				i := 0
				if err == nil {
					i = len(ds) - 1
					if ds[i].Code == "too-many-diagnostics" {
						i--
					}
				}
				assert.Equal(t, "truncated", ds[i].Code, "%s cut at %d: %v", name, n, ds)
			}
			if err == nil {
				assert.Equal(t, Warning, ds.Warnings()[len(ds.Warnings())-1].Severity)
			}
		}
		assert.Greater(t, named, len(offsets)/2, "%s: most cuts stop in the middle of a line", name)
	}
}

// TestWholeYAMLIsNotCut checks that the examples, and a file whose last
// line is a comment or a value, are not taken for cut.
func TestWholeYAMLIsNotCut(t *testing.T) {
	for _, s := range []string{"a: 1\n", "a: 1\n# end\n", "a:\n  - b\n", "a: 1\n\n  \n"} {
		kind, _ := yamlCut([]byte(s))
		assert.Equal(t, notCut, kind, "%q", s)
	}
	for _, s := range []string{"a: 1", "a:\n", "a:\n  -\n", "a: |\n", "a: 1\n  b"} {
		kind, _ := yamlCut([]byte(s))
		assert.NotEqual(t, notCut, kind, "%q", s)
	}
}

// TestYAMLCutInsideAValue checks that a quoted text or a [ ] or { } left
// open at the end is named as cut, and one left open earlier is not.
func TestYAMLCutInsideAValue(t *testing.T) {
	for _, tt := range []struct{ src, code string }{
		{"a: [1, 2\n", "truncated"},
		{"a: \"x\n", "truncated"},
		{"a: {b: 1\n", "truncated"},
		{"a: [1, 2\nb: 3\nc: 4\n", "syntax"},
	} {
		_, err := Parse([]byte(tt.src))
		var ds Diagnostics
		require.ErrorAs(t, err, &ds, tt.src)
		assert.Equal(t, tt.code, ds[0].Code, "%q: %v", tt.src, ds)
	}
}
