// NativeCall's services for natives, and synchronous (nested) calls from native code into Go.
//
// Unnest and replay (the rules for natives: vm/native.hpp). A replayable native's method
// calls are recorded in a ReplayMemo (Goroutine::replays) keyed by the absolute index of the
// frame running its CALLN. A nested loop that must park or yield throws Unnest; each
// callNestedImpl on the way splices its state onto the enclosing loop's (the nested registers
// were laid out at the indexes a normal call would use: no Waiter pointer moves), and the
// outermost callNativeAt returns Unnested. The spliced bottom frame (Frame::kReplayBottom)
// completes the record when it returns (completeReplayedCall) and the CALLN runs again. A
// panic that leaves the spliced method is recorded as that call's outcome
// (catchReplayedPanic) and raised again inside the native when the replay reaches it, so fmt
// recovers it as it does for a method that did not park; runtime.Goexit unwinds on. A
// recovered panic below drops the records of the frames it abandons (dropReplays).
#include <cstring>

#include "lang/types.hpp"
#include "vm/goroutine.hpp"
#include "vm/heap.hpp"
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

namespace {

// Calls + loop back-edges a replayable nested loop runs before it unnests to yield (the
// Machine's time slice).
constexpr int64_t kNestedSlice = 20000;

inline uint32_t topOfFrames(const Goroutine& g) {
  const Frame& t = g.frames.back();
  return t.base + t.fn->nregs;
}

bool callNestedImpl(Machine& m, Goroutine& g, const FuncProto* proto, const Closure* closure,
                    const Word* args, Word* results, bool replayable);

bool callMethodOnImpl(Machine& m, Goroutine& g, const Box* receiver, const MethodTarget& t,
                      const Word* args, Word* results, bool replayable) {
  const Program& prog = m.program();
  Word recv = t.recvInline ? fromPtr(const_cast<Word*>(receiver->payload)) : receiver->payload[0];
  uint32_t nparams = t.func >= 0 ? prog.funcs[t.func]->nparams : prog.natives[t.native].nparams;
  std::vector<Word> argv(std::max<uint32_t>(nparams, 1) + 1);
  argv[0] = recv;
  if (nparams > 1 && args) std::memcpy(argv.data() + 1, args, (nparams - 1) * sizeof(Word));
  if (t.func >= 0)
    return callNestedImpl(m, g, prog.funcs[t.func].get(), nullptr, argv.data(), results,
                          replayable);
  const NativeEntry& ne = prog.natives[t.native];
  NativeCall call{argv.data(), results, m.heap(), m, g, ne.sig};
  NativeResult r = ne.fn(call);
  if (r == NativeResult::Park) {
    startFatal(m, g, "blocking operation in a method called from native code");
    return false;
  }
  return !call.panicking;
}

// The nested loop's state is on `g` (its frames, defers and registers, the registers at the
// same indexes as they would have on the goroutine's own stack): put the enclosing loop's
// below it, so that the goroutine continues as if the method had been called normally.
void splice(Goroutine& g, std::vector<Word>& outerStack, std::vector<Frame>& outerFrames,
            std::vector<DeferRecord>& outerDefers, PanicRecord* entryPanic, uint32_t base) {
  const auto off = static_cast<uint32_t>(outerFrames.size());
  for (Frame& fr : g.frames)
    if (fr.flags & Frame::kDeferred) fr.deferOwner += off;
  g.frames.front().flags |= Frame::kReplayBottom;
  for (DeferRecord& d : g.defers) d.frame += off;
  for (PanicRecord* p = g.panic; p && p != entryPanic; p = p->link)
    if (p->deferFrame >= 0) p->deferFrame += off;
  // The words below `base` are unused in the nested loop's stack (callNestedImpl); the
  // nested registers stay where they are (a Waiter may point at them).
  std::copy(outerStack.begin(), outerStack.begin() + std::min<std::size_t>(base, outerStack.size()),
            g.stack.begin());
  outerFrames.insert(outerFrames.end(), g.frames.begin(), g.frames.end());
  g.frames = std::move(outerFrames);
  outerDefers.insert(outerDefers.end(), std::make_move_iterator(g.defers.begin()),
                     std::make_move_iterator(g.defers.end()));
  g.defers = std::move(outerDefers);
}

bool callNestedImpl(Machine& m, Goroutine& g, const FuncProto* proto, const Closure* closure,
                    const Word* args, Word* results, bool replayable) {
  if (!proto) proto = closure->proto;
  const bool unnestable = replayable && g.replayableDepth == g.nativeDepth && !g.frames.empty();
  // A fresh register stack: the caller's registers (and the native's pointers into them)
  // must not move while the nested call grows its own. When the loop may unnest, its
  // registers start where a normal call's would (above the caller's frames) and the words
  // below stay unused: unnesting copies the caller's registers there, and this stack becomes
  // the goroutine's without moving the nested registers.
  const uint32_t base = unnestable ? topOfFrames(g) : 0;
  std::vector<Word> savedStack = std::move(g.stack);
  std::vector<Frame> savedFrames = std::move(g.frames);
  std::vector<DeferRecord> savedDefers = std::move(g.defers);
  PanicRecord* const entryPanic = g.panic;
  const uint32_t savedFrameBase = g.frameBase;
  const bool wasGoexited = g.goexited;
  g.stack.assign(base + std::max<std::size_t>(proto->nregs, 16), 0);
  g.frames.clear();
  g.defers.clear();
  if (proto->nparams) std::memcpy(g.stack.data() + base, args, proto->nparams * sizeof(Word));
  g.frames.push_back(Frame{proto, closure, proto->code.data(), base, 0, 0});
  g.frameBase = savedFrameBase + static_cast<uint32_t>(savedFrames.size());
  g.nativeDepth++;
  if (unnestable) g.replayableDepth++;
  RunResult r;
  try {
    r = interpret(m, g, unnestable ? kNestedSlice : 0);
  } catch (const Unnest&) {
    splice(g, savedStack, savedFrames, savedDefers, entryPanic, base);
    g.nativeDepth--;
    g.replayableDepth--;
    g.frameBase = savedFrameBase;
    throw;
  }
  g.nativeDepth--;
  if (unnestable) g.replayableDepth--;
  g.frameBase = savedFrameBase;
  bool ok = r == RunResult::Finished;
  if (ok && proto->nresults)
    std::memcpy(results, g.stack.data() + base, proto->nresults * sizeof(Word));
  g.stack = std::move(savedStack);
  g.frames = std::move(savedFrames);
  g.defers = std::move(savedDefers);
  if (ok && g.goexited && !wasGoexited) {
    // runtime.Goexit ran the method's deferred calls; it goes on through the caller's.
    g.goexited = false;
    auto* p = new PanicRecord;
    p->goexit = true;
    p->link = g.panic;
    g.panic = p;
    ok = false;
  }
  if (!ok && g.panic) g.panic->deferFrame = -1;
  return ok;
}

}  // namespace

