// Register pointer maps: which registers of a frame hold a heap reference at each point where
// the collector can find the frame stopped, so that vm/gc_roots.cpp visits exactly those words.
//
// Why per safepoint: the register allocator reuses a register for values of different types
// (temporaries are released after each statement, locals at the end of their block), and a
// call's window R[A ..] holds the arguments before the call and the results after it, with
// the kinds of the callee's parameters and then of its results. One map per function could
// only be the union, which scans ints as pointers. Segregating pointer and scalar registers
// would need results placed apart from arguments, i.e. another calling convention in the VM.
//
// The analysis (ptrmap.cpp) is a forward data flow over the function's code: each register has
// a kind, Garbage (never written on this path: a fresh frame's registers hold whatever an older
// frame left there), Zero (LOADZERO, LOADI 0, a zero constant: fine as either kind), Scalar,
// Ref, or Mixed (paths disagree: the register is dead, well-typed code writes it before it
// reads it). What an instruction writes comes from its opcode (vm/opcodes.def: arithmetic and
// comparisons write scalars, allocations and address computations references); loads whose
// value type the opcode does not know (LOAD, SLOAD, ALOAD, GETGLOBAL, GETCAP, MAPGET(2),
// ASSERT(2), RECV(2), MAPNEXT, SELECT's received values) and call results are typed by the
// compiler right after emitting them (FuncBuilder::noteWrite/noteWrites); an un-noted one counts
// as a reference. A call leaves Garbage above its results (the callee's frame was there).
//
// Where a frame can be stopped when the world stops (FuncProto::safepointPcs), with the state
// recorded for it (the state at the start of that code index, joined over every way there):
//   - index 0: a frame just pushed (call, goroutine start, deferred call);
//   - the target of a back-edge: the goroutine yielded when its budget ran out;
//   - after CALL, CALLC, CALLI, CALLN: a caller below its callee (the collector then visits only
//     the registers below the callee's frame, R[0 .. A)), or the top frame after a native that
//     parked (its results are written before it parks) or asked to yield;
//   - after SEND, RECV, RECV2, SELECT: parked on a channel. A waker writes the received value
//     into the register while the goroutine is parked, so the compiler zeroes that register
//     before a receive of a one-word element (the collector sees null or the value);
//   - at and after RUNDEFERS: a frame below its deferred call (at: a deferred native parked);
//   - at CALLN and CALLI: a caller whose native call is replayed (vm/native_call.cpp, "Unnest
//     and replay"): a method the native called runs as spliced frames above it, and the call
//     instruction runs again afterwards, so its arguments are live (the collector finds the
//     instruction in the goroutine's ReplayMemo).
// A frame stopped by a panic (below a deferred call run by panicking) is scanned with
// FuncProto::panicMap: the state at recoverPc, where every instruction after the prologue
// (which initializes the named results) has an edge carrying its state before it ran. Frames
// that cannot recover have an empty panicMap: they never run again.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "vm/program.hpp"

namespace weft::types {
class Type;
}

namespace weft::compile {

// Whether a value of type t, held in one register, is a heap reference (vm::wordIsReference:
// everything but booleans and numbers; a struct or array register holds the address of its
// storage). Null (unknown) counts as a reference.
bool holdsReference(const types::Type* t);

struct PointerNotes {
  // Instruction index -> for each of its untyped destinations in order, whether it holds a
  // reference (calls: one per result word, R[A+k]; SELECT: one per case, its received value).
  std::unordered_map<std::size_t, std::vector<bool>> writes;
  bool paramsKnown = false;
  std::vector<bool> params;  // per parameter word, when paramsKnown
  // Code index where the prologue (parameter copies and cells, named results) ends: no panic
  // can happen before it, so it has no edge to recoverPc.
  std::size_t prologueEnd = 0;
};

// Fills p.ptrRegs, p.safepointPcs, p.safepointMaps and p.panicMap from p.code (p.nregs and
// p.recoverPc must be final). Returns the number of instructions whose written kinds had to be
// guessed (un-noted loads and calls): 0 for code the compiler noted completely.
std::size_t computePointerMap(vm::FuncProto& p, const PointerNotes& notes);

}  // namespace weft::compile
