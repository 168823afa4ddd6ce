// reflect-style type names (see typestring.hpp).
#include "stdlib/fmt/typestring.hpp"

#include "lang/types.hpp"
#include "stdlib/strconv/strconv.hpp"

namespace weft::stdlib::fmt {
namespace {

using types::Kind;

// reflect names basic types by kind: byte is uint8 and rune is int32.
const char* basicName(Kind k) {
  switch (k) {
    case Kind::Bool:
      return "bool";
    case Kind::Int:
      return "int";
    case Kind::Int8:
      return "int8";
    case Kind::Int16:
      return "int16";
    case Kind::Int32:
      return "int32";
    case Kind::Int64:
      return "int64";
    case Kind::Uint:
      return "uint";
    case Kind::Uint8:
      return "uint8";
    case Kind::Uint16:
      return "uint16";
    case Kind::Uint32:
      return "uint32";
    case Kind::Uint64:
      return "uint64";
    case Kind::Uintptr:
      return "uintptr";
    case Kind::Float32:
      return "float32";
    case Kind::Float64:
      return "float64";
    case Kind::Complex64:
      return "complex64";
    case Kind::Complex128:
      return "complex128";
    case Kind::String:
      return "string";
    case Kind::UnsafePointer:
      return "unsafe.Pointer";
    case Kind::UntypedBool:
      return "bool";
    case Kind::UntypedInt:
      return "int";
    case Kind::UntypedRune:
      return "int32";
    case Kind::UntypedFloat:
      return "float64";
    case Kind::UntypedComplex:
      return "complex128";
    case Kind::UntypedString:
      return "string";
    case Kind::UntypedNil:
      return "nil";
    default:
      return "?";
  }
}

void appendTuple(std::string& out, const types::Tuple* t, bool variadic) {
  if (!t) return;
  for (std::size_t i = 0; i < t->vars.size(); i++) {
    if (i > 0) out += ", ";
    const types::Type* pt = t->vars[i]->type;
    if (variadic && i + 1 == t->vars.size() && pt->kind == Kind::Slice) {
      out += "...";
      appendReflectTypeString(out, static_cast<const types::Slice*>(pt)->elem);
    } else {
      appendReflectTypeString(out, pt);
    }
  }
}

// "(int, string) bool" after the word func (or a method name).
void appendSignature(std::string& out, const types::Signature* sig) {
  out += '(';
  appendTuple(out, sig->params, sig->variadic);
  out += ')';
  std::size_t nres = sig->results ? sig->results->size() : 0;
  if (nres == 1) {
    out += ' ';
    appendReflectTypeString(out, sig->results->vars[0]->type);
  } else if (nres > 1) {
    out += " (";
    appendTuple(out, sig->results, false);
    out += ')';
  }
}

}  // namespace

void appendReflectTypeString(std::string& out, const types::Type* t) {
  if (!t) {
    out += "<nil>";
    return;
  }
  switch (t->kind) {
    case Kind::Named: {
      auto* n = static_cast<const types::Named*>(t);
      if (n->obj->pkg && !n->obj->pkg->name.empty()) {
        out += n->obj->pkg->name;
        out += '.';
      }
      out += n->obj->name;
      if (!n->typeArgs.empty()) {
        out += '[';
        for (std::size_t i = 0; i < n->typeArgs.size(); i++) {
          if (i > 0) out += ',';
          appendReflectTypeString(out, n->typeArgs[i]);
        }
        out += ']';
      }
      return;
    }
    case Kind::Array: {
      auto* a = static_cast<const types::Array*>(t);
      out += '[';
      out += std::to_string(a->len);
      out += ']';
      appendReflectTypeString(out, a->elem);
      return;
    }
    case Kind::Slice:
      out += "[]";
      appendReflectTypeString(out, static_cast<const types::Slice*>(t)->elem);
      return;
    case Kind::Pointer:
      out += '*';
      appendReflectTypeString(out, static_cast<const types::Pointer*>(t)->elem);
      return;
    case Kind::Map: {
      auto* m = static_cast<const types::Map*>(t);
      out += "map[";
      appendReflectTypeString(out, m->key);
      out += ']';
      appendReflectTypeString(out, m->elem);
      return;
    }
    case Kind::Chan: {
      auto* c = static_cast<const types::Chan*>(t);
      switch (c->dir) {
        case types::ChanDir::Send:
          out += "chan<- ";
          break;
        case types::ChanDir::Recv:
          out += "<-chan ";
          break;
        case types::ChanDir::Both:
          out += "chan ";
          break;
      }
      // "chan (<-chan int)": parenthesized so the arrow binds to the inner channel.
      bool paren = c->dir == types::ChanDir::Both && c->elem->kind == Kind::Chan &&
                   static_cast<const types::Chan*>(c->elem)->dir == types::ChanDir::Recv;
      if (paren) out += '(';
      appendReflectTypeString(out, c->elem);
      if (paren) out += ')';
      return;
    }
    case Kind::Signature:
      out += "func";
      appendSignature(out, static_cast<const types::Signature*>(t));
      return;
    case Kind::Struct: {
      auto* s = static_cast<const types::Struct*>(t);
      if (s->fields.empty()) {
        out += "struct {}";
        return;
      }
      out += "struct { ";
      for (std::size_t i = 0; i < s->fields.size(); i++) {
        if (i > 0) out += "; ";
        const types::Var* f = s->fields[i];
        if (f->embedded) {
          appendReflectTypeString(out, f->type);
        } else {
          out += f->name;
          out += ' ';
          appendReflectTypeString(out, f->type);
        }
        if (i < s->tags.size() && !s->tags[i].empty()) {
          out += ' ';
          out += strconv::quote(s->tags[i]);
        }
      }
      out += " }";
      return;
    }
    case Kind::Interface: {
      auto* it = static_cast<const types::Interface*>(t);
      const std::vector<types::Func*>& methods = it->complete ? it->allMethods : it->methods;
      if (methods.empty()) {
        out += "interface {}";
        return;
      }
      out += "interface { ";
      for (std::size_t i = 0; i < methods.size(); i++) {
        if (i > 0) out += "; ";
        out += methods[i]->name;
        appendSignature(out, methods[i]->sig());
      }
      out += " }";
      return;
    }
    case Kind::Tuple:
      out += '(';
      appendTuple(out, static_cast<const types::Tuple*>(t), false);
      out += ')';
      return;
    case Kind::TypeParam:
      out += static_cast<const types::TypeParam*>(t)->obj->name;
      return;
    default:
      out += basicName(t->kind);
      return;
  }
}

std::string reflectTypeString(const types::Type* t) {
  std::string s;
  appendReflectTypeString(s, t);
  return s;
}

}  // namespace weft::stdlib::fmt
