package whitepaper

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// wholeYAML is the canonical YAML as the yaml encoder writes the whole
// tree at once, which encodeNode must give byte for byte.
func wholeYAML(t *testing.T, doc *Document, flow int) (whole, pieces []byte) {
	t.Helper()
	n, header, commented, err := doc.yamlTree()
	if err != nil {
		t.Fatal(err)
	}
	if flow > 0 {
		setFlow(n, flow)
	}
	var b bytes.Buffer
	b.WriteString(header)
	if err := encodeWhole(&b, n); err != nil {
		t.Fatal(err)
	}
	pieces, err = encodeNode(n, header, commented)
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), pieces
}

// withComments returns src with comments added on about one line in
// five, chosen by seed: a comment line above, at the line's indentation,
// or a comment at the end of the line.
func withComments(src []byte, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, 1))
	var b bytes.Buffer
	for i, line := range strings.Split(string(src), "\n") {
		trimmed := strings.TrimLeft(line, " ")
		switch k := r.IntN(10); {
		case k == 0 && trimmed != "":
			fmt.Fprintf(&b, "%s# above %d\n%s\n", line[:len(line)-len(trimmed)], i, line)
		case k == 1 && trimmed != "" && !strings.HasSuffix(line, "|") && !strings.HasSuffix(line, "|-"):
			fmt.Fprintf(&b, "%s # end of %d\n", line, i)
		default:
			b.WriteString(line + "\n")
		}
	}
	return b.Bytes()
}

func TestEncodeInPieces(t *testing.T) {
	files, err := filepath.Glob("../examples/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	files = append(files, "testdata/market.yaml")
	commentedDocs := 0
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for seed := range uint64(8) {
			data := src
			if seed > 0 {
				data = withComments(src, seed)
			}
			doc, err := Parse(data)
			if err != nil {
				continue // a comment in a place that breaks the YAML
			}
			if seed > 0 && doc.HasComments() {
				commentedDocs++
			}
			for flow := range 4 {
				whole, pieces := wholeYAML(t, doc, flow)
				if !bytes.Equal(whole, pieces) {
					t.Errorf("%s, comments %d, flow from depth %d: written in pieces, the YAML differs from the whole:\n%s",
						file, seed, flow, firstDifference(whole, pieces))
				}
			}
		}
	}
	if commentedDocs < 2*len(files) {
		t.Errorf("only %d documents with comments compared", commentedDocs)
	}
}

// firstDifference shows the lines around the first line where a and b differ.
func firstDifference(a, b []byte) string {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(la) || i < len(lb); i++ {
		if i >= len(la) || i >= len(lb) || la[i] != lb[i] {
			lo := max(0, i-3)
			return fmt.Sprintf("line %d\nwhole:\n%s\npieces:\n%s", i+1,
				strings.Join(la[lo:min(len(la), i+3)], "\n"), strings.Join(lb[lo:min(len(lb), i+3)], "\n"))
		}
	}
	return ""
}
