// Parser: syntax errors. Expected messages and positions come from `go build` (Go 1.19) with
// its wording updated to Go 1.20+ ("expected" for "expecting", "name x", "keyword if"); a few
// come straight from the messages in cmd/compile/internal/syntax where `go build` answered with
// go/parser's wording. Programs whose only errors are type errors must parse.
#include <doctest.h>

#include "parser_test_util.hpp"

using namespace weft::parser_test;

TEST_CASE("parser errors: the first error, like gc") {
  CHECK(
      firstError("package main\nfunc main() {\n\tx := []int{1, 2\n\t}\n}\n") ==
      "3:17: syntax error: unexpected newline in composite literal; possibly missing comma or }");  // e01.go
  CHECK(firstError("package main\nx := 1\n") ==
        "2:1: syntax error: non-declaration statement outside function body");  // e02.go
  CHECK(
      firstError("package main\nfunc main() {\n\tf(a b)\n}\n") ==
      "3:6: syntax error: unexpected name b in argument list; possibly missing comma or )");  // e03.go
  CHECK(firstError("package main\nfunc main() {\n\tif x := 1 {\n\t}\n}\n") ==
        "3:7: syntax error: cannot use x := 1 as value");  // e04.go
  CHECK(firstError("package main\nfunc main() {\n\tif x == 1\n\t{\n\t}\n}\n") ==
        "3:11: syntax error: unexpected newline, expected { after if clause");  // e05.go
  CHECK(firstError("package main\nfunc main() {\n\tx := 1 +\n}\n") ==
        "4:1: syntax error: unexpected }, expected expression");  // e06.go
  CHECK(firstError("package main\nfunc main()\n{\n}\n") ==
        "3:1: syntax error: unexpected semicolon or newline before {");  // e07.go
  CHECK(firstError("package main\nfunc main() {\n\tfor i := 0; i < 10 {\n\t}\n}\n") ==
        "3:21: syntax error: unexpected {, expected semicolon or newline");  // e08.go
  CHECK(firstError("package main\nfunc main() {\n\tx = 1 y = 2\n}\n") ==
        "3:8: syntax error: unexpected name y at end of statement");  // e09.go
  CHECK(firstError("func main() {}\n") ==
        "1:1: syntax error: package statement must be first");  // e10.go: gc wording (go build
                                                                // answered with go/parser)
  CHECK(firstError("package main\nimport fmt\n") ==
        "2:11: syntax error: missing import path");  // e11.go: gc wording
  CHECK(firstError("package main\nfunc main() {\n\tvar x int = \n}\n") ==
        "4:1: syntax error: unexpected }, expected expression");  // e12.go
  CHECK(firstError("package main\nfunc main() {\n\tif x = 1; x {\n\t}\n}\n") ==
        "");  // e13.go: only type errors: must parse
  CHECK(firstError("package main\nfunc main() {\n\telse {}\n}\n") ==
        "3:2: syntax error: unexpected keyword else, expected }");  // e14.go
  CHECK(firstError("package main\nfunc main() {\n\tif true {} else return\n}\n") ==
        "3:18: syntax error: else must be followed by if or statement block");  // e15.go
  CHECK(firstError("package main\nfunc main() {\n\tswitch x {\n\tfoo\n\t}\n}\n") ==
        "4:2: syntax error: unexpected name foo, expected case or default or }");  // e16.go
  CHECK(firstError("package main\nfunc main() {\n\ta[1:2:]\n}\n") ==
        "3:8: final index required in 3-index slice");  // e17.go
  CHECK(firstError("package main\nfunc main() {\n\ta[1::3]\n}\n") ==
        "3:6: middle index required in 3-index slice");  // e18.go
  CHECK(firstError("package main\nfunc main() {\n\tgo (f())\n}\n") ==
        "3:5: expression in go must not be parenthesized");  // e19.go
  CHECK(firstError("package main\nfunc main() {\n\tdefer x\n}\n") ==
        "3:8: expression in defer must be function call");  // e20.go
  CHECK(firstError("package main\nfunc f(a int, b) {}\n") ==
        "2:15: syntax error: mixed named and unnamed parameters");  // e21.go
  CHECK(firstError("package main\nfunc main() {\n\tx, y++\n}\n") ==
        "3:6: syntax error: unexpected ++, expected := or = or comma");  // e22.go
  CHECK(firstError("package main\ntype T struct {\n\ta int b int\n}\n") ==
        "3:8: syntax error: unexpected name b in struct type; possibly missing semicolon or "
        "newline or }");  // e23.go
  CHECK(firstError("package main\nfunc main() {\n\tx := \"abc\n}\n") ==
        "3:11: newline in string");  // e24.go
  CHECK(firstError("package main\nfunc main() {\n\tx := 'ab'\n}\n") ==
        "3:7: more than one character in rune literal");  // e25.go
  CHECK(firstError("package main\nfunc main() {\n\tx := 0128\n}\n") ==
        "3:10: invalid digit '8' in octal literal");  // e26.go
  CHECK(firstError("package main\nfunc main() {\n\tx := 1__0\n}\n") ==
        "3:9: '_' must separate successive digits");  // e27.go
  CHECK(firstError("package main\nfunc main() {\n\tx := \"\\q\"\n}\n") ==
        "3:9: unknown escape");  // e28.go
  CHECK(firstError("package main\nfunc main() {\n\tx := @\n}\n") ==
        "3:7: invalid character U+0040 '@'");  // e29.go
  CHECK(firstError("package main\nfunc main() {\n\tx := 0x\n}\n") ==
        "3:9: hexadecimal literal has no digits");  // e30.go
  CHECK(firstError("package main\nfunc main() {\n\tx := 1e\n}\n") ==
        "3:9: exponent has no digits");  // e31.go
  CHECK(firstError("package main\nfunc main() {\n\tx := \"\\uD800\"\n}\n") ==
        "3:14: escape is invalid Unicode code point U+D800");  // e32.go
  CHECK(firstError("package main\nfunc main() {\n\tL:\n}\n") ==
        "");  // e33.go: only type errors: must parse
  CHECK(firstError("package main\nfunc main() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n") ==
        "3:23: syntax error: cannot declare in post statement of for loop");  // e34.go
  CHECK(firstError("package main\nfunc main() {\n\tif {\n\t}\n}\n") ==
        "3:5: syntax error: missing condition in if statement");  // e35.go
  CHECK(firstError("package main\nfunc main() {\n\tvar x = T{}\n\tif x == T{} {\n\t}\n}\n") ==
        "4:14: syntax error: unexpected { at end of statement");  // e36.go
  CHECK(firstError("package main\nfunc main() {\n\tx := 1\n") ==
        "4:1: syntax error: unexpected EOF, expected }");  // e37.go
  CHECK(firstError("package main\nfunc main() {\n\tx := `abc\n") ==
        "3:7: string not terminated");  // e38.go
  CHECK(firstError("package main\nfunc main() {\n\tx := /* abc\n") ==
        "3:7: comment not terminated");  // e39.go
  CHECK(firstError("package main\nfunc main() {\n\tx := y.(type)\n}\n") ==
        "3:7: use of .(type) outside type switch");  // e40.go: go/types wording, without "invalid
                                                     // AST: "
  CHECK(firstError("package main\nfunc main() {\n\tselect {\n\tcase x:\n\tfoo()\n\t}\n}\n") ==
        "4:7: select case must be send or receive (possibly with assignment)");  // e41.go
  CHECK(firstError("package main\nfunc main() {\n\tx := 08.5\n\ty := 09\n}\n") ==
        "4:8: invalid digit '9' in octal literal");  // e42.go
  CHECK(firstError("package main\nimport \"fmt\"\nvar x = 1\nimport \"os\"\n") ==
        "4:1: syntax error: imports must appear before other declarations");  // e43.go: Go 1.20+
                                                                              // wording
  CHECK(firstError("package main\nfunc main() {\n\tx := 0b102\n}\n") ==
        "3:11: invalid digit '2' in binary literal");  // e44.go
  CHECK(firstError("package main\nfunc main() {\n\tx := 1_\n}\n") ==
        "3:8: '_' must separate successive digits");  // e45.go
  CHECK(firstError("package main\nfunc main() {\n\tx := 0x1.5\n}\n") ==
        "3:12: hexadecimal mantissa requires a 'p' exponent");  // e46.go
  CHECK(firstError("package main\nfunc main() {\n\tx := 0o7.5\n}\n") ==
        "3:10: invalid radix point in octal literal");  // e47.go
  CHECK(firstError("package main\nfunc main() {\n\tx := ''\n}\n") ==
        "3:8: empty rune literal or unescaped '");  // e48.go
  CHECK(firstError("package main\nfunc main() {\n\tx := \"\\400\"\n}\n") ==
        "3:12: octal escape value 256 > 255");  // e49.go
  CHECK(firstError("package main\nfunc main() {\n\tx := \"\\xZZ\"\n}\n") ==
        "3:10: invalid character 'Z' in hexadecimal escape");  // e50.go
  CHECK(firstError("package main\nfunc main() {\n\tfor x := range y; x < 1; {\n\t}\n}\n") ==
        "3:18: syntax error: unexpected semicolon, expected { after for clause");  // e51.go
  CHECK(firstError("package main\nfunc main() {\n\tvar c <-chan <-chan int\n\tvar d chan<- <-chan "
                   "int\n\tvar e = <-chan int(nil)\n}\n") ==
        "");  // e52.go: only type errors: must parse
  CHECK(firstError("package main\nfunc (a, b T) f() {}\n") ==
        "2:15: method has multiple receivers");                                          // e53.go
  CHECK(firstError("package main\nfunc () f() {}\n") == "2:9: method has no receiver");  // e54.go
  CHECK(firstError("package main\nvar x := 1\n") ==
        "2:7: syntax error: unexpected :=, expected =");  // e55.go
  CHECK(firstError("package main\ntype T\n") ==
        "2:7: syntax error: unexpected newline in type declaration");  // e56.go
  CHECK(firstError("package main\nfunc main() {\n\tx := struct{ (a) }{}\n}\n") ==
        "3:15: syntax error: cannot parenthesize embedded type");  // e57.go
  CHECK(firstError("package main\nfunc main() {\n\tif x; {\n\t}\n}\n") ==
        "3:6: syntax error: missing condition in if statement");  // e58.go
  CHECK(firstError("package main\nfunc main() {\n\tif x;\n\t{\n\t}\n}\n") ==
        "3:6: syntax error: missing condition in if statement");  // e59.go
  CHECK(firstError("package main\nfunc main() {\n\tf(x..., y)\n}\n") ==
        "3:10: syntax error: unexpected name y, expected )");  // e60.go
  CHECK(firstError("package main\nfunc main() {\n\tx := [3]int{1, 2, 3}\n\t_ = x[1:2:]\n}\n") ==
        "4:12: final index required in 3-index slice");  // e61.go
  CHECK(firstError(
            "package main\nfunc main() {\n\tvar x interface{}\n\tswitch (x.(type)) {\n\t}\n}\n") ==
        "4:10: use of .(type) outside type switch");  // e62.go: go/types wording
  CHECK(firstError("package main\nfunc main() {\n\tfor i := range 10 {\n\t\t_ = i\n\t}\n\tx := "
                   "1\n\tx++\n\tif x++; x > 1 {\n\t}\n}\n") ==
        "");  // e63.go: only type errors: must parse
  CHECK(firstError(
            "package main\nfunc f() (int, string, ) {\n\treturn 1, \"\"\n}\nfunc main() {}\n") ==
        "");  // e64.go: only type errors: must parse
  CHECK(firstError("package main\nfunc main() {\n\tvar a []int\n\t_ = a[]\n}\n") ==
        "4:8: syntax error: unexpected ], expected operand");  // e65.go
  CHECK(
      firstError("package main\nfunc main() {\n\tx := map[string]int{\n\t\t\"a\": 1\n\t}\n}\n") ==
      "4:9: syntax error: unexpected newline in composite literal; possibly missing comma or }");  // e66.go
  CHECK(firstError("package main\nfunc main() {\n\tx.\n}\n") ==
        "4:1: syntax error: unexpected }, expected name or (");  // e67.go
  CHECK(firstError("package main\nfunc main() {\n\tswitch x := 1 {\n\t}\n}\n") ==
        "3:11: syntax error: cannot use x := 1 as value");  // e68.go
  CHECK(firstError("package main\ntype T struct {\n\tx int,\n}\n") ==
        "3:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline "
        "or }");  // e69.go
  CHECK(firstError("package main\nfunc main() {\n\tif x := 1; x == 1 {\n\t} else x = 2\n}\n") ==
        "4:9: syntax error: else must be followed by if or statement block");  // e70.go
  CHECK(firstError("package main\nvar x = [...]int\n") ==
        "");  // e71.go: a type error ([...]T outside a literal)
  CHECK(firstError("package main\nfunc main() {\n\tvar c chan\n}\n") ==
        "4:1: syntax error: missing channel element type");  // e72.go
  CHECK(firstError("package main\nfunc main() {\n\tgoto\n}\n") ==
        "4:1: syntax error: unexpected }, expected name");  // e73.go
  CHECK(
      firstError("package main\nfunc main() {\n\tf(1, 2\n}\n") ==
      "3:8: syntax error: unexpected newline in argument list; possibly missing comma or )");  // e74.go
  CHECK(firstError("package main\nfunc main() {\n\ta := 1; b := 2 c := 3\n}\n") ==
        "3:17: syntax error: unexpected name c at end of statement");  // e75.go
  CHECK(firstError("package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(\"hi\")\n") ==
        "5:1: syntax error: unexpected EOF, expected }");  // e76.go
  CHECK(firstError("package main\nfunc main() {\n\tfor var i = 0; i < 3; i++ {\n\t}\n}\n") ==
        "3:10: syntax error: var declaration not allowed in for initializer");  // e77.go
  CHECK(firstError("package main\nimport 42\n") ==
        "2:8: syntax error: import path must be a string");  // e78.go: gc wording
  CHECK(firstError("package main\nfunc main() {\n\tcase 1:\n}\n") ==
        "3:2: syntax error: unexpected keyword case, expected }");  // e79.go
  CHECK(firstError("package\n") ==
        "2:1: syntax error: unexpected EOF, expected name");  // e80.go: gc wording
  CHECK(firstError("package main\nfunc main() {\n\tx := true\n\tif x {\n\t}\n\telse {\n\t}\n}\n") ==
        "6:2: syntax error: unexpected keyword else, expected }");  // e81.go
  CHECK(firstError("package main\nfunc main() {\n\tfor _, v := range T{1, 2} {\n\t}\n}\n") ==
        "3:26: syntax error: unexpected }, expected := or = or comma");  // e82.go
  CHECK(firstError("package main\nfunc main() {\n\tx := map[[2]int]string{{1, 2}: \"a\"}\n\t_ = "
                   "x\n\tvar f = (func())(nil)\n\t_ = f\n}\n") ==
        "");  // e83.go: only type errors: must parse
  CHECK(firstError(
            "package main\nfunc main() {\n\tswitch x := 5; x {\n\tcase 1:\n\t\tbreak\n\t}\n\tvar "
            "ch chan int\n\tselect {\n\tcase x, ok := <-ch:\n\t\t_, _ = x, ok\n\t}\n}\n") ==
        "");  // e84.go: only type errors: must parse
  CHECK(firstError("package main\nfunc main() {\n\tx := 1\n\tx = x +\n}\n") ==
        "5:1: syntax error: unexpected }, expected expression");  // e85.go
  CHECK(firstError("package main\nfunc main() {\n\tfunc() {}\n}\n") ==
        "");  // e86.go: only type errors: must parse
  CHECK(firstError("package main\nfunc main() {\n\t1 + 2\n}\n") ==
        "");  // e87.go: only type errors: must parse
  CHECK(firstError("package main\nvar x = struct {\n\ta int\n}{a: 1,\n") ==
        "5:1: syntax error: unexpected EOF, expected }");  // e88.go
}

