// Package examples embeds real security whitepapers encoded in the
// openwhitepaper format, so that tests, other packages and users can load
// them without file paths.
//
// The documents are:
//
//   - loilo: LoiLo Inc., LoiLoNote School, in Japanese and English (one bilingual document)
//   - nulab: Nulab Inc., Backlog, Cacoo, Typetalk and Nulab Account (第四版)
//   - classi: Classi Corp., Classi, version 1.3
//   - seculio: LRM Inc., セキュリオ, version 2.27 with its 27 revisions
//
// README.md beside the files maps each seed section to where it lives in
// the document.
package examples

import (
	"embed"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/openwhitepaper/whitepaper/whitepaper"
)

//go:embed *.yaml
var files embed.FS

// FS returns the example documents as a file system of NAME.yaml files.
func FS() fs.FS { return files }

// Names returns the names of the examples, sorted: "classi", "loilo", ….
func Names() []string {
	entries, _ := files.ReadDir(".") // an embedded directory always reads
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), path.Ext(e.Name())))
	}
	slices.Sort(names)
	return names
}

// Bytes returns the YAML source of the example.
func Bytes(name string) ([]byte, error) {
	return files.ReadFile(name + ".yaml")
}

// Load decodes the example. The file name in diagnostics is NAME.yaml.
func Load(name string) (*whitepaper.Document, error) {
	data, err := Bytes(name)
	if err != nil {
		return nil, err
	}
	return whitepaper.Parse(data, whitepaper.WithFilename(name+".yaml"))
}
