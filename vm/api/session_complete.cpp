// weft::Session::complete: completion candidates from the session's names and types.
#include <algorithm>
#include <cctype>
#include <set>

#include "lang/check/lookup.hpp"
#include "lang/check/session.hpp"
#include "lang/check/type_table.hpp"
#include "lang/parse.hpp"
#include "lang/types.hpp"
#include "stdlib/registry.hpp"
#include "vm/api/session_impl.hpp"

namespace weft {

namespace {

const char* const kKeywords[] = {"break",     "case",   "chan",    "const",       "continue",
                                 "default",   "defer",  "else",    "fallthrough", "for",
                                 "func",      "go",     "goto",    "if",          "import",
                                 "interface", "map",    "package", "range",       "return",
                                 "select",    "struct", "switch",  "type",        "var"};

bool identChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// The package with this import path, loaded into the session if needed (checked, not run).
const types::Package* loadPackage(lang::check::Session& checker, const std::string& path) {
  if (const types::Package* p = checker.package(path)) return p;
  lang::ParseResult r = lang::parse("<complete>", "package main; import _ \"" + path + "\"");
  if (!r.file) return nullptr;
  for (ast::ImportSpec* spec : r.file->imports) spec->used = true;
  ast::File* file = r.file;
  auto cell = checker.check({std::move(r.arena), file});
  checker.discard(cell);
  return checker.package(path);
}

// Field and method names of values of type t (through one pointer).
void membersOf(lang::check::TypeTable& tt, const types::Type* t, std::set<std::string>& out) {
  if (!t) return;
  const types::Type* base = t;
  if (auto p = t->underlying(); p->kind == types::Kind::Pointer)
    base = static_cast<const types::Pointer*>(p)->elem;
  // Fields, embedded structs' fields included (one level deep is what users type most).
  std::vector<const types::Type*> work{base};
  for (int depth = 0; depth < 4 && !work.empty(); depth++) {
    std::vector<const types::Type*> next;
    for (const types::Type* w : work) {
      if (w->underlying()->kind != types::Kind::Struct) continue;
      for (const types::Var* f : static_cast<const types::Struct*>(w->underlying())->fields) {
        out.insert(f->name);
        if (f->embedded) {
          const types::Type* ft = f->type;
          if (ft->underlying()->kind == types::Kind::Pointer)
            ft = static_cast<const types::Pointer*>(ft->underlying())->elem;
          next.push_back(ft);
        }
      }
    }
    work = std::move(next);
  }
  for (const auto& e : lang::check::methodSet(base)) out.insert(e.method->name);
  if (base->underlying()->kind != types::Kind::Interface &&
      base->underlying()->kind != types::Kind::Pointer)
    for (const auto& e : lang::check::methodSet(tt.pointer(base))) out.insert(e.method->name);
}

// Where the operand ending just before `end` begins: identifiers, selectors, and calls,
// indexes or parentheses (balanced), as in `who.Friend.`, `(&who).`, `people[0].`, `f().`.
std::size_t operandStart(std::string_view line, std::size_t end) {
  std::size_t i = end;
  int depth = 0;
  while (i > 0) {
    char c = line[i - 1];
    if (c == ')' || c == ']') {
      depth++;
    } else if (c == '(' || c == '[') {
      if (depth == 0) break;
      depth--;
    } else if (depth == 0 && !identChar(c) && c != '.') {
      break;
    }
    i--;
  }
  return depth == 0 ? i : end;
}

}  // namespace

std::vector<std::string> Session::complete(std::string_view line, std::size_t cursor,
                                           std::size_t* start) {
  Impl& s = *impl_;
  cursor = std::min(cursor, line.size());
  std::size_t ws = cursor;
  while (ws > 0 && identChar(line[ws - 1])) ws--;
  *start = ws;
  std::string prefix(line.substr(ws, cursor - ws));
  std::set<std::string> names;
  lang::check::TypeTable& tt = *s.checker->program()->types;

  if (ws > 0 && line[ws - 1] == '.') {
    std::size_t rs = ws - 1;
    while (rs > 0 && identChar(line[rs - 1])) rs--;
    std::string recv(line.substr(rs, ws - 1 - rs));
    std::size_t os = operandStart(line, ws - 1);
    types::Object* obj = recv.empty() ? nullptr : s.checker->scope()->lookup(recv);
    if (os < rs || (rs > 0 && line[rs - 1] == '.')) {
      // A longer operand (`who.Friend.`, `(&who).`): the checker says its type.
      std::string text;
      const types::Type* t = nullptr;
      if (s.typeOf(line.substr(os, ws - 1 - os), &text, &t, false)) membersOf(tt, t, names);
    } else if (recv.empty()) {
      return {};
    } else if (obj && obj->kind != types::ObjKind::PkgName) {
      if (obj->kind == types::ObjKind::Var || obj->kind == types::ObjKind::Const)
        membersOf(tt, obj->type, names);
    } else {
      std::string path;
      for (auto& [name, p] : s.imports)
        if (name == recv) path = p;
      if (path.empty()) path = standardPackageFor(recv);
      if (!path.empty()) {
        // The checker is the host thread's: no need to stop the background goroutines.
        const types::Package* pkg = loadPackage(*s.checker, path);
        if (pkg && pkg->scope)
          for (auto& [name, o] : pkg->scope->names)
            if (o->exported()) names.insert(name);
      }
    }
  } else {
    for (const char* k : kKeywords) names.insert(k);
    for (auto& [name, o] : tt.universe()->names)
      if (name != "iota" && name != "comparable") names.insert(name);
    for (auto& [name, o] : s.checker->scope()->names) names.insert(name);
    for (auto& [name, p] : s.imports) names.insert(name);
    for (const std::string& path : stdlib::packagePaths())
      names.insert(path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1));
  }
  std::vector<std::string> out;
  for (const std::string& n : names)
    if (n.compare(0, prefix.size(), prefix) == 0 && n != "_") out.push_back(n);
  return out;
}

}  // namespace weft
