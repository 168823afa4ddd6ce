// Parser: types and declarations, checked through ast::dump().
#include <doctest.h>

#include "parser_test_util.hpp"

using namespace weft::parser_test;

TEST_CASE("parser: type names, pointers, arrays, maps") {
  CHECK(typeDump("int") == "int");
  CHECK(typeDump("pkg.T") == "(. pkg T)");
  CHECK(typeDump("*T") == "(* T)");
  CHECK(typeDump("**T") == "(* (* T))");
  CHECK(typeDump("[]int") == "(slicetype int)");
  CHECK(typeDump("[4][5]int") == "(array 4 (array 5 int))");
  CHECK(typeDump("[N+1]byte") == "(array (+ N 1) byte)");
  CHECK(typeDump("map[string][]*T") == "(map string (slicetype (* T)))");
}

TEST_CASE("parser: channel types and direction rules") {
  CHECK(typeDump("chan int") == "(chan int)");
  CHECK(typeDump("chan<- int") == "(chan<- int)");
  CHECK(typeDump("<-chan int") == "(<-chan int)");
  CHECK(typeDump("chan<- chan int") == "(chan<- (chan int))");
  CHECK(typeDump("chan (<-chan int)") == "(chan (paren (<-chan int)))");
  CHECK(typeDump("<-chan <-chan int") == "(<-chan (<-chan int))");
  CHECK(typeDump("chan<- <-chan int") == "(chan<- (<-chan int))");
}

TEST_CASE("parser: function types and parameter grouping") {
  CHECK(typeDump("func()") == "(func (params) (results))");
  CHECK(typeDump("func(int, string) bool") ==
        "(func (params (field () int) (field () string)) (results (field () bool)))");
  CHECK(typeDump("func(a, b int, c string) (x, y float64)") ==
        "(func (params (field (a b) int) (field (c) string)) (results (field (x y) float64)))");
  CHECK(typeDump("func(...int)") == "(func (params (field () (... int))) (results))");
  CHECK(typeDump("func(a int, rest ...string) error") ==
        "(func (params (field (a) int) (field (rest) (... string))) (results (field () error)))");
  CHECK(typeDump("func(p.T, *q.U) (r.V)") ==
        "(func (params (field () (. p T)) (field () (* (. q U)))) (results (field () (. r V))))");
  CHECK(typeDump("func() func() int") ==
        "(func (params) (results (field () (func (params) (results (field () int))))))");
}

TEST_CASE("parser: struct and interface types") {
  CHECK(
      typeDump(
          "struct {\n\ta, b int\n\tc string `tag:\"c\"`\n\tT\n\t*U\n\tpkg.V\n\t*pkg.W \"w\"\n}") ==
      "(struct (field (a b) int) (field (c) string `tag:\"c\"`) (field () T) (field () (* U)) "
      "(field () (. pkg V)) (field () (* (. pkg W)) \"w\"))");
  CHECK(typeDump("struct{}") == "(struct)");
  CHECK(typeDump(
            "interface {\n\tRead(p []byte) (n int, err error)\n\tio.Closer\n\tfmt.Stringer\n}") ==
        "(interface (field (Read) (func (params (field (p) (slicetype byte))) (results (field (n) "
        "int) (field (err) error)))) (field () (. io Closer)) (field () (. fmt Stringer)))");
  CHECK(typeDump("interface{ int | string }") == "(interface (field () (| int string)))");
}

TEST_CASE("parser: parenthesized and [...] types") {
  CHECK(typeDump("(int)") == "(paren int)");
  CHECK(typeDump("[...]int") == "(array ... int)");
}

TEST_CASE("parser: imports, const with iota, var, type and alias declarations") {
  CHECK(declDump("import \"fmt\"") == "(import (import nil \"fmt\"))");
  CHECK(declDump("import (\n\t\"fmt\"\n\tstr \"strings\"\n\t. \"math\"\n\t_ \"embed\"\n)") ==
        "(import (import nil \"fmt\") (import str \"strings\") (import . \"math\") (import _ "
        "\"embed\"))");
  CHECK(declDump("const (\n\tA = iota\n\tB\n\tC, D = 1, 2\n\tE int = 3\n)") ==
        "(const (spec@0 (A) nil (iota)) (spec@1 (B) nil ()) (spec@2 (C D) nil (1 2)) (spec@3 (E) "
        "int (3)))");
  CHECK(declDump("const X int") == "(const (spec@0 (X) int ()))");
  CHECK(declDump("var (\n\tx int\n\ty = 1\n\tz, w string = \"a\", \"b\"\n)") ==
        "(var (spec (x) int ()) (spec (y) nil (1)) (spec (z w) string (\"a\" \"b\")))");
  CHECK(declDump("type (\n\tA int\n\tB = A\n)") == "(type (typespec A int) (alias B A))");
  CHECK(declDump("type Celsius float64") == "(type (typespec Celsius float64))");
}

TEST_CASE("parser: function and method declarations") {
  CHECK(declDump("func f()") == "(funcdecl nil f (func (params) (results)) nil)");
  CHECK(declDump("func f() {}") == "(funcdecl nil f (func (params) (results)) (block))");
  CHECK(declDump("func (T) M() {}") ==
        "(funcdecl (field () T) M (func (params) (results)) (block))");
  CHECK(declDump("func (t *T) M(x int) (int, error) { return x, nil }") ==
        "(funcdecl (field (t) (* T)) M (func (params (field (x) int)) (results (field () int) "
        "(field () error))) (block (return x nil)))");
  CHECK(declDump("func (p *pkg.T) M() {}") ==
        "(funcdecl (field (p) (* (. pkg T))) M (func (params) (results)) (block))");
  CHECK(declDump("func f(int) {}") ==
        "(funcdecl nil f (func (params (field () int)) (results)) (block))");
  CHECK(declDump("func f(a, b int) {}") ==
        "(funcdecl nil f (func (params (field (a b) int)) (results)) (block))");
  CHECK(
      declDump("func f(a, b, c) {}") ==
      "(funcdecl nil f (func (params (field () a) (field () b) (field () c)) (results)) (block))");
  CHECK(declDump("func f() (int, string) {}") ==
        "(funcdecl nil f (func (params) (results (field () int) (field () string))) (block))");
  CHECK(declDump("func f() (a int) {}") ==
        "(funcdecl nil f (func (params) (results (field (a) int))) (block))");
  CHECK(declDump("func f(a ...int) {}") ==
        "(funcdecl nil f (func (params (field (a) (... int))) (results)) (block))");
  CHECK(declDump("var f = func() {}") ==
        "(var (spec (f) nil ((funclit (func (params) (results)) (block)))))");
}
