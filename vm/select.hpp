// vm::selectgo — Go's select statement (runtime/select.go) over vm::Channel.
//
// ---- Algorithm
// ----------------------------------------------------------------------------------- selectBegin:
//  1. pollorder: the cases on non-nil channels in a uniformly random order (Fisher-Yates with
//     the selecting task's own generator); lockorder: the same cases sorted by channel address.
//  2. Lock every channel in lockorder (a channel appearing in several cases is locked once).
//  3. Pass 1: in pollorder, the first case that can proceed completes (a send on a closed
//     channel panics instead, after unlocking). Unlock, ready the partner, return Done.
//  4. With a default case: unlock, return Done with index -1.
//  5. Pass 2: enqueue one Waiter per case (in lockorder), all sharing one SelectWait; unlock;
//     return Parked ("select"). The first waker to CAS SelectWait::done 0→1 completes its case,
//     records `winner` and readies the task; later wakers find done == 1 and skip the stale
//     waiters (vm/channel.cpp, chan_detail::dequeue).
// selectResume (when the parked task runs again):
//  6. Lock every channel again, unlink the waiters of the other cases that are still queued,
//     unlock. Report the winner: its received value is already in place; a send case woken by
//     close panics "send on closed channel".
// `select {}` and a select whose channels are all nil with no default park forever
// ("select (no cases)" / "select").
//
// ---- Locks and invariants
// ------------------------------------------------------------------------ Channel locks only,
// taken in increasing address order and released in reverse; no other lock is taken meanwhile;
// Scheduler::ready() runs after every lock is dropped. Between step 5 and the task's return of
// Parked a waker may already have readied it (WakePending, see vm/schedulable.hpp). The SelectWait
// and the waiters live in the task's SelectScratch and must stay untouched (and unmoved) from step
// 5 until selectResume returns.
//
// ---- Who may call what
// --------------------------------------------------------------------------- A running task, for
// itself. `cases` must be the same array (same channels) for selectBegin and the selectResume that
// follows it.
//
// Rejected: locking channels one at a time and retrying (livelock-prone, and loses the atomic
// "no case ready → enqueue on all" step that makes a wake-up between the pass and the enqueue
// impossible); ordering locks by a channel id (the address is free and unique while alive).
#pragma once

#include <cstdint>
#include <vector>

#include "vm/channel.hpp"

namespace weft::vm {

struct CommCase {
  Channel* chan = nullptr;  // null: a nil channel, never ready
  bool send = false;
  Word* elem = nullptr;  // send: the value's words; receive: the destination (null: discard)
};

// Per-task scratch reused by every select of that task (the Goroutine owns one). `rng` must be
// seeded non-zero (e.g. from the goroutine id); it drives pollorder.
struct SelectScratch {
  uint64_t rng = 0x9E3779B97F4A7C15ull;
  std::vector<uint16_t> pollOrder, lockOrder;
  std::vector<Waiter> waiters;
  SelectWait wait;
};

struct SelectOutcome {
  ChanOpStatus status = ChanOpStatus::Done;  // Done, Parked or Panic
  int index = -1;                            // the case that completed; -1: default
  bool recvOK = false;                       // for a receive case: false if it saw a close
  const char* waitReason = nullptr;          // with Parked
  const char* panic = nullptr;               // with Panic
};

// Runs steps 1-5 for `n` cases (n ≤ 65535). With Parked the task must return Parked; when it
// runs again it calls selectResume with the same cases and scratch.
SelectOutcome selectBegin(SyncEnv& env, Schedulable* self, const CommCase* cases, int n,
                          bool hasDefault, SelectScratch& scratch);
SelectOutcome selectResume(SyncEnv& env, Schedulable* self, const CommCase* cases, int n,
                           SelectScratch& scratch);

}  // namespace weft::vm
