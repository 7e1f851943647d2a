package render

import (
	"bytes"
	"testing"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/language"
)

// FuzzRender renders any loadable document in every locale and format:
// no panic, and the same bytes twice.
func FuzzRender(f *testing.F) {
	for _, name := range examples.Names() {
		data, err := examples.Bytes(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(hostile))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := whitepaper.Parse(data, whitepaper.WithMaxNodes(100_000))
		if err != nil {
			return
		}
		for _, lang := range []language.Tag{language.Japanese, language.English} {
			opts := &Options{Languages: []language.Tag{lang}}
			for _, render := range []func(*bytes.Buffer) error{
				func(w *bytes.Buffer) error { return Markdown(w, doc, opts) },
				func(w *bytes.Buffer) error { return HTML(w, doc, opts) },
			} {
				var a, b bytes.Buffer
				if err := render(&a); err != nil {
					t.Fatal(err)
				}
				if err := render(&b); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(a.Bytes(), b.Bytes()) {
					t.Fatal("rendering is not deterministic")
				}
			}
		}
	})
}
