#include "vm/race/stacks.hpp"

#include <cstdio>
#include <mutex>

namespace weft::vm::race {

const char* runtimeFrameName(RuntimeFrame f) {
  switch (f) {
    case RuntimeFrame::MapAccess1:
      return "runtime.mapaccess1";
    case RuntimeFrame::MapAccess2:
      return "runtime.mapaccess2";
    case RuntimeFrame::MapAssign:
      return "runtime.mapassign";
    case RuntimeFrame::MapDelete:
      return "runtime.mapdelete";
    case RuntimeFrame::MapClear:
      return "runtime.mapclear";
    case RuntimeFrame::MapIterInit:
      return "runtime.mapiterinit";
    case RuntimeFrame::MapIterNext:
      return "runtime.mapiternext";
    case RuntimeFrame::ChanSend:
      return "runtime.chansend";
    case RuntimeFrame::CloseChan:
      return "runtime.closechan";
    case RuntimeFrame::None:
      break;
  }
  return "runtime.unknown";
}

std::string formatStack(const Stack& s) {
  std::string out;
  char buf[64];
  for (auto it = s.rbegin(); it != s.rend(); ++it) {
    if (!it->fn) {
      // Weft's runtime is C++: there is no Go source line to show for it.
      out += "  ";
      out += runtimeFrameName(static_cast<RuntimeFrame>(reinterpret_cast<uintptr_t>(it->pc)));
      out += "()\n      <weft runtime>\n";
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
    // Parts grow from 64 events to 4096 (goroutines that touch little memory stay small).
    std::size_t cap =
        parts_.empty() ? 64 : std::min<std::size_t>(parts_.back().events.size() * 2, 4096);
    Part p{next_, current_, {}};
    p.events.reserve(cap);
    parts_.push_back(std::move(p));
    while (kept_ > maxEvents_ && parts_.size() > 1) {
      kept_ -= parts_.front().events.size();
      parts_.pop_front();
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
  parts_.clear();
  kept_ = 0;
  current_.clear();
  lastTop_ = nullptr;
}

}  // namespace weft::vm::race
