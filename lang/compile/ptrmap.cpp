// computePointerMap: the register kinds at each safepoint of a function (see ptrmap.hpp).
#include "lang/compile/ptrmap.hpp"

#include <algorithm>

#include "lang/types.hpp"
#include "vm/heap.hpp"

namespace weft::compile {

using vm::Op;

bool holdsReference(const types::Type* t) {
  return !t || vm::wordIsReference(t);
}

namespace {

// A register's kind at one point of the code (ptrmap.hpp). Zero joins with Scalar or Ref to
// that kind; any other disagreement is Mixed (not scanned: the register is dead there).
enum : uint8_t { kGarbage, kZero, kScalar, kRef, kMixed };

inline uint8_t join(uint8_t a, uint8_t b) {
  if (a == b) return a;
  if (a == kZero && (b == kScalar || b == kRef)) return b;
  if (b == kZero && (a == kScalar || a == kRef)) return a;
  return kMixed;
}

using State = std::vector<uint8_t>;

// Joins `from` into `into` (empty: not reached yet). True if `into` changed.
bool joinInto(State& into, const State& from) {
  if (into.empty()) {
    into = from;
    return true;
  }
  bool changed = false;
  for (std::size_t r = 0; r < into.size(); r++) {
    uint8_t j = join(into[r], from[r]);
    if (j != into[r]) into[r] = j, changed = true;
  }
  return changed;
}

bool isCall(Op op) {
  return op == Op::CALL || op == Op::CALLC || op == Op::CALLN || op == Op::CALLI;
}

// Conditional and unconditional jumps: where the taken branch goes (code index), else -1.
int64_t jumpTarget(const std::vector<vm::Instr>& code, std::size_t pc) {
  const vm::Instr i = code[pc];
  const auto op = static_cast<Op>(vm::instrOp(i));
  switch (op) {
    case Op::JMP:
    case Op::JT:
    case Op::JF:
      return static_cast<int64_t>(pc) + 1 + vm::instrSBx(i);
    case Op::MAPNEXT:
      return static_cast<int64_t>(pc) + 2 + vm::instrSBx(i);
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
      return static_cast<int64_t>(pc) + 1 + vm::instrSC(i);
    default:
      return -1;
  }
}

// No fall-through.
bool endsFlow(Op op) {
  switch (op) {
    case Op::JMP:
    case Op::RET:
    case Op::RET0:
    case Op::RET1:
    case Op::PANIC:
    case Op::PANICRT:
      return true;
    default:
      return false;
  }
}

// A frame can be found stopped right after these (ptrmap.hpp).
bool stopsAfter(Op op) {
  switch (op) {
    case Op::CALL:
    case Op::CALLC:
    case Op::CALLN:
    case Op::CALLI:
    case Op::SEND:
    case Op::RECV:
    case Op::RECV2:
    case Op::SELECT:
    case Op::RUNDEFERS:
      return true;
    default:
      return false;
  }
}

class Analysis {
 public:
  Analysis(const vm::FuncProto& p, const PointerNotes& notes)
      : p_(p), notes_(notes), code_(p.code), n_(std::max(p.nregs, 1u)) {}

  std::size_t guesses = 0;

