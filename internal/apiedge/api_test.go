package apiedge_test

import (
	"bytes"
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/openwhitepaper/whitepaper/check"
	"github.com/openwhitepaper/whitepaper/check/workbook"
	"github.com/openwhitepaper/whitepaper/compare"
	"github.com/openwhitepaper/whitepaper/diff"
	"github.com/openwhitepaper/whitepaper/examples"
	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/meaning"
	"github.com/openwhitepaper/whitepaper/render"
	"github.com/openwhitepaper/whitepaper/schema"
	"github.com/openwhitepaper/whitepaper/site"
	"github.com/openwhitepaper/whitepaper/whitepaper"
)

// Package apiedge_test holds the tests of the library's edges as a Go
// developer meets them: every exported function of every package is
// called with nil and zero arguments and must return, an error or an
// empty result, without panicking.

// packages are the library's packages, by directory.
var packages = []string{"check", "check/workbook", "compare", "diff", "examples", "locale", "meaning", "render", "schema", "site", "whitepaper"}

// funcs holds every exported function of the packages; TestFuncsComplete
// keeps it complete. Generic functions are instantiated with a type of
// the model.
var funcs = map[string]any{
	"check/workbook.DetectCAIQ":           workbook.DetectCAIQ,
	"check/workbook.Fill":                 workbook.Fill,
	"check/workbook.ProfileName":          workbook.ProfileName,
	"check/workbook.WriteAnswers":         workbook.WriteAnswers,
	"check/workbook.WriteProfileSkeleton": workbook.WriteProfileSkeleton,
	"meaning.Anchors":                     meaning.Anchors,
	"meaning.Bools":                       meaning.Bools,
	"meaning.Commitments":                 meaning.Commitments,
	"meaning.Compare":                     meaning.Compare,
	"meaning.CompareIn":                   meaning.CompareIn,
	"meaning.Counts":                      meaning.Counts,
	"meaning.Durations":                   meaning.Durations,
	"meaning.Extensions":                  meaning.Extensions,
	"meaning.Frequencies":                 meaning.Frequencies,
	"meaning.Item":                        meaning.Item,
	"meaning.Meets":                       meaning.Meets,
	"meaning.Methods":                     meaning.Methods,
	"meaning.NoneValue":                   meaning.NoneValue,
	"meaning.Of":                          meaning.Of,
	"meaning.Percents":                    meaning.Percents,
	"meaning.QualifierOf":                 meaning.QualifierOf,
	"meaning.Qualifiers":                  meaning.Qualifiers,
	"meaning.Ranked":                      meaning.Ranked,
	"meaning.RanksOf":                     meaning.RanksOf,
	"meaning.Sets":                        meaning.Sets,
	"meaning.StatusOf":                    meaning.StatusOf,
	"meaning.Statuses":                    meaning.Statuses,
	"meaning.TLSVersions":                 meaning.TLSVersions,
	"check.Answer":                        check.Answer,
	"check.Checklist":                     check.Checklist,
	"check.Coverage":                      check.Coverage,
	"check.Lint":                          check.Lint,
	"check.LoadProfile":                   check.LoadProfile,
	"check.ParseConfig":                   check.ParseConfig,
	"check.ParseProfile":                  check.ParseProfile,
	"check.ProfileByName":                 check.ProfileByName,
	"check.ProfileNames":                  check.ProfileNames,
	"check.Profiles":                      check.Profiles,
	"check.ReadProfile":                   check.ReadProfile,
	"check.Rules":                         check.Rules,
	"check.Summarize":                     check.Summarize,
	"check.VerdictLabel":                  check.VerdictLabel,
	"check.Word":                          check.Word,
	"check.WriteCoverageJSON":             check.WriteCoverageJSON,
	"check.WriteCoverageMarkdown":         check.WriteCoverageMarkdown,
	"check.WriteCoverageText":             check.WriteCoverageText,
	"check.WriteLintJSON":                 check.WriteLintJSON,
	"check.WriteLintText":                 check.WriteLintText,
	"check.WriteSARIF":                    check.WriteSARIF,
	"check.WriteSheetCSV":                 check.WriteSheetCSV,
	"check.WriteSheetJSON":                check.WriteSheetJSON,
	"check.WriteSheetMarkdown":            check.WriteSheetMarkdown,
	"check.WriteSheetText":                check.WriteSheetText,
	"compare.Documents":                   compare.Documents,
	"compare.KeyFacts":                    compare.KeyFacts,
	"diff.Classify":                       diff.Classify,
	"diff.Compare":                        diff.Compare,
	"diff.Explain":                        diff.Explain,
	"diff.Header":                         diff.Header,
	"diff.NewReport":                      diff.NewReport,
	"diff.Notice":                         diff.Notice,
	"diff.NoticeRequired":                 diff.NoticeRequired,
	"diff.ParseIgnore":                    diff.ParseIgnore,
	"diff.RevisionEntry":                  diff.RevisionEntry,
	"diff.Rules":                          diff.Rules,
	"diff.Summary":                        diff.Summary,
	"diff.WriteGitHub":                    diff.WriteGitHub,
	"diff.WriteJSON":                      diff.WriteJSON,
	"diff.WriteMarkdown":                  diff.WriteMarkdown,
	"diff.WriteNotice":                    diff.WriteNotice,
	"diff.WriteText":                      diff.WriteText,
	"examples.Bytes":                      examples.Bytes,
	"examples.FS":                         examples.FS,
	"examples.Load":                       examples.Load,
	"examples.Names":                      examples.Names,
	"locale.All":                          locale.All,
	"locale.DiagnosticKeys":               locale.DiagnosticKeys,
	"locale.DurationKey":                  locale.DurationKey,
	"locale.English":                      locale.English,
	"locale.Enum":                         locale.Enum[whitepaper.Standard],
	"locale.EnumKey":                      locale.EnumKey[whitepaper.Standard],
	"locale.FactKey":                      locale.FactKey,
	"locale.PromiseFactKey":               locale.PromiseFactKey,
	"locale.FieldKey":                     locale.FieldKey,
	"locale.For":                          locale.For,
	"locale.FromEnvironment":              locale.FromEnvironment,
	"locale.Japanese":                     locale.Japanese,
	"locale.Locales":                      locale.Locales,
	"locale.Match":                        locale.Match,
	"locale.Parse":                        locale.Parse,
	"locale.RequiredKeys":                 locale.RequiredKeys,
	"locale.SectionKey":                   locale.SectionKey,
	"locale.UnitKey":                      locale.UnitKey,
	"render.Browser":                      render.Browser,
	"render.HTML":                         render.HTML,
	"render.Markdown":                     render.Markdown,
	"render.Negotiate":                    render.Negotiate,
	"render.PDF":                          render.PDF,
	"render.RelativeURL":                  render.RelativeURL,
	"render.Stylesheet":                   render.Stylesheet,
	"schema.JSON":                         schema.JSON,
	"site.Build":                          site.Build,
	"site.Collapse":                       site.Collapse,
	"site.ReadGit":                        site.ReadGit,
	"whitepaper.Between":                  whitepaper.Between,
	"whitepaper.CompareVersions":          whitepaper.CompareVersions,
	"whitepaper.DayOf":                    whitepaper.DayOf,
	"whitepaper.Decode":                   whitepaper.Decode,
	"whitepaper.FieldByName":              whitepaper.FieldByName,
	"whitepaper.FieldPointer":             whitepaper.FieldPointer,
	"whitepaper.Fields":                   whitepaper.Fields,
	"whitepaper.For":                      whitepaper.For,
	"whitepaper.IsExtension":              whitepaper.IsExtension,
	"whitepaper.KeyOf":                    whitepaper.KeyOf,
	"whitepaper.Load":                     whitepaper.Load,
	"whitepaper.LoadFile":                 whitepaper.LoadFile,
	"whitepaper.MaxBytesOf":               whitepaper.MaxBytesOf,
	"whitepaper.LookupSection":            whitepaper.LookupSection,
	"whitepaper.LookupVocabulary":         whitepaper.LookupVocabulary,
	"whitepaper.Parse":                    whitepaper.Parse,
	"whitepaper.PricingOf":                whitepaper.PricingOf,
	"whitepaper.ParseCount":               whitepaper.ParseCount,
	"whitepaper.ParseDate":                whitepaper.ParseDate,
	"whitepaper.ParseDuration":            whitepaper.ParseDuration,
	"whitepaper.ParseFrequency":           whitepaper.ParseFrequency,
	"whitepaper.ParseMoney":               whitepaper.ParseMoney,
	"whitepaper.ParsePercent":             whitepaper.ParsePercent,
	"whitepaper.ParseSchedule":            whitepaper.ParseSchedule,
	"whitepaper.Patterns":                 whitepaper.Patterns,
	"whitepaper.Sections":                 whitepaper.Sections,
	"whitepaper.T":                        whitepaper.T,
	"whitepaper.Vocabularies":             whitepaper.Vocabularies,
	"whitepaper.VocabularyOf":             whitepaper.VocabularyOf,
	"whitepaper.WithFilename":             whitepaper.WithFilename,
	"whitepaper.WithFormat":               whitepaper.WithFormat,
	"whitepaper.WithMaxBytes":             whitepaper.WithMaxBytes,
	"whitepaper.WithMaxNodes":             whitepaper.WithMaxNodes,
	"whitepaper.Within":                   whitepaper.Within,
}

