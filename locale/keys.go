package locale

import (
	"encoding"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// RequiredKeys lists the keys every locale must have: a title for each
// standard section, a label for each value of each closed vocabulary of
// the model, and the fixed phrases for values (units, bounds, dates).
func RequiredKeys() []string {
	keys := slices.Clone(phraseKeys)
	for _, s := range whitepaper.Sections() {
		keys = append(keys, SectionKey(s.ID))
	}
	for _, t := range enumTypes() {
		vals := reflect.Zero(t).MethodByName("Values").Call(nil)[0]
		for i := range vals.Len() {
			keys = append(keys, "enum."+t.Name()+"."+vals.Index(i).String())
		}
	}
	for _, t := range structTypes() {
		for _, f := range fieldNames(t) {
			keys = append(keys, FieldKey(t.Name(), f))
		}
	}
	for _, u := range whitepaper.CountUnits {
		keys = append(keys, "count."+string(u)+".one", "count."+string(u)+".other")
	}
	for _, u := range whitepaper.Units {
		keys = append(keys, DurationKey(u)+".one", DurationKey(u)+".other", UnitKey(u))
	}
	for _, t := range whitepaper.Trigger("").Values() {
		keys = append(keys, "deletion.event."+string(t)) // the event a deletion delay runs from: "契約終了", "the contract ends"
	}
	for _, a := range whitepaper.Anchor("").Values() {
		keys = append(keys, "notice.event."+string(a)) // what a notice deadline runs from: "発生", "occurrence"
	}
	for _, p := range whitepaper.Areas {
		keys = append(keys, "place."+string(p))
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// SectionKey is the key of a standard section's title.
func SectionKey(id whitepaper.SectionID) string { return "section." + string(id) }

// FieldKey is the key of the label of a field of a model type, such as
// "field.BackupSet.generations".
func FieldKey(typeName, field string) string { return "field." + typeName + "." + field }

// FactKey is the key of the statement a page makes of a yes/no field in
// one state, such as "fact.ChangeNotice.objection.true" ("The customer
// can object to the change.").
func FactKey(typeName, field string, b bool) string {
	return "fact." + typeName + "." + field + "." + strconv.FormatBool(b)
}

// PromiseFactKey is the key of the statement a page makes of a yes/no
// promise in one state, such as "promise.fact.escrow.false" ("Programs
// and configuration are not held in escrow."); a topic without one is
// worded as its label and a yes or a no.
func PromiseFactKey(topic string, b bool) string {
	return "promise.fact." + topic + "." + strconv.FormatBool(b)
}

// EnumKey is the key of the label of a value of a closed vocabulary, such
// as "enum.Role.vendor".
func EnumKey[T ~string](v T) string {
	return "enum." + reflect.TypeFor[T]().Name() + "." + string(v)
}

// phraseKeys are the fixed phrases, with their placeholders.
//
// Besides these, a locale may word a yes/no field as a statement in each
// state, "fact.TYPE.FIELD.true" and "fact.TYPE.FIELD.false"
// ("fact.DeletionRule.irreversible.true": "削除したデータは復元できません。");
// the renderer uses them in place of the field's label and a generic
// "provided", and a test checks that each names a yes/no field and has its twin.
var phraseKeys = []string{
	"duration.within",      // {d}
	"duration.atLeast",     // {d}
	"duration.about",       // {d}
	"duration.indefinite",  //
	"duration.immediate",   //
	"duration.prompt",      //
	"duration.unspecified", // a fixed period
	"duration.inAdvance",   // in advance
	"duration.moreThan",    // {d}: more than 180 days
	"duration.lessThan",    // {d}: less than 1 hour
	"count.moreThan",       // {c}
	"count.lessThan",       // {c}
	"duration.few",         // {unit}: a few hours
	"duration.range",       // {lo} {d}: 5-10 minutes
	"count.within",         // {c}  (at most)
	"count.atLeast",        // {c}
	"count.about",          // {c}
	"frequency.hour",       // hourly
	"frequency.day",        // daily
	"frequency.week",       // weekly
	"frequency.month",      // monthly
	"frequency.year",       // yearly
	"frequency.every",      // {d}
	"frequency.everyFew",   // {unit}: every few hours
	"frequency.about",      // {f}
	"frequency.continuous",
	"frequency.periodic",
	"frequency.perRelease",
	"frequency.asNeeded",
	"date.year",   // a time.Format layout for a year, such as "2006年"
	"date.month",  // a time.Format layout for a month, such as "January 2006"
	"date.day",    // a time.Format layout for a day, such as "2006年1月2日"
	"date.asOf",   // {date}
	"value.true",  // a stated fact: provided / yes
	"value.false", // stated as explicitly not provided
	"table.true",  // a yes/no fact in a table cell under its column's name: "Yes", "あり"
	"table.false", // "No", "なし"
	"value.notStated",
	"list.separator",      // between the items of a list within a line: "、" or ", "
	"list.open",           // {items}: an open list, "{items}など", "{items}, etc."
	"list.others",         // an item that stands for the others: "その他", "others"
	"value.parenthesized", // {s}: a remark after a value, "（{s}）", "({s})"
	"money",               // {n} {currency}
	"schedule.always", "schedule.allDay", "schedule.span", "schedule.part", "schedule.notes", "schedule.holidays",
	"schedule.daily", "schedule.weekdays", "schedule.weekends",
	"schedule.mon", "schedule.tue", "schedule.wed", "schedule.thu", "schedule.fri", "schedule.sat", "schedule.sun",
	"toc",        // the heading of the table of contents
	"page.title", // {services}: a page's title when the document has none in its language
	// The key facts at the top of a rendered page.
	"summary.title", "summary.notStated", "summary.colon",
	"summary.location", "summary.inTransit", "summary.atRest", "summary.notEncrypted",
	"summary.backup", "summary.incidentNotice",
	"summary.noDeadline",  // customers are told of incidents, by no stated deadline
	"summary.sentenceEnd", // ends a value before a sentence that follows it: ". ", "。"
	"summary.deletion",
	"deletion.noPeriod", // {event}: a deletion rule without a period
	"summary.certifications", "summary.subprocessors",
	"summary.heldBy",                // {holder} {names}: certifications another organisation holds
	"summary.selfAssessed",          // a certification the vendor assessed itself
	"summary.groupSeparator",        // between the items of a line: "; ", "／"
	"summary.plans",                 // {plans}: an item limited to some plans
	"summary.services",              // {services}: an item limited to some services
	"summary.subprocessorCount",     // {n}
	"summary.subprocessorCountries", // {k} {n} {countries}: k of n subprocessors state a country
	"summary.subprocessorsAll",      // {countries}: where the subprocessors together keep data
	"summary.sla", "summary.noSLA", "summary.encrypted",
	"summary.kept",          // {d}
	"summary.minVersion",    // {v}
	"field.Document.custom", // the custom sections, as one field of the document
}

// fieldNames lists the document names of a struct's own fields, leaving
// out those of embedded structs (the shared Notes fields have their own keys).
func fieldNames(t reflect.Type) []string {
	var names []string
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() || f.Anonymous || f.Type.Implements(sectionType) || f.Type == reflect.TypeFor[[]whitepaper.CustomSection]() {
			continue // sections are named by their titles
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		names = append(names, name)
	}
	return names
}

var (
	sectionType     = reflect.TypeFor[whitepaper.Section]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// structTypes finds every struct type of the model reachable from Document.
func structTypes() []reflect.Type { return reachable(reflect.Struct) }

// enumTypes finds every closed vocabulary reachable from Document.
func enumTypes() []reflect.Type { return reachable(reflect.String) }

// reachable finds the named types of a kind reachable from Document, in
// the model's package; for strings, only those with Values (the closed
// vocabularies).
func reachable(kind reflect.Kind) []reflect.Type {
	seen := map[reflect.Type]bool{}
	var out []reflect.Type
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if seen[t] {
			return
		}
		seen[t] = true
		if t.PkgPath() != reflect.TypeFor[whitepaper.Document]().PkgPath() {
			return
		}
		if reflect.PointerTo(t).Implements(textUnmarshaler) && t.Kind() == reflect.Struct {
			return // a value written as a string, such as Duration
		}
		switch t.Kind() {
		case reflect.Struct:
			if kind == reflect.Struct {
				out = append(out, t)
			}
			for i := range t.NumField() {
				if t.Field(i).IsExported() {
					walk(t.Field(i).Type)
				}
			}
		case reflect.String:
			if _, ok := t.MethodByName("Values"); ok && kind == reflect.String {
				out = append(out, t)
			}
		}
	}
	walk(reflect.TypeFor[whitepaper.Document]())
	slices.SortFunc(out, func(a, b reflect.Type) int {
		if a.Name() < b.Name() {
			return -1
		}
		return 1
	})
	return out
}
