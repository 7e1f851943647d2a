// Command gen writes a pair of whitepapers for measuring the CLI: old.yaml
// and new.yaml, each with n subprocessors and n revision entries, where
// 1% of the subprocessors changed country, one was removed and one added.
//
//	go run ./bench/gen -n 10000 -o /tmp/pair
package main

import (
	"bufio"
	"flag"
	"log"
	"os"
	"path/filepath"

	"github.com/openwhitepaper/whitepaper/internal/benchdoc"
)

func main() {
	n := flag.Int("n", 1000, "subprocessors and revision entries per document")
	out := flag.String("o", ".", "directory to write old.yaml and new.yaml into")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	for _, changed := range []bool{false, true} {
		name := "old.yaml"
		if changed {
			name = "new.yaml"
		}
		if err := write(filepath.Join(*out, name), *n, changed); err != nil {
			log.Fatal(err)
		}
	}
}

func write(path string, n int, changed bool) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := benchdoc.Write(w, n, changed); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
