// Type errors: message and position (line:col), Go 1.20+ wording. Positions and texts were
// compared against Go (cmd/compile) where the wording did not change since Go 1.19.
#include <doctest.h>

#include "check_test_util.hpp"

using namespace weft;
using namespace weft::check_test;

namespace {

void expectErrors(const std::string& body, std::vector<std::string> want) {
  auto p = checkSource(body);
  std::vector<std::string> got = errorsOf(*p);
  INFO("got:\n" << joined(got));
  CHECK(got == want);
}

// Wraps statements into `package main; func main() { ... }` (statements start on line 4).
std::string inMain(const std::string& stmts, const std::string& decls = "") {
  return "package main\n\n" + decls + "func main() {\n" + stmts + "}\n";
}

}  // namespace

TEST_CASE("errors: undefined names, unused variables and imports") {
  expectErrors(inMain("\tx := 1\n\ty = 2\n"),
               {"4:2: declared and not used: x", "5:2: undefined: y"});
  expectErrors(
      "package main\n\nimport (\n\t\"os\"\n\ts \"strings\"\n)\n\nfunc main() {}\n",
      {"4:2: \"os\" imported and not used", "5:2: \"strings\" imported as s and not used"});
  expectErrors("package main\n\nimport \"nosuch\"\n\nfunc main() {}\n",
               {"3:8: package nosuch is not in std"});
  expectErrors(
      inMain("\tvar s string = 5\n"),
      {"4:17: cannot use 5 (untyped int constant) as string value in variable declaration"});
  // a variable that is only assigned to is not used; x++ counts as a use (as in Go)
  expectErrors(inMain("\tz := 0\n\tz = 1\n\tw := 0\n\tw++\n"), {"4:2: declared and not used: z"});
  expectErrors(inMain("\tvar w int\n\t_ = func() { w = 2 }\n"), {"4:6: declared and not used: w"});
}

TEST_CASE("errors: assignments and calls") {
  expectErrors(inMain("\tx := 1\n\tvar s string\n\ts = x\n\t_ = s\n"),
               {"6:6: cannot use x (variable of type int) as string value in assignment"});
  expectErrors(
      inMain("\ta, b := f(1, 2)\n\t_, _ = a, b\n", "func f(a, b int) int { return a }\n\n"),
      {"6:10: assignment mismatch: 2 variables but f returns 1 value"});
  expectErrors(inMain("\tf(1)\n\tf()\n", "func f(a, b int) int { return a }\n\n"),
               {"6:4: not enough arguments in call to f\n\thave (number)\n\twant (int, int)",
                "7:2: not enough arguments in call to f\n\thave ()\n\twant (int, int)"});
  expectErrors(inMain("\tf(1, \"a\", 2)\n", "func f(a int, b ...string) {}\n\n"),
               {"6:12: cannot use 2 (untyped int constant) as string value in argument to f"});
  expectErrors(
      inMain("\tf(1, 2, 3)\n", "func f(a int) {}\n\n"),
      {"6:7: too many arguments in call to f\n\thave (number, number, number)\n\twant (int)"});
  expectErrors(inMain("\ts := []int{1}\n\tf(s...)\n", "func f(a ...string) {}\n\n"),
               {"7:4: cannot use s (variable of type []int) as []string value in argument to f"});
  expectErrors(inMain("\tg(pair())\n\th(pair())\n",
                      "func pair() (int, int) { return 1, 2 }\nfunc g(a, b int) {}\n"
                      "func h(a int) {}\n\n"),
               {"9:4: too many arguments in call to h\n\thave (int, int)\n\twant (int)"});
  expectErrors(inMain("\tx := pair()\n\t_ = x\n", "func pair() (int, int) { return 1, 2 }\n\n"),
               {"6:7: assignment mismatch: 1 variable but pair returns 2 values"});
  expectErrors(inMain("\t3 = 4\n\tvar m map[string]struct{ z int }\n\tm[\"a\"].z = 1\n"),
               {"4:2: cannot assign to 3 (neither addressable nor a map index expression)",
                "6:2: cannot assign to struct field m[\"a\"].z in map"});
  expectErrors(inMain("\ta, b := 1, 2, 3\n\t_, _ = a, b\n\te := 1\n\te := 2\n\t_ = e\n"),
               {"4:10: assignment mismatch: 2 variables but 3 values",
                "7:4: no new variables on left side of :="});
  expectErrors(inMain("\tx := nil\n\t_ = x\n"), {"4:7: use of untyped nil in assignment"});
}

