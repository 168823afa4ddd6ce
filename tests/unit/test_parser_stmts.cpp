// Parser: statements, checked through ast::dump().
#include <doctest.h>

#include "parser_test_util.hpp"

using namespace weft::parser_test;

TEST_CASE("parser: simple statements") {
  CHECK(stmtDump("x := 1") == "(:= (x) (1))");
  CHECK(stmtDump("a, b = b, a") == "(= (a b) (b a))");
  CHECK(stmtDump("x += 2; y <<= 1; z &^= 3") == "(+= (x) (2)) (<<= (y) (1)) (&^= (z) (3))");
  CHECK(stmtDump("i++; j--") == "(++ i) (-- j)");
  CHECK(stmtDump("ch <- v") == "(send ch v)");
  CHECK(stmtDump("<-ch") == "(expr (<- ch))");
  CHECK(stmtDump("f(x)") == "(expr (call f x))");
}

TEST_CASE("parser: declarations, go, defer, return, labels, goto") {
  CHECK(stmtDump("var x, y int = 1, 2") == "(declstmt (var (spec (x y) int (1 2))))");
  CHECK(stmtDump("const c = 3") == "(declstmt (const (spec@0 (c) nil (3))))");
  CHECK(stmtDump("type T struct{}") == "(declstmt (type (typespec T (struct))))");
  CHECK(stmtDump("go f(x)") == "(go (call f x))");
  CHECK(stmtDump("defer mu.Unlock()") == "(defer (call (. mu Unlock)))");
  CHECK(stmtDump("return") == "(return)");
  CHECK(stmtDump("return 1, err") == "(return 1 err)");
  CHECK(stmtDump("L:\n\tfor {\n\t\tbreak L\n\t}") ==
        "(label L (for nil nil nil (block (break L))))");
  CHECK(stmtDump("goto done\ndone:") == "(goto done) (label done (empty))");
}

TEST_CASE("parser: for statements and range clauses") {
  CHECK(stmtDump("for {\n}") == "(for nil nil nil (block))");
  CHECK(stmtDump("for x < 10 {\n}") == "(for nil (< x 10) nil (block))");
  CHECK(stmtDump("for i := 0; i < 10; i++ {\n}") == "(for (:= (i) (0)) (< i 10) (++ i) (block))");
  CHECK(stmtDump("for ; ; {\n}") == "(for nil nil nil (block))");
  CHECK(stmtDump("for i := 0; ; {\n}") == "(for (:= (i) (0)) nil nil (block))");
  CHECK(stmtDump("for ; x; {\n}") == "(for nil x nil (block))");
  CHECK(stmtDump("for k, v := range m {\n}") == "(range k v := m (block))");
  CHECK(stmtDump("for k = range m {\n}") == "(range k nil = m (block))");
  CHECK(stmtDump("for range ch {\n}") == "(range nil nil nil ch (block))");
  CHECK(stmtDump("for i := range 10 {\n}") == "(range i nil := 10 (block))");
  CHECK(stmtDump("for _, r := range \"héllo\" {\n}") == "(range _ r := \"héllo\" (block))");
}

TEST_CASE("parser: if statements and composite literals in headers") {
  CHECK(stmtDump("if x {\n}") == "(if nil x (block) nil)");
  CHECK(stmtDump("if x := f(); x > 0 {\n} else if y {\n} else {\n}") ==
        "(if (:= (x) ((call f))) (> x 0) (block) (if nil y (block) (block)))");
  CHECK(stmtDump("if ; x {\n}") == "(if nil x (block) nil)");
  CHECK(stmtDump("if v, ok := m[k]; ok {\n}") == "(if (:= (v ok) ((index m k))) ok (block) nil)");
  CHECK(stmtDump("if x == (T{}) {\n}") == "(if nil (== x (paren (lit T))) (block) nil)");
  CHECK(stmtDump("if x := (T{}); true {\n}") == "(if (:= (x) ((paren (lit T)))) true (block) nil)");
  CHECK(stmtDump("for _, x := range []T{{1}, {2}} {\n}") ==
        "(range _ x := (lit (slicetype T) (lit nil 1) (lit nil 2)) (block))");
  CHECK(stmtDump("if f(T{}) {\n}") == "(if nil (call f (lit T)) (block) nil)");
}

TEST_CASE("parser: switch and type switch") {
  CHECK(stmtDump("switch {\n}") == "(switch nil nil (block))");
  CHECK(stmtDump("switch x {\ncase 1, 2:\n\tf()\n\tfallthrough\ncase 3:\ndefault:\n}") ==
        "(switch nil x (block (case (1 2) (expr (call f)) (fallthrough)) (case (3)) (default)))");
  CHECK(stmtDump("switch x := f(); x {\n}") == "(switch (:= (x) ((call f))) x (block))");
  CHECK(stmtDump("switch x := 1; {\n}") == "(switch (:= (x) (1)) nil (block))");
  CHECK(stmtDump("switch v := x.(type) {\ncase int, string:\ncase nil:\ncase []int, "
                 "map[string]int, func(), chan int, *T, <-chan int:\ndefault:\n}") ==
        "(typeswitch nil v x (block (case (int string)) (case (nil)) (case ((slicetype int) (map "
        "string int) (func (params) (results)) (chan int) (* T) (<-chan int))) (default)))");
  CHECK(stmtDump("switch x.(type) {\n}") == "(typeswitch nil nil x (block))");
  CHECK(stmtDump("switch y := 2; v := x.(type) {\n}") == "(typeswitch (:= (y) (2)) v x (block))");
}

TEST_CASE("parser: select") {
  CHECK(stmtDump("select {\ncase v := <-ch:\ncase v, ok := <-ch:\ncase x = <-ch:\ncase "
                 "<-done:\ncase out <- 1:\ndefault:\n}") ==
        "(select (block (comm (:= (v) ((<- ch)))) (comm (:= (v ok) ((<- ch)))) (comm (= (x) ((<- "
        "ch)))) (comm (expr (<- done))) (comm (send out 1)) (default)))");
  CHECK(stmtDump("select {}") == "(select (block))");
}

TEST_CASE("parser: blocks, empty statements, assignments to complex operands") {
  CHECK(stmtDump("{\n\t{\n\t}\n}") == "(block (block))");
  CHECK(stmtDump(";;") == "(empty) (empty)");
  CHECK(stmtDump("x := func() int { return 1 }()") ==
        "(:= (x) ((call (funclit (func (params) (results (field () int))) (block (return 1))))))");
  CHECK(stmtDump("f(func() {\n\tgo g()\n})") ==
        "(expr (call f (funclit (func (params) (results)) (block (go (call g))))))");
  CHECK(stmtDump("a[i], m[k] = 1, 2") == "(= ((index a i) (index m k)) (1 2))");
  CHECK(stmtDump("*p = 3") == "(= ((* p)) (3))");
  CHECK(stmtDump("x.y.z = 4") == "(= ((. (. x y) z)) (4))");
  CHECK(stmtDump("L: {\n}") == "(label L (block))");
}

TEST_CASE("parser: .(type) outside a type switch") {
  CHECK(stmtDump("_ = x.(type)") == "ERROR 3:5: use of .(type) outside type switch");
}
