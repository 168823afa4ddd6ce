// Value operations that depend on the type: equality (==, interface comparison) and the
// print/println builtins' formatting (Go's runtime print, which differs from fmt).
#include <cinttypes>
#include <cstdio>

#include "lang/types.hpp"
#include "vm/runtime_ops.hpp"
#include "vm/string_ops.hpp"
#include "vm/value.hpp"

namespace weft::vm::rt {

namespace {

using types::Kind;

bool comparable(const types::Type* t) {
  const types::Type* u = t->underlying();
  switch (u->kind) {
    case Kind::Slice:
    case Kind::Map:
    case Kind::Signature:
      return false;
    case Kind::Array:
      return comparable(static_cast<const types::Array*>(u)->elem);
    case Kind::Struct:
      for (auto* f : static_cast<const types::Struct*>(u)->fields)
        if (!comparable(f->type)) return false;
      return true;
    default:
      return true;
  }
}

// Go's runtime printfloat: +d.dddddde+ddd.
void printFloat(std::string& out, double v) {
  if (v != v) {
    out += "NaN";
    return;
  }
  if (v + v == v && v > 0) {
    out += "+Inf";
    return;
  }
  if (v + v == v && v < 0) {
    out += "-Inf";
    return;
  }
  constexpr int n = 7;
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (1 / v < 0) buf[0] = '-';
  } else {
    if (v < 0) v = -v, buf[0] = '-';
    while (v >= 10) e++, v /= 10;
    while (v < 1) e--, v *= 10;
    double h = 5.0;
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) e++, v /= 10;
  }
  for (int i = 0; i < n; i++) {
    int s = static_cast<int>(v);
    buf[i + 2] = static_cast<char>(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) e = -e, buf[n + 3] = '-';
  buf[n + 4] = static_cast<char>(e / 100 + '0');
  buf[n + 5] = static_cast<char>(e / 10 % 10 + '0');
  buf[n + 6] = static_cast<char>(e % 10 + '0');
  out.append(buf, sizeof buf);
}

void printHex(std::string& out, uint64_t v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%" PRIx64, v);
  out += buf;
}

}  // namespace

bool ifaceEqual(const Box* a, const Box* b, const types::Type** uncomparable) {
  if (!a || !b) return a == b;
  if (a->type != b->type) return false;
  if (!comparable(a->type)) {
    *uncomparable = a->type;
    return false;
  }
  return equal(a->type, unboxWord(a), unboxWord(b), uncomparable);
}

bool equal(const types::Type* t, Word a, Word b, const types::Type** uncomparable) {
  const types::Type* u = t->underlying();
  switch (u->kind) {
    case Kind::String:
      return stringsEqual(asPtr<const String>(a), asPtr<const String>(b));
    case Kind::Float32:
    case Kind::Float64:
      return asFloat(a) == asFloat(b);
    case Kind::Interface:
      return ifaceEqual(asPtr<const Box>(a), asPtr<const Box>(b), uncomparable);
    case Kind::Struct:
    case Kind::Array:
      return equalStored(t, asPtr<const Word>(a), asPtr<const Word>(b), uncomparable);
    default:
      return a == b;
  }
}

bool equalStored(const types::Type* t, const Word* a, const Word* b,
                 const types::Type** uncomparable) {
  const types::Type* u = t->underlying();
  if (u->kind == Kind::Struct) {
    auto* st = static_cast<const types::Struct*>(u);
    for (std::size_t i = 0; i < st->fields.size(); i++) {
      const types::Var* f = st->fields[i];
      if (f->name == "_") continue;
      int32_t off = fieldOffset(t, static_cast<int>(i));
      if (!equalStored(f->type, a + off, b + off, uncomparable)) return false;
    }
    return true;
  }
  if (u->kind == Kind::Array) {
    auto* at = static_cast<const types::Array*>(u);
    int32_t n = slotsOf(at->elem);
    for (int64_t i = 0; i < at->len; i++)
      if (!equalStored(at->elem, a + i * n, b + i * n, uncomparable)) return false;
    return true;
  }
  return equal(t, *a, *b, uncomparable);
}

void printValue(std::string& out, const types::Type* t, Word w) {
  const types::Type* u = t->underlying();
  char buf[64];
  switch (u->kind) {
    case Kind::Bool:
    case Kind::UntypedBool:
      out += w ? "true" : "false";
      return;
    case Kind::Int:
    case Kind::Int8:
    case Kind::Int16:
    case Kind::Int32:
    case Kind::Int64:
    case Kind::UntypedInt:
    case Kind::UntypedRune:
      std::snprintf(buf, sizeof buf, "%" PRId64, static_cast<int64_t>(w));
      out += buf;
      return;
    case Kind::Uint:
    case Kind::Uint8:
    case Kind::Uint16:
    case Kind::Uint32:
    case Kind::Uint64:
    case Kind::Uintptr:
      std::snprintf(buf, sizeof buf, "%" PRIu64, w);
      out += buf;
      return;
    case Kind::Float32:
    case Kind::Float64:
    case Kind::UntypedFloat:
      printFloat(out, asFloat(w));
      return;
    case Kind::String:
    case Kind::UntypedString:
      out += view(asPtr<const String>(w));
      return;
    case Kind::Interface: {
      auto* b = asPtr<const Box>(w);
      out += '(';
      printHex(out, reinterpret_cast<uint64_t>(b ? b->type : nullptr));
      out += ',';
      printHex(out, reinterpret_cast<uint64_t>(b ? b->payload : nullptr));
      out += ')';
      return;
    }
    case Kind::Slice: {
      auto* s = asPtr<const SliceHeader>(w);
      std::snprintf(buf, sizeof buf, "[%" PRId64 "/%" PRId64 "]", s ? s->len : 0, s ? s->cap : 0);
      out += buf;
      printHex(out, reinterpret_cast<uint64_t>(s ? s->data : nullptr));
      return;
    }
    case Kind::UntypedNil:
      out += "nil";
      return;
    default:
      printHex(out, w);
      return;
  }
}

}  // namespace weft::vm::rt
