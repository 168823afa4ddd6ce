// Map opcodes. TEMPORARY until vm/map.hpp (branch heap) lands: maps are reported as unsupported.
#include "vm/interp_ops.hpp"

namespace weft::vm {

bool mapOp(Machine&, Goroutine&, Instr, Word*, const Instr*&, std::string* err) {
  *err = "maps are not supported yet";
  return false;
}

}  // namespace weft::vm
