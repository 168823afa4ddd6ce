// Parser: robustness (garbage, huge inputs, deep nesting), the REPL's `incomplete` flag,
// positions and doc comments in the tree.
#include <doctest.h>

#include <pthread.h>

#include <string>

#include "lang/ast_walk.hpp"
#include "parser_test_util.hpp"

using namespace weft;
using namespace weft::parser_test;

namespace {

std::string repeat(int n, const std::string& s) {
  std::string out;
  for (int i = 0; i < n; i++) out += s;
  return out;
}

std::string nested(int n, const std::string& open, const std::string& mid,
                   const std::string& close) {
  return repeat(n, open) + mid + repeat(n, close);
}

bool tooDeep(const std::string& src) {
  auto r = lang::parse("t.go", src);
  return !r.file && r.diagnostics.size() == 1 &&
         r.diagnostics[0].message == "syntax error: too deeply nested";
}

// Runs f on a thread with a small native stack.
template <class F>
void onSmallStack(std::size_t bytes, F f) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, bytes);
  pthread_t t;
  auto* heapF = new F(std::move(f));
  REQUIRE(pthread_create(
              &t, &attr,
              [](void* p) -> void* {
                auto* fn = static_cast<F*>(p);
                (*fn)();
                delete fn;
                return nullptr;
              },
              heapF) == 0);
  pthread_join(t, nullptr);
  pthread_attr_destroy(&attr);
}

}  // namespace

TEST_CASE("parser limits: 1000 levels of nesting parse") {
#if defined(__SANITIZE_ADDRESS__)
  // Sanitizer builds use several times more stack per level; the stack check then stops
  // earlier (tested below), which is the point of it.
  return;
#endif
  CHECK(firstError("package p\nvar x = " + nested(1000, "(", "1", ")") + "\n") == "");
  CHECK(firstError("package p\nfunc f() " + nested(1000, "{", "", "}") + "\n") == "");
  CHECK(firstError("package p\nvar x = T" + nested(1000, "{", "", "}") + "\n") == "");
  CHECK(firstError("package p\nvar x " + repeat(1000, "*") + "int\n") == "");
  CHECK(firstError("package p\nvar x = " + repeat(1000, "- ") + "1\n") == "");
}

TEST_CASE("parser limits: 10,000 levels are a syntax error, not a crash") {
  CHECK(tooDeep("package p\nvar x = " + nested(10000, "(", "1", ")") + "\n"));
  CHECK(tooDeep("package p\nfunc f() " + nested(10000, "{", "", "}") + "\n"));
  CHECK(tooDeep("package p\nvar x = T" + nested(10000, "{", "", "}") + "\n"));
  CHECK(tooDeep("package p\nvar x " + repeat(10000, "*") + "int\n"));
  CHECK(tooDeep("package p\nvar x " + repeat(10000, "[]") + "int\n"));
  CHECK(tooDeep("package p\nvar x " + repeat(10000, "chan ") + "int\n"));
  CHECK(tooDeep("package p\nvar x = " + repeat(10000, "- ") + "1\n"));
  CHECK(tooDeep("package p\nvar x = " + repeat(10000, "<-") + "c\n"));
  CHECK(tooDeep("package p\nvar x = a" + repeat(10000, ".b") + "\n"));
  CHECK(tooDeep("package p\nvar x = f" + repeat(10000, "()") + "\n"));
  CHECK(tooDeep("package p\nvar x = " + nested(10000, "func() { _ = ", "1", "}") + "\n"));
  CHECK(tooDeep("package p\nfunc f() { if a {}" + repeat(10000, " else if a {}") + " }\n"));
  CHECK(tooDeep("package p\nfunc f() {\n" + repeat(10000, "L: ") + "\n}\n"));
  CHECK(tooDeep("package p\nvar x = 1" + repeat(20000, "+1") + "\n"));
  CHECK(firstError("package p\nvar x = 1" + repeat(5000, "+1") + "\n") == "");
}

TEST_CASE("parser limits: deep nesting on a small thread stack") {
  // The guard also measures the real stack, so small threads get an error, not a crash.
  bool done = false;
  onSmallStack(1024 * 1024, [&] {
    CHECK(tooDeep("package p\nvar x = " + nested(10000, "(", "1", ")") + "\n"));
    CHECK(tooDeep("package p\nfunc f() " + nested(10000, "{", "", "}") + "\n"));
    CHECK(tooDeep("package p\nvar x = " + nested(10000, "func() { _ = ", "1", "}") + "\n"));
    CHECK(firstError("package p\nvar x = " + nested(20, "(", "1", ")") + "\n") == "");
    done = true;
  });
  CHECK(done);
}

