#include "lang/ast_walk.hpp"

#include <vector>

namespace weft::ast {

namespace {

template <class T, class F>
void each(const std::vector<T*>& xs, F& f) {
  for (auto* x : xs)
    if (x) f(x);
}

// The children of `n` in source order, to f; a template so that walk() pays no indirect call
// per child.
template <class F>
void visitChildren(const Node* n, F& f) {
  if (!n) return;
  auto one = [&](const Node* c) {
    if (c) f(c);
  };
  switch (n->kind) {
    case NodeKind::BadExpr:
    case NodeKind::Ident:
    case NodeKind::BasicLit:
    case NodeKind::BadStmt:
    case NodeKind::EmptyStmt:
      return;
    case NodeKind::CompositeLit: {
      auto* x = static_cast<const CompositeLit*>(n);
      one(x->litType);
      each(x->elts, f);
      return;
    }
    case NodeKind::FuncLit: {
      auto* x = static_cast<const FuncLit*>(n);
      one(x->sig);
      one(x->body);
      return;
    }
    case NodeKind::ParenExpr:
      one(static_cast<const ParenExpr*>(n)->x);
      return;
    case NodeKind::SelectorExpr: {
      auto* x = static_cast<const SelectorExpr*>(n);
      one(x->x);
      one(x->sel);
      return;
    }
    case NodeKind::IndexExpr: {
      auto* x = static_cast<const IndexExpr*>(n);
      one(x->x);
      each(x->indices, f);
      return;
    }
    case NodeKind::SliceExpr: {
      auto* x = static_cast<const SliceExpr*>(n);
      one(x->x);
      one(x->lo);
      one(x->hi);
      one(x->max);
      return;
    }
    case NodeKind::TypeAssertExpr: {
      auto* x = static_cast<const TypeAssertExpr*>(n);
      one(x->x);
      one(x->assertType);
      return;
    }
    case NodeKind::CallExpr: {
      auto* x = static_cast<const CallExpr*>(n);
      one(x->fun);
      each(x->args, f);
      return;
    }
    case NodeKind::StarExpr:
      one(static_cast<const StarExpr*>(n)->x);
      return;
    case NodeKind::UnaryExpr:
      one(static_cast<const UnaryExpr*>(n)->x);
      return;
    case NodeKind::BinaryExpr: {
      auto* x = static_cast<const BinaryExpr*>(n);
      one(x->x);
      one(x->y);
      return;
    }
    case NodeKind::KeyValueExpr: {
      auto* x = static_cast<const KeyValueExpr*>(n);
      one(x->key);
      one(x->value);
      return;
    }
    case NodeKind::ArrayType: {
      auto* x = static_cast<const ArrayType*>(n);
      one(x->len);
      one(x->elem);
      return;
    }
    case NodeKind::StructType:
      each(static_cast<const StructType*>(n)->fields, f);
      return;
    case NodeKind::FuncType: {
      auto* x = static_cast<const FuncType*>(n);
      each(x->params, f);
      each(x->results, f);
      return;
    }
    case NodeKind::InterfaceType:
      each(static_cast<const InterfaceType*>(n)->elems, f);
      return;
    case NodeKind::MapType: {
      auto* x = static_cast<const MapType*>(n);
      one(x->key);
      one(x->value);
      return;
    }
    case NodeKind::ChanType:
      one(static_cast<const ChanType*>(n)->value);
      return;
    case NodeKind::Ellipsis:
      one(static_cast<const Ellipsis*>(n)->elem);
      return;
    case NodeKind::Field: {
      auto* x = static_cast<const Field*>(n);
      each(x->names, f);
      one(x->type);
      one(x->tag);
      return;
    }
    case NodeKind::DeclStmt:
      one(static_cast<const DeclStmt*>(n)->decl);
      return;
    case NodeKind::LabeledStmt: {
      auto* x = static_cast<const LabeledStmt*>(n);
      one(x->label);
      one(x->stmt);
      return;
    }
    case NodeKind::ExprStmt:
      one(static_cast<const ExprStmt*>(n)->x);
      return;
    case NodeKind::SendStmt: {
      auto* x = static_cast<const SendStmt*>(n);
      one(x->chan);
      one(x->value);
      return;
    }
    case NodeKind::IncDecStmt:
      one(static_cast<const IncDecStmt*>(n)->x);
      return;
    case NodeKind::AssignStmt: {
      auto* x = static_cast<const AssignStmt*>(n);
      each(x->lhs, f);
      each(x->rhs, f);
      return;
    }
    case NodeKind::GoStmt:
      one(static_cast<const GoStmt*>(n)->call);
      return;
    case NodeKind::DeferStmt:
      one(static_cast<const DeferStmt*>(n)->call);
      return;
    case NodeKind::ReturnStmt:
      each(static_cast<const ReturnStmt*>(n)->results, f);
      return;
    case NodeKind::BranchStmt:
      one(static_cast<const BranchStmt*>(n)->label);
      return;
    case NodeKind::BlockStmt:
      each(static_cast<const BlockStmt*>(n)->list, f);
      return;
    case NodeKind::IfStmt: {
      auto* x = static_cast<const IfStmt*>(n);
      one(x->init);
      one(x->cond);
      one(x->body);
      one(x->elseStmt);
      return;
    }
    case NodeKind::CaseClause: {
      auto* x = static_cast<const CaseClause*>(n);
      each(x->list, f);
      each(x->body, f);
      return;
    }
    case NodeKind::SwitchStmt: {
      auto* x = static_cast<const SwitchStmt*>(n);
      one(x->init);
      one(x->tag);
      one(x->body);
      return;
    }
    case NodeKind::TypeSwitchStmt: {
      auto* x = static_cast<const TypeSwitchStmt*>(n);
      one(x->init);
      one(x->binding);
      one(x->x);
      one(x->body);
      return;
    }
    case NodeKind::CommClause: {
      auto* x = static_cast<const CommClause*>(n);
      one(x->comm);
      each(x->body, f);
      return;
    }
    case NodeKind::SelectStmt:
      one(static_cast<const SelectStmt*>(n)->body);
      return;
    case NodeKind::ForStmt: {
      auto* x = static_cast<const ForStmt*>(n);
      one(x->init);
      one(x->cond);
      one(x->post);
      one(x->body);
      return;
    }
    case NodeKind::RangeStmt: {
      auto* x = static_cast<const RangeStmt*>(n);
      one(x->key);
      one(x->value);
      one(x->x);
      one(x->body);
      return;
    }
    case NodeKind::ImportSpec: {
      auto* x = static_cast<const ImportSpec*>(n);
      one(x->name);
      one(x->path);
      return;
    }
    case NodeKind::ValueSpec: {
      auto* x = static_cast<const ValueSpec*>(n);
      each(x->names, f);
      one(x->type);
      each(x->values, f);
      return;
    }
    case NodeKind::TypeSpec: {
      auto* x = static_cast<const TypeSpec*>(n);
      one(x->name);
      each(x->typeParams, f);
      one(x->type);
      return;
    }
    case NodeKind::GenDecl:
      each(static_cast<const GenDecl*>(n)->specs, f);
      return;
    case NodeKind::FuncDecl: {
      auto* x = static_cast<const FuncDecl*>(n);
      one(x->recv);
      one(x->name);
      one(x->sig);
      one(x->body);
      return;
    }
    case NodeKind::File: {
      auto* x = static_cast<const File*>(n);
      one(x->package);
      each(x->decls, f);
      return;
    }
  }
}

}  // namespace

void forEachChild(const Node* n, const std::function<void(const Node*)>& f) {
  visitChildren(n, f);
}

void walk(const Node* node, const std::function<bool(const Node*)>& visit) {
  std::vector<const Node*> stack;
  std::vector<const Node*> children;
  if (node) stack.push_back(node);
  while (!stack.empty()) {
    const Node* n = stack.back();
    stack.pop_back();
    if (!visit(n)) continue;
    children.clear();
    auto collect = [&](const Node* c) { children.push_back(c); };
    visitChildren(n, collect);
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
  }
}

}  // namespace weft::ast