// Type parameter lists, instantiations and constraint terms (Go 1.18+).
TEST_CASE("parser: generics") {
  CHECK(firstError("package p\ntype D[P any] struct{}\n") == "");
  CHECK(firstError("package p\ntype E[P, Q any] struct{ p P; q Q }\n") == "");
  CHECK(firstError("package p\nfunc F[T any](x T) {}\n") == "");
  CHECK(firstError(
            "package p\nfunc F[S ~[]E, E interface{ ~int | ~string }](s S) E { return s[0] }\n") ==
        "");
  CHECK(firstError("package p\ntype C interface{ ~int }\n") == "");
  CHECK(firstError("package p\ntype C interface{ int | ~string; String() string }\n") == "");
  CHECK(firstError("package p\ntype L[P *T, T any] struct{}\n") == "");
  CHECK(firstError("package p\nfunc (s *Stack[T]) Push(v T) {}\nvar x = Pair[int, string]{1, "
                   "\"a\"}\nvar y Map[K, []V]\n") == "");
  CHECK(firstError("package p\nvar f = F[int]\nvar g = G[int, map[string]int]\n") == "");
  CHECK(firstError("package p\nfunc F[T](x T) {}\n") ==
        "2:9: syntax error: missing type constraint");
  CHECK(firstError("package p\nfunc F[](x T) {}\n") ==
        "2:8: syntax error: empty type parameter list");
  CHECK(firstError("package p\nfunc (T) M[P any]() {}\n") ==
        "2:11: syntax error: method must have no type parameters");
  // Array types in type declarations stay array types (`[P *C]` too, as in Go).
  CHECK(firstError(
            "package p\ntype A [N]int\ntype B [N+1]int\ntype C [2*N]int\ntype D [P *C]int\n") ==
        "");
}
