// NativeCall's services for natives, and synchronous (nested) calls from native code into Go.
#include <cstring>

#include "lang/types.hpp"
#include "vm/goroutine.hpp"
#include "vm/interp_ops.hpp"
#include "vm/machine.hpp"
#include "vm/method_table.hpp"
#include "vm/native.hpp"
#include "vm/panic.hpp"
#include "vm/value.hpp"

namespace weft::vm {

void NativeCall::panicString(std::string_view msg, bool runtimeError) {
  if (runtimeError) {
    startRuntimeError(machine, goroutine, "runtime error: " + std::string(msg));
  } else {
    const types::Type* st = machine.program().stringType;
    startPanic(goroutine, boxValue(heap, st, fromPtr(heap.newString(msg))));
  }
  panicking = true;
}

void NativeCall::panicValue(Box* value) {
  startPanic(goroutine, value ? value : nilPanicValue(machine));
  panicking = true;
}

NativeResult NativeCall::park(const char* waitReason) {
  machine.park(goroutine, waitReason);
  return NativeResult::Park;
}

void NativeCall::fatal(std::string_view msg) {
  startFatal(machine, goroutine, msg);
  panicking = true;
  failedFatally = true;
}

bool NativeCall::callMethod(Box* receiver, std::string_view method, const Word* args,
                            Word* results) {
  if (!receiver) return false;
  const Program& prog = machine.program();
  auto id = prog.methodIds.find(std::string(method));
  if (id == prog.methodIds.end()) return false;
  const MethodTarget* t = lookupMethod(prog, receiver->type, id->second);
  if (!t) return false;
  if (!callMethodOn(machine, goroutine, receiver, *t, args, results)) panicking = true;
  return true;
}

Box* NativeCall::recoverPanic() {
  PanicRecord* p = goroutine.panic;
  if (!p || p->fatal || failedFatally) return nullptr;
  goroutine.panic = p->link;
  Box* value = p->value;
  delete p;
  panicking = false;
  return value;
}

bool callNested(Machine& m, Goroutine& g, const FuncProto* proto, const Closure* closure,
                const Word* args, Word* results) {
  if (!proto) proto = closure->proto;
  // A fresh register stack: the caller's registers (and the native's pointers into them)
  // must not move while the nested call grows its own.
  std::vector<Word> savedStack = std::move(g.stack);
  std::vector<Frame> savedFrames = std::move(g.frames);
  std::vector<DeferRecord> savedDefers = std::move(g.defers);
  g.stack.assign(std::max<std::size_t>(proto->nregs, 16), 0);
  g.frames.clear();
  g.defers.clear();
  if (proto->nparams) std::memcpy(g.stack.data(), args, proto->nparams * sizeof(Word));
  g.frames.push_back(Frame{proto, closure, proto->code.data(), 0, 0, 0});
  g.nativeDepth++;
  RunResult r = interpret(m, g, 0);
  g.nativeDepth--;
  bool ok = r == RunResult::Finished;
  if (ok && proto->nresults) std::memcpy(results, g.stack.data(), proto->nresults * sizeof(Word));
  g.stack = std::move(savedStack);
  g.frames = std::move(savedFrames);
  g.defers = std::move(savedDefers);
  if (!ok && g.panic) g.panic->deferFrame = -1;
  return ok;
}

bool callMethodOn(Machine& m, Goroutine& g, const Box* receiver, const MethodTarget& t,
                  const Word* args, Word* results) {
  const Program& prog = m.program();
  Word recv = t.recvInline ? fromPtr(const_cast<Word*>(receiver->payload)) : receiver->payload[0];
  uint32_t nparams = t.func >= 0 ? prog.funcs[t.func]->nparams : prog.natives[t.native].nparams;
  std::vector<Word> argv(std::max<uint32_t>(nparams, 1) + 1);
  argv[0] = recv;
  if (nparams > 1 && args) std::memcpy(argv.data() + 1, args, (nparams - 1) * sizeof(Word));
  if (t.func >= 0) return callNested(m, g, prog.funcs[t.func].get(), nullptr, argv.data(), results);
  const NativeEntry& ne = prog.natives[t.native];
  NativeCall call{argv.data(), results, m.heap(), m, g, ne.sig};
  NativeResult r = ne.fn(call);
  if (r == NativeResult::Park) {
    startFatal(m, g, "blocking operation in a method called from native code");
    return false;
  }
  return !call.panicking;
}

}  // namespace weft::vm
