// Command gen writes a pair of whitepapers for measuring the CLI: old.yaml
// and new.yaml, each with n subprocessors and n revision entries, where
// 1% of the subprocessors changed country, one was removed and one added.
//
//	go run ./bench/gen -n 10000 -o /tmp/pair
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
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
	fmt.Fprintf(w, "openwhitepaper: \"1\"\nlanguages: [en]\ndefaultLanguage: en\ntitle: {en: Benchmark}\n")
	fmt.Fprintf(w, "version: \"1.%d\"\ndate: \"2024-01-01\"\n", n-1)
	fmt.Fprintf(w, "vendor: {id: acme, name: {en: Acme}}\nservices: [{id: app, name: {en: App}}]\n")
	fmt.Fprintf(w, "revisions:\n")
	for i := range n {
		fmt.Fprintf(w, "  - version: \"1.%d\"\n    date: \"2024-01-01\"\n    changes:\n      - text: {en: change %d}\n", i, i)
	}
	fmt.Fprintf(w, "subprocessors:\n  services:\n")
	for i := range n {
		switch {
		case changed && i == 1: // removed
			continue
		case !changed && i == n-1: // added in the new one
			continue
		}
		country := "US"
		if changed && i%100 == 0 {
			country = "JP"
		}
		fmt.Fprintf(w, "    - name: S%d\n      operator: Op%d\n      function: {en: mail delivery}\n      data: [name, email-address]\n      countries: [%s]\n", i, i, country)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
