#include "vm/race/detector.hpp"

#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace weft::vm::race {

namespace {

// Concurrent reads of one word: one entry per goroutine slot that read it.
struct ReadSet {
  struct Entry {
    Tid tid;
    Clock clock;
    uint32_t site;
  };
  std::vector<Entry> entries;
};

constexpr std::size_t kMaxReaders = 8;

ReadSet* readSetOf(uint64_t r) {
  return reinterpret_cast<ReadSet*>(static_cast<uintptr_t>(r & ~kShared));
}

bool parseInt(std::string_view s, int* out) {
  if (s.empty() || s.size() > 9) return false;
  int v = 0;
  for (char ch : s) {
    if (ch < '0' || ch > '9') return false;
    v = v * 10 + (ch - '0');
  }
  *out = v;
  return true;
}

}  // namespace

bool parseOptions(std::string_view s, Options* out, std::string* error) {
  while (!s.empty()) {
    std::size_t start = s.find_first_not_of(" \t,");
    if (start == std::string_view::npos) break;
    s.remove_prefix(start);
    std::size_t end = s.find_first_of(" \t,");
    std::string_view item = s.substr(0, end);
    s.remove_prefix(end == std::string_view::npos ? s.size() : end);
    std::size_t eq = item.find('=');
    std::string_view name = item.substr(0, eq);
    std::string_view value = eq == std::string_view::npos ? "" : item.substr(eq + 1);
    int v = 0;
    if (eq == std::string_view::npos || !parseInt(value, &v)) {
      *error = "bad GORACE option: " + std::string(item);
      return false;
    }
    if (name == "halt_on_error" && v <= 1) {
      out->haltOnError = v == 1;
    } else if (name == "exitcode" && v <= 255) {
      out->exitCode = v;
    } else if (name == "history_size" && v <= 7) {
      out->historySize = v;
    } else if (name == "log_path" || name == "strip_path_prefix" || name == "atexit_sleep_ms") {
      *error = "GORACE option not supported by Weft: " + std::string(name);
      return false;
    } else {
      *error = "bad GORACE option: " + std::string(item);
      return false;
    }
  }
  return true;
}

Detector::Detector(Options options, Sink err) : options_(options), err_(std::move(err)) {}

Detector::~Detector() = default;

// ---- goroutines ------------------------------------------------------------------------------

ThreadState* Detector::goStart(ThreadState* parent, uint64_t goid, Stack createdAt) {
  auto* ts = new ThreadState;
  ts->info = std::make_shared<GoroutineInfo>(options_.historySize);
  ts->info->goid = goid;
  ts->info->createdAt = std::move(createdAt);
  {
    std::lock_guard<std::mutex> lock(slotsMu_);
    if (freeSlots_.size() - freeHead_ > kQuarantine) {
      ts->tid = freeSlots_[freeHead_++];
      if (freeHead_ > 4096 && freeHead_ * 2 > freeSlots_.size()) {
        freeSlots_.erase(freeSlots_.begin(), freeSlots_.begin() + freeHead_);
        freeHead_ = 0;
      }
    } else {
      if (slots_.size() > Epoch::kMaxTid) {
        std::fputs("race: limit on simultaneously alive goroutines is exceeded, dying\n", stderr);
        std::_Exit(66);
      }
      ts->tid = static_cast<Tid>(slots_.size());
      slots_.emplace_back().owners.reserve(kOwners + 1);
    }
    Slot& s = slots_[ts->tid];
    ts->clock = ++s.clock;
    s.owners.emplace_back(ts->clock, ts->info);
    if (s.owners.size() > kOwners) s.owners.erase(s.owners.begin());
  }
  if (parent) {
    ts->vc = parent->vc;  // the `go` statement: the parent's past happens before the child
    advance(*parent);
  }
  if (parent) ts->vc.setMax(parent->tid, parent->clock - 1);  // the parent before the `go`
  return ts;
}

