// Command checkstd type-checks Weft's Go standard library sources (stdlib/<path>/*.go) with
// Go's own type checker, resolving imports from stdlib/ rather than from Go's standard
// library. Functions without a body (Weft natives) are fine for go/types.
// Run from the repository root: `go run stdlib/_tools/checkstd.go [package...]`.
package main

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type stdImporter struct {
	fset *token.FileSet
	pkgs map[string]*types.Package
	errs int
}

func (im *stdImporter) Import(path string) (*types.Package, error) {
	if p, ok := im.pkgs[path]; ok {
		return p, nil
	}
	if path == "unsafe" {
		return importer.Default().Import(path)
	}
	dir := filepath.Join("stdlib", path)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("no package %s", path)
	}
	var files []*ast.File
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(im.fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			fmt.Println(err)
			im.errs++
			continue
		}
		files = append(files, f)
	}
	conf := types.Config{
		Importer: im,
		Error: func(err error) {
			fmt.Println(err)
			im.errs++
		},
	}
	p, _ := conf.Check(path, im.fset, files, nil)
	im.pkgs[path] = p
	return p, nil
}

func main() {
	im := &stdImporter{fset: token.NewFileSet(), pkgs: map[string]*types.Package{}}
	paths := os.Args[1:]
	if len(paths) == 0 {
		filepath.WalkDir("stdlib", func(p string, d os.DirEntry, err error) error {
			if d.IsDir() && strings.HasPrefix(d.Name(), "_") {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(p, ".go") {
				paths = append(paths, filepath.ToSlash(filepath.Dir(strings.TrimPrefix(p, "stdlib/"))))
			}
			return nil
		})
	}
	sort.Strings(paths)
	seen := map[string]bool{}
	var unique []string
	for _, p := range paths {
		if !seen[p] {
			seen[p] = true
			unique = append(unique, p)
			im.Import(p)
		}
	}
	paths = unique
	if im.errs > 0 {
		os.Exit(1)
	}
	fmt.Println("ok:", strings.Join(paths, " "))
}
