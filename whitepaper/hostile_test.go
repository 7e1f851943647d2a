package whitepaper

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// atLimit bounds the memory allocated in all by a document crafted to
// have as many values as the default limit allows (1,000,000): the parser
// builds every node before the decoder counts them. The inputs of real
// whitepapers, and every other hostile case, stay under 256 MB.
const atLimit = 640 << 20

// hostileCase is an input built to hurt a parser, the diagnostic code it
// must end in ("" for none) and the memory it may allocate in all.
type hostileCase struct {
	name, code string
	input      func() string
	maxAlloc   uint64
	validate   bool // run Validate on the loaded document
}

// hostileCases lists the inputs of TestHostileInput and
// BenchmarkHostileInput.
func hostileCases() []hostileCase {
	aliasBomb := func() string {
		// Each level refers to the previous one ten times; nine levels would
		// expand to a billion texts. The model has no list of lists, so the
		// decoder meets a list where a text belongs and stops there with a
		// type error instead of expanding; the budget test in load_test.go
		// covers aliases that do fit the model.
		var b strings.Builder
		b.WriteString(minimal + "purpose:\n  notes: &l0 [{ja: x, en: x}]\n")
		for i := 1; i < 9; i++ {
			b.WriteString(sectionsForBomb[i] + ": {notes: &l" + itoa(i) + " [")
			for j := range 10 {
				if j > 0 {
					b.WriteString(", ")
				}
				b.WriteString("*l" + itoa(i-1))
			}
			b.WriteString("]}\n")
		}
		return b.String()
	}
	manyLanguages := func() string {
		// 1,000 declared languages and 10,000 notes in one of them: ten
		// million missing translations, reported as 1,000 and a count.
		var b strings.Builder
		b.WriteString(strings.Replace(minimal, "languages: [ja, en]", "languages: [ja, en"+langList(998)+"]", 1))
		b.WriteString("purpose:\n  notes:\n")
		for range 10_000 {
			b.WriteString("  - {ja: x}\n")
		}
		return b.String()
	}
	unknownKeys := func() string {
		// A mapping of 10,000 unknown keys, used 1,000 times through an alias.
		var b strings.Builder
		b.WriteString(minimal + "x: &k {")
		for i := range 10_000 {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "k%d: 1", i)
		}
		b.WriteString("}\ncustom:\n")
		for range 1_000 {
			b.WriteString("- *k\n")
		}
		return b.String()
	}
	jsonDoc := func(notes int) string {
		// A valid document in JSON with many notes: loading must be linear.
		var b strings.Builder
		b.WriteString(`{"openwhitepaper": "1", "languages": ["ja", "en"], "defaultLanguage": "ja", "title": {"ja": "t", "en": "t"}, "version": "1.0", "vendor": {"id": "acme", "name": {"ja": "a", "en": "a"}}, "services": [{"id": "app", "name": {"ja": "a", "en": "a"}}], "purpose": {"notes": [`)
		for i := range notes {
			if i > 0 {
				b.WriteString(",\n")
			}
			b.WriteString(`{"ja": "メモ", "en": "a note"}`)
		}
		b.WriteString("]}}\n")
		return b.String()
	}
	return []hostileCase{
		{"JSON of 820 KB on one line", "", func() string { return strings.ReplaceAll(jsonDoc(25_000), "\n", "") }, 256 << 20, false},
		{"JSON of 1.6 MB on one line", "", func() string { return strings.ReplaceAll(jsonDoc(50_000), "\n", "") }, 256 << 20, false},
		{"JSON of 3.3 MB, a value a line", "", func() string { return jsonDoc(100_000) }, 256 << 20, false},
		{"JSON with more values than the limit", "too-many-values", func() string {
			return `{"dataLocation": {"countries": [` + strings.Repeat(`"JP",`, 1_100_000) + `"JP"]}}`
		}, atLimit, false},
		{"1,000 languages and 10,000 one-language notes", "too-many-diagnostics", manyLanguages, 256 << 20, true},
		{"10,000 unknown keys aliased 1,000 times", "unknown-field", unknownKeys, 256 << 20, false},
		{"10 MiB of nested flow brackets", "too-many-values", func() string {
			return minimal + "custom: [" + strings.Repeat(strings.Repeat("[", 1000)+strings.Repeat("]", 1000)+",", 5000) + "]\n"
		}, 256 << 20, false},
		{"10 MiB of flow brackets in flow mappings", "too-many-values", func() string {
			return minimal + "custom: [" + strings.Repeat("{a: [b]},", 1_100_000) + "]\n"
		}, 256 << 20, false},
		{"single-pair mappings in a flow list just under the limit", "wrong-type", func() string {
			return minimal + "custom: [" + strings.Repeat("[a: b],", 333_000) + "]\n"
		}, atLimit, false},
		{"implicit nulls in a flow mapping just under the limit", "unknown-field", func() string {
			return minimal + "custom: [{" + strings.Repeat("a,", 999_000) + "}]\n"
		}, atLimit, false},
		{"an unknown key of 10 MiB", "unknown-field", func() string {
			return minimal + "? " + strings.Repeat("k", 10<<20-len(minimal)-10) + "\n: 1\n"
		}, 256 << 20, false},
		{"alias bomb", "wrong-type", aliasBomb, 64 << 20, false},
		{"a note of 1 MiB aliased 1,000 times", "too-large", func() string {
			note := strings.Repeat("x", 1<<20)
			return minimal + "purpose:\n  notes:\n  - &n {ja: " + note + ", en: x}\n" + strings.Repeat("  - *n\n", 1000)
		}, 64 << 20, true},
		{"an outline nested 4,900 deep", "too-deep", func() string {
			const n = 4900
			return minimal + "outline: " + strings.Repeat("[{title: {ja: h}, entries: ", n) + "[]" + strings.Repeat("}]", n) + "\n"
		}, 64 << 20, false},
		{"deep flow nesting", "syntax", func() string { return strings.Repeat("[", 200_000) }, 256 << 20, false},
		{"deep JSON nesting", "syntax", func() string { return strings.Repeat(`{"a":`, 50_000) }, 256 << 20, false},
		{"huge string beyond the size limit", "too-large", func() string {
			return minimal + "purpose: {statement: {ja: \"" + strings.Repeat("あ", 4<<20) + "\"}}\n"
		}, 64 << 20, false},
		{"huge list", "too-many-values", func() string {
			return minimal + "dataLocation: {countries: [" + strings.Repeat("JP,", 3_000_000) + "]}\n"
		}, 64 << 20, false},
		{"invalid UTF-8", "invalid-utf8", func() string { return minimal + "purpose: {statement: {ja: \"\xc3\x28\"}}\n" }, 16 << 20, false},
		{"a byte order mark, then an error", "unknown-field", func() string { return "\xef\xbb\xbf" + minimal + "bogus: 1\n" }, 16 << 20, false},
		{"duplicate keys", "duplicate-key", func() string { return minimal + "backup: {}\nbackup: {}\n" }, 16 << 20, false},
		{"NaN where a string belongs", "wrong-type", func() string { return strings.Replace(minimal, `version: "1.0"`, "version: .nan", 1) }, 16 << 20, false},
		{"Inf where a string belongs", "wrong-type", func() string { return strings.Replace(minimal, `version: "1.0"`, "version: -.inf", 1) }, 16 << 20, false},
		{"a date that does not exist", "invalid-value", func() string { return minimal + "date: 2023-02-30\n" }, 16 << 20, false},
	}
}

