package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runWithStdin(stdin string, args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestFlagsAfterOperands(t *testing.T) {
	good := write(t, "good.yaml", valid)
	code, out, errOut := runCLI("validate", good, "--format", "json")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `"valid": true`)

	code, out, _ = runCLI("render", good, "--lang", "en", "--format", "html")
	require.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(out, "<!DOCTYPE html>"), out[:min(40, len(out))])

	// After --, everything is an operand.
	code, _, errOut = runCLI("validate", "--", "--format")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "--format: no such file or directory")
}

func TestStandardInput(t *testing.T) {
	code, _, errOut := runWithStdin(valid, "validate", "-")
	assert.Equal(t, 0, code, errOut)
	assert.Equal(t, "1 valid, 0 invalid, 0 warnings\n", errOut)

	code, out, _ := runWithStdin(valid+"bakup: 1\n", "validate", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "<stdin>:10:1: error: unknown field")

	for _, cmd := range [][]string{{"fmt", "-"}, {"render", "-"}, {"lint", "-"}, {"coverage", "-"}} {
		code, out, errOut := runWithStdin(valid, cmd...)
		assert.Contains(t, []int{0, 1}, code, "%v: %s", cmd, errOut)
		assert.NotEmpty(t, out, "%v", cmd)
	}
}

func TestValidateChecksEveryFile(t *testing.T) {
	good := write(t, "a.yaml", valid)
	bad := write(t, "b.yaml", valid+"dataLocation: {countries: [JP, JP]}\n")
	missing := filepath.Join(t.TempDir(), "missing.yaml")
	code, out, errOut := runCLI("validate", good, missing, bad)
	assert.Equal(t, 2, code, "a file that cannot be read is an error of the run")
	assert.Contains(t, errOut, "whitepaper validate: "+missing+": no such file or directory\n")
	assert.Contains(t, out, bad+":10:32: error:", "the file after the missing one is checked")
	assert.True(t, strings.HasSuffix(errOut, "1 valid, 1 invalid, 0 warnings, 1 unreadable\n"), errOut)
}

func TestDirectoryMessage(t *testing.T) {
	dir := t.TempDir()
	for _, cmd := range []string{"validate", "fmt", "render", "lint"} {
		_, _, errOut := runCLI(cmd, dir)
		assert.Contains(t, errOut, dir+" is a directory; give the documents in it, such as "+dir+"/*.yaml", cmd)
		assert.NotContains(t, errOut, "read "+dir, cmd)
	}
}

func TestUnsupportedLanguage(t *testing.T) {
	good := write(t, "good.yaml", valid)
	for _, cmd := range [][]string{
		{"render", "--lang", "fr", good},
		{"lint", "--lang", "fr", good},
		{"coverage", "--lang", "fr", good},
		{"diff", "--lang", "fr", good, good},
		{"init", "--lang", "fr"},
	} {
		code, out, errOut := runCLI(cmd...)
		assert.Equal(t, 2, code, "%v", cmd)
		assert.Empty(t, out, "%v", cmd)
		assert.Contains(t, errOut, "en, ja", "%v: the choices are listed", cmd)
	}
	// A list with one language that fits is fine.
	code, _, errOut := runCLI("render", "--lang", "fr,ja", good)
	assert.Equal(t, 0, code, errOut)
}

func TestRenderNeverOverwritesInput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "doc.yaml")
	require.NoError(t, os.WriteFile(in, []byte(valid), 0o644))
	require.NoError(t, os.Symlink(in, filepath.Join(dir, "link.yaml")))
	t.Chdir(dir)
	for _, dest := range []string{"doc.yaml", "./doc.yaml", "link.yaml", in, "../" + filepath.Base(dir) + "/doc.yaml"} {
		code, _, errOut := runCLI("render", "-o", dest, "doc.yaml")
		assert.Equal(t, 2, code, dest)
		assert.Contains(t, errOut, "would overwrite the input", dest)
		b, err := os.ReadFile(in)
		require.NoError(t, err)
		assert.Equal(t, valid, string(b), "%s: the input is untouched", dest)
	}
}

