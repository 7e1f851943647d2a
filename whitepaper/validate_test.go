package whitepaper

import (
	"reflect"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/internal/reflectx"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func diagStrings(ds Diagnostics) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.String())
	}
	return out
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"missing translation is a warning", minimal + "purpose: {statement: {ja: 目的}}\n",
			[]string{`doc.yaml:8:22: warning: text has no en version`}},
		{"undeclared language", minimal + "purpose: {statement: {ja: 目的, en: Purpose, fr: But}}\n",
			[]string{`doc.yaml:8:48: error: language fr is not among the document's languages`}},
		{"required field", minimal + "backup: {sets: [{frequency: daily}]}\n",
			[]string{`doc.yaml:8:17: error: data is required`}},
		{"duplicate key", minimal + "subprocessors:\n  services:\n    - {name: Zoho, countries: [US]}\n    - {name: AWS}\n    - {name: Zoho, countries: [JP]}\n",
			[]string{`doc.yaml:12:7: error: duplicate key name=Zoho (also item 0); add "id" to one of them to tell them apart (such as id: second), or state where they differ in one of: plans, services`}},
		{"composite key", minimal + "providers: [{id: aws, name: {ja: AWS, en: AWS}}]\ncertifications:\n  certifications:\n    - {standard: iso27001, holder: acme}\n    - {standard: iso27001, holder: aws}\n    - {standard: iso27001, holder: aws}\n",
			[]string{`doc.yaml:13:7: error: duplicate key standard=iso27001,holder=aws (also item 1); items of this list must differ in standard or holder`}},
		{"duplicate in a set", minimal + "dataLocation: {countries: [JP, US, JP]}\n",
			[]string{`doc.yaml:8:36: error: "JP" appears twice (also item 0)`}},
		{"unknown holder", minimal + "certifications: {certifications: [{standard: iso27001, holder: amazon}]}\n",
			[]string{`doc.yaml:8:64: error: "amazon" is not the vendor's ID or a provider's`}},
		{"unknown provider", minimal + "clockSync: {source: NTP, provider: aws}\n",
			[]string{`doc.yaml:8:36: error: "aws" is not the ID of a provider in /providers`}},
		{"unknown service", minimal + "backup: {sets: [{data: database, services: [web]}]}\n",
			[]string{`doc.yaml:8:45: error: "web" is not the ID of a service in /services`}},
		{"bad ID", minimal + "custom: [{id: My_Section, title: {ja: x, en: y}}]\n",
			[]string{`doc.yaml:8:15: error: invalid ID "My_Section": use lower-case letters, digits and single hyphens`}},
		{"custom section needs a title", minimal + "custom: [{id: history, after: nowhere}]\n",
			[]string{`doc.yaml:8:31: error: "nowhere" is not a standard section`, `doc.yaml:8:10: error: a custom section needs a title`}},
		{"revisions", minimal + `date: 2023-01-01
revisions:
  - {version: "1.0", date: 2021-04-01, changes: [{text: {ja: 初版, en: First}}]}
  - {version: "1.2", date: 2021-03-01, changes: [{text: {ja: 改訂, en: Revised}}], sections: [backup, bakup]}
  - {version: "1.1", date: 2022-01-01, changes: [{text: {ja: 改訂, en: Revised}}]}
`, []string{
			`doc.yaml:11:101: error: "bakup" is not a standard section or a custom one`,
			`doc.yaml:11:28: error: date 2021-03-01 is before the previous revision's 2021-04-01`,
			`doc.yaml:12:15: error: version 1.1 does not come after 1.2; list revisions oldest first, each version once`,
			`doc.yaml:12:15: error: the newest revision is 1.1 but the document's version is 1.0; add the entry of 1.0 to revisions (whitepaper diff --revision-entry OLD NEW drafts it)`,
			`doc.yaml:12:28: error: the newest revision is dated 2022-01-01 but the document is dated 2023-01-01; date the document and its newest revision alike`,
		}},
		{"revision history without date", minimal + "revisions: [{version: \"1.0\", date: 2021-04-01, changes: [{text: {ja: 初版, en: First}}]}]\n",
			[]string{`doc.yaml:1:1: error: the document has a revision history but no date; it should be 2021-04-01, the newest revision's`}},
		{"period order", minimal + "availability: {measured: [{from: 2019-03, to: 2019-01, uptime: 100%}]}\n",
			[]string{`doc.yaml:8:47: error: period ends (2019-01) before it starts (2019-03)`}},
		{"default language", "openwhitepaper: \"2\"\nlanguages: [ja]\ndefaultLanguage: en\ntitle: {ja: x}\nversion: \"1\"\nvendor: {id: a, name: {ja: a}}\nservices: [{id: s, name: {ja: s}}]\n",
			[]string{`doc.yaml:1:17: error: unsupported format version "2" (this package reads "1")`, `doc.yaml:3:18: error: default language en is not among the document's languages`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, diags := load(t, tt.src)
			require.Empty(t, diags, "decoding must succeed")
			assert.Equal(t, tt.want, diagStrings(doc.Validate()))
		})
	}
}

