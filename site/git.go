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
func ReadGit(ctx context.Context, file, since string, opts ...whitepaper.Option) ([]Version, Missing, error) {
	var missing Missing
	if _, err := exec.LookPath("git"); err != nil {
		return nil, missing, fmt.Errorf("%s: reading the history needs the git command, which is not installed or not in PATH", file)
	}
	if strings.HasPrefix(since, "-") {
		return nil, missing, fmt.Errorf("%s: a revision may not start with \"-\"", since)
	}
	dir, base := filepath.Dir(file), filepath.Base(file)
	shallow, err := git(ctx, dir, "rev-parse", "--is-shallow-repository")
	if err != nil {
		abs, _ := filepath.Abs(dir)
		return nil, missing, fmt.Errorf("%s: %s is not in a git repository: %v", file, abs, err)
	}
	missing.Shallow = strings.TrimSpace(string(shallow)) == "true"
	partial := promisor(ctx, dir)
	rev := "HEAD"
	if since != "" {
		rev = since + "..HEAD"
	}
	out, err := git(ctx, dir, "log", "--format=%H %cI", rev, "--", base)
	if err != nil {
		return nil, missing, fmt.Errorf("%s: git log %s: %v", file, rev, err)
	}
	commits, err := parseLog(out)
	if err != nil {
		return nil, missing, fmt.Errorf("%s: git log: %v", file, err)
	}
	if len(commits) == 0 {
		if since != "" {
			return nil, missing, fmt.Errorf("%s: no commit after %s changed the file", file, since)
		}
		return nil, missing, fmt.Errorf("%s: no commit has the file (is it committed?)", file)
	}
	var vs []Version
	for _, c := range commits {
		if err := ctx.Err(); err != nil {
			return nil, missing, err
		}
		v, err := readVersion(ctx, dir, base, c, opts)
		if err != nil && partial != "" && errors.Is(err, errShow) {
			err = fmt.Errorf("the repository is a partial clone and the file could not be fetched from its remote %q: %w", partial, err)
		}
		if err != nil {
			missing.Skipped = append(missing.Skipped, Skipped{Commit: c.Commit, Reason: err.Error()})
			continue
		}
		vs = append(vs, v)
	}
	if len(vs) == 0 {
		return nil, missing, fmt.Errorf("%s: the file does not load in any of its %d commits; the first: %s", file, len(commits), missing.Skipped[0].Reason)
	}
	return vs, missing, nil
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
// line, newest first; it returns them oldest first.
func parseLog(out []byte) ([]Version, error) {
	var vs []Version
	for line := range strings.Lines(string(out)) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		hash, date, ok := strings.Cut(line, " ")
		if !ok || len(hash) < 40 || strings.Trim(hash, "0123456789abcdef") != "" {
			return nil, fmt.Errorf("unexpected line %q", line)
		}
		t, err := time.Parse(time.RFC3339, date)
		if err != nil {
			return nil, fmt.Errorf("unexpected date in %q: %v", line, err)
		}
		vs = append(vs, Version{Commit: hash, Date: t})
	}
	slices.Reverse(vs)
	return vs, nil
}

// errShow is the error of a file that git could not read.
var errShow = errors.New("git show")

// readVersion reads and loads the file at a commit.
func readVersion(ctx context.Context, dir, base string, v Version, opts []whitepaper.Option) (Version, error) {
	data, err := git(ctx, dir, "show", v.Commit+":./"+base)
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

// git runs a git command in dir and returns its output, or an error with
// git's own message.
func git(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", dir}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			return nil, err
		}
		return nil, errors.New(strings.TrimPrefix(firstLine(msg).Error(), "fatal: "))
	}
	return stdout.Bytes(), nil
}
