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
// - Only the thread currently running the goroutine touches it; the scheduler hands it over
//   (vm/schedulable.hpp: every hand-over is a release/acquire pair). The exceptions are the
//   fields a waker writes while the goroutine is parked: the words its Waiter points at (a
//   received value, in `stack` or in storage the registers point to) and `waiter.success` /
//   `scratch.wait` (vm/waiter.hpp says who may touch them when).
// - `defers` is ordered by frame: records of deeper frames come later.
// - While parked (`status` Parked) the goroutine's `stack` is never reallocated: waiters point
//   into it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "vm/object.hpp"
#include "vm/program.hpp"
#include "vm/schedulable.hpp"
#include "vm/select.hpp"
#include "vm/time_prims.hpp"
#include "vm/waiter.hpp"

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
  // The bottom frame of a method call that a native made and that was spliced onto the
  // goroutine's frames because it had to park or yield (vm/native_call.cpp, "Unnest and
  // replay"): when it returns, its results complete the caller's ReplayMemo and the caller
  // executes its native call instruction again.
  static constexpr uint8_t kReplayBottom = 4;
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
  bool goexit = false;      // runtime.Goexit: runs the deferred calls, never recovered, not printed
  int64_t deferFrame = -1;  // index of the frame running this panic's current deferred call
  PanicRecord* link = nullptr;
};

// The method calls a native (one marked by NativeCall::allowReplay) made so far, kept while
// one of them runs as ordinary frames (it had to park or yield) so that the native can be run
// again from the start with the calls it already made answered from here
// (vm/native_call.cpp). One per replayed native call, innermost (highest frame) last.
struct ReplayMemo {
  struct Call {
    const types::Type* recvType = nullptr;  // the receiver's dynamic type and method name: the
    uint32_t nameId = 0;                    // replayed native must repeat the same calls
    uint32_t firstWord = 0;                 // its results: words[firstWord .. +nwords)
    uint32_t nwords = 0;
    bool done = false;  // false: the call is the one running as spliced frames
    // The method panicked (the panic left the spliced frames): the replay raises it again
    // for the native to recover (fmt's %!v(PANIC=...)).
    bool panicked = false;
    bool runtimeError = false;
    Box* panicValue = nullptr;
  };
  uint32_t frame = 0;             // absolute index of the frame running the native call
  const Instr* callPc = nullptr;  // the call instruction (CALLN / CALLI), executed again
  std::vector<Call> calls;
  std::vector<Word> words;    // results of the calls, concatenated
  std::vector<uint8_t> refs;  // refs[i]: words[i] is a heap reference (by the method's signature)
  // A copy of the native's argument words, kept alive for the replay (the caller's register
  // maps at the call's return point need not mark them), and which of them are references.
  std::vector<Word> args;
  std::vector<uint8_t> argRefs;
};

enum class GStatus : uint8_t { Runnable, Running, Parked, Dead };

// A channel operation of the interpreter that parked: what to finish when the goroutine runs
// again (vm/interp.cpp). Register indexes are absolute (into Goroutine::stack).
struct PendingChanOp {
  enum Kind : uint8_t { None, Send, Recv, Recv2, Select } kind = None;
  uint32_t a = 0;         // Recv2: the ok register; Select: the result register
  uint32_t table = 0;     // Select: the first case register (3 per case)
  uint32_t ncases = 0;    // Select
  uint64_t sendMask = 0;  // Select: bit i set if case i sends
};

// The goroutine is a task of the M:N scheduler (vm/scheduler.hpp): the scheduler only sees the
// Schedulable base; the Machine's run callback casts it back.
struct Goroutine : Schedulable {
  uint64_t id = 0;
  GStatus status = GStatus::Runnable;
  // For traces of parked goroutines: Go's wait reason ("chan receive", "sync.Mutex.Lock", ...),
  // a string with static storage duration (the primitives' `waitReason` results are). Set by
  // whoever parks the goroutine (Machine::park / NativeCall::park, the interpreter's channel
  // ops) before it returns Parked; meaningful only while `status` is Parked.
  const char* waitReason = nullptr;
  // Per-goroutine state of the blocking primitives (docs/concurrency-primitives.md): the one
  // Waiter of plain channel ops and every sync primitive (a goroutine waits on one thing at a
  // time), select's scratch (its rng is seeded from the id), and time.Sleep's timer.
  Waiter waiter;
  SelectScratch scratch;
  SleepTimer sleepTimer;
  PendingChanOp pending;  // the interpreter's parked channel op, if any
  std::vector<Word> stack;
  std::vector<Frame> frames;
  std::vector<DeferRecord> defers;
  PanicRecord* panic = nullptr;  // newest active panic, or null
  // Where the `go` statement that created this goroutine was (for "created by" in traces).
  const FuncProto* creatorFn = nullptr;
  const Instr* creatorPc = nullptr;
  uint64_t creatorId = 0;
  int nativeDepth = 0;  // nested interpreter loops running (NativeCall::callMethod)
  // How many of the nested loops, from the outermost, can be unnested (each was entered by a
  // replayable native from a call instruction): a park or yield in the innermost loop unnests
  // when this equals nativeDepth, else it fails as "blocking operation ..." (or does not yield).
  int replayableDepth = 0;
  uint32_t frameBase = 0;           // in a nested loop: the absolute index of frames[0]
  bool unnestToYield = false;       // an Unnest in flight yields (else it parks)
  std::vector<ReplayMemo> replays;  // GC roots (vm/gc_roots.hpp)
  std::string printBuffer;          // output of print/println until the statement ends
  bool yieldNow = false;            // runtime.Gosched: yield after the current native call
  bool goexited = false;  // finished through runtime.Goexit (main then does not end the program)
  void* schedData = nullptr;               // unused (the scheduler's state is the Schedulable base)
  race::ThreadState* raceState = nullptr;  // race mode: the detector's view (vm/race/)
  std::size_t slot = 0;                    // index in the Machine's goroutine list (under its lock)

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

// Thrown by the interpreter when a park or a yield in a nested loop unnests (all nested loops
// replayable): each callNested on the way splices its loop's frames onto the enclosing ones,
// and the outermost loop's native call instruction catches it (vm/native_call.cpp).
struct Unnest {};

// The interpreter's native call from a call instruction at `callPc` (CALLN, CALLI): runs the
// native (replaying its memo if this call is being re-executed), and returns Unnested when a
// nested loop unnested (the goroutine's frames now end with the spliced ones; it must park
// or yield as `g.unnestToYield` says).
enum class NativeCallStatus : uint8_t { Done, Park, Panicking, Unnested };
NativeCallStatus callNativeAt(Machine& m, Goroutine& g, const NativeEntry& ne, Word* argsAndResults,
                              const Instr* callPc);
// A kReplayBottom frame returned to frame `frame` with its results at `results`: completes
// that frame's memo and returns the call instruction to execute again (null if the memo is
// missing, an internal error).
const Instr* completeReplayedCall(Goroutine& g, uint32_t frame, const Word* results, uint32_t n);
// The panic unwinding `g` (not fatal, not Goexit) has run every deferred call of the spliced
// method above the innermost memo's frame: records it as that method call's outcome, drops
// the method's frames and returns the native call instruction to execute again (which
// raises the panic again inside the native). Null when the panic is not at such a boundary.
const Instr* catchReplayedPanic(Goroutine& g);
// Drops the memos of frames at index >= frame (their native calls were abandoned: a recovered
// panic resumes below them).
void dropReplays(Goroutine& g, uint32_t frame);

}  // namespace weft::vm
