package whitepaper

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHostileInput feeds inputs built to hurt a parser and checks each
// ends in the documented error, within bounded time and memory.
func TestHostileInput(t *testing.T) {
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
	tests := []struct {
		name, code string
		input      func() string
		maxTime    time.Duration
		maxAlloc   uint64
	}{
		{"alias bomb", "wrong-type", aliasBomb, time.Second, 64 << 20},
		{"deep flow nesting", "syntax", func() string { return strings.Repeat("[", 200_000) }, time.Second, 256 << 20},
		{"deep JSON nesting", "syntax", func() string { return strings.Repeat(`{"a":`, 50_000) }, time.Second, 256 << 20},
		{"huge string beyond the size limit", "too-large", func() string {
			return minimal + "purpose: {statement: {ja: \"" + strings.Repeat("あ", 4<<20) + "\"}}\n"
		}, time.Second, 64 << 20},
		{"huge list", "too-many-values", func() string {
			return minimal + "dataLocation: {countries: [" + strings.Repeat("JP,", 3_000_000) + "]}\n"
		}, time.Second, 64 << 20},
		{"invalid UTF-8", "invalid-utf8", func() string { return minimal + "purpose: {statement: {ja: \"\xc3\x28\"}}\n" }, time.Second, 16 << 20},
		{"a byte order mark, then an error", "unknown-field", func() string { return "\xef\xbb\xbf" + minimal + "bogus: 1\n" }, time.Second, 16 << 20},
		{"duplicate keys", "duplicate-key", func() string { return minimal + "backup: {}\nbackup: {}\n" }, time.Second, 16 << 20},
		{"NaN where a string belongs", "wrong-type", func() string { return strings.Replace(minimal, `version: "1.0"`, "version: .nan", 1) }, time.Second, 16 << 20},
		{"Inf where a string belongs", "wrong-type", func() string { return strings.Replace(minimal, `version: "1.0"`, "version: -.inf", 1) }, time.Second, 16 << 20},
		{"a date that does not exist", "invalid-value", func() string { return minimal + "date: 2023-02-30\n" }, time.Second, 16 << 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			input := []byte(tt.input())
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			start := time.Now()
			_, err := Parse(input)
			elapsed := time.Since(start)
			runtime.ReadMemStats(&after)
			alloc := after.TotalAlloc - before.TotalAlloc
			assert.Less(t, elapsed, tt.maxTime, "took too long")
			assert.Less(t, alloc, tt.maxAlloc, "allocated %d MiB", alloc>>20)
			var diags Diagnostics
			require.ErrorAs(t, err, &diags)
			if tt.code != "" {
				assert.Equal(t, tt.code, diags[0].Code, "%v", diags)
			}
		})
	}
}

var sectionsForBomb = func() []string {
	var out []string
	for _, s := range Sections() {
		out = append(out, s.Field)
	}
	return out
}()

func itoa(i int) string { return string(rune('0' + i)) }
