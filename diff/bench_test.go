package diff

import (
	"fmt"
	"testing"

	"github.com/openwhitepaper/whitepaper/internal/benchdoc"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"go.yaml.in/yaml/v3"
)

// benchLimit lets the largest synthetic documents (30k items, some 900k
// YAML indicators) past the loader's default limit of values.
var benchLimit = whitepaper.WithMaxNodes(4_000_000)

func benchPair(b *testing.B, n int) (old, new *whitepaper.Document, a, c []byte) {
	a, c = benchdoc.Bytes(n, false), benchdoc.Bytes(n, true)
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
// should stay under (half of it), and BenchmarkFloor decodes them into
// maps, which no YAML-reading differ can beat.
func BenchmarkCompare(b *testing.B) {
	for _, n := range []int{1000, 10000, 30000} {
		old, new, _, _ := benchPair(b, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				cs, err := Compare(old, new)
				if err != nil {
					b.Fatal(err)
				}
				if got := len(Classify(cs)); got != benchdoc.Changes(n) {
					b.Fatalf("got %d changes, want %d", got, benchdoc.Changes(n))
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

func BenchmarkFloor(b *testing.B) {
	for _, n := range []int{1000, 10000, 30000} {
		a, c := benchdoc.Bytes(n, false), benchdoc.Bytes(n, true)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				for _, data := range [][]byte{a, c} {
					var m map[string]any
					if err := yaml.Unmarshal(data, &m); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