func TestRenderFormatFromExtension(t *testing.T) {
	dir := t.TempDir()
	in := write(t, "doc.yaml", valid)
	for dest, prefix := range map[string]string{
		"page.html": "<!DOCTYPE html>",
		"page.HTM":  "<!DOCTYPE html>",
		"page.md":   "# テスト",
		"page.txt":  "# テスト",
	} {
		p := filepath.Join(dir, dest)
		code, _, errOut := runCLI("render", "-o", p, in)
		require.Equal(t, 0, code, errOut)
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		assert.True(t, strings.HasPrefix(string(b), prefix), "%s: %.40s", dest, b)
	}
	// --format wins over the extension.
	p := filepath.Join(dir, "forced.html")
	code, _, _ := runCLI("render", "--format", "markdown", "-o", p, in)
	require.Equal(t, 0, code)
	b, _ := os.ReadFile(p)
	assert.True(t, strings.HasPrefix(string(b), "# テスト"), "%.40s", b)
}

func TestLintAndCoverageRefuseInvalid(t *testing.T) {
	dup := write(t, "dup.yaml", strings.Replace(valid, "languages: [ja]", "languages: [ja, ja]", 1))
	for _, cmd := range []string{"lint", "coverage"} {
		code, out, errOut := runCLI(cmd, dup)
		assert.Equal(t, 1, code, cmd)
		assert.Empty(t, out, cmd)
		assert.Contains(t, errOut, "appears twice", cmd)
	}
}

const commented = `# yaml-language-server: $schema=../schema/whitepaper.schema.json

# about the title
title: {ja: テスト} # line on title
openwhitepaper: "1"
languages: [ja] # the languages
defaultLanguage: ja
version: "1.0"
vendor:
  # head of id
  id: acme # line on id
  name: {ja: アクメ}
  # foot of vendor
services:
  # head of a list item
  - id: app # line in a list
    name: {ja: アプリ}
  # foot of the list
backup:
  sets:
    - data: database
      retention: P14D # canonical: 14 days
# at the end
`

func TestFmtKeepsComments(t *testing.T) {
	in := write(t, "doc.yaml", commented)
	code, _, errOut := runCLI("fmt", "-w", in)
	require.Equal(t, 0, code, errOut)
	b, err := os.ReadFile(in)
	require.NoError(t, err)
	got := string(b)
	for _, c := range regexp.MustCompile(`#[^\n]*`).FindAllString(commented, -1) {
		assert.Equal(t, 1, strings.Count(got, c), "%q once in\n%s", c, got)
	}
	assert.True(t, strings.HasPrefix(got, "# yaml-language-server:"), got)
	assert.Contains(t, got, "# about the title\ntitle: # line on title\n", "moved with its field")
	assert.Contains(t, got, "  id: acme # line on id\n")
	assert.Contains(t, got, "  - id: app # line in a list\n")
	assert.Contains(t, got, "      retention: 14 days # canonical: 14 days\n")

	// Formatting again changes nothing.
	code, out, _ := runCLI("fmt", "-l", in)
	assert.Equal(t, 0, code)
	assert.Empty(t, out)
}

