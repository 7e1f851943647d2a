package site

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
	sv "github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFeeds parses both feeds with a feed library and checks the elements
// RFC 4287 requires: the feed's id, title, updated and author, and each
// entry's id, title, updated and content, with ids that are URIs, unique
// and stable.
func TestFeeds(t *testing.T) {
	file := gitRepo(t, seculioHistory(t)...)
	out, _ := buildGit(t, file, nil)
	for name, entries := range map[string]int{"versions.atom": 3, "subprocessors.atom": 1} {
		data := read(t, out, name)
		f, err := gofeed.NewParser().ParseString(data)
		require.NoError(t, err, name)
		assert.Equal(t, "atom", f.FeedType, name)
		assert.Equal(t, "1.0", f.FeedVersion, name)
		require.Len(t, f.Items, entries, name)

		var raw atomFeed
		require.NoError(t, xml.Unmarshal([]byte(data), &raw), name)
		uri := regexp.MustCompile(`^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
		assert.Regexp(t, uri, raw.ID, name)
		assert.NotEmpty(t, raw.Title, name)
		assert.NotEmpty(t, raw.Author.Name, name)
		_, err = time.Parse(time.RFC3339, raw.Updated)
		assert.NoError(t, err, name)
		ids := map[string]bool{raw.ID: true}
		for _, e := range raw.Entries {
			assert.Regexp(t, uri, e.ID, name)
			assert.False(t, ids[e.ID], "%s: id %s twice", name, e.ID)
			ids[e.ID] = true
			assert.NotEmpty(t, e.Title, name)
			assert.NotEmpty(t, e.Content.Text, name)
			_, err := time.Parse(time.RFC3339, e.Updated)
			assert.NoError(t, err, name)
			require.NotEmpty(t, e.Links, name)
			page, _, _ := strings.Cut(e.Links[0].Href, "#")
			assert.FileExists(t, filepath.Join(out, page), name)
		}
	}
	f, err := gofeed.NewParser().ParseString(read(t, out, "versions.atom"))
	require.NoError(t, err)
	assert.Equal(t, "版 2.26、日付 2024年7月16日", f.Items[1].Title)
	assert.Equal(t, "2024-07-16T00:00:00Z", f.Items[1].Updated)
	assert.Contains(t, f.Items[1].Content, "18 認証 において、プライバシーマークの項目を削除。")
	assert.Contains(t, f.Items[1].Content, "弱化1件")
	f, err = gofeed.NewParser().ParseString(read(t, out, "subprocessors.atom"))
	require.NoError(t, err)
	assert.Equal(t, "追加: Auth0（版 2.27、日付 2024年11月22日）", f.Items[0].Title)
	assert.Equal(t, "2024-11-22T00:00:00Z", f.Items[0].Updated)

	// The ids stay when a later version is added.
	v228 := strings.Replace(seculioHistory(t)[3], "version: \"2.27\"\ndate: \"2024-11-22\"", "version: \"2.28\"\ndate: \"2025-01-10\"", 1)
	v228 = strings.Replace(v228, "responsibilities:\n", "  - version: \"2.28\"\n    date: \"2025-01-10\"\n    changes:\n      - text:\n          ja: 誤記を修正。\nresponsibilities:\n", 1)
	out2, res := buildGit(t, gitRepo(t, append(seculioHistory(t), v228)...), nil)
	require.Len(t, res.Versions, 4)
	var before, after atomFeed
	require.NoError(t, xml.Unmarshal([]byte(read(t, out, "versions.atom")), &before))
	require.NoError(t, xml.Unmarshal([]byte(read(t, out2, "versions.atom")), &after))
	assert.Equal(t, before.ID, after.ID)
	require.Len(t, after.Entries, 4)
	assert.Equal(t, before.Entries, after.Entries[1:])
	assert.Equal(t, "2025-01-10T00:00:00Z", after.Updated)
}

// schemas compiles the committed schemas of the site's JSON files, with
// the schemas they refer to.
func schemas(t *testing.T) *sv.Compiler {
	t.Helper()
	c := sv.NewCompiler()
	for _, f := range []string{"changes.schema.json", "subprocessors.schema.json", "../diff/report.schema.json", "../schema/whitepaper.schema.json"} {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		doc, err := sv.UnmarshalJSON(bytes.NewReader(data))
		require.NoError(t, err)
		id, _ := doc.(map[string]any)["$id"].(string)
		require.NotEmpty(t, id, f)
		require.NoError(t, c.AddResource(id, doc))
	}
	return c
}

func TestJSONMatchesSchemas(t *testing.T) {
	file := gitRepo(t, seculioHistory(t)...)
	out, _ := buildGit(t, file, nil)
	c := schemas(t)
	base := "https://raw.githubusercontent.com/openwhitepaper/whitepaper/v0.1.0/"
	for name, schema := range map[string]string{
		"changes.json":       base + "site/changes.schema.json",
		"subprocessors.json": base + "site/subprocessors.schema.json",
		"whitepaper.json":    base + "schema/whitepaper.schema.json",
	} {
		s, err := c.Compile(schema)
		require.NoError(t, err, schema)
		inst, err := sv.UnmarshalJSON(strings.NewReader(read(t, out, name)))
		require.NoError(t, err, name)
		assert.NoError(t, s.Validate(inst), name)
	}
	// The schemas are not so loose that anything passes.
	s, err := c.Compile(base + "site/subprocessors.schema.json")
	require.NoError(t, err)
	bad, err := sv.UnmarshalJSON(strings.NewReader(strings.Replace(read(t, out, "subprocessors.json"), `"change": "added"`, `"change": "moved"`, 1)))
	require.NoError(t, err)
	assert.Error(t, s.Validate(bad))

	sp := read(t, out, "subprocessors.json")
	assert.Contains(t, sp, `"name": "Auth0"`)
	assert.Contains(t, sp, `"lead": "at least 30 days"`)
	ch := read(t, out, "changes.json")
	assert.Contains(t, ch, `"rule": "certification-removed"`)
}

// TestDeterministic builds the same history twice: the same bytes.
func TestDeterministic(t *testing.T) {
	file := gitRepo(t, seculioHistory(t)...)
	a, ra := buildGit(t, file, nil)
	b, rb := buildGit(t, file, nil)
	require.Equal(t, ra.Files, rb.Files)
	for _, name := range append(ra.Files, ManifestName) {
		assert.Equal(t, read(t, a, name), read(t, b, name), name)
	}
}

// TestDirectory checks that Build refuses a directory it did not make,
// writes into one with --force without touching other files, and that a
// later build deletes only the files an earlier one wrote.
func TestDirectory(t *testing.T) {
	file := gitRepo(t, seculioHistory(t)...)
	ctx := context.Background()
	vs, _, err := ReadGit(ctx, file, "")
	require.NoError(t, err)

	dir := t.TempDir()
	mine := filepath.Join(dir, "notes.txt")
	require.NoError(t, os.WriteFile(mine, []byte("mine"), 0o644))
	_, err = Build(ctx, dir, vs, nil)
	require.ErrorIs(t, err, ErrNotEmpty)
	assert.NoFileExists(t, filepath.Join(dir, "index.html"))

	res, err := Build(ctx, dir, vs, &Options{Force: true})
	require.NoError(t, err)
	assert.Contains(t, res.Files, "version-2.25.html")
	assert.FileExists(t, filepath.Join(dir, ManifestName))

	// Its own directory needs no force; a shorter history removes the
	// pages it no longer has, and nothing else.
	res, err = Build(ctx, dir, vs[2:], nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"version-2.25.html", "version-2.25.yaml"}, res.Removed)
	assert.NoFileExists(t, filepath.Join(dir, "version-2.25.html"))
	assert.FileExists(t, filepath.Join(dir, "version-2.26.html"))
	data, err := os.ReadFile(mine)
	require.NoError(t, err)
	assert.Equal(t, "mine", string(data))

	// A manifest naming a path out of the directory deletes nothing.
	outside := filepath.Join(t.TempDir(), "keep.txt")
	require.NoError(t, os.WriteFile(outside, nil, 0o644))
	rel, err := filepath.Rel(dir, outside)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, ManifestName), []byte(rel+"\n../keep.txt\nnotes.txt\n"), 0o644))
	res, err = Build(ctx, dir, vs, nil)
	require.NoError(t, err)
	assert.FileExists(t, outside)
	assert.Equal(t, []string{"notes.txt"}, res.Removed, "a name at the top of the directory is taken as written by a build")

	// A link in the place of a page is not written through.
	target := filepath.Join(t.TempDir(), "target.html")
	require.NoError(t, os.WriteFile(target, []byte("keep"), 0o644))
	require.NoError(t, os.Remove(filepath.Join(dir, "index.html")))
	require.NoError(t, os.Symlink(target, filepath.Join(dir, "index.html")))
	_, err = Build(ctx, dir, vs, nil)
	assert.ErrorContains(t, err, "index.html: not a regular file")
	data, err = os.ReadFile(target)
	require.NoError(t, err)
	assert.Equal(t, "keep", string(data))
}

// TestSchemasNameTheFields checks that each committed schema names
// exactly the fields the Go types write.
func TestSchemasNameTheFields(t *testing.T) {
	props := func(file string, path ...string) []string {
		t.Helper()
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		var m any
		require.NoError(t, json.Unmarshal(data, &m))
		for _, k := range path {
			m = m.(map[string]any)[k]
		}
		return slices.Sorted(maps.Keys(m.(map[string]any)["properties"].(map[string]any)))
	}
	fields := func(v any) []string {
		var names []string
		typ := reflect.TypeOf(v)
		for i := range typ.NumField() {
			name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
			names = append(names, name)
		}
		slices.Sort(names)
		return names
	}
	assert.Equal(t, fields(Changes{}), props("changes.schema.json"))
	assert.Equal(t, fields(ChangesEntry{}), props("changes.schema.json", "properties", "versions", "items"))
	assert.Equal(t, fields(Subprocessors{}), props("subprocessors.schema.json"))
	assert.Equal(t, fields(SubprocessorChange{}), props("subprocessors.schema.json", "properties", "history", "items"))
}
