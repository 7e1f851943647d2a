package atomicfile

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func dirEntries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func TestWriteFileKeepsPermissions(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "doc.yaml")
	require.NoError(t, os.WriteFile(p, []byte("old"), 0o600))
	require.NoError(t, WriteFile(p, []byte("new"), 0o644))
	got, err := os.ReadFile(p)
	require.NoError(t, err)
	assert.Equal(t, "new", string(got))
	fi, err := os.Stat(p)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())

	n := filepath.Join(dir, "new.yaml")
	require.NoError(t, WriteFile(n, []byte("x"), 0o640))
	fi, err = os.Stat(n)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o640), fi.Mode().Perm())
	assert.ElementsMatch(t, []string{"doc.yaml", "new.yaml"}, dirEntries(t, dir))
}

func TestWriteFollowsSymlink(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "doc.yaml")
	l := filepath.Join(dir, "link.yaml")
	require.NoError(t, os.WriteFile(p, []byte("old"), 0o644))
	require.NoError(t, os.Symlink("doc.yaml", l))
	require.NoError(t, WriteFile(l, []byte("new"), 0o644))
	got, _ := os.ReadFile(p)
	assert.Equal(t, "new", string(got))
	fi, err := os.Lstat(l)
	require.NoError(t, err)
	assert.NotZero(t, fi.Mode()&os.ModeSymlink, "the link stays a link")
}

// failAfter writes n bytes, then fails, as a full disk does.
type failAfter struct {
	w io.Writer
	n int
}

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		k, _ := f.w.Write(p[:f.n])
		f.n = 0
		return k, syscall.ENOSPC
	}
	f.n -= len(p)
	return f.w.Write(p)
}

func TestWriteFailingMidwayLeavesOriginal(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "doc.yaml")
	require.NoError(t, os.WriteFile(p, []byte("original content"), 0o644))
	err := Write(p, 0o644, func(w io.Writer) error {
		_, err := (&failAfter{w: w, n: 5}).Write([]byte("new content that does not fit"))
		return err
	})
	require.Error(t, err)
	assert.True(t, errors.Is(err, syscall.ENOSPC))
	assert.Contains(t, err.Error(), "doc.yaml")
	got, _ := os.ReadFile(p)
	assert.Equal(t, "original content", string(got))
	assert.Equal(t, []string{"doc.yaml"}, dirEntries(t, dir), "no temporary file is left")
}

// TestKilledWhileWriting kills a process in the middle of a write: the
// original stays whole.
func TestKilledWhileWriting(t *testing.T) {
	if target := os.Getenv("ATOMICFILE_KILL_TARGET"); target != "" {
		_ = Write(target, 0o644, func(w io.Writer) error {
			_, _ = w.Write([]byte("half of the new"))
			os.Stdout.WriteString("writing\n")
			time.Sleep(time.Minute) // killed here
			return nil
		})
		os.Exit(0)
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "doc.yaml")
	require.NoError(t, os.WriteFile(p, []byte("original content"), 0o644))
	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledWhileWriting$")
	cmd.Env = append(os.Environ(), "ATOMICFILE_KILL_TARGET="+p)
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	buf := make([]byte, 8)
	_, err = io.ReadFull(out, buf)
	require.NoError(t, err)
	require.Equal(t, "writing\n", string(buf))
	require.NoError(t, cmd.Process.Kill())
	_ = cmd.Wait()
	got, _ := os.ReadFile(p)
	assert.Equal(t, "original content", string(got))
	for _, name := range dirEntries(t, dir) {
		assert.True(t, name == "doc.yaml" || strings.HasSuffix(name, ".tmp"), name)
	}
}

func TestSameAsAny(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "doc.yaml")
	require.NoError(t, os.WriteFile(p, []byte("x"), 0o644))
	require.NoError(t, os.Symlink(p, filepath.Join(dir, "link.yaml")))
	require.NoError(t, os.Link(p, filepath.Join(dir, "hard.yaml")))
	t.Chdir(dir)
	assert.Equal(t, "doc.yaml", SameAsAny("./doc.yaml", []string{"-", "doc.yaml"}))
	assert.Equal(t, p, SameAsAny("link.yaml", []string{p}))
	assert.Equal(t, p, SameAsAny("hard.yaml", []string{p}))
	assert.Equal(t, "", SameAsAny("other.yaml", []string{p}))
	assert.Equal(t, "", SameAsAny("doc.yaml", []string{"-"}))
}
