// Helpers for the parser's unit tests: parse a snippet inside a minimal file and return the
// ast::dump() of the interesting part, or the first diagnostic.
#pragma once

#include <string>
#include <string_view>

#include "lang/ast_dump.hpp"
#include "lang/parse.hpp"

namespace weft::parser_test {

// "line:col: message" of each diagnostic, joined by " | ".
inline std::string errors(const lang::ParseResult& r) {
  std::string s;
  for (auto& d : r.diagnostics) {
    if (!s.empty()) s += " | ";
    s += std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.message;
  }
  return s;
}

// The first diagnostic as "line:col: message", or "" when the source parses.
inline std::string firstError(std::string_view src) {
  auto r = lang::parse("t.go", src);
  if (r.diagnostics.empty()) return "";
  auto& d = r.diagnostics.front();
  return std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.message;
}

// dump() of the whole file, or "ERROR <errors>".
inline std::string fileDump(std::string_view src) {
  auto r = lang::parse("t.go", src);
  if (!r.file) return "ERROR " + errors(r);
  return ast::dump(r.file);
}

// dump() of the declarations after "package p".
inline std::string declDump(std::string_view decls) {
  auto r = lang::parse("t.go", "package p\n" + std::string(decls) + "\n");
  if (!r.file) return "ERROR " + errors(r);
  std::string s;
  for (auto* d : r.file->decls) {
    if (!s.empty()) s += " ";
    s += ast::dump(d);
  }
  return s;
}

// dump() of the expression in `var _ = <expr>`.
inline std::string exprDump(std::string_view expr) {
  auto r = lang::parse("t.go", "package p\nvar _ = " + std::string(expr) + "\n");
  if (!r.file) return "ERROR " + errors(r);
  auto* gd = r.file->decls.back()->as<ast::GenDecl>();
  return ast::dump(gd->specs[0]->as<ast::ValueSpec>()->values[0]);
}

// dump() of the type in `type _ <type>`.
inline std::string typeDump(std::string_view type) {
  auto r = lang::parse("t.go", "package p\ntype _ " + std::string(type) + "\n");
  if (!r.file) return "ERROR " + errors(r);
  auto* gd = r.file->decls.back()->as<ast::GenDecl>();
  return ast::dump(gd->specs[0]->as<ast::TypeSpec>()->type);
}

// dump() of the statements of `func _() { <body> }`, joined by spaces.
inline std::string stmtDump(std::string_view body) {
  auto r = lang::parse("t.go", "package p\nfunc _() {\n" + std::string(body) + "\n}\n");
  if (!r.file) return "ERROR " + errors(r);
  auto* fd = r.file->decls.back()->as<ast::FuncDecl>();
  std::string s;
  for (auto* st : fd->body->list) {
    if (!s.empty()) s += " ";
    s += ast::dump(st);
  }
  return s;
}

}  // namespace weft::parser_test
