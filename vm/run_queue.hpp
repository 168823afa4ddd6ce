// Run queues: each worker's bounded lock-free ring (LocalRunQueue) and the one shared
// GlobalRunQueue. Both hold tasks in state Runnable (see vm/schedulable.hpp).
//
// ---- LocalRunQueue: Go's runq (proc.go runqput/runqget/runqgrab), in C++ atomics -------------
// Invariants:
// - Entries are slots_[head_ % N .. tail_ % N); 0 <= tail_ - head_ <= N. Both counters only grow
//   (uint32 wrap-around is harmless: only differences are used).
// - Only the owner worker writes tail_ and writes slots; it pushes at tail_.
// - Consumers (the owner popping, thieves stealing) claim entries at head_ by CAS, so each entry
//   is handed out once.
// - A thief reads slots before its CAS on head_. If the owner overwrote one of those slots in the
//   meantime, head_ must have moved past it first (the owner only writes slots outside
//   [head_, tail_)), so the thief's CAS fails and it discards what it read. Slots are atomics
//   (relaxed) so this benign overlap is not a data race in C++ terms.
// Ordering: push stores the slot, then tail_ with release; consumers load tail_ with acquire
// before reading slots, so the task (and everything written to it before it was queued) is
// visible. Consumers' CAS on head_ is a
// release so the owner (which loads head_ with acquire before reusing a slot) cannot overwrite a
// slot that a consumer is still reading. Who may call what: push/pop/popHalf: the owner only.
// stealHalfInto/size/empty: any thread.
//
// Rejected: a mutex per queue. It is simple and TSan-friendly and, measured alone on this
// machine (test_sched_perf.cpp), about as fast as the ring for the owner; but with a thief
// stealing it costs the owner 1.5-3x more per item, and a thief holding two queue locks at once
// needs a lock order. The ring costs one uncontended CAS per pop and a plain store per push.
// (Go publishes tail_ with an XCHG; here the StoreLoad barrier the wake-up protocol needs is
// paid once in wakep(), not on every push: a seq_cst store here doubled the cost of a push.)
//
// ---- GlobalRunQueue ----------------------------------------------------------------------------
// An intrusive FIFO list (Schedulable::globalNext_) under one mutex, plus an atomic size so that
// workers can test for emptiness without the lock. Lock order: this mutex is a leaf (nothing is
// locked while holding it). Used for tasks readied by foreign threads, yielded tasks, the overflow
// of full local queues, and the queues of workers that GOMAXPROCS switched off.
#pragma once

#include <algorithm>
#include <atomic>
#include <cassert>
#include <cstdint>
#include <mutex>

#include "vm/schedulable.hpp"

namespace weft::vm {

class LocalRunQueue {
 public:
  static constexpr uint32_t kCapacity = 256;

  // Owner only. Returns false when the ring is full (the caller then moves half to the global
  // queue with popHalf).
  bool push(Schedulable* t) {
    uint32_t h = head_.load(std::memory_order_acquire);
    uint32_t tl = tail_.load(std::memory_order_relaxed);
    if (tl - h >= kCapacity) return false;
    slots_[tl % kCapacity].store(t, std::memory_order_relaxed);
    tail_.store(tl + 1, std::memory_order_release);
    return true;
  }

  // Owner only. Takes the oldest entry, or null when empty.
  Schedulable* pop() {
    for (;;) {
      uint32_t h = head_.load(std::memory_order_acquire);
      uint32_t tl = tail_.load(std::memory_order_relaxed);
      if (tl == h) return nullptr;
      Schedulable* t = slots_[h % kCapacity].load(std::memory_order_relaxed);
      if (head_.compare_exchange_weak(h, h + 1, std::memory_order_release,
                                      std::memory_order_relaxed))
        return t;
    }
  }

  // Owner only. Claims the older half of the entries into `out` (room for kCapacity / 2) and
  // returns how many; used to spill a full ring into the global queue.
  uint32_t popHalf(Schedulable** out) {
    for (;;) {
      uint32_t h = head_.load(std::memory_order_acquire);
      uint32_t tl = tail_.load(std::memory_order_relaxed);
      uint32_t n = (tl - h) / 2;
      if (n == 0) return 0;
      for (uint32_t i = 0; i < n; i++)
        out[i] = slots_[(h + i) % kCapacity].load(std::memory_order_relaxed);
      if (head_.compare_exchange_weak(h, h + n, std::memory_order_release,
                                      std::memory_order_relaxed))
        return n;
    }
  }

