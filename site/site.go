// Package site builds a static trust page from the history of a
// whitepaper: the current whitepaper in each of its languages with a
// language switch and links to its PDF, YAML and JSON, one page per past
// version, a changelog with the classified changes of every version and
// its revision entry (the vendor's own, or drafted by package diff), a
// page of the subprocessors with their history and the notice commitment,
// Atom feeds of versions and of subprocessor changes, and JSON files for
// tools (whitepaper.json, changes.json, subprocessors.json; their schemas
// are site/*.schema.json and schema/whitepaper.schema.json).
//
// The versions come from the caller, oldest first; ReadGit reads them
// from the git history of one file. Stream builds the site from a History
// (OpenGit's, for one file in git) one version at a time, holding a few
// documents however long the history is. The site is deterministic (the same
// versions give the same bytes, except the PDFs, which Chromium dates),
// uses relative links only, has no scripts and loads nothing from
// elsewhere; every text is escaped as the renderer escapes it.
//
// Build writes into a directory it created or wrote before, which it
// marks with a manifest (.whitepaper-site) listing the files it wrote. It
// refuses a non-empty directory without one unless Options.Force is set,
// replaces only its own files, and deletes only files its manifest lists.
package site

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/openwhitepaper/whitepaper/diff"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/render"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/language"
)

// Version is one version of the document, as committed.
type Version struct {
	// Commit is the git commit the version was read from; empty when the
	// version does not come from git.
	Commit string
	// Date is the commit's date; a version's effective date is the
	// document's own date when it states a full one, this date otherwise.
	Date time.Time
	// Doc is the loaded document.
	Doc *whitepaper.Document
	// Source is the file as committed, YAML or JSON.
	Source []byte
}

// Missing says what the history lacks, for the changelog page.
type Missing struct {
	// Shallow is set when the history was cut short (a shallow clone);
	// versions before the oldest one read may be missing.
	Shallow bool
	// Skipped are the commits whose file could not be used.
	Skipped []Skipped
}

// Skipped is a commit left out of the history, and why.
type Skipped struct {
	Commit string
	Reason string
}

// Options change how a site is built.
type Options struct {
	// Languages are the languages of the pages, the first one's pages
	// without a language in their names (index.html). Empty means the
	// current document's languages.
	Languages []language.Tag
	// Force lets Build write into a non-empty directory it did not
	// create. Files there that it does not write are left alone.
	Force bool
	// PDF prints the current whitepaper as a PDF in each language with
	// render.PDF; it fails when no browser is found (see render.Browser).
	// Without it the pages say that no PDF was built, and why: not asked
	// for, or no browser found (NoBrowser).
	PDF bool
	// NoBrowser says that PDFs were asked for but no browser was found to
	// print them (the caller looked, with render.Browser).
	NoBrowser bool
	// Missing is what the history lacks, shown on the changelog page.
	Missing Missing
	// MaxLanguages is the most languages the site may have pages in;
	// zero means DefaultMaxLanguages. Each language's pages link to every
	// other language and get a PDF, so the site grows with its square.
	MaxLanguages int
	// CheckCurrent, when set, is called with the current document before
	// any file is written; an error from it ends the build.
	CheckCurrent func(current *whitepaper.Document) error
}

// DefaultMaxLanguages is the default of Options.MaxLanguages.
const DefaultMaxLanguages = 20

// ManifestName is the file Build writes into the directory to mark it as
// its own; it lists the files Build wrote, one per line.
const ManifestName = ".whitepaper-site"

const manifestHeader = "# whitepaper site: the files this directory's last build wrote; a later build replaces and deletes only these.\n"

// ErrNotEmpty is returned by Build for a non-empty directory without a
// manifest when Options.Force is not set.
var ErrNotEmpty = errors.New("the directory is not empty and was not made by whitepaper site")

// Result is what Build wrote.
type Result struct {
	// Files are the files written, relative to the directory, sorted.
	Files []string
	// Versions are the versions the site shows, oldest first: one per
	// version of the document. Those of Stream have no Doc or Source.
	Versions []Version
	// Removed are the files of an earlier build that this one no longer
	// writes and deleted.
	Removed []string
	// Missing is what the history lacks: Options.Missing, and the
	// versions Stream could not read.
	Missing Missing
}

