// The annotations the compiler relies on (see lang/check/check.hpp).
#include <doctest.h>

#include "check_test_util.hpp"
#include "lang/check/type_table.hpp"
#include "lang/constant.hpp"

using namespace weft;
using namespace weft::check_test;
using weft::types::Kind;

namespace {

std::unique_ptr<Program> ok(const std::string& src) {
  auto p = checkSource(src);
  INFO(joined(errorsOf(*p)));
  REQUIRE(p->ok());
  return p;
}

std::string typeOf(const ast::Expr* e) {
  return e && e->type ? e->type->str() : "<null>";
}

}  // namespace

TEST_CASE("annotations: untyped constants get their final type") {
  auto p = ok(R"(package main

var n uint

func main() {
	var x int64 = 1 << 3
	var a any = 5
	var f float32 = 0.1
	r := 'a'
	s := 1 << n
	var p *int = nil
	_, _, _, _, _, _ = x, a, f, r, s, p
}
)");
  // Operands inside a constant expression keep their own (default) types, as in go/types: only
  // the root of a constant expression matters to the compiler.
  auto shl = nodeAt<ast::BinaryExpr>(*p, 6, 18);
  REQUIRE(shl);
  CHECK(typeOf(shl) == "int64");
  REQUIRE(shl->value);
  CHECK(shl->value->str() == "8");
  CHECK(shl->mode == ast::Mode::Constant);
  CHECK(typeOf(nodeAt<ast::BasicLit>(*p, 7, 14)) == "int");  // boxed as int
  auto f = nodeAt<ast::BasicLit>(*p, 8, 18);
  CHECK(typeOf(f) == "float32");
  // BasicLit::value (the decoded text) hides Expr::value (the constant).
  CHECK(static_cast<const ast::Expr*>(f)->value->toFloat64() == double(0.1f));  // rounded
  CHECK(typeOf(nodeAt<ast::BasicLit>(*p, 9, 7)) == "int32");
  CHECK(typeOf(nodeAt<ast::BasicLit>(*p, 10, 7)) == "int");  // lhs of a non-constant shift
  auto nil = nodeAt<ast::Ident>(*p, 11, 15);
  REQUIRE(nil);
  CHECK(typeOf(nil) == "*int");
}

TEST_CASE("annotations: comparisons and arguments of builtins and calls") {
  auto p = ok(R"(package main

import "fmt"

func main() {
	x := 3
	b := x < 4
	fmt.Println(1.5, "s", b)
	var u uint8 = 200
	_ = u + 55
	_ = len("abc")
}
)");
  CHECK(typeOf(nodeAt<ast::BasicLit>(*p, 7, 11)) == "int");
  CHECK(typeOf(nodeAt<ast::BinaryExpr>(*p, 7, 9)) == "bool");
  CHECK(typeOf(nodeAt<ast::BasicLit>(*p, 8, 14)) == "float64");
  CHECK(typeOf(nodeAt<ast::BasicLit>(*p, 8, 19)) == "string");
  CHECK(typeOf(nodeAt<ast::BasicLit>(*p, 10, 10)) == "uint8");
  auto len = nodeAt<ast::Ident>(*p, 11, 6);
  REQUIRE(len);
  CHECK(len->obj->kind == types::ObjKind::Builtin);
}

