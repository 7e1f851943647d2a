package check

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestChecklistFieldsExist checks that every field the checklist names is
// a field of the model, and that the items the issue names are there.
func TestChecklistFieldsExist(t *testing.T) {
	doc := reflect.TypeFor[whitepaper.Document]()
	var controls []string
	for _, it := range Checklist() {
		controls = append(controls, it.Control)
		require.NotEmpty(t, append(it.Fields, it.Either...), it.Control)
		assert.NotEmpty(t, it.Title.Get(language.Japanese), it.Control)
		assert.NotEmpty(t, it.Title.Get(language.English), it.Control)
		for _, f := range append(it.Fields, it.Either...) {
			assert.True(t, typeHas(doc, f), "%s: %s is not a field of the model", it.Control, f)
		}
	}
	for _, c := range []string{"9.2.3", "12.1.3", "12.4.1", "CLD.12.4.5", "16.1.7", "18.1.2", "18.1.5"} {
		assert.Contains(t, controls, c)
	}
	// Every control a section answers is on the checklist.
	for _, s := range whitepaper.Sections() {
		for _, c := range s.Controls {
			assert.Contains(t, controls, c, "section %s", s.ID)
		}
	}
}

func typeHas(t reflect.Type, ptr string) bool {
	for _, seg := range strings.Split(strings.TrimPrefix(ptr, "/"), "/") {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			return false
		}
		f, ok := fieldType(t, seg)
		if !ok {
			return false
		}
		t = f
	}
	return true
}

func fieldType(t reflect.Type, name string) (reflect.Type, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous {
			if g, ok := fieldType(f.Type, name); ok {
				return g, true
			}
			continue
		}
		if n, _, _ := strings.Cut(f.Tag.Get("json"), ","); n == name {
			return f.Type, true
		}
	}
	return nil, false
}

func TestCoverageStatuses(t *testing.T) {
	no := false
	doc := &whitepaper.Document{
		Backup:  &whitepaper.Backup{RestoreOnRequest: &no},
		Logging: &whitepaper.Logging{Logs: []whitepaper.Log{{Type: whitepaper.LogLogin}}},
	}
	r := Coverage(doc)
	status := map[string]ItemResult{}
	for _, it := range r.Items {
		status[it.Control] = it
	}
	assert.Equal(t, NotProvided, status["12.3.1"].Status, "only a false: stated as not provided")
	assert.Equal(t, []string{"/backup/restoreOnRequest"}, status["12.3.1"].Paths)
	assert.Equal(t, Covered, status["12.4.1"].Status)
	assert.Equal(t, []string{"/logging/logs"}, status["12.4.1"].Paths)
	assert.Equal(t, Missing, status["9.2.3"].Status)

	doc.DataUse = &whitepaper.DataUse{VendorOwnership: &no}
	for _, it := range Coverage(doc).Items {
		if it.Control == "18.1.2" {
			assert.Equal(t, Covered, it.Status, "no ownership claimed is a disclosure, not a refusal")
		}
	}
	assert.Equal(t, len(r.Items), r.Covered+r.NotProvided+r.Missing)
	assert.InDelta(t, float64(r.Covered+r.NotProvided)*100/float64(len(r.Items)), r.Percent(), 1e-9)
}

// TestRulesHaveMessages checks every rule has a message and rationale in
// every locale, with the placeholders its findings fill in.
func TestRulesHaveMessages(t *testing.T) {
	for _, loc := range locale.All() {
		for _, r := range Rules() {
			for _, k := range []string{"lint." + r.ID + ".message", "lint." + r.ID + ".rationale"} {
				assert.True(t, loc.Has(k), "%s lacks %s", loc.Tag(), k)
			}
		}
	}
}

const base = `openwhitepaper: "1"
languages: [en]
defaultLanguage: en
title: {en: T}
version: "2"
vendor: {id: acme, name: {en: Acme}}
services: [{id: app, name: {en: App}}]
`

