package render

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

const outlined = `openwhitepaper: "1"
languages: [en]
defaultLanguage: en
title: {en: Whitepaper}
vendor: {id: acme, name: {en: Acme}}
services: [{id: app, name: {en: App}}]
plans: [{id: pro, name: {en: Pro plan}}]
outline:
  - {number: "7", title: {en: "Keeping data safe"}, sections: [backup, logging]}
  - number: "9"
    title: {en: "Other matters"}
    entries:
      - {number: "9.1", title: {en: "Who does what"}, sections: [responsibilities]}
responsibilities:
  duties:
    - {party: customer, area: passwords, text: {en: "Keep passwords secret."}}
    - {party: customer, area: passwords, id: admins, plans: [pro], text: {en: "Enforce MFA for admins."}}
backup:
  sets: [{data: database, frequency: daily}]
  restoreOnRequest: false
  qualified: [{field: restoreOnRequest, qualifier: in-principle}]
logging:
  logs: [{type: access, retention: 1 year}]
`

// TestOutline checks that pages follow the vendor's outline: its numbers
// and titles, one heading holding two sections, nested headings, and that
// qualifiers and several duties of one party in one area are all shown.
func TestOutline(t *testing.T) {
	doc, err := whitepaper.Parse([]byte(outlined))
	require.NoError(t, err)
	require.False(t, doc.Validate().HasErrors(), "%v", doc.Validate())
	var md bytes.Buffer
	require.NoError(t, Markdown(&md, doc, &Options{Languages: []language.Tag{language.English}}))
	out := md.String()
	assert.Contains(t, out, "\n## 7. Keeping data safe\n\n### Backup\n")
	assert.Contains(t, out, "\n### Logging\n")
	assert.Contains(t, out, "\n## 9. Other matters\n\n### 9.1. Who does what\n")
	assert.Contains(t, out, "\n  - 9\\.1. Who does what\n", "nested headings are nested in the table of contents")
	assert.NotContains(t, out, "## 1.", "a document with an outline is numbered by it")
	assert.NotContains(t, out, "Version", "an unversioned document shows no version")
	assert.Contains(t, out, "Keep passwords secret.")
	assert.Contains(t, out, "Enforce MFA for admins.")
	assert.Contains(t, out, "Pro plan")
	assert.Contains(t, out, "- Data is not restored from backups at the customer's request. (In principle)\n")
	assert.Contains(t, out, "| Keep passwords secret. Enforce MFA for admins. (Pro plan) |", "sentences joined as written")

	var html bytes.Buffer
	require.NoError(t, HTML(&html, doc, &Options{Languages: []language.Tag{language.English}}))
	assert.Contains(t, html.String(), "<h2>7. Keeping data safe</h2>")
	assert.Contains(t, html.String(), "<h3>Backup</h3>")
	assert.Contains(t, html.String(), "<h3>9.1. Who does what</h3>")
}

// TestOutlineFields checks that a vendor heading holding a part of a
// section shows that part, and the section no longer does.
func TestOutlineFields(t *testing.T) {
	src := `openwhitepaper: "1"
languages: [en]
defaultLanguage: en
title: {en: Whitepaper}
vendor: {id: acme, name: {en: Acme}}
services: [{id: app, name: {en: App}}]
outline:
  - {number: "4", title: {en: "Deletion"}, sections: [data-deletion]}
  - {number: "5", title: {en: "Graduation"}, fields: [/dataDeletion/accessAfter]}
dataDeletion:
  rules: [{trigger: contract-end, after: within 90 days}]
  accessAfter: [{trigger: graduation, role: student, access: read-only}]
`
	doc, err := whitepaper.Parse([]byte(src))
	require.NoError(t, err)
	require.False(t, doc.Validate().HasErrors(), "%v", doc.Validate())
	var md bytes.Buffer
	require.NoError(t, Markdown(&md, doc, &Options{Languages: []language.Tag{language.English}}))
	out := md.String()
	four, five, ok := strings.Cut(out, "## 5. Graduation")
	require.True(t, ok, out)
	assert.Contains(t, four, "within 90 days")
	assert.NotContains(t, four, "Read-only", "the part shows under its own heading only")
	assert.Contains(t, five, "Read-only")
}

// TestNumberedTitle checks that a vendor title that carries its own
// number is not numbered a second time.
func TestNumberedTitle(t *testing.T) {
	for _, c := range []struct {
		title, number string
		want          bool
	}{
		{"1.利用者との責任分界点", "1", true},
		{"1 Scope", "1", true},
		{"第1章 総則", "1", true},
		{"10. Backup", "1", false},
		{"1.1 Scope", "1.1", true},
		{"Scope", "1", false},
		{"Scope", "", false},
	} {
		assert.Equal(t, c.want, numbered(c.title, c.number), "%q %q", c.title, c.number)
	}
	doc, err := whitepaper.Parse([]byte(strings.Replace(outlined, `title: {en: "Keeping data safe"}`, `title: {en: "7. Keeping data safe"}`, 1)))
	require.NoError(t, err)
	var md bytes.Buffer
	require.NoError(t, Markdown(&md, doc, &Options{Languages: []language.Tag{language.English}}))
	assert.Contains(t, md.String(), "\n## 7. Keeping data safe\n")
	assert.NotContains(t, md.String(), "7. 7.")
}

// TestLayout checks that a section follows the vendor's order of prose and
// facts (layout), and that facts its prose already words (worded) are not
// stated a second time.
func TestLayout(t *testing.T) {
	src := `openwhitepaper: "1"
languages: [en]
defaultLanguage: en
vendor: {id: acme, name: {en: Acme}}
services: [{id: app, name: {en: App}}]
labelling:
  userGroups: true
  dataLabels: false
  notes:
    - {en: "Customers sort their users into groups of their own."}
    - {en: "Ask support for anything else."}
  layout: [dataLabels, notes/1]
  worded: [userGroups]
`
	doc, err := whitepaper.Parse([]byte(src))
	require.NoError(t, err)
	require.False(t, doc.Validate().HasErrors(), "%v", doc.Validate())
	var md bytes.Buffer
	require.NoError(t, Markdown(&md, doc, &Options{Languages: []language.Tag{language.English}}))
	out := md.String()
	labels := strings.Index(out, locale.English().Message("fact.Labelling.dataLabels.false"))
	ask := strings.Index(out, "Ask support")
	groups := strings.Index(out, "Customers sort")
	require.True(t, labels >= 0 && ask >= 0 && groups >= 0, out)
	assert.Less(t, labels, ask, "the layout puts the fact before the paragraph")
	assert.Less(t, ask, groups, "what the layout does not name follows")
	assert.NotContains(t, out, locale.English().Message("fact.Labelling.userGroups.true"), "a fact the prose words is not stated again")

	bad, err := whitepaper.Parse([]byte(strings.Replace(src, "[dataLabels, notes/1]", "[dataLabel, notes/2]", 1)))
	require.NoError(t, err)
	ds := bad.Validate().Errors()
	require.Len(t, ds, 2, "%v", ds)
	assert.Contains(t, ds[0].Message, `"dataLabel" is neither a field of labelling nor a paragraph`)
	assert.Contains(t, ds[1].Message, `"notes/2" names no paragraph of labelling`)
}