// TestHostileInput feeds inputs built to hurt a parser and checks each ends
// in the documented error within a bound on the memory allocated, the
// measure of the work done that does not depend on how busy the machine is.
// BenchmarkHostileInput times the same inputs.
func TestHostileInput(t *testing.T) {
	for _, tt := range hostileCases() {
		t.Run(tt.name, func(t *testing.T) {
			input := []byte(tt.input())
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			err := parseHostile(input, tt.validate)
			runtime.ReadMemStats(&after)
			alloc := after.TotalAlloc - before.TotalAlloc
			t.Logf("%d MiB allocated", alloc>>20)
			assert.Less(t, alloc, tt.maxAlloc, "allocated %d MiB", alloc>>20)
			if tt.code == "" {
				require.NoError(t, err)
				return
			}
			var diags Diagnostics
			require.ErrorAs(t, err, &diags)
			assert.LessOrEqual(t, len(diags), MaxDiagnostics+2, "diagnostics are capped")
			assert.Contains(t, codes(diags), tt.code, "%.2000v", diags)
		})
	}
}

// BenchmarkHostileInput times the inputs of TestHostileInput:
//
//	go test -run '^$' -bench HostileInput -benchmem ./whitepaper
func BenchmarkHostileInput(b *testing.B) {
	for _, tt := range hostileCases() {
		b.Run(tt.name, func(b *testing.B) {
			input := []byte(tt.input())
			b.SetBytes(int64(len(input)))
			b.ReportAllocs()
			for b.Loop() {
				_ = parseHostile(input, tt.validate)
			}
		})
	}
}

