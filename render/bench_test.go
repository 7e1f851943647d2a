package render

import (
	"fmt"
	"io"
	"testing"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/internal/benchdoc"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"go.yaml.in/yaml/v3"
)

// BenchmarkHTML renders each example to HTML; BenchmarkLoad loads it. The
// renderer should cost no more than loading does.
func BenchmarkHTML(b *testing.B) {
	for _, name := range examples.Names() {
		doc, err := examples.Load(name)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if err := HTML(io.Discard, doc, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkLoad(b *testing.B) {
	for _, name := range examples.Names() {
		data, err := examples.Bytes(name)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, err := whitepaper.Parse(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSizedRender loads, validates and renders to HTML the generated
// documents of bench/run.sh, as whitepaper render does; BenchmarkSizedFloor
// decodes them into maps.
func BenchmarkSizedRender(b *testing.B) {
	for _, n := range []int{1000, 10000, 30000} {
		data := benchdoc.Bytes(n, true)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				doc, err := whitepaper.Parse(data)
				if err != nil {
					b.Fatal(err)
				}
				if doc.Validate().HasErrors() {
					b.Fatal("invalid")
				}
				if err := HTML(io.Discard, doc, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkSizedFloor(b *testing.B) {
	for _, n := range []int{1000, 10000, 30000} {
		data := benchdoc.Bytes(n, true)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				var m map[string]any
				if err := yaml.Unmarshal(data, &m); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
