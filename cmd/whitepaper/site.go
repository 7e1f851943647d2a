package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/openwhitepaper/whitepaper/render"
	"github.com/openwhitepaper/whitepaper/site"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/language"
)

const siteUsage = `usage: whitepaper site [--out DIR] [--since REV] [--lang LANGS] [--force]
                       [--max-languages N] [--pdf=false] FILE

Site builds a static trust page from the git history of FILE: the current
whitepaper in each of its languages (index.html, index.en.html, …) with
its key facts and links to its PDF, YAML and JSON; a page per past
version; a changelog with the classified changes of every version and its
revision entry (the vendor's own, or drafted); the subprocessors with
their history and the notice commitment; Atom feeds of versions and of
subprocessor changes (versions.atom, subprocessors.atom); and
whitepaper.json, changes.json and subprocessors.json for tools.

A version is a commit that changed the document's version (the latest
commit of each version; a document without a version is versioned by its
date). The history is read through the git command, as committed: commit
FILE first. A commit whose file does not load is left out and named on
the changelog page, as is the cut of a shallow clone, a commit with a
committer date that cannot be read, and one whose file is over
--max-bytes. --since REV reads only the commits after REV. Pages are made
in 20 languages at most (--max-languages N raises the limit).

The site has relative links only, no scripts, and loads nothing from
elsewhere; the same history gives the same files (the PDFs aside, which
the browser dates; --pdf=false leaves them out). The PDFs are printed
when a Chromium or Chrome is found (WHITEPAPER_BROWSER names one).

DIR is written only when it is new, empty, or made by an earlier run (it
has a .whitepaper-site manifest); --force writes into another directory
too. Only the files a run writes are replaced, and only those an earlier
run wrote are deleted. The site is written beside DIR and swapped in
whole, so a failure leaves the old site intact; DIR is never a symbolic
link, under one, or the working directory.

Exit status: 0 on success; 2 on errors.

` + limitsUsage + `
Flags:
`

func runSite(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("site", siteUsage, stderr)
	out := fs.String("out", "site", "write the site into `DIR`")
	since := fs.String("since", "", "read only the commits after the git `revision`")
	lang := fs.String("lang", "", "`languages` of the pages, comma-separated, the first one's\npages named without a language (default: the document's)")
	force := fs.Bool("force", false, "write into a non-empty directory not made by whitepaper site")
	pdf := fs.Bool("pdf", true, "print PDFs when a Chromium or Chrome is found")
	maxLangs := fs.Int("max-languages", site.DefaultMaxLanguages, "most `languages` the site may have pages in")
	lim := limitFlags(fs)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		say(stderr, fs, "want exactly one file")
		fs.Usage()
		return exitUsage
	}
	file := fs.Arg(0)
	if file == "-" {
		say(stderr, fs, "FILE must be a file in a git repository, not standard input")
		return exitUsage
	}
	var opts site.Options
	opts.Force = *force
	if *maxLangs < 1 {
		say(stderr, fs, "--max-languages must be at least 1")
		return exitUsage
	}
	opts.MaxLanguages = *maxLangs
	if *lang != "" {
		for _, s := range strings.Split(*lang, ",") {
			tag, err := language.Parse(strings.TrimSpace(s))
			if err != nil {
				say(stderr, fs, "--lang: %v", err)
				return exitUsage
			}
			opts.Languages = append(opts.Languages, tag)
		}
	}
	if abs, err := filepath.Abs(*out); err == nil {
		if in, err := filepath.Abs(file); err == nil && filepath.Dir(in) == abs && !*force {
			say(stderr, fs, "--out %s is the directory of %s; write the site elsewhere", *out, file)
			return exitUsage
		}
	}
	ctx := context.Background()
	hist, err := site.OpenGit(ctx, file, *since, lim.bounds()...)
	if err != nil {
		say(stderr, fs, "%v", err)
		return exitUsage
	}
	opts.Missing = hist.Missing()
	opts.CheckCurrent = func(doc *whitepaper.Document) error {
		if err := checkLanguages(doc, opts.Languages); err != nil {
			return whitepaper.Errorf("--lang: %v", err)
		}
		return nil
	}
	if *pdf {
		if _, err := render.Browser(); err == nil {
			opts.PDF = true
		} else {
			opts.NoBrowser = true
			say(stderr, fs, "no PDF: %v", err)
		}
	}
	// The history is read one version at a time, so that a long one of
	// a large document does not have to fit in memory.
	res, err := site.Stream(ctx, *out, hist, &opts)
	if err != nil {
		say(stderr, fs, "%s: %v", file, err)
		return exitUsage
	}
	if res.Missing.Shallow {
		say(stderr, fs, "%s: the repository is a shallow clone, so versions before commit %.12s may be missing (git fetch --unshallow reads the rest)", file, res.Versions[0].Commit)
	}
	for _, s := range res.Missing.Skipped {
		say(stderr, fs, "%s: commit %.12s left out: %s", file, s.Commit, s.Reason)
	}
	fmt.Fprintf(stdout, "%s: wrote %s (versions: %d, files: %d)\n", file, *out, len(res.Versions), len(res.Files))
	for _, name := range res.Removed {
		fmt.Fprintf(stdout, "removed %s (written by an earlier run)\n", filepath.Join(*out, name))
	}
	return exitOK
}
