package main

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/diagnostics")

// TestMain runs the tests in an English environment, whatever the
// machine's, so that messages default to English.
func TestMain(m *testing.M) {
	os.Unsetenv("LC_ALL")
	os.Unsetenv("LC_MESSAGES")
	os.Setenv("LANG", "C.UTF-8")
	os.Exit(m.Run())
}

// TestDiagnosticsInTheReadersLanguage keeps what validate says of an
// author's usual mistakes, in Japanese and in English.
func TestDiagnosticsInTheReadersLanguage(t *testing.T) {
	src := filepath.Join("testdata", "diagnostics", "mistakes.yaml")
	for _, lang := range []string{"ja", "en"} {
		t.Run(lang, func(t *testing.T) {
			code, out, errOut := runCLI("validate", "--lang", lang, src)
			assert.Equal(t, exitInvalid, code)
			got := out + errOut
			golden := filepath.Join("testdata", "diagnostics", lang+".golden")
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, string(want), got)
		})
	}
}

// TestMoreMistakesInTheReadersLanguage keeps what the command says, in
// Japanese and in English, of mistakes that load but do not validate
// (a count in another unit, a version without its revision, init's
// placeholders), of a file cut off, and of its own usage errors.
func TestMoreMistakesInTheReadersLanguage(t *testing.T) {
	dir := filepath.Join("testdata", "diagnostics")
	runs := [][]string{
		{"validate", filepath.Join(dir, "checked.yaml")},
		{"validate", filepath.Join(dir, "cut.yaml")},
		{"validate", "--format", "xml", filepath.Join(dir, "checked.yaml")},
		{"coverage", "--profile", "meti", filepath.Join(dir, "checked.yaml")},
		{"fmt", "--to", "toml", filepath.Join(dir, "checked.yaml")},
		{"lint", filepath.Join(dir, "cut.yaml")},
	}
	for _, lang := range []string{"ja", "en"} {
		t.Run(lang, func(t *testing.T) {
			var got strings.Builder
			for _, args := range runs {
				args = append([]string{args[0], "--lang", lang}, args[1:]...)
				_, out, errOut := runCLI(args...)
				got.WriteString("$ whitepaper " + strings.Join(args, " ") + "\n" + out + errOut)
			}
			golden := filepath.Join(dir, "more."+lang+".golden")
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(got.String()), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, string(want), got.String())
			if lang == "ja" {
				for _, line := range strings.Split(got.String(), "\n") {
					if strings.HasPrefix(line, "$") || line == "" {
						continue
					}
					_, msg, _ := strings.Cut(line, ": ")
					assert.NotRegexp(t, `\b(want|unknown|is|the|not|must)\b`, msg, "English left in %q", line)
				}
			}
		})
	}
}

// TestLanguageFromEnvironment checks that messages follow LANG and the
// like when --lang is not given, and that --lang wins.
func TestLanguageFromEnvironment(t *testing.T) {
	src := filepath.Join("testdata", "diagnostics", "mistakes.yaml")
	t.Setenv("LANG", "ja_JP.UTF-8")
	_, out, errOut := runCLI("validate", src)
	assert.Contains(t, out, "エラー: ")
	assert.Contains(t, errOut, "有効0件、無効1件、警告0件")
	_, out, _ = runCLI("validate", "--lang", "en", src)
	assert.Contains(t, out, "error: ")
	t.Setenv("LC_ALL", "C")
	_, out, _ = runCLI("validate", src)
	assert.Contains(t, out, "error: ")
	// The loading diagnostics of every other command are worded alike.
	t.Setenv("LC_ALL", "")
	_, _, errOut = runCLI("render", src)
	assert.Contains(t, errOut, "エラー: ")
}

// TestSummaryPlural checks that one warning is "1 warning".
func TestSummaryPlural(t *testing.T) {
	one := strings.Replace(valid, "languages: [ja]", "languages: [ja, en]", 1)
	one = strings.Replace(one, "title: {ja: テスト}", "title: {ja: テスト, en: Test}", 1)
	one = strings.Replace(one, "name: {ja: アクメ}", "name: {ja: アクメ, en: Acme}", 1)
	warn := write(t, "warn.yaml", one)
	_, out, errOut := runCLI("validate", warn)
	assert.Equal(t, 1, strings.Count(out, "warning: "), out)
	assert.Equal(t, "1 valid, 0 invalid, 1 warning\n", errOut)
	_, _, errOut = runCLI("validate", "--lang", "ja", warn)
	assert.Equal(t, "有効1件、無効0件、警告1件\n", errOut)
}

