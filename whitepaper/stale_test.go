package whitepaper

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPositionsOfAChangedDocument checks that a document changed in Go
// gives no line for a value it no longer holds as the file does, and
// keeps the positions of what is unchanged.
func TestPositionsOfAChangedDocument(t *testing.T) {
	src, err := os.ReadFile("../examples/seculio.yaml")
	require.NoError(t, err)
	doc, err := Parse(src, WithFilename("seculio.yaml"))
	require.NoError(t, err)
	const gens = "/backup/sets/0/generations"
	before := doc.Pos(gens)
	require.True(t, before.IsValid())
	assert.True(t, doc.Pos("/backup/sets/0/frequency").IsValid())

	doc.Backup.Sets[0].Generations = Count{Value: 5, Unit: Generations}
	assert.NotEqual(t, before, doc.Pos(gens), "a changed value has no line of its own")
	assert.Equal(t, doc.Pos("/backup/sets/0"), doc.Pos(gens), "it is where its set is")
	assert.True(t, doc.Pos("/backup/sets/0/frequency").IsValid(), "an unchanged one keeps its line")

	doc.Backup.Sets[0].Generations = Count{Value: 7, Unit: Generations}
	assert.Equal(t, before, doc.Pos(gens), "changed back, it is the file's again")

	// An item inserted in front shifts the list: its items' positions go.
	doc.Backup.Sets = append([]BackupSet{{Data: "files"}}, doc.Backup.Sets...)
	assert.Equal(t, doc.Pos("/backup"), doc.Pos(gens), "a list of another length: where its section is")
	assert.Equal(t, doc.Pos("/backup"), doc.Pos("/backup/sets"))

	// A document whose root itself changed keeps only its file's name.
	doc.Title = nil

	assert.Equal(t, Pos{Filename: "seculio.yaml"}, doc.Pos("/title"))
	for _, d := range doc.Validate() {
		if d.Path == "/title" {
			assert.False(t, d.Pos.IsValid(), "Validate's diagnostics follow the same rule: %v", d)
		}
	}
}
