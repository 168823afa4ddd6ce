#include "lang/compile/func_builder.hpp"

namespace weft::compile {

uint32_t FuncBuilder::constant(Word w) {
  auto it = constIndex_.find(w);
  if (it != constIndex_.end()) return it->second;
  uint32_t i = static_cast<uint32_t>(proto_.k.size());
  proto_.k.push_back(w);
  constIndex_.emplace(w, i);
  return i;
}

void FuncBuilder::loadInt(uint32_t reg, int64_t v) {
  if (v >= INT32_MIN && v <= INT32_MAX)
    emitAsBx(Op::LOADI, reg, static_cast<int32_t>(v));
  else
    emitABx(Op::LOADK, reg, constant(static_cast<Word>(v)));
}

void FuncBuilder::loadWord(uint32_t reg, Word w) {
  int64_t v = static_cast<int64_t>(w);
  if (v >= INT32_MIN && v <= INT32_MAX)
    emitAsBx(Op::LOADI, reg, static_cast<int32_t>(v));
  else
    emitABx(Op::LOADK, reg, constant(w));
}

void FuncBuilder::patch(const Label::Fixup& f, int32_t target) {
  int64_t off = static_cast<int64_t>(target) - static_cast<int64_t>(f.at + 1 + (f.ext ? 1 : 0));
  Instr& i = proto_.code[f.at];
  if (f.wide) {
    i = (i & 0xFFFFFFFFull) | (static_cast<Instr>(static_cast<uint32_t>(off)) << 32);
  } else {
    if (off < INT16_MIN || off > INT16_MAX)
      throw CompileError{pos_, "function too large (branch out of range)", true};
    i = (i & 0x0000FFFFFFFFFFFFull) | (static_cast<Instr>(static_cast<uint16_t>(off)) << 48);
  }
}

void FuncBuilder::bind(Label& l) {
  l.pos = static_cast<int32_t>(size());
  boundAt_ = size();
  for (const auto& f : l.fixups) patch(f, l.pos);
  l.fixups.clear();
}

void FuncBuilder::jumpOp(Op op, uint32_t a, Label& l) {
  std::size_t at = emitAsBx(op, a, 0);
  Label::Fixup f{at, true, false};
  if (l.pos >= 0)
    patch(f, l.pos);
  else
    l.fixups.push_back(f);
}

void FuncBuilder::jumpOpX(Op op, uint32_t a, uint64_t ext, Label& l) {
  std::size_t at = emitAsBx(op, a, 0);
  emitWord(ext);
  lastInstr_ = at;
  Label::Fixup f{at, true, true};
  if (l.pos >= 0)
    patch(f, l.pos);
  else
    l.fixups.push_back(f);
}

namespace {

// The branch taken exactly when `op` is not (operands possibly swapped).
Op inverseBranch(Op op, bool* swap) {
  *swap = false;
  switch (op) {
    case Op::JEQ_INT:
      return Op::JNE_INT;
    case Op::JNE_INT:
      return Op::JEQ_INT;
    case Op::JLT_INT:
      *swap = true;
      return Op::JLE_INT;
    case Op::JLE_INT:
      *swap = true;
      return Op::JLT_INT;
    case Op::JLT_UINT:
      *swap = true;
      return Op::JLE_UINT;
    case Op::JLE_UINT:
      *swap = true;
      return Op::JLT_UINT;
    case Op::JEQI:
      return Op::JNEI;
    case Op::JNEI:
      return Op::JEQI;
    case Op::JLTI:
      return Op::JGEI;
    case Op::JGEI:
      return Op::JLTI;
    case Op::JLEI:
      return Op::JGTI;
    case Op::JGTI:
      return Op::JLEI;
    case Op::JEQ_FLOAT:
      return Op::JNE_FLOAT;
    case Op::JNE_FLOAT:
      return Op::JEQ_FLOAT;
    case Op::JLT_FLOAT:
      return Op::JNLT_FLOAT;
    case Op::JNLT_FLOAT:
      return Op::JLT_FLOAT;
    case Op::JLE_FLOAT:
      return Op::JNLE_FLOAT;
    case Op::JNLE_FLOAT:
      return Op::JLE_FLOAT;
    default:
      return Op::NOP;
  }
}

}  // namespace

void FuncBuilder::branch(Op op, uint32_t a, uint32_t b, Label& l) {
  if (longBranches) {
    bool swap = false;
    Op inv = inverseBranch(op, &swap);
    if (inv != Op::NOP) {
      if (swap) std::swap(a, b);
      emitABsC(inv, a, b, 1);  // skip the JMP when the condition is false
      jump(l);
      return;
    }
  }
  std::size_t at = emitABsC(op, a, b, 0);
  Label::Fixup f{at, false, false};
  if (l.pos >= 0)
    patch(f, l.pos);
  else
    l.fixups.push_back(f);
}

bool FuncBuilder::raceChecked(Op op) {
  switch (op) {
    case Op::GETGLOBAL:
    case Op::SETGLOBAL:
    case Op::GETCAP:
    case Op::SETCAP:
    case Op::LOAD:
    case Op::STORE:
    case Op::COPY:
    case Op::COPYX:
    case Op::CLONE:
    case Op::SLOAD:
    case Op::SSTORE:
    case Op::ALOAD:
    case Op::ASTORE:
    case Op::APPEND:
    case Op::APPENDSLICE:
    case Op::COPYSLICE:
    case Op::CLEARSLICE:
    case Op::MAPGET:
    case Op::MAPGET2:
    case Op::MAPSET:
    case Op::MAPDELETE:
    case Op::MAPCLEAR:
    case Op::MAPITER:
    case Op::MAPNEXT:
    case Op::SEND:
    case Op::CLOSE:
    case Op::SELECT:
      return true;
    default:
      return false;
  }
}

void FuncBuilder::finish() {
  proto_.nregs = std::max({max_, proto_.nparams, proto_.nresults, 1u});
  proto_.ptrGuesses = static_cast<uint32_t>(computePointerMap(proto_, notes_));
}

}  // namespace weft::compile
