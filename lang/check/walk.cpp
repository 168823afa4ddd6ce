#include "lang/check/walk.hpp"

namespace weft::lang::check {

using K = ast::NodeKind;

namespace {

struct Walker {
  const std::function<bool(const ast::Node*)>& visit;

  template <class T>
  void all(const std::vector<T*>& list) {
    for (const T* n : list) go(n);
  }

  void go(const ast::Node* n) {
    if (!n || !visit(n)) return;
    switch (n->kind) {
      case K::CompositeLit: {
        auto c = static_cast<const ast::CompositeLit*>(n);
        go(c->litType);
        all(c->elts);
        break;
      }
      case K::FuncLit: {
        auto f = static_cast<const ast::FuncLit*>(n);
        go(f->sig);
        go(f->body);
        break;
      }
      case K::ParenExpr:
        go(static_cast<const ast::ParenExpr*>(n)->x);
        break;
      case K::SelectorExpr: {
        auto s = static_cast<const ast::SelectorExpr*>(n);
        go(s->x);
        go(s->sel);
        break;
      }
      case K::IndexExpr: {
        auto i = static_cast<const ast::IndexExpr*>(n);
        go(i->x);
        all(i->indices);
        break;
      }
      case K::SliceExpr: {
        auto s = static_cast<const ast::SliceExpr*>(n);
        go(s->x);
        go(s->lo);
        go(s->hi);
        go(s->max);
        break;
      }
      case K::TypeAssertExpr: {
        auto t = static_cast<const ast::TypeAssertExpr*>(n);
        go(t->x);
        go(t->assertType);
        break;
      }
      case K::CallExpr: {
        auto c = static_cast<const ast::CallExpr*>(n);
        go(c->fun);
        all(c->args);
        break;
      }
      case K::StarExpr:
        go(static_cast<const ast::StarExpr*>(n)->x);
        break;
      case K::UnaryExpr:
        go(static_cast<const ast::UnaryExpr*>(n)->x);
        break;
      case K::BinaryExpr: {
        auto b = static_cast<const ast::BinaryExpr*>(n);
        go(b->x);
        go(b->y);
        break;
      }
      case K::KeyValueExpr: {
        auto kv = static_cast<const ast::KeyValueExpr*>(n);
        go(kv->key);
        go(kv->value);
        break;
      }
      case K::ArrayType: {
        auto a = static_cast<const ast::ArrayType*>(n);
        go(a->len);
        go(a->elem);
        break;
      }
      case K::Field: {
        auto f = static_cast<const ast::Field*>(n);
        all(f->names);
        go(f->type);
        go(f->tag);
        break;
      }
      case K::StructType:
        all(static_cast<const ast::StructType*>(n)->fields);
        break;
      case K::FuncType: {
        auto f = static_cast<const ast::FuncType*>(n);
        all(f->params);
        all(f->results);
        break;
      }
      case K::InterfaceType:
        all(static_cast<const ast::InterfaceType*>(n)->elems);
        break;
      case K::MapType: {
        auto m = static_cast<const ast::MapType*>(n);
        go(m->key);
        go(m->value);
        break;
      }
      case K::ChanType:
        go(static_cast<const ast::ChanType*>(n)->value);
        break;
      case K::Ellipsis:
        go(static_cast<const ast::Ellipsis*>(n)->elem);
        break;
      case K::DeclStmt:
        go(static_cast<const ast::DeclStmt*>(n)->decl);
        break;
      case K::LabeledStmt: {
        auto l = static_cast<const ast::LabeledStmt*>(n);
        go(l->label);
        go(l->stmt);
        break;
      }
      case K::ExprStmt:
        go(static_cast<const ast::ExprStmt*>(n)->x);
        break;
      case K::SendStmt: {
        auto s = static_cast<const ast::SendStmt*>(n);
        go(s->chan);
        go(s->value);
        break;
      }
      case K::IncDecStmt:
        go(static_cast<const ast::IncDecStmt*>(n)->x);
        break;
      case K::AssignStmt: {
        auto a = static_cast<const ast::AssignStmt*>(n);
        all(a->lhs);
        all(a->rhs);
        break;
      }
      case K::GoStmt:
        go(static_cast<const ast::GoStmt*>(n)->call);
        break;
      case K::DeferStmt:
        go(static_cast<const ast::DeferStmt*>(n)->call);
        break;
      case K::ReturnStmt:
        all(static_cast<const ast::ReturnStmt*>(n)->results);
        break;
      case K::BranchStmt:
        go(static_cast<const ast::BranchStmt*>(n)->label);
        break;
      case K::BlockStmt:
        all(static_cast<const ast::BlockStmt*>(n)->list);
        break;
      case K::IfStmt: {
        auto s = static_cast<const ast::IfStmt*>(n);
        go(s->init);
        go(s->cond);
        go(s->body);
        go(s->elseStmt);
        break;
      }
      case K::CaseClause: {
        auto c = static_cast<const ast::CaseClause*>(n);
        all(c->list);
        all(c->body);
        break;
      }
      case K::SwitchStmt: {
        auto s = static_cast<const ast::SwitchStmt*>(n);
        go(s->init);
        go(s->tag);
        go(s->body);
        break;
      }
      case K::TypeSwitchStmt: {
        auto s = static_cast<const ast::TypeSwitchStmt*>(n);
        go(s->init);
        go(s->binding);
        go(s->x);
        go(s->body);
        break;
      }
      case K::CommClause: {
        auto c = static_cast<const ast::CommClause*>(n);
        go(c->comm);
        all(c->body);
        break;
      }
      case K::SelectStmt:
        go(static_cast<const ast::SelectStmt*>(n)->body);
        break;
      case K::ForStmt: {
        auto f = static_cast<const ast::ForStmt*>(n);
        go(f->init);
        go(f->cond);
        go(f->post);
        go(f->body);
        break;
      }
      case K::RangeStmt: {
        auto r = static_cast<const ast::RangeStmt*>(n);
        go(r->key);
        go(r->value);
        go(r->x);
        go(r->body);
        break;
      }
      case K::ImportSpec: {
        auto s = static_cast<const ast::ImportSpec*>(n);
        go(s->name);
        go(s->path);
        break;
      }
      case K::ValueSpec: {
        auto s = static_cast<const ast::ValueSpec*>(n);
        all(s->names);
        go(s->type);
        all(s->values);
        break;
      }
      case K::TypeSpec: {
        auto s = static_cast<const ast::TypeSpec*>(n);
        go(s->name);
        all(s->typeParams);
        go(s->type);
        break;
      }
      case K::GenDecl:
        all(static_cast<const ast::GenDecl*>(n)->specs);
        break;
      case K::FuncDecl: {
        auto f = static_cast<const ast::FuncDecl*>(n);
        go(f->recv);
        go(f->name);
        go(f->sig);
        go(f->body);
        break;
      }
      case K::File: {
        auto f = static_cast<const ast::File*>(n);
        go(f->package);
        all(f->decls);
        break;
      }
      default:
        break;
    }
  }
};

}  // namespace

void walk(const ast::Node* node, const std::function<bool(const ast::Node*)>& visit) {
  Walker{visit}.go(node);
}

}  // namespace weft::lang::check
