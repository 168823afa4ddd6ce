// Opcode metadata (from the one table in vm/opcodes.def) and Program helpers.
#include "vm/program.hpp"

#include <algorithm>
#include <cstring>

namespace weft::vm {

namespace {

struct OpInfo {
  const char* name;
  const char* format;
  const char* meaning;
};

constexpr OpInfo kOps[] = {
#define OP(name, format, meaning) {#name, format, meaning},
#include "vm/opcodes.def"
#undef OP
};

}  // namespace

const char* opName(Op op) {
  return kOps[static_cast<uint16_t>(op)].name;
}
const char* opFormat(Op op) {
  return kOps[static_cast<uint16_t>(op)].format;
}
const char* opMeaning(Op op) {
  return kOps[static_cast<uint16_t>(op)].meaning;
}
bool opHasExtension(Op op) {
  return std::strstr(opFormat(op), "+X") != nullptr;
}

const uint64_t* FuncProto::safepointMap(uint32_t pc) const {
  auto it = std::lower_bound(safepointPcs.begin(), safepointPcs.end(), pc);
  if (it == safepointPcs.end() || *it != pc) return nullptr;
  return safepointMaps.data() + static_cast<std::size_t>(it - safepointPcs.begin()) * ptrWords();
}

int32_t Program::lineOf(const FuncProto& fn, const Instr* pc) {
  std::ptrdiff_t i = pc - fn.code.data();
  if (i < 0 || fn.lines.empty()) return fn.line;
  if (static_cast<std::size_t>(i) >= fn.lines.size())
    i = static_cast<std::ptrdiff_t>(fn.lines.size()) - 1;
  return fn.lines[i];
}

}  // namespace weft::vm
