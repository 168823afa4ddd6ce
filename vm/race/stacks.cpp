#include "vm/race/stacks.hpp"

#include <cstdio>

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
    case RuntimeFrame::SelectGo:
      return "runtime.selectgo";
    case RuntimeFrame::Count_:
      break;
  }
  return "runtime.unknown";
}

StackTable::StackTable() {
  nodes_.push_back(Node{kRoot, nullptr, nullptr});
}

uint32_t StackTable::intern(uint32_t parent, const FuncProto* fn, const Instr* pc) {
  std::lock_guard<std::mutex> lock(mu_);
  auto [it, fresh] = index_.try_emplace(Key{parent, fn, pc}, static_cast<uint32_t>(nodes_.size()));
  if (fresh) nodes_.push_back(Node{parent, fn, pc});
  return it->second;
}

uint32_t StackTable::internRuntime(uint32_t parent, RuntimeFrame f) {
  // Runtime pseudo frames: fn null, pc carries the RuntimeFrame (never dereferenced).
  return intern(parent, nullptr, reinterpret_cast<const Instr*>(uintptr_t(f) + 1));
}

std::string StackTable::format(uint32_t node) const {
  std::lock_guard<std::mutex> lock(mu_);
  std::string out;
  char buf[64];
  while (node != kRoot && node < nodes_.size()) {
    const Node& n = nodes_[node];
    if (!n.fn) {
      auto f = static_cast<RuntimeFrame>(reinterpret_cast<uintptr_t>(n.pc) - 1);
      // Weft's runtime is C++: there is no Go source line to show for it.
      out += "  ";
      out += runtimeFrameName(f);
      out += "()\n      <weft runtime>\n";
    } else if (!n.fn->wrapper) {
      out += "  " + n.fn->name + "()\n      " + n.fn->file;
      std::snprintf(buf, sizeof buf, ":%d +0x%zx\n", Program::lineOf(*n.fn, n.pc),
                    static_cast<std::size_t>(n.pc - n.fn->code.data()) * 4);
      out += buf;
    }
    node = n.parent;
  }
  return out;
}

}  // namespace weft::vm::race