  // The state at the start of instruction pc, given the state before the previous one: the
  // effect of instruction pc on `s` (taken: along its jump).
  void transfer(State& s, std::size_t pc, bool taken) {
    const vm::Instr i = code_[pc];
    const auto op = static_cast<Op>(vm::instrOp(i));
    const uint32_t a = vm::instrA(i), b = vm::instrB(i), c = vm::instrC(i);
    auto note = notes_.writes.find(pc);
    const std::vector<bool>* noted = note == notes_.writes.end() ? nullptr : &note->second;
    auto set = [&](uint32_t r, uint8_t k) {
      if (r >= n_) return;
      s[r] = k;
      if (k == kRef) union_[r] = true;
    };
    // The k-th destination whose type only the compiler knows.
    auto typed = [&](std::size_t k, uint32_t r) {
      if (!noted || k >= noted->size()) {
        guesses += counting_;
        set(r, kRef);
      } else {
        set(r, (*noted)[k] ? kRef : kScalar);
      }
    };
    switch (op) {
      // Writes nothing in this frame's registers.
      case Op::NOP:
      case Op::RACECHK:
      case Op::SETGLOBAL:
      case Op::SETCAP:
      case Op::STORE:
      case Op::COPY:
      case Op::COPYX:
      case Op::NILCHECK:
      case Op::PANICWRAP:
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
      case Op::SSTORE:
      case Op::ASTORE:
      case Op::CLEARSLICE:
      case Op::MAPSET:
      case Op::MAPDELETE:
      case Op::MAPCLEAR:
      case Op::RET:
      case Op::RET0:
      case Op::RET1:
      case Op::GO:
      case Op::GOC:
      case Op::DEFER:
      case Op::DEFERC:
      case Op::DEFERN:
      case Op::RUNDEFERS:  // deferred calls run above the frame (natives too)
      case Op::PANIC:
      case Op::PANICRT:
      case Op::SEND:
      case Op::CLOSE:
      case Op::PRINT:
      case Op::PRINTEND:
      case Op::Count_:  // not an opcode
        break;
      // A scalar (number, boolean, length, index) into R[A].
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
      case Op::FORLOOP:
      case Op::FORLOOPI:
      case Op::I2F:
      case Op::U2F:
      case Op::F2I:
      case Op::F2U:
      case Op::LEN_STR:
      case Op::INDEX_STR:
      case Op::LEN_SLICE:
      case Op::CAP_SLICE:
      case Op::COPYSLICE:
      case Op::LEN_MAP:
      case Op::TYPEIS:
      case Op::IMPLEMENTS:
      case Op::LEN_CHAN:
      case Op::CAP_CHAN:
        set(a, kScalar);
        break;
      case Op::LOADI:
        set(a, vm::instrSBx(i) == 0 ? kZero : kScalar);
        break;
      case Op::LOADK:
        set(a, vm::instrBx(i) < p_.k.size() && p_.k[vm::instrBx(i)] == 0 ? kZero : kScalar);
        break;
      case Op::LOADZERO:
        for (uint32_t k = 0; k < b; k++) set(a + k, kZero);
        break;
      case Op::STRNEXT:
        set(a, kScalar);
        set(a + 1, kScalar);
        break;
      // A reference (or null) into R[A].
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
      case Op::CLOSURE:
      case Op::RECOVER:
      case Op::MAKECHAN:
        set(a, kRef);
        break;
      case Op::ASSERTI2:
        set(a, kRef);
        set(a + 1, kScalar);
        break;
      case Op::MOVE:
        if (b < n_) set(a, s[b]);
        break;
      case Op::MOVE2:
        if (b < n_) set(a, s[b]);
        if (b + 1 < n_) set(a + 1, s[b + 1]);
        break;
      // One value the compiler types (and for the comma-ok forms a bool).
      case Op::GETGLOBAL:
      case Op::GETCAP:
      case Op::LOAD:
      case Op::SLOAD:
      case Op::ALOAD:
      case Op::MAPGET:
      case Op::ASSERT:
      case Op::RECV:
        typed(0, a);
        break;
      case Op::MAPGET2:
      case Op::ASSERT2:
      case Op::RECV2:
        typed(0, a);
        set(a + 1, kScalar);
        break;
      case Op::MAPNEXT:
        if (!taken) {  // at the end of the map nothing is written
          typed(0, a + 1);
          typed(1, a + 2);
        }
        break;
      case Op::CALL:
      case Op::CALLC:
      case Op::CALLN:
      case Op::CALLI:
        // Results land in R[A ..]; above them is what the callee's frame left.
        if (!noted) {
          guesses += counting_;
          for (uint32_t r = a; r < n_; r++) set(r, kRef);
        } else {
          for (uint32_t r = a; r < n_; r++) s[r] = kGarbage;
          for (std::size_t k = 0; k < noted->size(); k++)
            set(a + static_cast<uint32_t>(k), (*noted)[k] ? kRef : kScalar);
        }
        break;
      case Op::SELECT: {
        // R[A]: the chosen case. A receiving case k gets its value in R[B+3k+1] (written by
        // the sender while the goroutine may be parked: the compiler zeroed it) and its ok
        // flag in R[B+3k+2].
        set(a, kScalar);
        const uint32_t cases = c & 0x7FFF;
        const uint64_t sendMask = code_[pc + 1];
        for (uint32_t k = 0; k < cases; k++) {
          if ((sendMask >> k) & 1) continue;
          typed(k, b + 3 * k + 1);
          set(b + 3 * k + 2, kScalar);
        }
        break;
      }
    }
  }

  void run() {
    const std::size_t size = code_.size();
    // The code indexes where a stretch of straight-line code starts: jump targets, what follows
    // a jump or a return, recoverPc. Only their states are kept; the others are recomputed.
    leader_.assign(size + 1, false);
    stop_.assign(size + 1, false);
    if (size) stop_[0] = true;
    for (std::size_t pc = 0; pc < size;) {
      const auto op = static_cast<Op>(vm::instrOp(code_[pc]));
      std::size_t next = pc + (vm::opHasExtension(op) ? 2 : 1);
      int64_t t = jumpTarget(code_, pc);
      if (t >= 0 && static_cast<std::size_t>(t) <= size) {
        leader_[t] = true;
        if (static_cast<std::size_t>(t) < next) stop_[t] = true;  // a back-edge: a safepoint
      }
      if (t >= 0 || endsFlow(op)) leader_[std::min(next, size)] = true;
      if (stopsAfter(op)) stop_[std::min(next, size)] = true;
      // RUNDEFERS: a native deferred call parked; CALLN / CALLI: a native being replayed (its
      // arguments live on while a method it called runs as spliced frames).
      if (op == Op::RUNDEFERS || op == Op::CALLN || op == Op::CALLI) stop_[pc] = true;
      pc = next;
    }
    leader_[0] = true;
    recovers_ = p_.recoverPc >= 0 && static_cast<std::size_t>(p_.recoverPc) < size;
    if (recovers_) leader_[p_.recoverPc] = true;

    in_.assign(size + 1, State{});
    State entry(n_, kGarbage);
    for (uint32_t r = 0; r < p_.nparams && r < n_; r++)
      entry[r] =
          !notes_.paramsKnown || r >= notes_.params.size() || notes_.params[r] ? kRef : kScalar;
    in_[0] = entry;
    union_.assign(n_, false);
    for (uint32_t r = 0; r < n_; r++)
      if (entry[r] == kRef) union_[r] = true;
    queued_.assign(size + 1, false);
    work_ = {0};
    queued_[0] = true;
    while (!work_.empty()) {
      std::size_t pc = work_.back();
      work_.pop_back();
      queued_[pc] = false;
      walk(pc, nullptr);
    }
  }

