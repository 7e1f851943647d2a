package whitepaper

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/internal/benchdoc"
	"go.yaml.in/yaml/v3"
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
	files = append(files, "testdata/market.yaml", "benchdoc")
	commentedDocs, plainDocs := 0, 0
	for _, file := range files {
		src, err := os.ReadFile(file)
		if file == "benchdoc" {
			src, err = benchdoc.Bytes(300, true), nil
		}
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
			if !doc.HasComments() {
				plain, err := doc.plainYAML()
				if err != nil {
					t.Fatal(err)
				}
				if whole, _ := wholeYAML(t, doc, 0); !bytes.Equal(whole, plain) {
					t.Errorf("%s: written from the typed value, the YAML differs from the whole tree's:\n%s", file, firstDifference(whole, plain))
				}
				plainDocs++
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
	if plainDocs < len(files) {
		t.Errorf("only %d documents without comments compared", plainDocs)
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

// TestDirectScalars checks that the scalars written without the encoder
// are written as the encoder writes them, in a mapping and in a list.
func TestDirectScalars(t *testing.T) {
	alphabet := []rune("\\\x7f\x01\u0080\u00a00aZ09 .-_/()+;=:#,[]{}?&*!|>'\"%@`~\t\n\u00a0\u3000。、日\u2028\u0085\ufeffyYnNoO")
	r := rand.New(rand.NewPCG(1, 2))
	values := []string{"a: b", "a #b", "a ", " a", "-a", "é", "日本語。", "0o17", "yes", "Null", "a;b", "a  b", "x.y", "no", "ISO/IEC 27001", "AWS (Tokyo)", "", "1.0", "2024-01-01", "12:30", "\x7f", "a\\b", "\"", "\u00a0"}
	for range 20000 {
		s := make([]rune, 1+r.IntN(6))
		for i := range s {
			s[i] = alphabet[r.IntN(len(alphabet))]
		}
		values = append(values, string(s))
	}
	values = append(values, "y", "Yes", "YES", "n", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
		"on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~", "<<", "=", "falsey", "nullify", "offline")
	written := 0
	for _, s := range values {
		if want := s == "" || yaml11Plain.MatchString(s); needsQuotes(s) != want {
			t.Errorf("needsQuotes(%q) = %v, the pattern says %v", s, !want, want)
		}
		quoted := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s, Style: yaml.DoubleQuotedStyle}
		for _, n := range []*yaml.Node{
			{Kind: yaml.MappingNode, Tag: "!!map", Content: []*yaml.Node{strNode("k"), strNode(s)}},
			{Kind: yaml.SequenceNode, Tag: "!!seq", Content: []*yaml.Node{strNode(s)}},
			{Kind: yaml.SequenceNode, Tag: "!!seq", Content: []*yaml.Node{quoted}},
		} {
			var d, e bytes.Buffer
			if !direct(&d, n, 0, false) {
				continue
			}
			written++
			if err := encodeWhole(&e, n); err != nil {
				t.Fatal(err)
			}
			if d.String() != e.String() {
				t.Errorf("%q: written directly as %q, by the encoder as %q", s, d.String(), e.String())
			}
		}
	}
	if written < 1000 {
		t.Errorf("only %d values written directly", written)
	}
}
