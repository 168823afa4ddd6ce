#include "lang/parser/build.hpp"

#include <algorithm>
#include <string>

#include "lang/ast_walk.hpp"

namespace weft::lang::parser {

using namespace weft::ast;

// ----- errors (declared in state.hpp) -----

namespace {
bool atEnd(const Token& t) {
  return t.kind == Tok::EndOfFile || (t.kind == Tok::Semicolon && t.text == "EOF");
}
}  // namespace

void throwUnexpected(const Token& tok, std::string_view suffix) {
  std::string msg = "syntax error: unexpected " + describe(tok);
  msg += suffix;
  throw SyntaxError{tok.pos, std::move(msg), atEnd(tok)};
}

void throwSyntax(Pos pos, const Token& current, std::string message) {
  throw SyntaxError{pos, "syntax error: " + message, atEnd(current)};
}

void throwPlain(Pos pos, const Token& current, std::string message) {
  throw SyntaxError{pos, std::move(message), atEnd(current)};
}

std::string State::docFor(const Token* t) const {
  std::size_t index = static_cast<std::size_t>(t - firstToken);
  auto it = std::lower_bound(lexed.docs.begin(), lexed.docs.end(), index,
                             [](const auto& doc, std::size_t i) { return doc.first < i; });
  return it != lexed.docs.end() && it->first == index ? it->second : std::string();
}

// ----- expressions -----

int binaryPrec(Tok t) {
  switch (t) {
    case Tok::LOr:
      return 1;
    case Tok::LAnd:
      return 2;
    case Tok::Eql:
    case Tok::Neq:
    case Tok::Lss:
    case Tok::Leq:
    case Tok::Gtr:
    case Tok::Geq:
      return 3;
    case Tok::Add:
    case Tok::Sub:
    case Tok::Or:
    case Tok::Xor:
      return 4;
    case Tok::Mul:
    case Tok::Quo:
    case Tok::Rem:
    case Tok::Shl:
    case Tok::Shr:
    case Tok::And:
    case Tok::AndNot:
      return 5;
    default:
      return 0;
  }
}

Op binaryOp(Tok t) {
  switch (t) {
    case Tok::LOr:
      return Op::LOr;
    case Tok::LAnd:
      return Op::LAnd;
    case Tok::Eql:
      return Op::Eql;
    case Tok::Neq:
      return Op::Neq;
    case Tok::Lss:
      return Op::Lss;
    case Tok::Leq:
      return Op::Leq;
    case Tok::Gtr:
      return Op::Gtr;
    case Tok::Geq:
      return Op::Geq;
    case Tok::Add:
      return Op::Add;
    case Tok::Sub:
      return Op::Sub;
    case Tok::Or:
      return Op::Or;
    case Tok::Xor:
      return Op::Xor;
    case Tok::Mul:
      return Op::Mul;
    case Tok::Quo:
      return Op::Quo;
    case Tok::Rem:
      return Op::Rem;
    case Tok::Shl:
      return Op::Shl;
    case Tok::Shr:
      return Op::Shr;
    case Tok::And:
      return Op::And;
    case Tok::AndNot:
      return Op::AndNot;
    default:
      return Op::None;
  }
}

Op assignOp(Tok t) {
  switch (t) {
    case Tok::AddAssign:
      return Op::Add;
    case Tok::SubAssign:
      return Op::Sub;
    case Tok::MulAssign:
      return Op::Mul;
    case Tok::QuoAssign:
      return Op::Quo;
    case Tok::RemAssign:
      return Op::Rem;
    case Tok::AndAssign:
      return Op::And;
    case Tok::OrAssign:
      return Op::Or;
    case Tok::XorAssign:
      return Op::Xor;
    case Tok::ShlAssign:
      return Op::Shl;
    case Tok::ShrAssign:
      return Op::Shr;
    case Tok::AndNotAssign:
      return Op::AndNot;
    default:
      return Op::None;
  }
}

void BinaryChain::reduce(Arena& arena) {
  const Token* op = ops_.back();
  ops_.pop_back();
  Expr* y = vals_.back();
  vals_.pop_back();
  Expr* x = vals_.back();
  vals_.back() = arena.make<BinaryExpr>(op->pos, binaryOp(op->kind), x, y);
}

void BinaryChain::push(Arena& arena, const Token* op, Expr* y) {
  int prec = binaryPrec(op->kind);
  while (!ops_.empty() && binaryPrec(ops_.back()->kind) >= prec) reduce(arena);
  ops_.push_back(op);
  vals_.push_back(y);
}

Expr* BinaryChain::finish(Arena& arena) {
  while (!ops_.empty()) reduce(arena);
  return vals_.back();
}

Expr* unparen(Expr* x) {
  while (auto* p = x->as<ParenExpr>()) x = p->x;
  return x;
}

namespace {

// Go's `<-` applied to a channel type: `<-chan E` is a receive-only channel type and
// `<-(chan<- E)` re-associates to `<-chan (<-E)`.
Expr* receiveChanType(ChanType* c, const Token& arrow, const Token& next) {
  ChanDir dir = ChanDir::Send;
  Expr* t = c;
  while (dir == ChanDir::Send) {
    auto* ct = t->as<ChanType>();
    if (!ct) break;
    dir = ct->dir;
    if (dir == ChanDir::Recv) throwUnexpected(arrow, ", expected " + expectedName(Tok::Chan));
    ct->dir = ChanDir::Recv;
    t = ct->value;
  }
  if (dir == ChanDir::Send) throwUnexpected(next, ", expected " + expectedName(Tok::Chan));
  c->pos = arrow.pos;
  return c;
}

}  // namespace

Expr* foldUnary(Arena& arena, const std::vector<const Token*>& ops, Expr* x, const Token& next) {
  for (auto it = ops.rbegin(); it != ops.rend(); ++it) {
    const Token& op = **it;
    switch (op.kind) {
      case Tok::Mul: {
        auto* s = arena.make<StarExpr>(op.pos);
        s->x = x;
        x = s;
        break;
      }
      case Tok::And:
        x = arena.make<UnaryExpr>(op.pos, Op::Addr, unparen(x));
        break;
      case Tok::Arrow:
        if (auto* c = x->as<ChanType>()) {
          x = receiveChanType(c, op, next);
        } else {
          x = arena.make<UnaryExpr>(op.pos, Op::Arrow, x);
        }
        break;
      case Tok::Add:
        x = arena.make<UnaryExpr>(op.pos, Op::Add, x);
        break;
      case Tok::Sub:
        x = arena.make<UnaryExpr>(op.pos, Op::Sub, x);
        break;
      case Tok::Not:
        x = arena.make<UnaryExpr>(op.pos, Op::Not, x);
        break;
      case Tok::Xor:
        x = arena.make<UnaryExpr>(op.pos, Op::Xor, x);
        break;
      default:
        break;
    }
  }
  return x;
}

bool compositeLitAllowed(Expr* x, int xnest, const Token& lbrace) {
  Expr* t = unparen(x);
  bool ok = false;
  switch (t->kind) {
    case NodeKind::Ident:
    case NodeKind::SelectorExpr:
    case NodeKind::IndexExpr:
      ok = xnest >= 0;
      break;
    case NodeKind::ArrayType:
    case NodeKind::StructType:
    case NodeKind::MapType:
      ok = true;
      break;
    default:
      break;
  }
  if (ok && t != x)
    throwSyntax(lbrace.pos, lbrace, "cannot parenthesize type in composite literal");
  return ok;
}

Expr* makeIndexOrSlice(Arena& arena, Expr* x, IndexParts& parts) {
  if (!parts.slice) {
    auto* ix = arena.make<IndexExpr>(x->pos);
    ix->x = x;
    ix->indices.push_back(parts.lo);
    for (Expr* e : parts.more) ix->indices.push_back(e);
    ix->lbrack = parts.lbrack->pos;
    ix->rbrack = parts.rbrack->pos;
    return ix;
  }
  auto* s = arena.make<SliceExpr>(x->pos);
  s->x = x;
  s->lo = parts.lo;
  s->hi = parts.hi;
  s->max = parts.max;
  s->slice3 = parts.three;
  return s;
}

CallExpr* makeCall(Arena& arena, Expr* fun, CallParts& parts) {
  auto* c = arena.make<CallExpr>(fun->pos);
  c->fun = fun;
  c->args = std::move(parts.args);
  c->hasEllipsis = parts.dots;
  c->lparen = parts.lparen->pos;
  c->rparen = parts.rparen->pos;
  return c;
}

BasicLit* makeBasicLit(Arena& arena, const Token& t) {
  LitKind k = LitKind::Int;
  switch (t.kind) {
    case Tok::Float:
      k = LitKind::Float;
      break;
    case Tok::Imag:
      k = LitKind::Imag;
      break;
    case Tok::Rune:
      k = LitKind::Rune;
      break;
    case Tok::String:
      k = LitKind::String;
      break;
    default:
      break;
  }
  return arena.make<BasicLit>(t.pos, k, std::string(t.text), t.value);
}

// ----- types -----

std::vector<Field*> groupParams(Arena& arena, std::vector<ParamEntry>& list, const Token& close) {
  std::vector<Field*> fields;
  if (list.empty()) return fields;
  std::size_t named = 0;
  for (auto& p : list)
    if (p.name && p.type) named++;
  if (named == 0) {
    // All unnamed: lone names are type names.
    for (auto& p : list) {
      Expr* t = p.type ? p.type : p.name;
      auto* f = arena.make<Field>(t->pos);
      f->type = t;
      fields.push_back(f);
    }
    return fields;
  }
  if (named != list.size()) {
    // Some named: all must have names and types; a name takes the type to its right.
    Pos errPos;
    Expr* typ = nullptr;
    for (std::size_t i = list.size(); i-- > 0;) {
      ParamEntry& p = list[i];
      if (p.type) {
        typ = p.type;
        if (!p.name) {
          errPos = typ->pos;
          p.name = arena.make<Ident>(errPos, "_");
        }
      } else if (typ) {
        p.type = typ;
      } else {
        errPos = p.name->pos;
        p.type = arena.make<BadExpr>(errPos);
      }
    }
    if (errPos.valid()) throwSyntax(errPos, close, "mixed named and unnamed parameters");
  }
  // Consecutive names sharing one type expression form one field.
  for (std::size_t i = 0; i < list.size();) {
    auto* f = arena.make<Field>(list[i].name->pos);
    f->type = list[i].type;
    while (i < list.size() && list[i].type == f->type) f->names.push_back(list[i++].name);
    fields.push_back(f);
  }
  return fields;
}

std::vector<Field*> groupTypeParams(Arena& arena, std::vector<ParamEntry>& list,
                                    const Token& close) {
  std::vector<Field*> fields;
  if (list.empty()) throwSyntax(close.pos, close, "empty type parameter list");
  Expr* typ = nullptr;
  for (std::size_t i = list.size(); i-- > 0;) {
    if (list[i].type)
      typ = list[i].type;
    else if (typ)
      list[i].type = typ;
    else
      throwSyntax(close.pos, close, "missing type constraint");
  }
  for (std::size_t i = 0; i < list.size();) {
    auto* f = arena.make<Field>(list[i].name->pos);
    f->type = list[i].type;
    while (i < list.size() && list[i].type == f->type) f->names.push_back(list[i++].name);
    fields.push_back(f);
  }
  return fields;
}

// ----- statements -----

Stmt* makeSimpleStmt(Arena& arena, std::vector<Expr*>& lhs, SimpleTail* tail, const Token& next) {
  if (!tail) {
    if (lhs.size() > 1) throwUnexpected(next, ", expected := or = or comma");
    auto* s = arena.make<ExprStmt>(lhs[0]->pos);
    s->x = lhs[0];
    return s;
  }
  SimpleTail& t = *tail;
  if (lhs.size() > 1 && t.kind != SimpleTail::Assign && t.kind != SimpleTail::Define &&
      t.kind != SimpleTail::Range)
    throwUnexpected(*t.op, ", expected := or = or comma");
  switch (t.kind) {
    case SimpleTail::Inc:
    case SimpleTail::Dec: {
      auto* s = arena.make<IncDecStmt>(lhs[0]->pos);
      s->x = lhs[0];
      s->op = t.kind == SimpleTail::Inc ? Op::Inc : Op::Dec;
      return s;
    }
    case SimpleTail::Send: {
      auto* s = arena.make<SendStmt>(t.op->pos);
      s->chan = lhs[0];
      s->value = t.rhs[0];
      return s;
    }
    case SimpleTail::Range: {
      // `k, v := range x` / `k = range x`; the for statement completes it.
      if (lhs.size() > 2)
        throwSyntax(lhs[0]->pos, next, "range clause permits at most two iteration variables");
      auto* r = arena.make<RangeStmt>(lhs[0]->pos);
      r->key = lhs[0];
      r->value = lhs.size() > 1 ? lhs[1] : nullptr;
      r->op = t.op->kind == Tok::Define ? Op::Define : Op::Assign;
      r->x = t.rhs[0];
      return r;
    }
    default:
      break;
  }
  auto* s = arena.make<AssignStmt>(lhs[0]->pos);
  s->lhs = std::move(lhs);
  s->rhs = std::move(t.rhs);
  s->opPos = t.op->pos;
  if (t.kind == SimpleTail::OpAssign) {
    s->op = assignOp(t.op->kind);
    s->compound = true;
  } else {
    s->op = t.kind == SimpleTail::Define ? Op::Define : Op::Assign;
  }
  return s;
}

namespace {

// A short source-like rendering of an expression for "cannot use ... as value".
std::string exprString(const Expr* x) {
  if (!x) return "";
  switch (x->kind) {
    case NodeKind::Ident:
      return static_cast<const Ident*>(x)->name;
    case NodeKind::BasicLit:
      return static_cast<const BasicLit*>(x)->raw;
    case NodeKind::SelectorExpr: {
      auto* s = static_cast<const SelectorExpr*>(x);
      return exprString(s->x) + "." + s->sel->name;
    }
    case NodeKind::ParenExpr:
      return "(" + exprString(static_cast<const ParenExpr*>(x)->x) + ")";
    case NodeKind::StarExpr:
      return "*" + exprString(static_cast<const StarExpr*>(x)->x);
    case NodeKind::UnaryExpr: {
      auto* u = static_cast<const UnaryExpr*>(x);
      return std::string(spell(u->op)) + exprString(u->x);
    }
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<const BinaryExpr*>(x);
      return exprString(b->x) + " " + spell(b->op) + " " + exprString(b->y);
    }
    case NodeKind::CallExpr: {
      auto* c = static_cast<const CallExpr*>(x);
      std::string s = exprString(c->fun) + "(";
      for (std::size_t i = 0; i < c->args.size(); i++) {
        if (i) s += ", ";
        s += exprString(c->args[i]);
      }
      return s + (c->hasEllipsis ? "...)" : ")");
    }
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<const IndexExpr*>(x);
      return exprString(ix->x) + "[" + (ix->indices.empty() ? "" : exprString(ix->indices[0])) +
             "]";
    }
    default:
      return "…";
  }
}

