// Error reporting, operand descriptions and expression strings (as cmd/compile prints them).
#include <algorithm>

#include "lang/check/checker.hpp"

namespace weft::lang::check {

using namespace types;

void Checker::error(ast::Pos pos, std::string msg) {
  if (genericBody_ && !forceError_) return;
  Diagnostics& ds = prog_.diagnostics;
  int errors = 0;
  for (const Diagnostic& d : ds)
    if (d.severity == Severity::Error) errors++;
  if (errors >= options_.maxErrors) return;
  // Follow-on errors mentioning invalid operands or types add nothing (go/types does the same).
  bool followOn =
      (msg.find("invalid operand") != std::string::npos && msg.find("invalid operand") > 0) ||
      (msg.find("invalid type") != std::string::npos && msg.find("invalid type") > 0);
  if (followOn && errors > 0) return;
  // Like cmd/compile: an error equal to the previous one on the same line is dropped.
  if (!ds.empty()) {
    const Diagnostic& last = ds.back();
    if (last.file == fileName_ && last.pos.line == pos.line && last.message == msg) return;
  }
  ds.push_back(Diagnostic{fileName_, pos, std::move(msg), Severity::Error});
}

std::string Checker::posString(ast::Pos pos) const {
  return fileName_ + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.col);
}

ast::Pos Checker::startPos(const ast::Node* n) {
  while (n) {
    switch (n->kind) {
      case ast::NodeKind::BinaryExpr:
        n = static_cast<const ast::BinaryExpr*>(n)->x;
        continue;
      case ast::NodeKind::CallExpr:
        n = static_cast<const ast::CallExpr*>(n)->fun;
        continue;
      case ast::NodeKind::IndexExpr:
        n = static_cast<const ast::IndexExpr*>(n)->x;
        continue;
      case ast::NodeKind::SelectorExpr:
        n = static_cast<const ast::SelectorExpr*>(n)->x;
        continue;
      case ast::NodeKind::SliceExpr:
        n = static_cast<const ast::SliceExpr*>(n)->x;
        continue;
      case ast::NodeKind::TypeAssertExpr:
        n = static_cast<const ast::TypeAssertExpr*>(n)->x;
        continue;
      // KeyValueExpr: its own position (the colon), as cmd/compile reports it.
      case ast::NodeKind::SendStmt:
        n = static_cast<const ast::SendStmt*>(n)->chan;
        continue;
      case ast::NodeKind::AssignStmt: {
        auto a = static_cast<const ast::AssignStmt*>(n);
        if (a->lhs.empty()) return n->pos;
        n = a->lhs[0];
        continue;
      }
      case ast::NodeKind::CompositeLit: {
        auto c = static_cast<const ast::CompositeLit*>(n);
        if (c->litType && c->litType->pos.valid() && c->litType->pos.offset < c->pos.offset) {
          n = c->litType;
          continue;
        }
        return n->pos;
      }
      default:
        return n->pos;
    }
  }
  return {};
}