TEST_CASE("errors: operators and constants") {
  expectErrors(inMain("\ts := \"a\"\n\tx := 1\n\t_ = s + 1\n\t_ = x + \"a\"\n"),
               {"6:6: invalid operation: s + 1 (mismatched types string and untyped int)",
                "7:6: invalid operation: x + \"a\" (mismatched types int and untyped string)"});
  expectErrors(inMain("\tvar a int8 = 300\n\tb := int8(300)\n\t_, _ = a, b\n"),
               {"4:15: cannot use 300 (untyped int constant) as int8 value in variable "
                "declaration (overflows)",
                "5:12: constant 300 overflows int8"});
  expectErrors(inMain("\tconst d uint8 = 255\n\te := d + 1\n\t_ = e\n"),
               {"5:7: d + 1 (constant 256 of type uint8) overflows uint8"});
  expectErrors(inMain("\tvar i int = 1.5\n\tj := int(1.5)\n\t_, _ = i, j\n"),
               {"4:14: cannot use 1.5 (untyped float constant) as int value in variable "
                "declaration (truncated)",
                "5:11: cannot convert 1.5 (untyped float constant) to type int"});
  expectErrors(
      inMain("\t_ = 1 / 0\n\tx := 10\n\t_ = x % 0\n"),
      {"4:10: invalid operation: division by zero", "6:10: invalid operation: division by zero"});
  expectErrors(inMain("\tvar sl []int\n\t_ = sl == sl\n\tvar f func()\n\t_ = f == nil\n"),
               {"5:6: invalid operation: sl == sl (slice can only be compared to nil)"});
  expectErrors(inMain("\t_ = nil == nil\n"),
               {"4:13: invalid operation: nil == nil (operator == not defined on untyped nil)"});
  expectErrors(
      inMain("\tx := 1\n\t_ = !x\n\t_ = -\"s\"\n"),
      {"5:7: invalid operation: operator ! not defined on x (variable of type int)",
       "6:7: invalid operation: operator - not defined on \"s\" (untyped string constant)"});
  expectErrors(
      inMain("\tvar f float64\n\t_ = f << 1\n\t_ = 1 << -1\n"),
      {"5:6: invalid operation: shifted operand f (variable of type float64) must be integer",
       "6:11: invalid operation: negative shift count -1 (untyped int constant)"});
  expectErrors(inMain("\tvar s uint\n\tvar f float64 = 1 << s\n\t_ = f\n"),
               {"5:18: invalid operation: shifted operand 1 (type float64) must be integer"});
  expectErrors(inMain("\tx := 1\n\tx\n\t1 + 2\n"),
               {"5:2: x (variable of type int) is not used",
                "6:2: 1 + 2 (untyped int constant 3) is not used"});
}

TEST_CASE("errors: interfaces and methods") {
  const char* decls =
      "type I interface{ M() }\ntype T struct{}\n\nfunc (T) N() {}\n\n"
      "type P struct{}\n\nfunc (p *P) M() {}\n\n";
  expectErrors(
      inMain("\tvar i I = T{}\n\tvar j I = P{}\n\tvar k I = &P{}\n\t_, _, _ = i, j, k\n", decls),
      {"13:12: cannot use T{} (value of type T) as I value in variable declaration: T "
       "does not implement I (missing method M)",
       "14:12: cannot use P{} (value of type P) as I value in variable declaration: P "
       "does not implement I (method M has pointer receiver)"});
  expectErrors(inMain("\tvar i I = &P{}\n\t_ = i.(T)\n", decls),
               {"14:6: impossible type assertion: i.(T)\n\tT does not implement I (missing "
                "method M)"});
  expectErrors(inMain("\tvar x any = 1\n\tvar n int = x\n\t_ = n\n"),
               {"5:14: cannot use x (variable of type any) as int value in variable declaration: "
                "need type assertion"});
  expectErrors(
      "package main\n\ntype T int\n\nfunc (t T) M()  {}\nfunc (t *T) M() {}\n"
      "func (int) N()  {}\n\nfunc main() {}\n",
      {"6:13: T.M redeclared in this block\n\tprog.go:5:12: other declaration of M",
       "7:7: cannot define new methods on non-local type int"});
  expectErrors(
      inMain("\tvar c C\n\t_ = c.X\n\tc.Nope()\n",
             "type A struct{ X int }\ntype B struct{ X int }\ntype C struct {\n\tA\n\tB\n}\n\n"),
      {"12:8: ambiguous selector c.X",
       "13:4: c.Nope undefined (type C has no field or method Nope)"});
}

