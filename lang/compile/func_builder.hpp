// FuncBuilder: emits the bytecode of one vm::FuncProto — instructions with their source lines,
// forward and backward jumps through Labels, numeric constants, and the register high-water
// mark. It knows nothing about the syntax tree; the FuncCompiler and the wrapper generator
// drive it.
#pragma once

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "lang/ast.hpp"
#include "lang/compile/ptrmap.hpp"
#include "vm/program.hpp"

namespace weft::compile {

using vm::Instr;
using vm::Op;
using vm::Word;

// A compile error inside one function; compileProgram turns it into a diagnostic.
struct CompileError {
  ast::Pos pos;
  std::string message;
  bool branchRange = false;  // a conditional branch did not fit: retry with long branches
};

struct Label {
  int32_t pos = -1;  // bound position, or -1
  struct Fixup {
    std::size_t at;  // index of the jump instruction
    bool wide;       // sBx (32-bit) rather than sC (16-bit)
    bool ext;        // the jump has an extension word (offset counts from after it)
  };
  std::vector<Fixup> fixups;
};

class FuncBuilder {
 public:
  explicit FuncBuilder(vm::FuncProto& proto) : proto_(proto) {}

  vm::FuncProto& proto() { return proto_; }
  // Conditional branches normally carry a 16-bit offset; a function whose branches do not fit
  // is compiled again with long branches (inverse condition over a 32-bit JMP).
  bool longBranches = false;
  // Race mode (compile::Options::race): a RACECHK precedes every instruction that touches
  // memory two goroutines can reach (see raceChecked); registers are never checked.
  bool race = false;
  static bool raceChecked(Op op);
  std::size_t size() const { return proto_.code.size(); }

  // ---- source positions ---------------------------------------------------------------------
  void setPos(ast::Pos p) {
    if (p.valid()) line_ = static_cast<int32_t>(p.line), pos_ = p;
  }
  ast::Pos pos() const { return pos_; }

  // ---- registers ---------------------------------------------------------------------------
  uint32_t freeReg() const { return free_; }
  uint32_t alloc(uint32_t n = 1) {
    uint32_t r = free_;
    free_ += n;
    if (free_ > 65000) throw CompileError{pos_, "function needs too many registers"};
    if (free_ > max_) max_ = free_;
    return r;
  }
  void freeTo(uint32_t r) { free_ = r; }
  // Makes sure the frame has at least `top` registers (e.g. for a callee's overlapping frame).
  void reserve(uint32_t top) {
    if (top > max_) max_ = top;
  }
  uint32_t maxReg() const { return max_; }

  // ---- emission ----------------------------------------------------------------------------
  std::size_t emit(Instr i) {
    if (race && raceChecked(static_cast<Op>(vm::instrOp(i))))
      emitWord(vm::makeABC(Op::RACECHK, 0, 0, 0));
    return emitWord(i);
  }
  // An instruction or extension word as is.
  std::size_t emitWord(Instr i) {
    proto_.code.push_back(i);
    proto_.lines.push_back(line_);
    lastInstr_ = proto_.code.size() - 1;
    return lastInstr_;
  }
  std::size_t emitABC(Op op, uint32_t a, uint32_t b = 0, uint32_t c = 0) {
    checkOperand(a), checkOperand(b), checkOperand(c);
    return emit(vm::makeABC(op, a, b, c));
  }
  std::size_t emitABx(Op op, uint32_t a, uint32_t bx) {
    checkOperand(a);
    return emit(vm::makeABx(op, a, bx));
  }
  std::size_t emitAsBx(Op op, uint32_t a, int32_t sbx) {
    checkOperand(a);
    return emit(vm::makeABx(op, a, static_cast<uint32_t>(sbx)));
  }
  std::size_t emitABsC(Op op, uint32_t a, uint32_t b, int32_t sc) {
    checkOperand(a), checkOperand(b);
    return emit(vm::makeABC(op, a, b, static_cast<uint32_t>(sc) & 0xFFFF));
  }
  // An instruction followed by its extension word.
  std::size_t emitX(Instr i, uint64_t ext) {
    std::size_t at = emit(i);
    emitWord(ext);
    lastInstr_ = at;
    return at;
  }
  std::size_t emitABCX(Op op, uint32_t a, uint32_t b, uint32_t c, uint64_t ext) {
    checkOperand(a), checkOperand(b), checkOperand(c);
    return emitX(vm::makeABC(op, a, b, c), ext);
  }