TEST_CASE("annotations: identifiers, call kinds and selections") {
  auto p = ok(R"(package main

import "strings"

type Inner struct{ X int }

func (i *Inner) Inc() { i.X++ }

type Outer struct {
	Inner
	Name string
}

func main() {
	var o Outer
	o.X = 1
	o.Inc()
	n := int64(o.X)
	s := strings.ToUpper(o.Name)
	f := (*Inner).Inc
	_, _, _ = n, s, f
}
)");
  auto x = nodeAt<ast::SelectorExpr>(*p, 16, 2);
  if (!x) {  // the selector's position may be the dot
    x = nodeAt<ast::SelectorExpr>(*p, 16, 3);
  }
  REQUIRE(x);
  CHECK(x->selKind == ast::SelKind::Field);
  CHECK(x->path == std::vector<int>{0, 0});
  CHECK_FALSE(x->indirect);
  CHECK(x->mode == ast::Mode::Variable);

  auto inc = identNamed(*p, "Inc", 17);
  REQUIRE(inc);
  REQUIRE(inc->obj);
  CHECK(inc->obj->kind == types::ObjKind::Func);
  CHECK(static_cast<types::Func*>(inc->obj)->ptrRecv);
  // o.Inc() on an addressable struct variable with a pointer receiver: the address is taken.
  auto o = identNamed(*p, "o", 15);
  REQUIRE(o->obj);
  CHECK(static_cast<types::Var*>(o->obj)->addressTaken);

  const ast::CallExpr* conv = nullptr;
  const ast::CallExpr* call = nullptr;
  const ast::SelectorExpr* methodExpr = nullptr;
  for (const ast::File* f : p->mainPackage().files)
    lang::check::walk(f, [&](const ast::Node* nd) {
      if (auto c = nd->as<ast::CallExpr>()) {
        if (c->callKind == ast::CallKind::Conversion) conv = c;
        if (c->pos.line == 19) call = c;
      }
      if (auto s = nd->as<ast::SelectorExpr>(); s && s->selKind == ast::SelKind::MethodExpr)
        methodExpr = s;
      return true;
    });
  REQUIRE(conv);
  CHECK(typeOf(conv) == "int64");
  REQUIRE(call);
  CHECK(call->callKind == ast::CallKind::Call);
  auto sel = call->fun->as<ast::SelectorExpr>();
  REQUIRE(sel);
  CHECK(sel->selKind == ast::SelKind::Qualified);
  CHECK(static_cast<types::Func*>(sel->sel->obj)->nativeName == "strings.ToUpper");
  REQUIRE(methodExpr);
  CHECK(typeOf(methodExpr) == "func(*Inner)");
}

TEST_CASE("annotations: closures capture variables of enclosing functions") {
  auto p = ok(R"(package main

var global int

func main() {
	x := 1
	y := 2
	f := func() int {
		g := func() int { return x + global }
		return g() + y
	}
	_ = f
	z := 3
	_ = z
}
)");
  auto outer = nodeAt<ast::FuncLit>(*p, 8, 7);
  auto inner = nodeAt<ast::FuncLit>(*p, 9, 8);
  REQUIRE(outer);
  REQUIRE(inner);
  auto x = identNamed(*p, "x", 6);
  auto y = identNamed(*p, "y", 7);
  auto z = identNamed(*p, "z", 13);
  REQUIRE(inner->captures.size() == 1);
  CHECK(inner->captures[0] == x->obj);
  REQUIRE(outer->captures.size() == 2);
  CHECK(outer->captures[0] == x->obj);  // first use is inside the inner literal
  CHECK(outer->captures[1] == y->obj);
  CHECK(static_cast<types::Var*>(x->obj)->captured);
  CHECK_FALSE(static_cast<types::Var*>(z->obj)->captured);
  auto g = identNamed(*p, "global");
  CHECK_FALSE(static_cast<types::Var*>(g->obj)->captured);
}