  // Writes the maps: the state at every stop point, the union, the panic map.
  void emit(vm::FuncProto& p) {
    const std::size_t words = (n_ + 63) / 64;
    p.ptrRegs.assign(words, 0);
    p.safepointPcs.clear();
    p.safepointMaps.clear();
    p.panicMap.assign(words, 0);
    counting_ = true;
    for (std::size_t pc = 0; pc < code_.size(); pc++)
      if (leader_[pc] && !in_[pc].empty()) walk(pc, &p);
    // Each stretch is walked once, from its leader, in code order: the stop points come out
    // sorted.
    if (recovers_ && !in_[p.recoverPc].empty()) bits(in_[p.recoverPc], p.panicMap.data());
    for (uint32_t r = 0; r < n_; r++)
      if (union_[r]) p.ptrRegs[r / 64] |= uint64_t{1} << (r % 64);
  }

 private:
  void bits(const State& s, uint64_t* out) const {
    for (uint32_t r = 0; r < n_; r++)
      if (s[r] == kRef) out[r / 64] |= uint64_t{1} << (r % 64);
  }

  void reach(std::size_t to, const State& s) {
    if (to >= code_.size()) return;
    if (joinInto(in_[to], s) && !queued_[to] && !out_) {
      queued_[to] = true;
      work_.push_back(to);
    }
  }

  // Runs the straight-line code from leader pc, propagating to its successors (fixed-point
  // phase, out null) or recording the states at its stop points into *out (final phase, after
  // the fixed point: nothing changes any more).
  void walk(std::size_t pc, vm::FuncProto* out) {
    out_ = out;
    const std::size_t size = code_.size();
    const std::size_t words = (n_ + 63) / 64;
    s_ = in_[pc];
    for (;;) {
      const auto op = static_cast<Op>(vm::instrOp(code_[pc]));
      if (out) {
        if (stop_[pc]) {
          out->safepointPcs.push_back(static_cast<uint32_t>(pc));
          out->safepointMaps.resize(out->safepointMaps.size() + words, 0);
          bits(s_, out->safepointMaps.data() + out->safepointMaps.size() - words);
        }
      }
      if (recovers_ && pc >= notes_.prologueEnd && !out) {
        // A panic here resumes the frame at recoverPc with the registers as they were before
        // this instruction (a callee's frame above R[A] is gone).
        edge_ = s_;
        if (isCall(op))
          for (uint32_t r = vm::instrA(code_[pc]); r < n_; r++) edge_[r] = kGarbage;
        reach(static_cast<std::size_t>(p_.recoverPc), edge_);
      }
      int64_t t = jumpTarget(code_, pc);
      if (t >= 0 && !out) {
        edge_ = s_;
        transfer(edge_, pc, true);
        reach(static_cast<std::size_t>(t), edge_);
      }
      if (endsFlow(op)) break;
      transfer(s_, pc, false);
      pc += vm::opHasExtension(op) ? 2 : 1;
      if (pc >= size) break;
      if (leader_[pc]) {
        if (!out) reach(pc, s_);
        break;
      }
    }
  }

  const vm::FuncProto& p_;
  const PointerNotes& notes_;
  const std::vector<vm::Instr>& code_;
  const uint32_t n_;
  std::vector<State> in_;  // per leader: the state before it (empty: not reached yet)
  std::vector<bool> leader_, stop_, queued_;
  std::vector<bool> union_;  // registers some instruction writes a reference into
  std::vector<std::size_t> work_;
  bool recovers_ = false;
  bool counting_ = false;  // final phase: count guessed kinds once per instruction
  vm::FuncProto* out_ = nullptr;
  State s_, edge_;
};

}  // namespace

std::size_t computePointerMap(vm::FuncProto& p, const PointerNotes& notes) {
  Analysis an(p, notes);
  an.run();
  an.emit(p);
  return an.guesses;
}

}  // namespace weft::compile
