package whitepaper

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestTextHygiene checks that names, IDs and URLs refuse control,
// bidirectional and invisible characters, that URLs refuse white space
// beyond ASCII, and that prose keeps tabs and line breaks but has
// bidirectional controls flagged.
func TestTextHygiene(t *testing.T) {
	refused := []struct{ name, doc string }{
		{"RLO in a URL", `availability: {statusPage: "https://evil.example/\u202emoc.elpmaxe.detsurt//:sptth"}`},
		{"U+2028 in a URL", `availability: {statusPage: "https://example.com/a\u2028b"}`},
		{"U+0085 in a URL", `availability: {statusPage: "https://example.com/a\x85b"}`},
		{"U+00A0 in a URL", `availability: {statusPage: "https://example.com/a\u00a0b"}`},
		{"zero-width space in a URL host", `availability: {statusPage: "https://exa\u200bmple.com/"}`},
		{"ESC in a vendor name", `vendor: {id: acme, name: {en: "Acme\e[2J"}}`},
		{"OSC 8 hyperlink in a vendor name", `vendor: {id: acme, name: {en: "\e]8;;https://evil.example\aAcme\e]8;;\a"}}`},
		{"newline in a name", `vendor: {id: acme, name: {en: "Acme\n0 weakened, 0 strengthened, 0 changed, 0 editorial"}}`},
		{"RLO in a name", `vendor: {id: acme, name: {en: "Acme\u202e"}}`},
		{"zero-width joiner in an ID", `vendor: {id: "ac\u200dme", name: {en: Acme}}`},
		{"C1 control in a heading", `purpose: {title: {en: "x\u009bx"}}`},
		{"NUL in prose", `purpose: {notes: [{en: "a\0b"}]}`},
		{"ESC in prose", `purpose: {notes: [{en: "a\e[31mb"}]}`},
		{"newline in a subprocessor name", `subprocessors: {services: [{name: "Zoho\nX"}]}`},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.Replace(minimal, "vendor: {id: acme, name: {ja: アクメ, en: Acme}}\n", "", 1)
			if !strings.HasPrefix(tt.doc, "vendor:") {
				src += "vendor: {id: acme, name: {ja: アクメ, en: Acme}}\n"
			}
			_, ds := load(t, src+tt.doc+"\n")
			require.NotEmpty(t, ds, "accepted")
			assert.Contains(t, []string{"invalid-character", "invalid-value"}, ds[0].Code, "%v", ds)
		})
	}

	// Prose keeps tabs and line breaks; a bidirectional control there is a warning.
	doc, ds := load(t, minimal+"purpose: {notes: [{ja: \"一行目\\n二行目\\tタブ\", en: \"line one\\nline two\\u202e\"}]}\n")
	require.Empty(t, ds)
	warnings := doc.Validate()
	require.Len(t, warnings, 1, "%v", warnings)
	assert.Equal(t, "bidi-control", warnings[0].Code)
	assert.Equal(t, "/purpose/notes/0/en", warnings[0].Path)

	// A document built in Go is held to the same rules by Validate.
	doc.Vendor.Name[language.English] = "Acme\x1b[2J"
	doc.Services[0].ID = "app\u202e"
	codes := codes(doc.Validate())
	assert.Contains(t, codes, "invalid-character")
	assert.GreaterOrEqual(t, strings.Count(strings.Join(codes, " "), "invalid-character"), 2, "%v", codes)
}
