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
// from the git history of one file. The site is deterministic (the same
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
	"maps"
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
	// version of the document.
	Versions []Version
	// Removed are the files of an earlier build that this one no longer
	// writes and deleted.
	Removed []string
}

// Build writes the site of the versions (oldest first) into dir. Versions
// are collapsed to one per version of the document: consecutive versions
// with the same version number keep the latest. A document without a
// version is keyed by its date, and one without either by its commit.
func Build(ctx context.Context, dir string, versions []Version, opts *Options) (*Result, error) {
	if opts == nil {
		opts = &Options{}
	}
	vs, err := Collapse(versions)
	if err != nil {
		return nil, err
	}
	files, err := generate(ctx, vs, opts)
	if err != nil {
		return nil, err
	}
	res := &Result{Versions: vs, Files: slices.Sorted(maps.Keys(files))}
	res.Removed, err = writeDir(dir, files, opts.Force)
	if err != nil {
		return nil, err
	}
	return res, nil
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

// generate makes every file of the site in memory.
func generate(ctx context.Context, vs []Version, opts *Options) (map[string][]byte, error) {
	cur := vs[len(vs)-1]
	langs := opts.Languages
	if len(langs) == 0 {
		langs = cur.Doc.Languages
	}
	if len(langs) == 0 {
		langs = []language.Tag{cur.Doc.DefaultLanguage}
	}
	langs = slices.Compact(slices.Clone(langs))
	maxLangs := opts.MaxLanguages
	if maxLangs <= 0 {
		maxLangs = DefaultMaxLanguages
	}
	if len(langs) > maxLangs {
		return nil, fmt.Errorf("the site would have pages in %d languages, more than the limit of %d (--max-languages raises it)", len(langs), maxLangs)
	}
	s := &builder{vs: vs, langs: langs, opts: opts, files: map[string][]byte{}}
	s.names()
	if err := s.compare(ctx); err != nil {
		return nil, err
	}
	if err := s.sources(); err != nil {
		return nil, err
	}
	for i, lang := range langs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if err := s.pages(i, lang); err != nil {
			return nil, err
		}
	}
	if err := s.feeds(); err != nil {
		return nil, err
	}
	if err := s.json(); err != nil {
		return nil, err
	}
	return s.files, nil
}

// builder holds what the pages of a site share.
type builder struct {
	vs    []Version
	langs []language.Tag
	opts  *Options
	slugs []string // per version, unique and safe in a file name
	// classified[i] are the changes from version i-1 to i; nil for the
	// first, and compareErr[i] when the two cannot be compared.
	classified [][]diff.Classified
	compareErr []error
	files      map[string][]byte
}

// names gives each version a slug for its files: its version, date or
// short commit, with characters other than letters, digits, '.', '_'
// and '-' replaced by '-'.
func (s *builder) names() {
	seen := map[string]bool{}
	for _, v := range s.vs {
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
		for n := 2; seen[strings.ToLower(slug)]; n++ {
			slug = fmt.Sprintf("%s-%d", base, n)
		}
		seen[strings.ToLower(slug)] = true
		s.slugs = append(s.slugs, slug)
	}
}

// maxSlug is the longest slug: the file names of a version add a
// language and an extension to it.
const maxSlug = 64

// compare classifies the changes between consecutive versions.
func (s *builder) compare(ctx context.Context) error {
	s.classified = make([][]diff.Classified, len(s.vs))
	s.compareErr = make([]error, len(s.vs))
	for i := 1; i < len(s.vs); i++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		cs, err := diff.Compare(s.vs[i-1].Doc, s.vs[i].Doc)
		if err != nil {
			s.compareErr[i] = err
			continue
		}
		s.classified[i] = diff.Classify(cs)
	}
	return nil
}

// sources writes the current document as YAML (its source when that is
// YAML) and JSON, and each past version's YAML.
func (s *builder) sources() error {
	for i, v := range s.vs {
		data := v.Source
		if len(data) == 0 || v.Doc.SourceFormat() != whitepaper.FormatYAML {
			var b bytes.Buffer
			if err := v.Doc.EncodeYAML(&b); err != nil {
				return fmt.Errorf("version %s: %w", s.slugs[i], err)
			}
			data = b.Bytes()
		}
		s.files[s.yamlName(i)] = data
	}
	var b bytes.Buffer
	if err := s.vs[len(s.vs)-1].Doc.EncodeJSON(&b); err != nil {
		return err
	}
	s.files["whitepaper.json"] = b.Bytes()
	return nil
}

// suffix is the part of a page's name that says its language: none for
// the first language, ".en" for English otherwise.
func (s *builder) suffix(lang int) string {
	if lang == 0 {
		return ""
	}
	return "." + s.langs[lang].String()
}

func (s *builder) current(i int) bool { return i == len(s.vs)-1 }

// pageName is the page of version i in language lang.
func (s *builder) pageName(i, lang int) string {
	if s.current(i) {
		return "index" + s.suffix(lang) + ".html"
	}
	return "version-" + s.slugs[i] + s.suffix(lang) + ".html"
}

func (s *builder) yamlName(i int) string {
	if s.current(i) {
		return "whitepaper.yaml"
	}
	return "version-" + s.slugs[i] + ".yaml"
}

func (s *builder) pdfName(lang int) string { return "whitepaper" + s.suffix(lang) + ".pdf" }

// loc is the locale that words the pages of a language.
func (s *builder) loc(lang int) *locale.Locale {
	_, labels := render.Negotiate(s.vs[len(s.vs)-1].Doc, s.langs[lang])
	return locale.For(labels)
}

// safeName reports whether a name from a manifest is one Build could
// have written: a plain file name in the directory, never a path out of it.
func safeName(name string) bool {
	return name != "" && name != ManifestName && !strings.ContainsAny(name, "/\\:") && name != "." && name != ".."
}
