package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
