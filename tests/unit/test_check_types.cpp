// TypeTable, type strings, predicates, lookup and method sets (no parser needed).
#include <doctest.h>

#include "lang/check/lookup.hpp"
#include "lang/check/type_table.hpp"

using namespace weft::types;
using namespace weft::lang::check;
using weft::ast::Pos;

TEST_CASE("types: interning gives pointer identity") {
  TypeTable tt;
  auto i = tt.basic(Kind::Int);
  CHECK(tt.slice(i) == tt.slice(i));
  CHECK(tt.slice(i) != tt.slice(tt.basic(Kind::String)));
  CHECK(tt.map(tt.basic(Kind::String), i) == tt.map(tt.basic(Kind::String), i));
  CHECK(tt.array(i, 3) != tt.array(i, 4));
  CHECK(tt.chan(ChanDir::Recv, i) != tt.chan(ChanDir::Both, i));
  CHECK(tt.signature({i}, {}, false) == tt.signature({i}, {}, false));
  CHECK(tt.signature({tt.slice(i)}, {}, true) != tt.signature({tt.slice(i)}, {}, false));
  auto s1 = tt.structType({FieldSpec{"A", {}, i, false, "", nullptr}});
  auto s2 = tt.structType({FieldSpec{"A", {}, i, false, "", nullptr}});
  auto s3 = tt.structType({FieldSpec{"A", {}, i, false, "json:\"a\"", nullptr}});
  CHECK(s1 == s2);
  CHECK(s1 != s3);
  Package* p1 = tt.newPackage("a", "a");
  Package* p2 = tt.newPackage("b", "b");
  CHECK(tt.structType({FieldSpec{"x", {}, i, false, "", p1}}) !=
        tt.structType({FieldSpec{"x", {}, i, false, "", p2}}));
}

TEST_CASE("types: universe") {
  TypeTable tt;
  Scope* u = tt.universe();
  CHECK(u->lookup("byte")->type == tt.basic(Kind::Uint8));
  CHECK(u->lookup("rune")->type == tt.basic(Kind::Int32));
  CHECK(u->lookup("any")->type == tt.emptyInterface());
  CHECK(u->lookup("error")->type == tt.errorType());
  CHECK(u->lookup("error")->type->str() == "error");
  CHECK(u->lookup("nil")->kind == ObjKind::Nil);
  CHECK(u->lookup("append")->kind == ObjKind::Builtin);
  CHECK(u->lookup("true")->kind == ObjKind::Const);
  CHECK(u->lookup("iota") == tt.iotaObject());
  CHECK(u->lookup("foo") == nullptr);
  CHECK(tt.defaultType(tt.basic(Kind::UntypedRune)) == tt.basic(Kind::Int32));
  CHECK(tt.defaultType(tt.basic(Kind::UntypedFloat)) == tt.basic(Kind::Float64));
}

TEST_CASE("types: strings for messages and for the runtime") {
  TypeTable tt;
  auto i = tt.basic(Kind::Int);
  auto s = tt.basic(Kind::String);
  CHECK(tt.slice(i)->str() == "[]int");
  CHECK(tt.map(s, tt.slice(i))->str() == "map[string][]int");
  CHECK(tt.pointer(tt.array(i, 4))->str() == "*[4]int");
  CHECK(tt.chan(ChanDir::Both, tt.chan(ChanDir::Recv, i))->str() == "chan (<-chan int)");
  CHECK(tt.chan(ChanDir::Send, i)->str() == "chan<- int");
  CHECK(tt.signature({i, tt.slice(s)}, {s, tt.errorType()}, true)->str() ==
        "func(int, ...string) (string, error)");
  CHECK(tt.signature({}, {i}, false)->str() == "func() int");
  auto st = tt.structType(
      {FieldSpec{"a", {}, i, false, "", nullptr}, FieldSpec{"b", {}, s, false, "", nullptr}});
  CHECK(st->str() == "struct{a int; b string}");
  CHECK(st->str(true) == "struct { a int; b string }");
  CHECK(tt.emptyInterface()->str() == "any");
  CHECK(tt.slice(tt.emptyInterface())->str(true) == "[]interface {}");
  CHECK(tt.basic(Kind::UntypedFloat)->str() == "untyped float");

  Package* mainPkg = tt.newPackage("main", "main");
  auto tn = tt.newObject<TypeName>("T", Pos{}, nullptr);
  tn->pkg = mainPkg;
  Named* T = tt.newNamed(tn);
  CHECK(T->str() == "T");
  CHECK(T->str(true) == "main.T");
  Package* timePkg = tt.newPackage("time", "time");
  auto dn = tt.newObject<TypeName>("Duration", Pos{}, nullptr);
  dn->pkg = timePkg;
  CHECK(tt.pointer(tt.newNamed(dn))->str() == "*time.Duration");
}

