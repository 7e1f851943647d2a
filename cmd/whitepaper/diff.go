package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"

	"github.com/openwhitepaper/whitepaper/diff"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

const diffUsage = `usage: whitepaper diff [flags] OLD NEW
       whitepaper diff [flags] REV:path NEW
       whitepaper diff --base REV [flags] FILE
       whitepaper diff --rules

Diff explains what changed from OLD to NEW: each change with its rule, its
impact (weakened, strengthened, changed, editorial) and a sentence in the
reader's language, grouped by section, most severe first. Editorial changes
are counted but listed only with --editorial (and always in JSON).
--revision-entry drafts the revision-history entry; --notice writes a
notice of subprocessor changes for customers.

OLD may name a file at a git revision, REV:path (path from the top of the
repository, or ./path from the current directory); --base REV compares FILE
with its version at REV. Both read through the git command, so CI can
compare a pull request with its base branch without a second checkout.

Exit status: 0; 1 when --fail-on is reached; 2 on errors (a document
that does not load or validate, a bad flag).

` + limitsUsage + `
Flags:
`

func runDiff(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("diff", diffUsage, stderr)
	format := fs.String("format", "text", "output `format`: text, markdown (a pull-request\nsummary), json, or github (workflow annotations)")
	lang := fs.String("lang", "", "`language` of the output: ja or en (default: the new document's)")
	editorial := fs.Bool("editorial", false, "list editorial (wording-only) changes too")
	ruleIDs := fs.Bool("rule-ids", false, "end each change in text and markdown with its rule ID")
	failOn := fs.String("fail-on", "", "exit 1 on a `level` of change: weakened (a weakened change),\nchanged (a weakened or changed one), or notice-required\n(a change customers must be told of)")
	ignore := fs.String("ignore", "", "YAML `file` of changes to leave out, by rule and path, with reasons")
	rules := fs.Bool("rules", false, "list the rules and exit")
	base := fs.String("base", "", "compare FILE with its version at the git `revision`")
	entry := fs.Bool("revision-entry", false, "draft the revision-history entry instead")
	notice := fs.Bool("notice", false, "write a notice of subprocessor changes instead")
	lim := limitFlags(fs)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *rules {
		for _, r := range diff.Rules() {
			fmt.Fprintf(stdout, "%-44s %-13s %s\n", r.ID, r.Impact, r.Rationale)
		}
		return exitOK
	}
	if *base == "" && fs.NArg() != 2 || *base != "" && fs.NArg() != 1 {
		if *base != "" {
			say(stderr, fs, "with --base, want one FILE")
		} else {
			say(stderr, fs, "want OLD and NEW")
		}
		fs.Usage()
		return exitUsage
	}
	if *failOn != "" && *failOn != "weakened" && *failOn != "changed" && *failOn != "notice-required" {
		say(stderr, fs, "--fail-on takes weakened, changed or notice-required, not %q", *failOn)
		return exitUsage
	}
	var ig diff.Ignore
	if *ignore != "" {
		data, err := readSmallFile(*ignore)
		if err == nil {
			ig, err = diff.ParseIgnore(data)
		}
		if err != nil {
			say(stderr, fs, "%v", err)
			return exitUsage
		}
	}
	// A document that does not load is an error of the run (2), not a finding.
	oldArg, newArg := fs.Arg(0), fs.Arg(1)
	if *base != "" {
		newArg = fs.Arg(0)
		oldArg = *base + ":./" + filepath.Base(newArg)
	}
	var old *whitepaper.Document
	var ok bool
	switch {
	case *base != "" || isGitSpec(oldArg):
		dir := ""
		if *base != "" {
			dir = filepath.Dir(newArg)
		}
		data, err := gitShow(dir, oldArg, int64(lim.maxBytes))
		if err != nil {
			say(stderr, fs, "%v", err)
			return exitUsage
		}
		old, _, ok = loadBytes("diff", oldArg, data, true, lim, stderr)
	default:
		old, _, ok = load("diff", oldArg, stdin, true, lim, stderr)
	}
	if !ok {
		return exitUsage
	}
	var new *whitepaper.Document
	if *entry {
		new, ok = loadForEntry(newArg, stdin, lim, stderr)
	} else {
		new, _, ok = load("diff", newArg, stdin, true, lim, stderr)
	}
	if !ok {
		return exitUsage
	}
	loc, ok := pickLocale("diff", *lang, new, stderr)
	if !ok {
		return exitUsage
	}
	changes, err := diff.Compare(old, new)
	if err != nil {
		say(stderr, fs, "%v", err)
		return exitUsage
	}
	es := diff.Explain(ig.Filter(diff.Classify(changes)), loc)
	var buf bytes.Buffer
	switch {
	case *entry:
		writeEntry(&buf, diff.RevisionEntry(es, old, new, loc), new, loc)
	case *notice:
		err = diff.WriteNotice(&buf, es, new, loc)
	default:
		err = writeDiff(&buf, *format, es, old, new, newArg, loc, diff.Options{Editorial: *editorial, RuleIDs: *ruleIDs})
	}
	if err != nil {
		say(stderr, fs, "%v", err)
		return exitUsage
	}
	_, _ = stdout.Write(buf.Bytes())
	if *failOn == "notice-required" {
		if diff.NoticeRequired(es) {
			return exitInvalid
		}
		return exitOK
	}
	for _, e := range es {
		if *failOn != "" && (e.Impact == diff.Weakened || *failOn == "changed" && e.Impact == diff.Changed) {
			return exitInvalid
		}
	}
	return exitOK
}

func writeDiff(w io.Writer, format string, es []diff.Explained, old, new *whitepaper.Document, newName string, loc *locale.Locale, opts diff.Options) error {
	switch format {
	case "text":
		return diff.WriteText(w, es, old, new, loc, opts)
	case "markdown":
		return diff.WriteMarkdown(w, es, old, new, loc, opts)
	case "json":
		return diff.WriteJSON(w, es, old, new, loc)
	case "github":
		return diff.WriteGitHub(w, es, new, filepath.ToSlash(newName), loc, opts)
	}
	return whitepaper.Errorf("unknown format %q (want text, markdown, json or github)", format)
}
