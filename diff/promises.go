package diff

import (
	"reflect"
	"slices"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

var promiseType = reflect.TypeFor[whitepaper.Promise]()

// promiseRule is the rule stem of a promise's value: its value form and
// its topic's direction, such as "promise-duration-lower". Promises of
// every topic with the same form and direction share their rules, worded
// by the generic message of their sort of value; "" for a topic with no
// direction.
func promiseRule(form whitepaper.ValueForm, better whitepaper.Better) string {
	if better == whitepaper.Unordered {
		return ""
	}
	return "promise-" + string(form) + "-" + string(better)
}

// promiseField gives the value field of a promise (subject of the change)
// the direction its topic declares, so that a changed value is compared
// by package meaning like the value of a dedicated field: a promise to
// notify "within 2 hours" that becomes "within 4 hours" is weakened. Any
// other field is returned as it is.
func promiseField(subj *subject, f whitepaper.Field) whitepaper.Field {
	if subj == nil || f.Owner != promiseType {
		return f
	}
	var topic whitepaper.PromiseTopic
	for _, v := range []reflect.Value{subj.new, subj.old} {
		if p, ok := reflect.Indirect(v).Interface().(whitepaper.Promise); ok && p.Topic != "" {
			topic = p.Topic
			break
		}
	}
	if string(topic.Form()) != f.Name {
		return f
	}
	if rule := promiseRule(topic.Form(), topic.Better()); rule != "" {
		f.Better, f.Rule = topic.Better(), rule
	}
	f.Allowance = topic.IsAllowance()
	return f
}

// promiseDirections are the directions of promises' values, one per value
// form and direction that a topic declares.
func promiseDirections() []direction {
	var out []direction
	for _, topic := range whitepaper.PromiseTopic("").Values() {
		name := promiseRule(topic.Form(), topic.Better())
		if name == "" || slices.ContainsFunc(out, func(d direction) bool { return d.name == name }) {
			continue
		}
		f, _ := whitepaper.FieldByName(promiseType, string(topic.Form()))
		d := direction{typ: "Promise", field: f.Name, name: name, higher: Strengthened, kind: valueKind(f.Type),
			why: "a promise whose topic declares a " + map[bool]string{true: "higher", false: "lower"}[topic.Better() == whitepaper.Higher || topic.Better() == whitepaper.True] + " value better for the customer"}
		if topic.Better() == whitepaper.Lower || topic.Better() == whitepaper.False {
			d.higher = Weakened
		}
		out = append(out, d)
	}
	return out
}

func init() { directions = append(directions, promiseDirections()...) }