TEST_CASE("parser limits: binary garbage, empty input, huge literals") {
  std::string garbage;
  uint32_t x = 2463534242u;
  for (int i = 0; i < 200000; i++) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    garbage.push_back(static_cast<char>(x));
  }
  auto g = lang::parse("g.go", garbage);
  CHECK(!g.file);
  CHECK(!g.diagnostics.empty());
  CHECK(g.diagnostics.size() <= 10);

  // Random token soup that lexes cleanly.
  const char* words[] = {"(",   ")",    "{",      "}",    "[",     "]",      "func",    "x",
                         "1",   ",",    ";",      "\n",   "if",    "for",    ":=",      "=",
                         "+",   "*",    "<-",     "chan", "map",   "struct", "package", ".",
                         "...", "case", "switch", "go",   "\"s\"", "&"};
  for (int round = 0; round < 200; round++) {
    std::string soup = round % 2 ? "package p\n" : "";
    for (int i = 0; i < 300; i++) {
      x ^= x << 13;
      x ^= x >> 17;
      x ^= x << 5;
      soup += words[x % (sizeof words / sizeof *words)];
      soup += " ";
    }
    auto r = lang::parse("s.go", soup);
    CHECK((r.file != nullptr || !r.diagnostics.empty()));
  }

  auto e = lang::parse("e.go", "");
  CHECK(!e.file);
  CHECK(errors(e) == "1:1: syntax error: package statement must be first");

  std::string big = "package p\nvar s = \"" + std::string(1 << 20, 'a') + "\"\n";
  auto b = lang::parse("b.go", big);
  REQUIRE(b.file);
  auto* lit = b.file->decls[0]
                  ->as<ast::GenDecl>()
                  ->specs[0]
                  ->as<ast::ValueSpec>()
                  ->values[0]
                  ->as<ast::BasicLit>();
  REQUIRE(lit);
  CHECK(lit->value.size() == (1u << 20));

  std::string many = "package p\nvar x = []int{" + repeat(100000, "1, ") + "}\n";
  CHECK(firstError(many) == "");
}

TEST_CASE("parser: incomplete input is flagged for the REPL") {
  CHECK(lang::parse("r", "package main\nfunc main() {\n").incomplete);
  CHECK(lang::parse("r", "package main\nvar x = f(1,\n").incomplete);
  CHECK(lang::parse("r", "package main\nvar x = 1 +\n").incomplete);
  CHECK(lang::parse("r", "package main\nvar s = `abc\n").incomplete);
  CHECK(lang::parse("r", "package main\n/* comment\n").incomplete);
  CHECK(lang::parse("r", "package main\nfunc main() {\n\tif x {\n").incomplete);
  CHECK(!lang::parse("r", "package main\nfunc main() {\n\tx := )\n").incomplete);
  CHECK(!lang::parse("r", "package main\nvar s = \"abc\n").incomplete);
  CHECK(!lang::parse("r", "package main\nfunc main() {}\n").incomplete);
}

TEST_CASE("parser: positions of nodes") {
  auto r = lang::parse("p.go", "package main\n\nfunc main() {\n\tx := a + b*c\n}\n");
  REQUIRE(r.file);
  CHECK(r.file->filename == "p.go");
  auto* fd = r.file->decls[0]->as<ast::FuncDecl>();
  CHECK(fd->pos.line == 3);
  CHECK(fd->pos.col == 1);
  auto* as = fd->body->list[0]->as<ast::AssignStmt>();
  REQUIRE(as);
  CHECK(as->pos.line == 4);
  CHECK(as->pos.col == 2);
  CHECK(as->opPos.col == 4);
  auto* bin = as->rhs[0]->as<ast::BinaryExpr>();
  REQUIRE(bin);
  CHECK(bin->pos.col == 9);  // binary expressions sit at their operator
  CHECK(bin->x->pos.col == 7);
  CHECK(bin->y->as<ast::BinaryExpr>()->pos.col == 12);
  CHECK(fd->body->rbrace.line == 5);
}

TEST_CASE("parser: doc comments of functions, #! lines") {
  auto r = lang::parse("d.go",
                       "#!/usr/bin/env weft\npackage main\n\n// Greet says hello.\n// Twice.\nfunc "
                       "Greet() {}\n\nfunc Other() {}\n");
  REQUIRE(r.file);
  CHECK(r.file->package->pos.line == 2);
  CHECK(r.file->decls[0]->as<ast::FuncDecl>()->doc == "Greet says hello.\nTwice.\n");
  CHECK(r.file->decls[1]->as<ast::FuncDecl>()->doc == "");
}

TEST_CASE("parser: at most 10 diagnostics, sorted by position") {
  auto r = lang::parse(
      "m.go", "package p\nvar a = 09 + 08 + @ + # + 0b2 + 0o9 + 1__1 + '' + 'ab' + \"\\q\" + 0x\n");
  CHECK(r.diagnostics.size() == 10);
  for (std::size_t i = 1; i < r.diagnostics.size(); i++)
    CHECK(r.diagnostics[i - 1].pos.offset <= r.diagnostics[i].pos.offset);
  CHECK(!r.file);
}

TEST_CASE("ast::walk visits every node once, iteratively") {
  auto r = lang::parse("w.go", "package p\nvar x = 1" + repeat(5000, "+1") + "\n");
  REQUIRE(r.file);
  std::size_t lits = 0;
  ast::walk(r.file, [&](const ast::Node* n) {
    if (n->is<ast::BasicLit>()) lits++;
    return true;
  });
  CHECK(lits == 5001);
}
