package site

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/atomicfile"
)

// writeFile writes one file of the site; tests replace it to fail part-way.
var writeFile = defaultWriteFile

// defaultWriteFile is writeFile outside tests.
var defaultWriteFile = atomicfile.WriteFile

// siteWriter writes the files of a site, as they are made, into a new
// directory beside dir, and swaps it in whole once the last is written
// (commit), so that a failure part-way leaves the old site as it was
// (abort removes the new directory).
type siteWriter struct {
	dir, tmp string
	exists   bool
	old      []string // the files the old site's manifest lists
	written  map[string]bool
}

// openSite checks dir (never a link, nor the working directory; not
// empty only when it has a manifest, or with force) and makes the
// directory beside it that the files are written into.
func openSite(dir string, force bool) (*siteWriter, error) {
	dir = filepath.Clean(dir)
	if err := checkNoLink(dir); err != nil {
		return nil, err
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if wd, err := os.Getwd(); err == nil && (wd == dir || strings.HasPrefix(wd, dir+string(filepath.Separator))) {
		// The working directory would be the old site, deleted.
		return nil, fmt.Errorf("%s is the working directory or holds it; the site is swapped in whole, so name a directory outside it", dir)
	}
	old, exists, err := checkDir(dir, force)
	if err != nil {
		return nil, err
	}
	parent, base := filepath.Dir(dir), filepath.Base(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(parent, "."+base+".*.tmp")
	if err != nil {
		return nil, err
	}
	mode := fs.FileMode(0o755)
	if fi, err := os.Stat(dir); err == nil {
		mode = fi.Mode().Perm()
	}
	if err := os.Chmod(tmp, mode); err != nil {
		_ = os.RemoveAll(tmp)
		return nil, err
	}
	return &siteWriter{dir: dir, tmp: tmp, exists: exists, old: old, written: map[string]bool{}}, nil
}

// write writes one file of the new site.
func (w *siteWriter) write(name string, data []byte) error {
	if err := writeFile(filepath.Join(w.tmp, name), data, 0o644); err != nil {
		return err
	}
	w.written[name] = true
	return nil
}

// files are the names written, sorted.
func (w *siteWriter) files() []string { return slices.Sorted(maps.Keys(w.written)) }

// abort removes the new site, leaving the old one as it was.
func (w *siteWriter) abort() { _ = os.RemoveAll(w.tmp) }

// commit writes the manifest and puts the new site in the place of the
// old one. The files an earlier build listed in its manifest and this one
// did not write are deleted (and returned); any other file of dir
// (written there by someone else, with force) is moved into the new site.
// On an error the new site is removed.
func (w *siteWriter) commit() (removed []string, err error) {
	defer func() {
		if err != nil {
			w.abort()
		}
	}()
	manifest := manifestHeader + strings.Join(w.files(), "\n") + "\n"
	if err := writeFile(filepath.Join(w.tmp, ManifestName), []byte(manifest), 0o644); err != nil {
		return nil, err
	}
	if !w.exists {
		return nil, os.Rename(w.tmp, w.dir)
	}
	return swap(w.dir, w.tmp, w.written, w.old)
}

// swap puts the new site tmp in the place of dir, then moves into it the
// files of dir that no build wrote. It returns the files of the old
// manifest that the new site does not have.
func swap(dir, tmp string, files map[string]bool, old []string) (removed []string, err error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	listed := make(map[string]bool, len(old))
	for _, name := range old {
		listed[name] = safeName(name)
	}
	var keep []string
	for _, e := range entries {
		name := e.Name()
		_, written := files[name]
		switch {
		case written && !e.Type().IsRegular():
			// A link in the place of a page: someone else's, not replaced.
			return nil, fmt.Errorf("%s: not a regular file (a link or a directory); refusing to replace it", filepath.Join(dir, name))
		case written || name == ManifestName:
		case listed[name] && e.Type().IsRegular():
			removed = append(removed, name)
		default:
			keep = append(keep, name)
		}
	}
	backup, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+".*.old")
	if err != nil {
		return nil, err
	}
	oldDir := filepath.Join(backup, "site")
	if err := os.Rename(dir, oldDir); err != nil {
		_ = os.Remove(backup)
		return nil, err
	}
	if err := os.Rename(tmp, dir); err != nil {
		if errBack := os.Rename(oldDir, dir); errBack != nil {
			return nil, fmt.Errorf("%w; the old site is in %s", err, oldDir)
		}
		_ = os.Remove(backup)
		return nil, err
	}
	for _, name := range keep {
		if err := os.Rename(filepath.Join(oldDir, name), filepath.Join(dir, name)); err != nil {
			return nil, fmt.Errorf("moving %s into the new site: %w; the old site is in %s", name, err, oldDir)
		}
	}
	return removed, os.RemoveAll(backup)
}

// checkNoLink refuses a dir that is a symbolic link, or that goes through
// one when the path is relative (a link committed in the repository could
// lead anywhere on the machine).
func checkNoLink(dir string) error {
	p := dir
	for {
		fi, err := os.Lstat(p)
		if err == nil && fi.Mode()&os.ModeSymlink != 0 {
			return fmt.Errorf("%s is a symbolic link; the site is never written through one", p)
		}
		if filepath.IsAbs(dir) || filepath.Dir(p) == p || filepath.Dir(p) == "." {
			return nil
		}
		p = filepath.Dir(p)
	}
}

// checkDir returns whether dir exists and the files its manifest lists. It
// refuses a non-empty directory without a manifest unless force.
func checkDir(dir string, force bool) (names []string, exists bool, err error) {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, false, nil
	case err != nil:
		return nil, false, err
	}
	data, err := os.ReadFile(filepath.Join(dir, ManifestName))
	switch {
	case err == nil:
		for _, line := range strings.Split(string(data), "\n") {
			if line != "" && !strings.HasPrefix(line, "#") {
				names = append(names, line)
			}
		}
		return names, true, nil
	case !errors.Is(err, fs.ErrNotExist):
		return nil, false, err
	case len(entries) > 0 && !force:
		return nil, false, fmt.Errorf("%s: %w (it has no %s); use an empty or new directory, or force to write into it anyway (files it does not write are left alone)", dir, ErrNotEmpty, ManifestName)
	}
	return nil, true, nil
}