void Detector::goEnd(ThreadState* ts) {
  ts->info->finished.store(true, std::memory_order_relaxed);
  ts->vc.clear();  // outside the lock (may free a clock base)
  std::shared_ptr<GoroutineInfo> old;
  {
    std::lock_guard<std::mutex> lock(slotsMu_);
    slots_[ts->tid].clock = ts->clock;
    freeSlots_.push_back(ts->tid);
    finished_.push_back(std::move(ts->info));
    if (finished_.size() > kFinishedKept) {
      old = std::move(finished_.front());
      finished_.pop_front();
    }
  }
  // The oldest kept history goes (its goroutine stays known through its slot's owners); the
  // trace has its own lock, so this needs no slotsMu_.
  if (old) old->trace.reset();
  delete ts;
}

void Detector::advance(ThreadState& ts) {
  if (ts.clock == Epoch::kClockMask) {
    std::fputs("race: goroutine clock overflow, dying\n", stderr);
    std::_Exit(66);
  }
  ts.clock++;
}

std::shared_ptr<GoroutineInfo> Detector::infoAt(uint64_t epoch) {
  std::lock_guard<std::mutex> lock(slotsMu_);
  Tid t = Epoch::tid(epoch);
  if (t >= slots_.size()) return nullptr;
  const auto& owners = slots_[t].owners;
  Clock c = Epoch::clock(epoch);
  for (auto it = owners.rbegin(); it != owners.rend(); ++it)
    if (it->first <= c) return it->second;
  return nullptr;
}

// ---- memory accesses --------------------------------------------------------------------------

void Detector::accessRange(ThreadState& ts, const void* addr, std::size_t words, AccessKind kind,
                           SiteSource& site) {
  auto* p = static_cast<const char*>(addr);
  for (std::size_t i = 0; i < words; i++) access(ts, p + i * 8, kind, site);
}

void Detector::accessSlow(ThreadState& ts, Cell* c, const void* addr, AccessKind kind,
                          SiteSource& site) {
  uint32_t here = site.site();
  uint64_t e = ts.epoch();
  bool race = false;
  Prior prior{};
  {
    std::lock_guard<SpinLock> lock(shadow_.lockFor(addr));
    uint64_t w = c->w.load(std::memory_order_relaxed);
    // Against the last write (write-write and write-read races).
    if (w != 0 && Epoch::tid(w) != ts.tid && !ts.vc.covers(w)) {
      race = true;
      prior = Prior{AccessKind::Write, w, c->wsite};
    }
    uint64_t r = c->r.load(std::memory_order_relaxed);
    if (kind == AccessKind::Read) {
      if (r & kShared) {
        // Our own entry, else one that happens before this read (a later write ordered after
        // this read is ordered after it too), else a free place; with kMaxReaders concurrent
        // readers already, one of them is forgotten (as Go's 4 shadow slots do): a race with it
        // may go unreported, never a false one.
        ReadSet* rs = readSetOf(r);
        ReadSet::Entry* slot = nullptr;
        for (auto& en : rs->entries)
          if (en.tid == ts.tid || ts.vc.covers(Epoch::make(en.tid, en.clock))) {
            slot = &en;
            if (en.tid == ts.tid) break;
          }
        if (!slot && rs->entries.size() < kMaxReaders) slot = &rs->entries.emplace_back();
        if (!slot) slot = &rs->entries[ts.clock % kMaxReaders];
        *slot = {ts.tid, ts.clock, here};
      } else if (r == 0 || Epoch::tid(r) == ts.tid || ts.vc.covers(r)) {
        c->r.store(e, std::memory_order_relaxed);  // exclusive read
        c->rsite = here;
      } else {
        // Concurrent with the previous read: keep both.
        auto* rs = new ReadSet;
        rs->entries.push_back({Epoch::tid(r), Epoch::clock(r), c->rsite});
        rs->entries.push_back({ts.tid, ts.clock, here});
        c->r.store(kShared | reinterpret_cast<uintptr_t>(rs), std::memory_order_relaxed);
      }
    } else {
      // Against the reads since the last write (read-write races).
      if (r & kShared) {
        ReadSet* rs = readSetOf(r);
        for (auto& en : rs->entries) {
          uint64_t re = Epoch::make(en.tid, en.clock);
          if (!race && en.tid != ts.tid && !ts.vc.covers(re)) {
            race = true;
            prior = Prior{AccessKind::Read, re, en.site};
          }
        }
        delete rs;
      } else if (!race && r != 0 && Epoch::tid(r) != ts.tid && !ts.vc.covers(r)) {
        race = true;
        prior = Prior{AccessKind::Read, r, c->rsite};
      }
      // Every read so far happens before this write or was just reported: forget them.
      c->r.store(0, std::memory_order_relaxed);
      c->w.store(e, std::memory_order_relaxed);
      c->wsite = here;
    }
  }
  if (race) report(ts, addr, kind, here, prior);
}