// TestFuncsComplete checks that funcs lists exactly the exported
// functions the packages declare, read from their source.
func TestFuncsComplete(t *testing.T) {
	var declared []string
	fset := token.NewFileSet()
	for _, pkg := range packages {
		files, err := filepath.Glob(filepath.Join("..", "..", pkg, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.IsExported() {
					declared = append(declared, pkg+"."+fd.Name.Name)
				}
			}
		}
	}
	sort.Strings(declared)
	var listed []string
	for name := range funcs {
		listed = append(listed, name)
	}
	sort.Strings(listed)
	for _, name := range declared {
		if !slices.Contains(listed, name) {
			t.Errorf("%s is not in funcs: add it", name)
		}
	}
	for _, name := range listed {
		if !slices.Contains(declared, name) {
			t.Errorf("funcs lists %s, which is not an exported function", name)
		}
	}
}

// zeroArgs returns the arguments of a call with nil and zero values: a
// writer that discards, an empty reader and a live context, since those
// are the caller's plumbing, and the zero value of every other type.
func zeroArgs(t *testing.T, ft reflect.Type, docs map[int]*whitepaper.Document) []reflect.Value {
	args := make([]reflect.Value, ft.NumIn())
	for i := range args {
		in := ft.In(i)
		switch {
		case in == reflect.TypeFor[io.Writer]():
			args[i] = reflect.ValueOf(io.Discard)
		case in == reflect.TypeFor[io.Reader]():
			args[i] = reflect.ValueOf(bytes.NewReader(nil))
		case in == reflect.TypeFor[context.Context]():
			args[i] = reflect.ValueOf(context.Background())
		case docs[i] != nil:
			args[i] = reflect.ValueOf(docs[i])
		default:
			args[i] = reflect.Zero(in)
		}
	}
	// A directory or file name given as "" would be the working
	// directory: give a fresh one instead.
	if ft == reflect.TypeOf(site.Build) {
		args[1] = reflect.ValueOf(filepath.Join(t.TempDir(), "site"))
	}
	return args
}

