// The race detector's side of the VM: goroutine start/end, the RACECHK instruction, atomics.
// Channels, select, sync and timers report their edges themselves through vm/race_hooks.hpp
// (Machine::syncEnv().race is the Detector in race mode).
//
// All functions are called only when the Machine runs in race mode (Machine::race() not null),
// by the thread running `g`.
#pragma once

#include <cstdint>
#include <memory>

#include "vm/goroutine.hpp"
#include "vm/race/detector.hpp"
#include "vm/race/options.hpp"
#include "vm/race_hooks.hpp"

namespace weft::vm {
class Machine;
}

namespace weft::vm::race {

class Detector;

// The detector of a Machine: reports go to `err`; the heap tells it about reused memory.
std::unique_ptr<Detector> makeDetector(Machine& m, const Options& options);

// `go` statement (creator null for the main goroutine): the creator's past happens before the
// child's start; remembers the creator's stack for "Goroutine N (...) created at:".
void goStart(Machine& m, Goroutine* creator, Goroutine& child);
void goEnd(Machine& m, Goroutine& g);

// RACECHK: checks the memory accesses the instruction at `pc` is about to make (`R`: the frame's
// registers, `CL`: the running closure). Returns true when the program must stop now
// (halt_on_error=1 after a report).
bool checkInstr(Machine& m, Goroutine& g, const Instr* pc, Word* R, const Closure* CL);

// sync/atomic natives: runs `op`, an atomic load / store / read-modify-write of the word at
// `addr` by `g`, with its happens-before edges (Machine::race() must not be null).
template <class Op>
void atomicAccess(Detector& d, Goroutine& g, const void* addr, bool load, bool store, Op op) {
  if (g.raceState)
    d.atomicOp(*g.raceState, addr, load, store, op);
  else
    op();
}

// The time slice of the next turn in race mode: random, so that goroutines interleave
// differently from run to run (Go's race mode randomises scheduling too).
int64_t randomSlice(Machine& m, int64_t normal);

}  // namespace weft::vm::race
