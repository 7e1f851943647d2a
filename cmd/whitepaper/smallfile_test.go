package main

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestConfigFilesBounded checks that lint --config and diff --ignore read
// at most a megabyte: /dev/zero ends in an error, not in memory running out.
func TestConfigFilesBounded(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	doc := write(t, "doc.yaml", valid)
	code, _, errOut := runCLI("lint", "--config", "/dev/zero", doc)
	assert.Equal(t, 2, code, errOut)
	assert.Contains(t, errOut, "larger than the limit")
	code, _, errOut = runCLI("diff", "--ignore", "/dev/zero", doc, doc)
	assert.Equal(t, 2, code, errOut)
	assert.Contains(t, errOut, "larger than the limit")
}

// TestFailUnderRange checks that coverage --fail-under takes a percent,
// not NaN or a negative number that could never fail.
func TestFailUnderRange(t *testing.T) {
	doc := write(t, "doc.yaml", valid)
	for _, bad := range []string{"NaN", "-1", "101", "+Inf"} {
		code, _, errOut := runCLI("coverage", "--fail-under", bad, doc)
		assert.Equal(t, 2, code, bad)
		assert.Contains(t, errOut, "want a percent from 0 to 100", bad)
	}
	code, _, errOut := runCLI("coverage", "--fail-under", "0", doc)
	assert.Equal(t, 0, code, errOut)
}
