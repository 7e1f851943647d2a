package main

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// canonical returns a skeleton in the canonical form fmt writes, so that
// a new file passes a format check as it is.
func canonical(data []byte) ([]byte, error) {
	doc, err := whitepaper.Parse(data, whitepaper.WithFilename("skeleton.yaml"))
	if err != nil {
		return nil, fmt.Errorf("the skeleton does not load: %v", err)
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
	warn := func(path, what string) {
		out = append(out, whitepaper.Diagnostic{Severity: whitepaper.Warning, Code: "placeholder", Path: path,
			Pos: doc.Pos(path), Message: what})
	}
	check := func(path string, t whitepaper.Text) {
		for _, tag := range t.Languages() {
			if s := t.Get(tag); words[s] {
				warn(path+"/"+tag.String(), fmt.Sprintf("%q is the placeholder init wrote: replace it", s))
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
	if len(empty) > 0 {
		warn("", fmt.Sprintf("%d sections are empty ({}): fill them in or delete them: %s", len(empty), strings.Join(empty, ", ")))
	}
	return out
}