TEST_CASE("annotations: address taken, branch targets, type switch variables") {
  auto p = ok(R"(package main

func main() {
	a := 1
	p := &a
	var i any = *p
outer:
	for k := 0; k < 3; k++ {
		switch v := i.(type) {
		case int:
			_ = v + 1
			continue outer
		case string, bool:
			_ = v
			break outer
		}
	}
}
)");
  auto a = identNamed(*p, "a", 4);
  CHECK(static_cast<types::Var*>(a->obj)->addressTaken);
  const ast::BranchStmt* cont = nullptr;
  const ast::BranchStmt* brk = nullptr;
  const ast::ForStmt* loop = nullptr;
  std::vector<const ast::CaseClause*> clauses;
  for (const ast::File* f : p->mainPackage().files)
    lang::check::walk(f, [&](const ast::Node* n) {
      if (auto b = n->as<ast::BranchStmt>()) (b->tok == ast::Branch::Continue ? cont : brk) = b;
      if (auto fs = n->as<ast::ForStmt>()) loop = fs;
      if (auto cc = n->as<ast::CaseClause>()) clauses.push_back(cc);
      return true;
    });
  REQUIRE(cont);
  REQUIRE(brk);
  CHECK(cont->target == loop);
  CHECK(brk->target == loop);
  REQUIRE(clauses.size() == 2);
  REQUIRE(clauses[0]->implicitVar);
  CHECK(clauses[0]->implicitVar->type->str() == "int");
  CHECK(clauses[1]->implicitVar->type->str() == "any");
  auto label = identNamed(*p, "outer", 7);
  REQUIRE(label->obj);
  CHECK(label->obj->kind == types::ObjKind::Label);
}

TEST_CASE("annotations: package initialization order and natives") {
  auto p = ok(R"(package main

import "sync"

var a = b + c
var b = f()
var c = 2
var d, e = pair()
var unused int

func f() int { return c * 2 }
func pair() (int, int) { return 1, 2 }

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	_, _, _, _, _ = a, b, d, e, unused
}
)");
  const auto& mainPkg = p->mainPackage();
  std::vector<std::string> order;
  for (const auto& init : mainPkg.initOrder) {
    std::string s;
    for (auto v : init.lhs) s += v->name;
    order.push_back(s);
  }
  CHECK(order == std::vector<std::string>{"c", "b", "a", "de"});
  CHECK(mainPkg.globals.size() == 6);
  REQUIRE(mainPkg.mainFunc);
  CHECK(mainPkg.mainFunc->name == "main");
  // Packages come in dependency order, main last.
  REQUIRE(p->packages.size() == 2);
  CHECK(p->packages[0].pkg->path == "sync");
  auto lock = identNamed(*p, "Lock", 16);
  CHECK(static_cast<types::Func*>(lock->obj)->nativeName == "sync.(*Mutex).Lock");
}

TEST_CASE("annotations: parameters, composite literals and range") {
  auto p = ok(R"(package main

type P struct{ X, Y int }

func (p P) Sum(scale int, _ string) (total int) {
	total = (p.X + p.Y) * scale
	return
}

func main() {
	ps := []*P{{1, 2}, {X: 3}}
	m := map[string][]int{"a": {1, 2}}
	arr := [...]string{2: "c", 0: "a"}
	for i, v := range ps {
		_, _ = i, v
	}
	for i := range 3 {
		_ = i
	}
	_, _ = m, arr
}
)");
  const ast::FuncDecl* sum = nullptr;
  for (auto d : p->mainPackage().funcs)
    if (d->name->name == "Sum") sum = d;
  REQUIRE(sum);
  auto pv = p->params(sum->sig);
  REQUIRE(pv);
  REQUIRE(pv->recv);
  CHECK(pv->recv->name == "p");
  REQUIRE(pv->params.size() == 2);
  CHECK(pv->params[1]->name == "_");
  REQUIRE(pv->results.size() == 1);
  CHECK(pv->results[0]->name == "total");
  auto elided = nodeAt<ast::CompositeLit>(*p, 11, 13);
  REQUIRE(elided);
  CHECK(typeOf(elided) == "*P");  // &P{...} elided
  auto arr = identNamed(*p, "arr", 13);
  CHECK(arr->obj->type->str() == "[3]string");
  auto i = identNamed(*p, "i", 17);
  CHECK(i->obj->type->str() == "int");
  CHECK(typeOf(nodeAt<ast::BasicLit>(*p, 17, 17)) == "int");
}
