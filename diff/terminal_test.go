package diff

import (
	"bytes"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestOutputsCarryNoControls feeds the writers changes whose values hold
// line breaks, escape sequences, an OSC 8 hyperlink and bidirectional
// controls (prose may hold line breaks; a document built in Go may hold
// anything): the text output keeps one change a line and no raw control
// character, and the Markdown output no raw HTML or image.
func TestOutputsCarryNoControls(t *testing.T) {
	forged := "0 weakened, 0 strengthened, 0 changed, 0 editorial"
	old, new := seculio(t), seculio(t)
	new.Subprocessors.Notes.Notes = append(new.Subprocessors.Notes.Notes, whitepaper.Text{language.Japanese: "x\n" + forged + "\x1b[2J\x1b]8;;https://evil.example\x07link\x1b]8;;\x07\u202e<img src=x>![p](http://127.0.0.1/p.png)"})
	new.Subprocessors.Services[0].Name += "\n" + forged
	es := Explain(classified(t, old, new), locale.For(language.English))
	require.NotEmpty(t, es)
	for _, editorial := range []bool{true, false} {
		var b bytes.Buffer
		require.NoError(t, WriteText(&b, es, old, new, locale.For(language.English), Options{Editorial: editorial}))
		require.NoError(t, WriteNotice(&b, es, new, locale.For(language.English)))
		out := b.String()
		assert.Equal(t, -1, strings.IndexFunc(out, func(r rune) bool { return (r < 0x20 && r != '\n') || r == 0x7f || r == 0x202e }), "a raw control character: %q", out)
		for _, line := range strings.Split(out, "\n") {
			assert.NotEqual(t, forged, strings.TrimSpace(line), "a forged line")
		}
	}
	var md bytes.Buffer
	require.NoError(t, WriteMarkdown(&md, es, old, new, locale.For(language.English), Options{Editorial: true}))
	assert.NotContains(t, md.String(), "<img")
	assert.NotContains(t, md.String(), "![")
	assert.NotContains(t, md.String(), "\x1b")
	assert.NotContains(t, md.String(), "\n"+forged)
}