func TestFmtCheckAndDiff(t *testing.T) {
	canonical := write(t, "ok.yaml", "")
	code, out, _ := runWithStdin(valid, "fmt", "-")
	require.Equal(t, 0, code)
	require.NoError(t, os.WriteFile(canonical, []byte(out), 0o644))
	messy := write(t, "messy.yaml", valid)

	for _, flag := range []string{"-l", "--check"} {
		code, out, _ := runCLI("fmt", flag, canonical, messy)
		assert.Equal(t, 1, code, flag)
		assert.Equal(t, messy+"\n", out, flag)
	}
	code, out, _ = runCLI("fmt", "-l", canonical)
	assert.Equal(t, 0, code)
	assert.Empty(t, out)

	code, out, _ = runCLI("fmt", "-d", messy)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "--- "+messy+"\n+++ "+messy+" (canonical)\n@@ ")
	assert.Contains(t, out, "-languages: [ja]\n+languages:\n+  - ja\n")
	assert.Contains(t, out, "-backup: {sets: [{data: database, retention: P14D}]}\n")
	b, _ := os.ReadFile(messy)
	assert.Equal(t, valid, string(b), "-l and -d do not write")

	code, _, errOut := runCLI("fmt", "-w", "-l", messy)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "-w does not go with -l or -d")
}

func TestFmtRefusesAliases(t *testing.T) {
	src := strings.Replace(valid, "vendor: {id: acme, name: {ja: アクメ}}", "vendor: {id: acme, name: &n {ja: アクメ}}", 1)
	src = strings.Replace(src, "name: {ja: アプリ}", "name: *n", 1)
	in := write(t, "alias.yaml", src)
	code, _, errOut := runCLI("fmt", "-w", in)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, in+":7:26: uses YAML anchors or aliases")
	b, _ := os.ReadFile(in)
	assert.Equal(t, src, string(b), "not rewritten")

	code, out, errOut := runCLI("fmt", in)
	assert.Equal(t, 0, code)
	assert.Contains(t, errOut, "warning: YAML anchors and aliases are written out in full")
	assert.Contains(t, out, "ja: アクメ")
}

func TestFmtJSONWarnsAboutComments(t *testing.T) {
	in := write(t, "doc.yaml", commented)
	code, _, errOut := runCLI("fmt", "--to", "json", in)
	assert.Equal(t, 0, code)
	assert.Contains(t, errOut, "warning: JSON has no comments")
	code, _, errOut = runCLI("fmt", "--to", "json", write(t, "plain.yaml", strings.SplitN(valid, "\n", 2)[1]))
	assert.Equal(t, 0, code)
	assert.Empty(t, errOut)
}

// TestFmtOutputLoadsAgain formats a document just under the size limit
// whose block form is larger than the limit: fmt must write a form the
// tool loads again.
func TestFmtOutputLoadsAgain(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a document at the loader's limits")
	}
	// A document just under the limits, written in flow style: fmt's
	// block style spends more lines and bytes on the same values.
	var b strings.Builder
	b.WriteString(strings.Replace(valid, "backup: {sets: [{data: database, retention: P14D}]}\n", "", 1))
	b.WriteString("revisions: [")
	indicators := 0
	for i := 0; b.Len() < 9<<20 && indicators < whitepaper.DefaultMaxNodes*9/10; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		entry := `{version: "0.` + strconv.Itoa(i) + `", date: "2024-01-01", changes: [{text: {ja: 変更}}]}`
		b.WriteString(entry)
		indicators += strings.Count(entry, ",") + strings.Count(entry, ":") + strings.Count(entry, "{") + strings.Count(entry, "[") + 1
	}
	b.WriteString("]\n")
	in := write(t, "big.yaml", b.String())
	_, err := whitepaper.LoadFile(in)
	require.NoError(t, err, "the input is accepted")

	code, _, errOut := runCLI("fmt", "-w", in)
	require.Equal(t, 0, code, errOut)
	_, err = whitepaper.LoadFile(in)
	require.NoError(t, err, "fmt's output is accepted again")
}

func TestHelpFitsIn80Columns(t *testing.T) {
	var texts []string
	_, out, _ := runCLI("help")
	texts = append(texts, out)
	for _, c := range commands() {
		_, _, errOut := runCLI(c.name, "-h")
		texts = append(texts, errOut)
	}
	tab := strings.NewReplacer("\t", "        ")
	for _, text := range texts {
		for _, line := range strings.Split(text, "\n") {
			cols := 0
			for _, r := range tab.Replace(line) {
				cols++
				if r >= 0x1100 {
					cols++
				}
			}
			assert.LessOrEqual(t, cols, 80, "%q", line)
		}
	}
	_, _, errOut := runCLI("diff", "-h")
	assert.NotContains(t, errOut, "or weakened or changed (changed)")
}

