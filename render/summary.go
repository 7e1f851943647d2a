package render

import (
	"reflect"
	"slices"
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/wording"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// summary gives the key facts a buyer reads first, one line each: where
// data is kept, encryption in transit and at rest, backup, the incident
// notice deadline, deletion after the contract, certifications,
// subprocessors and the SLA. A fact the document does not state is said
// to be not stated, since its absence is a fact for the buyer too.
func (b *builder) summary() []row {
	doc := b.doc
	notStated := b.plain(b.loc.Message("summary.notStated"))
	fact := func(key string, value []span) row {
		if len(value) == 0 {
			value = notStated
		}
		return row{Label: b.loc.Message(key), Value: value}
	}
	var rows []row

	var location []span
	if l := doc.DataLocation; l != nil {
		var regions [][]span
		for _, r := range l.Regions {
			if !r.Name.IsZero() {
				regions = append(regions, []span{b.text(r.Name)})
			}
		}
		location = b.value("countries", reflect.ValueOf(l.Countries))
		if len(regions) > 0 {
			if len(location) > 0 {
				location = append(location, b.remark(b.joinGroups(regions))...)
			} else {
				location = b.joinGroups(regions)
			}
		}
	}
	rows = append(rows, fact("summary.location", location))

	var transit, rest [][]span
	if c := doc.Cryptography; c != nil {
		for _, t := range c.InTransit {
			if t.Provided != nil && !*t.Provided {
				transit = append(transit, b.plain(b.loc.Message("summary.notEncrypted")))
				continue
			}
			var g [][]span
			proto := b.value("protocol", reflect.ValueOf(t.Protocol))
			if t.MinVersion != "" {
				v := spansText(b.value("minVersion", reflect.ValueOf(t.MinVersion)))
				if p := spansText(proto); p != "" && strings.Contains(p, strings.Fields(v)[0]) {
					proto = nil // "TLS 1.2 or later" says the protocol
				}
				g = append(g, proto, b.plain(b.loc.Message("summary.minVersion", "v", v)))
			} else {
				g = append(g, proto)
			}
			s := joinSpaced(g)
			if len(s) == 0 {
				s = b.plain(b.loc.Message("summary.encrypted"))
			}
			if t.Scope != "" {
				s = append(append(b.value("scope", reflect.ValueOf(t.Scope)), span{Text: b.loc.Message("summary.colon")}), s...)
			}
			if !containsGroup(transit, s) {
				transit = append(transit, s)
			}
		}
		for _, r := range c.AtRest {
			s := b.value("data", reflect.ValueOf(r.Data))
			s = append(s, span{Text: b.loc.Message("summary.colon")})
			s = append(s, b.value("method", reflect.ValueOf(r.Method))...)
			if r.Algorithm != "" {
				s = append(s, b.remark(b.plain(r.Algorithm))...)
			}
			rest = append(rest, s)
		}
	}
	rows = append(rows, fact("summary.inTransit", b.joinGroups(transit)), fact("summary.atRest", b.joinGroups(rest)))

	var backup [][]span
	if bk := doc.Backup; bk != nil {
		if bk.Provided != nil && !*bk.Provided {
			backup = append(backup, b.plain(b.loc.Message("summary.noBackup")))
		}
		for _, s := range bk.Sets {
			var g [][]span
			for _, v := range []struct {
				name string
				v    any
			}{{"method", s.Method}, {"frequency", s.Frequency}, {"generations", s.Generations}, {"sites", s.Sites}} {
				g = append(g, b.value(v.name, reflect.ValueOf(v.v)))
			}
			if !s.Retention.IsZero() {
				g = append(g, b.plain(b.loc.Message("summary.kept", "d", b.loc.Duration(s.Retention))))
			}
			detail := b.joinGroups(g)
			if len(detail) == 0 {
				continue
			}
			line := b.value("data", reflect.ValueOf(s.Data))
			line = append(line, span{Text: b.loc.Message("summary.colon")})
			backup = append(backup, append(line, detail...))
		}
	}
	rows = append(rows, fact("summary.backup", b.joinGroups(backup)))

	var notice []span
	if ir := doc.IncidentResponse; ir != nil && ir.Notification != nil && !ir.Notification.Deadline.IsZero() {
		notice = b.deadline(ir.Notification)
	}
	rows = append(rows, fact("summary.incidentNotice", notice))

	var deletion [][]span
	if d := doc.DataDeletion; d != nil {
		for _, r := range d.Rules {
			if r.Trigger != whitepaper.TriggerContractEnd || r.After.IsZero() {
				continue
			}
			s := b.plain(b.loc.Message("summary.deletionAfter", "d", b.loc.Duration(r.After)))
			if r.Data != "" {
				s = append(b.value("data", reflect.ValueOf(r.Data)), append([]span{{Text: b.loc.Message("summary.colon")}}, s...)...)
			}
			deletion = append(deletion, s)
		}
	}
	rows = append(rows, fact("summary.deletion", b.joinGroups(deletion)))

	// The vendor's own certifications first, then each other holder's
	// (a provider's), named as such: a buyer must not read a data centre's
	// ISO/IEC 27001 as the vendor's.
	var holders []string
	certs := map[string][]whitepaper.Standard{}
	if c := doc.Certifications; c != nil {
		for _, x := range c.Certifications {
			h := x.Holder
			if h == doc.Vendor.ID {
				h = ""
			}
			if (x.Status == "" || x.Status == whitepaper.Certified) && !slices.Contains(certs[h], x.Standard) {
				if _, seen := certs[h]; !seen {
					holders = append(holders, h)
				}
				certs[h] = append(certs[h], x.Standard)
			}
		}
	}
	if i := slices.Index(holders, ""); i > 0 {
		holders = append([]string{""}, slices.Delete(holders, i, i+1)...)
	}
	var held [][]span
	names := wording.NewNames(doc)
	for _, h := range holders {
		s := b.value("standard", reflect.ValueOf(certs[h]))
		if h != "" {
			s = b.plain(b.loc.Message("summary.heldBy", "names", spansText(s),
				"holder", wording.Ref(reflect.ValueOf(h), whitepaper.RefOrganization, names, b.loc)))
		}
		if len(held) > 0 {
			held = append(held, b.plain(b.loc.Message("summary.groupSeparator")))
		}
		held = append(held, s)
	}
	rows = append(rows, fact("summary.certifications", slices.Concat(held...)))

	var subs []span
	if s := doc.Subprocessors; s != nil && len(s.Services) > 0 {
		countries := slices.Clone(s.Countries)
		for _, x := range s.Services {
			for _, c := range x.Countries {
				if !slices.Contains(countries, c) {
					countries = append(countries, c)
				}
			}
		}
		n := b.loc.Number(int64(len(s.Services)))
		if len(countries) == 0 {
			subs = b.plain(b.loc.Message("summary.subprocessorCount", "n", n))
		} else {
			before, after, _ := strings.Cut(b.loc.Message("summary.subprocessorCountries", "n", n, "countries", "\x00"), "\x00")
			subs = append(b.plain(before), b.value("countries", reflect.ValueOf(countries))...)
			subs = append(subs, span{Text: after})
		}
	}
	rows = append(rows, fact("summary.subprocessors", subs))

	var sla [][]span
	if a := doc.Availability; a != nil {
		for _, s := range a.ServiceLevels {
			switch {
			case s.Provided != nil && !*s.Provided:
				sla = append(sla, b.plain(b.loc.Message("summary.noSLA")))
			case !s.Target.IsZero():
				sla = append(sla, b.plain(b.loc.Percent(s.Target)))
			}
		}
	}
	rows = append(rows, fact("summary.sla", b.joinGroups(sla)))
	return rows
}

// joinSpaced puts non-empty groups one after another with a space.
func joinSpaced(groups [][]span) []span {
	var out []span
	for _, g := range groups {
		if len(g) == 0 {
			continue
		}
		if len(out) > 0 {
			out = append(out, span{Text: " "})
		}
		out = append(out, g...)
	}
	return out
}

// containsGroup reports whether groups already hold spans with the same text.
func containsGroup(groups [][]span, s []span) bool {
	for _, g := range groups {
		if spansText(g) == spansText(s) {
			return true
		}
	}
	return false
}
