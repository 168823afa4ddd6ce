// Register pointer maps: which registers of a function may hold a heap reference, so that the
// collector scans a goroutine's registers precisely (vm/gc_roots.cpp) instead of checking every
// word against the page map.
//
// One map per function (FuncProto::ptrRegs), the union over the function's code: register r is
// marked when some instruction may write a heap reference (a pointer, string, slice, map, chan,
// func, interface, or the address of struct/array storage, interior addresses included) into r.
// A register the compiler reuses for an int and later for a string is therefore marked; at a
// safepoint where it holds the int, the collector looks that word up in the page map like any
// other reference (a stale-but-typed register can keep an object alive, never crash).
//
// What each instruction writes comes from its opcode (ptrmap.cpp's table): arithmetic and
// comparisons write scalars, allocations and address computations write references. Loads whose
// value type the opcode does not know (LOAD, SLOAD, ALOAD, GETGLOBAL, GETCAP, MAPGET, ASSERT,
// RECV, MAPNEXT) and call results are typed by the compiler right after emitting them
// (FuncBuilder::noteWrite/noteWrites); an un-noted one counts as a reference. MOVE copies what
// its source may hold (a fixed point). Parameters are typed by the compiler (noteParams), else
// all counted as references.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "vm/program.hpp"

namespace weft::types {
class Type;
}

namespace weft::compile {

// Whether a value of type t, held in one register, may be a heap reference. Everything but
// booleans and numbers (a struct or array register holds the address of its storage).
bool holdsReference(const types::Type* t);

struct PointerNotes {
  // Instruction index -> for each of its untyped destinations in order, whether it holds a
  // reference (calls: one per result word, R[A+k]).
  std::unordered_map<std::size_t, std::vector<bool>> writes;
  bool paramsKnown = false;
  std::vector<bool> params;  // per parameter word, when paramsKnown
};

// Fills p.ptrRegs from p.code (p.nregs must be final).
void computePointerMap(vm::FuncProto& p, const PointerNotes& notes);

}  // namespace weft::compile