TEST_CASE("types: predicates") {
  TypeTable tt;
  auto i = tt.basic(Kind::Int);
  CHECK(i->isInteger());
  CHECK(tt.basic(Kind::UntypedRune)->isInteger());
  CHECK(tt.basic(Kind::Uint8)->isUnsigned());
  CHECK(tt.basic(Kind::Float32)->isFloat());
  CHECK(tt.basic(Kind::UntypedString)->isString());
  CHECK(tt.basic(Kind::UntypedBool)->isBoolean());
  CHECK_FALSE(tt.basic(Kind::String)->isNumeric());
  CHECK(comparable(i));
  CHECK_FALSE(comparable(tt.slice(i)));
  CHECK_FALSE(comparable(tt.map(i, i)));
  CHECK(comparable(tt.array(i, 2)));
  CHECK_FALSE(comparable(tt.array(tt.slice(i), 2)));
  CHECK_FALSE(comparable(tt.structType({FieldSpec{"f", {}, tt.signature({}, {}, false)}})));
  CHECK(comparable(tt.emptyInterface()));
  CHECK(hasNil(tt.slice(i)));
  CHECK(hasNil(tt.errorType()));
  CHECK_FALSE(hasNil(tt.array(i, 1)));
  CHECK(isOrdered(tt.basic(Kind::String)));
  CHECK_FALSE(isOrdered(tt.basic(Kind::Bool)));
}

namespace {

// type Inner struct{ X int }; func (Inner) Get() int; func (*Inner) Set(int)
// type Outer struct{ Inner; Y string }
struct Fixture {
  TypeTable tt;
  Package* pkg = tt.newPackage("main", "main");
  Named* inner;
  Named* outer;
  Func* get;
  Func* set;

  Named* named(const char* name) {
    auto tn = tt.newObject<TypeName>(name, Pos{}, nullptr);
    tn->pkg = pkg;
    Named* n = tt.newNamed(tn);
    tn->type = n;
    return n;
  }
  Func* method(Named* on, const char* name, bool ptr, const Signature* sig) {
    auto f = tt.newObject<Func>(name, Pos{}, nullptr);
    f->pkg = pkg;
    f->ptrRecv = ptr;
    auto recv = tt.newObject<Var>("", Pos{}, ptr ? static_cast<const Type*>(tt.pointer(on)) : on);
    f->type = tt.methodSignature(recv, sig);
    on->methods.push_back(f);
    return f;
  }
  Fixture() {
    auto i = tt.basic(Kind::Int);
    inner = named("Inner");
    inner->underlyingType = tt.structType({FieldSpec{"X", {}, i, false, "", pkg}});
    get = method(inner, "Get", false, tt.signature({}, {i}, false));
    set = method(inner, "Set", true, tt.signature({i}, {}, false));
    outer = named("Outer");
    outer->underlyingType =
        tt.structType({FieldSpec{"Inner", {}, inner, true, "", pkg},
                       FieldSpec{"Y", {}, tt.basic(Kind::String), false, "", pkg}});
  }
};

}  // namespace