// TestInitIsCanonicalAndWarnsOfPlaceholders checks that a new skeleton
// passes fmt -l as it is, and that validate warns of its placeholders
// and empty sections until they are filled in.
func TestInitIsCanonicalAndWarnsOfPlaceholders(t *testing.T) {
	for _, lang := range []string{"ja", "en"} {
		file := filepath.Join(t.TempDir(), "new.yaml")
		code, _, errOut := runCLI("init", "--lang", lang, "-o", file)
		require.Equal(t, exitOK, code, errOut)
		code, out, _ := runCLI("fmt", "-l", file)
		assert.Equal(t, exitOK, code, "fmt -l lists nothing")
		assert.Empty(t, out)
		code, out, errOut = runCLI("validate", "--lang", "en", file)
		assert.Equal(t, exitOK, code, "placeholders are warnings")
		assert.Equal(t, 2, strings.Count(out, "is the placeholder init wrote"), out)
		assert.Contains(t, out, "sections are empty ({})")
		assert.Contains(t, errOut, "1 valid, 0 invalid, 3 warnings")
	}
}

// TestRevisionEntryDraftsANewVersion checks that --revision-entry drafts
// the entry of a version the history does not have yet, and that the
// draft, added to revisions, makes the document valid.
func TestRevisionEntryDraftsANewVersion(t *testing.T) {
	src, err := os.ReadFile("../../examples/seculio.yaml")
	require.NoError(t, err)
	old := write(t, "old.yaml", string(src))
	newSrc := strings.Replace(string(src), `version: "2.27"`, `version: "2.28"`, 1)
	newSrc = strings.Replace(newSrc, "generations: 7 generations", "generations: 5 generations", 1)
	newSrc = strings.Replace(newSrc, `date: "2024-11-22"`, `date: "2024-12-01"`, 1)
	newFile := write(t, "new.yaml", newSrc)

	code, out, _ := runCLI("validate", "--lang", "en", newFile)
	assert.Equal(t, exitInvalid, code)
	assert.Contains(t, out, "add the entry of 2.28 to revisions (whitepaper diff --revision-entry OLD NEW drafts it)")

	code, draft, errOut := runCLI("diff", "--lang", "ja", "--revision-entry", old, newFile)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, draft, `- version: "2.28"`)
	assert.Contains(t, draft, `date: "2024-12-01"`)
	assert.Contains(t, draft, "保管世代数を7世代から5世代に削減")

	// Add the draft at the end of revisions, indented as the list is.
	lines := strings.Split(newSrc, "\n")
	start := slices.Index(lines, "revisions:")
	require.GreaterOrEqual(t, start, 0)
	end := start + 1
	for end < len(lines) && (strings.HasPrefix(lines[end], " ") || lines[end] == "") {
		end++
	}
	var indented []string
	for _, l := range strings.Split(strings.TrimRight(draft, "\n"), "\n") {
		indented = append(indented, "  "+l)
	}
	fixed := strings.Join(append(append(append([]string{}, lines[:end]...), indented...), lines[end:]...), "\n")
	code, out, _ = runCLI("validate", write(t, "fixed.yaml", fixed))
	assert.Equal(t, exitOK, code, out)
}

// TestInitHintsAreValidValues checks that the hints init gives a count
// field, from the units the field takes, are values the field accepts,
// in the skeleton's language.
func TestInitHintsAreValidValues(t *testing.T) {
	for _, lang := range []string{"ja", "en"} {
		loc, err := locale.Parse(lang)
		require.NoError(t, err)
		for u, c := range unitExamples {
			worded := loc.Count(c)
			back, err := whitepaper.ParseCount(worded)
			if assert.NoError(t, err, "%s %s worded %q", lang, u, worded) {
				assert.Equal(t, c.Value, back.Value, "%q", worded)
				assert.Equal(t, c.Bound, back.Bound, "%q", worded)
			}
		}
		_, out, _ := runCLI("init", "--lang", lang)
		want := map[string]string{"ja": "minLength: 8文字以上", "en": "minLength: at least 8 characters"}[lang]
		assert.Contains(t, out, want, "a password's minimum length is hinted in characters")
	}
}

// TestInitHintsFromTheFieldsKinds checks that the skeleton hints an
// item's kind from its list field's own kinds: staff measures for
// personnel.measures, not network ones.
func TestInitHintsFromTheFieldsKinds(t *testing.T) {
	out := filepath.Join(t.TempDir(), "new.yaml")
	code, _, errOut := runCLI("init", "--lang", "en", "-o", out)
	require.Equal(t, exitOK, code, errOut)
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	s := string(data)
	personnel := s[strings.Index(s, "(personnel)"):]
	personnel = personnel[:strings.Index(personnel, "\n# ==")]
	assert.Contains(t, personnel, "kind: managed-devices | device-encryption")
	assert.NotContains(t, personnel, "firewall")
	network := s[strings.Index(s, "(networkSecurity)"):]
	assert.Contains(t, network, "kind: firewall | waf")
}
