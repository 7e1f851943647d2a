package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// isGitSpec reports whether a diff operand names a file at a git revision,
// REV:path, rather than a file: it has a colon, does not exist as a file,
// and neither side of the first colon is empty.
func isGitSpec(arg string) bool {
	if arg == "-" {
		return false
	}
	if _, err := os.Stat(arg); err == nil {
		return false
	}
	rev, path, ok := strings.Cut(arg, ":")
	return ok && rev != "" && path != ""
}

// gitShow reads the file spec (REV:path, path relative to the repository's
// top, or to dir when it starts with ./) through the git command run in
// dir. It fails with a clear error when git is missing, when dir is not in
// a git repository, and when the revision or the file does not exist.
func gitShow(dir, spec string, maxBytes int64) ([]byte, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, whitepaper.Errorf("%s: reading a revision needs the git command, which is not installed or not in PATH", spec)
	}
	if strings.HasPrefix(spec, "-") {
		// git would take it for an option, such as --output=FILE.
		return nil, whitepaper.Errorf("%s: a revision may not start with \"-\"", spec)
	}
	if dir == "" {
		dir = "."
	}
	check := exec.Command("git", "-C", dir, "rev-parse", "--git-dir")
	if err := check.Run(); err != nil {
		abs, _ := filepath.Abs(dir)
		return nil, whitepaper.Errorf("%s: %s is not in a git repository; REV:path and --base read the old version through git", spec, abs)
	}
	out := limitedBuffer{limit: maxBytes}
	var errb bytes.Buffer
	show := exec.Command("git", "-C", dir, "show", spec)
	show.Stdout, show.Stderr = &out, &errb
	if err := show.Run(); err != nil {
		if out.full {
			return out.Bytes(), nil // the loader refuses a document past its limit
		}
		msg := strings.TrimSpace(errb.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, whitepaper.Errorf("git show %s: %s", spec, strings.TrimPrefix(msg, "fatal: "))
	}
	return out.Bytes(), nil
}

// limitedBuffer keeps at most one byte past the loader's limit.
type limitedBuffer struct {
	bytes.Buffer
	limit int64
	full  bool
}

var errFull = whitepaper.Errorf("document too large")

func (b *limitedBuffer) Write(p []byte) (int, error) {
	room := int(b.limit + 1 - int64(b.Len()))
	if len(p) > room {
		b.Buffer.Write(p[:room])
		b.full = true
		return room, errFull
	}
	return b.Buffer.Write(p)
}