func call(t *testing.T, name string, fn any, docs map[int]*whitepaper.Document) {
	t.Helper()
	v := reflect.ValueOf(fn)
	args := zeroArgs(t, v.Type(), docs)
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s(%s) panics: %v", name, describe(args), r)
		}
	}()
	if v.Type().IsVariadic() {
		v.CallSlice(args)
		return
	}
	v.Call(args)
}

func describe(args []reflect.Value) string {
	var s []string
	for _, a := range args {
		if a.Kind() == reflect.Pointer && a.IsNil() || a.Kind() == reflect.Interface && a.IsNil() {
			s = append(s, "nil")
			continue
		}
		s = append(s, fmt.Sprintf("%T", a.Interface()))
	}
	return strings.Join(s, ", ")
}

// TestNilAndZeroArguments calls every exported function with nil and zero
// arguments; then, for a function that takes documents, with each one a
// real document and the others nil (diff.Compare(nil, doc)).
func TestNilAndZeroArguments(t *testing.T) {
	doc, err := examples.Load("seculio")
	if err != nil {
		t.Fatal(err)
	}
	docType := reflect.TypeFor[*whitepaper.Document]()
	names := make([]string, 0, len(funcs))
	for name := range funcs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fn := funcs[name]
		t.Run(name, func(t *testing.T) {
			call(t, name, fn, nil)
			ft := reflect.TypeOf(fn)
			for i := range ft.NumIn() {
				if ft.In(i) == docType {
					call(t, name, fn, map[int]*whitepaper.Document{i: doc})
				}
			}
		})
	}
}

var (
	_ = check.Lint
	_ = compare.Documents
	_ = diff.Compare
	_ = locale.Parse
	_ = render.HTML
	_ = schema.JSON
)