bool NativeCall::callMethod(Box* receiver, std::string_view method, const Word* args,
                            Word* results) {
  if (!receiver) return false;
  const Program& prog = machine.program();
  auto id = prog.methodIds.find(std::string(method));
  if (id == prog.methodIds.end()) return false;
  const MethodTarget* t = lookupMethod(prog, receiver->type, id->second);
  if (!t) return false;
  Goroutine& g = goroutine;
  const bool replayable =
      replaySafe && replaySite && g.replayableDepth == g.nativeDepth && !g.frames.empty();
  if (!replayable) {
    if (!callMethodOn(machine, g, receiver, *t, args, results)) panicking = true;
    return true;
  }
  if (memo < 0) {
    // This native's memo: the innermost one if it is this call being replayed, else a new one.
    const uint32_t frame = g.frameBase + static_cast<uint32_t>(g.frames.size() - 1);
    const void* site = replaySite;
    if (!g.replays.empty() && g.replays.back().frame == frame && g.replays.back().callPc == site) {
      memo = static_cast<int32_t>(g.replays.size() - 1);
    } else {
      dropReplays(g, frame);  // left over from an abandoned call (none expected)
      g.replays.push_back(ReplayMemo{frame, static_cast<const Instr*>(site), {}, {}, {}, {}, {}});
      memo = static_cast<int32_t>(g.replays.size() - 1);
      ReplayMemo& mm = g.replays.back();
      const types::Tuple* params = sig ? sig->params : nullptr;
      const std::size_t nargs = params ? params->size() : 0;
      mm.args.assign(this->args, this->args + nargs);  // the native's arguments
      for (std::size_t k = 0; k < nargs; k++)
        mm.argRefs.push_back(wordIsReference(params->vars[k]->type) ? 1 : 0);
    }
  }
  const uint32_t nresults =
      t->func >= 0 ? prog.funcs[t->func]->nresults : prog.natives[t->native].nresults;
  {
    ReplayMemo& mm = g.replays[static_cast<std::size_t>(memo)];
    if (nextCall < mm.calls.size()) {
      const ReplayMemo::Call& c = mm.calls[nextCall];
      if (c.done && c.recvType == receiver->type && c.nameId == id->second &&
          c.nwords == nresults) {
        if (c.panicked) {
          startPanic(g, c.panicValue ? c.panicValue : nilPanicValue(machine), c.runtimeError);
          nextCall++;
          panicking = true;
          return true;
        }
        if (nresults) std::memcpy(results, mm.words.data() + c.firstWord, nresults * sizeof(Word));
        nextCall++;
        return true;
      }
      // The native went another way than last time (only a racy program can make it): the
      // rest of the record is of no use.
      mm.words.resize(c.firstWord);
      mm.refs.resize(c.firstWord);
      mm.calls.resize(nextCall);
    }
    ReplayMemo::Call c{receiver->type, id->second, static_cast<uint32_t>(mm.words.size()), nresults,
                       false};
    mm.calls.push_back(c);
    mm.words.resize(mm.words.size() + nresults, 0);
    const types::Tuple* res = t->sig ? t->sig->results : nullptr;
    for (uint32_t k = 0; k < nresults; k++) {
      bool ref = !res || res->size() != nresults || wordIsReference(res->vars[k]->type);
      mm.refs.push_back(ref ? 1 : 0);
    }
  }
  const uint32_t callIndex = nextCall++;
  if (!callMethodOnImpl(machine, g, receiver, *t, args, results, true)) {
    panicking = true;
    return true;
  }
  ReplayMemo& mm = g.replays[static_cast<std::size_t>(memo)];  // may have moved
  ReplayMemo::Call& c = mm.calls[callIndex];
  if (nresults) std::memcpy(mm.words.data() + c.firstWord, results, nresults * sizeof(Word));
  c.done = true;
  return true;
}

