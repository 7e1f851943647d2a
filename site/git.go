package site

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// ReadGit reads the versions of a file from the git history of the
// repository that holds it, oldest first, through the git command: every
// commit that changed the file (renames are not followed), or with since
// only those after that revision (since..HEAD). The file is read as
// committed; changes not committed are not part of the history.
//
// A commit whose file does not load or validate is left out and listed in
// Missing, as is the cut of a shallow clone; ReadGit fails only when git
// is missing, the file is not in a repository, the revision does not
// exist or no commit has the file. Each version is loaded with opts (such
// as whitepaper.WithMaxBytes for an unusually large document) after a
// filename option of its own.
//
// ReadGit holds every version in memory; OpenGit and Stream read one at a
// time.
func ReadGit(ctx context.Context, file, since string, opts ...whitepaper.Option) ([]Version, Missing, error) {
	g, err := OpenGit(ctx, file, since, opts...)
	if err != nil {
		return nil, g.Missing(), err
	}
	missing := g.Missing()
	var vs []Version
	for i := range g.Len() {
		if err := ctx.Err(); err != nil {
			return nil, missing, err
		}
		v, err := g.Version(ctx, i)
		if err != nil {
			missing.Skipped = append(missing.Skipped, Skipped{Commit: v.Commit, Reason: err.Error()})
			continue
		}
		vs = append(vs, v)
	}
	if len(vs) == 0 {
		return nil, missing, fmt.Errorf("%s: the file does not load in any of its %d commits; the first: %s", file, g.Len(), missing.Skipped[0].Reason)
	}
	return vs, missing, nil
}

// Git is the history of a file in a git repository, a History that reads
// each version when asked for it (see OpenGit).
type Git struct {
	dir, base string
	commits   []Version // without documents, oldest first
	opts      []whitepaper.Option
	maxBytes  int64
	partial   string // the promisor remote of a partial clone
	missing   Missing
}

// OpenGit lists the commits that changed a file, as ReadGit reads them,
// without reading the file: Git.Version reads it at one commit, no more
// than the loader's size limit (whitepaper.WithMaxBytes in opts, as for
// any document), and loads and validates it.
//
// OpenGit fails when git is missing, the file is not in a repository, the
// revision does not exist, or no commit has the file, or none has a
// committer date that can be read.
func OpenGit(ctx context.Context, file, since string, opts ...whitepaper.Option) (*Git, error) {
	g := &Git{}
	if _, err := exec.LookPath("git"); err != nil {
		return g, fmt.Errorf("%s: reading the history needs the git command, which is not installed or not in PATH", file)
	}
	if strings.HasPrefix(since, "-") {
		return g, fmt.Errorf("%s: a revision may not start with \"-\"", since)
	}
	g.dir, g.base = filepath.Dir(file), filepath.Base(file)
	shallow, err := git(ctx, g.dir, "rev-parse", "--is-shallow-repository")
	if err != nil {
		abs, _ := filepath.Abs(g.dir)
		return g, fmt.Errorf("%s: %s is not in a git repository: %v", file, abs, err)
	}
	g.missing.Shallow = strings.TrimSpace(string(shallow)) == "true"
	g.partial = promisor(ctx, g.dir)
	rev := "HEAD"
	if since != "" {
		rev = since + "..HEAD"
	}
	out, err := git(ctx, g.dir, "log", "--format=%H %cI", rev, "--", g.base)
	if err != nil {
		return g, fmt.Errorf("%s: git log %s: %v", file, rev, err)
	}
	commits, unreadable, err := parseLog(out)
	if err != nil {
		return g, fmt.Errorf("%s: git log: %v", file, err)
	}
	g.missing.Skipped = append(g.missing.Skipped, unreadable...)
	if len(commits) == 0 && len(unreadable) > 0 {
		return g, fmt.Errorf("%s: no commit of the file can be used; the first: %s", file, unreadable[0].Reason)
	}
	if len(commits) == 0 {
		if since != "" {
			return g, fmt.Errorf("%s: no commit after %s changed the file", file, since)
		}
		return g, fmt.Errorf("%s: no commit has the file (is it committed?)", file)
	}
	g.commits, g.opts, g.maxBytes = commits, opts, whitepaper.MaxBytesOf(opts...)
	return g, nil
}

// Len is the number of commits that changed the file.
func (g *Git) Len() int {
	if g == nil {
		return 0
	}
	return len(g.commits)
}

// Missing is what the history lacks before any version is read: the cut
// of a shallow clone and the commits whose date cannot be read.
func (g *Git) Missing() Missing {
	if g == nil {
		return Missing{}
	}
	m := g.missing
	m.Skipped = slices.Clone(m.Skipped)
	return m
}

