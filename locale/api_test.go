package locale

import (
	"go/importer"
	"go/token"
	"go/types"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNoInternalTypeInExportedAPI fails when an exported name of a public
// package of the module mentions a type of an internal package: another
// module could not name that type, so could not call the function (as it
// was with diff.Explain and *catalog.Catalog).
func TestNoInternalTypeInExportedAPI(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks the module from source")
	}
	out, err := exec.Command("go", "list", "github.com/openwhitepaper/whitepaper/...").Output()
	require.NoError(t, err)
	imp := importer.ForCompiler(token.NewFileSet(), "source", nil)
	var checked int
	for _, path := range strings.Fields(string(out)) {
		if strings.Contains(path, "/internal/") || strings.HasSuffix(path, "/internal") || strings.Contains(path, "/cmd/") {
			continue
		}
		pkg, err := imp.Import(path)
		require.NoError(t, err, path)
		checked++
		for _, bad := range internalMentions(pkg) {
			t.Errorf("%s", bad)
		}
	}
	assert.GreaterOrEqual(t, checked, 5, "the public packages were type-checked")
}

func TestInternalMentionsFindsOne(t *testing.T) {
	// The detector itself must see an internal type in a signature.
	pkg := types.NewPackage("example.com/m/pub", "pub")
	ipkg := types.NewPackage("example.com/m/internal/x", "x")
	it := types.NewNamed(types.NewTypeName(token.NoPos, ipkg, "T", nil), types.NewStruct(nil, nil), nil)
	sig := types.NewSignatureType(nil, nil, nil, types.NewTuple(types.NewVar(token.NoPos, pkg, "t", types.NewPointer(it))), nil, false)
	pkg.Scope().Insert(types.NewFunc(token.NoPos, pkg, "F", sig))
	pkg.Scope().Insert(types.NewFunc(token.NoPos, pkg, "g", sig))
	assert.Equal(t, []string{"example.com/m/pub.F mentions example.com/m/internal/x.T"}, internalMentions(pkg))
}

// internalMentions lists the exported names of pkg whose declaration
// mentions a type of an internal package: functions' parameters and
// results, variables and constants, exported fields and methods of
// exported types.
func internalMentions(pkg *types.Package) []string {
	var bad []string
	check := func(where string, t types.Type) {
		if n := findInternal(t, map[types.Type]bool{}); n != "" {
			bad = append(bad, where+" mentions "+n)
		}
	}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue
		}
		where := pkg.Path() + "." + name
		tn, ok := obj.(*types.TypeName)
		if !ok {
			check(where, obj.Type())
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok {
			check(where, tn.Type())
			continue
		}
		check(where, named.Underlying())
		for _, typ := range []types.Type{named, types.NewPointer(named)} {
			ms := types.NewMethodSet(typ)
			for i := range ms.Len() {
				m := ms.At(i).Obj()
				if m.Exported() {
					check(where+"."+m.Name(), m.Type())
				}
			}
		}
	}
	return bad
}

// findInternal returns the name of an internal type that t is or is built
// from, or "". Only exported fields and methods of structs and interfaces
// count.
func findInternal(t types.Type, seen map[types.Type]bool) string {
	if seen[t] {
		return ""
	}
	seen[t] = true
	switch t := t.(type) {
	case *types.Named:
		if obj := t.Obj(); obj.Pkg() != nil && isInternal(obj.Pkg().Path()) {
			return obj.Pkg().Path() + "." + obj.Name()
		}
		if args := t.TypeArgs(); args != nil {
			for i := range args.Len() {
				if n := findInternal(args.At(i), seen); n != "" {
					return n
				}
			}
		}
		return "" // its own exported API is checked where it is declared
	case *types.Alias:
		if obj := t.Obj(); obj.Pkg() != nil && isInternal(obj.Pkg().Path()) {
			return obj.Pkg().Path() + "." + obj.Name()
		}
		return findInternal(types.Unalias(t), seen)
	case *types.Pointer:
		return findInternal(t.Elem(), seen)
	case *types.Slice:
		return findInternal(t.Elem(), seen)
	case *types.Array:
		return findInternal(t.Elem(), seen)
	case *types.Chan:
		return findInternal(t.Elem(), seen)
	case *types.Map:
		if n := findInternal(t.Key(), seen); n != "" {
			return n
		}
		return findInternal(t.Elem(), seen)
	case *types.Signature:
		for _, tup := range []*types.Tuple{t.Params(), t.Results()} {
			for i := range tup.Len() {
				if n := findInternal(tup.At(i).Type(), seen); n != "" {
					return n
				}
			}
		}
	case *types.Struct:
		for i := range t.NumFields() {
			if f := t.Field(i); f.Exported() || f.Embedded() {
				if n := findInternal(f.Type(), seen); n != "" {
					return n
				}
			}
		}
	case *types.Interface:
		for i := range t.NumMethods() {
			if m := t.Method(i); m.Exported() {
				if n := findInternal(m.Type(), seen); n != "" {
					return n
				}
			}
		}
	}
	return ""
}

func isInternal(path string) bool {
	return strings.Contains(path, "/internal/") || strings.HasSuffix(path, "/internal") || strings.HasPrefix(path, "internal/")
}
