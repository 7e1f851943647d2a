package site

import (
	"bytes"
	"crypto/sha1"
	"encoding/xml"
	"fmt"
	"strings"
	"time"

	"github.com/openwhitepaper/whitepaper/diff"
	"github.com/openwhitepaper/whitepaper/internal/textsafe"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// An Atom feed (RFC 4287), with what the feeds of a site use.
type atomFeed struct {
	XMLName   xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang      string      `xml:"xml:lang,attr"`
	ID        string      `xml:"id"`
	Title     string      `xml:"title"`
	Updated   string      `xml:"updated"`
	Author    atomPerson  `xml:"author"`
	Generator string      `xml:"generator"`
	Links     []atomLink  `xml:"link"`
	Entries   []atomEntry `xml:"entry"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomEntry struct {
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Content atomContent `xml:"content"`
}

type atomContent struct {
	Type string `xml:"type,attr"`
	Text string `xml:",chardata"`
}

// feedID is a urn:uuid made from the parts (a name-based UUID, version 5
// layout, over SHA-1): the same parts always give the same ID.
func feedID(parts ...string) string {
	h := sha1.Sum([]byte("openwhitepaper-site\x00" + strings.Join(parts, "\x00")))
	h[6] = h[6]&0x0f | 0x50
	h[8] = h[8]&0x3f | 0x80
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}

// atomTime is the instant a date starts, in UTC, as Atom writes it.
func atomTime(d whitepaper.Date) string {
	m, day := max(d.Month, 1), max(d.Day, 1)
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC).Format(time.RFC3339)
}

// identity names the document across versions: its vendor and services.
func (s *builder) identity() string {
	doc := s.cur.Doc
	id := doc.Vendor.ID
	for _, sv := range doc.Services {
		id += "/" + sv.ID
	}
	return id
}

func (s *builder) feed(kind, titleKey string) atomFeed {
	loc := s.loc(0)
	doc := s.cur.Doc
	vendor, _ := doc.Text(doc.Vendor.Name, s.langs[0])
	return atomFeed{
		Lang:      loc.Tag().String(),
		ID:        feedID(s.identity(), kind),
		Title:     clean(loc.Message(titleKey, "title", title(doc, s.langs[0], loc))),
		Updated:   atomTime(s.last().eff),
		Author:    atomPerson{Name: clean(vendor)},
		Generator: "openwhitepaper whitepaper site",
		Links:     []atomLink{{Rel: "self", Type: "application/atom+xml", Href: kind + ".atom"}, {Rel: "alternate", Type: "text/html", Href: "index.html"}},
	}
}

// feedEntry records the entry of version v (prev the one before, nil for
// the first) in the feed of versions, es its changes in the first
// language.
func (s *builder) feedEntry(v, prev *Version, r *record, es []diff.Explained) {
	loc := s.loc(0)
	lines, _, _ := entry(v, prev, r.compareErr, loc, es)
	switch {
	case prev == nil && len(lines) == 0:
		lines = append(lines, loc.Message("site.changelog.first"))
	case r.compareErr != nil:
		lines = append(lines, loc.Message("site.changelog.compareFailed", "error", r.compareErr.Error()))
	case prev != nil:
		lines = append(lines, diff.Summary(es, loc))
	}
	r.feed = atomEntry{
		ID:      feedID(s.identity(), "versions", r.key),
		Title:   clean(r.langs[0].heading),
		Updated: atomTime(r.eff),
		Links:   []atomLink{{Rel: "alternate", Type: "text/html", Href: "changelog.html#v-" + r.slug}},
		Content: atomContent{Type: "text", Text: clean(strings.Join(lines, "\n"))},
	}
}

// feeds writes versions.atom and subprocessors.atom, in the first
// language, newest first.
func (s *builder) feeds() error {
	loc := s.loc(0)
	versions := s.feed("versions", "site.feed.versions")
	for i := len(s.recs) - 1; i >= 0; i-- {
		versions.Entries = append(versions.Entries, s.recs[i].feed)
	}
	subs := s.feed("subprocessors", "site.feed.subprocessors")
	s.subHistory(0, func(r *record, e subEvent) {
		subs.Entries = append(subs.Entries, atomEntry{
			ID:      feedID(s.identity(), "subprocessors", r.key, e.Status, e.Name),
			Title:   clean(loc.Message("site.feed.subprocessor", "status", loc.Message("diff.notice."+e.Status), "name", e.Name, "version", r.langs[0].heading)),
			Updated: atomTime(r.eff),
			Links:   []atomLink{{Rel: "alternate", Type: "text/html", Href: "subprocessors.html#history"}},
			Content: atomContent{Type: "text", Text: clean(strings.Join(e.Messages, "\n"))},
		})
	})
	for name, f := range map[string]atomFeed{"versions.atom": versions, "subprocessors.atom": subs} {
		var b bytes.Buffer
		b.WriteString(xml.Header)
		enc := xml.NewEncoder(&b)
		enc.Indent("", "  ")
		if err := enc.Encode(f); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		b.WriteString("\n")
		if err := s.w.write(name, b.Bytes()); err != nil {
			return err
		}
	}
	return nil
}

// clean drops what XML 1.0 cannot carry (control characters) and the
// bidirectional controls the pages drop too.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r != '\n' && r != '\t' && textsafe.IsControl(r) || r == 0xFFFE || r == 0xFFFF {
			return -1
		}
		return r
	}, textsafe.StripBidi(s))
}
