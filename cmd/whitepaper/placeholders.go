package main

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// canonical returns a skeleton in the canonical form fmt writes, so that
// a new file passes a format check as it is.
func canonical(data []byte) ([]byte, error) {
	doc, err := whitepaper.Parse(data, whitepaper.WithFilename("skeleton.yaml"))
	if err != nil {
		return nil, whitepaper.Errorf("the skeleton does not load: %v", err)
	}
	var b bytes.Buffer
	if err := doc.EncodeYAML(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// placeholders warns of what init wrote that is still as it wrote it: the
// vendor and service names it puts in as examples, and sections left
// empty ({}), which render as empty headings. (Its title is one a real
// document may well keep.)
func placeholders(doc *whitepaper.Document) whitepaper.Diagnostics {
	var out whitepaper.Diagnostics
	words := map[string]bool{}
	for _, w := range initWords {
		words[w["vendor"]], words[w["service"]] = true, true
	}
	warn := func(path, format string, args ...any) {
		w := whitepaper.Wording{Format: format, Args: args}
		out = append(out, whitepaper.Diagnostic{Severity: whitepaper.Warning, Code: "placeholder", Path: path,
			Pos: doc.Pos(path), Message: w.String(), Wording: w})
	}
	check := func(path string, t whitepaper.Text) {
		for _, tag := range t.Languages() {
			if s := t.Get(tag); words[s] {
				warn(path+"/"+tag.String(), "%q is the placeholder init wrote: replace it", s)
			}
		}
	}
	check("/vendor/name", doc.Vendor.Name)
	for i, s := range doc.Services {
		check(fmt.Sprintf("/services/%d/name", i), s.Name)
	}
	v := reflect.ValueOf(doc).Elem()
	var empty []string
	for _, s := range whitepaper.Sections() {
		f, ok := fieldByName(v.Type(), s.Field)
		if !ok {
			continue
		}
		fv := v.FieldByIndex(f.Index)
		if fv.Kind() == reflect.Pointer && !fv.IsNil() && fv.Elem().IsZero() {
			empty = append(empty, s.Field)
		}
	}
	switch {
	case len(empty) == 1:
		warn("", "section %s is empty ({}): fill it in or delete it", empty[0])
	case len(empty) > 1:
		warn("", "%d sections are empty ({}): fill them in or delete them: %s", len(empty), strings.Join(empty, ", "))
	}
	return out
}

// unitExamples are an amount for each unit a count field may take, for
// the skeleton's hints.
var unitExamples = map[whitepaper.CountUnit]whitepaper.Count{
	whitepaper.Characters:     {Bound: whitepaper.AtLeast, Value: 8, Unit: whitepaper.Characters},
	whitepaper.Generations:    {Value: 7, Unit: whitepaper.Generations},
	whitepaper.Copies:         {Value: 3, Unit: whitepaper.Copies},
	whitepaper.Attempts:       {Value: 5, Unit: whitepaper.Attempts},
	whitepaper.People:         {Value: 3, Unit: whitepaper.People},
	whitepaper.Employees:      {Bound: whitepaper.About, Value: 300, Unit: whitepaper.Employees},
	whitepaper.Sites:          {Bound: whitepaper.AtLeast, Value: 2, Unit: whitepaper.Sites},
	whitepaper.Regions:        {Value: 2, Unit: whitepaper.Regions},
	whitepaper.Countries:      {Value: 2, Unit: whitepaper.Countries},
	whitepaper.Bits:           {Bound: whitepaper.AtLeast, Value: 2048, Unit: whitepaper.Bits},
	whitepaper.Schools:        {Bound: whitepaper.About, Value: 12000, Unit: whitepaper.Schools},
	whitepaper.Municipalities: {Bound: whitepaper.About, Value: 700, Unit: whitepaper.Municipalities},
	whitepaper.Organizations:  {Bound: whitepaper.About, Value: 500, Unit: whitepaper.Organizations},
	whitepaper.Companies:      {Bound: whitepaper.About, Value: 1000, Unit: whitepaper.Companies},
	whitepaper.Users:          {Bound: whitepaper.About, Value: 100000, Unit: whitepaper.Users},
	whitepaper.Accounts:       {Bound: whitepaper.About, Value: 100000, Unit: whitepaper.Accounts},
}

// localForm is the hint of a field in the skeleton's language, from the
// field's own metadata: a count in the units the field takes ("8文字以上"
// for a password's minimum length), and durations, frequencies and dates
// worded as the locale words them, which are forms an author may write.
// It returns false for the fields valueForm describes alone.
func localForm(owner reflect.Type, name string, ft reflect.Type, loc *locale.Locale) (string, bool) {
	var forms []string
	switch ft {
	case countType:
		f, ok := whitepaper.FieldByName(owner, name)
		if !ok || len(f.Units) == 0 {
			return "", false
		}
		for _, u := range f.Units {
			if c, ok := unitExamples[u]; ok {
				forms = append(forms, loc.Count(c))
			}
		}
	case durationType:
		for _, s := range []string{"within 72 hours", "at least 30 days", "about 1 month", "5 years", "indefinitely", "promptly"} {
			d, _ := whitepaper.ParseDuration(s)
			forms = append(forms, loc.Duration(d))
		}
	case frequencyType:
		for _, s := range []string{"daily", "weekly", "monthly", "every 6 hours", "periodically", "continuous", "as needed"} {
			f, _ := whitepaper.ParseFrequency(s)
			forms = append(forms, loc.Frequency(f))
		}
	default:
		return "", false
	}
	return strings.Join(forms, " | "), len(forms) > 0
}
