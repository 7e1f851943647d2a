// Package atomicfile writes files so that a reader sees either the old
// content or the new, never a part: the data goes to a temporary file in
// the same directory, is synced, and is renamed over the target. On any
// error the target is left as it was and the temporary file is removed.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFile writes data to name atomically. An existing file keeps its
// permissions; a new one gets perm. A symbolic link is followed: the file
// it points to is replaced, and the link stays.
func WriteFile(name string, data []byte, perm fs.FileMode) error {
	return Write(name, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// Write calls write with the temporary file and, when it succeeds, puts
// the file in place of name as [WriteFile] does.
func Write(name string, perm fs.FileMode, write func(io.Writer) error) (err error) {
	target := name
	if resolved, err := filepath.EvalSymlinks(name); err == nil {
		target = resolved
	}
	if fi, err := os.Stat(target); err == nil {
		if !fi.Mode().IsRegular() {
			return fmt.Errorf("writing %s: not a regular file", name)
		}
		perm = fi.Mode().Perm()
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	f, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".*.tmp")
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(tmp)
		}
	}()
	if err := write(f); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := f.Chmod(perm); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := os.Rename(tmp, target); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	// Make the rename itself durable; a directory that cannot be synced
	// (some file systems) does not make the write fail.
	if d, err := os.Open(filepath.Dir(target)); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
	return nil
}

// SameAsAny reports which of files names the same file as name (by
// [os.SameFile], so through links and other spellings of the path), or
// "" when none does or name does not exist.
func SameAsAny(name string, files []string) string {
	fi, err := os.Stat(name)
	if err != nil {
		return ""
	}
	for _, f := range files {
		if f == "-" {
			continue
		}
		if gi, err := os.Stat(f); err == nil && os.SameFile(fi, gi) {
			return f
		}
	}
	return ""
}
