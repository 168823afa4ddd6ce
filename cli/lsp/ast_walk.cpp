#include "cli/lsp/ast_walk.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace weft::lsp {

using namespace ast;

namespace {

template <class T>
void each(const std::vector<T*>& v, const std::function<void(const Node*)>& f) {
  for (const T* x : v)
    if (x) f(x);
}

void one(const Node* n, const std::function<void(const Node*)>& f) {
  if (n) f(n);
}

}  // namespace

void forEachChild(const Node* n, const std::function<void(const Node*)>& f) {
  switch (n->kind) {
    case NodeKind::BadExpr:
    case NodeKind::Ident:
    case NodeKind::BasicLit:
    case NodeKind::BadStmt:
    case NodeKind::EmptyStmt:
      return;
    case NodeKind::CompositeLit: {
      auto* e = static_cast<const CompositeLit*>(n);
      one(e->litType, f);
      each(e->elts, f);
      return;
    }
    case NodeKind::FuncLit: {
      auto* e = static_cast<const FuncLit*>(n);
      one(e->sig, f);
      one(e->body, f);
      return;
    }
    case NodeKind::ParenExpr:
      one(static_cast<const ParenExpr*>(n)->x, f);
      return;
    case NodeKind::SelectorExpr: {
      auto* e = static_cast<const SelectorExpr*>(n);
      one(e->x, f);
      one(e->sel, f);
      return;
    }
    case NodeKind::IndexExpr: {
      auto* e = static_cast<const IndexExpr*>(n);
      one(e->x, f);
      each(e->indices, f);
      return;
    }
    case NodeKind::SliceExpr: {
      auto* e = static_cast<const SliceExpr*>(n);
      one(e->x, f);
      one(e->lo, f);
      one(e->hi, f);
      one(e->max, f);
      return;
    }
    case NodeKind::TypeAssertExpr: {
      auto* e = static_cast<const TypeAssertExpr*>(n);
      one(e->x, f);
      one(e->assertType, f);
      return;
    }
    case NodeKind::CallExpr: {
      auto* e = static_cast<const CallExpr*>(n);
      one(e->fun, f);
      each(e->args, f);
      return;
    }
    case NodeKind::StarExpr:
      one(static_cast<const StarExpr*>(n)->x, f);
      return;
    case NodeKind::UnaryExpr:
      one(static_cast<const UnaryExpr*>(n)->x, f);
      return;
    case NodeKind::BinaryExpr: {
      auto* e = static_cast<const BinaryExpr*>(n);
      one(e->x, f);
      one(e->y, f);
      return;
    }
    case NodeKind::KeyValueExpr: {
      auto* e = static_cast<const KeyValueExpr*>(n);
      one(e->key, f);
      one(e->value, f);
      return;
    }
    case NodeKind::ArrayType: {
      auto* e = static_cast<const ArrayType*>(n);
      one(e->len, f);
      one(e->elem, f);
      return;
    }
    case NodeKind::StructType:
      each(static_cast<const StructType*>(n)->fields, f);
      return;
    case NodeKind::FuncType: {
      auto* e = static_cast<const FuncType*>(n);
      each(e->params, f);
      each(e->results, f);
      return;
    }
    case NodeKind::InterfaceType:
      each(static_cast<const InterfaceType*>(n)->elems, f);
      return;
    case NodeKind::MapType: {
      auto* e = static_cast<const MapType*>(n);
      one(e->key, f);
      one(e->value, f);
      return;
    }
    case NodeKind::ChanType:
      one(static_cast<const ChanType*>(n)->value, f);
      return;
    case NodeKind::Ellipsis:
      one(static_cast<const Ellipsis*>(n)->elem, f);
      return;
    case NodeKind::Field: {
      auto* e = static_cast<const Field*>(n);
      each(e->names, f);
      one(e->type, f);
      one(e->tag, f);
      return;
    }
    case NodeKind::DeclStmt:
      one(static_cast<const DeclStmt*>(n)->decl, f);
      return;
    case NodeKind::LabeledStmt: {
      auto* s = static_cast<const LabeledStmt*>(n);
      one(s->label, f);
      one(s->stmt, f);
      return;
    }
    case NodeKind::ExprStmt:
      one(static_cast<const ExprStmt*>(n)->x, f);
      return;
    case NodeKind::SendStmt: {
      auto* s = static_cast<const SendStmt*>(n);
      one(s->chan, f);
      one(s->value, f);
      return;
    }
    case NodeKind::IncDecStmt:
      one(static_cast<const IncDecStmt*>(n)->x, f);
      return;
    case NodeKind::AssignStmt: {
      auto* s = static_cast<const AssignStmt*>(n);
      each(s->lhs, f);
      each(s->rhs, f);
      return;
    }
    case NodeKind::GoStmt:
      one(static_cast<const GoStmt*>(n)->call, f);
      return;
    case NodeKind::DeferStmt:
      one(static_cast<const DeferStmt*>(n)->call, f);
      return;
    case NodeKind::ReturnStmt:
      each(static_cast<const ReturnStmt*>(n)->results, f);
      return;
    case NodeKind::BranchStmt:
      one(static_cast<const BranchStmt*>(n)->label, f);
      return;
    case NodeKind::BlockStmt:
      each(static_cast<const BlockStmt*>(n)->list, f);
      return;
    case NodeKind::IfStmt: {
      auto* s = static_cast<const IfStmt*>(n);
      one(s->init, f);
      one(s->cond, f);
      one(s->body, f);
      one(s->elseStmt, f);
      return;
    }
    case NodeKind::CaseClause: {
      auto* s = static_cast<const CaseClause*>(n);
      each(s->list, f);
      each(s->body, f);
      return;
    }
    case NodeKind::SwitchStmt: {
      auto* s = static_cast<const SwitchStmt*>(n);
      one(s->init, f);
      one(s->tag, f);
      one(s->body, f);
      return;
    }
    case NodeKind::TypeSwitchStmt: {
      auto* s = static_cast<const TypeSwitchStmt*>(n);
      one(s->init, f);
      one(s->binding, f);
      one(s->x, f);
      one(s->body, f);
      return;
    }
    case NodeKind::CommClause: {
      auto* s = static_cast<const CommClause*>(n);
      one(s->comm, f);
      each(s->body, f);
      return;
    }
    case NodeKind::SelectStmt:
      one(static_cast<const SelectStmt*>(n)->body, f);
      return;
    case NodeKind::ForStmt: {
      auto* s = static_cast<const ForStmt*>(n);
      one(s->init, f);
      one(s->cond, f);
      one(s->post, f);
      one(s->body, f);
      return;
    }
    case NodeKind::RangeStmt: {
      auto* s = static_cast<const RangeStmt*>(n);
      one(s->key, f);
      one(s->value, f);
      one(s->x, f);
      one(s->body, f);
      return;
    }
    case NodeKind::ImportSpec: {
      auto* s = static_cast<const ImportSpec*>(n);
      one(s->name, f);
      one(s->path, f);
      return;
    }
    case NodeKind::ValueSpec: {
      auto* s = static_cast<const ValueSpec*>(n);
      each(s->names, f);
      one(s->type, f);
      each(s->values, f);
      return;
    }
    case NodeKind::TypeSpec: {
      auto* s = static_cast<const TypeSpec*>(n);
      one(s->name, f);
      each(s->typeParams, f);
      one(s->type, f);
      return;
    }
    case NodeKind::GenDecl:
      each(static_cast<const GenDecl*>(n)->specs, f);
      return;
    case NodeKind::FuncDecl: {
      auto* d = static_cast<const FuncDecl*>(n);
      one(d->recv, f);
      one(d->name, f);
      one(d->sig, f);
      one(d->body, f);
      return;
    }
    case NodeKind::File: {
      auto* file = static_cast<const File*>(n);
      one(file->package, f);
      each(file->decls, f);
      return;
    }
  }
}