// Version reads, loads and validates the file at commit i (0 is the
// oldest). Its error says why the version cannot be used; the version
// returned with it has its Commit and Date.
func (g *Git) Version(ctx context.Context, i int) (Version, error) {
	if i < 0 || i >= g.Len() {
		return Version{}, fmt.Errorf("no version %d in a history of %d", i, g.Len())
	}
	c := g.commits[i]
	v, err := readVersion(ctx, g.dir, g.base, c, g.maxBytes, g.opts)
	if err != nil && g.partial != "" && errors.Is(err, errShow) {
		err = fmt.Errorf("the repository is a partial clone and the file could not be fetched from its remote %q: %w", g.partial, err)
	}
	return v, err
}

// promisor is the remote a partial clone fetches missing files from when
// they are read, or "" when the repository is complete.
func promisor(ctx context.Context, dir string) string {
	out, _ := git(ctx, dir, "config", "--get-regexp", `^remote\..*\.promisor$`)
	for line := range strings.Lines(string(out)) {
		key, val, _ := strings.Cut(strings.TrimSpace(line), " ")
		if val == "true" {
			return strings.TrimSuffix(strings.TrimPrefix(key, "remote."), ".promisor")
		}
	}
	out, _ = git(ctx, dir, "config", "--get", "extensions.partialClone")
	return strings.TrimSpace(string(out))
}

// parseLog reads git log --format="%H %cI": a commit and its date per
// line, newest first; it returns them oldest first, and the commits whose
// date cannot be read (such as one in the year 10000) as skipped.
func parseLog(out []byte) ([]Version, []Skipped, error) {
	var vs []Version
	var skipped []Skipped
	for line := range strings.Lines(string(out)) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		hash, date, ok := strings.Cut(line, " ")
		if !ok || len(hash) < 40 || strings.Trim(hash, "0123456789abcdef") != "" {
			return nil, nil, fmt.Errorf("unexpected line %q", line)
		}
		t, err := time.Parse(time.RFC3339, date)
		if err != nil {
			skipped = append(skipped, Skipped{Commit: hash, Reason: fmt.Sprintf("the committer date %.40q cannot be read", date)})
			continue
		}
		vs = append(vs, Version{Commit: hash, Date: t})
	}
	slices.Reverse(vs)
	slices.Reverse(skipped)
	return vs, skipped, nil
}

// errShow is the error of a file that git could not read.
var errShow = errors.New("git show")

// readVersion reads and loads the file at a commit, reading no more than
// maxBytes of it.
func readVersion(ctx context.Context, dir, base string, v Version, maxBytes int64, opts []whitepaper.Option) (Version, error) {
	data, err := gitLimited(ctx, dir, maxBytes, "show", v.Commit+":./"+base)
	if errors.Is(err, errTooLarge) {
		return v, fmt.Errorf("%s: the file is larger than the limit of %d bytes (--max-bytes)", base, maxBytes)
	}
	if err != nil {
		return v, fmt.Errorf("%w: %v", errShow, err)
	}
	doc, err := whitepaper.Parse(data, append([]whitepaper.Option{whitepaper.WithFilename(base)}, opts...)...)
	if err != nil {
		return v, firstLine(err.Error())
	}
	if errs := doc.Validate().Errors(); len(errs) > 0 {
		return v, firstLine(errs[0].String())
	}
	v.Doc, v.Source = doc, data
	return v, nil
}

func firstLine(s string) error {
	line, _, _ := strings.Cut(s, "\n")
	return errors.New(line)
}

// errTooLarge is the error of an output over the limit.
var errTooLarge = errors.New("output over the limit")

// git runs a git command in dir and returns its output, or an error with
// git's own message.
func git(ctx context.Context, dir string, args ...string) ([]byte, error) {
	return gitLimited(ctx, dir, -1, args...)
}

// gitLimited is git reading at most limit bytes of output (no limit when
// negative): past it, git is stopped and the error is errTooLarge.
func gitLimited(ctx context.Context, dir string, limit int64, args ...string) ([]byte, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", dir}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stderr = &stderr
	if limit < 0 {
		cmd.Stdout = &stdout
	} else {
		cmd.Stdout = &limitWriter{w: &stdout, n: limit, cancel: cancel}
	}
	if err := cmd.Run(); err != nil {
		if lw, ok := cmd.Stdout.(*limitWriter); ok && lw.over {
			return nil, errTooLarge
		}
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			return nil, err
		}
		return nil, errors.New(strings.TrimPrefix(firstLine(msg).Error(), "fatal: "))
	}
	return stdout.Bytes(), nil
}

// limitWriter passes n bytes to w; past them it cancels the command.
type limitWriter struct {
	w      *bytes.Buffer
	n      int64
	over   bool
	cancel func()
}

func (l *limitWriter) Write(p []byte) (int, error) {
	if int64(len(p)) > l.n {
		l.over = true
		l.cancel()
		return 0, errTooLarge
	}
	l.n -= int64(len(p))
	return l.w.Write(p)
}