namespace {

const char* modeString(Mode m) {
  switch (m) {
    case Mode::Invalid:
      return "invalid operand";
    case Mode::NoValue:
      return "no value";
    case Mode::Builtin:
      return "built-in";
    case Mode::TypeExpr:
      return "type";
    case Mode::Constant:
      return "constant";
    case Mode::Variable:
      return "variable";
    case Mode::MapIndex:
      return "map index expression";
    case Mode::Value:
      return "value";
    case Mode::CommaOk:
      return "comma, ok expression";
    case Mode::Package:
      return "package";
  }
  return "";
}

void writeExpr(std::string& out, const ast::Expr* e);

void writeList(std::string& out, const std::vector<ast::Expr*>& list) {
  for (size_t i = 0; i < list.size(); i++) {
    if (i) out += ", ";
    writeExpr(out, list[i]);
  }
}

void writeFields(std::string& out, const std::vector<ast::Field*>& fields, const char* sep) {
  for (size_t i = 0; i < fields.size(); i++) {
    if (i) out += sep;
    const ast::Field* f = fields[i];
    for (size_t j = 0; j < f->names.size(); j++) {
      if (j) out += ", ";
      out += f->names[j]->name;
    }
    if (!f->names.empty()) out += ' ';
    writeExpr(out, f->type);
  }
}

void writeSig(std::string& out, const ast::FuncType* ft) {
  out += '(';
  writeFields(out, ft->params, ", ");
  out += ')';
  if (ft->results.empty()) return;
  out += ' ';
  if (ft->results.size() == 1 && ft->results[0]->names.empty()) {
    writeExpr(out, ft->results[0]->type);
    return;
  }
  out += '(';
  writeFields(out, ft->results, ", ");
  out += ')';
}

void writeExpr(std::string& out, const ast::Expr* e) {
  using K = ast::NodeKind;
  if (!e) return;
  switch (e->kind) {
    case K::BadExpr:
      out += "BadExpr";
      return;
    case K::Ident:
      out += static_cast<const ast::Ident*>(e)->name;
      return;
    case K::BasicLit:
      out += static_cast<const ast::BasicLit*>(e)->raw;
      return;
    case K::CompositeLit: {
      auto c = static_cast<const ast::CompositeLit*>(e);
      writeExpr(out, c->litType);
      out += c->elts.empty() ? "{}" : "{…}";
      return;
    }
    case K::FuncLit: {
      auto f = static_cast<const ast::FuncLit*>(e);
      out += "func";
      writeSig(out, f->sig);
      out += " {…}";
      return;
    }
    case K::ParenExpr:
      out += '(';
      writeExpr(out, static_cast<const ast::ParenExpr*>(e)->x);
      out += ')';
      return;
    case K::SelectorExpr: {
      auto s = static_cast<const ast::SelectorExpr*>(e);
      writeExpr(out, s->x);
      out += '.';
      out += s->sel->name;
      return;
    }
    case K::IndexExpr: {
      auto i = static_cast<const ast::IndexExpr*>(e);
      writeExpr(out, i->x);
      out += '[';
      writeList(out, i->indices);
      out += ']';
      return;
    }
    case K::SliceExpr: {
      auto s = static_cast<const ast::SliceExpr*>(e);
      writeExpr(out, s->x);
      out += '[';
      writeExpr(out, s->lo);
      out += ':';
      writeExpr(out, s->hi);
      if (s->slice3) {
        out += ':';
        writeExpr(out, s->max);
      }
      out += ']';
      return;
    }
    case K::TypeAssertExpr: {
      auto t = static_cast<const ast::TypeAssertExpr*>(e);
      writeExpr(out, t->x);
      out += ".(";
      if (t->assertType)
        writeExpr(out, t->assertType);
      else
        out += "type";
      out += ')';
      return;
    }
    case K::CallExpr: {
      auto c = static_cast<const ast::CallExpr*>(e);
      writeExpr(out, c->fun);
      out += '(';
      writeList(out, c->args);
      if (c->hasEllipsis) out += "...";
      out += ')';
      return;
    }
    case K::StarExpr:
      out += '*';
      writeExpr(out, static_cast<const ast::StarExpr*>(e)->x);
      return;
    case K::UnaryExpr: {
      auto u = static_cast<const ast::UnaryExpr*>(e);
      out += ast::spell(u->op);
      writeExpr(out, u->x);
      return;
    }
    case K::BinaryExpr: {
      auto b = static_cast<const ast::BinaryExpr*>(e);
      writeExpr(out, b->x);
      out += ' ';
      out += ast::spell(b->op);
      out += ' ';
      writeExpr(out, b->y);
      return;
    }
    case K::KeyValueExpr: {
      auto kv = static_cast<const ast::KeyValueExpr*>(e);
      writeExpr(out, kv->key);
      out += ": ";
      writeExpr(out, kv->value);
      return;
    }
    case K::ArrayType: {
      auto a = static_cast<const ast::ArrayType*>(e);
      out += '[';
      if (a->len) {
        if (a->len->kind == K::Ellipsis)
          out += "...";
        else
          writeExpr(out, a->len);
      }
      out += ']';
      writeExpr(out, a->elem);
      return;
    }
    case K::StructType:
      out += "struct{";
      writeFields(out, static_cast<const ast::StructType*>(e)->fields, "; ");
      out += '}';
      return;
    case K::FuncType:
      out += "func";
      writeSig(out, static_cast<const ast::FuncType*>(e));
      return;
    case K::InterfaceType: {
      auto it = static_cast<const ast::InterfaceType*>(e);
      out += "interface{";
      for (size_t i = 0; i < it->elems.size(); i++) {
        if (i) out += "; ";
        const ast::Field* f = it->elems[i];
        if (!f->names.empty() && f->type && f->type->kind == K::FuncType) {
          out += f->names[0]->name;
          writeSig(out, static_cast<const ast::FuncType*>(f->type));
        } else {
          writeExpr(out, f->type);
        }
      }
      out += '}';
      return;
    }
    case K::MapType: {
      auto m = static_cast<const ast::MapType*>(e);
      out += "map[";
      writeExpr(out, m->key);
      out += ']';
      writeExpr(out, m->value);
      return;
    }
    case K::ChanType: {
      auto c = static_cast<const ast::ChanType*>(e);
      out += c->dir == ast::ChanDir::Recv   ? "<-chan "
             : c->dir == ast::ChanDir::Send ? "chan<- "
                                            : "chan ";
      writeExpr(out, c->value);
      return;
    }
    case K::Ellipsis:
      out += "...";
      writeExpr(out, static_cast<const ast::Ellipsis*>(e)->elem);
      return;
    default:
      return;
  }
}

}  // namespace