// TestEveryRuleFires gives each rule a document that breaks it.
func TestEveryRuleFires(t *testing.T) {
	cases := map[string]string{
		"tls-min-version-low":            "cryptography: {inTransit: [{protocol: tls, minVersion: \"1.0\"}]}\n",
		"promise-has-field":              "availability: {promises: [{topic: outage-notice, duration: within 2 hours}]}",
		"tls-min-version-missing":        "cryptography: {inTransit: [{protocol: tls}]}\n",
		"incident-deadline-missing":      "incidentResponse: {notification: {recipient: administrator}}\n",
		"incident-deadline-long":         "incidentResponse: {notification: {deadline: within 5 days}}\n",
		"backup-unspecified":             "backup: {sets: [{data: database}]}\n",
		"subprocessor-country-missing":   "subprocessors: {services: [{name: Zoho, data: [name]}]}\n",
		"subprocessor-data-missing":      "subprocessors: {services: [{name: Zoho, countries: [US]}]}\n",
		"certification-registry-missing": "certifications: {certifications: [{standard: iso27001, holder: acme, issued: \"2020\"}]}\n",
		"certification-date-missing":     "certifications: {certifications: [{standard: iso27001, holder: acme, registry: \"https://example.com\"}]}\n",
		"revision-version-mismatch":      "date: \"2024\"\nrevisions: [{version: \"1\", date: \"2024\", changes: [{text: {en: x}}]}]\n",
		"http-link":                      "availability: {statusPage: \"http://status.example.com\"}\n",
		"extension-value":                "extensions: [{vocabulary: measure-kind, value: x-bug-bounty, label: {en: Bug bounty}}]\nnetworkSecurity: {measures: [{kind: x-bug-bounty}]}\n",
		"privacy-policy-missing":         "",
		"url-mixed-script-host":          "availability: {statusPage: \"https://p\u0430ypal.example/\"}\n",
		"status-page-missing":            "",
		"deadline-vague":                 "incidentResponse: {notification: {deadline: promptly}}\n",
		"protection-none":                "cryptography: {atRest: [{data: database, method: none}]}\n",
		"certification-not-in-force":     "certifications: {certifications: [{standard: iso27001, holder: acme, status: expired}]}\n",
		"extension-unranked":             "extensions: [{vocabulary: tls-version, value: x-ssl3, label: {en: SSL 3.0}}]\ncryptography: {inTransit: [{protocol: tls, minVersion: x-ssl3}]}\n",
	}
	require.Len(t, cases, len(Rules()), "one case per rule")
	en := locale.For(language.English)
	for id, extra := range cases {
		doc, err := whitepaper.Parse([]byte(base + extra))
		require.NoError(t, err, id)
		fs := Lint(doc, nil)
		Word(fs, en)
		i := slices.IndexFunc(fs, func(f Finding) bool { return f.Rule == id })
		require.GreaterOrEqual(t, i, 0, "%s did not fire: %v", id, fs)
		assert.NotContains(t, fs[i].Message, "{", "%s: a placeholder was left unfilled: %s", id, fs[i].Message)
		off := Lint(doc, Config{id: SeverityNone})
		assert.False(t, slices.ContainsFunc(off, func(f Finding) bool { return f.Rule == id }), "none turns %s off", id)
	}
}

func TestParseConfig(t *testing.T) {
	cfg, err := ParseConfig([]byte("rules:\n  http-link: error\n  status-page-missing: none\n"))
	require.NoError(t, err)
	assert.Equal(t, Config{"http-link": SeverityError, "status-page-missing": SeverityNone}, cfg)
	for _, bad := range []string{"rules: {nope: error}\n", "rules: {http-link: fatal}\n", "rulez: {}\n"} {
		_, err := ParseConfig([]byte(bad))
		assert.Error(t, err, bad)
	}
}

