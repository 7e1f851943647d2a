package site

import (
	"bytes"
	"encoding/json"

	"github.com/openwhitepaper/whitepaper/diff"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// The formats of the JSON files; each changes only when a field is
// removed or changes meaning. Their schemas are site/changes.schema.json
// and site/subprocessors.schema.json.
const (
	ChangesFormat       = "openwhitepaper-site-changes/1"
	SubprocessorsFormat = "openwhitepaper-site-subprocessors/1"
)

// Changes is the content of changes.json: every version, newest first,
// with the diff report of its changes since the version before it.
type Changes struct {
	Format   string         `json:"format"`
	Language string         `json:"language"`
	Versions []ChangesEntry `json:"versions"`
}

// ChangesEntry is one version in changes.json.
type ChangesEntry struct {
	Version string `json:"version,omitempty"`
	// Date is the version's effective date: the document's date, or the
	// commit's day.
	Date   string `json:"date"`
	Commit string `json:"commit,omitempty"`
	// Page and Source are the version's page and its YAML in the site.
	Page   string `json:"page"`
	Source string `json:"source"`
	// Revision is the revision entry: the vendor's own, or one drafted
	// from the changes (RevisionSource says which).
	Revision       []string `json:"revision"`
	RevisionSource string   `json:"revisionSource,omitempty"`
	// Diff is the diff report since the version before; absent for the
	// first version and for one that cannot be compared (Error says why).
	Diff  *diff.Report `json:"diff,omitempty"`
	Error string       `json:"error,omitempty"`
}

// Subprocessors is the content of subprocessors.json: today's list, the
// notice commitment, and the history of changes, newest first.
type Subprocessors struct {
	Format   string                    `json:"format"`
	Language string                    `json:"language"`
	Version  string                    `json:"version,omitempty"`
	Date     string                    `json:"date"`
	Current  []whitepaper.Subprocessor `json:"current"`
	Notice   *whitepaper.ChangeNotice  `json:"notice,omitempty"`
	History  []SubprocessorChange      `json:"history"`
}

// SubprocessorChange is one subprocessor added, removed or changed in a
// version.
type SubprocessorChange struct {
	Date     string   `json:"date"`
	Version  string   `json:"version,omitempty"`
	Commit   string   `json:"commit,omitempty"`
	Change   string   `json:"change"`
	Name     string   `json:"name"`
	Messages []string `json:"messages"`
}

// changesEntry records the entry of version v (prev the one before, nil
// for the first) in changes.json, in the first language: classified are
// its changes, es the same worded and ordered.
func (s *builder) changesEntry(v, prev *Version, r *record, classified []diff.Classified, es []diff.Explained) {
	loc := s.loc(0)
	lines, vendor, _ := entry(v, prev, r.compareErr, loc, es)
	e := ChangesEntry{Version: v.Doc.Version, Date: r.eff.String(), Commit: v.Commit, Page: s.pageName(r, 0),
		Source: s.yamlName(r), Revision: lines}
	if e.Revision == nil {
		e.Revision = []string{}
	}
	if len(lines) > 0 {
		e.RevisionSource = "drafted"
		if vendor {
			e.RevisionSource = "vendor"
		}
	}
	switch {
	case r.compareErr != nil:
		e.Error = r.compareErr.Error()
	case prev != nil:
		rep := diff.NewReport(diff.Explain(classified, loc), prev.Doc, v.Doc, loc)
		e.Diff = &rep
	}
	r.changes = e
}

func (s *builder) json() error {
	loc := s.loc(0)
	ch := Changes{Format: ChangesFormat, Language: loc.Tag().String(), Versions: []ChangesEntry{}}
	for i := len(s.recs) - 1; i >= 0; i-- {
		ch.Versions = append(ch.Versions, s.recs[i].changes)
	}
	cur := s.last()
	sp := Subprocessors{Format: SubprocessorsFormat, Language: loc.Tag().String(), Version: cur.version,
		Date: cur.eff.String(), Current: []whitepaper.Subprocessor{}, History: []SubprocessorChange{}}
	if p := s.cur.Doc.Subprocessors; p != nil {
		sp.Current = append(sp.Current, p.Services...)
		sp.Notice = p.ChangeNotice
	}
	s.subHistory(0, func(r *record, e subEvent) {
		sp.History = append(sp.History, SubprocessorChange{Date: r.eff.String(), Version: r.version, Commit: r.commit,
			Change: e.Status, Name: e.Name, Messages: e.Messages})
	})
	for _, name := range []string{"changes.json", "subprocessors.json"} {
		x := map[string]any{"changes.json": ch, "subprocessors.json": sp}[name]
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(x); err != nil {
			return err
		}
		if err := s.w.write(name, b.Bytes()); err != nil {
			return err
		}
	}
	return nil
}
