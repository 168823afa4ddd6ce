#include "lang/compile/ast_walk.hpp"

namespace weft::compile {

namespace {

struct Walker {
  const std::function<bool(const ast::Node*)>& visit;
  bool intoFuncLits;

  void list(const auto& nodes) {
    for (auto* n : nodes) go(n);
  }

  void go(const ast::Node* n) {
    using K = ast::NodeKind;
    if (!n || !visit(n)) return;
    switch (n->kind) {
      case K::CompositeLit: {
        auto* e = static_cast<const ast::CompositeLit*>(n);
        list(e->elts);
        break;
      }
      case K::FuncLit:
        if (intoFuncLits) go(static_cast<const ast::FuncLit*>(n)->body);
        break;
      case K::ParenExpr:
        go(static_cast<const ast::ParenExpr*>(n)->x);
        break;
      case K::SelectorExpr:
        go(static_cast<const ast::SelectorExpr*>(n)->x);
        break;
      case K::IndexExpr: {
        auto* e = static_cast<const ast::IndexExpr*>(n);
        go(e->x);
        list(e->indices);
        break;
      }
      case K::SliceExpr: {
        auto* e = static_cast<const ast::SliceExpr*>(n);
        go(e->x), go(e->lo), go(e->hi), go(e->max);
        break;
      }
      case K::TypeAssertExpr:
        go(static_cast<const ast::TypeAssertExpr*>(n)->x);
        break;
      case K::CallExpr: {
        auto* e = static_cast<const ast::CallExpr*>(n);
        go(e->fun);
        list(e->args);
        break;
      }
      case K::StarExpr:
        go(static_cast<const ast::StarExpr*>(n)->x);
        break;
      case K::UnaryExpr:
        go(static_cast<const ast::UnaryExpr*>(n)->x);
        break;
      case K::BinaryExpr: {
        auto* e = static_cast<const ast::BinaryExpr*>(n);
        go(e->x), go(e->y);
        break;
      }
      case K::KeyValueExpr: {
        auto* e = static_cast<const ast::KeyValueExpr*>(n);
        go(e->key), go(e->value);
        break;
      }
      case K::DeclStmt: {
        auto* d = static_cast<const ast::DeclStmt*>(n)->decl;
        if (d)
          for (auto* spec : d->specs)
            if (spec->kind == K::ValueSpec) list(static_cast<const ast::ValueSpec*>(spec)->values);
        break;
      }
      case K::LabeledStmt:
        go(static_cast<const ast::LabeledStmt*>(n)->stmt);
        break;
      case K::ExprStmt:
        go(static_cast<const ast::ExprStmt*>(n)->x);
        break;
      case K::SendStmt: {
        auto* s = static_cast<const ast::SendStmt*>(n);
        go(s->chan), go(s->value);
        break;
      }
      case K::IncDecStmt:
        go(static_cast<const ast::IncDecStmt*>(n)->x);
        break;
      case K::AssignStmt: {
        auto* s = static_cast<const ast::AssignStmt*>(n);
        list(s->lhs), list(s->rhs);
        break;
      }
      case K::GoStmt:
        go(static_cast<const ast::GoStmt*>(n)->call);
        break;
      case K::DeferStmt:
        go(static_cast<const ast::DeferStmt*>(n)->call);
        break;
      case K::ReturnStmt:
        list(static_cast<const ast::ReturnStmt*>(n)->results);
        break;
      case K::BlockStmt:
        list(static_cast<const ast::BlockStmt*>(n)->list);
        break;
      case K::IfStmt: {
        auto* s = static_cast<const ast::IfStmt*>(n);
        go(s->init), go(s->cond), go(s->body), go(s->elseStmt);
        break;
      }
      case K::CaseClause: {
        auto* s = static_cast<const ast::CaseClause*>(n);
        list(s->list), list(s->body);
        break;
      }
      case K::SwitchStmt: {
        auto* s = static_cast<const ast::SwitchStmt*>(n);
        go(s->init), go(s->tag), go(s->body);
        break;
      }
      case K::TypeSwitchStmt: {
        auto* s = static_cast<const ast::TypeSwitchStmt*>(n);
        go(s->init), go(s->x), go(s->body);
        break;
      }
      case K::CommClause: {
        auto* s = static_cast<const ast::CommClause*>(n);
        go(s->comm), list(s->body);
        break;
      }
      case K::SelectStmt:
        go(static_cast<const ast::SelectStmt*>(n)->body);
        break;
      case K::ForStmt: {
        auto* s = static_cast<const ast::ForStmt*>(n);
        go(s->init), go(s->cond), go(s->post), go(s->body);
        break;
      }
      case K::RangeStmt: {
        auto* s = static_cast<const ast::RangeStmt*>(n);
        go(s->key), go(s->value), go(s->x), go(s->body);
        break;
      }
      default:
        break;
    }
  }
};

}  // namespace

void walk(const ast::Node* n, const std::function<bool(const ast::Node*)>& visit,
          bool intoFuncLits) {
  Walker{visit, intoFuncLits}.go(n);
}

}  // namespace weft::compile
