package render

import (
	"reflect"
	"strings"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

var promisedType = reflect.TypeFor[whitepaper.Promised]()

// promises lays out a section's typed promises, one sentence each:
// "Outage notice: within 2 hours (party: Account owner; Target)", with
// the vendor's wording under it. Every hedge of a promise (its firmness,
// qualifier, plans and services) stays beside its value.
func (b *builder) promises(ps []whitepaper.Promise) []block {
	if len(ps) == 0 {
		return nil
	}
	rows := make([]row, 0, len(ps))
	for _, p := range ps {
		rows = append(rows, b.promise(p))
	}
	return []block{{Title: b.label(promisedType, "promises"), Rows: rows}}
}

// promise words one promise as a statement row.
func (b *builder) promise(p whitepaper.Promise) row {
	var value, sentence []span
	if f, v, ok := p.Value(); ok {
		if x, ok := v.Interface().(*bool); ok && x != nil {
			value = b.plain(b.loc.Message(map[bool]string{true: "promise.yes", false: "promise.no"}[*x]))
			// A yes/no promise worded as the vendor states it, where the
			// catalog has the sentence: "We do not reduce the security
			// of the service during the term.", not "…: yes".
			if key := locale.PromiseFactKey(string(p.Topic), *x); b.loc.Has(key) {
				sentence = b.plain(b.loc.Message(key))
			}
		} else {
			value = b.value(f.Name, v)
		}
	}
	if sentence == nil {
		sentence = b.sentence2("promise.value", b.value("topic", reflect.ValueOf(p.Topic)), value)
	}
	var groups [][]span
	if p.Party != "" {
		groups = append(groups, b.wrap("promise.party", "party", b.plain(locale.Enum(b.loc, p.Party))))
	}
	if p.Commitment != "" {
		groups = append(groups, b.plain(locale.Enum(b.loc, p.Commitment)))
	}
	groups = append(groups, b.scope(p.Applicability)...)
	if len(groups) > 0 {
		sentence = append(sentence, b.remark(b.joinGroups(groups))...)
	}
	r := row{Value: sentence}
	if !p.Note.IsZero() {
		r.Sub = []row{{Value: []span{b.text(p.Note)}}}
	}
	return r
}

// sentence2 is a message with two placeholders, {topic} and {value},
// each replaced by spans that keep their languages and links.
func (b *builder) sentence2(key string, topic, value []span) []span {
	msg := b.loc.Message(key, "topic", "\x01", "value", "\x02")
	var out []span
	for msg != "" {
		i := strings.IndexAny(msg, "\x01\x02")
		if i < 0 {
			out = append(out, span{Text: msg})
			break
		}
		if i > 0 {
			out = append(out, span{Text: msg[:i]})
		}
		if msg[i] == '\x01' {
			out = append(out, topic...)
		} else {
			out = append(out, value...)
		}
		msg = msg[i+1:]
	}
	return out
}
