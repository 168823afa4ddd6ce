// computePointerMap: what each opcode writes, then MOVE's fixed point (see ptrmap.hpp).
#include "lang/compile/ptrmap.hpp"

#include "lang/types.hpp"

namespace weft::compile {

using types::Kind;
using vm::Op;

bool holdsReference(const types::Type* t) {
  if (!t) return true;
  const types::Type* u = t->underlying();
  switch (u->kind) {
    case Kind::Bool:
    case Kind::Int:
    case Kind::Int8:
    case Kind::Int16:
    case Kind::Int32:
    case Kind::Int64:
    case Kind::Uint:
    case Kind::Uint8:
    case Kind::Uint16:
    case Kind::Uint32:
    case Kind::Uint64:
    case Kind::Uintptr:
    case Kind::Float32:
    case Kind::Float64:
    case Kind::UntypedBool:
    case Kind::UntypedInt:
    case Kind::UntypedRune:
    case Kind::UntypedFloat:
      return false;
    default:
      return true;
  }
}

void computePointerMap(vm::FuncProto& p, const PointerNotes& notes) {
  const uint32_t n = std::max(p.nregs, 1u);
  std::vector<bool> ref(n, false);
  auto mark = [&](uint32_t r) {
    if (r < n) ref[r] = true;
  };
  auto markFrom = [&](uint32_t r) {
    for (; r < n; r++) ref[r] = true;
  };
  for (uint32_t r = 0; r < p.nparams && r < n; r++)
    ref[r] = !notes.paramsKnown || r >= notes.params.size() || notes.params[r];

  std::vector<std::pair<uint32_t, uint32_t>> moves;  // (to, from)
  const auto& code = p.code;
  for (std::size_t pc = 0; pc < code.size(); pc++) {
    const vm::Instr i = code[pc];
    const auto op = static_cast<Op>(vm::instrOp(i));
    const uint32_t a = vm::instrA(i), b = vm::instrB(i), c = vm::instrC(i);
    auto note = notes.writes.find(pc);
    const std::vector<bool>* noted = note == notes.writes.end() ? nullptr : &note->second;
    // The k-th destination whose type only the compiler knows.
    auto untyped = [&](std::size_t k, uint32_t r) {
      if (!noted || k >= noted->size() || (*noted)[k]) mark(r);
    };
    switch (op) {
      // Writes nothing, or only scalars (numbers, booleans, lengths, indices), or zeros.
      case Op::NOP:
      case Op::SETGLOBAL:
      case Op::SETCAP:
      case Op::STORE:
      case Op::COPY:
      case Op::COPYX:
      case Op::NILCHECK:
      case Op::PANICWRAP:
      case Op::LOADI:
      case Op::LOADK:
      case Op::LOADZERO:
      case Op::ADD_INT:
      case Op::SUB_INT:
      case Op::MUL_INT:
      case Op::DIV_INT:
      case Op::REM_INT:
      case Op::DIV_UINT:
      case Op::REM_UINT:
      case Op::ADDI:
      case Op::MULI:
      case Op::DIVI:
      case Op::REMI:
      case Op::NEG_INT:
      case Op::AND:
      case Op::OR:
      case Op::XOR:
      case Op::ANDNOT:
      case Op::COMPL:
      case Op::NOT:
      case Op::SHL:
      case Op::SHR_INT:
      case Op::SHR_UINT:
      case Op::SHL_S:
      case Op::SHR_INT_S:
      case Op::SHR_UINT_S:
      case Op::SHLI:
      case Op::SHRI_INT:
      case Op::SHRI_UINT:
      case Op::TRUNC_I8:
      case Op::TRUNC_I16:
      case Op::TRUNC_I32:
      case Op::TRUNC_U8:
      case Op::TRUNC_U16:
      case Op::TRUNC_U32:
      case Op::ADD_FLOAT:
      case Op::SUB_FLOAT:
      case Op::MUL_FLOAT:
      case Op::DIV_FLOAT:
      case Op::NEG_FLOAT:
      case Op::ROUND_F32:
      case Op::MIN_FLOAT:
      case Op::SQRT:
      case Op::MATHF:
      case Op::MAX_FLOAT:
      case Op::EQ_INT:
      case Op::NE_INT:
      case Op::LT_INT:
      case Op::LE_INT:
      case Op::LT_UINT:
      case Op::LE_UINT:
      case Op::EQ_FLOAT:
      case Op::NE_FLOAT:
      case Op::LT_FLOAT:
      case Op::LE_FLOAT:
      case Op::EQ_STR:
      case Op::NE_STR:
      case Op::LT_STR:
      case Op::LE_STR:
      case Op::EQ_IFACE:
      case Op::EQ_MEM:
      case Op::EQ_IFACE_VAL:
      case Op::JMP:
      case Op::JT:
      case Op::JF:
      case Op::JEQ_INT:
      case Op::JNE_INT:
      case Op::JLT_INT:
      case Op::JLE_INT:
      case Op::JLT_UINT:
      case Op::JLE_UINT:
      case Op::JEQI:
      case Op::JNEI:
      case Op::JLTI:
      case Op::JLEI:
      case Op::JGTI:
      case Op::JGEI:
      case Op::JEQ_FLOAT:
      case Op::JNE_FLOAT:
      case Op::JLT_FLOAT:
      case Op::JLE_FLOAT:
      case Op::JNLT_FLOAT:
      case Op::JNLE_FLOAT:
      case Op::FORLOOP:
      case Op::FORLOOPI:
      case Op::I2F:
      case Op::U2F:
      case Op::F2I:
      case Op::F2U:
      case Op::LEN_STR:
      case Op::INDEX_STR:
      case Op::STRNEXT:
      case Op::LEN_SLICE:
      case Op::CAP_SLICE:
      case Op::SSTORE:
      case Op::ASTORE:
      case Op::COPYSLICE:
      case Op::CLEARSLICE:
      case Op::MAPSET:
      case Op::MAPDELETE:
      case Op::LEN_MAP:
      case Op::MAPCLEAR:
      case Op::TYPEIS:
      case Op::IMPLEMENTS:
      case Op::RET:
      case Op::RET0:
      case Op::RET1:
      case Op::GO:
      case Op::GOC:
      case Op::DEFER:
      case Op::DEFERC:
      case Op::DEFERN:
      case Op::RUNDEFERS:
      case Op::PANIC:
      case Op::PANICRT:
      case Op::SEND:
      case Op::CLOSE:
      case Op::LEN_CHAN:
      case Op::CAP_CHAN:
      case Op::PRINT:
      case Op::PRINTEND:
        break;
      // Write a reference to R[A].
      case Op::LOADSTR:
      case Op::LOADFUNC:
      case Op::CAPADDR:
      case Op::NEW:
      case Op::NEWARRAY:
      case Op::ADDR:
      case Op::ADDRX:
      case Op::CLONE:
      case Op::RUNE2STR:
      case Op::BYTES2STR:
      case Op::RUNES2STR:
      case Op::STR2BYTES:
      case Op::STR2RUNES:
      case Op::CONCAT:
      case Op::CONCATN:
      case Op::SLICE_STR:
      case Op::SADDR:
      case Op::AADDR:
      case Op::SLICE:
      case Op::SLICE3:
      case Op::SLICE_ARR:
      case Op::SLICE3_ARR:
      case Op::MAKESLICE:
      case Op::SLICEHDR:
      case Op::APPEND:
      case Op::APPENDSLICE:
      case Op::SLICE2ARR:
      case Op::MAKEMAP:
      case Op::MAPITER:
      case Op::BOX:
      case Op::ASSERTI:
      case Op::ASSERTI2:
      case Op::CLOSURE:
      case Op::RECOVER:
      case Op::MAKECHAN:
        mark(a);
        break;
      case Op::MOVE:
        moves.push_back({a, b});
        break;
      case Op::MOVE2:
        moves.push_back({a, b});
        moves.push_back({a + 1, b + 1});
        break;
      // One value the compiler types (a second result, if any, is a bool).
      case Op::GETGLOBAL:
      case Op::GETCAP:
      case Op::LOAD:
      case Op::SLOAD:
      case Op::ALOAD:
      case Op::MAPGET:
      case Op::MAPGET2:
      case Op::ASSERT:
      case Op::ASSERT2:
      case Op::RECV:
      case Op::RECV2:
        untyped(0, a);
        break;
      case Op::MAPNEXT:
        untyped(0, a + 1);
        untyped(1, a + 2);
        break;
      case Op::CALL:
      case Op::CALLC:
      case Op::CALLN:
      case Op::CALLI:
        // Results land in R[A ..]; the arguments there were typed by their own writes, and
        // while the callee runs its own map covers them.
        if (!noted) {
          markFrom(a);
        } else {
          for (std::size_t k = 0; k < noted->size(); k++)
            if ((*noted)[k]) mark(a + static_cast<uint32_t>(k));
        }
        break;
      case Op::SELECT: {
        // Received values and ok flags land in the case registers.
        uint32_t cases = c & 0x7FFF;
        for (uint32_t k = 0; k < 3 * cases; k++) mark(b + k);
        break;
      }
      default:
        markFrom(0);  // an opcode this table does not know: scan the frame like before
        break;
    }
    if (vm::opHasExtension(op)) pc++;
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (auto [to, from] : moves)
      if (to < n && from < n && ref[from] && !ref[to]) ref[to] = changed = true;
  }
  p.ptrRegs.assign((n + 63) / 64, 0);
  for (uint32_t r = 0; r < n; r++)
    if (ref[r]) p.ptrRegs[r / 64] |= uint64_t{1} << (r % 64);
}

}  // namespace weft::compile
