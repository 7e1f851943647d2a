package compare

import (
	"reflect"
	"slices"
	"strings"

	"github.com/openwhitepaper/whitepaper/internal/wording"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/meaning"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// addPromises adds to t a row for each topic of typed promises that any
// of the documents states in a section: one row per section and topic,
// ranked by the topic's direction, after the section's other rows.
func addPromises(t *Table, docs []*whitepaper.Document, names []*wording.Names, loc *locale.Locale) {
	var out []Section
	have := map[whitepaper.SectionID]Section{}
	for _, s := range t.Sections {
		have[s.ID] = s
	}
	for _, info := range whitepaper.Sections() {
		s, ok := have[info.ID]
		rows := promiseRows(docs, info, names, loc)
		if !ok && len(rows) == 0 {
			continue
		}
		if !ok {
			s = Section{ID: info.ID, Title: loc.Section(info.ID)}
		}
		s.Rows = append(s.Rows, rows...)
		out = append(out, s)
	}
	t.Sections = out
}

// sectionPromises returns the promises a document states in a section.
func sectionPromises(d *whitepaper.Document, id whitepaper.SectionID) []whitepaper.Promise {
	if d == nil {
		return nil
	}
	if s := d.Section(id); s != nil {
		return s.SectionNotes().Promises
	}
	return nil
}

// promiseRows are the rows of a section's promises, one per topic, in
// the order of the topics' vocabulary and then of extension topics.
func promiseRows(docs []*whitepaper.Document, info whitepaper.SectionInfo, names []*wording.Names, loc *locale.Locale) []Row {
	var topics []whitepaper.PromiseTopic
	label := map[whitepaper.PromiseTopic]string{}
	for i, d := range docs {
		for _, p := range sectionPromises(d, info.ID) {
			if !slices.Contains(topics, p.Topic) {
				topics = append(topics, p.Topic)
				label[p.Topic] = wording.Value(reflect.ValueOf(p.Topic), names[i], loc)
			}
		}
	}
	order := whitepaper.PromiseTopic("").Values()
	slices.SortStableFunc(topics, func(a, b whitepaper.PromiseTopic) int {
		i, j := slices.Index(order, a), slices.Index(order, b)
		switch {
		case i < 0 && j < 0:
			return strings.Compare(string(a), string(b))
		case i < 0:
			return 1
		case j < 0:
			return -1
		}
		return i - j
	})
	var rows []Row
	for _, topic := range topics {
		row := Row{Field: "/" + info.Field + "/promises/*[topic=" + string(topic) + "]", Label: label[topic], Better: topic.Better()}
		for i, d := range docs {
			row.Cells = append(row.Cells, promiseCell(sectionPromises(d, info.ID), topic, names[i], loc))
		}
		rank(&row)
		for i := range row.Cells {
			row.Cells[i].cmp = nil
		}
		rows = append(rows, row)
	}
	return rows
}

// promiseCell is what one document promises on a topic: each promise
// with its party, hedges and plans.
func promiseCell(ps []whitepaper.Promise, topic whitepaper.PromiseTopic, n *wording.Names, loc *locale.Locale) Cell {
	c := Cell{State: NotStated}
	scoped := true
	for _, p := range ps {
		f, v, ok := p.Value()
		if p.Topic != topic || !ok {
			continue
		}
		var text string
		if b, ok := v.Interface().(*bool); ok {
			text = loc.Message(map[bool]string{true: "promise.yes", false: "promise.no"}[*b])
		} else {
			text = wording.Field(f, v, n, loc)
		}
		if p.Party != "" {
			text = loc.Message("compare.item", "name", wording.Value(reflect.ValueOf(p.Party), n, loc), "value", text)
		}
		fact := meaning.Fact{Field: f, Value: v, Qualifier: p.Qualifier, Status: meaning.Held, Commitment: p.Commitment, Plans: p.Plans, Services: p.Services}
		hs := hedges(fact, text, n, loc)
		if len(p.Services) > 0 {
			// A promise for some services only says so, as a page does.
			hs = append(hs, loc.Message("summary.services", "services", wording.Ref(reflect.ValueOf(p.Services), whitepaper.RefService, n, loc)))
		}
		if len(hs) > 0 {
			text = loc.Message("compare.hedged", "value", text, "hedges", strings.Join(hs, loc.Message("list.separator")))
		}
		c.Items = append(c.Items, text)
		scoped = scoped && len(p.Plans) > 0
		if !p.Scoped() {
			c.cmp = append(c.cmp, fact)
		}
		for _, pl := range p.Plans {
			if w := wording.Ref(reflect.ValueOf(pl), whitepaper.RefPlan, n, loc); !slices.Contains(c.Plans, w) {
				c.Plans = append(c.Plans, w)
			}
		}
	}
	switch {
	case len(c.Items) == 0:
		return c
	case scoped:
		c.State, c.cmp = PlanDependent, nil
	default:
		c.State, c.Plans = Stated, nil
	}
	c.Value = strings.Join(c.Items, loc.Message("compare.separator"))
	return c
}