// parseHostile parses input and, when validate is set and it loads,
// validates it.
func parseHostile(input []byte, validate bool) error {
	doc, err := Parse(input)
	if err == nil && validate {
		err = doc.Validate()
	}
	return err
}

var sectionsForBomb = func() []string {
	var out []string
	for _, s := range Sections() {
		out = append(out, s.Field)
	}
	return out
}()

// codes lists the codes of the diagnostics.
func codes(ds Diagnostics) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Code)
	}
	return out
}

// langList returns ", aaa, aab, …": n distinct three-letter private-use
// language subtags (qaa to qtz).
func langList(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, ", q%c%c", 'a'+i/26%20, 'a'+i%26)
	}
	return b.String()
}

func itoa(i int) string { return string(rune('0' + i)) }

// TestAliasedTextChecked checks that the text under an anchor is checked
// once, however many aliases use it, and that the text aliases expand to
// is held to the input's limit, named in the error.
func TestAliasedTextChecked(t *testing.T) {
	doc := minimal + "purpose:\n  notes:\n  - &n {ja: \"a\\u0007b\", en: x}\n" + strings.Repeat("  - *n\n", 100)
	_, err := Parse([]byte(doc))
	var ds Diagnostics
	require.ErrorAs(t, err, &ds)
	assert.Equal(t, []string{"invalid-character"}, codes(ds), "one diagnostic for the anchored text: %v", ds)

	doc = minimal + "purpose:\n  notes:\n  - &n {ja: " + strings.Repeat("x", 1000) + ", en: x}\n" + strings.Repeat("  - *n\n", 100)
	_, err = Parse([]byte(doc))
	require.NoError(t, err, "100 KB of text from a document of 2 KB is under the default limit")
	_, err = Parse([]byte(doc), WithMaxBytes(int64(len(doc))*10))
	require.ErrorAs(t, err, &ds)
	assert.Equal(t, []string{"too-large"}, codes(ds))
	assert.Contains(t, ds[0].Message, fmt.Sprintf("limit of %d bytes", len(doc)*10))
	assert.Equal(t, "/purpose/notes/", ds[0].Path[:len("/purpose/notes/")])
}

// TestDiagnosticsCapped checks the cap on diagnostics: 1,000 kept, the rest
// counted in a last one per severity, and the limit of values reported
// even past the cap.
func TestDiagnosticsCapped(t *testing.T) {
	var b strings.Builder
	b.WriteString(minimal)
	for i := range 1500 {
		fmt.Fprintf(&b, "bogus%d: 1\n", i)
	}
	_, err := Parse([]byte(b.String()), WithFilename("doc.yaml"))
	var ds Diagnostics
	require.ErrorAs(t, err, &ds)
	require.Len(t, ds, MaxDiagnostics+1)
	last := ds[len(ds)-1]
	assert.Equal(t, "too-many-diagnostics", last.Code)
	assert.Equal(t, Error, last.Severity)
	assert.Equal(t, "doc.yaml:/: error: and 500 more errors", last.String())

	b.Reset()
	b.WriteString(minimal + "x: &k {")
	for i := range 2000 {
		fmt.Fprintf(&b, "k%d: 1, ", i)
	}
	b.WriteString("}\ncustom: [" + strings.Repeat("*k, ", 100) + "]\n")
	_, err = Parse([]byte(b.String()), WithMaxNodes(50_000))
	require.ErrorAs(t, err, &ds)
	assert.Contains(t, codes(ds), "too-many-values", "the limit is reported past the cap")
	assert.LessOrEqual(t, len(ds), MaxDiagnostics+2)
}

// TestOutlineDepth checks that an outline may nest MaxOutlineDepth levels
// and no deeper.
func TestOutlineDepth(t *testing.T) {
	outline := func(n int) []byte {
		return []byte(minimal + "outline: " + strings.Repeat("[{title: {ja: h}, entries: ", n) + "[]" + strings.Repeat("}]", n) + "\n")
	}
	_, err := Parse(outline(MaxOutlineDepth))
	require.NoError(t, err)
	_, err = Parse(outline(MaxOutlineDepth + 1))
	var ds Diagnostics
	require.ErrorAs(t, err, &ds)
	assert.Equal(t, []string{"too-deep"}, codes(ds))
}