TEST_CASE("errors: control flow, labels and returns") {
  expectErrors(
      "package main\n\nfunc f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}\n\n"
      "func g() int {\n\tfor {\n\t}\n}\n\nfunc main() {}\n",
      {"7:1: missing return"});
  expectErrors(
      inMain("\tbreak\n\tfor {\n\t\tcontinue\n\t}\n\tcontinue\n"),
      {"4:2: break is not in a loop, switch, or select", "8:2: continue is not in a loop"});
  expectErrors(inMain("\tswitch {\n\tcase true:\n\t\tfallthrough\n\t}\n"),
               {"6:3: cannot fallthrough final case in switch"});
  expectErrors(inMain("\tgoto M\n\t{\n\tM:\n\t}\nN:\n\tx := 1\n\t_ = x\n"),
               {"4:7: goto M jumps into block starting at prog.go:5:2",
                "8:1: label N defined and not used"});
  expectErrors(inMain("\tgoto O\n\ty := 2\n\t_ = y\nO:\n"),
               {"4:7: goto O jumps over declaration of y at prog.go:5:4"});
  expectErrors(
      "package main\n\nfunc f() (int, string) {\n\treturn 1\n}\n\nfunc main() {\n\treturn 5\n}\n",
      {"4:9: not enough return values\n\thave (number)\n\twant (int, string)",
       "8:9: too many return values\n\thave (number)\n\twant ()"});
  expectErrors(inMain("\tdefer int(3)\n\tdefer len(\"\")\n"),
               {"4:8: defer requires function call, not conversion int(3) (constant 3 of type int)",
                "5:8: defer discards result of len(\"\") (constant 0 of type int)"});
}

TEST_CASE("errors: switches, literals and channels") {
  expectErrors(inMain("\tvar x any = 1\n\tswitch x.(type) {\n\tcase int, int:\n\t}\n"
                      "\tswitch 1 {\n\tcase 1, 2, 1:\n\t}\n"),
               {"6:12: duplicate case int in type switch\n\tprog.go:6:7: previous case",
                "9:13: duplicate case 1 (constant of type int) in expression switch\n\t"
                "prog.go:9:7: previous case"});
  expectErrors(inMain("\t_ = T{1}\n\t_ = T{1, 2, 3}\n\t_ = T{c: 1}\n\t_ = T{a: 1, a: 2}\n",
                      "type T struct{ a, b int }\n\n"),
               {"6:9: too few values in struct literal of type T",
                "7:14: too many values in struct literal of type T",
                "8:8: unknown field c in struct literal of type T",
                "9:15: duplicate field name a in struct literal"});
  expectErrors(
      inMain("\tm := map[string]int{\"a\": 1, \"a\": 2}\n\tarr := [3]int{1, 2, 3, 4}\n"
             "\t_, _ = m, arr\n"),
      {"4:30: duplicate key \"a\" in map literal", "5:25: index 3 is out of bounds (>= 3)"});
  expectErrors(
      inMain("\tvar ch chan<- int\n\t<-ch\n\tvar rc <-chan int\n\trc <- 1\n\tclose(rc)\n"),
      {"5:4: invalid operation: cannot receive from send-only channel ch (variable of type "
       "chan<- int)",
       "7:2: invalid operation: cannot send to receive-only channel rc (variable of type "
       "<-chan int)",
       "8:8: invalid operation: cannot close receive-only channel rc (variable of type "
       "<-chan int)"});
  expectErrors(inMain("\tfor i := range 10.5 {\n\t\t_ = i\n\t}\n"),
               {"4:17: cannot range over 10.5 (untyped float constant)"});
  expectErrors(inMain("\tvar arr [3]int\n\t_ = arr[5]\n\t_ = \"abc\"[10]\n"),
               {"5:10: invalid argument: index 5 out of bounds [0:3]",
                "6:12: invalid argument: index 10 out of bounds [0:3]"});
}