std::string exprListString(const std::vector<Expr*>& xs) {
  std::string s;
  for (std::size_t i = 0; i < xs.size(); i++) {
    if (i) s += ", ";
    s += exprString(xs[i]);
  }
  return s;
}

bool isTypeSwitchGuard(const Stmt* s) {
  if (auto* e = s->as<ExprStmt>()) {
    auto* ta = e->x->as<TypeAssertExpr>();
    return ta && !ta->assertType;
  }
  if (auto* a = s->as<AssignStmt>()) {
    if (a->op != Op::Define || a->compound || a->lhs.size() != 1 || a->rhs.size() != 1)
      return false;
    auto* ta = a->rhs[0]->as<TypeAssertExpr>();
    return ta && !ta->assertType && a->lhs[0]->is<Ident>();
  }
  return false;
}

}  // namespace

Expr* headerCondition(Arena& arena, Header& h, Tok keyword, const Token& next) {
  Stmt* s = h.cond;
  if (!s) {
    if (keyword == Tok::If && h.semi) {
      if (h.semi->text != "semicolon") throwUnexpected(*h.semi, ", expected { after if clause");
      throwSyntax(h.semi->pos, next, "missing condition in if statement");
    }
    return nullptr;
  }
  if (auto* e = s->as<ExprStmt>()) return e->x;
  if (keyword == Tok::Switch && isTypeSwitchGuard(s)) return nullptr;  // handled by makeSwitch
  std::string str;
  if (auto* a = s->as<AssignStmt>(); a && a->op == Op::Assign && !a->compound) {
    str = "assignment (" + exprListString(a->lhs) + ") = (" + exprListString(a->rhs) + ")";
  } else if (auto* a2 = s->as<AssignStmt>()) {
    std::string op = spell(a2->op);
    if (a2->compound) op += "=";
    str = exprListString(a2->lhs) + " " + op + " " + exprListString(a2->rhs);
  } else if (auto* i = s->as<IncDecStmt>()) {
    str = exprString(i->x) + spell(i->op);
  } else if (auto* sd = s->as<SendStmt>()) {
    str = exprString(sd->chan) + " <- " + exprString(sd->value);
  } else {
    str = "statement";
  }
  Pos at = s->pos;
  if (auto* a = s->as<AssignStmt>()) at = a->opPos;  // Go positions assignments at the operator
  throwSyntax(at, next, "cannot use " + str + " as value");
}