TEST_CASE("lookup: fields and promoted methods") {
  Fixture fx;
  Selection s = lookupFieldOrMethod(fx.outer, false, fx.pkg, "X");
  CHECK(s.status == LookupStatus::Found);
  CHECK(s.path == std::vector<int>{0, 0});
  CHECK_FALSE(s.indirect);
  s = lookupFieldOrMethod(fx.tt.pointer(fx.outer), false, fx.pkg, "Y");
  CHECK(s.path == std::vector<int>{1});
  CHECK(s.indirect);
  s = lookupFieldOrMethod(fx.outer, false, fx.pkg, "Get");
  CHECK(s.obj == fx.get);
  CHECK(s.path == std::vector<int>{0});
  s = lookupFieldOrMethod(fx.outer, false, fx.pkg, "Set");
  CHECK(s.status == LookupStatus::NeedsPointer);
  s = lookupFieldOrMethod(fx.outer, true, fx.pkg, "Set");
  CHECK(s.status == LookupStatus::Found);
  CHECK(lookupFieldOrMethod(fx.outer, true, fx.pkg, "Nope").status == LookupStatus::NotFound);
}

TEST_CASE("lookup: ambiguous selectors at the same depth") {
  Fixture fx;
  auto i = fx.tt.basic(Kind::Int);
  Named* other = fx.named("Other");
  other->underlyingType = fx.tt.structType({FieldSpec{"X", {}, i, false, "", fx.pkg}});
  auto both = fx.tt.structType({FieldSpec{"Inner", {}, fx.inner, true, "", fx.pkg},
                                FieldSpec{"Other", {}, other, true, "", fx.pkg}});
  CHECK(lookupFieldOrMethod(both, false, fx.pkg, "X").status == LookupStatus::Ambiguous);
  CHECK(lookupFieldOrMethod(both, false, fx.pkg, "Get").status == LookupStatus::Found);
}

TEST_CASE("lookup: method sets and interface satisfaction") {
  Fixture fx;
  auto i = fx.tt.basic(Kind::Int);
  auto getter =
      fx.tt.interfaceType({MethodSpec{"Get", {}, fx.tt.signature({}, {i}, false), nullptr}}, {});
  auto setter =
      fx.tt.interfaceType({MethodSpec{"Set", {}, fx.tt.signature({i}, {}, false), nullptr}}, {});
  auto wrong = fx.tt.interfaceType(
      {MethodSpec{"Get", {}, fx.tt.signature({}, {fx.tt.basic(Kind::String)}, false), nullptr}},
      {});
  CHECK(missingMethod(fx.outer, getter, true, nullptr).method == nullptr);
  MissingMethod m = missingMethod(fx.outer, setter, true, nullptr);
  REQUIRE(m.method);
  CHECK(missingMethodReason(fx.outer, setter, m) == "(method Set has pointer receiver)");
  CHECK(missingMethod(fx.tt.pointer(fx.outer), setter, true, nullptr).method == nullptr);
  m = missingMethod(fx.inner, wrong, true, nullptr);
  CHECK(missingMethodReason(fx.inner, wrong, m) ==
        "(wrong type for method Get)\n\t\thave Get() int\n\t\twant Get() string");
  m = missingMethod(i, getter, true, nullptr);
  CHECK(missingMethodReason(i, getter, m) == "(missing method Get)");

  auto ms = methodSet(fx.outer);
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].method == fx.get);
  auto pms = methodSet(fx.tt.pointer(fx.outer));
  REQUIRE(pms.size() == 2);
  CHECK(pms[1].method == fx.set);
  CHECK(pms[1].path == std::vector<int>{0});

  // interface embedding merges method sets; identical method sets intern to one type
  auto both = fx.tt.interfaceType({}, {getter, setter});
  CHECK(both->allMethods.size() == 2);
  auto again =
      fx.tt.interfaceType({MethodSpec{"Set", {}, fx.tt.signature({i}, {}, false), nullptr},
                           MethodSpec{"Get", {}, fx.tt.signature({}, {i}, false), nullptr}},
                          {});
  CHECK(both == again);
}
