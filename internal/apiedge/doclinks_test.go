package apiedge_test

import (
	"go/ast"
	"go/doc"
	"go/doc/comment"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// linkLike matches what a doc comment means as a link, [Name],
// [Type.Method] or [pkg.Name], once the comment parser has turned every
// link it resolves into a link: what is left in plain text did not
// resolve.
var linkLike = regexp.MustCompile(`\[\*?(?:[a-z][a-z0-9]*\.)?[A-Z][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?\]`)

// TestDocLinks checks every doc link of the module's godoc (packages,
// types, functions, methods, constants, variables and struct fields):
// each [Name] must name something that exists.
func TestDocLinks(t *testing.T) {
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "testdata", "node_modules", ".git":
				return filepath.SkipDir
			}
			checkDir(t, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func checkDir(t *testing.T, dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	if len(files) == 0 {
		return
	}
	pkg, err := doc.NewFromFiles(fset, files, "example.com/"+filepath.ToSlash(dir), doc.AllDecls)
	if err != nil {
		t.Fatal(err)
	}
	p := pkg.Parser()
	check := func(where, text string) {
		if text == "" {
			return
		}
		for _, bad := range unresolved(p.Parse(text)) {
			t.Errorf("%s: %s: doc link %s names nothing", dir, where, bad)
		}
	}
	check("package "+pkg.Name, pkg.Doc)
	for _, c := range pkg.Consts {
		check(strings.Join(c.Names, ", "), c.Doc)
	}
	for _, v := range pkg.Vars {
		check(strings.Join(v.Names, ", "), v.Doc)
	}
	for _, f := range pkg.Funcs {
		check(f.Name, f.Doc)
	}
	for _, typ := range pkg.Types {
		check(typ.Name, typ.Doc)
		for _, c := range typ.Consts {
			check(strings.Join(c.Names, ", "), c.Doc)
		}
		for _, v := range typ.Vars {
			check(strings.Join(v.Names, ", "), v.Doc)
		}
		for _, f := range typ.Funcs {
			check(f.Name, f.Doc)
		}
		for _, m := range typ.Methods {
			check(typ.Name+"."+m.Name, m.Doc)
		}
		for _, spec := range typ.Decl.Specs {
			ts, ok := spec.(*ast.TypeSpec)
			if !ok {
				continue
			}
			if st, ok := ts.Type.(*ast.StructType); ok {
				for _, field := range st.Fields.List {
					if field.Doc != nil {
						check(typ.Name+" field", field.Doc.Text())
					}
				}
			}
		}
	}
}

// unresolved returns the link-like text left in plain text.
func unresolved(d *comment.Doc) []string {
	var out []string
	var texts func([]comment.Text)
	texts = func(ts []comment.Text) {
		for _, x := range ts {
			switch x := x.(type) {
			case comment.Plain:
				out = append(out, linkLike.FindAllString(string(x), -1)...)
			case comment.Italic:
				out = append(out, linkLike.FindAllString(string(x), -1)...)
			case *comment.Link:
				texts(x.Text)
			}
		}
	}
	for _, b := range d.Content {
		switch b := b.(type) {
		case *comment.Paragraph:
			texts(b.Text)
		case *comment.Heading:
			texts(b.Text)
		case *comment.List:
			for _, it := range b.Items {
				for _, ib := range it.Content {
					if p, ok := ib.(*comment.Paragraph); ok {
						texts(p.Text)
					}
				}
			}
		}
	}
	return out
}
