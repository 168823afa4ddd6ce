// Exact scanning of goroutine registers (see gc_roots.hpp and lang/compile/ptrmap.hpp).
#include "vm/gc_roots.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "vm/value.hpp"

namespace weft::vm {

namespace {

// Registers [0, n) of a frame starting at `regs`, those `bits` marks.
void visitMarked(const uint64_t* bits, std::size_t words, const Word* regs, std::size_t n,
                 RootVisitor& v) {
  for (std::size_t w = 0; w < words && w * 64 < n; w++) {
    for (uint64_t m = bits[w]; m; m &= m - 1) {
      std::size_t r = w * 64 + static_cast<std::size_t>(__builtin_ctzll(m));
      if (r < n) v.precise(regs[r]);
    }
  }
}

// The map for a frame of fn stopped at code index pc (panicked: stopped by a panic, below the
// deferred call it runs).
const uint64_t* frameMap(const FuncProto& fn, std::size_t pc, bool panicked) {
  if (panicked) return fn.panicMap.empty() ? nullptr : fn.panicMap.data();
  return pc <= UINT32_MAX ? fn.safepointMap(static_cast<uint32_t>(pc)) : nullptr;
}

}  // namespace

void visitGoroutineRegisters(const Goroutine& g, RootVisitor& v) {
  // A dead goroutine never runs again; its frames (kept for the crash report) hold nothing the
  // program can reach.
  if (g.status == GStatus::Dead) {
    for (const Frame& f : g.frames)
      if (f.closure) v.precise(fromPtr(f.closure));
    return;
  }
  const std::size_t size = g.stack.size();
  for (std::size_t i = 0; i < g.frames.size(); i++) {
    const Frame& f = g.frames[i];
    if (f.closure) v.precise(fromPtr(f.closure));
    if (!f.fn || f.base >= size) continue;
    // A callee's frame starts at its caller's R[A]: the caller's registers from there on are
    // the callee's (deferred calls run above their caller's frame).
    std::size_t end = i + 1 < g.frames.size() ? g.frames[i + 1].base : size;
    std::size_t n = std::min<std::size_t>(f.fn->nregs, std::min(end, size) - f.base);
    const Word* regs = g.stack.data() + f.base;
    if (!f.fn->hasPtrMap()) {  // a function built without maps (by hand, in tests)
      v.conservative(regs, n);
      continue;
    }
    const uint8_t above = i + 1 < g.frames.size() ? g.frames[i + 1].flags : 0;
    bool panicked = (above & Frame::kPanicDefer) != 0;
    std::size_t pc = static_cast<std::size_t>(f.pc - f.fn->code.data());
    if (above & Frame::kReplayBottom) {
      // A method its native call made runs above (spliced, vm/native_call.cpp): the call
      // instruction runs again when it returns, so its arguments are still live. Use the map
      // at the call instruction itself.
      for (const ReplayMemo& memo : g.replays)
        if (memo.frame == i && memo.callPc)
          pc = static_cast<std::size_t>(memo.callPc - f.fn->code.data());
    }
    const uint64_t* map = frameMap(*f.fn, pc, panicked);
    if (map) {
      visitMarked(map, f.fn->ptrWords(), regs, n, v);
      continue;
    }
    if (panicked) continue;  // cannot recover: the frame never runs again
      // Not a safepoint: the interpreter stopped somewhere ptrmap.hpp does not list.
#ifndef NDEBUG
    std::fprintf(stderr, "fatal error: GC found %s stopped at pc %zu, not a safepoint\n",
                 f.fn->name.c_str(), pc);
    std::abort();
#else
    v.conservative(regs, n);  // the union map would scan ints: check every word instead
#endif
  }
}

void visitDeferredCalls(const Goroutine& g, RootVisitor& v) {
  for (const DeferRecord& d : g.defers) {
    if (d.closure) v.precise(fromPtr(d.closure));
    const FuncProto* fn = d.fn ? d.fn : d.closure ? d.closure->proto : nullptr;
    // The arguments become the callee's parameters R[0 ..]: its map at its first instruction
    // says which are references. Natives have no map.
    const uint64_t* map = fn && fn->hasPtrMap() ? fn->safepointMap(0) : nullptr;
    if (map && d.native < 0 && d.args.size() <= fn->nparams)
      visitMarked(map, fn->ptrWords(), d.args.data(), d.args.size(), v);
    else
      v.conservative(d.args.data(), d.args.size());
  }
}

void visitReplayMemos(const Goroutine& g, RootVisitor& v) {
  for (const ReplayMemo& memo : g.replays) {
    for (std::size_t k = 0; k < memo.words.size(); k++)
      if (memo.refs[k]) v.precise(memo.words[k]);
    for (std::size_t k = 0; k < memo.args.size(); k++)
      if (memo.argRefs[k]) v.precise(memo.args[k]);
    for (const ReplayMemo::Call& c : memo.calls)
      if (c.panicValue) v.precise(fromPtr(c.panicValue));
  }
}

}  // namespace weft::vm