Box* NativeCall::recoverPanic() {
  PanicRecord* p = goroutine.panic;
  if (!p || p->fatal || p->goexit || failedFatally) return nullptr;
  goroutine.panic = p->link;
  Box* value = p->value;
  delete p;
  panicking = false;
  return value;
}

bool callNested(Machine& m, Goroutine& g, const FuncProto* proto, const Closure* closure,
                const Word* args, Word* results) {
  return callNestedImpl(m, g, proto, closure, args, results, false);
}

bool callMethodOn(Machine& m, Goroutine& g, const Box* receiver, const MethodTarget& t,
                  const Word* args, Word* results) {
  return callMethodOnImpl(m, g, receiver, t, args, results, false);
}

NativeCallStatus callNativeAt(Machine& m, Goroutine& g, const NativeEntry& ne, Word* argsAndResults,
                              const Instr* callPc) {
  // Arguments are copied first: results overwrite them. A replayed call finds them intact
  // (results are written only when the native completes).
  Word buf[16];
  std::vector<Word> big;
  Word* args = buf;
  if (ne.nparams > 16) big.resize(ne.nparams), args = big.data();
  if (ne.nparams) std::memcpy(args, argsAndResults, ne.nparams * sizeof(Word));
  NativeCall call{args, argsAndResults, m.heap(), m, g, ne.sig};
  call.replaySite = callPc;
  NativeResult r;
  try {
    r = ne.fn(call);
  } catch (const Unnest&) {
    // The native's memo stays: its call instruction runs again when the spliced method returns.
    if (g.nativeDepth > 0) throw;  // the enclosing loops unnest too
    return NativeCallStatus::Unnested;
  }
  if (call.memo >= 0) {
    g.replays.resize(static_cast<std::size_t>(call.memo));
  } else if (!g.replays.empty() && g.replays.back().callPc == callPc && callPc &&
             g.replays.back().frame == g.frameBase + g.frames.size() - 1) {
    g.replays.pop_back();  // replayed, but this time it called no method
  }
  if (call.panicking) return NativeCallStatus::Panicking;
  return r == NativeResult::Park ? NativeCallStatus::Park : NativeCallStatus::Done;
}

const Instr* completeReplayedCall(Goroutine& g, uint32_t frame, const Word* results, uint32_t n) {
  dropReplays(g, frame + 1);
  if (g.replays.empty() || g.replays.back().frame != frame || g.replays.back().calls.empty())
    return nullptr;
  ReplayMemo& mm = g.replays.back();
  ReplayMemo::Call& c = mm.calls.back();
  if (n > c.nwords) n = c.nwords;
  if (n) std::memcpy(mm.words.data() + c.firstWord, results, n * sizeof(Word));
  c.done = true;
  return mm.callPc;
}

const Instr* catchReplayedPanic(Goroutine& g) {
  if (g.replays.empty()) return nullptr;
  PanicRecord* p = g.panic;
  if (!p || p->fatal || p->goexit) return nullptr;
  ReplayMemo& mm = g.replays.back();
  if (mm.frame < g.frameBase || mm.calls.empty() || mm.calls.back().done) return nullptr;
  const std::size_t bottom = mm.frame + 1 - g.frameBase;
  if (bottom >= g.frames.size() || !(g.frames[bottom].flags & Frame::kReplayBottom)) return nullptr;
  if (!g.defers.empty() && g.defers.back().frame >= bottom) return nullptr;
  ReplayMemo::Call& c = mm.calls.back();
  c.done = true;
  c.panicked = true;
  c.runtimeError = p->runtimeError;
  c.panicValue = p->value;
  g.panic = p->link;
  delete p;
  g.frames.resize(bottom);
  return mm.callPc;
}

void dropReplays(Goroutine& g, uint32_t frame) {
  while (!g.replays.empty() && g.replays.back().frame >= frame) g.replays.pop_back();
}

}  // namespace weft::vm
