package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// linearShapes are documents an author (or an attacker) can grow: each
// makes the document of size n, and with changed the next version of it,
// in which every item changed.
var linearShapes = []struct {
	name string
	doc  func(n int, changed bool) string
}{
	{"subprocessors", func(n int, changed bool) string {
		return linearDoc(n, changed, "", "", "")
	}},
	{"long text", func(n int, changed bool) string {
		text := strings.Repeat(`<b>{: onclick=x} *_|&[a](b)#`+"`", n)
		if changed {
			text += "!"
		}
		return linearHead("", "") + "subprocessors:\n  notes: [{en: " + quote(text) + "}]\n  services:\n    - {name: S}\n"
	}},
	{"revisions", func(n int, changed bool) string {
		var b strings.Builder
		b.WriteString(strings.Replace(linearHead("", ""), `version: "1"`, fmt.Sprintf("version: \"1.%d\"\ndate: \"2024-01-01\"", n-1), 1))
		b.WriteString("revisions:\n")
		for i := range n {
			change := "change"
			if changed {
				change = "altered"
			}
			fmt.Fprintf(&b, "  - {version: \"1.%d\", date: \"2024-01-01\", changes: [{text: {en: %s %d}}]}\n", i, change, i)
		}
		return b.String()
	}},
	// A name stated once and referred to by ID from every item: the
	// pages word each reference as the name.
	{"service name", func(n int, changed bool) string {
		return linearDoc(n, changed, strings.Repeat("N", 32*n), "", "services: [app]")
	}},
	{"plan name", func(n int, changed bool) string {
		return linearDoc(n, changed, "", strings.Repeat("P", 32*n), "plans: [p]")
	}},
	{"extension label", func(n int, changed bool) string {
		doc := linearDoc(n, changed, "", "", "")
		doc = strings.ReplaceAll(doc, "data: [name]", "data: [x-secret]")
		return strings.Replace(doc, "subprocessors:\n", "extensions:\n  - {vocabulary: data-category, value: x-secret, label: {en: "+
			strings.Repeat("L", 32*n)+"}}\nsubprocessors:\n", 1)
	}},
	{"outline", func(n int, changed bool) string {
		var b strings.Builder
		b.WriteString(linearDoc(1, changed, "", "", ""))
		b.WriteString("outline:\n")
		for i := range n {
			// Each changed title is changed its own way: a word replaced
			// in every heading is one change.
			title := fmt.Sprintf("Part %d", i)
			if changed && i%2 == 0 {
				title = fmt.Sprintf("Renamed %c%d", 'a'+i%26, i)
			}
			fmt.Fprintf(&b, "  - {number: \"%d\", title: {en: %s}, entries: [{number: \"%d.1\", title: {en: Sub %d}, entries: [{number: \"%d.1.1\", title: {en: Leaf}}]}]}\n",
				i+1, title, i+1, i, i+1)
		}
		return b.String()
	}},
	{"languages", func(n int, changed bool) string {
		var tags, title []string
		for i := range n {
			tag := fmt.Sprintf("q%c%c", 'a'+i/26, 'a'+i%26)
			tags = append(tags, tag)
			t := "T"
			if changed {
				t = "U"
			}
			title = append(title, tag+": "+t+tag)
		}
		doc := linearDoc(1, changed, "", "", "")
		doc = strings.Replace(doc, "languages: [en]", "languages: [en, "+strings.Join(tags, ", ")+"]", 1)
		return strings.Replace(doc, "title: {en: T}", "title: {en: T, "+strings.Join(title, ", ")+"}", 1)
	}},
	{"vendor name", func(n int, changed bool) string {
		doc := linearDoc(n, changed, "", "", "")
		return strings.Replace(doc, "name: {en: Acme}", "name: {en: "+strings.Repeat("V", 32*n)+"}", 1)
	}},
}

func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"` }

// linearHead is the start of a document with a service (named service
// when not empty) and, with plan, a plan.
func linearHead(service, plan string) string {
	if service == "" {
		service = "App"
	}
	head := "openwhitepaper: \"1\"\nlanguages: [en]\ndefaultLanguage: en\ntitle: {en: T}\nversion: \"1\"\n" +
		"vendor: {id: acme, name: {en: Acme}}\nservices: [{id: app, name: {en: " + service + "}}]\n"
	if plan != "" {
		head += "plans: [{id: p, name: {en: " + plan + "}}]\n"
	}
	return head
}

