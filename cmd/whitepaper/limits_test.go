package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLimitFlags checks that every command that loads documents refuses
// one over the default limits with a message naming the flag that raises
// the limit, and takes it with the flag.
func TestLimitFlags(t *testing.T) {
	small := write(t, "small.yaml", valid)
	docs := []struct {
		name, content, flag, raised string
	}{
		// A comment makes the file larger than 10 MiB, not the document.
		{"large.yaml", valid + "# " + strings.Repeat("x", 10<<20) + "\n", "--max-bytes", "11MiB"},
		// Each line break may start a value: 1,000,001 of them are refused
		// before parsing.
		{"long.yaml", valid + strings.Repeat("\n", 1_000_001), "--max-values", "2000000"},
	}
	commands := [][]string{{"validate"}, {"fmt"}, {"render", "--format", "html"}, {"coverage"}, {"lint"}, {"diff", small}, {"compare", small}}
	for _, d := range docs {
		file := write(t, d.name, d.content)
		for _, cmd := range commands {
			want, _, _ := runCLI(append(cmd, small)...)
			code, _, stderr := runCLI(append(cmd, file)...)
			assert.NotEqual(t, want, code, "%s %s: exit code", cmd[0], d.name)
			assert.Contains(t, stderr, "raise the limit with "+d.flag, "%s %s", cmd[0], d.name)
			code, _, stderr = runCLI(append(cmd, d.flag, d.raised, file)...)
			assert.Equal(t, want, code, "%s %s %s %s: %s", cmd[0], d.flag, d.raised, d.name, stderr)
			assert.NotContains(t, stderr, "limit", "%s %s %s", cmd[0], d.flag, d.name)
		}
	}
	for _, bad := range []string{"0", "-1", "ten", "5TiB"} {
		code, _, stderr := runCLI("validate", "--max-bytes", bad, small)
		assert.Equal(t, exitUsage, code, "--max-bytes %s", bad)
		assert.Contains(t, stderr, "positive number", "--max-bytes %s", bad)
	}
	code, _, _ := runCLI("validate", "--max-bytes", "64KiB", "--max-values", "1_000", small)
	assert.Equal(t, exitOK, code)
}
