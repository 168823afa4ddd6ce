// Index and slice expressions (go/types' index.go).
#include "lang/check/checker.hpp"

namespace weft::lang::check {

using namespace types;

bool Checker::isValidIndex(Operand& x, const char* what, bool allowNegative) {
  if (x.invalid()) return false;
  convertUntyped(x, basic(Kind::Int));  // a constant index that is untyped is given type int
  if (x.invalid()) return false;
  if (!x.type->isInteger()) {
    errorAt(x.expr,
            std::string("invalid argument: ") + what + " " + operandString(x) + " must be integer");
    return false;
  }
  if (x.mode == Mode::Constant && x.val->known()) {
    if (!allowNegative && x.val->sign() < 0) {
      errorAt(x.expr, std::string("invalid argument: ") + what + " " + operandString(x) +
                          " must not be negative");
      return false;
    }
    ConstPtr v;
    if (!types::representable(*x.val, Kind::Int, &v)) {
      errorAt(x.expr,
              std::string("invalid argument: ") + what + " " + operandString(x) + " overflows int");
      return false;
    }
    x.val = v;
  }
  return true;
}

// Checks an index expression; *val is its constant value or -1. False if invalid.
bool Checker::index(const ast::Expr* e, int64_t max, int64_t* val) {
  *val = -1;
  Operand x;
  expr(x, e);
  if (!isValidIndex(x, "index", false)) return false;
  if (x.mode != Mode::Constant) return true;
  if (!x.val->known()) return false;
  int64_t v = *x.val->toInt64();
  if (max >= 0 && v >= max) {
    errorAt(e, "invalid argument: index " + x.val->str() +
                   " out of bounds [0:" + std::to_string(max) + "]");
    return false;
  }
  *val = v;
  return true;
}

void Checker::indexExpr(Operand& x, const ast::IndexExpr* e) {
  rawExpr(x, e->x, nullptr);
  exclude(x, (1u << unsigned(Mode::NoValue)) | kAllowGeneric);
  singleValue(x);
  if (x.invalid()) {
    use(e->indices);
    return;
  }
  if (x.generic) {
    if (e == callFun_) {  // f[A](args): the call instantiates (with inference)
      x.expr = e;
      return;
    }
    explicitInstance(x, e);
    return;
  }
  if (x.mode == Mode::TypeExpr) {
    x.type = instantiateTypeExpr(e, x.type);
    x.mode = x.type->kind == Kind::Invalid ? Mode::Invalid : Mode::TypeExpr;
    x.expr = e;
    return;
  }
  if (e->indices.size() != 1) {
    errorAt(e, "invalid operation: more than one index");
    use(e->indices);
    x.mode = Mode::Invalid;
    return;
  }
  const ast::Expr* idx = e->indices[0];
  bool valid = false;
  int64_t length = -1;
  const Type* u = x.type->underlying();
  switch (u->kind) {
    case Kind::String:
    case Kind::UntypedString:
      valid = true;
      if (x.mode == Mode::Constant) length = int64_t(x.val->stringVal().size());
      x.mode = Mode::Value;
      x.type = basic(Kind::Uint8);
      break;
    case Kind::Array: {
      valid = true;
      auto a = static_cast<const Array*>(u);
      length = a->len;
      if (x.mode != Mode::Variable) x.mode = Mode::Value;
      x.type = a->elem;
      break;
    }
    case Kind::Pointer: {
      const Type* pu = static_cast<const Pointer*>(u)->elem->underlying();
      if (pu->kind == Kind::Array) {
        valid = true;
        auto a = static_cast<const Array*>(pu);
        length = a->len;
        x.mode = Mode::Variable;
        x.type = a->elem;
      }
      break;
    }
    case Kind::Slice:
      valid = true;
      x.mode = Mode::Variable;
      x.type = static_cast<const Slice*>(u)->elem;
      break;
    case Kind::Map: {
      auto m = static_cast<const Map*>(u);
      Operand key;
      exprWithHint(key, idx, m->key);
      assignment(key, m->key, "map index");
      x.mode = Mode::MapIndex;
      x.type = m->elem;
      x.expr = e;
      return;
    }
    default:
      break;
  }
  if (!valid) {
    error(e->lbrack.valid() ? e->lbrack : startPos(e),
          "invalid operation: cannot index " + operandString(x));
    useExpr(idx);
    x.mode = Mode::Invalid;
    return;
  }
  int64_t v;
  index(idx, length, &v);
}

void Checker::sliceExpr(Operand& x, const ast::SliceExpr* e) {
  expr(x, e->x);
  if (x.invalid()) {
    useExpr(e->lo);
    useExpr(e->hi);
    useExpr(e->max);
    return;
  }
  bool valid = false;
  int64_t length = -1;
  const Type* u = x.type->underlying();
  switch (u->kind) {
    case Kind::String:
    case Kind::UntypedString:
      if (e->slice3) {
        errorAt(e, "invalid operation: 3-index slice of string");
        x.mode = Mode::Invalid;
        return;
      }
      valid = true;
      if (x.mode == Mode::Constant) length = int64_t(x.val->stringVal().size());
      if (x.type->isUntyped()) x.type = basic(Kind::String);
      break;
    case Kind::Array: {
      valid = true;
      length = static_cast<const Array*>(u)->len;
      if (x.mode != Mode::Variable) {
        errorAt(e, "invalid operation: " + exprString(e->x) + " (slice of unaddressable value)");
        x.mode = Mode::Invalid;
        return;
      }
      markAddressTaken(e->x);
      x.type = tt_.slice(static_cast<const Array*>(u)->elem);
      break;
    }
    case Kind::Pointer: {
      const Type* pu = static_cast<const Pointer*>(u)->elem->underlying();
      if (pu->kind == Kind::Array) {
        valid = true;
        length = static_cast<const Array*>(pu)->len;
        x.type = tt_.slice(static_cast<const Array*>(pu)->elem);
      }
      break;
    }
    case Kind::Slice:
      valid = true;
      break;
    default:
      break;
  }
  if (!valid) {
    errorAt(e, "cannot slice " + operandString(x));
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Value;
  if (e->slice3 && (!e->hi || !e->max)) {
    errorAt(e, !e->hi ? "middle index required in 3-index slice"
                      : "final index required in 3-index slice");
    x.mode = Mode::Invalid;
    return;
  }
  const ast::Expr* parts[3] = {e->lo, e->hi, e->max};
  int64_t ind[3] = {-1, -1, -1};
  for (int i = 0; i < 3; i++) {
    if (!parts[i]) continue;
    int64_t max = length >= 0 ? length + 1 : -1;
    int64_t v = -1;
    if (index(parts[i], max, &v)) ind[i] = v;
  }
  // Constant indices must be in increasing order.
  for (int i = 0; i < 3; i++) {
    if (ind[i] < 0) continue;
    for (int j = i + 1; j < 3; j++) {
      if (ind[j] >= 0 && ind[j] < ind[i]) {
        errorAt(parts[j], "invalid slice indices: " + std::to_string(ind[j]) + " < " +
                              std::to_string(ind[i]));
        return;
      }
    }
  }
}

}  // namespace weft::lang::check
