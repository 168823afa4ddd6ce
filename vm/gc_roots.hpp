// The roots a goroutine holds: its registers, scanned precisely with each frame's register
// pointer map (FuncProto::ptrRegs, lang/compile/ptrmap.hpp), and the argument copies of its
// deferred calls, scanned with the callee's parameter map.
#pragma once

#include "vm/goroutine.hpp"
#include "vm/heap.hpp"

namespace weft::vm {

// Frames overlap (a callee's R[0..] are its caller's argument registers): each frame's
// registers are scanned with its own map, so a word both maps call a reference is visited
// twice, which is harmless. Registers above the top frame are dead and not scanned. A frame
// whose function has no map (none is built by the compiler for it) is scanned conservatively.
void visitGoroutineRegisters(const Goroutine& g, RootVisitor& v);

// The closures and argument words of g's deferred calls.
void visitDeferredCalls(const Goroutine& g, RootVisitor& v);

// The recorded method results of g's replayed native calls (Goroutine::replays), the words
// their methods' signatures call references.
void visitReplayMemos(const Goroutine& g, RootVisitor& v);

}  // namespace weft::vm
