package whitepaper_test

import (
	"fmt"
	"testing"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestLookups(t *testing.T) {
	doc, err := examples.Load("loilo")
	require.NoError(t, err)

	c := doc.Certification(whitepaper.ISO27017, "aws")
	require.NotNil(t, c)
	assert.Equal(t, "aws", c.Holder)
	assert.Nil(t, doc.Certification(whitepaper.ISO27017, "loilo"))
	assert.NotEmpty(t, doc.CertificationsOf("aws"))
	for _, c := range doc.CertificationsOf("aws") {
		assert.Equal(t, "aws", c.Holder)
	}
	require.NotNil(t, doc.Organization("aws"))
	assert.Equal(t, doc.Vendor.ID, doc.Organization(doc.Vendor.ID).ID)
	assert.Nil(t, doc.Organization("nobody"))
	assert.Equal(t, doc.Services[0].ID, doc.Service(doc.Services[0].ID).ID)
	assert.Nil(t, doc.Service("nope"))
	empty := &whitepaper.Document{}
	assert.Nil(t, empty.Subprocessor("SendGrid"), "no section, no panic")
	assert.Nil(t, empty.Certification(whitepaper.ISO27001, "x"))
	assert.Nil(t, empty.CertificationsOf("x"))

	seculio, err := examples.Load("seculio")
	require.NoError(t, err)
	s := seculio.Subprocessor("SendGrid")
	require.NotNil(t, s)
	assert.Equal(t, "SendGrid", s.Name)
	assert.Nil(t, seculio.Subprocessor("sendgrid"), "keys compare exactly")
	require.NotNil(t, seculio.Revision("2.22"))
	assert.Equal(t, "2023-04-10", seculio.Revision("2.22").Date.String())
	assert.Nil(t, seculio.Revision("0.0.0"))
}

func TestText(t *testing.T) {
	doc := &whitepaper.Document{
		Languages:       []language.Tag{language.Japanese, language.English},
		DefaultLanguage: language.Japanese,
	}
	both := whitepaper.T("ja", "日本語", "en", "English")
	for _, tc := range []struct {
		text  whitepaper.Text
		prefs []language.Tag
		want  string
		used  language.Tag
	}{
		{both, []language.Tag{language.English}, "English", language.English},
		{both, []language.Tag{language.BritishEnglish}, "English", language.English},
		{both, []language.Tag{language.French, language.English}, "English", language.English},
		{both, []language.Tag{language.French}, "日本語", language.Japanese},
		{both, nil, "日本語", language.Japanese},
		{whitepaper.T("en", "only"), []language.Tag{language.Japanese}, "only", language.English},
		{whitepaper.T("fr", "seul"), nil, "seul", language.French},
		{nil, []language.Tag{language.English}, "", language.Und},
	} {
		s, used := doc.Text(tc.text, tc.prefs...)
		assert.Equal(t, tc.want, s, "%v %v", tc.text, tc.prefs)
		assert.Equal(t, tc.used, used, "%v %v", tc.text, tc.prefs)
	}
}

// A portal page for one vendor: look up a certification, a subprocessor,
// and texts in the reader's language with the document's fallback.
func ExampleDocument_Certification() {
	doc, err := examples.Load("loilo")
	if err != nil {
		fmt.Println(err)
		return
	}
	c := doc.Certification(whitepaper.ISO27017, "aws")
	holder := doc.Organization(c.Holder)
	name, _ := doc.Text(holder.Name, language.English)
	fmt.Println(c.Standard, "held by", name)
	// Output: iso27017 held by Amazon Web Services
}

func ExampleDocument_Subprocessor() {
	doc, err := examples.Load("seculio")
	if err != nil {
		fmt.Println(err)
		return
	}
	s := doc.Subprocessor("SendGrid")
	// Seculio is written in Japanese only: an English reader gets the
	// Japanese text, and used says so.
	function, used := doc.Text(s.Function, language.English)
	fmt.Println(s.Name, s.Operator, function, used)
	// Output: SendGrid SendGrid メール送信 ja
}

func ExampleDocument_Text() {
	doc, err := whitepaper.Parse([]byte(`openwhitepaper: "1"
languages: [ja, en]
defaultLanguage: ja
title: {ja: セキュリティホワイトペーパー, en: Security whitepaper}
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, prefs := range [][]language.Tag{{language.BritishEnglish}, {language.French}} {
		s, used := doc.Text(doc.Title, prefs...)
		fmt.Println(prefs, s, used)
	}
	// Output:
	// [en-GB] Security whitepaper en
	// [fr] セキュリティホワイトペーパー ja
}
