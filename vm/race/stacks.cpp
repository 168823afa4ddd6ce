#include "vm/race/stacks.hpp"

#include <cstdio>
#include <mutex>

namespace weft::vm::race {

namespace {

struct RuntimeFrameInfo {
  const char* name;
  const char* file;
  int line;
};

// Indexed by RuntimeFrame. Lines: `func ...` in Go 1.19's src/runtime.
constexpr RuntimeFrameInfo kRuntimeFrames[] = {
    {"runtime.mapaccess1", "runtime/map.go", 395},
    {"runtime.mapaccess2", "runtime/map.go", 456},
    {"runtime.mapassign", "runtime/map.go", 578},
    {"runtime.mapdelete", "runtime/map.go", 695},
    {"runtime.mapclear", "runtime/map.go", 993},
    {"runtime.mapiterinit", "runtime/map.go", 815},
    {"runtime.mapiternext", "runtime/map.go", 866},
    {"runtime.mapaccess1_fast32", "runtime/map_fast32.go", 13},
    {"runtime.mapaccess2_fast32", "runtime/map_fast32.go", 53},
    {"runtime.mapassign_fast32", "runtime/map_fast32.go", 93},
    {"runtime.mapdelete_fast32", "runtime/map_fast32.go", 273},
    {"runtime.mapaccess1_fast64", "runtime/map_fast64.go", 13},
    {"runtime.mapaccess2_fast64", "runtime/map_fast64.go", 53},
    {"runtime.mapassign_fast64", "runtime/map_fast64.go", 93},
    {"runtime.mapdelete_fast64", "runtime/map_fast64.go", 273},
    {"runtime.mapaccess1_faststr", "runtime/map_faststr.go", 13},
    {"runtime.mapaccess2_faststr", "runtime/map_faststr.go", 108},
    {"runtime.mapassign_faststr", "runtime/map_faststr.go", 203},
    {"runtime.mapdelete_faststr", "runtime/map_faststr.go", 301},
    {"runtime.chansend", "runtime/chan.go", 160},
    {"runtime.closechan", "runtime/chan.go", 357},
};
static_assert(sizeof kRuntimeFrames / sizeof kRuntimeFrames[0] ==
              static_cast<std::size_t>(RuntimeFrame::None));

}  // namespace

const char* runtimeFrameName(RuntimeFrame f) {
  return f < RuntimeFrame::None ? kRuntimeFrames[static_cast<int>(f)].name : "runtime.unknown";
}

RuntimeLocation runtimeFrameLocation(RuntimeFrame f) {
  if (f >= RuntimeFrame::None) return {"runtime/runtime.go", 0};
  const RuntimeFrameInfo& i = kRuntimeFrames[static_cast<int>(f)];
  return {i.file, i.line};
}

std::string formatStack(const Stack& s) {
  std::string out;
  char buf[64];
  for (auto it = s.rbegin(); it != s.rend(); ++it) {
    if (!it->fn) {
      // Weft's runtime is C++: the frame names the Go runtime function doing the same work,
      // at its place in Go's sources, as a -trimpath build of Go prints it.
      auto f = static_cast<RuntimeFrame>(reinterpret_cast<uintptr_t>(it->pc));
      RuntimeLocation at = runtimeFrameLocation(f);
      out += "  ";
      out += runtimeFrameName(f);
      out += "()\n      ";
      out += at.file;
      std::snprintf(buf, sizeof buf, ":%d +0x0\n", at.line);
      out += buf;
    } else if (!it->fn->wrapper) {
      out += "  " + it->fn->name + "()\n      " + it->fn->file;
      std::snprintf(buf, sizeof buf, ":%d +0x%zx\n", Program::lineOf(*it->fn, it->pc),
                    static_cast<std::size_t>(it->pc - it->fn->code.data()) * 4);
      out += buf;
    }
  }
  return out;
}

void Trace::append(Event e) {
  if (parts_.empty() || parts_.back().events.size() == parts_.back().events.capacity()) {
    // Parts grow from 16 events to 4096 (goroutines that touch little memory stay small).
    std::size_t cap =
        parts_.empty() ? 16 : std::min<std::size_t>(parts_.back().events.size() * 2, 4096);
    Part p{next_, current_, {}};
    p.events.reserve(cap);
    parts_.push_back(std::move(p));
    while (kept_ > maxEvents_ && parts_.size() > 1) {
      kept_ -= parts_.front().events.size();
      parts_.erase(parts_.begin());
    }
  }
  parts_.back().events.push_back(e);
  kept_++;
  next_++;
}

bool Trace::restore(uint32_t pos, Stack* out) {
  std::lock_guard<SpinLock> lock(lock_);
  // The absolute position: the latest one whose low 32 bits are `pos`.
  uint64_t back = static_cast<uint32_t>(static_cast<uint32_t>(next_) - pos);
  if (back == 0 || back > next_) return false;
  uint64_t at = next_ - back;
  if (parts_.empty() || at < parts_.front().start) return false;
  const Part* part = nullptr;
  for (auto it = parts_.rbegin(); it != parts_.rend(); ++it)
    if (it->start <= at) {
      part = &*it;
      break;
    }
  if (!part) return false;
  Stack s = part->snapshot;
  for (uint64_t i = part->start; i < at; i++) {
    const Event& e = part->events[i - part->start];
    if ((e.a & kTag) == kPush)
      s.push_back({reinterpret_cast<const FuncProto*>(e.a), reinterpret_cast<const Instr*>(e.b)});
    else if ((e.a & kTag) == kTruncate)
      s.resize(e.b);
  }
  const Event& e = part->events[at - part->start];
  if ((e.a & kTag) != kAccess) return false;
  s.push_back({reinterpret_cast<const FuncProto*>(e.a & ~kTag),
               reinterpret_cast<const Instr*>(e.b & ((uintptr_t{1} << 56) - 1))});
  auto rt = static_cast<RuntimeFrame>(e.b >> 56);
  if (rt != RuntimeFrame::None)
    s.push_back({nullptr, reinterpret_cast<const Instr*>(static_cast<uintptr_t>(rt))});
  *out = std::move(s);
  return true;
}

void Trace::reset() {
  std::lock_guard<SpinLock> lock(lock_);
  std::vector<Part>().swap(parts_);  // gives the memory back
  kept_ = 0;
  Stack().swap(current_);
  for (Recent& r : recent_) r = Recent{};
}

}  // namespace weft::vm::race
