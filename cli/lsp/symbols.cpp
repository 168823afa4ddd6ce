// textDocument/publishDiagnostics contents and textDocument/documentSymbol.
#include <algorithm>

#include "cli/lsp/ast_walk.hpp"
#include "cli/lsp/describe.hpp"
#include "cli/lsp/features.hpp"
#include "cli/lsp/tokens.hpp"

namespace weft::lsp {

json diagnosticsFor(const Analysis& a, Encoding enc) {
  json out = json::array();
  Tokens tokens(a.text.str());
  for (const lang::Diagnostic& d : a.diagnostics) {
    Range range;
    std::string message = d.message;
    if (d.file == a.filename) {
      auto [begin, end] = tokens.spanAt(a.text.offsetOf(d.pos));
      range = a.text.rangeOf(begin, end, enc);
    } else {
      message = d.str();  // another file's position, spelled out
    }
    out.push_back({{"range", toJson(range)},
                   {"severity", d.severity == lang::Severity::Error ? 1 : 2},
                   {"source", "weft"},
                   {"message", message}});
  }
  return out;
}

namespace {

// LSP SymbolKind values.
enum SymbolKind {
  kClass = 5,
  kMethod = 6,
  kField = 8,
  kInterface = 11,
  kFunction = 12,
  kVariable = 13,
  kConstant = 14,
  kStruct = 23,
};

struct Symbol {
  std::string name, detail;
  int kind;
  std::size_t begin, end;  // the whole declaration
  std::size_t nameBegin, nameEnd;
  std::vector<Symbol> children;
};

Symbol symbolFor(const ast::Ident* name, int kind, std::string detail, std::size_t begin,
                 std::size_t end) {
  std::size_t nb = name->pos.offset, ne = nb + name->name.size();
  return {name->name, std::move(detail), kind, std::min(begin, nb), std::max(end, ne), nb, ne, {}};
}

std::string typeString(const ast::Ident* id) {
  return id->obj && id->obj->type ? id->obj->type->str(false) : std::string();
}

// "(*T).M" / "(T).M", as gopls names methods.
std::string methodName(const ast::FuncDecl* fd) {
  const ast::Expr* t = fd->recv->type;
  std::string star;
  while (t && (t->is<ast::StarExpr>() || t->is<ast::ParenExpr>())) {
    if (auto* s = t->as<ast::StarExpr>()) {
      star = "*";
      t = s->x;
    } else {
      t = t->as<ast::ParenExpr>()->x;
    }
  }
  auto* base = t ? t->as<ast::Ident>() : nullptr;
  return "(" + star + (base ? base->name : "?") + ")." + fd->name->name;
}

void typeMembers(const ast::Expr* type, std::string_view src, Symbol& sym) {
  if (auto* st = type->as<ast::StructType>()) {
    for (const ast::Field* f : st->fields) {
      std::size_t b = startOf(f), e = endOf(f, src);
      for (const ast::Ident* n : f->names)
        sym.children.push_back(symbolFor(n, kField, typeString(n), b, e));
      if (f->names.empty() && f->type) {
        // An embedded field is named by its type name.
        const ast::Expr* t = f->type;
        if (auto* s = t->as<ast::StarExpr>()) t = s->x;
        if (auto* sel = t->as<ast::SelectorExpr>()) t = sel->sel;
        if (auto* id = t->as<ast::Ident>()) sym.children.push_back(symbolFor(id, kField, "", b, e));
      }
    }
  } else if (auto* it = type->as<ast::InterfaceType>()) {
    for (const ast::Field* f : it->elems)
      for (const ast::Ident* n : f->names)
        sym.children.push_back(symbolFor(n, kMethod, typeString(n), startOf(f), endOf(f, src)));
  }
}

std::vector<Symbol> collect(const Analysis& a) {
  std::vector<Symbol> out;
  std::string_view src = a.text.str();
  for (const ast::Node* d : a.file->decls) {
    std::size_t begin = startOf(d), end = endOf(d, src);
    if (auto* fd = d->as<ast::FuncDecl>()) {
      if (!fd->name) continue;
      std::string detail;
      if (fd->name->obj && fd->name->obj->type)
        detail = "func" +
                 signatureText(static_cast<const types::Signature*>(fd->name->obj->type), fd->sig);
      Symbol s = symbolFor(fd->name, fd->recv ? kMethod : kFunction, detail, begin, end);
      if (fd->recv) s.name = methodName(fd);
      out.push_back(std::move(s));
      continue;
    }
    auto* gd = d->as<ast::GenDecl>();
    if (!gd || gd->tok == ast::DeclTok::Import) continue;
    bool grouped = gd->specs.size() != 1;
    for (const ast::Node* spec : gd->specs) {
      std::size_t sb = grouped ? startOf(spec) : begin, se = grouped ? endOf(spec, src) : end;
      if (auto* ts = spec->as<ast::TypeSpec>()) {
        if (!ts->name || !ts->type) continue;
        int kind = ts->type->is<ast::StructType>()      ? kStruct
                   : ts->type->is<ast::InterfaceType>() ? kInterface
                                                        : kClass;
        std::string detail;
        if (ts->name->obj && ts->name->obj->type)
          detail = ts->name->obj->type->underlying()->str(false);
        if (kind != kClass) detail = kind == kStruct ? "struct{...}" : "interface{...}";
        Symbol s = symbolFor(ts->name, kind, detail, sb, se);
        typeMembers(ts->type, src, s);
        out.push_back(std::move(s));
      } else if (auto* vs = spec->as<ast::ValueSpec>()) {
        int kind = gd->tok == ast::DeclTok::Const ? kConstant : kVariable;
        for (const ast::Ident* n : vs->names)
          if (!n->blank()) out.push_back(symbolFor(n, kind, typeString(n), sb, se));
      }
    }
  }
  return out;
}

json hierarchicalJson(const Analysis& a, const Symbol& s, Encoding enc) {
  json j = {{"name", s.name},
            {"kind", s.kind},
            {"range", toJson(a.text.rangeOf(s.begin, s.end, enc))},
            {"selectionRange", toJson(a.text.rangeOf(s.nameBegin, s.nameEnd, enc))}};
  if (!s.detail.empty()) j["detail"] = s.detail;
  if (!s.children.empty()) {
    j["children"] = json::array();
    for (const Symbol& c : s.children) j["children"].push_back(hierarchicalJson(a, c, enc));
  }
  return j;
}

void flatJson(const Analysis& a, const Symbol& s, const std::string& container,
              const std::string& uri, Encoding enc, json& out) {
  json j = {{"name", s.name},
            {"kind", s.kind},
            {"location", {{"uri", uri}, {"range", toJson(a.text.rangeOf(s.begin, s.end, enc))}}}};
  if (!container.empty()) j["containerName"] = container;
  out.push_back(std::move(j));
  for (const Symbol& c : s.children) flatJson(a, c, s.name, uri, enc, out);
}

}  // namespace

json documentSymbols(const Analysis& a, Encoding enc, bool hierarchical, const std::string& uri) {
  json out = json::array();
  if (!a.file) return out;
  for (const Symbol& s : collect(a)) {
    if (hierarchical)
      out.push_back(hierarchicalJson(a, s, enc));
    else
      flatJson(a, s, "", uri, enc, out);
  }
  return out;
}

}  // namespace weft::lsp