func TestVersion(t *testing.T) {
	code, out, _ := runCLI("version")
	assert.Equal(t, 0, code)
	assert.Regexp(t, `^whitepaper \S+.* go1\.`, out)

	info := &debug.BuildInfo{Main: debug.Module{Version: "v0.1.0"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "0123456789abcdef0123"},
		{Key: "vcs.time", Value: "2026-11-25T18:00:00Z"},
		{Key: "vcs.modified", Value: "true"},
	}}
	assert.Regexp(t, `^whitepaper v0\.1\.0 \(commit 0123456789ab\+dirty, 2026-11-25T18:00:00Z\) go`, versionLine(info))
	assert.Regexp(t, `^whitepaper \(devel\) go`, versionLine(&debug.BuildInfo{}))
}

func TestCompletion(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish"} {
		code, out, errOut := runCLI("completion", shell)
		require.Equal(t, 0, code, errOut)
		for _, c := range commands() {
			assert.Contains(t, out, c.name, shell)
		}
		assert.Contains(t, out, "fail-on", shell)
		assert.Contains(t, out, "revision-entry", shell)
	}
	code, _, _ := runCLI("completion", "tcsh")
	assert.Equal(t, 2, code)

	// The scripts parse, where the shell is installed.
	for shell, check := range map[string][]string{"bash": {"bash", "-n"}, "fish": {"fish", "--no-execute"}, "zsh": {"zsh", "-n"}} {
		if _, err := exec.LookPath(check[0]); err != nil {
			continue
		}
		_, out, _ := runCLI("completion", shell)
		cmd := exec.Command(check[0], check[1:]...)
		cmd.Stdin = strings.NewReader(out)
		b, err := cmd.CombinedOutput()
		assert.NoError(t, err, "%s: %s", shell, b)
	}
}

func TestInit(t *testing.T) {
	for _, lang := range []string{"ja", "en"} {
		code, out, errOut := runCLI("init", "--lang", lang)
		require.Equal(t, 0, code, errOut)
		doc, err := whitepaper.Parse([]byte(out), whitepaper.WithFilename("init."+lang+".yaml"))
		require.NoError(t, err, out)
		assert.Empty(t, doc.Validate(), "the skeleton validates as is")
		for _, s := range whitepaper.Sections() {
			assert.Contains(t, out, "\n"+s.Field+": {}\n", "%s: section %s", lang, s.ID)
			for _, c := range s.Controls {
				assert.Contains(t, out, "ISO/IEC 27017 "+c+" ", "%s: control %s", lang, c)
			}
		}
		retention := map[string]string{"ja": "retention: 72時間以内 | 30日以上", "en": "retention: within 72 hours | at least 30 days"}[lang]
		generations := map[string]string{"ja": "generations: 7世代", "en": "generations: 7 generations"}[lang]
		assert.Contains(t, out, retention, "hints in the skeleton's language")
		assert.Contains(t, out, generations, lang)
	}
	_, ja, _ := runCLI("init")
	assert.Contains(t, ja, "# == 21. バックアップの状況 (backup)")
	_, en, _ := runCLI("init", "--lang", "en")
	assert.Contains(t, en, "# == 21. Backup (backup)")

	// -o writes a new file and never overwrites one.
	p := filepath.Join(t.TempDir(), "new.yaml")
	code, _, _ := runCLI("init", "-o", p)
	require.Equal(t, 0, code)
	b, _ := os.ReadFile(p)
	assert.Equal(t, ja, string(b))
	code, _, errOut := runCLI("init", "--lang", "en", "-o", p)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "exists")
	b, _ = os.ReadFile(p)
	assert.Equal(t, ja, string(b))
}