func TestValidateRequiredTopLevel(t *testing.T) {
	doc := &Document{}
	got := diagStrings(doc.Validate())
	assert.Equal(t, []string{
		"/openwhitepaper: error: openwhitepaper is required",
		"/languages: error: languages is required",
		"/defaultLanguage: error: defaultLanguage is required",
		"/vendor: error: vendor is required",
		"/services: error: services is required",
	}, got)
}

func TestValidateGoValues(t *testing.T) {
	// A document built in Go gets the same value checks as a decoded one.
	doc, diags := load(t, minimal)
	require.Empty(t, diags)
	doc.src = nil
	doc.Availability = &Availability{StatusPage: "javascript:alert(1)"}
	doc.Backup = &Backup{Sets: []BackupSet{{Data: "tape", Retention: Duration{Amount: -1, Unit: Day}}}}
	assert.Equal(t, []string{
		`/backup/sets/0/data: error: unknown data kind "tape" (want one of: all, database, files, passwords, backups, logs, surveys, personal-data, customer-data, derived-data, account-data, metadata, configuration; or an extension value x-… declared in extensions)`,
		`/backup/sets/0/retention: error: duration "-1 days" must be positive`,
		`/availability/statusPage: error: invalid URL "javascript:alert(1)": scheme "javascript" is not allowed (want http, https, mailto or tel)`,
	}, diagStrings(doc.Validate()))
}

func TestKeyOf(t *testing.T) {
	assert.Equal(t, "name=Zoho", KeyOf(Subprocessor{Name: "Zoho", Operator: "Zoho Corp"}))
	assert.Equal(t, "standard=iso27001,holder=aws", KeyOf(&Certification{Standard: ISO27001, Holder: "aws"}))
	assert.Equal(t, "trigger=contract-end,plans=paid", KeyOf(DeletionRule{Trigger: TriggerContractEnd, Applicability: Applicability{Plans: []string{"paid"}}}))
	assert.Equal(t, "data=database,type=full,services=a+b", KeyOf(BackupSet{Data: DataDatabase, Type: BackupFull, Applicability: Applicability{Services: []string{"b", "a"}}}))
	assert.Equal(t, "type=access,id=load-balancer", KeyOf(Log{Type: LogAccess, Applicability: Applicability{ID: "load-balancer"}}))
	assert.Equal(t, "", KeyOf(Manual{}))
}

// TestRegistryMatchesDocument checks that the section fields of Document
// are in registry order, each section type satisfies Section, and
// Document.Section finds them.
func TestRegistryMatchesDocument(t *testing.T) {
	typ := reflect.TypeFor[Document]()
	var fields []string
	for i := range typ.NumField() {
		f := typ.Field(i)
		if f.Type.Kind() == reflect.Pointer && f.Type.Implements(reflect.TypeFor[Section]()) {
			fields = append(fields, reflectx.JSONName(f))
		}
	}
	var want []string
	ids := map[SectionID]bool{}
	for _, s := range Sections() {
		want = append(want, s.Field)
		assert.False(t, ids[s.ID], "duplicate ID %s", s.ID)
		ids[s.ID] = true
		assert.Regexp(t, idRE, string(s.ID))
	}
	assert.Equal(t, want, fields)

	doc := &Document{Backup: &Backup{RestoreOnRequest: new(false)}, Custom: []CustomSection{{ID: "faq"}}}
	assert.Same(t, doc.Backup, doc.Section(SectionBackup))
	assert.Nil(t, doc.Section(SectionLogging))
	assert.Same(t, &doc.Custom[0], doc.Section("faq"))
	assert.Nil(t, doc.Section("nope"))
	info, ok := LookupSection(SectionIncidentResponse)
	require.True(t, ok)
	assert.Equal(t, []string{"16.1.1", "16.1.2", "16.1.7"}, info.Controls)
}

func TestExtensionRank(t *testing.T) {
	src := `openwhitepaper: "1"
languages: [en]
defaultLanguage: en
vendor: {id: v, name: {en: V}}
services: [{id: app, name: {en: App}}]
extensions:
  - {vocabulary: tls-version, value: x-tls-1-4, label: {en: TLS 1.4}, above: "1.3"}
  - {vocabulary: tls-version, value: x-ssl3, label: {en: SSL 3}, below: "0.9"}
  - {vocabulary: tls-version, value: x-odd, label: {en: Odd}, above: "1.2", below: "1.3"}
`
	doc, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range doc.Validate().Errors() {
		got = append(got, d.String())
	}
	joined := strings.Join(got, "\n")
	if len(got) != 2 || !strings.Contains(joined, `"0.9" is not a built-in value`) || !strings.Contains(joined, "not both") {
		t.Errorf("want the unknown value and the two-sided rank refused, got:\n%s", joined)
	}
}