CallExpr* callOperand(Expr* x, const char* keyword, const Token& next) {
  Expr* t = unparen(x);
  if (t != x)
    throwPlain(x->pos, next,
               std::string("expression in ") + keyword + " must not be parenthesized");
  auto* c = t->as<CallExpr>();
  if (!c)
    throwPlain(x->pos, next, std::string("expression in ") + keyword + " must be function call");
  return c;
}

void checkCommClause(const Stmt* comm, const Token& next) {
  auto isReceive = [](Expr* x) {
    auto* u = unparen(x)->as<UnaryExpr>();
    return u && u->op == Op::Arrow;
  };
  bool valid = comm->is<SendStmt>();
  if (auto* a = comm->as<AssignStmt>()) valid = a->rhs.size() == 1 && isReceive(a->rhs[0]);
  if (auto* e = comm->as<ExprStmt>()) valid = isReceive(e->x);
  if (!valid)
    throwPlain(comm->pos, next, "select case must be send or receive (possibly with assignment)");
}

void checkTypeSwitchGuards(const Node* root) {
  walk(root, [&](const Node* n) {
    if (auto* t = n->as<TypeAssertExpr>(); t && !t->assertType)
      throw SyntaxError{t->pos, "use of .(type) outside type switch", false};
    return true;
  });
}

Stmt* makeSwitch(Arena& arena, const Token& kw, Header& h, BlockStmt* body, const Token& next) {
  if (h.cond && isTypeSwitchGuard(h.cond)) {
    auto* ts = arena.make<TypeSwitchStmt>(kw.pos);
    ts->init = h.init;
    if (auto* e = h.cond->as<ExprStmt>()) {
      ts->x = e->x->as<TypeAssertExpr>()->x;
    } else {
      auto* a = h.cond->as<AssignStmt>();
      ts->binding = a->lhs[0]->as<Ident>();
      ts->x = a->rhs[0]->as<TypeAssertExpr>()->x;
    }
    ts->body = body;
    return ts;
  }
  auto* s = arena.make<SwitchStmt>(kw.pos);
  s->init = h.init;
  s->tag = headerCondition(arena, h, Tok::Switch, next);
  s->body = body;
  return s;
}

}  // namespace weft::lang::parser
