package locale

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// messageDirs are the packages whose diagnostics and errors reach
// authors and users: every message they make must be worded by every
// locale.
var messageDirs = []string{"../whitepaper", "../check", "../check/workbook", "../cmd/whitepaper", "."}

// messageFuncs are the functions that make a message from a format: the
// format is their last string-literal argument, so that a code literal
// before it is skipped.
var messageFuncs = map[string]bool{
	"Errorf": true, "errorf": true, "warnf": true, "diagf": true, "worded": true,
	"add": true, "fail": true, "say": true, "sayCmd": true, "warn": true, "Sprintf": true,
}

type messageSite struct {
	format string
	at     string
}

// messageFormats walks the source of messageDirs and returns every
// message format, and the places that make an error or print a message
// without one (fmt.Errorf, errors.New, fmt.Fprint to stderr).
func messageFormats(t *testing.T) (sites []messageSite, bare []string) {
	fset := token.NewFileSet()
	for _, dir := range messageDirs {
		names, err := filepath.Glob(filepath.Join(dir, "*.go"))
		require.NoError(t, err)
		for _, name := range names {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, 0)
			require.NoError(t, err)
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				var fn, recv string
				switch c := call.Fun.(type) {
				case *ast.Ident:
					fn = c.Name
				case *ast.SelectorExpr:
					fn = c.Sel.Name
					if id, ok := c.X.(*ast.Ident); ok {
						recv = id.Name
					}
				}
				at := fset.Position(call.Pos()).String()
				if (recv == "fmt" && fn == "Errorf" || recv == "errors" && fn == "New") && filepath.Base(name) != "wording.go" {
					bare = append(bare, at+": "+recv+"."+fn)
					return true
				}
				if recv == "fmt" && strings.HasPrefix(fn, "Fprint") && len(call.Args) > 0 {
					// A message printed as it is (usage texts may be).
					id, ok := call.Args[0].(*ast.Ident)
					if !ok || id.Name != "stderr" || len(call.Args) < 2 {
						return true
					}
					if lit, ok := call.Args[1].(*ast.BasicLit); ok && strings.HasPrefix(lit.Value, `"whitepaper`) {
						bare = append(bare, at+": fmt."+fn+"(stderr, …)")
					}
					return true
				}
				if !messageFuncs[fn] || recv == "fmt" {
					return true
				}
				// The format is the last string literal that no other
				// string literal follows.
				for i := len(call.Args) - 1; i >= 0; i-- {
					lit, ok := call.Args[i].(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						continue
					}
					s, err := strconv.Unquote(lit.Value)
					require.NoError(t, err)
					sites = append(sites, messageSite{s, at})
					break
				}
				return true
			})
		}
	}
	return sites, bare
}

var verbRE = regexp.MustCompile(`%(\[[0-9]+\])?[-+# 0-9.]*[a-zA-Z%]`)