  // Loads an integer constant (LOADI when it fits, else LOADK).
  void loadInt(uint32_t reg, int64_t v);
  void loadWord(uint32_t reg, Word w);
  uint32_t constant(Word w);

  // ---- jumps -------------------------------------------------------------------------------
  void bind(Label& l);
  void jump(Label& l) { jumpOp(Op::JMP, 0, l); }
  // JT / JF / JMP and other AsBx jumps.
  void jumpOp(Op op, uint32_t a, Label& l);
  // Compare-and-branch ops in ABsC / AsBsC form.
  void branch(Op op, uint32_t a, uint32_t b, Label& l);
  // An AsBx jump followed by an extension word (MAPNEXT).
  void jumpOpX(Op op, uint32_t a, uint64_t ext, Label& l);
  // The last instruction can be retargeted (no label is bound after it).
  bool lastIsRetargetable() const { return !proto_.code.empty() && boundAt_ != size(); }
  Instr& last() { return proto_.code.back(); }

  // ---- register pointer maps (ptrmap.hpp) --------------------------------------------------
  // The instruction emitted last writes a value of type t (its one untyped destination: LOAD,
  // SLOAD, ALOAD, GETGLOBAL, GETCAP, MAPGET(2), ASSERT(2), RECV(2)).
  void noteWrite(const types::Type* t) { notes_.writes[lastInstr_] = {holdsReference(t)}; }
  // The call (or MAPNEXT) emitted last writes values of these types to its destinations.
  void noteWrites(const std::vector<const types::Type*>& ts) {
    std::vector<bool>& w = notes_.writes[lastInstr_];
    w.clear();
    for (const types::Type* t : ts) w.push_back(holdsReference(t));
  }
  // The instruction emitted last writes a reference (the address of a global's storage).
  void noteReference() { notes_.writes[lastInstr_] = {true}; }
  // The types of the parameter words R[0 .. nparams).
  void noteParams(const std::vector<const types::Type*>& ts) {
    notes_.paramsKnown = true;
    notes_.params.clear();
    for (const types::Type* t : ts) notes_.params.push_back(holdsReference(t));
  }
  // The prologue (parameter copies, cells, named results) ends here: nothing before can panic.
  void notePrologueEnd() { notes_.prologueEnd = size(); }
  // Before a receive into register r of a one-word element: a waker writes r while the
  // goroutine is parked, so the collector must find null or the value there (ptrmap.hpp).
  void zeroForReceive(uint32_t r, const types::Type* elem) {
    if (holdsReference(elem)) emitABC(Op::LOADZERO, r, 1);
  }

  // Writes nregs and the pointer map; call once at the end. Fails if a label was used but never
  // bound.
  void finish();

 private:
  void checkOperand(uint32_t v) {
    if (v > 0xFFFF) throw CompileError{pos_, "function too large (operand out of range)"};
  }
  void patch(const Label::Fixup& f, int32_t target);

  vm::FuncProto& proto_;
  int32_t line_ = 0;
  ast::Pos pos_;
  uint32_t free_ = 0, max_ = 0;
  std::size_t boundAt_ = SIZE_MAX;
  std::unordered_map<Word, uint32_t> constIndex_;
  std::vector<Label*> unbound_;
  std::size_t lastInstr_ = 0;
  PointerNotes notes_;
};

}  // namespace weft::compile
