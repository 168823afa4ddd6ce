// Stacks of the race detector: every access it remembers carries the full call stack of the
// goroutine at that instant, interned as one 32-bit node of a trie of frames (parent, function,
// pc). The report prints the previous access's stack from it, however long ago it happened, so
// Weft never prints Go's "[failed to restore the stack]".
//
// A node whose `fn` is null is a pseudo frame of the Go runtime (`runtime.mapassign()`), added
// on top of the user frame that called it, as Go's reports show them.
//
// Thread safety: intern() takes a mutex; node contents never change once created, and nodes are
// never freed, so frames() may run concurrently with intern() under the same mutex.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "vm/program.hpp"

namespace weft::vm::race {

// Runtime functions that appear as the top frame of map and channel accesses (Go's names).
enum class RuntimeFrame : uint8_t {
  MapAccess1,
  MapAccess2,
  MapAssign,
  MapDelete,
  MapClear,
  MapIterInit,
  MapIterNext,
  ChanSend,
  CloseChan,
  SelectGo,
  Count_
};
const char* runtimeFrameName(RuntimeFrame f);

class StackTable {
 public:
  StackTable();
  static constexpr uint32_t kRoot = 0;  // the empty stack

  // The node for frame (fn, pc) called from the stack `parent`; `pc` points at the instruction
  // the frame is executing (for callers: the call instruction).
  uint32_t intern(uint32_t parent, const FuncProto* fn, const Instr* pc);
  uint32_t internRuntime(uint32_t parent, RuntimeFrame f);

  // Go's stack text, innermost frame first: "  main.f()\n      /abs/prog.go:12 +0x1c\n".
  // Synthesized wrapper functions are left out, as in Go tracebacks.
  std::string format(uint32_t node) const;

 private:
  struct Node {
    uint32_t parent;
    const FuncProto* fn;
    const Instr* pc;
  };
  struct Key {
    uint32_t parent;
    const void* fn;
    const void* pc;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& k) const {
      uint64_t h = k.parent * 0x9E3779B97F4A7C15ull;
      h ^= reinterpret_cast<uintptr_t>(k.fn) + 0x7F4A7C159E3779B9ull + (h << 6) + (h >> 2);
      h ^= reinterpret_cast<uintptr_t>(k.pc) + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
      return h;
    }
  };
  mutable std::mutex mu_;
  std::vector<Node> nodes_;
  std::unordered_map<Key, uint32_t, KeyHash> index_;
};

}  // namespace weft::vm::race