// linearDoc has n subprocessors, each with extra (such as a reference);
// with changed, every one is in another country.
func linearDoc(n int, changed bool, service, plan, extra string) string {
	var b strings.Builder
	b.WriteString(linearHead(service, plan))
	b.WriteString("subprocessors:\n  services:\n")
	country := "US"
	if changed {
		country = "JP"
	}
	for i := range n {
		fmt.Fprintf(&b, "    - {name: S%d, operator: Op%d, function: {en: mail}, data: [name], countries: [%s]", i, i, country)
		if extra != "" {
			b.WriteString(", " + extra)
		}
		b.WriteString("}\n")
	}
	return b.String()
}

// TestOutputLinear grows each shape of document fourfold twice and
// checks that what fmt, render and diff write does not grow faster than
// the input at both steps (by 30%): no output is a power of its input, as
// a name repeated at every reference to it was. One step alone may grow
// faster, where the output changes form at a size (the differ pairs
// retitled headings only up to a number of them). The output is also
// bounded outright, by 64 bytes per byte of input and 512 KiB (the
// stylesheet, the labels).
func TestOutputLinear(t *testing.T) {
	commands := []struct {
		name string
		args func(old, new string) []string
	}{
		{"fmt yaml", func(_, new string) []string { return []string{"fmt", "--to", "yaml", new} }},
		{"fmt json", func(_, new string) []string { return []string{"fmt", "--to", "json", new} }},
		{"render md en", func(_, new string) []string { return []string{"render", "--format", "markdown", "--lang", "en", new} }},
		{"render md ja", func(_, new string) []string { return []string{"render", "--format", "markdown", "--lang", "ja", new} }},
		{"render html en", func(_, new string) []string { return []string{"render", "--format", "html", "--lang", "en", new} }},
		{"render html ja", func(_, new string) []string { return []string{"render", "--format", "html", "--lang", "ja", new} }},
		{"diff text", func(old, new string) []string { return []string{"diff", "--lang", "en", "--editorial", old, new} }},
		{"diff markdown ja", func(old, new string) []string {
			return []string{"diff", "--lang", "ja", "--editorial", "--format", "markdown", old, new}
		}},
		{"diff json", func(old, new string) []string { return []string{"diff", "--lang", "en", "--format", "json", old, new} }},
		{"diff entry", func(old, new string) []string { return []string{"diff", "--lang", "en", "--revision-entry", old, new} }},
	}
	sizes := []int{25, 100, 400}
	for _, shape := range linearShapes {
		t.Run(shape.name, func(t *testing.T) {
			in := map[int][2]string{}
			size := map[int]int{}
			for _, n := range sizes {
				oldDoc, newDoc := shape.doc(n, false), shape.doc(n, true)
				in[n] = [2]string{write(t, "old.yaml", oldDoc), write(t, "new.yaml", newDoc)}
				size[n] = len(oldDoc) + len(newDoc)
				code, stdout, stderr := runCLI("validate", in[n][0], in[n][1])
				require.Equal(t, 0, code, "%s%s", stdout, stderr)
			}
			for _, c := range commands {
				out := map[int]int{}
				for _, n := range sizes {
					code, stdout, stderr := runCLI(c.args(in[n][0], in[n][1])...)
					require.Less(t, code, 2, "%s: %s", c.name, stderr)
					out[n] = len(stdout)
					assert.LessOrEqual(t, out[n], 64*size[n]+512<<10, "%s at n=%d: %d bytes out of %d in", c.name, n, out[n], size[n])
				}
				faster := 0
				var steps []string
				for i := 1; i < len(sizes); i++ {
					a, b := sizes[i-1], sizes[i]
					growth := float64(size[b]) / float64(size[a])
					if float64(out[b]) > 1.3*growth*float64(out[a]) {
						faster++
					}
					steps = append(steps, fmt.Sprintf("input %d → %d bytes (×%.1f), output %d → %d bytes (×%.1f)",
						size[a], size[b], growth, out[a], out[b], float64(out[b])/float64(out[a])))
				}
				assert.Less(t, faster, len(sizes)-1, "%s grows faster than its input: %s", c.name, strings.Join(steps, "; "))
				if testing.Verbose() {
					t.Logf("%s: %s", c.name, strings.Join(steps, "; "))
				}
			}
		})
	}
}
