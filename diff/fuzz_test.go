package diff

import (
	"testing"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/language"
)

// FuzzCompare diffs any two loadable documents: a document against itself
// has no change, and swapping old and new gives as many changes.
func FuzzCompare(f *testing.F) {
	names := examples.Names()
	for i, a := range names {
		x, _ := examples.Bytes(a)
		y, _ := examples.Bytes(names[(i+1)%len(names)])
		f.Add(x, y)
	}
	f.Fuzz(func(t *testing.T, a, b []byte) {
		old, err := whitepaper.Parse(a, whitepaper.WithMaxNodes(100_000))
		if err != nil {
			return
		}
		new, err := whitepaper.Parse(b, whitepaper.WithMaxNodes(100_000))
		if err != nil {
			return
		}
		self, err := Compare(old, old)
		if err == nil && len(self) != 0 {
			t.Fatalf("a document differs from itself: %v", self)
		}
		fwd, err1 := Compare(old, new)
		back, err2 := Compare(new, old)
		if (err1 == nil) != (err2 == nil) {
			t.Fatalf("one direction fails: %v / %v", err1, err2)
		}
		if err1 == nil && len(fwd) != len(back) {
			t.Fatalf("%d changes one way, %d the other", len(fwd), len(back))
		}
		Explain(Classify(fwd), locale.For(language.English))
	})
}
