package site

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
	"weak"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// countingHistory is a History that parses each version from its YAML
// when asked, and counts the documents it handed out that are still
// reachable: before each read it collects garbage and counts the weak
// pointers that still point at a document.
type countingHistory struct {
	sources [][]byte // nil: the version cannot be read
	docs    []weak.Pointer[whitepaper.Document]
	most    int // the most documents alive at a read
}

func (h *countingHistory) Len() int { return len(h.sources) }

func (h *countingHistory) Version(_ context.Context, i int) (Version, error) {
	runtime.GC()
	alive := 0
	for _, p := range h.docs {
		if p.Value() != nil {
			alive++
		}
	}
	h.most = max(h.most, alive)
	commit := fmt.Sprintf("%040x", i+1)
	if h.sources[i] == nil {
		return Version{Commit: commit}, errors.New("cannot be read")
	}
	doc, err := whitepaper.Parse(h.sources[i])
	if err != nil {
		return Version{Commit: commit}, err
	}
	h.docs = append(h.docs, weak.Make(doc))
	return Version{Commit: commit, Date: time.Date(2025, 1, 1+i, 0, 0, 0, 0, time.UTC), Doc: doc, Source: h.sources[i]}, nil
}

// growingHistory is n versions of Seculio's whitepaper, version i with i
// more subprocessors; every fifth is committed twice (the same version),
// and 3.6 cannot be read.
func growingHistory(t *testing.T, n int) *countingHistory {
	t.Helper()
	h := &countingHistory{}
	for i := range n {
		doc := seculio(t)
		doc.Version = fmt.Sprintf("3.%d", i)
		doc.Revisions = nil
		for j := range i {
			doc.Subprocessors.Services = append(doc.Subprocessors.Services, whitepaper.Subprocessor{Name: fmt.Sprintf("Service %d", j), Operator: "Op"})
		}
		var src bytes.Buffer
		require.NoError(t, doc.EncodeYAML(&src))
		h.sources = append(h.sources, src.Bytes())
		if i%5 == 0 {
			h.sources = append(h.sources, src.Bytes())
		}
	}
	h.sources[8] = nil // version 3.6
	return h
}

// TestStreamHoldsFewDocuments builds the site of a long history one
// version at a time and counts the documents alive whenever the next one
// is read: the current, the one before and the one read last, however
// long the history (Build, given every version, held them all: 100
// commits of a 1.27 MB document took 1.75 GB).
func TestStreamHoldsFewDocuments(t *testing.T) {
	const n = 24
	h := growingHistory(t, n)
	res, err := Stream(context.Background(), filepath.Join(t.TempDir(), "site"), h, &Options{Languages: jaEn})
	require.NoError(t, err)
	assert.Len(t, res.Versions, n-1, "one per version of the document, less the one that cannot be read")
	require.Len(t, res.Missing.Skipped, 1)
	assert.Equal(t, "cannot be read", res.Missing.Skipped[0].Reason)
	assert.LessOrEqual(t, h.most, 3, "documents alive at a read")
	t.Logf("at most %d documents alive at a read, of %d versions", h.most, h.Len())

	// The count sees documents held: reading every version first, as
	// ReadGit does, keeps them all.
	h = growingHistory(t, n)
	var all []Version
	for i := range h.Len() {
		if v, err := h.Version(context.Background(), i); err == nil {
			all = append(all, v)
		}
	}
	_, _ = h.Version(context.Background(), 0)
	assert.Equal(t, len(all), h.most, "every version read is alive")
	runtime.KeepAlive(all)
}

// TestStreamMatchesBuild builds the same git history with Build (every
// version read first) and with Stream (one at a time): the same files,
// byte for byte, and the same versions left out.
func TestStreamMatchesBuild(t *testing.T) {
	h := seculioHistory(t)
	file := gitRepo(t, h...)
	commit(t, file, "not: [a whitepaper", "2025-03-01T10:00:00Z")
	commit(t, file, h[len(h)-1], "2025-03-02T10:00:00Z")
	ctx := context.Background()

	vs, missing, err := ReadGit(ctx, file, "")
	require.NoError(t, err)
	built := filepath.Join(t.TempDir(), "site")
	want, err := Build(ctx, built, vs, &Options{Languages: jaEn, Missing: missing})
	require.NoError(t, err)

	g, err := OpenGit(ctx, file, "")
	require.NoError(t, err)
	streamed := filepath.Join(t.TempDir(), "site")
	got, err := Stream(ctx, streamed, g, &Options{Languages: jaEn, Missing: g.Missing()})
	require.NoError(t, err)

	assert.Equal(t, want.Files, got.Files)
	assert.Equal(t, missing, got.Missing)
	require.Len(t, got.Missing.Skipped, 1, "the commit that does not load")
	require.Len(t, got.Versions, len(want.Versions))
	for i := range got.Versions {
		assert.Equal(t, want.Versions[i].Commit, got.Versions[i].Commit)
	}
	for _, name := range want.Files {
		a, err := os.ReadFile(filepath.Join(built, name))
		require.NoError(t, err)
		b, err := os.ReadFile(filepath.Join(streamed, name))
		require.NoError(t, err)
		assert.Equal(t, string(a), string(b), name)
	}
}

// TestStreamNothingUsable: a history none of whose versions can be read
// makes no site and says why.
func TestStreamNothingUsable(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	_, err := Stream(context.Background(), dir, &countingHistory{sources: [][]byte{nil, nil}}, nil)
	assert.ErrorContains(t, err, "none of the 2 can be used; the newest: cannot be read")
	_, err = Stream(context.Background(), dir, nil, nil)
	assert.ErrorContains(t, err, "no version to publish")
	_, err = os.Stat(dir)
	assert.ErrorIs(t, err, os.ErrNotExist, "nothing written")
}
