// Deep copies of syntax trees (see clone.hpp). Recursive like the checker itself (which runs on
// the front end's large stack).
#include "lang/check/clone.hpp"

namespace weft::lang::check {

using namespace ast;

namespace {

struct Cloner {
  Arena& a;

  template <class T>
  T* node(const T* n) {
    return n ? static_cast<T*>(any(n)) : nullptr;
  }
  template <class T>
  std::vector<T*> list(const std::vector<T*>& v) {
    std::vector<T*> out;
    out.reserve(v.size());
    for (const T* n : v) out.push_back(node(n));
    return out;
  }

  Node* any(const Node* n) {
    switch (n->kind) {
      case NodeKind::BadExpr:
        return a.make<BadExpr>(n->pos);
      case NodeKind::Ident: {
        auto s = static_cast<const Ident*>(n);
        return a.make<Ident>(s->pos, s->name);
      }
      case NodeKind::BasicLit: {
        auto s = static_cast<const BasicLit*>(n);
        return a.make<BasicLit>(s->pos, s->lit, s->raw, s->value);
      }
      case NodeKind::CompositeLit: {
        auto s = static_cast<const CompositeLit*>(n);
        auto c = a.make<CompositeLit>(s->pos);
        c->litType = node(s->litType);
        c->elts = list(s->elts);
        c->rbrace = s->rbrace;
        return c;
      }
      case NodeKind::FuncLit: {
        auto s = static_cast<const FuncLit*>(n);
        auto c = a.make<FuncLit>(s->pos);
        c->sig = node(s->sig);
        c->body = node(s->body);
        return c;
      }
      case NodeKind::ParenExpr: {
        auto s = static_cast<const ParenExpr*>(n);
        auto c = a.make<ParenExpr>(s->pos);
        c->x = node(s->x);
        return c;
      }
      case NodeKind::SelectorExpr: {
        auto s = static_cast<const SelectorExpr*>(n);
        auto c = a.make<SelectorExpr>(s->pos);
        c->x = node(s->x);
        c->sel = node(s->sel);
        return c;
      }
      case NodeKind::IndexExpr: {
        auto s = static_cast<const IndexExpr*>(n);
        auto c = a.make<IndexExpr>(s->pos);
        c->x = node(s->x);
        c->indices = list(s->indices);
        c->lbrack = s->lbrack;
        c->rbrack = s->rbrack;
        return c;
      }
      case NodeKind::SliceExpr: {
        auto s = static_cast<const SliceExpr*>(n);
        auto c = a.make<SliceExpr>(s->pos);
        c->x = node(s->x);
        c->lo = node(s->lo);
        c->hi = node(s->hi);
        c->max = node(s->max);
        c->slice3 = s->slice3;
        return c;
      }
      case NodeKind::TypeAssertExpr: {
        auto s = static_cast<const TypeAssertExpr*>(n);
        auto c = a.make<TypeAssertExpr>(s->pos);
        c->x = node(s->x);
        c->assertType = node(s->assertType);
        return c;
      }
      case NodeKind::CallExpr: {
        auto s = static_cast<const CallExpr*>(n);
        auto c = a.make<CallExpr>(s->pos);
        c->fun = node(s->fun);
        c->args = list(s->args);
        c->hasEllipsis = s->hasEllipsis;
        c->lparen = s->lparen;
        c->rparen = s->rparen;
        return c;
      }
      case NodeKind::StarExpr: {
        auto s = static_cast<const StarExpr*>(n);
        auto c = a.make<StarExpr>(s->pos);
        c->x = node(s->x);
        return c;
      }
      case NodeKind::UnaryExpr: {
        auto s = static_cast<const UnaryExpr*>(n);
        return a.make<UnaryExpr>(s->pos, s->op, node(s->x));
      }
      case NodeKind::BinaryExpr: {
        auto s = static_cast<const BinaryExpr*>(n);
        return a.make<BinaryExpr>(s->pos, s->op, node(s->x), node(s->y));
      }
      case NodeKind::KeyValueExpr: {
        auto s = static_cast<const KeyValueExpr*>(n);
        auto c = a.make<KeyValueExpr>(s->pos);
        c->key = node(s->key);
        c->value = node(s->value);
        return c;
      }
      case NodeKind::ArrayType: {
        auto s = static_cast<const ArrayType*>(n);
        auto c = a.make<ArrayType>(s->pos);
        c->len = node(s->len);
        c->elem = node(s->elem);
        return c;
      }
      case NodeKind::StructType: {
        auto s = static_cast<const StructType*>(n);
        auto c = a.make<StructType>(s->pos);
        c->fields = list(s->fields);
        return c;
      }
      case NodeKind::FuncType: {
        auto s = static_cast<const FuncType*>(n);
        auto c = a.make<FuncType>(s->pos);
        c->params = list(s->params);
        c->results = list(s->results);
        return c;
      }
      case NodeKind::InterfaceType: {
        auto s = static_cast<const InterfaceType*>(n);
        auto c = a.make<InterfaceType>(s->pos);
        c->elems = list(s->elems);
        return c;
      }
      case NodeKind::MapType: {
        auto s = static_cast<const MapType*>(n);
        auto c = a.make<MapType>(s->pos);
        c->key = node(s->key);
        c->value = node(s->value);
        return c;
      }
      case NodeKind::ChanType: {
        auto s = static_cast<const ChanType*>(n);
        auto c = a.make<ChanType>(s->pos);
        c->dir = s->dir;
        c->value = node(s->value);
        return c;
      }
      case NodeKind::Ellipsis: {
        auto s = static_cast<const Ellipsis*>(n);
        auto c = a.make<Ellipsis>(s->pos);
        c->elem = node(s->elem);
        return c;
      }
      case NodeKind::BadStmt:
        return a.make<BadStmt>(n->pos);
      case NodeKind::DeclStmt: {
        auto s = static_cast<const DeclStmt*>(n);
        auto c = a.make<DeclStmt>(s->pos);
        c->decl = node(s->decl);
        return c;
      }
      case NodeKind::EmptyStmt:
        return a.make<EmptyStmt>(n->pos);
      case NodeKind::LabeledStmt: {
        auto s = static_cast<const LabeledStmt*>(n);
        auto c = a.make<LabeledStmt>(s->pos);
        c->label = node(s->label);
        c->stmt = node(s->stmt);
        return c;
      }
      case NodeKind::ExprStmt: {
        auto s = static_cast<const ExprStmt*>(n);
        auto c = a.make<ExprStmt>(s->pos);
        c->x = node(s->x);
        return c;
      }
      case NodeKind::SendStmt: {
        auto s = static_cast<const SendStmt*>(n);
        auto c = a.make<SendStmt>(s->pos);
        c->chan = node(s->chan);
        c->value = node(s->value);
        return c;
      }
      case NodeKind::IncDecStmt: {
        auto s = static_cast<const IncDecStmt*>(n);
        auto c = a.make<IncDecStmt>(s->pos);
        c->x = node(s->x);
        c->op = s->op;
        return c;
      }
      case NodeKind::AssignStmt: {
        auto s = static_cast<const AssignStmt*>(n);
        auto c = a.make<AssignStmt>(s->pos);
        c->lhs = list(s->lhs);
        c->op = s->op;
        c->compound = s->compound;
        c->rhs = list(s->rhs);
        c->opPos = s->opPos;
        return c;
      }
      case NodeKind::GoStmt: {
        auto s = static_cast<const GoStmt*>(n);
        auto c = a.make<GoStmt>(s->pos);
        c->call = node(s->call);
        return c;
      }
      case NodeKind::DeferStmt: {
        auto s = static_cast<const DeferStmt*>(n);
        auto c = a.make<DeferStmt>(s->pos);
        c->call = node(s->call);
        return c;
      }
      case NodeKind::ReturnStmt: {
        auto s = static_cast<const ReturnStmt*>(n);
        auto c = a.make<ReturnStmt>(s->pos);
        c->results = list(s->results);
        return c;
      }
      case NodeKind::BranchStmt: {
        auto s = static_cast<const BranchStmt*>(n);
        auto c = a.make<BranchStmt>(s->pos);
        c->tok = s->tok;
        c->label = node(s->label);
        return c;
      }
      case NodeKind::BlockStmt: {
        auto s = static_cast<const BlockStmt*>(n);
        auto c = a.make<BlockStmt>(s->pos);
        c->list = list(s->list);
        c->rbrace = s->rbrace;
        return c;
      }
      case NodeKind::IfStmt: {
        auto s = static_cast<const IfStmt*>(n);
        auto c = a.make<IfStmt>(s->pos);
        c->init = node(s->init);
        c->cond = node(s->cond);
        c->body = node(s->body);
        c->elseStmt = node(s->elseStmt);
        return c;
      }
      case NodeKind::CaseClause: {
        auto s = static_cast<const CaseClause*>(n);
        auto c = a.make<CaseClause>(s->pos);
        c->list = list(s->list);
        c->isDefault = s->isDefault;
        c->body = list(s->body);
        return c;
      }
      case NodeKind::SwitchStmt: {
        auto s = static_cast<const SwitchStmt*>(n);
        auto c = a.make<SwitchStmt>(s->pos);
        c->init = node(s->init);
        c->tag = node(s->tag);
        c->body = node(s->body);
        return c;
      }
      case NodeKind::TypeSwitchStmt: {
        auto s = static_cast<const TypeSwitchStmt*>(n);
        auto c = a.make<TypeSwitchStmt>(s->pos);
        c->init = node(s->init);
        c->binding = node(s->binding);
        c->x = node(s->x);
        c->body = node(s->body);
        return c;
      }
      case NodeKind::CommClause: {
        auto s = static_cast<const CommClause*>(n);
        auto c = a.make<CommClause>(s->pos);
        c->comm = node(s->comm);
        c->body = list(s->body);
        return c;
      }
      case NodeKind::SelectStmt: {
        auto s = static_cast<const SelectStmt*>(n);
        auto c = a.make<SelectStmt>(s->pos);
        c->body = node(s->body);
        return c;
      }
      case NodeKind::ForStmt: {
        auto s = static_cast<const ForStmt*>(n);
        auto c = a.make<ForStmt>(s->pos);
        c->init = node(s->init);
        c->cond = node(s->cond);
        c->post = node(s->post);
        c->body = node(s->body);
        return c;
      }
      case NodeKind::RangeStmt: {
        auto s = static_cast<const RangeStmt*>(n);
        auto c = a.make<RangeStmt>(s->pos);
        c->key = node(s->key);
        c->value = node(s->value);
        c->op = s->op;
        c->x = node(s->x);
        c->body = node(s->body);
        return c;
      }
      case NodeKind::ImportSpec: {
        auto s = static_cast<const ImportSpec*>(n);
        auto c = a.make<ImportSpec>(s->pos);
        c->name = node(s->name);
        c->path = node(s->path);
        return c;
      }
      case NodeKind::ValueSpec: {
        auto s = static_cast<const ValueSpec*>(n);
        auto c = a.make<ValueSpec>(s->pos);
        c->names = list(s->names);
        c->type = node(s->type);
        c->values = list(s->values);
        c->iota = s->iota;
        return c;
      }
      case NodeKind::TypeSpec: {
        auto s = static_cast<const TypeSpec*>(n);
        auto c = a.make<TypeSpec>(s->pos);
        c->name = node(s->name);
        c->typeParams = list(s->typeParams);
        c->alias = s->alias;
        c->type = node(s->type);
        return c;
      }
      case NodeKind::GenDecl: {
        auto s = static_cast<const GenDecl*>(n);
        auto c = a.make<GenDecl>(s->pos);
        c->tok = s->tok;
        c->specs = list(s->specs);
        return c;
      }
      case NodeKind::FuncDecl: {
        auto s = static_cast<const FuncDecl*>(n);
        auto c = a.make<FuncDecl>(s->pos);
        c->recv = node(s->recv);
        c->name = node(s->name);
        c->sig = node(s->sig);
        c->body = node(s->body);
        c->typeParams = list(s->typeParams);
        c->doc = s->doc;
        return c;
      }
      case NodeKind::File:
        return nullptr;  // never cloned
      case NodeKind::Field: {
        auto s = static_cast<const Field*>(n);
        auto c = a.make<Field>(s->pos);
        c->names = list(s->names);
        c->type = node(s->type);
        c->tag = node(s->tag);
        return c;
      }
    }
    return nullptr;
  }
};

}  // namespace

FuncDecl* cloneFuncDecl(Arena& arena, const FuncDecl* fd) {
  return Cloner{arena}.node(fd);
}

Expr* cloneExpr(Arena& arena, const Expr* e) {
  return Cloner{arena}.node(e);
}

}  // namespace weft::lang::check