// TestGolden runs coverage and lint over every example.
func TestGolden(t *testing.T) {
	for _, name := range examples.Names() {
		doc, err := examples.Load(name)
		require.NoError(t, err)
		file := name + ".yaml"
		for _, lang := range []string{"ja", "en"} {
			loc := locale.For(language.MustParse(lang))
			var b bytes.Buffer
			require.NoError(t, WriteCoverageText(&b, Coverage(doc), loc))
			fs := Lint(doc, nil)
			Word(fs, loc)
			b.WriteString("\n")
			require.NoError(t, WriteLintText(&b, file, fs, loc))
			golden(t, filepath.Join("testdata", name+"."+lang+".txt"), b.Bytes())
		}
		fs := Lint(doc, nil)
		Word(fs, locale.For(language.English))
		var s bytes.Buffer
		require.NoError(t, WriteSARIF(&s, file, fs, locale.For(language.English)))
		assert.True(t, json.Valid(s.Bytes()))
		golden(t, filepath.Join("testdata", name+".sarif"), s.Bytes())
	}
}

func golden(t *testing.T, file string, got []byte) {
	t.Helper()
	if *update {
		require.NoError(t, os.WriteFile(file, got, 0o644))
		return
	}
	want, err := os.ReadFile(file)
	require.NoError(t, err, "run: go test ./check -update")
	assert.Equal(t, string(want), string(got), "%s: run go test ./check -update and read the diff", file)
}

// TestIncidentDeadlineExtremes checks the one ordered comparison of the
// posture checks at the extremes of what a document may state.
func TestIncidentDeadlineExtremes(t *testing.T) {
	for deadline, long := range map[string]bool{
		"within 72 hours":       false,
		"within 259200 seconds": false,
		"within 259201 seconds": true,
		"within 213504 days":    true,
		"within 5124096 hours":  true,
		"within 1000 years":     true,
		"P365250D":              true,
		"indefinitely":          true,
		"immediately":           false,
		"promptly":              false,
	} {
		doc, err := whitepaper.Parse([]byte(base + "incidentResponse: {notification: {deadline: " + deadline + "}}\n"))
		require.NoError(t, err, deadline)
		fired := slices.ContainsFunc(Lint(doc, nil), func(f Finding) bool { return f.Rule == "incident-deadline-long" })
		assert.Equal(t, long, fired, "incident-deadline-long for %s", deadline)
	}
}

// TestMixedScriptHosts checks which host names the homograph rule flags.
func TestMixedScriptHosts(t *testing.T) {
	for host, mixed := range map[string]bool{
		"example.com":           false,
		"例え.jp":                 false,
		"日本語とカタカナ.example":      false, // Japanese scripts with Latin
		"한국.example":            false,
		"пример.рф":             false, // Cyrillic alone
		"p\u0430ypal.com":       true,  // a Cyrillic а among Latin letters
		"\u0435xample.com":      true,
		"αβγ.example":           true, // Greek and Latin
		"пример.example.com":    true,
		"192.0.2.1":             false,
		"xn--80ak6aa92e.com":    true,  // Punycode of a Cyrillic "аррӏе" with a Latin ".com"
		"xn--e1afmkfd.xn--p1ai": false, // пример.рф, Cyrillic alone
		"xn--pypal-4ve.com":     true,  // pаypal.com
		"xn--zz.com":            false, // not Punycode that decodes: ASCII
	} {
		assert.Equal(t, mixed, mixedScript(host), host)
	}
}

// TestDeadlineWorded checks that the deadline in a finding is worded in the
// reader's language, not in the document's canonical English form.
func TestDeadlineWorded(t *testing.T) {
	doc, err := whitepaper.Parse([]byte(base + "incidentResponse: {notification: {deadline: within 5 days}}\n"))
	require.NoError(t, err)
	fs := Lint(doc, nil)
	ja := locale.For(language.Japanese)
	Word(fs, ja)
	i := slices.IndexFunc(fs, func(f Finding) bool { return f.Rule == "incident-deadline-long" })
	require.GreaterOrEqual(t, i, 0)
	assert.NotContains(t, fs[i].Message, "within")
	assert.Contains(t, fs[i].Message, ja.Duration(whitepaper.Within(5, whitepaper.Day)))
}
