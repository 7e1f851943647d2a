package site

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"reflect"
	"slices"
	"strings"

	"github.com/openwhitepaper/whitepaper/diff"
	"github.com/openwhitepaper/whitepaper/internal/textsafe"
	"github.com/openwhitepaper/whitepaper/internal/wording"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/render"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Page kinds, for the navigation bar.
const (
	pageIndex         = "index"
	pageVersion       = "version"
	pageChangelog     = "changelog"
	pageSubprocessors = "subprocessors"
)

// versionPages writes the pages of a version in every language, and the
// current version's PDFs.
func (s *builder) versionPages(ctx context.Context, v *Version, r *record) error {
	kind := pageVersion
	if r.current {
		kind = pageIndex
	}
	for l, tag := range s.langs {
		if err := ctx.Err(); err != nil {
			return err
		}
		ropts := &render.Options{Languages: []language.Tag{tag}, Nav: s.nav(l, kind, r)}
		var b bytes.Buffer
		if err := render.HTML(&b, v.Doc, ropts); err != nil {
			return fmt.Errorf("version %s: %w", r.slug, err)
		}
		if err := s.w.write(s.pageName(r, l), b.Bytes()); err != nil {
			return err
		}
		if r.current && s.opts.PDF {
			b.Reset()
			if err := render.PDF(&b, v.Doc, ropts); err != nil {
				return err
			}
			if err := s.w.write(s.pdfName(l), b.Bytes()); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *builder) execute(t *template.Template, name string, data any) error {
	var b bytes.Buffer
	if err := t.Execute(&b, data); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return s.w.write(name, b.Bytes())
}

// nav is the bar of links at the top of a page of the given kind (of
// version r for a version page).
func (s *builder) nav(lang int, page string, r *record) []render.Link {
	loc := s.loc(lang)
	sfx := s.suffix(lang)
	var links []render.Link
	if page == pageVersion {
		links = append(links, render.Link{Text: loc.Message("site.version.old", "version", r.langs[lang].heading), Current: true})
	}
	links = append(links,
		render.Link{Text: loc.Message("site.nav.whitepaper"), Href: "index" + sfx + ".html", Current: page == pageIndex},
		render.Link{Text: loc.Message("site.nav.changelog"), Href: "changelog" + sfx + ".html", Current: page == pageChangelog},
		render.Link{Text: loc.Message("site.nav.subprocessors"), Href: "subprocessors" + sfx + ".html", Current: page == pageSubprocessors})
	// A past version's page links to its own YAML; the PDF and the JSON
	// are the current version's.
	switch {
	case page == pageVersion:
		links = append(links, render.Link{Text: "YAML", Href: s.yamlName(r)})
	case s.opts.PDF:
		links = append(links, render.Link{Text: "PDF", Href: s.pdfName(lang)})
	case s.opts.NoBrowser:
		links = append(links, render.Link{Text: loc.Message("site.nav.noBrowser")})
	default:
		links = append(links, render.Link{Text: loc.Message("site.nav.noPDF")})
	}
	if page != pageVersion {
		links = append(links, render.Link{Text: "YAML", Href: "whitepaper.yaml"}, render.Link{Text: "JSON", Href: "whitepaper.json"})
	}
	links = append(links,
		render.Link{Text: loc.Message("site.nav.versionsFeed"), Href: "versions.atom"},
		render.Link{Text: loc.Message("site.nav.subprocessorsFeed"), Href: "subprocessors.atom"})
	for j, tag := range s.langs {
		if j == lang {
			continue
		}
		var href string
		switch page {
		case pageIndex, pageVersion:
			href = s.pageName(r, j)
		default:
			href = page + s.suffix(j) + ".html"
		}
		links = append(links, render.Link{Text: display.Self.Name(tag), Href: href, Lang: tag.String()})
	}
	return links
}

// heading names a version: "版 2.27、日付 2024年11月22日", or its commit
// when the document has neither version nor date.
func heading(v Version, loc *locale.Locale) string {
	if h := diff.Header(v.Doc, v.Doc, loc); h != "" {
		return h
	}
	return loc.Message("site.version.commit", "commit", short(v.Commit), "date", loc.Date(effective(v)))
}

// title is the document's title in the page's language; when the
// document has none in that language, its services' names with the
// locale's words, as the rendered whitepaper names itself ("セキュリオ
// Security Whitepaper"), so that a title is not half in another language.
func title(doc *whitepaper.Document, tag language.Tag, loc *locale.Locale) string {
	t, used := doc.Text(doc.Title, tag)
	ub, _ := used.Base()
	tb, _ := tag.Base()
	if t != "" && (ub == tb || len(doc.Services) == 0) {
		return t
	}
	var names []string
	for _, sv := range doc.Services {
		if n, _ := doc.Text(sv.Name, tag); n != "" {
			names = append(names, n)
		}
	}
	return loc.Message("page.title", "services", strings.Join(names, loc.Message("list.separator")))
}

func short(commit string) string {
	if len(commit) > 12 {
		return commit[:12]
	}
	return commit
}

// impactRank orders changes most severe first.
var impactRank = map[diff.Impact]int{diff.Weakened: 0, diff.Changed: 1, diff.Strengthened: 2, diff.Editorial: 3}

// explained words the changes of a version, most severe first.
func explained(classified []diff.Classified, loc *locale.Locale) []diff.Explained {
	es := diff.Explain(classified, loc)
	slices.SortStableFunc(es, func(a, b diff.Explained) int { return impactRank[a.Impact] - impactRank[b.Impact] })
	return es
}

// vendorEntry is the document's own revision entry of its version, or nil.
func vendorEntry(doc *whitepaper.Document) *whitepaper.Revision {
	for i := len(doc.Revisions) - 1; i >= 0; i-- {
		r := &doc.Revisions[i]
		if doc.Version != "" && r.Version == doc.Version || doc.Version == "" && !doc.Date.IsZero() && r.Date == doc.Date {
			return r
		}
	}
	return nil
}

// entry is the revision entry of version v (prev the one before, nil for
// the first) in the language: the vendor's own, or else one drafted from
// the changes. vendor reports which, and lang the language of the
// vendor's text when it is not the locale's.
func entry(v, prev *Version, compareErr error, loc *locale.Locale, es []diff.Explained) (lines []string, vendor bool, lang string) {
	doc := v.Doc
	if r := vendorEntry(doc); r != nil {
		for _, c := range r.Changes {
			if t, used := doc.Text(c.Text, loc.Tag()); t != "" {
				lines = append(lines, t)
				lang = otherLang(used, loc)
			}
		}
		return lines, true, lang
	}
	if prev == nil || compareErr != nil {
		return nil, false, ""
	}
	return diff.RevisionEntry(es, prev.Doc, doc, loc), false, ""
}

// otherLang is the tag of a text's language when it is not the one the
// page is worded in, for a lang attribute; "" otherwise.
func otherLang(used language.Tag, loc *locale.Locale) string {
	ub, _ := used.Base()
	pb, _ := loc.Tag().Base()
	if ub == pb {
		return ""
	}
	return used.String()
}

// txt is a text of the document on a page, with its language when that
// is not the page's.
type txt struct {
	Text, Lang string
}

// text takes a text of the document in the page's language, or its
// fallback, marked.
func text(doc *whitepaper.Document, t whitepaper.Text, tag language.Tag, loc *locale.Locale) txt {
	s, used := doc.Text(t, tag)
	if s == "" {
		return txt{}
	}
	return txt{Text: s, Lang: otherLang(used, loc)}
}

type pageData struct {
	Lang    string
	Title   string
	Heading string
	Nav     []render.Link
}

func (s *builder) pageData(lang int, kind, key string) pageData {
	loc := s.loc(lang)
	t := title(s.cur.Doc, s.langs[lang], loc)
	return pageData{Lang: loc.Tag().String(), Title: loc.Message(key, "title", t), Heading: loc.Message(key, "title", t),
		Nav: s.nav(lang, kind, s.last())}
}

type changelogData struct {
	pageData
	MissingTitle string
	Missing      []string
	Versions     []changelogVersion
}

type changelogVersion struct {
	Anchor, Heading, Href string
	Meta                  []string
	EntryTitle            string
	Entry                 []string
	EntryLang             string
	ChangesTitle          string
	Changes               []changeLine
	Notes                 []string
}

type changeLine struct {
	Impact, ImpactText, Section, Message string
}

func (s *builder) changelog(lang int) changelogData {
	loc := s.loc(lang)
	d := changelogData{pageData: s.pageData(lang, pageChangelog, "site.changelog.title")}
	if s.missing.Shallow || len(s.missing.Skipped) > 0 {
		d.MissingTitle = loc.Message("site.missing.title")
		if s.missing.Shallow {
			d.Missing = append(d.Missing, loc.Message("site.missing.shallow", "version", s.recs[0].langs[lang].heading))
		}
		for _, sk := range s.missing.Skipped {
			d.Missing = append(d.Missing, loc.Message("site.missing.skipped", "commit", short(sk.Commit), "reason", sk.Reason))
		}
	}
	for i := len(s.recs) - 1; i >= 0; i-- {
		d.Versions = append(d.Versions, s.recs[i].langs[lang].changelog)
	}
	return d
}

// changelogVersion records the changelog's entry of version v in a
// language, es its changes worded in it.
func (s *builder) changelogVersion(v, prev *Version, r *record, lang int, es []diff.Explained) {
	loc := s.loc(lang)
	cv := changelogVersion{Anchor: "v-" + r.slug, Heading: r.langs[lang].heading, Href: s.pageName(r, lang)}
	if prev != nil && r.compareErr == nil {
		cv.Meta = append(cv.Meta, diff.Summary(es, loc))
	}
	// No commit hash: customers read versions and dates; the
	// hash stays in the JSON (changes.json, subprocessors.json).
	lines, vendor, elang := entry(v, prev, r.compareErr, loc, es)
	if len(lines) > 0 {
		cv.Entry, cv.EntryLang = lines, elang
		cv.EntryTitle = loc.Message("site.changelog.draftedEntry")
		if vendor {
			cv.EntryTitle = loc.Message("site.changelog.vendorEntry")
		}
	}
	switch {
	case prev == nil:
		cv.Notes = append(cv.Notes, loc.Message("site.changelog.first"))
	case r.compareErr != nil:
		cv.Notes = append(cv.Notes, loc.Message("site.changelog.compareFailed", "error", r.compareErr.Error()))
	default:
		editorial := 0
		for _, e := range es {
			if e.Impact == diff.Editorial {
				editorial++
				continue
			}
			cv.Changes = append(cv.Changes, changeLine{Impact: string(e.Impact), ImpactText: loc.Message("diff.impact." + string(e.Impact)),
				Section: sectionName(e.Section, loc, v.Doc, prev.Doc), Message: e.Message})
		}
		if len(cv.Changes) > 0 {
			cv.ChangesTitle = loc.Message("site.changelog.changes")
		}
		if editorial > 0 {
			cv.Notes = append(cv.Notes, loc.Message("site.changelog.editorial", "n", loc.Number(int64(editorial))))
		}
		if len(es) == 0 {
			cv.Notes = append(cv.Notes, loc.Message("site.changelog.noChanges"))
		}
	}
	r.langs[lang].changelog = cv
}

// sectionName names a section as the vendor's outline does, "20.
// 外部クラウドサービスの利用", in the first of the documents that has it, or
// by its standard title.
func sectionName(id whitepaper.SectionID, loc *locale.Locale, docs ...*whitepaper.Document) string {
	if id == "" {
		return loc.Message("diff.document")
	}
	for _, doc := range docs {
		h, ok := doc.HeadingOf(id)
		if !ok {
			continue
		}
		name := loc.Section(id)
		if t, used := doc.Text(h.Title, loc.Tag()); t != "" && otherLang(used, loc) == "" {
			name = t
		}
		if h.Number != "" {
			name = h.Number + ". " + name
		}
		return name
	}
	return loc.Section(id)
}

// subEvent is a change of one subprocessor in one version.
type subEvent struct {
	Status   string // added, removed or changed
	Name     string
	Messages []string
}

// subEvents lists the subprocessor changes of a version (doc, with prev
// the one before), worded in the language: each subprocessor added,
// removed or changed (an editorial change is not one).
func subEvents(classified []diff.Classified, loc *locale.Locale, doc, prev *whitepaper.Document) []subEvent {
	var events []subEvent
	at := map[string]int{}
	for _, e := range diff.Explain(classified, loc) {
		if e.Section != whitepaper.SectionSubprocessors || e.Impact == diff.Editorial || len(e.Path) < 3 || e.Path[1].Field != "services" {
			continue
		}
		key := e.Path[2].Key
		status := "changed"
		switch {
		case e.Kind == diff.Added && len(e.Path) == 3:
			status = "added"
		case e.Kind == diff.Removed && len(e.Path) == 3:
			status = "removed"
		}
		j, ok := at[key]
		if !ok {
			j = len(events)
			at[key] = j
			events = append(events, subEvent{Status: status, Name: subName(key, doc, prev)})
		} else if status != "changed" {
			events[j].Status = status
		}
		events[j].Messages = append(events[j].Messages, e.Message)
	}
	return events
}

// subHistory calls fn with the subprocessor changes of every version,
// newest first, worded in the language.
func (s *builder) subHistory(lang int, fn func(r *record, e subEvent)) {
	for i := len(s.recs) - 1; i > 0; i-- {
		for _, e := range s.recs[i].langs[lang].subs {
			fn(s.recs[i], e)
		}
	}
}

// subName is the name of the subprocessor with the key in the first
// document that has it, or the key.
func subName(key string, docs ...*whitepaper.Document) string {
	for _, doc := range docs {
		if doc.Subprocessors == nil {
			continue
		}
		for _, x := range doc.Subprocessors.Services {
			if whitepaper.KeyOf(x) == key {
				return x.Name
			}
		}
	}
	return key
}

type subprocessorsData struct {
	pageData
	CurrentTitle string
	Head         []string
	Rows         [][]txt
	None         string
	NoticeTitle  string
	Notice       []noticeRow
	NoNotice     string
	HistoryTitle string
	HistoryHead  []string
	History      []historyRow
	NoHistory    string
}

// noticeRow is a fact of the notice commitment; a statement has no label.
type noticeRow struct {
	Label string
	Value txt
}

type historyRow struct {
	Date, Version, Href, Status, StatusText, Name string
	Messages                                      []string
}

func (s *builder) subprocessors(lang int) subprocessorsData {
	loc := s.loc(lang)
	tag := s.langs[lang]
	doc := s.cur.Doc
	d := subprocessorsData{pageData: s.pageData(lang, pageSubprocessors, "site.subprocessors.title")}
	d.CurrentTitle = loc.Message("site.subprocessors.current", "version", s.last().langs[lang].heading)
	d.NoticeTitle = loc.Message("field.Subprocessors.changeNotice")
	d.HistoryTitle = loc.Message("site.subprocessors.history")
	sp := doc.Subprocessors
	if sp == nil || len(sp.Services) == 0 {
		d.None = loc.Message("site.subprocessors.none")
	} else {
		// A column no subprocessor fills is left out.
		// What each receives and where it keeps it, worded as the
		// whitepaper page words them: countries by name, an open list
		// ("…など") as open.
		// A subprocessor limited to some plans or services, or hedged,
		// says so.
		cols := []string{"name", "plans", "services", "qualifier", "operator", "function", "data", "countries"}
		used := make([]bool, len(cols))
		var rows [][]txt
		names := wording.NewNames(doc)
		for _, x := range sp.Services {
			row := []txt{{Text: x.Name},
				{Text: wording.Ref(reflect.ValueOf(x.Plans), whitepaper.RefPlan, names, loc)},
				{Text: wording.Ref(reflect.ValueOf(x.Services), whitepaper.RefService, names, loc)},
				{Text: wording.Value(reflect.ValueOf(x.Qualifier), nil, loc)},
				{Text: x.Operator}, text(doc, x.Function, tag, loc),
				{Text: wording.Value(reflect.ValueOf(x.Data), nil, loc)}, {Text: wording.Value(reflect.ValueOf(x.Countries), nil, loc)}}
			for i, c := range row {
				used[i] = used[i] || c.Text != ""
			}
			rows = append(rows, row)
		}
		used[0] = true
		for i, f := range cols {
			if used[i] {
				owner := "Subprocessor"
				if sf, _ := whitepaper.FieldByName(reflect.TypeFor[whitepaper.Subprocessor](), f); sf.Owner == reflect.TypeFor[whitepaper.Applicability]() {
					owner = "Applicability"
				}
				d.Head = append(d.Head, loc.Field(owner, f))
			}
		}
		for _, row := range rows {
			var r []txt
			for i, c := range row {
				if used[i] {
					r = append(r, c)
				}
			}
			d.Rows = append(d.Rows, r)
		}
	}
	if sp == nil || sp.ChangeNotice == nil {
		d.NoNotice = loc.Message("site.subprocessors.noNotice")
	} else {
		cn := sp.ChangeNotice
		if !cn.Lead.IsZero() {
			d.Notice = append(d.Notice, noticeRow{loc.Field("ChangeNotice", "lead"), txt{Text: loc.Duration(cn.Lead)}})
		}
		var chs []string
		for _, c := range cn.Channels {
			ch := locale.Enum(loc, c.Kind)
			if n, _ := doc.Text(c.Name, tag); n != "" {
				ch = loc.Message("site.subprocessors.channel", "kind", ch, "name", n)
			}
			chs = append(chs, ch)
		}
		if len(chs) > 0 {
			d.Notice = append(d.Notice, noticeRow{loc.Field("ChangeNotice", "channels"), txt{Text: strings.Join(chs, loc.Message("list.separator"))}})
		}
		if cn.Objection != nil {
			d.Notice = append(d.Notice, noticeRow{Value: txt{Text: loc.Message(fmt.Sprintf("fact.ChangeNotice.objection.%t", *cn.Objection))}})
		}
		if n := text(doc, cn.Note, tag, loc); n.Text != "" {
			d.Notice = append(d.Notice, noticeRow{loc.Field("ChangeNotice", "note"), n})
		}
		if len(d.Notice) == 0 {
			d.NoNotice = loc.Message("site.subprocessors.noNotice")
		}
	}
	d.HistoryHead = []string{loc.Field("Revision", "date"), loc.Field("Revision", "version"), loc.Message("site.subprocessors.change"),
		loc.Field("Subprocessor", "name"), loc.Message("site.subprocessors.details")}
	s.subHistory(lang, func(r *record, e subEvent) {
		version := r.version
		if version == "" {
			version = short(r.commit)
		}
		d.History = append(d.History, historyRow{Date: loc.Date(r.eff), Version: version, Href: "changelog" + s.suffix(lang) + ".html#v-" + r.slug,
			Status: e.Status, StatusText: loc.Message("diff.notice." + e.Status), Name: e.Name, Messages: e.Messages})
	})
	if len(d.History) == 0 {
		d.NoHistory = loc.Message("site.subprocessors.noHistory")
	}
	return d
}

var funcs = template.FuncMap{
	"t":   textsafe.StripBidi,
	"css": func() template.CSS { return template.CSS(render.Stylesheet() + siteStyle) },
}

// siteStyle is the CSS the changelog and subprocessor pages add to the
// whitepaper page's.
const siteStyle = `.impact{display:inline-block;min-width:5.5em;font-weight:600;font-size:.85em}
.impact.weakened{color:#a00}.impact.strengthened{color:#060}.impact.changed{color:#850}
ul.changes{list-style:none;padding-left:0}ul.changes li{margin:.2rem 0;display:grid;grid-template-columns:6em minmax(0,1fr)}
ul.changes .impact{padding-top:.1em}td .impact{font-size:inherit;min-width:0}
.meta,.note{color:#444;font-size:.95em}p.meta{margin:.2rem 0}.section{color:#444}
`

const head = `{{define "txt"}}{{if .Lang}}<span lang="{{.Lang}}">{{t .Text}}</span>{{else}}{{t .Text}}{{end}}{{end}}<!DOCTYPE html>
<html lang="{{t .Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{t .Title}}</title>
<style>
{{css}}</style>
</head>
<body>
<nav class="site"><ul>
{{range .Nav}}<li>{{if .Current}}<strong aria-current="page">{{t .Text}}</strong>{{else if .Href}}<a href="{{.Href}}"{{with .Lang}} hreflang="{{.}}" lang="{{.}}"{{end}}>{{t .Text}}</a>{{else}}{{t .Text}}{{end}}</li>
{{end}}</ul></nav>
<header>
<h1>{{t .Heading}}</h1>
</header>
<main>
`

var changelogTemplate = template.Must(template.New("changelog").Funcs(funcs).Parse(head + `{{if .Missing}}<section class="summary" id="missing">
<h2>{{t .MissingTitle}}</h2>
<ul>
{{range .Missing}}<li>{{t .}}</li>
{{end}}</ul>
</section>
{{end}}{{range .Versions}}{{$v := .}}<section id="{{.Anchor}}">
<h2><a href="{{.Href}}">{{t .Heading}}</a></h2>
{{range .Meta}}<p class="meta">{{t .}}</p>
{{end}}{{if .Entry}}<p class="caption">{{t .EntryTitle}}</p>
<ul>
{{range .Entry}}<li{{with $v.EntryLang}} lang="{{.}}"{{end}}>{{t .}}</li>
{{end}}</ul>
{{end}}{{if .Changes}}<p class="caption">{{t .ChangesTitle}}</p>
<ul class="changes">
{{range .Changes}}<li><span class="impact {{.Impact}}">{{t .ImpactText}}</span> <span><span class="section">{{t .Section}}:</span> {{t .Message}}</span></li>
{{end}}</ul>
{{end}}{{range .Notes}}<p class="note">{{t .}}</p>
{{end}}</section>
{{end}}</main>
</body>
</html>
`))

var subprocessorsTemplate = template.Must(template.New("subprocessors").Funcs(funcs).Parse(head + `<section id="current">
<h2>{{t .CurrentTitle}}</h2>
{{with .None}}<p>{{t .}}</p>
{{else}}<div class="scroll"><table>
<thead><tr>{{range .Head}}<th scope="col">{{t .}}</th>{{end}}</tr></thead>
<tbody>
{{range .Rows}}<tr>{{range $i, $c := .}}{{if eq $i 0}}<th scope="row" data-label="{{index $.Head $i}}">{{template "txt" $c}}</th>{{else}}<td data-label="{{index $.Head $i}}">{{template "txt" $c}}</td>{{end}}{{end}}</tr>
{{end}}</tbody>
</table></div>
{{end}}</section>
<section id="notice">
<h2>{{t .NoticeTitle}}</h2>
{{with .NoNotice}}<p>{{t .}}</p>
{{else}}<dl>
{{range .Notice}}{{if .Label}}<dt>{{t .Label}}</dt><dd>{{else}}<dd class="fact">{{end}}{{template "txt" .Value}}</dd>
{{end}}</dl>
{{end}}</section>
<section id="history">
<h2>{{t .HistoryTitle}}</h2>
{{with .NoHistory}}<p>{{t .}}</p>
{{else}}<div class="scroll"><table>
<thead><tr>{{range .HistoryHead}}<th scope="col">{{t .}}</th>{{end}}</tr></thead>
<tbody>
{{range .History}}<tr><td data-label="{{index $.HistoryHead 0}}">{{t .Date}}</td><td data-label="{{index $.HistoryHead 1}}"><a href="{{.Href}}">{{t .Version}}</a></td><td data-label="{{index $.HistoryHead 2}}"><span class="impact {{.Status}}">{{t .StatusText}}</span></td><th scope="row" data-label="{{index $.HistoryHead 3}}">{{t .Name}}</th><td data-label="{{index $.HistoryHead 4}}">{{range $i, $m := .Messages}}{{if $i}}<br>{{end}}{{t $m}}{{end}}</td></tr>
{{end}}</tbody>
</table></div>
{{end}}</section>
</main>
</body>
</html>
`))
