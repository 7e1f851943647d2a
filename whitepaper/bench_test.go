package whitepaper_test

import (
	"bytes"
	"testing"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"go.yaml.in/yaml/v3"
)

// BenchmarkLoadValidate measures Parse followed by Validate for each
// example; BenchmarkYAMLMap measures plain yaml.Unmarshal of the same bytes
// into map[string]any, the baseline Load+Validate should stay within 2× of.
func BenchmarkLoadValidate(b *testing.B) {
	for _, name := range examples.Names() {
		data, err := examples.Bytes(name)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
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
}

func BenchmarkYAMLMap(b *testing.B) {
	for _, name := range examples.Names() {
		data, err := examples.Bytes(name)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				var m map[string]any
				if err := yaml.Unmarshal(data, &m); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkEncodeYAML measures canonical encoding of each example.
func BenchmarkEncodeYAML(b *testing.B) {
	for _, name := range examples.Names() {
		doc, err := examples.Load(name)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := doc.EncodeYAML(&buf); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
