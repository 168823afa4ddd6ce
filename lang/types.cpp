// Type predicates and type strings (lang/types.hpp).
//
// Two spellings: for messages (qualified=false) the go/types form, with types of packages other
// than main qualified by package name ("struct{a int; b string}", "interface{M()}", "any");
// for the runtime (qualified=true) reflect's form as fmt's %T prints it ("main.T",
// "struct { a int; b string }", "interface {}").
#include <string>

#include "lang/types.hpp"

namespace weft::types {

namespace {

const Basic* basicOf(const Type* t) {
  const Type* u = t->underlying();
  return u->isBasic() ? static_cast<const Basic*>(u) : nullptr;
}

void writeType(std::string& out, const Type* t, bool runtime);

void writeTuple(std::string& out, const Tuple* tup, bool variadic, bool runtime) {
  out += '(';
  for (std::size_t i = 0; i < tup->vars.size(); i++) {
    if (i > 0) out += ", ";
    const Type* pt = tup->vars[i]->type;
    if (variadic && i + 1 == tup->vars.size() && pt && pt->kind == Kind::Slice) {
      out += "...";
      writeType(out, static_cast<const Slice*>(pt)->elem, runtime);
    } else {
      writeType(out, pt, runtime);
    }
  }
  out += ')';
}

// The part of a signature after "func": "(int, string) (bool, error)".
void writeSignature(std::string& out, const Signature* sig, bool runtime) {
  writeTuple(out, sig->params, sig->variadic, runtime);
  const Tuple* res = sig->results;
  if (!res || res->vars.empty()) return;
  out += ' ';
  if (res->vars.size() == 1) {
    writeType(out, res->vars[0]->type, runtime);
    return;
  }
  writeTuple(out, res, false, runtime);
}

void writeNamed(std::string& out, const TypeName* obj, bool runtime) {
  if (obj->pkg && (runtime || obj->pkg->path != "main")) {
    out += obj->pkg->name;
    out += '.';
  }
  out += obj->name;
}

void writeType(std::string& out, const Type* t, bool runtime) {
  if (!t) {
    out += "<nil>";
    return;
  }
  switch (t->kind) {
    case Kind::Array: {
      auto a = static_cast<const Array*>(t);
      out += '[' + std::to_string(a->len) + ']';
      writeType(out, a->elem, runtime);
      return;
    }
    case Kind::Slice:
      out += "[]";
      writeType(out, static_cast<const Slice*>(t)->elem, runtime);
      return;
    case Kind::Pointer:
      out += '*';
      writeType(out, static_cast<const Pointer*>(t)->elem, runtime);
      return;
    case Kind::Map: {
      auto m = static_cast<const Map*>(t);
      out += "map[";
      writeType(out, m->key, runtime);
      out += ']';
      writeType(out, m->elem, runtime);
      return;
    }
    case Kind::Chan: {
      auto c = static_cast<const Chan*>(t);
      bool parens = false;
      switch (c->dir) {
        case ChanDir::Both:
          out += "chan ";
          parens = c->elem->kind == Kind::Chan &&
                   static_cast<const Chan*>(c->elem)->dir == ChanDir::Recv;
          break;
        case ChanDir::Send:
          out += "chan<- ";
          break;
        case ChanDir::Recv:
          out += "<-chan ";
          break;
      }
      if (parens) out += '(';
      writeType(out, c->elem, runtime);
      if (parens) out += ')';
      return;
    }
    case Kind::Struct: {
      auto s = static_cast<const Struct*>(t);
      out += runtime ? (s->fields.empty() ? "struct {}" : "struct { ") : "struct{";
      for (std::size_t i = 0; i < s->fields.size(); i++) {
        if (i > 0) out += "; ";
        const Var* f = s->fields[i];
        if (!f->embedded) {
          out += f->name;
          out += ' ';
        }
        writeType(out, f->type, runtime);
        if (i < s->tags.size() && !s->tags[i].empty()) {
          out += " \"";
          for (char c : s->tags[i]) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
          }
          out += '"';
        }
      }
      if (!runtime)
        out += '}';
      else if (!s->fields.empty())
        out += " }";
      return;
    }
    case Kind::Tuple:
      writeTuple(out, static_cast<const Tuple*>(t), false, runtime);
      return;
    case Kind::Signature:
      out += "func";
      writeSignature(out, static_cast<const Signature*>(t), runtime);
      return;
    case Kind::Interface: {
      auto it = static_cast<const Interface*>(t);
      const auto& ms = it->complete ? it->allMethods : it->methods;
      if (ms.empty() && (it->complete || it->embeddeds.empty())) {
        out += runtime ? "interface {}" : "any";
        return;
      }
      if (runtime) {
        out += "interface { ";
        for (std::size_t i = 0; i < ms.size(); i++) {
          if (i > 0) out += "; ";
          out += ms[i]->name;
          writeSignature(out, ms[i]->sig(), runtime);
        }
        out += " }";
        return;
      }
      out += "interface{";
      bool first = true;
      for (const Func* m : it->methods) {
        if (!first) out += "; ";
        first = false;
        out += m->name;
        writeSignature(out, m->sig(), runtime);
      }
      for (const Type* e : it->embeddeds) {
        if (!first) out += "; ";
        first = false;
        writeType(out, e, runtime);
      }
      out += '}';
      return;
    }
    case Kind::Named: {
      auto n = static_cast<const Named*>(t);
      writeNamed(out, n->obj, runtime);
      if (!n->typeArgs.empty()) {  // an instantiated generic type: Pair[int,string]
        out += '[';
        for (size_t i = 0; i < n->typeArgs.size(); i++) {
          if (i) out += ',';
          writeType(out, n->typeArgs[i], runtime);
        }
        out += ']';
      }
      return;
    }
    case Kind::TypeParam:
      out += static_cast<const TypeParam*>(t)->obj->name;
      return;
    case Kind::Invalid:
      out += "invalid type";
      return;
    default:
      out += static_cast<const Basic*>(t)->name;
      return;
  }
}

}  // namespace

std::string Type::str(bool qualified) const {
  std::string out;
  writeType(out, this, qualified);
  return out;
}

bool Type::isInteger() const {
  auto b = basicOf(this);
  if (!b) return false;
  Kind k = b->kind;
  return (k >= Kind::Int && k <= Kind::Uintptr) || k == Kind::UntypedInt || k == Kind::UntypedRune;
}

bool Type::isUnsigned() const {
  auto b = basicOf(this);
  return b && b->kind >= Kind::Uint && b->kind <= Kind::Uintptr;
}

bool Type::isFloat() const {
  auto b = basicOf(this);
  return b &&
         (b->kind == Kind::Float32 || b->kind == Kind::Float64 || b->kind == Kind::UntypedFloat);
}

bool Type::isNumeric() const {
  auto b = basicOf(this);
  if (!b) return false;
  Kind k = b->kind;
  return (k >= Kind::Int && k <= Kind::Complex128) ||
         (k >= Kind::UntypedInt && k <= Kind::UntypedComplex);
}

bool Type::isString() const {
  auto b = basicOf(this);
  return b && (b->kind == Kind::String || b->kind == Kind::UntypedString);
}

bool Type::isBoolean() const {
  auto b = basicOf(this);
  return b && (b->kind == Kind::Bool || b->kind == Kind::UntypedBool);
}

}  // namespace weft::types
