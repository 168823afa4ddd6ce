// Composite literals: structs (keyed and positional), arrays and slices (with indices and
// [...]), maps; element types may be elided, and &T elided to {...} for pointer elements.
#include <map>

#include "lang/check/checker.hpp"

namespace weft::lang::check {

using namespace types;

void Checker::compositeLit(Operand& x, const ast::CompositeLit* e, const Type* hint) {
  const Type* typ = nullptr;
  const Type* base = nullptr;
  if (e->litType) {
    auto at = e->litType->as<ast::ArrayType>();
    if (at && at->len && at->len->is<ast::Ellipsis>()) {
      // [...]T{...}: the length is the number of elements.
      const Type* elem = varType(at->elem);
      int64_t n = indexedElts(e->elts, elem, -1);
      typ = tt_.array(elem, n);
      recordTypeExpr(e->litType, typ);
      x.mode = Mode::Value;
      x.type = typ;
      return;
    }
    typ = typExpr(e->litType);
    base = typ;
  } else if (hint) {
    typ = hint;
    base = derefPointer(hint->underlying());  // *T implies &T{}
    if (hint->underlying()->kind != Kind::Pointer) base = hint;
  } else {
    error(e->pos, "invalid composite literal type: missing type");
    x.mode = Mode::Invalid;
    return;
  }
  const Type* u = base->underlying();
  switch (u->kind) {
    case Kind::Struct: {
      auto st = static_cast<const Struct*>(u);
      if (e->elts.empty()) break;
      if (e->elts[0]->is<ast::KeyValueExpr>()) {
        std::vector<bool> visited(st->fields.size(), false);
        for (const ast::Expr* el : e->elts) {
          auto kv = el->as<ast::KeyValueExpr>();
          if (!kv) {
            errorAt(el, "mixture of field:value and value elements in struct literal");
            useExpr(el);
            continue;
          }
          auto key = kv->key->as<ast::Ident>();
          Operand v;
          if (!key) {
            expr(v, kv->value);
            errorAt(kv->key, "invalid field name " + exprString(kv->key) + " in struct literal");
            continue;
          }
          int idx = -1;
          for (size_t i = 0; i < st->fields.size(); i++)
            if (key->name != "_" && sameId(st->fields[i], pkg_, key->name)) idx = int(i);
          if (idx < 0) {
            expr(v, kv->value);
            error(key->pos,
                  "unknown field " + key->name + " in struct literal of type " + typeString(base));
            continue;
          }
          Var* fld = st->fields[idx];
          recordUse(key, fld);
          key->mode = Mode::Variable;
          key->type = fld->type;
          expr(v, kv->value);
          assignment(v, fld->type, "struct literal");
          if (visited[idx]) {
            errorAt(kv, "duplicate field name " + key->name + " in struct literal");
            continue;
          }
          visited[idx] = true;
        }
      } else {
        size_t i = 0;
        for (const ast::Expr* el : e->elts) {
          if (el->is<ast::KeyValueExpr>()) {
            errorAt(el, "mixture of field:value and value elements in struct literal");
            useExpr(el);
            i++;
            continue;
          }
          Operand v;
          expr(v, el);
          if (i >= st->fields.size()) {
            errorAt(el, "too many values in struct literal of type " + typeString(base));
            break;
          }
          Var* fld = st->fields[i++];
          if (!fld->exported() && fld->pkg != pkg_) {
            errorAt(el, "implicit assignment to unexported field " + fld->name +
                            " in struct literal of type " + typeString(base));
            continue;
          }
          assignment(v, fld->type, "struct literal");
        }
        if (e->elts.size() < st->fields.size())
          error(e->rbrace.valid() ? e->rbrace : e->pos,
                "too few values in struct literal of type " + typeString(base));
      }
      break;
    }
    case Kind::Array: {
      auto at = static_cast<const Array*>(u);
      indexedElts(e->elts, at->elem, at->len);
      break;
    }
    case Kind::Slice:
      indexedElts(e->elts, static_cast<const Slice*>(u)->elem, -1);
      break;
    case Kind::Map: {
      auto mt = static_cast<const Map*>(u);
      bool keyIsInterface = mt->key->isInterface();
      std::vector<std::pair<Operand, const Type*>> seen;
      for (const ast::Expr* el : e->elts) {
        auto kv = el->as<ast::KeyValueExpr>();
        if (!kv) {
          errorAt(el, "missing key in map literal");
          useExpr(el);
          continue;
        }
        Operand k;
        exprWithHint(k, kv->key, mt->key);
        assignment(k, mt->key, "map literal");
        if (k.invalid()) {
          useExpr(kv->value);
          continue;
        }
        if (k.mode == Mode::Constant && k.val && k.val->known()) {
          bool dup = false;
          for (auto& [prev, t] : seen)
            if (constCompare(ast::Op::Eql, *prev.val, *k.val) &&
                (!keyIsInterface || identical(t, k.type)))
              dup = true;
          if (dup) {
            errorAt(kv->key, "duplicate key " + k.val->str() + " in map literal");
            useExpr(kv->value);
            continue;
          }
          seen.push_back({k, k.type});
        }
        Operand v;
        exprWithHint(v, kv->value, mt->elem);
        assignment(v, mt->elem, "map literal");
      }
      break;
    }
    default: {
      for (const ast::Expr* el : e->elts) {
        if (auto kv = el->as<ast::KeyValueExpr>()) el = kv->value;  // keys may be field names
        useExpr(el);
      }
      if (u->kind != Kind::Invalid) errorAt(e, "invalid composite literal type " + typeString(typ));
      x.mode = Mode::Invalid;
      return;
    }
  }
  x.mode = Mode::Value;
  x.type = typ;
}

int64_t Checker::indexedElts(const std::vector<ast::Expr*>& elts, const Type* elemType,
                             int64_t length) {
  std::map<int64_t, bool> visited;
  int64_t idx = 0, max = 0;
  for (const ast::Expr* el : elts) {
    bool validIndex = false;
    const ast::Expr* eval = el;
    if (auto kv = el->as<ast::KeyValueExpr>()) {
      int64_t i = -1;
      if (index(kv->key, length, &i)) {
        if (i >= 0) {
          idx = i;
          validIndex = true;
        } else {
          errorAt(el, "index " + exprString(kv->key) + " must be integer constant");
        }
      }
      eval = kv->value;
    } else if (length >= 0 && idx >= length) {
      errorAt(el, "index " + std::to_string(idx) +
                      " is out of bounds (>= " + std::to_string(length) + ")");
    } else {
      validIndex = true;
    }
    if (validIndex) {
      if (visited[idx])
        errorAt(el, "duplicate index " + std::to_string(idx) + " in array or slice literal");
      visited[idx] = true;
    }
    idx++;
    if (idx > max) max = idx;
    Operand x;
    exprWithHint(x, eval, elemType);
    assignment(x, elemType, "array or slice literal");
  }
  return max;
}

}  // namespace weft::lang::check
