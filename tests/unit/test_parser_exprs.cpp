// Parser: expressions, checked through ast::dump() (format described in lang/ast.cpp).
#include <doctest.h>

#include "parser_test_util.hpp"

using namespace weft::parser_test;

TEST_CASE("parser: binary and unary operators, precedence") {
  CHECK(exprDump("1 + 2*3 - 4") == "(- (+ 1 (* 2 3)) 4)");
  CHECK(exprDump("a || b && c == d") == "(|| a (&& b (== c d)))");
  CHECK(exprDump("a < b == c > d") == "(> (== (< a b) c) d)");
  CHECK(exprDump("1 << 2 + 3 &^ 4 | 5") == "(| (+ (<< 1 2) (&^ 3 4)) 5)");
  CHECK(exprDump("-x * ^y") == "(* (- x) (^ y))");
  CHECK(exprDump("!ok && *p == &v") == "(&& (! ok) (== (* p) (& v)))");
  CHECK(exprDump("<-ch + 1") == "(+ (<- ch) 1)");
}

TEST_CASE("parser: <- on channel types") {
  CHECK(exprDump("<-chan int(nil)") == "(<- (call (chan int) nil))");
  CHECK(exprDump("(<-chan int)(nil)") == "(call (paren (<-chan int)) nil)");
  CHECK(exprDump("<-chan <-chan int(nil)") == "(<- (call (chan<- (chan int)) nil))");
}

TEST_CASE("parser: selectors, index, slice, assertions, calls") {
  CHECK(exprDump("x.y.z") == "(. (. x y) z)");
  CHECK(exprDump("a[i][j]") == "(index (index a i) j)");
  CHECK(exprDump("a[lo:hi]") == "(slice a lo hi)");
  CHECK(exprDump("a[:hi]") == "(slice a nil hi)");
  CHECK(exprDump("a[lo:]") == "(slice a lo nil)");
  CHECK(exprDump("a[:]") == "(slice a nil nil)");
  CHECK(exprDump("a[1:2:3]") == "(slice3 a 1 2 3)");
  CHECK(exprDump("a[:2:3]") == "(slice3 a nil 2 3)");
  CHECK(exprDump("x.(T)") == "(assert x T)");
  CHECK(exprDump("x.(*pkg.T)") == "(assert x (* (. pkg T)))");
  CHECK(exprDump("f()") == "(call f)");
  CHECK(exprDump("f(a, b...)") == "(call f a b ...)");
  CHECK(exprDump("f(a,\n b,\n)") == "(call f a b)");
  CHECK(exprDump("g(1)(2)") == "(call (call g 1) 2)");
  CHECK(exprDump("(*T).M") == "(. (paren (* T)) M)");
}

TEST_CASE("parser: composite literals") {
  CHECK(exprDump("T{}") == "(lit T)");
  CHECK(exprDump("T{1, 2}") == "(lit T 1 2)");
  CHECK(exprDump("T{a: 1, b: 2}") == "(lit T (kv a 1) (kv b 2))");
  CHECK(exprDump("pkg.T{X: 1}") == "(lit (. pkg T) (kv X 1))");
  CHECK(exprDump("[]int{1, 2, 3}") == "(lit (slicetype int) 1 2 3)");
  CHECK(exprDump("[...]string{\"a\", \"b\"}") == "(lit (array ... string) \"a\" \"b\")");
  CHECK(exprDump("[3]int{}") == "(lit (array 3 int))");
  CHECK(exprDump("map[string]int{\"a\": 1}") == "(lit (map string int) (kv \"a\" 1))");
  CHECK(exprDump("map[K][]V{{1, 2}: {3}}") ==
        "(lit (map K (slicetype V)) (kv (lit nil 1 2) (lit nil 3)))");
  CHECK(exprDump("[][]int{{1}, {2, 3}}") ==
        "(lit (slicetype (slicetype int)) (lit nil 1) (lit nil 2 3))");
  CHECK(exprDump("[]*T{{X: 1}}") == "(lit (slicetype (* T)) (lit nil (kv X 1)))");
  CHECK(exprDump("struct{ x int }{1}") == "(lit (struct (field (x) int)) 1)");
}

TEST_CASE("parser: function literals, conversions, parentheses") {
  CHECK(exprDump("func(x int) int { return x }") ==
        "(funclit (func (params (field (x) int)) (results (field () int))) (block (return x)))");
  CHECK(exprDump("func() {}()") == "(call (funclit (func (params) (results)) (block)))");
  CHECK(exprDump("&T{}") == "(& (lit T))");
  CHECK(exprDump("&(T{})") == "(& (lit T))");
  CHECK(exprDump("[]int(nil)") == "(call (slicetype int) nil)");
  CHECK(exprDump("interface{}(x)") == "(call (interface) x)");
  CHECK(exprDump("map[string]int(nil)") == "(call (map string int) nil)");
  CHECK(exprDump("chan int(nil)") == "(call (chan int) nil)");
  CHECK(exprDump("func()(f)") == "(func (params) (results (field () f)))");
  CHECK(exprDump("(x)") == "(paren x)");
}

TEST_CASE("parser: literals and type arguments of builtins") {
  CHECK(exprDump("1.5e3 + 0x1p-2 + 1i + 'a'") == "(+ (+ (+ 1.5e3 0x1p-2) 1i) 'a')");
  CHECK(exprDump("\"a\" + `b`") == "(+ \"a\" `b`)");
  CHECK(exprDump("new(struct{})") == "(call new (struct))");
  CHECK(exprDump("make(chan<- int, 3)") == "(call make (chan<- int) 3)");
}

TEST_CASE("parser: x[a, b], T[int]{} and trailing commas") {
  CHECK(exprDump("x[a, b]") == "(index x a b)");
  CHECK(exprDump("T[int]{}") == "(lit (index T int))");
  CHECK(exprDump("T{\n\t1,\n\t2,\n}") == "(lit T 1 2)");
}
