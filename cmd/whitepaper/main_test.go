package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/render"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const valid = `# yaml-language-server: $schema=../schema/whitepaper.schema.json
openwhitepaper: "1"
languages: [ja]
defaultLanguage: ja
title: {ja: テスト}
version: "1.0"
vendor: {id: acme, name: {ja: アクメ}}
services: [{id: app, name: {ja: アプリ}}]
backup: {sets: [{data: database, retention: P14D}]}
`

func write(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	return p
}

func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestValidateExitCodes(t *testing.T) {
	good := write(t, "good.yaml", valid)
	warn := write(t, "warn.yaml", strings.Replace(valid, "languages: [ja]", "languages: [ja, en]", 1))
	bad := write(t, "bad.yaml", valid+"bakup: 1\ndataLocation: {countries: [JP, JP]}\n")
	invalid := write(t, "invalid.yaml", valid+"dataLocation: {countries: [JP, JP]}\n")

	code, out, errOut := runCLI("validate", good)
	assert.Equal(t, 0, code)
	assert.Empty(t, out)
	assert.Equal(t, "1 valid, 0 invalid, 0 warnings\n", errOut)

	code, out, _ = runCLI("validate", warn)
	assert.Equal(t, 0, code, "warnings alone do not fail")
	assert.Contains(t, out, warn+":5:8: warning: text has no en version\n")

	code, out, errOut = runCLI("validate", good, bad)
	assert.Equal(t, 1, code)
	assert.Equal(t, "1 valid, 1 invalid, 0 warnings\n", errOut)
	assert.Equal(t, bad+`:10:1: error: unknown field "bakup"; did you mean "backup"?`+"\n", out,
		"decoding errors stop a file before validation")

	code, out, _ = runCLI("validate", invalid)
	assert.Equal(t, 1, code)
	assert.Equal(t, invalid+`:10:32: error: "JP" appears twice (also item 0)`+"\n", out)

	code, _, errOut = runCLI("validate")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "no files given")

	code, _, errOut = runCLI("validate", "--format", "xml", good)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, `unknown format "xml"`)

	code, _, errOut = runCLI("validate", filepath.Join(t.TempDir(), "missing.yaml"))
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "no such file")
}

func TestValidateJSON(t *testing.T) {
	good := write(t, "good.yaml", valid)
	invalid := write(t, "invalid.yaml", valid+"dataLocation: {countries: [JP, JP]}\n")
	code, out, _ := runCLI("validate", "--format", "json", good, invalid)
	assert.Equal(t, 1, code)
	var reports []struct {
		File        string
		Valid       bool
		Diagnostics []struct {
			Severity, Code, Path, Message string
			Pos                           struct {
				File         string
				Line, Column int
			}
		}
	}
	require.NoError(t, json.Unmarshal([]byte(out), &reports), out)
	require.Len(t, reports, 2)
	assert.True(t, reports[0].Valid)
	assert.Empty(t, reports[0].Diagnostics)
	assert.False(t, reports[1].Valid)
	require.Len(t, reports[1].Diagnostics, 1)
	d := reports[1].Diagnostics[0]
	assert.Equal(t, "error", d.Severity)
	assert.Equal(t, "duplicate-key", d.Code)
	assert.Equal(t, "/dataLocation/countries/1", d.Path)
	assert.Equal(t, 10, d.Pos.Line)
	assert.Equal(t, 32, d.Pos.Column)
}

func TestFmt(t *testing.T) {
	in := write(t, "doc.yaml", valid)
	code, out, errOut := runCLI("fmt", in)
	require.Equal(t, 0, code, errOut)
	want := `# yaml-language-server: $schema=../schema/whitepaper.schema.json
openwhitepaper: "1"
languages:
  - ja
defaultLanguage: ja
title:
  ja: テスト
version: "1.0"
vendor:
  id: acme
  name:
    ja: アクメ
services:
  - id: app
    name:
      ja: アプリ
backup:
  sets:
    - data: database
      retention: 14 days
