package site

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// BenchmarkBuild50 builds the site of 50 versions of Seculio's whitepaper
// in two languages, each version adding a subprocessor, from versions in
// memory with their YAML (no git, no PDF).
func BenchmarkBuild50(b *testing.B) {
	var vs []Version
	for i := range 50 {
		doc := seculio(b)
		doc.Version = fmt.Sprintf("3.%d", i)
		doc.Revisions = nil
		doc.Date = whitepaper.DayOf(2020+i/12, time.Month(1+i%12), 1)
		for j := range i {
			doc.Subprocessors.Services = append(doc.Subprocessors.Services, whitepaper.Subprocessor{Name: fmt.Sprintf("Service %d", j), Operator: "Op"})
		}
		var src bytes.Buffer // as git gives it
		if err := doc.EncodeYAML(&src); err != nil {
			b.Fatal(err)
		}
		vs = append(vs, Version{Doc: doc, Source: src.Bytes()})
	}
	dir := filepath.Join(b.TempDir(), "site")
	opts := &Options{Languages: jaEn}
	b.ResetTimer()
	for b.Loop() {
		if _, err := Build(context.Background(), dir, vs, opts); err != nil {
			b.Fatal(err)
		}
	}
}