// History gives the versions of a document one at a time, oldest first,
// so that Stream holds a few documents at once however long the history
// is. *Git is one.
type History interface {
	// Len is the number of versions, usable or not.
	Len() int
	// Version reads version i (0 is the oldest) with its document. When
	// the version cannot be used it returns an error saying why, with the
	// version's Commit when it has one: the site leaves the version out
	// and names it on the changelog page.
	Version(ctx context.Context, i int) (Version, error)
}

// inMemory is a History of versions already read.
type inMemory []Version

func (vs inMemory) Len() int { return len(vs) }

func (vs inMemory) Version(_ context.Context, i int) (Version, error) { return vs[i], nil }

// Build writes the site of the versions (oldest first) into dir. Versions
// are collapsed to one per version of the document: consecutive versions
// with the same version number keep the latest. A document without a
// version is keyed by its date, and one without either by its commit.
// Stream does the same from a History, without holding every version.
func Build(ctx context.Context, dir string, versions []Version, opts *Options) (*Result, error) {
	vs, err := Collapse(versions)
	if err != nil {
		return nil, err
	}
	res, err := Stream(ctx, dir, inMemory(vs), opts)
	if err != nil {
		return nil, err
	}
	res.Versions = vs
	return res, nil
}

// Stream writes the site of the versions of h into dir, as Build does,
// reading one version at a time and writing each file as soon as it is
// made. It holds at most four documents whatever the length of the
// history: the current one (its words and languages make every page), the
// version it writes the pages of, the one before (for the changes) and
// the one after (to see whether it is the same version of the document,
// as Collapse does). A version h cannot read is left out of the site,
// named on its changelog page and in Result.Missing.
func Stream(ctx context.Context, dir string, h History, opts *Options) (res *Result, err error) {
	if opts == nil {
		opts = &Options{}
	}
	if h == nil || h.Len() == 0 {
		return nil, errors.New("no version to publish")
	}
	s := &builder{opts: opts, seen: map[string]bool{}, missing: opts.Missing}
	s.missing.Skipped = slices.Clone(opts.Missing.Skipped)
	// The current version first: its document decides the languages
	// and the words of every page.
	var newer []Skipped
	last := h.Len() - 1
	for ; last >= 0; last-- {
		v, err := s.read(ctx, h, last)
		if errors.Is(err, errContext) {
			return nil, ctx.Err()
		}
		if err != nil {
			newer = append(newer, Skipped{Commit: v.Commit, Reason: err.Error()})
			continue
		}
		s.cur = v
		break
	}
	if last < 0 {
		return nil, fmt.Errorf("no version to publish: none of the %d can be used; the newest: %s", h.Len(), newer[0].Reason)
	}
	if err := s.languages(); err != nil {
		return nil, err
	}
	if opts.CheckCurrent != nil {
		if err := opts.CheckCurrent(s.cur.Doc); err != nil {
			return nil, err
		}
	}
	if s.w, err = openSite(dir, opts.Force); err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			s.w.abort()
		}
	}()
	// Each version is written once the next one is read and is another
	// version of the document; the current one ends the history.
	var prev, pending *Version
	for i := 0; i < last; i++ {
		v, err := s.read(ctx, h, i)
		if errors.Is(err, errContext) {
			return nil, ctx.Err()
		}
		if err != nil {
			s.missing.Skipped = append(s.missing.Skipped, Skipped{Commit: v.Commit, Reason: err.Error()})
			continue
		}
		if pending != nil && key(*pending) != key(v) {
			if err := s.add(ctx, pending, prev, false); err != nil {
				return nil, err
			}
			prev = pending
		}
		pending = &v
	}
	if pending != nil && key(*pending) != key(s.cur) {
		if err := s.add(ctx, pending, prev, false); err != nil {
			return nil, err
		}
		prev = pending
	}
	if err := s.add(ctx, &s.cur, prev, true); err != nil {
		return nil, err
	}
	s.cur.Source = nil // written; the last pages need only the document
	slices.Reverse(newer)
	s.missing.Skipped = append(s.missing.Skipped, newer...)
	if err := s.finish(ctx); err != nil {
		return nil, err
	}
	res = &Result{Files: s.w.files(), Missing: s.missing}
	for _, r := range s.recs {
		res.Versions = append(res.Versions, Version{Commit: r.commit, Date: r.date})
	}
	if res.Removed, err = s.w.commit(); err != nil {
		return nil, err
	}
	return res, nil
}

