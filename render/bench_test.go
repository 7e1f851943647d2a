package render

import (
	"io"
	"testing"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/whitepaper"
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
