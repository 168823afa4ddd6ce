// textDocument/completion.
//
// After a dot, the expression before it is typed by analysing a copy of the text with a
// placeholder name after the dot (`x.` alone does not parse; `x._` does), and its members are
// offered. Elsewhere, the names in scope at the cursor are offered, plus Go's keywords. When
// the text does not parse even so (an unfinished line elsewhere), the last analysis that did is
// used: names in scope at the same line and column, and members of a dotted chain `a.b.c.`
// resolved name by name.
#include <array>
#include <cctype>
#include <cstdio>

#include "cli/lsp/ast_walk.hpp"
#include "cli/lsp/describe.hpp"
#include "cli/lsp/features.hpp"
#include "cli/lsp/scope.hpp"
#include "cli/lsp/tokens.hpp"

namespace weft::lsp {

using namespace types;

namespace {

// LSP CompletionItemKind values.
enum ItemKind {
  kMethod = 2,
  kFunction = 3,
  kField = 5,
  kVariable = 6,
  kClass = 7,
  kInterface = 8,
  kModule = 9,
  kKeyword = 14,
  kConstant = 21,
  kStruct = 22,
};

constexpr std::array<const char*, 25> kKeywords = {
    "break",  "case",        "chan", "const",   "continue", "default", "defer",
    "else",   "fallthrough", "for",  "func",    "go",       "goto",    "if",
    "import", "interface",   "map",  "package", "range",    "return",  "select",
    "struct", "switch",      "type", "var"};

bool identByte(char c) {
  auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '_' || u >= 0x80;
}

int itemKind(const Candidate& c) {
  const Object* o = c.obj;
  if (!o) return kModule;
  switch (o->kind) {
    case ObjKind::Var:
      return static_cast<const Var*>(o)->isField ? kField : kVariable;
    case ObjKind::Const:
    case ObjKind::Nil:
      return kConstant;
    case ObjKind::TypeName:
      if (o->type && o->type->underlying()->kind == Kind::Struct) return kStruct;
      if (o->type && o->type->underlying()->kind == Kind::Interface) return kInterface;
      return kClass;
    case ObjKind::Func:
      return o->parent ? kFunction : kMethod;  // methods are declared in no scope
    case ObjKind::PkgName:
      return kModule;
    case ObjKind::Builtin:
      return kFunction;
    case ObjKind::Label:
      return kKeyword;
  }
  return kVariable;
}

json item(const Analysis& a, const Candidate& c) {
  json j = {{"label", c.name}, {"kind", itemKind(c)}};
  std::string detail = c.obj ? detailText(a, c.obj) : "\"" + c.importPath + "\"";
  if (!detail.empty()) j["detail"] = detail;
  return j;
}

json list(const Analysis* a, const std::vector<Candidate>& cs, bool keywords) {
  // Candidates come innermost first (locals, then package level, imports, the universe); the
  // sort text keeps that order where the client sorts, keywords last.
  json items = json::array();
  auto sortText = [&] {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%05zu", items.size());
    return std::string(buf);
  };
  if (a)
    for (const Candidate& c : cs) {
      json j = item(*a, c);
      j["sortText"] = sortText();
      items.push_back(std::move(j));
    }
  if (keywords)
    for (const char* k : kKeywords)
      items.push_back({{"label", k}, {"kind", kKeyword}, {"sortText", sortText()}});
  return {{"isIncomplete", false}, {"items", items}};
}

const Package* mainPackage(const Analysis& a) {
  return a.program->packages.empty() ? nullptr : a.program->mainPackage().pkg;
}

const Package* packageByPath(const Analysis& a, const std::string& path) {
  for (const auto& cp : a.program->packages)
    if (cp.pkg && cp.pkg->path == path) return cp.pkg;
  return nullptr;
}

// Members after the dot of the selector whose name starts at `nameStart`, from a tree in which
// that selector exists.
std::optional<std::vector<Candidate>> selectorMembers(const Analysis& a, std::size_t nameStart) {
  if (!a.file) return std::nullopt;
  const ast::SelectorExpr* sel = nullptr;
  walk(a.file, [&](const ast::Node* n) {
    if (auto* s = n->as<ast::SelectorExpr>(); s && s->sel && s->sel->pos.offset == nameStart)
      sel = s;
    return !sel;
  });
  if (!sel || !sel->x) return std::nullopt;
  const ast::Expr* x = sel->x;
  if (auto* id = x->as<ast::Ident>(); id && id->obj && id->obj->kind == ObjKind::PkgName)
    return packageMembers(static_cast<const PkgName*>(id->obj)->imported);
  if (!x->type || x->mode == ast::Mode::Invalid) return std::vector<Candidate>{};
  return membersOf(x->type, x->mode == ast::Mode::TypeExpr, mainPackage(a));
}

// Members after `a.b.c.` resolved name by name in an older analysis (no calls or indexing).
std::vector<Candidate> chainMembers(const Analysis& a, std::size_t offset,
                                    const std::vector<std::string>& chain) {
  const Object* obj = nullptr;
  const Package* pkg = nullptr;
  for (const Candidate& c : namesInScope(a, offset))
    if (c.name == chain[0]) {
      obj = c.obj;
      if (!obj && !c.importPath.empty()) pkg = packageByPath(a, c.importPath);
    }
  if (obj && obj->kind == ObjKind::PkgName) pkg = static_cast<const PkgName*>(obj)->imported;
  for (std::size_t i = 1; i < chain.size(); i++) {
    std::vector<Candidate> members;
    if (pkg)
      members = packageMembers(pkg);
    else if (obj && obj->type)
      members = membersOf(obj->type, obj->kind == ObjKind::TypeName, mainPackage(a));
    pkg = nullptr;
    obj = nullptr;
    for (const Candidate& c : members)
      if (c.name == chain[i]) obj = c.obj;
    if (!obj) return {};
  }
  if (pkg) return packageMembers(pkg);
  if (!obj || !obj->type) return {};
  if (obj->kind == ObjKind::Func) return {};  // a method value: nothing to select
  return membersOf(obj->type, obj->kind == ObjKind::TypeName, mainPackage(a));
}

// The dotted names before the dot at `dot`: `a.b.c.` gives {a, b, c}; empty if the operand is
// anything else (a call, an index, a literal).
std::vector<std::string> dottedChain(std::string_view text, std::size_t dot) {
  std::vector<std::string> chain;
  std::size_t end = dot;
  for (;;) {
    std::size_t begin = end;
    while (begin > 0 && identByte(text[begin - 1])) begin--;
    if (begin == end || std::isdigit(static_cast<unsigned char>(text[begin]))) return {};
    chain.insert(chain.begin(), std::string(text.substr(begin, end - begin)));
    if (begin == 0 || text[begin - 1] != '.') return chain;
    end = begin - 1;
  }
}

}  // namespace

json completionAt(const CompletionInput& in) {
  const std::string& text = in.text.str();
  std::size_t offset = std::min(in.offset, text.size());
  json empty = {{"isIncomplete", false}, {"items", json::array()}};
  if (Tokens(text).inLiteralOrComment(offset)) return empty;

  std::size_t nameStart = offset;
  while (nameStart > 0 && identByte(text[nameStart - 1])) nameStart--;
  bool afterDot = nameStart > 0 && text[nameStart - 1] == '.';
  if (afterDot) {
    std::size_t dot = nameStart - 1;
    // `1.` starts a float literal, not a selector.
    std::size_t opStart = dot;
    while (opStart > 0 && identByte(text[opStart - 1])) opStart--;
    if (opStart < dot && std::isdigit(static_cast<unsigned char>(text[opStart]))) return empty;

    // The selector as typed, or with a placeholder name when nothing follows the dot.
    std::shared_ptr<const Analysis> a = in.current;
    bool hasName = nameStart < text.size() && identByte(text[nameStart]);
    if (!hasName) {
      std::string patched = text;
      patched.insert(offset, "_");
      a = in.analyse(std::move(patched));
    }
    if (a)
      if (auto members = selectorMembers(*a, nameStart)) return list(a.get(), *members, false);
    if (in.lastGood) {
      std::vector<std::string> chain = dottedChain(text, dot);
      if (!chain.empty()) {
        std::size_t old = in.lastGood->text.offsetOf(in.position, in.enc);
        return list(in.lastGood.get(), chainMembers(*in.lastGood, old, chain), false);
      }
    }
    return empty;
  }

  if (in.current && in.current->file)
    return list(in.current.get(), namesInScope(*in.current, offset), true);
  if (in.lastGood) {
    std::size_t old = in.lastGood->text.offsetOf(in.position, in.enc);
    return list(in.lastGood.get(), namesInScope(*in.lastGood, old), true);
  }
  return list(nullptr, {}, true);
}

}  // namespace weft::lsp