TEST_CASE("errors: declarations and cycles") {
  expectErrors("package main\n\nvar x int = x\nvar a = b\nvar b = a\n\nfunc main() {}\n",
               {"3:5: initialization cycle: x refers to itself",
                "4:5: initialization cycle for a\n\tprog.go:4:5: a refers to b\n\tprog.go:5:5: b "
                "refers to a"});
  expectErrors(
      "package main\n\ntype T [2]T\ntype U struct{ v V }\ntype V struct{ u U }\n\n"
      "func main() {}\n",
      {"3:6: invalid recursive type: T refers to itself",
       "4:6: invalid recursive type U\n\tprog.go:4:6: U refers to V\n\tprog.go:5:6: V "
       "refers to U"});
  expectErrors(
      "package main\n\nfunc init(x int) {}\n\nfunc main() {\n\tinit()\n}\n",
      {"3:6: func init must have no arguments and no return values", "6:2: undefined: init"});
  expectErrors(inMain("\tvar _ = iota\n"), {"4:10: cannot use iota outside constant declaration"});
  expectErrors("package main\n\nvar x int\nvar x string\n\nfunc main() {}\n",
               {"4:5: x redeclared in this block\n\tprog.go:3:5: other declaration of x"});
  expectErrors("package main\n\nfunc main() {\n\tvar m map[[]int]bool\n\t_ = m\n}\n",
               {"4:12: invalid map key type []int"});
}

TEST_CASE("errors: unsupported features say so") {
  expectErrors(inMain("\tc := 1i\n\t_ = c\n"), {"4:7: not supported by Weft yet: complex numbers"});
  expectErrors("package main\n\nimport \"unsafe\"\n\nfunc main() {}\n",
               {"3:8: not supported by Weft yet: package unsafe"});
}

TEST_CASE("errors: cmd/compile's de-duplication and follow-on suppression") {
  // An error equal to the previous one on the same line is dropped...
  expectErrors(inMain("\tvar m struct{ a int }\n\t_ = m.r.x == len(m.r.y)\n"),
               {"5:8: m.r undefined (type struct{a int} has no field or method r)"});
  // ...but not when another error came in between.
  expectErrors(inMain("\tm[i][j] = i + j\n"),
               {"4:2: undefined: m", "4:4: undefined: i", "4:7: undefined: j", "4:12: undefined: i",
                "4:16: undefined: j"});
  // A failed import does not cascade.
  expectErrors("package main\n\nimport \"nosuch/pkg\"\n\nfunc main() {\n\tpkg.F(pkg.X)\n}\n",
               {"3:8: package nosuch/pkg is not in std"});
  // A failed initialization does not add "declared and not used".
  expectErrors(
      inMain("\tvar s string = 5\n"),
      {"4:17: cannot use 5 (untyped int constant) as string value in variable declaration"});
}

TEST_CASE("errors: function types print their parameter names") {
  expectErrors(inMain("\tvar f func(string) = add\n\t_ = f\n",
                      "func add(a, b int) int { return a + b }\n\n"),
               {"6:23: cannot use add (value of type func(a int, b int) int) as func(string) value "
                "in variable declaration"});
}

TEST_CASE("errors: at most ten, sorted by position") {
  std::string stmts;
  for (int i = 0; i < 15; i++) stmts += "\tundefined" + std::to_string(i) + "()\n";
  auto p = checkSource(inMain(stmts));
  auto got = errorsOf(*p);
  REQUIRE(got.size() == 10);
  CHECK(got[0] == "4:2: undefined: undefined0");
  CHECK(got[9] == "13:2: undefined: undefined9");
}