void walk(const Node* n, const std::function<bool(const Node*)>& f) {
  if (!f(n)) return;
  forEachChild(n, [&](const Node* c) { walk(c, f); });
}

namespace {

// Skips spaces and comments from `i`; if the next character is `closer`, returns the offset
// just past it, else `i` unchanged.
std::size_t closeWith(std::string_view src, std::size_t i, char closer) {
  std::size_t j = i;
  while (j < src.size()) {
    char c = src[j];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      j++;
    } else if (c == '/' && j + 1 < src.size() && src[j + 1] == '/') {
      while (j < src.size() && src[j] != '\n') j++;
    } else if (c == '/' && j + 1 < src.size() && src[j + 1] == '*') {
      auto close = src.find("*/", j + 2);
      if (close == std::string_view::npos) return i;
      j = close + 2;
    } else {
      break;
    }
  }
  return j < src.size() && src[j] == closer ? j + 1 : i;
}

std::size_t keywordEnd(const Node* n, std::string_view src) {
  std::size_t i = startOf(n);
  while (i < src.size() && (std::isalnum(static_cast<unsigned char>(src[i])) || src[i] == '_')) i++;
  return std::max(i, startOf(n) + 1);
}

}  // namespace

std::size_t endOf(const Node* n, std::string_view src) {
  std::size_t end = startOf(n) + 1;
  switch (n->kind) {
    case NodeKind::Ident:
      end = startOf(n) + static_cast<const Ident*>(n)->name.size();
      break;
    case NodeKind::BasicLit:
      end = startOf(n) + static_cast<const BasicLit*>(n)->raw.size();
      break;
    case NodeKind::BinaryExpr:
      end = startOf(n) + std::strlen(spell(static_cast<const BinaryExpr*>(n)->op));
      break;
    case NodeKind::BranchStmt:
    case NodeKind::ReturnStmt:
    case NodeKind::GoStmt:
    case NodeKind::DeferStmt:
    case NodeKind::ForStmt:
    case NodeKind::IfStmt:
    case NodeKind::SwitchStmt:
    case NodeKind::SelectStmt:
    case NodeKind::GenDecl:
    case NodeKind::FuncDecl:
    case NodeKind::FuncType:
    case NodeKind::StructType:
    case NodeKind::InterfaceType:
    case NodeKind::MapType:
    case NodeKind::ChanType:
      end = keywordEnd(n, src);
      break;
    default:
      break;
  }
  forEachChild(n, [&](const Node* c) { end = std::max(end, endOf(c, src)); });
  switch (n->kind) {
    case NodeKind::BlockStmt:
      end = std::max<std::size_t>(end, static_cast<const BlockStmt*>(n)->rbrace.offset + 1);
      break;
    case NodeKind::CompositeLit:
      end = std::max<std::size_t>(end, static_cast<const CompositeLit*>(n)->rbrace.offset + 1);
      break;
    case NodeKind::CallExpr:
      end = std::max<std::size_t>(end, static_cast<const CallExpr*>(n)->rparen.offset + 1);
      break;
    case NodeKind::IndexExpr:
      end = std::max<std::size_t>(end, static_cast<const IndexExpr*>(n)->rbrack.offset + 1);
      break;
    case NodeKind::StructType:
    case NodeKind::InterfaceType:
      end = closeWith(src, closeWith(src, end, '{'), '}');
      break;
    case NodeKind::ParenExpr:
    case NodeKind::TypeAssertExpr:
      end = closeWith(src, end, ')');
      break;
    case NodeKind::SliceExpr:
      end = closeWith(src, end, ']');
      break;
    case NodeKind::FuncType:
      if (static_cast<const FuncType*>(n)->results.empty())
        end = closeWith(src, closeWith(src, end, '('), ')');
      break;
    case NodeKind::GenDecl: {
      // `var ( ... )`: the group's parenthesis follows the keyword.
      std::size_t kw = keywordEnd(n, src), paren = closeWith(src, kw, '(');
      if (paren != kw) end = closeWith(src, std::max(end, paren), ')');
      break;
    }
    default:
      break;
  }
  return std::min(end, src.size());
}

namespace {

bool isClause(const Node* n) {
  return n->kind == NodeKind::CaseClause || n->kind == NodeKind::CommClause;
}

}  // namespace

std::vector<const Node*> enclosingPath(const File* file, std::size_t offset, std::string_view src) {
  std::vector<const Node*> path{file};
  const Node* n = file;
  for (;;) {
    const Node* next = nullptr;
    if (auto* block = n->as<BlockStmt>();
        block && !block->list.empty() && isClause(block->list[0])) {
      for (const Stmt* clause : block->list)
        if (startOf(clause) <= offset) next = clause;
    } else {
      forEachChild(n, [&](const Node* c) {
        bool inside;
        if (auto* b = c->as<BlockStmt>())
          inside = startOf(b) < offset && offset <= b->rbrace.offset;
        else
          inside = startOf(c) <= offset && offset <= endOf(c, src);
        if (inside) next = c;
      });
    }
    if (!next) return path;
    path.push_back(next);
    n = next;
  }
}

}  // namespace weft::lsp
