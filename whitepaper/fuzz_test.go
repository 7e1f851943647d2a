package whitepaper_test

import (
	"bytes"
	"testing"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// FuzzParse checks that any input either fails with diagnostics or loads
// into a document that validates without panicking, encodes, and loads
// again to the same encoding, in YAML and JSON.
func FuzzParse(f *testing.F) {
	for _, name := range examples.Names() {
		data, err := examples.Bytes(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"openwhitepaper": "1", "title": {"ja": "x"}}`))
	f.Add([]byte("a: &a [*a]\n"))
	f.Add([]byte(commented)) // comments in every position (comments_test.go)
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := whitepaper.Parse(data, whitepaper.WithMaxNodes(100_000))
		if err != nil {
			return
		}
		doc.Validate()
		for _, format := range []whitepaper.Format{whitepaper.FormatYAML, whitepaper.FormatJSON} {
			var first bytes.Buffer
			if err := doc.Encode(&first, format); err != nil {
				return // a document with an invalid value does not encode; Validate reports it
			}
			again, err := whitepaper.Parse(first.Bytes(), whitepaper.WithFormat(format))
			if err != nil {
				t.Fatalf("%s encoding does not load again: %v\n%s", format, err, first.Bytes())
			}
			var second bytes.Buffer
			if err := again.Encode(&second, format); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(first.Bytes(), second.Bytes()) {
				t.Fatalf("%s encoding is not stable:\n%s\n---\n%s", format, first.Bytes(), second.Bytes())
			}
		}
	})
}
