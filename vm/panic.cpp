// Raising panics and the texts of runtime errors.
#include "vm/panic.hpp"

#include <cinttypes>
#include <cstdio>

#include "lang/types.hpp"
#include "vm/interp_ops.hpp"
#include "vm/machine.hpp"
#include "vm/runtime_ops.hpp"
#include "vm/value.hpp"

namespace weft::vm {

void startPanic(Goroutine& g, Box* value, bool runtimeError) {
  // Older panics stay on the list (Go's printpanics lists them, oldest first); they become
  // aborted only when this one unwinds past the deferred call they were running (interp.cpp).
  auto* p = new PanicRecord;
  p->value = value;
  p->runtimeError = runtimeError;
  p->link = g.panic;
  g.panic = p;
}

namespace {

RuntimeErrorKind kindOf(std::string_view message) {
  auto starts = [&](std::string_view p) { return message.substr(0, p.size()) == p; };
  if (starts("runtime error: index out of range") || starts("runtime error: slice bounds"))
    return RuntimeErrorKind::Bounds;
  if (starts("interface conversion:")) return RuntimeErrorKind::TypeAssertion;
  if (starts("panic called with nil")) return RuntimeErrorKind::PanicNil;
  if (starts("runtime error: ")) return RuntimeErrorKind::ErrorString;
  return RuntimeErrorKind::Plain;
}

Box* runtimeErrorBox(Machine& m, std::string_view message) {
  const Program& prog = m.program();
  const types::Type* t = prog.stringType;
  auto kind = static_cast<std::size_t>(kindOf(message));
  if (kind < prog.runtimeErrorTypes.size() && prog.runtimeErrorTypes[kind])
    t = prog.runtimeErrorTypes[kind];
  Box* box = m.heap().allocBox(t);
  box->payload[0] = fromPtr(m.heap().newString(message));
  return box;
}

bool isRuntimeErrorType(const Program& prog, const types::Type* t) {
  for (const types::Type* r : prog.runtimeErrorTypes)
    if (r == t) return true;
  return false;
}

}  // namespace

void startRuntimeError(Machine& m, Goroutine& g, std::string_view message) {
  startPanic(g, runtimeErrorBox(m, message), true);
}

void startFatal(Machine& m, Goroutine& g, std::string_view message) {
  startRuntimeError(m, g, message);
  g.panic->fatal = true;
}

Box* nilPanicValue(Machine& m) {
  return runtimeErrorBox(m, "panic called with nil argument");
}

void dropPanics(Goroutine& g) {
  while (PanicRecord* p = g.panic) {
    g.panic = p->link;
    delete p;
  }
}

std::string indexError(int64_t index, int64_t length) {
  char buf[128];
  if (index < 0)
    std::snprintf(buf, sizeof buf, "runtime error: index out of range [%" PRId64 "]", index);
  else
    std::snprintf(buf, sizeof buf,
                  "runtime error: index out of range [%" PRId64 "] with length %" PRId64, index,
                  length);
  return buf;
}

std::string sliceError(int kind, int64_t x, int64_t y) {
  static const char* const formats[] = {"[:%x] with length %y",
                                        "[:%x] with capacity %y",
                                        "[%x:%y]",
                                        "[::%x] with length %y",
                                        "[::%x] with capacity %y",
                                        "[:%x:%y]",
                                        "[%x:%y:]"};
  static const char* const negFormats[] = {"[:%x]",  "[:%x]",  "[%x:]", "[::%x]",
                                           "[::%x]", "[:%x:]", "[%x::]"};
  const char* f = x < 0 ? negFormats[kind] : formats[kind];
  std::string out = "runtime error: slice bounds out of range ";
  for (const char* c = f; *c; c++) {
    if (c[0] == '%' && (c[1] == 'x' || c[1] == 'y')) {
      out += std::to_string(c[1] == 'x' ? x : y);
      c++;
    } else {
      out += *c;
    }
  }
  return out;
}

std::string checkSlice2(int64_t lo, int64_t hi, int64_t bound, bool isCap) {
  if (hi < 0 || hi > bound) return sliceError(isCap ? 1 : 0, hi, bound);
  if (lo < 0 || lo > hi) return sliceError(2, lo, hi);
  return {};
}

std::string checkSlice3(int64_t lo, int64_t hi, int64_t max, int64_t bound, bool isCap) {
  if (max < 0 || max > bound) return sliceError(isCap ? 4 : 3, max, bound);
  if (hi < 0 || hi > max) return sliceError(5, hi, max);
  if (lo < 0 || lo > hi) return sliceError(6, lo, hi);
  return {};
}

std::string assertionError(const types::Type* ifaceType, const types::Type* dynamic,
                           const types::Type* target) {
  std::string inter = ifaceType ? ifaceType->str(true) : "interface";
  std::string as = target->str(true);
  if (!dynamic) return "interface conversion: " + inter + " is nil, not " + as;
  std::string cs = dynamic->str(true);
  std::string msg = "interface conversion: " + inter + " is " + cs + ", not " + as;
  if (cs == as) msg += " (types from different scopes)";
  return msg;
}

std::string missingMethodError(const types::Type* dynamic, const types::Type* target,
                               std::string_view method) {
  return "interface conversion: " + dynamic->str(true) + " is not " + target->str(true) +
         ": missing method " + std::string(method);
}

namespace {

bool callStringMethod(Machine& m, Goroutine& g, Box* value, std::string_view name,
                      std::string* out) {
  const Program& prog = m.program();
  auto id = prog.methodIds.find(std::string(name));
  if (id == prog.methodIds.end()) return false;
  auto set = prog.methodSets.find(value->type);
  if (set == prog.methodSets.end()) return false;
  const MethodTarget* t = set->second.find(id->second);
  if (!t || !t->sig || t->sig->params->size() != 0 || t->sig->results->size() != 1 ||
      t->sig->results->vars[0]->type->underlying()->kind != types::Kind::String)
    return false;
  Word result = 0;
  if (!callMethodOn(m, g, value, *t, nullptr, &result)) return false;
  *out = std::string(view(asPtr<const String>(result)));
  return true;
}

}  // namespace

std::string panicValueText(Machine& m, Goroutine& g, Box* value) {
  if (!value) return "nil";
  const Program& prog = m.program();
  if (isRuntimeErrorType(prog, value->type))
    return std::string(view(asPtr<const String>(value->payload[0])));
  std::string text;
  if (callStringMethod(m, g, value, "Error", &text)) return text;
  if (callStringMethod(m, g, value, "String", &text)) return text;
  const types::Type* t = value->type;
  const types::Type* u = t->underlying();
  bool named = t->kind == types::Kind::Named;
  std::string v;
  if (u->isBasic() && u->kind != types::Kind::UnsafePointer) {
    rt::printValue(v, t, value->payload[0]);
    if (!named) return v;
    if (u->kind == types::Kind::String) return t->str(true) + "(\"" + v + "\")";
    return t->str(true) + "(" + v + ")";
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", static_cast<const void*>(value->payload));
  return "(" + t->str(true) + ") " + buf;
}

}  // namespace weft::vm
