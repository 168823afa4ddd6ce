// Opcodes of the interpreter implemented out of line (maps), and helpers shared by the
// interpreter loop and the nested-call entry points. Internal to vm/.
#pragma once

#include <string>

#include "vm/goroutine.hpp"
#include "vm/program.hpp"

namespace weft::vm {

class Machine;

// Executes the map opcode `i` (MAKEMAP .. MAPNEXT) with registers R. Reads the extension word
// through `pc` and jumps by moving it. Returns false after starting a panic or fatal error.
bool mapOp(Machine& m, Goroutine& g, Instr i, Word* R, const Instr*& pc);

// The value panic(nil) panics with (Go 1.21+: a *runtime.PanicNilError).
Box* nilPanicValue(Machine& m);

}  // namespace weft::vm