// TestEveryMessageIsWorded walks every message the packages make and
// checks that every locale words it: the English locale as the Go source
// writes it, the others in their own words (not the English again) with
// the same arguments. WORDING_DUMP=FILE writes the formats no locale has
// yet, as lines to add to en.yaml.
func TestEveryMessageIsWorded(t *testing.T) {
	sites, bare := messageFormats(t)
	assert.Empty(t, bare, "make errors with whitepaper.Errorf and print messages with say, so that they are worded in every locale")
	require.NotEmpty(t, sites)
	var missing []string
	seen := map[string]bool{}
	for _, s := range sites {
		if seen[s.format] {
			continue
		}
		seen[s.format] = true
		key, ok := formatKey(s.format)
		if !ok {
			missing = append(missing, s.format)
			t.Errorf("%s: no locale words %q: add it to locales/en.yaml and every other locale under an err. key", s.at, s.format)
			continue
		}
		en := English().or().msgs[key]
		hasWords := strings.IndexFunc(verbRE.ReplaceAllString(en, ""), unicode.IsLetter) >= 0
		for _, c := range All() {
			msg, ok := c.or().msgs[key]
			if !assert.True(t, ok, "%s lacks %s (%q)", c, key, s.format) {
				continue
			}
			if c.Tag() != English().Tag() && hasWords {
				assert.NotEqual(t, en, msg, "%s words %s (%q) in English", c, key, s.format)
			}
			assert.Equal(t, argsUsed(en), argsUsed(msg), "%s: %s uses other arguments than the English %q", c, key, en)
		}
	}
	if dump := os.Getenv("WORDING_DUMP"); dump != "" && len(missing) > 0 {
		var b strings.Builder
		for _, m := range missing {
			fmt.Fprintf(&b, "%s: %s\n", "err."+slug(m), strconv.Quote(m))
		}
		require.NoError(t, os.WriteFile(dump, []byte(b.String()), 0o644))
	}
	// No key of the block is left that no code uses.
	for _, k := range English().Keys() {
		if strings.HasPrefix(k, "err.") {
			assert.True(t, seen[English().or().msgs[k]], "%s (%q) is worded but no code makes it", k, English().or().msgs[k])
		}
	}
}

// argsUsed returns the indexes of the arguments a format uses, sorted.
func argsUsed(format string) []int {
	var idx []int
	for i := range formatVerbs(format) {
		idx = append(idx, i)
	}
	slices.Sort(idx)
	return idx
}

// slug makes a key from the first words of a format.
func slug(format string) string {
	var words []string
	for _, w := range strings.FieldsFunc(verbRE.ReplaceAllString(format, " "), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if r := []rune(w); len(r) > 0 && r[0] < 0x80 {
			words = append(words, strings.ToLower(w))
		}
		if len(words) == 6 {
			break
		}
	}
	if len(words) == 0 {
		return "format"
	}
	for i := 1; i < len(words); i++ {
		words[i] = strings.ToUpper(words[i][:1]) + words[i][1:]
	}
	return strings.Join(words, "")
}

// TestWordsArguments checks how arguments are worded: nested wordings,
// errors of whitepaper.Errorf, fixed words, and a %q argument written
// between Japanese quotes.
func TestWordsArguments(t *testing.T) {
	_, err := whitepaper.ParseDuration("72時間以内です")
	require.Error(t, err)
	ja := Japanese().Error(err)
	assert.NotEqual(t, err.Error(), ja)
	assert.Equal(t, err.Error(), English().Error(err))
	assert.Contains(t, ja, "72時間以内です")
	assert.Equal(t, map[int]rune{0: 'q', 1: 's'}, formatVerbs("a %q b %s"))
	assert.Equal(t, map[int]rune{1: 's', 0: 'q'}, formatVerbs("%[2]s と %[1]q 100%%"))
	assert.Equal(t, "", Japanese().Error(nil))
}

// TestCountUnitHint checks the hint of a count in a unit its field does
// not take, in each locale, and that the value it suggests parses.
func TestCountUnitHint(t *testing.T) {
	src := "openwhitepaper: \"1\"\ntitle: {en: T}\nlanguages: [en]\npasswords:\n  lockout: 7 generations\n"
	doc, err := whitepaper.Parse([]byte(src))
	require.NoError(t, err)
	var d whitepaper.Diagnostic
	for _, x := range doc.Validate().Errors() {
		if x.Path == "/passwords/lockout" {
			d = x
		}
	}
	assert.Equal(t, "lockoutは回で数えます（世代ではありません）。「7回」のように書いてください", Japanese().DiagnosticMessage(d))
	assert.Equal(t, `lockout counts attempts, not generations: write it such as "7 attempts"`, English().DiagnosticMessage(d))
	c, err := whitepaper.ParseCount("7回")
	require.NoError(t, err)
	assert.Equal(t, whitepaper.Attempts, c.Unit)
}