std::string Checker::exprString(const ast::Expr* e) const {
  std::string out;
  writeExpr(out, e);
  return out;
}

namespace {

// go/types prints a signature with its parameter names when it has them: "func(x int) string".
// Interned signatures lose the names, so they are taken from the declaration when there is one.
std::string namedSignature(const ast::FuncType* ft, const Signature* sig, const Checker& c) {
  auto list = [&](const std::vector<ast::Field*>& fields, const Tuple* tup, bool variadic,
                  bool results) {
    std::vector<std::pair<std::string, const Type*>> ps;
    size_t k = 0;
    for (const ast::Field* f : fields) {
      size_t n = f->names.empty() ? 1 : f->names.size();
      for (size_t j = 0; j < n; j++, k++) {
        if (k >= tup->vars.size()) return std::string();
        ps.push_back({f->names.empty() ? "" : f->names[j]->name, tup->vars[k]->type});
      }
    }
    if (k != tup->vars.size()) return std::string();
    bool named = !ps.empty() && !ps[0].first.empty();
    if (results && ps.size() == 1 && !named) return c.typeString(ps[0].second);
    std::string out = "(";
    for (size_t i = 0; i < ps.size(); i++) {
      if (i) out += ", ";
      if (named) out += ps[i].first + " ";
      const Type* t = ps[i].second;
      if (variadic && i + 1 == ps.size() && t->kind == Kind::Slice)
        out += "..." + c.typeString(static_cast<const Slice*>(t)->elem);
      else
        out += c.typeString(t);
    }
    return out + ")";
  };
  std::string params = list(ft->params, sig->params, sig->variadic, false);
  if (params.empty() && !sig->params->vars.empty()) return "";
  if (params.empty()) params = "()";
  std::string s = "func" + params;
  if (!sig->results->vars.empty()) {
    std::string res = list(ft->results, sig->results, false, true);
    if (res.empty()) return "";
    s += " " + res;
  }
  return s;
}

}  // namespace

std::string Checker::operandTypeString(const Operand& x) const {
  if (x.type && x.type->kind == Kind::Signature && x.expr) {
    auto sig = static_cast<const Signature*>(x.type);
    const ast::FuncType* ft = nullptr;
    const ast::Expr* e = x.expr;
    while (e && e->is<ast::ParenExpr>()) e = e->as<ast::ParenExpr>()->x;
    if (auto lit = e ? e->as<ast::FuncLit>() : nullptr) {
      ft = lit->sig;
    } else {
      const ast::Ident* id = e ? e->as<ast::Ident>() : nullptr;
      if (auto sel = e ? e->as<ast::SelectorExpr>() : nullptr;
          sel && sel->selKind != ast::SelKind::MethodExpr)
        id = sel->sel;
      if (id && id->obj && id->obj->kind == ObjKind::Func) {
        auto f = static_cast<const Func*>(id->obj);
        if (f->decl) ft = f->decl->sig;
      }
    }
    if (ft) {
      std::string s = namedSignature(ft, sig, *this);
      if (!s.empty()) return s;
    }
  }
  return typeString(x.type);
}

std::string Checker::operandString(const Operand& x) const {
  if (x.nil) {
    if (!x.type || x.type->kind == Kind::Invalid) return "nil (with invalid type)";
    if (x.type->kind == Kind::UntypedNil) return "nil";
    return "nil (of type " + typeString(x.type) + ")";
  }
  std::string expr;
  if (x.expr) {
    expr = exprString(x.expr);
  } else if (x.mode == Mode::TypeExpr) {
    expr = typeString(x.type);
  } else if (x.mode == Mode::Constant && x.val) {
    expr = x.val->str();
  }
  std::string buf;
  if (!expr.empty()) buf = expr + " (";
  bool hasType = false;
  switch (x.mode) {
    case Mode::Invalid:
    case Mode::NoValue:
    case Mode::Builtin:
    case Mode::TypeExpr:
      break;
    default:
      if (x.type) {
        if (x.type->isUntyped()) {
          buf += static_cast<const Basic*>(x.type)->name;
          buf += ' ';
          break;
        }
        hasType = true;
      }
  }
  buf += modeString(x.mode);
  if (x.mode == Mode::Constant && x.val) {
    std::string s = x.val->str();
    if (s != expr) buf += ' ' + s;
  }
  if (hasType) {
    if (x.type->kind != Kind::Invalid)
      buf += " of type " + operandTypeString(x);
    else
      buf += " with invalid type";
  }
  if (!expr.empty()) buf += ')';
  return buf;
}

}  // namespace weft::lang::check
