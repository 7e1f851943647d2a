package main

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFmtOnFullDisk rewrites a file on a full file system (a small tmpfs,
// where the test can mount one): fmt -w fails and the file is untouched.
func TestFmtOnFullDisk(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a tmpfs needs root")
	}
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size=64k"); err != nil {
		t.Skipf("cannot mount a tmpfs: %v", err)
	}
	t.Cleanup(func() { _ = syscall.Unmount(dir, 0) })
	in := filepath.Join(dir, "doc.yaml")
	require.NoError(t, os.WriteFile(in, []byte(valid), 0o644))
	// Fill the file system.
	filler, err := os.Create(filepath.Join(dir, "filler"))
	require.NoError(t, err)
	for {
		if _, err := filler.Write(make([]byte, 4096)); err != nil {
			break
		}
	}
	require.NoError(t, filler.Close())

	code, _, errOut := runCLI("fmt", "-w", in)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "no space left on device")
	b, err := os.ReadFile(in)
	require.NoError(t, err)
	assert.Equal(t, valid, string(b), "the original is untouched")

	code, _, errOut = runCLI("render", "-o", filepath.Join(dir, "page.html"), in)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "no space left on device")
	_, err = os.Stat(filepath.Join(dir, "page.html"))
	assert.True(t, os.IsNotExist(err), "no partial page is left")
}