// errContext marks the error of a read ended by its context.
var errContext = errors.New("context done")

// read reads version i of h; an error wrapping errContext when the
// context is done.
func (s *builder) read(ctx context.Context, h History, i int) (Version, error) {
	if err := ctx.Err(); err != nil {
		return Version{}, fmt.Errorf("%w: %w", errContext, err)
	}
	v, err := h.Version(ctx, i)
	if ctx.Err() != nil {
		return v, fmt.Errorf("%w: %w", errContext, ctx.Err())
	}
	if err == nil && v.Doc == nil {
		err = errors.New("the version has no document")
	}
	return v, err
}

// Collapse keeps one version per version of the document, the latest of
// consecutive ones with the same key: the document's version, else its
// date, else the commit. It fails on a version without a document.
func Collapse(versions []Version) ([]Version, error) {
	var out []Version
	for i, v := range versions {
		if v.Doc == nil {
			return nil, fmt.Errorf("version %d (commit %q) has no document", i+1, v.Commit)
		}
		if len(out) > 0 && key(out[len(out)-1]) == key(v) {
			out[len(out)-1] = v
			continue
		}
		out = append(out, v)
	}
	if len(out) == 0 {
		return nil, errors.New("no version to publish")
	}
	return out, nil
}

// key identifies a version of the document.
func key(v Version) string {
	switch {
	case v.Doc.Version != "":
		return "v" + v.Doc.Version
	case !v.Doc.Date.IsZero():
		return "d" + v.Doc.Date.String()
	}
	return "c" + v.Commit
}

// effective is the date a version takes effect: the document's full
// date, else the commit's day, else the document's partial date.
func effective(v Version) whitepaper.Date {
	d := v.Doc.Date
	if d.Day != 0 || v.Date.IsZero() {
		return d
	}
	t := v.Date.UTC()
	return whitepaper.DayOf(t.Year(), t.Month(), t.Day())
}

// languages sets the languages of the pages and their locales, from the
// options or the current document, within the limit.
func (s *builder) languages() error {
	langs := s.opts.Languages
	if len(langs) == 0 {
		langs = s.cur.Doc.Languages
	}
	if len(langs) == 0 {
		langs = []language.Tag{s.cur.Doc.DefaultLanguage}
	}
	langs = slices.Compact(slices.Clone(langs))
	maxLangs := s.opts.MaxLanguages
	if maxLangs <= 0 {
		maxLangs = DefaultMaxLanguages
	}
	if len(langs) > maxLangs {
		return fmt.Errorf("the site would have pages in %d languages, more than the limit of %d (--max-languages raises it)", len(langs), maxLangs)
	}
	s.langs = langs
	for _, tag := range langs {
		_, labels := render.Negotiate(s.cur.Doc, tag)
		s.locs = append(s.locs, locale.For(labels))
	}
	return nil
}

// builder holds what the pages of a site share.
type builder struct {
	opts    *Options
	cur     Version // the current version, with its document
	langs   []language.Tag
	locs    []*locale.Locale // per language
	w       *siteWriter
	seen    map[string]bool // the slugs given, in lower case
	recs    []*record       // the versions written, oldest first
	missing Missing
}

// record is what the site keeps of a version once its pages are written
// and its documents dropped: what the changelog, the subprocessor pages,
// the feeds and the JSON files say of it.
type record struct {
	commit  string
	date    time.Time // the commit's
	key     string
	slug    string // unique and safe in a file name
	version string // the document's
	eff     whitepaper.Date
	current bool
	// compareErr is set when the version cannot be compared with the one
	// before.
	compareErr error
	langs      []langRecord // per language of the site
	feed       atomEntry    // in the first language
	changes    ChangesEntry // in the first language
}

// langRecord is what a version's pages in one language say of it.
type langRecord struct {
	heading   string
	changelog changelogVersion
	subs      []subEvent
}

// slug gives a version a slug for its files: its version, date or short
// commit, with characters other than letters, digits, '.', '_' and '-'
// replaced by '-', unique among the slugs given before.
func (s *builder) slug(v Version) string {
	k := key(v)[1:]
	if key(v)[0] == 'c' && len(k) > 12 {
		k = k[:12]
	}
	slug := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '_' || r == '-' {
			return r
		}
		return '-'
	}, k)
	if slug == "" || slug[0] == '.' || slug[0] == '-' {
		slug = "v" + slug
	}
	// A file name has 255 bytes at most; a version may be longer.
	slug = slug[:min(len(slug), maxSlug)]
	base := slug
	for n := 2; s.seen[strings.ToLower(slug)]; n++ {
		slug = fmt.Sprintf("%s-%d", base, n)
	}
	s.seen[strings.ToLower(slug)] = true
	return slug
}