// TestReadmeCommands runs the README's two newcomer commands as written:
// the first writes an English HTML page of the bilingual example to a
// file, the second runs the tests.
func TestReadmeCommands(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	section := string(readme)[strings.Index(string(readme), "## Two commands"):]
	blocks := regexp.MustCompile("(?s)```sh\n(.*?)\n```").FindAllStringSubmatch(section, 2)
	require.Len(t, blocks, 2)
	assert.Equal(t, "go test ./...", blocks[1][1])

	args := strings.Fields(strings.TrimPrefix(blocks[0][1], "go run ./cmd/whitepaper "))
	dir := t.TempDir()
	var out string
	for i, a := range args {
		if a == "-o" {
			out = filepath.Join(dir, args[i+1])
			args[i+1] = out
		}
		if strings.HasPrefix(a, "examples/") {
			args[i] = "../../" + a
		}
	}
	require.NotEmpty(t, out, "the main command writes a file")
	code, stdout, errOut := runCLI(args...)
	require.Equal(t, 0, code, errOut)
	assert.Empty(t, stdout, "nothing goes to the terminal")
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Contains(t, string(b), `<html lang="en">`)
	assert.Contains(t, string(b), "<title>LoiLoNote School Security Whitepaper</title>", "the example has English texts")
	assert.Contains(t, section, "open "+filepath.Base(out), "the README says how to open it")
}

// TestRenderNeverOverwritesStdin checks that -o is compared with the file
// standard input reads: render -o IN - < IN is refused.
func TestRenderNeverOverwritesStdin(t *testing.T) {
	in := write(t, "doc.yaml", valid)
	f, err := os.Open(in)
	require.NoError(t, err)
	defer f.Close()
	var out, errb bytes.Buffer
	code := run([]string{"render", "-o", in, "-"}, f, &out, &errb)
	assert.Equal(t, 2, code, errb.String())
	assert.Contains(t, errb.String(), "would overwrite the input, read from standard input")
	b, err := os.ReadFile(in)
	require.NoError(t, err)
	assert.Equal(t, valid, string(b), "the input is untouched")
}

// TestFmtToRefusesOtherFiles checks that fmt -w --to never replaces a file
// at the derived name that is not its input, nor writes through a link.
func TestFmtToRefusesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "doc.yaml")
	require.NoError(t, os.WriteFile(in, []byte(valid), 0o644))
	other := filepath.Join(dir, "doc.json")
	require.NoError(t, os.WriteFile(other, []byte("precious"), 0o644))
	code, _, errOut := runCLI("fmt", "-w", "--to", "json", in)
	assert.Equal(t, 2, code, errOut)
	assert.Contains(t, errOut, "already exists and is not")
	b, _ := os.ReadFile(other)
	assert.Equal(t, "precious", string(b))

	outside := filepath.Join(t.TempDir(), "outside.json")
	require.NoError(t, os.WriteFile(outside, []byte("precious"), 0o644))
	require.NoError(t, os.Remove(other))
	require.NoError(t, os.Symlink(outside, other))
	code, _, errOut = runCLI("fmt", "-w", "--to", "json", in)
	assert.Equal(t, 2, code, errOut)
	assert.Contains(t, errOut, "symbolic link")
	b, _ = os.ReadFile(outside)
	assert.Equal(t, "precious", string(b))

	// A new file is written; the input converted to its own format is the input.
	require.NoError(t, os.Remove(other))
	code, _, errOut = runCLI("fmt", "-w", "--to", "json", in)
	assert.Equal(t, 0, code, errOut)
	assert.FileExists(t, other)
	code, _, errOut = runCLI("fmt", "-w", "--to", "yaml", in)
	assert.Equal(t, 0, code, errOut)
}
