// Generics in the checker: type argument inference (function arguments, untyped constants,
// core types of constraints), type sets of constraints, instantiation and its errors.
#include <doctest.h>

#include "check_test_util.hpp"

using namespace weft;
using namespace weft::check_test;

namespace {

const char* kDecls = R"(
type Number interface{ ~int | ~int64 | ~float64 }
type MyInt int
type Vec []float64
type Pair[K comparable, V any] struct { Key K; Val V }
func Max[T int | float64 | string](a, b T) T { if a > b { return a }; return b }
func Sum[S ~[]E, E Number](s S) E { var t E; for _, v := range s { t += v }; return t }
func Map[T, U any](xs []T, f func(T) U) []U { var out []U; for _, x := range xs { out = append(out, f(x)) }; return out }
func First[K comparable, V any](p Pair[K, V]) K { return p.Key }
func Ptr[T any](v T) *T { return &v }
)";

// Checks `package main` with kDecls and `func main() { <stmts> }`; returns the program.
std::unique_ptr<Program> checkMain(const std::string& stmts) {
  return checkSource("package main\n" + std::string(kDecls) + "func main() {\n" + stmts + "}\n");
}

// The type of the variable declared as `name` in main, as Go spells it in messages.
std::string varType(const Program& p, const std::string& name) {
  std::string out = "<none>";
  for (const ast::File* f : p.mainPackage().files)
    lang::check::walk(f, [&](const ast::Node* n) {
      if (auto id = n->as<ast::Ident>(); id && id->name == name && id->obj &&
                                         id->obj->kind == types::ObjKind::Var && id->obj->type)
        out = id->obj->type->str();
      return true;
    });
  return out;
}

}  // namespace

TEST_CASE("generics: inference from typed and untyped arguments") {
  auto p = checkMain(
      "\ta := Max(3, 7)\n\tb := Max(2, 1.5)\n\tc := Max(\"x\", \"y\")\n\td := Max[float64](1, 2)\n"
      "\t_, _, _, _ = a, b, c, d\n");
  INFO(joined(errorsOf(*p)));
  REQUIRE(p->ok());
  CHECK(varType(*p, "a") == "int");
  CHECK(varType(*p, "b") == "float64");  // the "largest" untyped kind wins (Go 1.21)
  CHECK(varType(*p, "c") == "string");
  CHECK(varType(*p, "d") == "float64");
}

TEST_CASE("generics: core type inference and instantiated types") {
  auto p = checkMain(
      "\te := Sum(Vec{1, 2})\n\tf := Sum([]MyInt{1})\n\tg := Map([]int{1}, func(i int) string { "
      "return \"\" })\n\th := First(Pair[string, int]{\"k\", 1})\n\ti := Ptr(Pair[int, bool]{})\n"
      "\t_, _, _, _, _ = e, f, g, h, i\n");
  INFO(joined(errorsOf(*p)));
  REQUIRE(p->ok());
  CHECK(varType(*p, "e") == "float64");
  CHECK(varType(*p, "f") == "MyInt");
  CHECK(varType(*p, "g") == "[]string");
  CHECK(varType(*p, "h") == "string");
  CHECK(varType(*p, "i") == "*Pair[int,bool]");
}

TEST_CASE("generics: constraint satisfaction and instantiation errors") {
  auto errs = [](const std::string& stmts) { return errorsOf(*checkMain(stmts)); };
  CHECK(errs("\t_ = Sum([]string{\"a\"})\n") ==
        std::vector<std::string>{"13:9: string does not satisfy Number (string missing in ~int | "
                                 "~int64 | ~float64)"});
  CHECK(errs("\t_ = Max(true, false)\n") ==
        std::vector<std::string>{"13:9: bool does not satisfy int|float64|string (bool missing "
                                 "in int | float64 | string)"});
  CHECK(errs("\t_ = Pair[[]int, int]{}\n") ==
        std::vector<std::string>{"13:11: []int does not satisfy comparable"});
  CHECK(errs("\t_ = Ptr()\n") == std::vector<std::string>{"13:10: in call to Ptr, cannot infer T"});
  CHECK(errs("\tf := Max\n\t_ = f\n") ==
        std::vector<std::string>{"13:7: cannot use generic function Max without instantiation"});
  CHECK(errs("\tvar p Pair[int]\n\t_ = p\n") ==
        std::vector<std::string>{"13:16: not enough type arguments for type Pair: have 1, want 2"});
}

TEST_CASE("generics: operations on type parameters follow the type set") {
  auto p = checkSource(
      "package main\nfunc Lt[T any](a, b T) bool { return a < b }\n"
      "func Plus[T ~int | ~string](a, b T) T { return a + b }\n"
      "func Neg[T ~int | ~string](a T) T { return -a }\n"
      "func Eq[T comparable](a, b T) bool { return a == b }\n"
      "func EqAny[T any](a, b T) bool { return a == b }\n"
      "func main() {}\n");
  CHECK(errorsOf(*p) ==
        std::vector<std::string>{
            "2:38: invalid operation: a < b (type parameter T is not comparable with <)",
            "4:45: invalid operation: operator - not defined on a (variable of type T "
            "constrained by ~int|~string)",
            "6:41: invalid operation: a == b (incomparable types in type set)"});
}
