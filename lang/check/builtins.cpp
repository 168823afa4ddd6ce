// Calls of builtin functions (go/types' builtins.go, plus Go 1.21's min, max and clear).
#include "lang/check/checker.hpp"

namespace weft::lang::check {

using namespace types;

namespace {

struct BuiltinInfo {
  const char* name;
  int nargs;
  bool variadic;
};

BuiltinInfo info(BuiltinId id) {
  switch (id) {
    case BuiltinId::Append:
      return {"append", 1, true};
    case BuiltinId::Cap:
      return {"cap", 1, false};
    case BuiltinId::Clear:
      return {"clear", 1, false};
    case BuiltinId::Close:
      return {"close", 1, false};
    case BuiltinId::Complex:
      return {"complex", 2, false};
    case BuiltinId::Copy:
      return {"copy", 2, false};
    case BuiltinId::Delete:
      return {"delete", 2, false};
    case BuiltinId::Imag:
      return {"imag", 1, false};
    case BuiltinId::Len:
      return {"len", 1, false};
    case BuiltinId::Make:
      return {"make", 1, true};
    case BuiltinId::Max:
      return {"max", 1, true};
    case BuiltinId::Min:
      return {"min", 1, true};
    case BuiltinId::New:
      return {"new", 1, false};
    case BuiltinId::Panic:
      return {"panic", 1, false};
    case BuiltinId::Print:
      return {"print", 0, true};
    case BuiltinId::Println:
      return {"println", 0, true};
    case BuiltinId::Real:
      return {"real", 1, false};
    case BuiltinId::Recover:
      return {"recover", 0, false};
  }
  return {"?", 0, false};
}

}  // namespace

bool Checker::builtin(Operand& x, const ast::CallExpr* call, BuiltinId id) {
  BuiltinInfo bin = info(id);
  if (call->hasEllipsis && id != BuiltinId::Append) {
    errorAt(call, std::string("invalid operation: invalid use of ... with built-in ") + bin.name);
    use(call->args);
    return false;
  }
  if (id == BuiltinId::Complex || id == BuiltinId::Real || id == BuiltinId::Imag) {
    errorAt(call, "not supported by Weft yet: complex numbers");
    use(call->args);
    return false;
  }
  bool savedHasCall = hasCallOrRecv_;
  if (id == BuiltinId::Len || id == BuiltinId::Cap) hasCallOrRecv_ = false;
  struct Restore {
    Checker* c;
    BuiltinId id;
    bool saved;
    ~Restore() {
      if (id == BuiltinId::Len || id == BuiltinId::Cap) c->hasCallOrRecv_ = saved;
    }
  } restore{this, id, savedHasCall};

  std::vector<Operand> args;
  size_t nargs = call->args.size();
  if (id != BuiltinId::Make && id != BuiltinId::New) {
    exprList(call->args, false, args, nullptr);
    nargs = args.size();
    if (nargs > 0) {
      x = args[0];
      if (x.invalid()) return false;
    }
  }
  {
    std::string msg;
    if (int(nargs) < bin.nargs)
      msg = "not enough";
    else if (!bin.variadic && int(nargs) > bin.nargs)
      msg = "too many";
    if (!msg.empty()) {
      const ast::Node* at = call;
      if (msg == "too many" && int(call->args.size()) > bin.nargs) at = call->args[bin.nargs];
      errorAt(at, "invalid operation: " + msg + " arguments for " + exprString(call) +
                      " (expected " + std::to_string(bin.nargs) + ", found " +
                      std::to_string(nargs) + ")");
      return false;
    }
  }

  switch (id) {
    case BuiltinId::Append: {
      const Type* S = x.type;
      const Type* su = S->underlying();
      if (su->kind != Kind::Slice) {
        std::string cause = x.nil ? "have untyped nil" : "have " + operandString(x);
        errorAt(x.expr, "first argument to append must be a slice; " + cause);
        return false;
      }
      const Type* T = static_cast<const Slice*>(su)->elem;
      // append([]byte, string...)
      if (nargs == 2 && call->hasEllipsis) {
        Operand copy = x;
        if (assignableTo(copy, tt_.slice(basic(Kind::Uint8)), nullptr)) {
          Operand& y = args[1];
          if (y.invalid()) return false;
          if (y.type->underlying()->isString()) {
            if (y.type->isUntyped()) convertUntyped(y, basic(Kind::String));
            x.mode = Mode::Value;
            x.type = S;
            return true;
          }
        }
      }
      const Signature* sig = tt_.signature({S, tt_.slice(T)}, {S}, true);
      arguments(call, sig, args, call->fun);
      x.mode = Mode::Value;
      x.type = S;
      x.nil = false;
      x.val.reset();
      return true;
    }
    case BuiltinId::Cap:
    case BuiltinId::Len: {
      Mode mode = Mode::Invalid;
      ConstPtr val;
      const Type* t = x.type->underlying();
      if (t->kind == Kind::Pointer &&
          static_cast<const Pointer*>(t)->elem->underlying()->kind == Kind::Array)
        t = static_cast<const Pointer*>(t)->elem->underlying();
      switch (t->kind) {
        case Kind::String:
        case Kind::UntypedString:
          if (id == BuiltinId::Len) {
            if (x.mode == Mode::Constant) {
              mode = Mode::Constant;
              val = makeInt64(int64_t(x.val->stringVal().size()));
            } else {
              mode = Mode::Value;
            }
          }
          break;
        case Kind::Array:
          mode = Mode::Value;
          if (!hasCallOrRecv_) {
            mode = Mode::Constant;
            val = makeInt64(static_cast<const Array*>(t)->len);
          }
          break;
        case Kind::Slice:
        case Kind::Chan:
          mode = Mode::Value;
          break;
        case Kind::Map:
          if (id == BuiltinId::Len) mode = Mode::Value;
          break;
        default:
          break;
      }
      if (mode == Mode::Invalid) {
        if (t->kind != Kind::Invalid)
          errorAt(x.expr, "invalid argument: " + operandString(x) + " for built-in " + bin.name);
        return false;
      }
      if (x.type->isUntyped()) updateExprType(x.expr, basic(Kind::String), true);
      x.mode = mode;
      x.type = basic(Kind::Int);
      x.val = val;
      x.nil = false;
      return true;
    }
    case BuiltinId::Clear: {
      Kind k = x.type->underlying()->kind;
      if (k != Kind::Map && k != Kind::Slice) {
        errorAt(x.expr, "invalid argument: cannot clear " + operandString(x) +
                            ": argument must be (or constrained by) map or slice");
        return false;
      }
      x.mode = Mode::NoValue;
      return true;
    }
    case BuiltinId::Close: {
      const Type* u = x.type->underlying();
      if (u->kind != Kind::Chan) {
        errorAt(x.expr, "invalid operation: cannot close non-channel " + operandString(x));
        return false;
      }
      if (static_cast<const Chan*>(u)->dir == ChanDir::Recv) {
        errorAt(x.expr, "invalid operation: cannot close receive-only channel " + operandString(x));
        return false;
      }
      x.mode = Mode::NoValue;
      return true;
    }
    case BuiltinId::Copy: {
      const Type* du = x.type->underlying();
      Operand& y = args[1];
      if (y.invalid()) return false;
      const Type* su = y.type->underlying();
      const Type* srcElem = nullptr;
      if (su->isString()) srcElem = basic(Kind::Uint8);
      if (su->kind == Kind::Slice) srcElem = static_cast<const Slice*>(su)->elem;
      if (du->kind != Kind::Slice || !srcElem) {
        errorAt(x.expr, "invalid argument: copy expects slice arguments; found " +
                            operandString(x) + " and " + operandString(y));
        return false;
      }
      const Type* dstElem = static_cast<const Slice*>(du)->elem;
      if (!identical(dstElem, srcElem)) {
        // Go names the element type of a string source "byte".
        std::string srcName = su->isString() ? "byte" : typeString(srcElem);
        errorAt(x.expr, "invalid argument: arguments to copy " + operandString(x) + " and " +
                            operandString(y) + " have different element types " +
                            typeString(dstElem) + " and " + srcName);
        return false;
      }
      if (y.type->isUntyped()) updateExprType(y.expr, basic(Kind::String), true);
      x.mode = Mode::Value;
      x.type = basic(Kind::Int);
      return true;
    }
    case BuiltinId::Delete: {
      const Type* u = x.type->underlying();
      if (u->kind != Kind::Map) {
        errorAt(x.expr, "invalid argument: " + operandString(x) + " is not a map");
        return false;
      }
      Operand& k = args[1];
      if (k.invalid()) return false;
      assignment(k, static_cast<const Map*>(u)->key, "argument to delete");
      if (k.invalid()) return false;
      x.mode = Mode::NoValue;
      return true;
    }
    case BuiltinId::Make: {
      const ast::Expr* arg0 = call->args[0];
      const Type* T = varType(arg0);
      if (T->kind == Kind::Invalid) {
        for (size_t i = 1; i < call->args.size(); i++) useExpr(call->args[i]);
        return false;
      }
      size_t min = 0;
      switch (T->underlying()->kind) {
        case Kind::Slice:
          min = 2;
          break;
        case Kind::Map:
        case Kind::Chan:
          min = 1;
          break;
        default:
          errorAt(arg0, "invalid argument: cannot make " + exprString(arg0) +
                            "; type must be slice, map, or channel");
          for (size_t i = 1; i < call->args.size(); i++) useExpr(call->args[i]);
          return false;
      }
      if (nargs < min || min + 1 < nargs) {
        errorAt(call, "invalid operation: " + exprString(call) + " expects " + std::to_string(min) +
                          " or " + std::to_string(min + 1) + " arguments; found " +
                          std::to_string(nargs));
        for (size_t i = 1; i < call->args.size(); i++) useExpr(call->args[i]);
        return false;
      }
      std::vector<int64_t> sizes;
      for (size_t i = 1; i < call->args.size(); i++) {
        int64_t v = -1;
        index(call->args[i], -1, &v);
        if (v >= 0) sizes.push_back(v);
      }
      if (sizes.size() == 2 && sizes[0] > sizes[1])
        errorAt(call->args[1], "invalid argument: length and capacity swapped");
      x.mode = Mode::Value;
      x.type = T;
      x.val.reset();
      x.nil = false;
      return true;
    }
    case BuiltinId::New: {
      const Type* T = varType(call->args[0]);
      if (T->kind == Kind::Invalid) return false;
      x.mode = Mode::Value;
      x.type = tt_.pointer(T);
      x.val.reset();
      x.nil = false;
      return true;
    }
    case BuiltinId::Panic: {
      if (func_ && func_->sig && !func_->sig->results->vars.empty()) panicCalls_.insert(call);
      assignment(x, tt_.emptyInterface(), "argument to panic");
      if (x.invalid()) return false;
      x.mode = Mode::NoValue;
      return true;
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
      for (size_t i = 0; i < nargs; i++) {
        Operand& a = args[i];
        assignment(a, nullptr, std::string("argument to built-in ") + bin.name);
        if (a.invalid()) return false;
      }
      x.mode = Mode::NoValue;
      return true;
    }
    case BuiltinId::Recover:
      x.mode = Mode::Value;
      x.type = tt_.emptyInterface();
      x.val.reset();
      x.nil = false;
      return true;
    case BuiltinId::Max:
    case BuiltinId::Min: {
      ast::Op op = id == BuiltinId::Max ? ast::Op::Gtr : ast::Op::Lss;
      for (size_t i = 0; i < nargs; i++) {
        Operand& a = args[i];
        if (a.invalid()) return false;
        if (!isOrdered(a.type)) {
          errorAt(a.expr, "invalid argument: " + operandString(a) + " cannot be ordered");
          return false;
        }
        if (i == 0) {
          x = a;
          continue;
        }
        // matchTypes
        if (x.type->isUntyped() || a.type->isUntyped()) {
          if (x.type->isString() == a.type->isString()) {
            convertUntyped(x, a.type);
            if (x.invalid()) return false;
            convertUntyped(a, x.type);
            if (a.invalid()) return false;
          }
        }
        if (!identical(x.type, a.type)) {
          errorAt(a.expr, "invalid argument: mismatched types " + typeString(x.type) +
                              " (previous argument) and " + typeString(a.type) + " (type of " +
                              exprString(a.expr) + ")");
          return false;
        }
        if (x.mode == Mode::Constant && a.mode == Mode::Constant) {
          if (constCompare(op, *a.val, *x.val)) x = a;
        } else {
          x.mode = Mode::Value;
        }
      }
      if (x.mode != Mode::Constant) {
        x.mode = Mode::Value;
        assignment(x, tt_.emptyInterface(), std::string("argument to built-in ") + bin.name);
        if (x.invalid()) return false;
      }
      for (Operand& a : args) updateExprType(a.expr, x.type, true);
      if (x.mode != Mode::Constant) x.val.reset();
      x.nil = false;
      return true;
    }
    default:
      return false;
  }
}

}  // namespace weft::lang::check