// maxSlug is the longest slug: the file names of a version add a
// language and an extension to it.
const maxSlug = 64

// add writes the files of version v (prev is the version before it, nil
// for the first) and records what the site's other pages say of it.
func (s *builder) add(ctx context.Context, v, prev *Version, current bool) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	r := &record{commit: v.Commit, date: v.Date, key: key(*v), version: v.Doc.Version, eff: effective(*v), current: current}
	r.slug = s.slug(*v)
	var classified []diff.Classified
	if prev != nil {
		cs, err := diff.Compare(prev.Doc, v.Doc)
		if err != nil {
			r.compareErr = err
		} else {
			classified = diff.Classify(cs)
		}
	}
	r.langs = make([]langRecord, len(s.langs))
	for l, loc := range s.locs {
		r.langs[l].heading = heading(*v, loc)
	}
	if err := s.sources(v, r); err != nil {
		return err
	}
	if err := s.versionPages(ctx, v, r); err != nil {
		return err
	}
	for l, loc := range s.locs {
		es := explained(classified, loc)
		s.changelogVersion(v, prev, r, l, es)
		if prev != nil {
			r.langs[l].subs = subEvents(classified, loc, v.Doc, prev.Doc)
		}
		if l == 0 {
			s.feedEntry(v, prev, r, es)
			s.changesEntry(v, prev, r, classified, es)
		}
	}
	s.recs = append(s.recs, r)
	return nil
}

// finish writes the pages, feeds and files made of every version: the
// changelog and subprocessor pages, the feeds and the JSON files.
func (s *builder) finish(ctx context.Context) error {
	for l := range s.langs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.execute(changelogTemplate, "changelog"+s.suffix(l)+".html", s.changelog(l)); err != nil {
			return err
		}
		if err := s.execute(subprocessorsTemplate, "subprocessors"+s.suffix(l)+".html", s.subprocessors(l)); err != nil {
			return err
		}
	}
	if err := s.feeds(); err != nil {
		return err
	}
	return s.json()
}

// sources writes the version's YAML (its source when that is YAML), and
// for the current one its JSON.
func (s *builder) sources(v *Version, r *record) error {
	data := v.Source
	if len(data) == 0 || v.Doc.SourceFormat() != whitepaper.FormatYAML {
		var b bytes.Buffer
		if err := v.Doc.EncodeYAML(&b); err != nil {
			return fmt.Errorf("version %s: %w", r.slug, err)
		}
		data = b.Bytes()
	}
	if err := s.w.write(s.yamlName(r), data); err != nil {
		return err
	}
	if !r.current {
		return nil
	}
	var b bytes.Buffer
	if err := v.Doc.EncodeJSON(&b); err != nil {
		return err
	}
	return s.w.write("whitepaper.json", b.Bytes())
}

// suffix is the part of a page's name that says its language: none for
// the first language, ".en" for English otherwise.
func (s *builder) suffix(lang int) string {
	if lang == 0 {
		return ""
	}
	return "." + s.langs[lang].String()
}

// pageName is the page of a version in language lang.
func (s *builder) pageName(r *record, lang int) string {
	if r.current {
		return "index" + s.suffix(lang) + ".html"
	}
	return "version-" + r.slug + s.suffix(lang) + ".html"
}

func (s *builder) yamlName(r *record) string {
	if r.current {
		return "whitepaper.yaml"
	}
	return "version-" + r.slug + ".yaml"
}

func (s *builder) pdfName(lang int) string { return "whitepaper" + s.suffix(lang) + ".pdf" }

// loc is the locale that words the pages of a language.
func (s *builder) loc(lang int) *locale.Locale { return s.locs[lang] }

// last is the record of the current version.
func (s *builder) last() *record { return s.recs[len(s.recs)-1] }

// safeName reports whether a name from a manifest is one Build could
// have written: a plain file name in the directory, never a path out of it.
func safeName(name string) bool {
	return name != "" && name != ManifestName && !strings.ContainsAny(name, "/\\:") && name != "." && name != ".."
}