`
	assert.Equal(t, want, out)

	// -w rewrites in place, and formatting is idempotent.
	code, _, _ = runCLI("fmt", "-w", in)
	require.Equal(t, 0, code)
	b, err := os.ReadFile(in)
	require.NoError(t, err)
	assert.Equal(t, want, string(b))

	// --to json converts; the JSON formats back to the same YAML.
	code, js, _ := runCLI("fmt", "--to", "json", in)
	require.Equal(t, 0, code)
	assert.True(t, json.Valid([]byte(js)))
	jf := write(t, "doc.json", js)
	code, back, _ := runCLI("fmt", "--to", "yaml", jf)
	require.Equal(t, 0, code)
	assert.Equal(t, strings.SplitN(want, "\n", 2)[1], back, "JSON has no comment line to keep")

	code, _, _ = runCLI("fmt", "-w", "--to", "json", in)
	require.Equal(t, 0, code)
	b, err = os.ReadFile(strings.TrimSuffix(in, ".yaml") + ".json")
	require.NoError(t, err)
	assert.Equal(t, js, string(b))

	bad := write(t, "bad.yaml", valid+"x: 1\n")
	code, _, errOut = runCLI("fmt", bad)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, `bad.yaml:10:1: error: unknown field "x"`)

	code, _, _ = runCLI("fmt", in, in)
	assert.Equal(t, 2, code)
	code, _, _ = runCLI("fmt", "--to", "toml", in)
	assert.Equal(t, 2, code)
}

func TestHelp(t *testing.T) {
	code, out, _ := runCLI("help")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "validate")
	assert.Contains(t, out, "fmt")

	code, out, _ = runCLI("help", "fmt")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "usage: whitepaper fmt")

	for _, cmd := range []string{"validate", "fmt", "schema", "render", "coverage", "lint", "diff"} {
		code, _, errOut := runCLI(cmd, "-h")
		assert.Equal(t, 0, code, cmd)
		assert.Contains(t, errOut, "usage: whitepaper "+cmd, cmd)
	}

	code, _, _ = runCLI()
	assert.Equal(t, 2, code)
	code, _, errOut := runCLI("frobnicate")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, `unknown command "frobnicate"`)
}

func TestSchema(t *testing.T) {
	code, out, _ := runCLI("schema")
	require.Equal(t, 0, code)
	b, err := os.ReadFile("../../schema/whitepaper.schema.json")
	require.NoError(t, err)
	assert.Equal(t, string(b), out)
	code, _, _ = runCLI("schema", "extra")
	assert.Equal(t, 2, code)
}

func TestRender(t *testing.T) {
	code, out, errOut := runCLI("render", "--lang", "en", "../../examples/seculio.yaml")
	require.Equal(t, 0, code, errOut)
	want, err := os.ReadFile("../../render/testdata/seculio.en.md")
	require.NoError(t, err)
	assert.Equal(t, string(want), out)

	dest := filepath.Join(t.TempDir(), "out.html")
	code, _, errOut = runCLI("render", "--format", "html", "--lang", "fr,ja", "-o", dest, "../../examples/classi.yaml")
	require.Equal(t, 0, code, errOut)
	b, err := os.ReadFile(dest)
	require.NoError(t, err)
	want, err = os.ReadFile("../../render/testdata/classi.ja.html")
	require.NoError(t, err)
	assert.Equal(t, string(want), string(b))

	invalid := write(t, "invalid.yaml", valid+"dataLocation: {countries: [JP, JP]}\n")
	code, _, errOut = runCLI("render", invalid)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "appears twice")
	code, _, _ = runCLI("render", "--format", "docx", invalid)
	assert.Equal(t, 2, code)
	code, _, _ = runCLI("render", "--lang", "!!", invalid)
	assert.Equal(t, 2, code)
}

// TestRenderPDF checks that -o FILE.pdf prints a PDF, and that without a
// browser the error says how to get one.
func TestRenderPDF(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "out.pdf")
	t.Setenv("WHITEPAPER_BROWSER", "")
	if _, err := render.Browser(); err == nil {
		code, _, errOut := runCLI("render", "--lang", "en", "-o", dest, "../../examples/seculio.yaml")
		require.Equal(t, 0, code, errOut)
		b, err := os.ReadFile(dest)
		require.NoError(t, err)
		assert.True(t, bytes.HasPrefix(b, []byte("%PDF-")), "a PDF")
	}
	t.Setenv("WHITEPAPER_BROWSER", filepath.Join(t.TempDir(), "no-such-browser"))
	code, _, errOut := runCLI("render", "--format", "pdf", "-o", filepath.Join(t.TempDir(), "x.pdf"), "../../examples/seculio.yaml")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "WHITEPAPER_BROWSER")
}

func TestCoverageAndLint(t *testing.T) {
	code, out, errOut := runCLI("coverage", "--lang", "ja", "../../examples/classi.yaml")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "12.3.1      はい")
	_, withProfile, _ := runCLI("coverage", "--lang", "ja", "--profile", "iso27017", "../../examples/classi.yaml")
	assert.Equal(t, withProfile, out, "the default profile's report is the same as the profile's")
	assert.Contains(t, out, "37項目（原典の項目数は未確認）")
	code, _, errOut = runCLI("coverage", "--fail-under", "99", "../../examples/classi.yaml")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "is under 99%")
	code, out, _ = runCLI("coverage", "--format", "json", "../../examples/nulab.yaml")
	require.Equal(t, 0, code)
	assert.True(t, json.Valid([]byte(out)))

	weak := write(t, "weak.yaml", valid+"cryptography: {inTransit: [{protocol: tls, minVersion: \"1.0\"}]}\n")
	code, out, _ = runCLI("lint", "--lang", "en", weak)
	assert.Equal(t, 1, code, "an error finding fails the run")
	assert.Contains(t, out, "error: The minimum TLS version is 1.0, below TLS 1.2 [tls-min-version-low]")
	cfg := write(t, "lint.yaml", "rules:\n  tls-min-version-low: warning\n")
	code, _, _ = runCLI("lint", "--config", cfg, weak)
	assert.Equal(t, 0, code, "the configuration lowers the rule to a warning")
	code, out, _ = runCLI("lint", "--format", "sarif", "../../examples/seculio.yaml")
	assert.Equal(t, 0, code)
	var sarif struct {
		Version string
		Runs    []struct{ Results []struct{ RuleID string } }
	}
	require.NoError(t, json.Unmarshal([]byte(out), &sarif))
	assert.Equal(t, "2.1.0", sarif.Version)
	assert.NotEmpty(t, sarif.Runs[0].Results)
	bad := write(t, "bad.yaml", "rules: {nope: none}\n")
	code, _, _ = runCLI("lint", "--config", bad, weak)
	assert.Equal(t, 2, code)
}

func TestDiff(t *testing.T) {
	src, err := os.ReadFile("../../examples/seculio.yaml")
	require.NoError(t, err)
	newer := strings.Replace(string(src), "generations: 7 generations", "generations: 3 generations", 1)
	require.NotEqual(t, string(src), newer)
	newFile := write(t, "new.yaml", newer)
	code, out, errOut := runCLI("diff", "--lang", "ja", "../../examples/seculio.yaml", newFile)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "バックアップ「データベース」の保管世代数が7世代から3世代に減りました\n")
	assert.NotContains(t, out, "backup-generations-decreased", "rule IDs only when asked for")
	code, out, _ = runCLI("diff", "--lang", "ja", "../../examples/seculio.yaml", newFile, "--rule-ids")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "保管世代数が7世代から3世代に減りました [backup-generations-decreased]")
	code, _, _ = runCLI("diff", "--fail-on", "weakened", "../../examples/seculio.yaml", newFile)
	assert.Equal(t, 1, code)
	code, _, _ = runCLI("diff", "--fail-on", "weakened", newFile, "../../examples/seculio.yaml")
	assert.Equal(t, 0, code, "the other way round it is strengthened")
	code, _, _ = runCLI("diff", "--fail-on", "notice-required", "../../examples/seculio.yaml", newFile)
	assert.Equal(t, 0, code, "fewer backup generations need no subprocessor notice")
	noZoho := write(t, "nozoho.yaml", strings.Replace(string(src), "    - name: Zoho\n", "    - name: Zoho Desk\n", 1))
	code, _, _ = runCLI("diff", "--fail-on", "notice-required", "../../examples/seculio.yaml", noZoho)
	assert.Equal(t, 1, code, "a new subprocessor needs a notice")
	code, out, _ = runCLI("diff", "--format", "github", "../../examples/seculio.yaml", newFile)
	require.Equal(t, 0, code)
	line := strings.Count(newer[:strings.Index(newer, "generations: 3 generations")], "\n") + 1
	assert.Regexp(t, `^::error file=.*new\.yaml,line=`+strconv.Itoa(line)+`,title=弱化：バックアップの状況::バックアップ「データベース」の保管世代数`, out, "an annotation on the changed line")
	code, out, _ = runCLI("diff", "--format", "markdown", "../../examples/seculio.yaml", newFile)
	require.Equal(t, 0, code)
	assert.Contains(t, out, "- **弱化** バックアップ「データベース」の保管世代数", "a weakening is listed")
	assert.NotContains(t, out, "<details>", "a weakening is never collapsed, and there is nothing else to collapse")
	code, out, _ = runCLI("diff", "--format", "json", "../../examples/seculio.yaml", newFile)
	require.Equal(t, 0, code)
	assert.Contains(t, out, `"fingerprint"`)
	code, out, _ = runCLI("diff", "--rules")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "backup-generations-decreased")
	code, _, _ = runCLI("diff", "../../examples/seculio.yaml")
	assert.Equal(t, 2, code)
	bad := write(t, "bad.yaml", valid+"x: 1\n")
	code, _, _ = runCLI("diff", bad, newFile)
	assert.Equal(t, 2, code, "a document that does not load is an error")
}

func TestCoverageProfiles(t *testing.T) {
	code, out, errOut := runCLI("coverage", "--profile", "meti-sla", "--format", "csv", "--lang", "ja", "../../examples/loilo.yaml")
	require.Equal(t, 0, code, errOut)
	assert.True(t, strings.HasPrefix(out, "\ufeff項番,項目,必須/任意,回答,根拠,記載箇所,出典\r\n"), out)
	assert.Contains(t, out, "5,可用性：サービス稼働率,必須,はい,")
	code, out, errOut = runCLI("coverage", "--profile", "../../check/testdata/profiles/user.yaml", "--format", "markdown", "--lang", "en", "../../examples/classi.yaml")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "| Q1 | Is data kept in Japan? | Required | Yes |")
	code, _, errOut = runCLI("coverage", "--profile", "../../check/testdata/profiles/unknown-path.yaml", "../../examples/classi.yaml")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, `unknown-path.yaml:10:17: error: question "Q1": field "/backup/sets/*/generatons" is not in the model`)
	code, _, errOut = runCLI("coverage", "--profile", "nope", "../../examples/classi.yaml")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, `no bundled profile "nope" (have aspic, caiq-v4, iso27017, meti-sla, mext)`)
	code, out, _ = runCLI("coverage", "--format", "json", "../../examples/seculio.yaml")
	require.Equal(t, 0, code)
	assert.Contains(t, out, `"profile": "iso27017"`)
}
