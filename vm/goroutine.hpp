// A goroutine: its registers, call frames, deferred calls and panic state, all in VM memory.
//
// Stackless: nothing of a goroutine lives on the native stack between two `interpret()` calls, so
// the interpreter can return to the scheduler at any safepoint or blocking call and the goroutine
// can resume later on any worker thread.
//
// Invariants:
// - `stack` holds the registers of every frame; frame i's registers are
//   stack[frames[i].base .. frames[i].base + frames[i].fn->nregs). A callee's frame overlaps
//   its caller's: the callee's R[0..] are the caller's argument registers.
// - `stack` may be reallocated when a call needs more room, so raw pointers into it are
//   re-derived after every call; nothing outside the interpreter keeps such pointers.
// - Only the thread currently running the goroutine touches it; the scheduler hands it over.
// - `defers` is ordered by frame: records of deeper frames come later.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "vm/object.hpp"
#include "vm/program.hpp"

namespace weft::vm {

class Machine;
namespace race {
struct ThreadState;
}

struct Frame {
  const FuncProto* fn = nullptr;
  const Closure* closure = nullptr;  // captures of the running closure (null for plain funcs)
  const Instr* pc = nullptr;         // next instruction (saved when the frame is not on top)
  uint32_t base = 0;                 // index of R[0] in Goroutine::stack
  uint32_t deferOwner = 0;           // kDeferred frames: index of the frame that deferred the call
  uint8_t flags = 0;

  // The frame runs a deferred call: `recover()` directly in it may stop a panic.
  static constexpr uint8_t kDeferred = 1;
  // The deferred call was started by panicking (not by a normal return).
  static constexpr uint8_t kPanicDefer = 2;
};

// A call registered by `defer`: the callee and a copy of the evaluated arguments.
struct DeferRecord {
  uint32_t frame = 0;  // index of the frame that ran the defer statement
  const FuncProto* fn = nullptr;
  const Closure* closure = nullptr;
  int32_t native = -1;  // index into Program::natives when the callee is native
  std::vector<Word> args;
};

// One active panic. Panics started while another is running form a chain (newest first) so
// the crash report can print `panic: first [recovered]` / `panic: second`.
struct PanicRecord {
  Box* value = nullptr;  // the panic value (an interface box; null for panic(nil))
  bool recovered = false;
  bool runtimeError = false;  // a runtime.Error raised by the VM (message in `value`)
  bool fatal = false;         // unrecoverable: "fatal error: ..."
  bool aborted = false;       // a newer panic unwound past the deferred call this one was running
  int64_t deferFrame = -1;    // index of the frame running this panic's current deferred call
  PanicRecord* link = nullptr;
};

enum class GStatus : uint8_t { Runnable, Running, Parked, Dead };

struct Goroutine {
  uint64_t id = 0;
  GStatus status = GStatus::Runnable;
  std::string waitReason;  // for traces of parked goroutines: "chan receive", ...
  std::vector<Word> stack;
  std::vector<Frame> frames;
  std::vector<DeferRecord> defers;
  PanicRecord* panic = nullptr;  // newest active panic, or null
  // Where the `go` statement that created this goroutine was (for "created by" in traces).
  const FuncProto* creatorFn = nullptr;
  const Instr* creatorPc = nullptr;
  uint64_t creatorId = 0;
  int nativeDepth = 0;      // nested interpreter loops running (NativeCall::callMethod)
  std::string printBuffer;  // output of print/println until the statement ends
  // Set by whoever wakes a parked goroutine to make it panic when it resumes (a sender blocked
  // on a channel that was closed: "send on closed channel").
  const char* resumePanic = nullptr;
  void* schedData = nullptr;  // owned by the scheduler
  race::ThreadState* raceState = nullptr;  // race mode: the detector's view (vm/race/)
  std::size_t slot = 0;       // index in the Machine's goroutine list

  ~Goroutine();
  // Makes sure registers up to `top` exist (growing the stack geometrically).
  void ensureStack(std::size_t top) {
    if (top > stack.size()) growStack(top);
  }
  void growStack(std::size_t top);
};

// Why `interpret()` returned.
enum class RunResult : uint8_t {
  Finished,  // the goroutine's outermost function returned
  Yielded,   // the budget ran out or a safepoint wants the world (GC, interrupt)
  Parked,    // a native call parked the goroutine
  Panicked,  // an unrecovered panic or a fatal error ended the goroutine (and the program)
  Exited,    // os.Exit was called
};

// Runs `g` until it finishes, parks, panics to death, or has executed about `budget` calls and
// back-edges. The goroutine must have at least one frame.
RunResult interpret(Machine& m, Goroutine& g, int64_t budget);

// Calls a function synchronously on `g` from native code: a nested interpreter loop over a
// fresh register stack, so the caller's registers (and pointers into them) stay put. `proto` is
// the function (or null to call `closure`); args are `proto->nparams` words; results receive
// `proto->nresults` words. Returns false if the call panicked: the panic is then left active on
// `g` for the caller to propagate. A callee that tries to park fails fatally.
bool callNested(Machine& m, Goroutine& g, const FuncProto* proto, const Closure* closure,
                const Word* args, Word* results);
// Calls an interface method target with the value boxed in `receiver` (see MethodSet).
bool callMethodOn(Machine& m, Goroutine& g, const Box* receiver, const MethodTarget& target,
                  const Word* args, Word* results);

}  // namespace weft::vm
