package render

import (
	"reflect"
	"slices"
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/wording"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// summary gives the key facts a buyer reads first, one line each: where
// data is kept, encryption in transit and at rest, backup, the incident
// notice deadline, deletion after the contract, certifications,
// subprocessors and the SLA. A fact the document does not state is said
// to be not stated, since its absence is a fact for the buyer too.
//
// Each line is built from the same statements as the section that holds
// the fact (see hedge, qualified, deadline, deletionWhen): what a section
// states is never "not stated" here, and a qualifier, a status, a bound or
// a plan the section shows is shown here too, so that the summary is never
// stronger than the document.
func (b *builder) summary() []row {
	doc := b.doc
	notStated := b.plain(b.loc.Message("summary.notStated"))
	fact := func(key string, value []span) row {
		if len(value) == 0 {
			value = notStated
		} else {
			value = append(value, b.lineHedges(key)...)
		}
		return row{Label: b.loc.Message(key), Value: value}
	}
	var rows []row

	var location []span
	if l := doc.DataLocation; l != nil {
		var regions [][]span
		countries := slices.Clone(l.Countries)
		for _, r := range l.Regions {
			switch {
			case !r.Name.IsZero():
				regions = append(regions, append([]span{b.text(r.Name)}, b.hedge(r.Applicability)...))
			case r.Code != "":
				// A region the document names by its code only.
				regions = append(regions, append(b.plain(r.Code), b.hedge(r.Applicability)...))
			}
			if len(l.Countries) == 0 && r.Country != "" && !slices.Contains(countries, whitepaper.Place(r.Country)) {
				// Without a list of countries, the regions' countries.
				countries = append(countries, whitepaper.Place(r.Country))
			}
		}
		location = b.value("countries", reflect.ValueOf(countries))
		if len(regions) > 0 {
			if len(location) > 0 {
				location = append(location, b.remark(b.joinGroups(regions))...)
			} else {
				location = b.joinGroups(regions)
			}
		}
		if l.Transfers != nil && *l.Transfers && len(location) > 0 {
			// The countries are where data is kept, not the only places
			// it may go.
			location = append(append(location, span{Text: b.loc.Message("summary.sentenceEnd")}),
				b.statement(reflect.TypeFor[whitepaper.DataLocation](), "transfers", true, &l.Notes)...)
		}
	}
	rows = append(rows, fact("summary.location", location))

	var transit, rest [][]span
	if c := doc.Cryptography; c != nil {
		for _, t := range c.InTransit {
			if t.Provided != nil && !*t.Provided {
				s := b.plain(b.loc.Message("summary.notEncrypted"))
				if t.Scope != "" {
					s = append(append(b.value("scope", reflect.ValueOf(t.Scope)), span{Text: b.loc.Message("summary.colon")}), s...)
				}
				transit = append(transit, append(s, b.hedge(t.Applicability)...))
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
			s = append(s, b.hedge(t.Applicability)...)
			if !containsGroup(transit, s) {
				transit = append(transit, s)
			}
		}
		for _, r := range c.AtRest {
			s := b.value("data", reflect.ValueOf(r.Data))
			s = append(s, span{Text: b.loc.Message("summary.colon")})
			s = append(s, b.value("method", reflect.ValueOf(r.Method))...)
			var about [][]span
			if r.Algorithm != "" {
				about = append(about, b.plain(r.Algorithm))
			}
			about = append(about, b.scope(r.Applicability)...)
			if len(about) > 0 {
				s = append(s, b.remark(b.joinGroups(about))...)
			}
			rest = append(rest, s)
		}
	}
	rows = append(rows, fact("summary.inTransit", b.items(transit)), fact("summary.atRest", b.items(rest)))

	var backup [][]span
	if bk := doc.Backup; bk != nil {
		if bk.Provided != nil && !*bk.Provided {
			backup = append(backup, b.statement(reflect.TypeFor[whitepaper.Backup](), "provided", false, nil))
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
			backup = append(backup, append(append(line, detail...), b.hedge(s.Applicability)...))
		}
		if len(backup) == 0 && bk.Provided != nil {
			// Backups stated as kept, with no details: the section's own
			// statement, not "not stated".
			backup = append(backup, b.statement(reflect.TypeFor[whitepaper.Backup](), "provided", *bk.Provided, nil))
		}
	}
	rows = append(rows, fact("summary.backup", b.items(backup)))

	var notice []span
	if ir := doc.IncidentResponse; ir != nil && ir.Notification != nil {
		if ir.Notification.Deadline.IsZero() {
			// Customers are told, by no stated deadline.
			notice = b.plain(b.loc.Message("summary.noDeadline"))
		} else {
			notice = b.deadline(ir.Notification)
		}
	}
	rows = append(rows, fact("summary.incidentNotice", notice))

	var deletion [][]span
	if d := doc.DataDeletion; d != nil {
		for i := range d.Rules {
			r := &d.Rules[i]
			if r.Trigger != whitepaper.TriggerContractEnd {
				continue
			}
			s := b.deletionWhen(r)
			if r.Data != "" {
				s = append(b.value("data", reflect.ValueOf(r.Data)), append([]span{{Text: b.loc.Message("summary.colon")}}, s...)...)
			}
			deletion = append(deletion, append(s, b.hedge(r.Applicability)...))
		}
	}
	rows = append(rows, fact("summary.deletion", b.items(deletion)))

	rows = append(rows, fact("summary.certifications", b.certifications()))
	rows = append(rows, fact("summary.subprocessors", b.subprocessorCount()))

	var sla [][]span
	if a := doc.Availability; a != nil {
		for _, s := range a.ServiceLevels {
			switch {
			case s.Provided != nil && !*s.Provided:
				sla = append(sla, append(b.plain(b.loc.Message("summary.noSLA")), b.hedge(s.Applicability)...))
			case !s.Target.IsZero():
				sla = append(sla, append(b.plain(b.loc.Percent(s.Target)), b.slaHedge(s)...))
			case s.Provided != nil:
				// An SLA stated as in place, with no target.
				sla = append(sla, append(b.statement(reflect.TypeFor[whitepaper.SLA](), "provided", true, nil), b.hedge(s.Applicability)...))
			}
		}
	}
	rows = append(rows, fact("summary.sla", b.items(sla)))
	return rows
}

// summaryFields lists, for each line of the key facts, the fields of
// sections it restates, as JSON Pointers (with a field of a record in
// them): a section's hedge on one of them ("qualified") shows on the line
// (TestMetamorphic reads this table).
var summaryFields = map[string][]string{
	"summary.location":       {"/dataLocation/countries", "/dataLocation/regions"},
	"summary.inTransit":      {"/cryptography/inTransit"},
	"summary.atRest":         {"/cryptography/atRest"},
	"summary.backup":         {"/backup/provided", "/backup/sets"},
	"summary.incidentNotice": {"/incidentResponse/notification", "/incidentResponse/notification/deadline", "/incidentResponse/notification/from", "/incidentResponse/notification/commitment"},
	"summary.deletion":       {"/dataDeletion/rules"},
	"summary.certifications": {"/certifications/certifications"},
	"summary.subprocessors":  {"/subprocessors/services", "/subprocessors/countries"},
	"summary.sla":            {"/availability/serviceLevels"},
}

// lineHedges are the sections' hedges on what a line of the key facts
// restates (see summaryFields).
func (b *builder) lineHedges(key string) []span {
	var out []span
	for _, ptr := range summaryFields[key] {
		sec, field, _ := strings.Cut(strings.TrimPrefix(ptr, "/"), "/")
		sf, ok := whitepaper.FieldByName(reflect.TypeFor[whitepaper.Document](), sec)
		if !ok {
			continue
		}
		sv := reflect.ValueOf(b.doc).Elem().FieldByIndex(sf.Index)
		if sv.IsNil() {
			continue
		}
		out = append(out, b.qualified(sv.Interface().(whitepaper.Section).SectionNotes(), field)...)
	}
	return out
}

// restated says which items of a model type the key facts restate, and
// which of their fields they word: a qualifier, status, bound or plan
// scope on such an item must show in the key facts as it does in the
// section (TestMetamorphic reads this table).
type restated struct {
	// item reports whether the key facts restate the item.
	item func(v reflect.Value) bool
	// fields are the fields of the item the key facts word.
	fields []string
}

func always(reflect.Value) bool { return true }

var summarized = map[reflect.Type]restated{
	reflect.TypeFor[whitepaper.Region](): {func(v reflect.Value) bool {
		r := v.Addr().Interface().(*whitepaper.Region)
		return !r.Name.IsZero() || r.Code != ""
	}, []string{"name", "code"}},
	reflect.TypeFor[whitepaper.TransitProtection](): {always, []string{"scope", "protocol", "minVersion"}},
	reflect.TypeFor[whitepaper.RestProtection]():    {always, []string{"data", "method", "algorithm"}},
	reflect.TypeFor[whitepaper.BackupSet](): {func(v reflect.Value) bool {
		s := v.Addr().Interface().(*whitepaper.BackupSet)
		return s.Method != "" || !s.Frequency.IsZero() || !s.Generations.IsZero() || !s.Sites.IsZero() || !s.Retention.IsZero()
	}, []string{"method", "frequency", "generations", "sites", "retention"}},
	reflect.TypeFor[whitepaper.Notification](): {always, []string{"deadline", "from", "commitment"}},
	reflect.TypeFor[whitepaper.DeletionRule](): {func(v reflect.Value) bool {
		return v.Addr().Interface().(*whitepaper.DeletionRule).Trigger == whitepaper.TriggerContractEnd
	}, []string{"after"}},
	reflect.TypeFor[whitepaper.Certification](): {always, []string{"standard", "holder", "status", "assessedBy"}},
	reflect.TypeFor[whitepaper.SLA](): {func(v reflect.Value) bool {
		s := v.Addr().Interface().(*whitepaper.SLA)
		return !s.Target.IsZero() || s.Provided != nil
	}, []string{"target", "provided"}},
}

// certifications words the certifications line: the vendor's own first,
// then each other holder's (a provider's), named as such: a buyer must not
// read a data centre's ISO/IEC 27001 as the vendor's. A certification that
// is not held (expired, suspended, withdrawn, in preparation, not held), a
// self-assessment and one limited to some plans or services say so, as
// the section does.
func (b *builder) certifications() []span {
	doc := b.doc
	c := doc.Certifications
	if c == nil {
		return nil
	}
	var holders []string
	certs := map[string][][]span{}
	seen := map[string]bool{}
	for _, x := range c.Certifications {
		h := x.Holder
		if h == doc.Vendor.ID {
			h = ""
		}
		name := b.value("standard", reflect.ValueOf(x.Standard))
		var about [][]span
		if x.Status != "" && x.Status != whitepaper.Certified {
			about = append(about, b.plain(locale.Enum(b.loc, x.Status)))
		}
		if x.AssessedBy == whitepaper.Internal {
			about = append(about, b.plain(b.loc.Message("summary.selfAssessed")))
		}
		if len(about) > 0 {
			name = append(name, b.remark(b.joinGroups(about))...)
		}
		if k := h + "\x00" + spansText(name); seen[k] {
			continue
		} else {
			seen[k] = true
		}
		if _, ok := certs[h]; !ok {
			holders = append(holders, h)
		}
		certs[h] = append(certs[h], name)
	}
	if i := slices.Index(holders, ""); i > 0 {
		holders = append([]string{""}, slices.Delete(holders, i, i+1)...)
	}
	var held [][]span
	names := wording.NewNames(doc)
	for _, h := range holders {
		s := b.joinGroups(certs[h])
		if h != "" {
			holder := wording.Ref(reflect.ValueOf(h), whitepaper.RefOrganization, names, b.loc)
			s = b.wrap("summary.heldBy", "names", s, "holder", holder)
		}
		if len(held) > 0 {
			held = append(held, b.plain(b.loc.Message("summary.groupSeparator")))
		}
		held = append(held, s)
	}
	return slices.Concat(held...)
}

// subprocessorCount words the subprocessors line: how many, and where
// they keep data, saying of how many: "15; 3 of 15 state a country: EU".
func (b *builder) subprocessorCount() []span {
	s := b.doc.Subprocessors
	if s == nil || len(s.Services) == 0 {
		return nil
	}
	n := b.loc.Number(int64(len(s.Services)))
	out := b.plain(b.loc.Message("summary.subprocessorCount", "n", n))
	if len(s.Countries) > 0 {
		// Said of the list as a whole: where all of them keep data.
		return append(out, b.wrap("summary.subprocessorsAll", "countries", b.value("countries", reflect.ValueOf(s.Countries)))...)
	}
	var countries []whitepaper.Place
	stating := 0
	for _, x := range s.Services {
		if len(x.Countries) > 0 {
			stating++
		}
		for _, c := range x.Countries {
			if !slices.Contains(countries, c) {
				countries = append(countries, c)
			}
		}
	}
	if stating == 0 {
		return out
	}
	before, after, _ := strings.Cut(b.loc.Message("summary.subprocessorCountries", "k", b.loc.Number(int64(stating)), "n", n, "countries", "\x00"), "\x00")
	out = append(out, span{Text: before})
	out = append(out, b.value("countries", reflect.ValueOf(countries))...)
	return append(out, span{Text: after})
}

// scope words what limits an item, as its section's columns show it: its
// qualifier ("Where possible"), then the plans and services it holds for.
func (b *builder) scope(a whitepaper.Applicability) [][]span {
	var out [][]span
	if a.Qualifier != "" {
		out = append(out, b.plain(locale.Enum(b.loc, a.Qualifier)))
	}
	if len(a.Plans) > 0 {
		out = append(out, b.wrap("summary.plans", "plans", b.value("plans", reflect.ValueOf(a.Plans))))
	}
	if len(a.Services) > 0 && len(a.Services) < len(b.doc.Services) {
		// Every service of the document is no limit.
		out = append(out, b.wrap("summary.services", "services", b.value("services", reflect.ValueOf(a.Services))))
	}
	return out
}

// hedge is an item's scope (see scope) as a remark after its value:
// "Databases: Encrypted (Where possible)".
func (b *builder) hedge(a whitepaper.Applicability) []span {
	if s := b.scope(a); len(s) > 0 {
		return b.remark(b.joinGroups(s))
	}
	return nil
}

// qualified is the remark a section puts after a field it hedges
// ("(In principle; …)"), or nothing when the section does not hedge it.
func (b *builder) qualified(n *whitepaper.Notes, field string) []span {
	if n == nil {
		return nil
	}
	var out []span
	for _, q := range n.Qualified {
		if q.Field != field {
			continue
		}
		hedge := []span{{Text: locale.Enum(b.loc, q.Qualifier)}}
		if !q.Note.IsZero() {
			hedge = append(hedge, span{Text: b.loc.Message("list.separator")}, b.text(q.Note))
		}
		out = append(out, b.remark(hedge)...)
	}
	return append(out, b.priced(n, field)...)
}

// listHedge is a section's hedge on a list it lays out as a table
// ("Backup sets (In principle)"), shown after the table, or nothing.
func (b *builder) listHedge(n *whitepaper.Notes, t reflect.Type, field string) []block {
	if h := b.qualified(n, field); len(h) > 0 {
		return []block{{Para: append(b.plain(b.label(t, field)), h...)}}
	}
	return nil
}

// statement is the sentence a section states for a yes/no field, with
// the section's hedge on it.
func (b *builder) statement(owner reflect.Type, field string, v bool, n *whitepaper.Notes) []span {
	return append(b.plain(b.loc.Message(locale.FactKey(owner.Name(), field, v))), b.qualified(n, field)...)
}

// deletionWhen words when a deletion rule deletes: "契約終了から90日以内",
// "within 90 days after the contract ends"; without a period, "after the
// contract ends (no period stated)". The rule's table and the key facts
// both use it.
func (b *builder) deletionWhen(r *whitepaper.DeletionRule) []span {
	event := b.loc.Message("deletion.event." + string(r.Trigger))
	if r.After.IsZero() {
		return b.plain(b.loc.Message("deletion.noPeriod", "event", event))
	}
	return b.plain(b.loc.Message("deletion.after", "d", b.loc.Duration(r.After), "event", event))
}

// items puts the items of a key facts line one after another with the
// locale's group separator ("; ", "／"): an item ("Databases: daily, 7
// generations") has commas of its own.
func (b *builder) items(groups [][]span) []span {
	return joinWith(groups, b.loc.Message("summary.groupSeparator"))
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
