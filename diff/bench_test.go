package diff

import (
	"fmt"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// synthetic writes a document with n subprocessors and n revisions; every
// hundredth subprocessor differs when changed is true (1% of the items).
// Logs are keyed by their type, of which there are ten, so revisions stand
// in for a second long keyed list.
func synthetic(n int, changed bool) []byte {
	var b strings.Builder
	b.WriteString("openwhitepaper: \"1\"\nlanguages: [en]\ndefaultLanguage: en\ntitle: {en: T}\n")
	fmt.Fprintf(&b, "version: \"1.%d\"\ndate: \"2024-01-01\"\n", n-1)
	b.WriteString("vendor: {id: acme, name: {en: Acme}}\nservices: [{id: app, name: {en: App}}]\n")
	b.WriteString("revisions:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - {version: \"1.%d\", date: \"2024-01-01\", changes: [{text: {en: change %d}}]}\n", i, i)
	}
	b.WriteString("subprocessors:\n  services:\n")
	for i := range n {
		country := "US"
		if changed && i%100 == 0 {
			country = "JP"
		}
		fmt.Fprintf(&b, "    - {name: S%d, operator: Op%d, function: {en: mail}, data: [name, email-address], countries: [%s]}\n", i, i, country)
	}
	return []byte(b.String())
}

// benchLimit lets the largest synthetic documents (30k items, some 900k
// YAML indicators) past the loader's default limit of values.
var benchLimit = whitepaper.WithMaxNodes(4_000_000)

func benchPair(b *testing.B, n int) (old, new *whitepaper.Document, a, c []byte) {
	a, c = synthetic(n, false), synthetic(n, true)
	old, err := whitepaper.Parse(a, benchLimit)
	if err != nil {
		b.Fatal(err)
	}
	new, err = whitepaper.Parse(c, benchLimit)
	if err != nil {
		b.Fatal(err)
	}
	return old, new, a, c
}

// BenchmarkCompare measures Compare and Classify on 1k, 10k and 30k
// items; BenchmarkDecode decodes the same two documents, the cost Compare
// should stay under.
func BenchmarkCompare(b *testing.B) {
	for _, n := range []int{1000, 10000, 30000} {
		old, new, _, _ := benchPair(b, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				cs, err := Compare(old, new)
				if err != nil {
					b.Fatal(err)
				}
				if len(Classify(cs)) != n/100 { // one country for another in 1% of the items
					b.Fatalf("got %d changes", len(cs))
				}
			}
		})
	}
}

func BenchmarkDecode(b *testing.B) {
	for _, n := range []int{1000, 10000, 30000} {
		_, _, a, c := benchPair(b, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := whitepaper.Parse(a, benchLimit); err != nil {
					b.Fatal(err)
				}
				if _, err := whitepaper.Parse(c, benchLimit); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
