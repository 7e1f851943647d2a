package check

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestReadmeProfile checks that the profile the README shows is one
// ParseProfile accepts, so that a reader who copies it has a valid file.
func TestReadmeProfile(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	_, rest, ok := strings.Cut(string(readme), "```yaml\nprofile: ")
	require.True(t, ok, "the README shows a profile")
	block, _, ok := strings.Cut(rest, "```")
	require.True(t, ok)
	p, err := ParseProfile([]byte("profile: "+block), "README.md")
	require.NoError(t, err)
	require.NotEmpty(t, p.Questions)
}
