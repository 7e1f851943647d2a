package atomicfile

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWriteOnFullDisk writes to a tiny tmpfs where it can mount one (as
// root on Linux); elsewhere it skips, and the injected failure above
// covers the same path.
func TestWriteOnFullDisk(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a tmpfs needs root")
	}
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size=64k"); err != nil {
		t.Skipf("cannot mount a tmpfs: %v", err)
	}
	t.Cleanup(func() { _ = syscall.Unmount(dir, 0) })
	p := filepath.Join(dir, "doc.yaml")
	require.NoError(t, os.WriteFile(p, []byte("original content"), 0o644))
	err := WriteFile(p, bytes.Repeat([]byte("x"), 1<<20), 0o644)
	require.Error(t, err)
	assert.True(t, errors.Is(err, syscall.ENOSPC), "%v", err)
	got, _ := os.ReadFile(p)
	assert.Equal(t, "original content", string(got))
	assert.Equal(t, []string{"doc.yaml"}, dirEntries(t, dir))
}
