package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestOutlineOfSeveralSources checks an outline that holds an untitled
// lead paragraph, two source documents that both number from 1, and a
// heading that points at one paragraph of a section's notes: the lead
// paragraph has no heading and no line in the contents, and each
// paragraph is shown once, under the heading that holds it.
func TestOutlineOfSeveralSources(t *testing.T) {
	src := `openwhitepaper: "1"
languages: [en]
defaultLanguage: en
title: {en: Whitepaper}
vendor: {id: acme, name: {en: Acme}}
services: [{id: app, name: {en: App}}]
sources:
  - {id: whitepaper, kind: document, label: {en: Whitepaper}, url: "https://example.com/wp.pdf"}
  - {id: policy, kind: document, label: {en: Policy}, url: "https://example.com/policy.pdf"}
outline:
  - fields: [/purpose/notes/0]
  - title: {en: Whitepaper}
    source: whitepaper
    entries:
      - {number: "1", title: {en: Purpose}, sections: [purpose]}
      - {number: "2", title: {en: Backup}, sections: [backup]}
  - title: {en: Policy}
    source: policy
    entries:
      - {number: "1", title: {en: On recovery}, fields: [/backup/notes/1]}
purpose:
  notes: [{en: "LEAD This paper describes Acme's security."}, {en: "The purpose itself."}]
backup:
  sets: [{data: database, frequency: twice a day}]
  notes: [{en: "We take backups."}, {en: "RESTORE Restores are done on request."}]
`
	doc, err := whitepaper.Parse([]byte(src))
	require.NoError(t, err)
	require.False(t, doc.Validate().HasErrors(), "%v", doc.Validate())
	var md bytes.Buffer
	require.NoError(t, Markdown(&md, doc, &Options{Languages: []language.Tag{language.English}}))
	out := md.String()
	assert.Equal(t, 1, strings.Count(out, "LEAD"), "the lead paragraph is shown once")
	assert.Equal(t, 1, strings.Count(out, "RESTORE"), "the claimed paragraph is shown once")
	assert.NotContains(t, out, "\n## \n", "no empty heading")
	assert.NotContains(t, out, "\n- \n", "no empty line in the contents")
	lead, rest, ok := strings.Cut(out, "## Whitepaper")
	require.True(t, ok, out)
	assert.Contains(t, lead, "LEAD")
	wp, policy, ok := strings.Cut(rest, "## Policy")
	require.True(t, ok, out)
	assert.Contains(t, wp, "### 1. Purpose")
	assert.Contains(t, wp, "### 2. Backup")
	assert.Contains(t, wp, "twice a day")
	assert.NotContains(t, wp, "RESTORE")
	assert.Contains(t, policy, "### 1. On recovery\n\nRESTORE")

	var html bytes.Buffer
	require.NoError(t, HTML(&html, doc, &Options{Languages: []language.Tag{language.English}}))
	h := html.String()
	assert.NotContains(t, h, "<h2></h2>")
	assert.Equal(t, 1, strings.Count(h, "LEAD"))
	assert.Equal(t, 4, strings.Count(h, ">1. "), "both sources number from 1, in the contents and the headings")
}
