// Package benchdoc writes the documents the performance measurements use:
// a whitepaper with n subprocessors and n revision entries, and its next
// version, in which 1% of the subprocessors changed country, one was
// removed and one added. bench/gen writes them to files; the benchmarks of
// the library make them in memory.
package benchdoc

import (
	"bytes"
	"fmt"
	"io"
)

// Write writes the document with n subprocessors and n revisions: the old
// version, or with changed the new one.
func Write(w io.Writer, n int, changed bool) error {
	var b bytes.Buffer
	b.WriteString("openwhitepaper: \"1\"\nlanguages: [en]\ndefaultLanguage: en\ntitle: {en: Benchmark}\n")
	fmt.Fprintf(&b, "version: \"1.%d\"\ndate: \"2024-01-01\"\n", n-1)
	b.WriteString("vendor: {id: acme, name: {en: Acme}}\nservices: [{id: app, name: {en: App}}]\n")
	b.WriteString("revisions:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - version: \"1.%d\"\n    date: \"2024-01-01\"\n    changes:\n      - text: {en: change %d}\n", i, i)
		if b.Len() > 64<<10 {
			if _, err := b.WriteTo(w); err != nil {
				return err
			}
		}
	}
	b.WriteString("subprocessors:\n  services:\n")
	for i := range n {
		switch {
		case changed && i == 1: // removed
			continue
		case !changed && i == n-1: // added in the new one
			continue
		}
		country := "US"
		if changed && i%100 == 0 {
			country = "JP"
		}
		fmt.Fprintf(&b, "    - name: S%d\n      operator: Op%d\n      function: {en: mail delivery}\n      data: [name, email-address]\n      countries: [%s]\n", i, i, country)
		if b.Len() > 64<<10 {
			if _, err := b.WriteTo(w); err != nil {
				return err
			}
		}
	}
	_, err := b.WriteTo(w)
	return err
}

// Bytes returns the document Write writes.
func Bytes(n int, changed bool) []byte {
	var b bytes.Buffer
	_ = Write(&b, n, changed) // a bytes.Buffer takes every write
	return b.Bytes()
}

// Changes is how many changes the differ finds between the two versions
// with n items: a country for another in 1% of the subprocessors, one
// removed and one added.
func Changes(n int) int { return (n+99)/100 + 2 }
