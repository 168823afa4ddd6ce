// Precise scanning of goroutine registers (see gc_roots.hpp).
#include "vm/gc_roots.hpp"

#include <algorithm>

#include "vm/value.hpp"

namespace weft::vm {

namespace {

// Registers [0, n) of a frame starting at `regs`, those fn's map marks.
void visitFrame(const FuncProto& fn, const Word* regs, std::size_t n, RootVisitor& v) {
  if (!fn.hasPtrMap()) {
    v.conservative(regs, n);
    return;
  }
  const std::vector<uint64_t>& bits = fn.ptrRegs;
  for (std::size_t w = 0; w < bits.size() && w * 64 < n; w++) {
    for (uint64_t m = bits[w]; m; m &= m - 1) {
      std::size_t r = w * 64 + static_cast<std::size_t>(__builtin_ctzll(m));
      if (r < n) v.precise(regs[r]);
    }
  }
}

}  // namespace

void visitGoroutineRegisters(const Goroutine& g, RootVisitor& v) {
  const std::size_t size = g.stack.size();
  for (const Frame& f : g.frames) {
    if (f.closure) v.precise(fromPtr(f.closure));
    if (!f.fn || f.base >= size) continue;
    std::size_t n = std::min<std::size_t>(f.fn->nregs, size - f.base);
    visitFrame(*f.fn, g.stack.data() + f.base, n, v);
  }
}

void visitDeferredCalls(const Goroutine& g, RootVisitor& v) {
  for (const DeferRecord& d : g.defers) {
    if (d.closure) v.precise(fromPtr(d.closure));
    const FuncProto* fn = d.fn ? d.fn : d.closure ? d.closure->proto : nullptr;
    // The arguments become the callee's parameters R[0 ..]: its map says which are references.
    // Natives have no map.
    if (fn && d.native < 0 && d.args.size() <= fn->nparams)
      visitFrame(*fn, d.args.data(), d.args.size(), v);
    else
      v.conservative(d.args.data(), d.args.size());
  }
}

void visitReplayMemos(const Goroutine& g, RootVisitor& v) {
  for (const ReplayMemo& memo : g.replays)
    for (std::size_t k = 0; k < memo.words.size(); k++)
      if (memo.refs[k]) v.precise(memo.words[k]);
}

}  // namespace weft::vm
