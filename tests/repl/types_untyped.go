package main

// `:type` reports what go/types says an expression's type is: a constant expression keeps its
// untyped type ("untyped int"), which %T cannot show (it prints the default type). This program
// asks go/types for each expression of types_untyped.in, in a package like the session's.
import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
)

const src = `package main

import (
	"math"
	"time"
)

const c = 10

var x = c

var _, _ = math.Pi, time.Second
`

func main() {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "session.go", src, 0)
	if err != nil {
		panic(err)
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	pkg, err := conf.Check("main", fset, []*ast.File{f}, nil)
	if err != nil {
		panic(err)
	}
	exprs := []string{`1`, `2.5`, `"s"`, `'r'`, `true`, `nil`, `1 << 100`, `c`, `c * 1.5`,
		`math.Pi`, `time.Second`, `int8(3)`, `len("four")`, `x`}
	for _, e := range exprs {
		tv, err := types.Eval(fset, pkg, f.End(), e)
		if err != nil {
			panic(err)
		}
		// Named types as %T shows them (main.T, time.Duration).
		fmt.Println(types.TypeString(tv.Type, func(p *types.Package) string { return p.Name() }))
	}
}