// ---- synchronisation ------------------------------------------------------------------------

RaceSync* Detector::syncOf(RaceSlot& slot) {
  RaceSync* s = slot.load(std::memory_order_acquire);
  if (s) return s;
  auto fresh = std::make_unique<RaceSync>();
  RaceSync* expected = nullptr;
  if (slot.compare_exchange_strong(expected, fresh.get(), std::memory_order_acq_rel)) {
    std::lock_guard<std::mutex> lock(syncsMu_);
    syncs_.push_back(std::move(fresh));
    return syncs_.back().get();
  }
  return expected;
}

void Detector::acquire(ThreadState& ts, RaceSlot& slot) {
  RaceSync* s = syncOf(slot);
  std::lock_guard<SpinLock> lock(s->lock);
  ts.vc.join(s->vc);
}

void Detector::release(ThreadState& ts, RaceSlot& slot) {
  RaceSync* s = syncOf(slot);
  {
    std::lock_guard<SpinLock> lock(s->lock);
    s->vc.join(ts.vc);
    s->vc.setMax(ts.tid, ts.clock);
  }
  advance(ts);
}

void Detector::releaseAcquire(ThreadState& ts, RaceSlot& slot) {
  RaceSync* s = syncOf(slot);
  {
    std::lock_guard<SpinLock> lock(s->lock);
    s->vc.joinBoth(ts.vc);
    s->vc.setMax(ts.tid, ts.clock);
  }
  advance(ts);
}

void Detector::handOff(ThreadState& a, ThreadState& b, RaceSlot& slot) {
  RaceSync* s = syncOf(slot);
  {
    std::lock_guard<SpinLock> lock(s->lock);
    // All three end with the same clock (sharing its base); a goroutine's own entry in its
    // `vc` is below its `clock`, which is harmless (its own accesses are never checked).
    s->vc.join(a.vc);
    s->vc.join(b.vc);
    s->vc.setMax(a.tid, a.clock);
    s->vc.setMax(b.tid, b.clock);
    a.vc = s->vc;
    b.vc = s->vc;
  }
  advance(a);
  advance(b);
}

RaceSlot& Detector::atomicSlot(const void* addr) {
  std::lock_guard<std::mutex> lock(syncsMu_);
  auto& p = atomics_[reinterpret_cast<uintptr_t>(addr)];
  if (!p) p = std::make_unique<RaceSlot>(nullptr);
  return *p;
}

void Detector::acquire(Schedulable* task, RaceSlot& slot) {
  if (ThreadState* ts = stateOf ? stateOf(task) : nullptr) acquire(*ts, slot);
}

void Detector::release(Schedulable* task, RaceSlot& slot) {
  if (ThreadState* ts = stateOf ? stateOf(task) : nullptr) release(*ts, slot);
}