  // Any thread (the thief, which must own `dst`, whose ring must be empty). Moves half of this
  // queue's entries (rounded up) into `dst` and returns one of them to run, or null if this queue
  // was empty.
  Schedulable* stealHalfInto(LocalRunQueue& dst) {
    uint32_t dtail = dst.tail_.load(std::memory_order_relaxed);
    uint32_t n = 0;
    for (;;) {
      uint32_t h = head_.load(std::memory_order_acquire);
      uint32_t tl = tail_.load(std::memory_order_acquire);
      n = tl - h;
      n = n - n / 2;
      if (n == 0) return nullptr;
      if (n > kCapacity / 2) continue;  // h and tl were read at different moments; retry
      for (uint32_t i = 0; i < n; i++) {
        Schedulable* t = slots_[(h + i) % kCapacity].load(std::memory_order_relaxed);
        dst.slots_[(dtail + i) % kCapacity].store(t, std::memory_order_relaxed);
      }
      if (head_.compare_exchange_weak(h, h + n, std::memory_order_acq_rel,
                                      std::memory_order_relaxed))
        break;
    }
    // The last stolen entry is returned to run; the others become visible in dst.
    n--;
    Schedulable* run = dst.slots_[(dtail + n) % kCapacity].load(std::memory_order_relaxed);
    if (n > 0) {
      assert(dtail - dst.head_.load(std::memory_order_acquire) + n <= kCapacity);
      dst.tail_.store(dtail + n, std::memory_order_release);
    }
    return run;
  }

  // Any thread; exact only when read by the owner with no concurrent thieves.
  uint32_t size() const {
    for (;;) {
      uint32_t h = head_.load(std::memory_order_acquire);
      uint32_t tl = tail_.load(std::memory_order_acquire);
      if (head_.load(std::memory_order_acquire) == h) return tl - h;
    }
  }
  bool empty() const { return size() == 0; }

 private:
  alignas(64) std::atomic<uint32_t> head_{0};  // next entry to hand out (consumers CAS)
  alignas(64) std::atomic<uint32_t> tail_{0};  // next free slot (owner only writes)
  std::atomic<Schedulable*> slots_[kCapacity] = {};
};

class GlobalRunQueue {
 public:
  void push(Schedulable* t) {
    std::lock_guard lock(mu_);
    pushLocked(t);
  }
  // Appends n tasks in order.
  void pushBatch(Schedulable* const* ts, uint32_t n) {
    std::lock_guard lock(mu_);
    for (uint32_t i = 0; i < n; i++) pushLocked(ts[i]);
  }
  // Removes up to `max` tasks (oldest first) into `out`; returns how many.
  uint32_t popBatch(Schedulable** out, uint32_t max) {
    if (size_.load(std::memory_order_relaxed) == 0) return 0;
    std::lock_guard lock(mu_);
    uint32_t n = 0;
    while (n < max && head_) {
      Schedulable* t = head_;
      head_ = t->globalNext_;
      t->globalNext_ = nullptr;
      out[n++] = t;
    }
    if (!head_) tail_ = nullptr;
    size_.store(size_.load(std::memory_order_relaxed) - n, std::memory_order_relaxed);
    return n;
  }
  // Lock-free size (step P1/C3 of the wake-up protocol in scheduler.hpp): may be stale.
  uint64_t size() const { return size_.load(std::memory_order_seq_cst); }

 private:
  void pushLocked(Schedulable* t) {
    t->globalNext_ = nullptr;
    if (tail_)
      tail_->globalNext_ = t;
    else
      head_ = t;
    tail_ = t;
    size_.store(size_.load(std::memory_order_relaxed) + 1, std::memory_order_release);
  }

  std::mutex mu_;
  Schedulable* head_ = nullptr;    // guarded by mu_
  Schedulable* tail_ = nullptr;    // guarded by mu_
  std::atomic<uint64_t> size_{0};  // written under mu_, read anywhere
};

}  // namespace weft::vm
