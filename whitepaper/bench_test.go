package whitepaper_test

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/internal/benchdoc"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"go.yaml.in/yaml/v3"
)

// perExample runs f as a sub-benchmark for each example's YAML source.
func perExample(b *testing.B, f func(b *testing.B, data []byte)) {
	for _, name := range examples.Names() {
		data, err := examples.Bytes(name)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			f(b, data)
		})
	}
}

// BenchmarkLoadValidate measures Parse followed by Validate for each
// example; BenchmarkYAMLMap measures plain yaml.Unmarshal of the same bytes
// into map[string]any, the baseline Load+Validate should stay within 2× of.
func BenchmarkLoadValidate(b *testing.B) {
	perExample(b, func(b *testing.B, data []byte) {
		for b.Loop() {
			doc, err := whitepaper.Parse(data)
			if err != nil {
				b.Fatal(err)
			}
			if doc.Validate().HasErrors() {
				b.Fatal("invalid")
			}
		}
	})
}

func BenchmarkYAMLMap(b *testing.B) {
	perExample(b, func(b *testing.B, data []byte) {
		for b.Loop() {
			var m map[string]any
			if err := yaml.Unmarshal(data, &m); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkEncodeYAML measures canonical encoding of each example.
func BenchmarkEncodeYAML(b *testing.B) {
	perExample(b, func(b *testing.B, data []byte) {
		doc, err := whitepaper.Parse(data)
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		for b.Loop() {
			buf.Reset()
			if err := doc.EncodeYAML(&buf); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// sizes are the numbers of items (subprocessors and revisions) of the
// generated documents the Sized benchmarks use, as bench/run.sh does.
var sizes = []int{1000, 10000, 30000}

// perSize runs f as a sub-benchmark for each size's generated document.
func perSize(b *testing.B, f func(b *testing.B, data []byte)) {
	for _, n := range sizes {
		data := benchdoc.Bytes(n, true)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			f(b, data)
		})
	}
}

// BenchmarkSizedFloor decodes the generated documents into maps: the
// floor against which BenchmarkSizedLoadValidate (whitepaper validate) and
// BenchmarkSizedFmt (whitepaper fmt: load and encode) are measured.
func BenchmarkSizedFloor(b *testing.B) {
	perSize(b, func(b *testing.B, data []byte) {
		for b.Loop() {
			var m map[string]any
			if err := yaml.Unmarshal(data, &m); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkSizedLoadValidate(b *testing.B) {
	perSize(b, func(b *testing.B, data []byte) {
		for b.Loop() {
			doc, err := whitepaper.Parse(data)
			if err != nil {
				b.Fatal(err)
			}
			if doc.Validate().HasErrors() {
				b.Fatal("invalid")
			}
		}
	})
}

func BenchmarkSizedFmt(b *testing.B) {
	perSize(b, func(b *testing.B, data []byte) {
		for b.Loop() {
			doc, err := whitepaper.Parse(data)
			if err != nil {
				b.Fatal(err)
			}
			if err := doc.EncodeYAML(io.Discard); err != nil {
				b.Fatal(err)
			}
		}
	})
}