void Detector::acquireRelease(Schedulable* task, RaceSlot& slot) {
  if (ThreadState* ts = stateOf ? stateOf(task) : nullptr) releaseAcquire(*ts, slot);
}

void Detector::handOff(Schedulable* self, Schedulable* other, RaceSlot& slot) {
  ThreadState* a = self && stateOf ? stateOf(self) : nullptr;
  ThreadState* b = other && stateOf ? stateOf(other) : nullptr;
  if (a && b) return handOff(*a, *b, slot);
  // One side is no goroutine (a host thread): the other releases then acquires.
  if (ThreadState* t = a ? a : b) releaseAcquire(*t, slot);
}

void Detector::transfer(RaceSlot& from, RaceSlot& to) {
  RaceSync* f = syncOf(from);
  RaceSync* t = syncOf(to);
  if (f == t) return;
  // Copy under `from`'s lock, join under `to`'s: never two sync locks at once.
  VectorClock vc;
  {
    std::lock_guard<SpinLock> lock(f->lock);
    vc = f->vc;
  }
  std::lock_guard<SpinLock> lock(t->lock);
  t->vc.join(vc);
}

// ---- reports ----------------------------------------------------------------------------------

namespace {

std::string describeGoroutine(const GoroutineInfo* g) {
  if (!g || g->goid == 1) return "main goroutine";
  return "goroutine " + std::to_string(g->goid);
}

std::string hexAddr(const void* addr) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%012" PRIxPTR, reinterpret_cast<uintptr_t>(addr));
  return buf;
}

}  // namespace

void Detector::report(ThreadState& ts, const void* addr, AccessKind kind, uint32_t site,
                      const Prior& prior) {
  std::shared_ptr<GoroutineInfo> other = infoAt(prior.epoch);
  std::lock_guard<std::mutex> lock(reportMu_);
  if (halted_.load(std::memory_order_relaxed)) return;
  // One report per address and per pair of stacks (Go's suppress_equal_addresses/stacks).
  auto word = reinterpret_cast<uintptr_t>(addr) & ~uintptr_t{7};
  if (reportedAddrs_.count(word)) return;
  Stack here, before;
  bool haveHere = ts.info->trace.restore(site, &here);
  bool haveBefore = other && other->trace.restore(prior.site, &before);
  auto key = std::minmax(here, before);
  if (!reportedStacks_.insert({key.first, key.second}).second) return;
  reportedAddrs_.insert(word);
  auto stackText = [](bool have, const Stack& s) {
    return have ? formatStack(s) : std::string("  [failed to restore the stack]\n");
  };

  std::string out = "==================\nWARNING: DATA RACE\n";
  out += kind == AccessKind::Write ? "Write at " : "Read at ";
  out += hexAddr(addr) + " by " + describeGoroutine(ts.info.get()) + ":\n";
  out += stackText(haveHere, here);
  out += prior.kind == AccessKind::Write ? "\nPrevious write at " : "\nPrevious read at ";
  out += hexAddr(addr) + " by " + describeGoroutine(other.get()) + ":\n";
  out += stackText(haveBefore, before);
  auto created = [&](const GoroutineInfo* g) {
    if (!g || g->goid == 1) return;
    out += "\nGoroutine " + std::to_string(g->goid) +
           (g->finished.load(std::memory_order_relaxed) ? " (finished)" : " (running)") +
           " created at:\n";
    out += formatStack(g->createdAt);
  };
  created(ts.info.get());
  if (other != ts.info) created(other.get());
  out += "==================\n";
  err_(out);
  reported_.fetch_add(1, std::memory_order_relaxed);
  if (options_.haltOnError) halted_.store(true, std::memory_order_relaxed);
}

int Detector::finish(int status, const Sink& out) {
  int n = racesReported();
  if (n == 0) return status;
  out("Found " + std::to_string(n) + " data race(s)\n");
  return options_.exitCode;
}

}  // namespace weft::vm::race
