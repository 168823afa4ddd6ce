// The interpreter loop: runs one goroutine's frames until it finishes, parks, yields at a
// safepoint or dies of a panic.
//
// Hot state lives in locals (pc, R = register base, K = constants, CL = running closure) and is
// written back to the frame at named points (SAVE_PC before anything that can panic, call or
// return to the scheduler). The dispatch is written once behind vmdispatch/vmcase/vmbreak:
// computed goto by default, a plain switch with -DWEFT_SWITCH_DISPATCH.
//
// Panics are values (Goroutine::panic): an opcode that fails records the panic and jumps to
// `unwind`, which runs deferred calls on top of the panicking frames (as Go does, so the trace
// still shows where the panic happened) and resumes the deferring frame at its recoverPc when a
// deferred call recovered.
#include <cmath>
#include <cstring>

#include "lang/types.hpp"
#include "vm/channel.hpp"
#include "vm/goroutine.hpp"
#include "vm/interp_ops.hpp"
#include "vm/machine.hpp"
#include "vm/method_table.hpp"
#include "vm/panic.hpp"
#include "vm/race/detector.hpp"
#include "vm/race/vm_hooks.hpp"
#include "vm/runtime_ops.hpp"
#include "vm/select.hpp"
#include "vm/string_ops.hpp"
#include "vm/value.hpp"

namespace weft::vm {

namespace {

constexpr int64_t kNestedBudget = int64_t(1) << 40;

inline int64_t sx(Word w) {
  return static_cast<int64_t>(w);
}

int64_t floatToInt(double d) {
  if (!(d > -9223372036854775808.0 && d < 9223372036854775808.0)) return INT64_MIN;
  return static_cast<int64_t>(d);
}

uint64_t floatToUint(double d) {
  if (d != d) return uint64_t(1) << 63;
  if (d < 9223372036854775808.0) return static_cast<uint64_t>(floatToInt(d));
  double r = d - 9223372036854775808.0;
  if (!(r < 9223372036854775808.0)) return uint64_t(1) << 63;
  return static_cast<uint64_t>(static_cast<int64_t>(r)) ^ (uint64_t(1) << 63);
}

double goMin(double a, double b) {
  if (a != a || b != b) return std::nan("");
  if (a == 0 && b == 0) return std::signbit(a) ? a : b;
  return a < b ? a : b;
}
double goMax(double a, double b) {
  if (a != a || b != b) return std::nan("");
  if (a == 0 && b == 0) return std::signbit(a) ? b : a;
  return a > b ? a : b;
}

// Calls native `ne` with arguments at `args` (copied first: results overwrite them).
NativeResult callNative(Machine& m, Goroutine& g, const NativeEntry& ne, Word* argsAndResults,
                        bool* panicking) {
  Word buf[16];
  std::vector<Word> big;
  Word* args = buf;
  if (ne.nparams > 16) big.resize(ne.nparams), args = big.data();
  if (ne.nparams) std::memcpy(args, argsAndResults, ne.nparams * sizeof(Word));
  NativeCall call{args, argsAndResults, m.heap(), m, g, ne.sig};
  NativeResult r = ne.fn(call);
  *panicking = call.panicking;
  return r;
}

// Pushes a frame for `proto` at register index `base`, growing the stack as needed.
// Go's goroutines die of "stack overflow" past 1 GB of stack; these limits are in the same
// range for Weft's (smaller) frames.
constexpr std::size_t kMaxStackWords = std::size_t(1) << 26;
constexpr std::size_t kMaxFrames = std::size_t(1) << 23;

// Pushes a frame for `proto` at register index `base`, growing the stack as needed. False when
// the goroutine's stack would exceed its limit.
inline bool pushFrame(Goroutine& g, const FuncProto* proto, const Closure* cl, uint32_t base,
                      uint8_t flags = 0, uint32_t owner = 0) {
  std::size_t top = static_cast<std::size_t>(base) + proto->nregs;
  if (__builtin_expect(top > g.stack.size(), 0)) {
    if (top > kMaxStackWords) return false;
    g.growStack(top);
  }
  if (__builtin_expect(g.frames.size() == g.frames.capacity(), 0) && g.frames.size() >= kMaxFrames)
    return false;
  g.frames.push_back(Frame{proto, cl, proto->code.data(), base, owner, flags});
  return true;
}

// The register index just above the top frame (where deferred calls run).
inline uint32_t topOfFrames(const Goroutine& g) {
  const Frame& t = g.frames.back();
  return t.base + t.fn->nregs;
}

// The words a channel op reads or writes for a register holding a value of the channel's element
// type: the register itself, or for struct/array elements the storage it points at.
inline Word* chanWords(const Channel* c, Word* reg) {
  return c && c->elem && isInline(c->elem) ? reinterpret_cast<Word*>(*reg) : reg;
}

// SELECT's cases from its register table (3 registers per case: chan, value, ok).
void selectCases(CommCase* cases, Word* table, int n, uint64_t sendMask) {
  for (int k = 0; k < n; k++) {
    Channel* c = asPtr<Channel>(table[3 * k]);
    cases[k] = CommCase{c, ((sendMask >> k) & 1) != 0, chanWords(c, &table[3 * k + 1])};
  }
}

// Finishes the channel op `g` parked on, now that it runs again. Returns the panic text if the
// op must panic ("send on closed channel"), else null.
const char* resumeChanOp(Machine& m, Goroutine& g) {
  PendingChanOp p = g.pending;
  g.pending.kind = PendingChanOp::None;
  switch (p.kind) {
    case PendingChanOp::None:
    case PendingChanOp::Recv:
      return nullptr;
    case PendingChanOp::Send: {
      ChanOpResult o = chanSendResumed(g.waiter);
      return o.status == ChanOpStatus::Panic ? o.panic : nullptr;
    }
    case PendingChanOp::Recv2:
      g.stack[p.a] = chanRecvResumed(g.waiter).ok ? 1 : 0;
      return nullptr;
    case PendingChanOp::Select: {
      CommCase cases[64];
      Word* table = g.stack.data() + p.table;
      int n = static_cast<int>(p.ncases);
      selectCases(cases, table, n, p.sendMask);
      SelectOutcome o = selectResume(m.syncEnv(), &g, cases, n, g.scratch);
      g.stack[p.a] = static_cast<Word>(static_cast<int64_t>(o.index));
      if (o.status == ChanOpStatus::Panic) return o.panic;
      if (!cases[o.index].send) table[3 * o.index + 2] = o.recvOK ? 1 : 0;
      return nullptr;
    }
  }
  return nullptr;
}

}  // namespace

RunResult interpret(Machine& m, Goroutine& g, int64_t budget) {
  const Program& prog = m.program();
  Heap& heap = m.heap();
  Word* const G = m.globals();
  const Word* const S = m.stringConstants();
  const types::Type* const* const T = prog.types.data();

  Frame* f;
  const FuncProto* fn;
  const Instr* pc;
  Word* R;
  const Word* K;
  const Closure* CL;
  Instr i;
  std::string err;  // message of the runtime error being raised

#define LOAD_FRAME()              \
  do {                            \
    f = &g.frames.back();         \
    fn = f->fn;                   \
    pc = f->pc;                   \
    R = g.stack.data() + f->base; \
    K = fn->k.data();             \
    CL = f->closure;              \
  } while (0)
#define SAVE_PC() (f->pc = pc)
#define RA R[instrA(i)]
#define RB R[instrB(i)]
#define RC R[instrC(i)]
#define THROW(msg)                \
  do {                            \
    SAVE_PC();                    \
    startRuntimeError(m, g, msg); \
    goto unwind;                  \
  } while (0)
#define NILCHECK_PTR(p) \
  if (__builtin_expect((p) == nullptr, 0)) THROW(kNilDeref)
#define SAFEPOINT()                                    \
  if (__builtin_expect(--budget <= 0, 0)) {            \
    SAVE_PC();                                         \
    if (g.nativeDepth == 0) return RunResult::Yielded; \
    if (g.replayableDepth == g.nativeDepth) {          \
      g.unnestToYield = true;                          \
      throw Unnest{};                                  \
    }                                                  \
    budget = kNestedBudget;                            \
  }

#ifndef WEFT_SWITCH_DISPATCH
  static const void* const kDispatch[] = {
#define OP(name, format, meaning) &&L_##name,
#include "vm/opcodes.def"
#undef OP
  };
#define vmdispatch(o) goto* kDispatch[o];
#define vmcase(l) L_##l:
#define vmbreak                  \
  do {                           \
    i = *pc++;                   \
    goto* kDispatch[instrOp(i)]; \
  } while (0)
#else
#define vmdispatch(o) switch (o)
#define vmcase(l) case static_cast<uint16_t>(Op::l):
#define vmbreak break
#endif

  LOAD_FRAME();
  // A nested loop that cannot unnest runs to its end (it cannot yield).
  if (g.nativeDepth > 0 && g.replayableDepth != g.nativeDepth) budget = kNestedBudget;
  if (__builtin_expect(g.pending.kind != PendingChanOp::None, 0)) {
    if (const char* msg = resumeChanOp(m, g)) {
      startRuntimeError(m, g, msg);
      goto unwind;
    }
  }

  for (;;) {
    i = *pc++;
    vmdispatch(instrOp(i)) {
      // ---- moves and constants ----------------------------------------------------------
      vmcase(NOP) vmbreak;
      vmcase(RACECHK) {
        // Race mode only: the compiler puts one before each access to shared memory.
        SAVE_PC();
        if (race::checkInstr(m, g, pc, R, CL)) {
          m.requestExit(m.race()->options().exitCode);
          return RunResult::Exited;
        }
        vmbreak;
      }
      vmcase(MOVE) {
        RA = RB;
        vmbreak;
      }
      vmcase(MOVE2) {
        Word* a = &RA;
        const Word* b = &RB;
        a[0] = b[0];
        a[1] = b[1];
        vmbreak;
      }
      vmcase(LOADI) {
        RA = static_cast<Word>(static_cast<int64_t>(instrSBx(i)));
        vmbreak;
      }
      vmcase(LOADK) {
        RA = K[instrBx(i)];
        vmbreak;
      }
      vmcase(LOADSTR) {
        RA = S[instrBx(i)];
        vmbreak;
      }
      vmcase(LOADZERO) {
        std::memset(&RA, 0, instrB(i) * sizeof(Word));
        vmbreak;
      }
      vmcase(LOADFUNC) {
        RA = fromPtr(m.funcValue(instrBx(i)));
        vmbreak;
      }

      // ---- globals and captures ---------------------------------------------------------
      vmcase(GETGLOBAL) {
        RA = G[instrBx(i)];
        vmbreak;
      }
      vmcase(SETGLOBAL) {
        G[instrBx(i)] = RA;
        vmbreak;
      }
      vmcase(GETCAP) {
        RA = *CL->captures[instrB(i)];
        vmbreak;
      }
      vmcase(SETCAP) {
        *CL->captures[instrA(i)] = RB;
        vmbreak;
      }
      vmcase(CAPADDR) {
        RA = fromPtr(CL->captures[instrB(i)]);
        vmbreak;
      }

      // ---- memory ------------------------------------------------------------------------
      vmcase(NEW) {
        RA = fromPtr(heap.allocStorage(T[instrBx(i)], 1));
        vmbreak;
      }
      vmcase(NEWARRAY) {
        int64_t n = sx(RB);
        RA = fromPtr(heap.allocStorage(T[instrC(i)], n > 0 ? n : 0));
        vmbreak;
      }
      vmcase(LOAD) {
        Word* p = asPtr<Word>(RB);
        NILCHECK_PTR(p);
        RA = p[instrC(i)];
        vmbreak;
      }
      vmcase(STORE) {
        Word* p = asPtr<Word>(RA);
        NILCHECK_PTR(p);
        p[instrB(i)] = RC;
        vmbreak;
      }
      vmcase(ADDR) {
        Word* p = asPtr<Word>(RB);
        NILCHECK_PTR(p);
        RA = fromPtr(p + instrC(i));
        vmbreak;
      }
      vmcase(ADDRX) {
        Instr x = *pc++;
        Word* p = asPtr<Word>(RB);
        NILCHECK_PTR(p);
        RA = fromPtr(p + x);
        vmbreak;
      }
      vmcase(COPY) {
        Word* d = asPtr<Word>(RA);
        const Word* s = asPtr<const Word>(RB);
        NILCHECK_PTR(d);
        NILCHECK_PTR(s);
        std::memmove(d, s, instrC(i) * sizeof(Word));
        vmbreak;
      }
      vmcase(COPYX) {
        Instr x = *pc++;
        Word* d = asPtr<Word>(RA);
        const Word* s = asPtr<const Word>(RB);
        NILCHECK_PTR(d);
        NILCHECK_PTR(s);
        std::memmove(d, s, x * sizeof(Word));
        vmbreak;
      }
      vmcase(CLONE) {
        const Word* s = asPtr<const Word>(RB);
        const types::Type* t = T[instrC(i)];
        int32_t n = slotsOf(t);
        if (n > 0) NILCHECK_PTR(s);
        Word* d = heap.allocStorage(t, 1);
        if (n > 0) std::memcpy(d, s, n * sizeof(Word));
        RA = fromPtr(d);
        vmbreak;
      }
      vmcase(PANICWRAP) {
        if (RA == 0) THROW(view(asPtr<const String>(S[instrBx(i)])));
        vmbreak;
      }
      vmcase(NILCHECK) {
        if (RA == 0) THROW(kNilDeref);
        vmbreak;
      }

      // ---- integer arithmetic ------------------------------------------------------------
      vmcase(ADD_INT) {
        RA = RB + RC;
        vmbreak;
      }
      vmcase(SUB_INT) {
        RA = RB - RC;
        vmbreak;
      }
      vmcase(MUL_INT) {
        RA = RB * RC;
        vmbreak;
      }
      vmcase(DIV_INT) {
        int64_t b = sx(RB), c = sx(RC);
        if (c == 0) THROW(kDivideByZero);
        RA = c == -1 ? Word(0) - Word(b) : static_cast<Word>(b / c);
        vmbreak;
      }
      vmcase(REM_INT) {
        int64_t b = sx(RB), c = sx(RC);
        if (c == 0) THROW(kDivideByZero);
        RA = c == -1 ? 0 : static_cast<Word>(b % c);
        vmbreak;
      }
      vmcase(DIV_UINT) {
        Word c = RC;
        if (c == 0) THROW(kDivideByZero);
        RA = RB / c;
        vmbreak;
      }
      vmcase(REM_UINT) {
        Word c = RC;
        if (c == 0) THROW(kDivideByZero);
        RA = RB % c;
        vmbreak;
      }
      vmcase(ADDI) {
        RA = RB + static_cast<Word>(static_cast<int64_t>(instrSC(i)));
        vmbreak;
      }
      vmcase(MULI) {
        RA = RB * static_cast<Word>(static_cast<int64_t>(instrSC(i)));
        vmbreak;
      }
      vmcase(DIVI) {
        RA = static_cast<Word>(sx(RB) / instrSC(i));
        vmbreak;
      }
      vmcase(REMI) {
        RA = static_cast<Word>(sx(RB) % instrSC(i));
        vmbreak;
      }
      vmcase(NEG_INT) {
        RA = Word(0) - RB;
        vmbreak;
      }
      vmcase(AND) {
        RA = RB & RC;
        vmbreak;
      }
      vmcase(OR) {
        RA = RB | RC;
        vmbreak;
      }
      vmcase(XOR) {
        RA = RB ^ RC;
        vmbreak;
      }
      vmcase(ANDNOT) {
        RA = RB & ~RC;
        vmbreak;
      }
      vmcase(COMPL) {
        RA = ~RB;
        vmbreak;
      }
      vmcase(NOT) {
        RA = RB ^ 1;
        vmbreak;
      }
      vmcase(SHL) {
        Word c = RC;
        RA = c >= 64 ? 0 : RB << c;
        vmbreak;
      }
      vmcase(SHR_INT) {
        Word c = RC;
        RA = static_cast<Word>(sx(RB) >> (c >= 64 ? 63 : c));
        vmbreak;
      }
      vmcase(SHR_UINT) {
        Word c = RC;
        RA = c >= 64 ? 0 : RB >> c;
        vmbreak;
      }
      vmcase(SHL_S) {
        Word c = RC;
        if (sx(c) < 0) THROW(kNegativeShift);
        RA = c >= 64 ? 0 : RB << c;
        vmbreak;
      }
      vmcase(SHR_INT_S) {
        Word c = RC;
        if (sx(c) < 0) THROW(kNegativeShift);
        RA = static_cast<Word>(sx(RB) >> (c >= 64 ? 63 : c));
        vmbreak;
      }
      vmcase(SHR_UINT_S) {
        Word c = RC;
        if (sx(c) < 0) THROW(kNegativeShift);
        RA = c >= 64 ? 0 : RB >> c;
        vmbreak;
      }
      vmcase(SHLI) {
        RA = RB << instrC(i);
        vmbreak;
      }
      vmcase(SHRI_INT) {
        RA = static_cast<Word>(sx(RB) >> instrC(i));
        vmbreak;
      }
      vmcase(SHRI_UINT) {
        RA = RB >> instrC(i);
        vmbreak;
      }
      vmcase(TRUNC_I8) {
        RA = static_cast<Word>(static_cast<int64_t>(static_cast<int8_t>(RB)));
        vmbreak;
      }
      vmcase(TRUNC_I16) {
        RA = static_cast<Word>(static_cast<int64_t>(static_cast<int16_t>(RB)));
        vmbreak;
      }
      vmcase(TRUNC_I32) {
        RA = static_cast<Word>(static_cast<int64_t>(static_cast<int32_t>(RB)));
        vmbreak;
      }
      vmcase(TRUNC_U8) {
        RA = static_cast<uint8_t>(RB);
        vmbreak;
      }
      vmcase(TRUNC_U16) {
        RA = static_cast<uint16_t>(RB);
        vmbreak;
      }
      vmcase(TRUNC_U32) {
        RA = static_cast<uint32_t>(RB);
        vmbreak;
      }

      // ---- floating point ---------------------------------------------------------------
      vmcase(ADD_FLOAT) {
        RA = fromFloat(asFloat(RB) + asFloat(RC));
        vmbreak;
      }
      vmcase(SUB_FLOAT) {
        RA = fromFloat(asFloat(RB) - asFloat(RC));
        vmbreak;
      }
      vmcase(MUL_FLOAT) {
        RA = fromFloat(asFloat(RB) * asFloat(RC));
        vmbreak;
      }
      vmcase(DIV_FLOAT) {
        RA = fromFloat(asFloat(RB) / asFloat(RC));
        vmbreak;
      }
      vmcase(NEG_FLOAT) {
        RA = RB ^ (Word(1) << 63);
        vmbreak;
      }
      vmcase(ROUND_F32) {
        RA = fromFloat(static_cast<double>(static_cast<float>(asFloat(RB))));
        vmbreak;
      }
      vmcase(MIN_FLOAT) {
        RA = fromFloat(goMin(asFloat(RB), asFloat(RC)));
        vmbreak;
      }
      vmcase(SQRT) {
        RA = fromFloat(std::sqrt(asFloat(RB)));
        vmbreak;
      }
      vmcase(MATHF) {
        double x = asFloat(RB);
        switch (instrC(i)) {
          case 0:
            x = std::fabs(x);
            break;
          case 1:
            x = std::floor(x);
            break;
          case 2:
            x = std::ceil(x);
            break;
          default:
            x = std::trunc(x);
            break;
        }
        RA = fromFloat(x);
        vmbreak;
      }
      vmcase(MAX_FLOAT) {
        RA = fromFloat(goMax(asFloat(RB), asFloat(RC)));
        vmbreak;
      }

      // ---- comparisons ------------------------------------------------------------------
      vmcase(EQ_INT) {
        RA = RB == RC;
        vmbreak;
      }
      vmcase(NE_INT) {
        RA = RB != RC;
        vmbreak;
      }
      vmcase(LT_INT) {
        RA = sx(RB) < sx(RC);
        vmbreak;
      }
      vmcase(LE_INT) {
        RA = sx(RB) <= sx(RC);
        vmbreak;
      }
      vmcase(LT_UINT) {
        RA = RB < RC;
        vmbreak;
      }
      vmcase(LE_UINT) {
        RA = RB <= RC;
        vmbreak;
      }
      vmcase(EQ_FLOAT) {
        RA = asFloat(RB) == asFloat(RC);
        vmbreak;
      }
      vmcase(NE_FLOAT) {
        RA = asFloat(RB) != asFloat(RC);
        vmbreak;
      }
      vmcase(LT_FLOAT) {
        RA = asFloat(RB) < asFloat(RC);
        vmbreak;
      }
      vmcase(LE_FLOAT) {
        RA = asFloat(RB) <= asFloat(RC);
        vmbreak;
      }
      vmcase(EQ_STR) {
        RA = stringsEqual(asPtr<const String>(RB), asPtr<const String>(RC));
        vmbreak;
      }
      vmcase(NE_STR) {
        RA = !stringsEqual(asPtr<const String>(RB), asPtr<const String>(RC));
        vmbreak;
      }
      vmcase(LT_STR) {
        RA = compareStrings(asPtr<const String>(RB), asPtr<const String>(RC)) < 0;
        vmbreak;
      }
      vmcase(LE_STR) {
        RA = compareStrings(asPtr<const String>(RB), asPtr<const String>(RC)) <= 0;
        vmbreak;
      }
      vmcase(EQ_IFACE) {
        const types::Type* bad = nullptr;
        bool eq = rt::ifaceEqual(asPtr<const Box>(RB), asPtr<const Box>(RC), &bad);
        if (bad) THROW("runtime error: comparing uncomparable type " + bad->str(true));
        RA = eq;
        vmbreak;
      }
      vmcase(EQ_MEM) {
        Instr x = *pc++;
        const types::Type* bad = nullptr;
        bool eq = rt::equalStored(T[x], asPtr<const Word>(RB), asPtr<const Word>(RC), &bad);
        if (bad) THROW("runtime error: comparing uncomparable type " + bad->str(true));
        RA = eq;
        vmbreak;
      }
      vmcase(EQ_IFACE_VAL) {
        Instr x = *pc++;
        const Box* b = asPtr<const Box>(RB);
        const types::Type* bad = nullptr;
        bool eq = b && b->type == T[x] && rt::equal(T[x], unboxWord(b), RC, &bad);
        if (bad) THROW("runtime error: comparing uncomparable type " + bad->str(true));
        RA = eq;
        vmbreak;
      }

      // ---- jumps ------------------------------------------------------------------------
#define JUMP(off)       \
  do {                  \
    int32_t o_ = (off); \
    pc += o_;           \
    if (o_ < 0) {       \
      SAFEPOINT();      \
    }                   \
  } while (0)
#define CJUMP(cond) \
  if (cond) JUMP(instrSC(i))
      vmcase(JMP) {
        JUMP(instrSBx(i));
        vmbreak;
      }
      vmcase(JT) {
        if (RA) JUMP(instrSBx(i));
        vmbreak;
      }
      vmcase(JF) {
        if (!RA) JUMP(instrSBx(i));
        vmbreak;
      }
      vmcase(JEQ_INT) {
        CJUMP(RA == RB);
        vmbreak;
      }
      vmcase(JNE_INT) {
        CJUMP(RA != RB);
        vmbreak;
      }
      vmcase(JLT_INT) {
        CJUMP(sx(RA) < sx(RB));
        vmbreak;
      }
      vmcase(JLE_INT) {
        CJUMP(sx(RA) <= sx(RB));
        vmbreak;
      }
      vmcase(JLT_UINT) {
        CJUMP(RA < RB);
        vmbreak;
      }
      vmcase(JLE_UINT) {
        CJUMP(RA <= RB);
        vmbreak;
      }
      vmcase(JEQI) {
        CJUMP(sx(RA) == instrSB(i));
        vmbreak;
      }
      vmcase(JNEI) {
        CJUMP(sx(RA) != instrSB(i));
        vmbreak;
      }
      vmcase(JLTI) {
        CJUMP(sx(RA) < instrSB(i));
        vmbreak;
      }
      vmcase(JLEI) {
        CJUMP(sx(RA) <= instrSB(i));
        vmbreak;
      }
      vmcase(JGTI) {
        CJUMP(sx(RA) > instrSB(i));
        vmbreak;
      }
      vmcase(JGEI) {
        CJUMP(sx(RA) >= instrSB(i));
        vmbreak;
      }
      vmcase(JEQ_FLOAT) {
        CJUMP(asFloat(RA) == asFloat(RB));
        vmbreak;
      }
      vmcase(JNE_FLOAT) {
        CJUMP(asFloat(RA) != asFloat(RB));
        vmbreak;
      }
      vmcase(JLT_FLOAT) {
        CJUMP(asFloat(RA) < asFloat(RB));
        vmbreak;
      }
      vmcase(JLE_FLOAT) {
        CJUMP(asFloat(RA) <= asFloat(RB));
        vmbreak;
      }
      vmcase(JNLT_FLOAT) {
        CJUMP(!(asFloat(RA) < asFloat(RB)));
        vmbreak;
      }
      vmcase(FORLOOP) {
        Word v = RA + 1;
        RA = v;
        CJUMP(sx(v) < sx(RB));
        vmbreak;
      }
      vmcase(FORLOOPI) {
        Word v = RA + 1;
        RA = v;
        CJUMP(sx(v) < instrSB(i));
        vmbreak;
      }
      vmcase(JNLE_FLOAT) {
        CJUMP(!(asFloat(RA) <= asFloat(RB)));
        vmbreak;
      }

      // ---- conversions ------------------------------------------------------------------
      vmcase(I2F) {
        RA = fromFloat(static_cast<double>(sx(RB)));
        vmbreak;
      }
      vmcase(U2F) {
        RA = fromFloat(static_cast<double>(RB));
        vmbreak;
      }
      vmcase(F2I) {
        int64_t v = floatToInt(asFloat(RB));
        // C = 1: the target has at most 32 bits; gc converts through int32 (amd64 CVTTSD2SL),
        // whose out-of-range result is math.MinInt32, and then truncates.
        if (instrC(i) && (v < INT32_MIN || v > INT32_MAX)) v = INT32_MIN;
        RA = static_cast<Word>(v);
        vmbreak;
      }
      vmcase(F2U) {
        RA = floatToUint(asFloat(RB));
        vmbreak;
      }
      vmcase(RUNE2STR) {
        RA = fromPtr(stringFromRune(heap, sx(RB)));
        vmbreak;
      }
      vmcase(BYTES2STR) {
        RA = fromPtr(stringFromBytes(heap, asPtr<const SliceHeader>(RB)));
        vmbreak;
      }
      vmcase(RUNES2STR) {
        RA = fromPtr(stringFromRunes(heap, asPtr<const SliceHeader>(RB)));
        vmbreak;
      }
      vmcase(STR2BYTES) {
        RA = fromPtr(bytesFromString(heap, asPtr<const String>(RB)));
        vmbreak;
      }
      vmcase(STR2RUNES) {
        RA = fromPtr(runesFromString(heap, asPtr<const String>(RB)));
        vmbreak;
      }

      // ---- strings ----------------------------------------------------------------------
      vmcase(CONCAT) {
        RA = fromPtr(concatStrings(heap, asPtr<const String>(RB), asPtr<const String>(RC)));
        vmbreak;
      }
      vmcase(CONCATN) {
        RA = fromPtr(concatStrings(heap, reinterpret_cast<const String* const*>(&RB), instrC(i)));
        vmbreak;
      }
      vmcase(LEN_STR) {
        const String* s = asPtr<const String>(RB);
        RA = s ? s->len : 0;
        vmbreak;
      }
      vmcase(INDEX_STR) {
        const String* s = asPtr<const String>(RB);
        int64_t idx = sx(RC), len = s ? s->len : 0;
        if (static_cast<uint64_t>(idx) >= static_cast<uint64_t>(len)) THROW(indexError(idx, len));
        RA = static_cast<unsigned char>(s->bytes[idx]);
        vmbreak;
      }
      vmcase(SLICE_STR) {
        const String* s = asPtr<const String>(RB);
        const Word* lh = &RC;
        int64_t lo = sx(lh[0]), hi = sx(lh[1]), len = s ? s->len : 0;
        if (hi < 0 || hi > len || lo < 0 || lo > hi) THROW(checkSlice2(lo, hi, len, false));
        RA = fromPtr(substring(heap, s, lo, hi));
        vmbreak;
      }
      vmcase(STRNEXT) {
        const String* s = asPtr<const String>(RB);
        int64_t idx = sx(RC), width = 1;
        Word* a = &RA;
        unsigned char c = static_cast<unsigned char>(s->bytes[idx]);
        if (c < 0x80) {
          a[0] = c;
        } else {
          DecodedRune d = decodeRuneAt(s, idx);
          a[0] = static_cast<Word>(static_cast<int64_t>(d.rune));
          width = d.width;
        }
        a[1] = static_cast<Word>(width);
        vmbreak;
      }

      // ---- slices and arrays ------------------------------------------------------------
      vmcase(LEN_SLICE) {
        const SliceHeader* s = asPtr<const SliceHeader>(RB);
        RA = s ? s->len : 0;
        vmbreak;
      }
      vmcase(CAP_SLICE) {
        const SliceHeader* s = asPtr<const SliceHeader>(RB);
        RA = s ? s->cap : 0;
        vmbreak;
      }
      vmcase(SLOAD) {
        const SliceHeader* s = asPtr<const SliceHeader>(RB);
        int64_t idx = sx(RC), len = s ? s->len : 0;
        if (__builtin_expect(static_cast<uint64_t>(idx) >= static_cast<uint64_t>(len), 0))
          THROW(indexError(idx, len));
        RA = s->data[idx];
        vmbreak;
      }
      vmcase(SSTORE) {
        const SliceHeader* s = asPtr<const SliceHeader>(RA);
        int64_t idx = sx(RB), len = s ? s->len : 0;
        if (__builtin_expect(static_cast<uint64_t>(idx) >= static_cast<uint64_t>(len), 0))
          THROW(indexError(idx, len));
        s->data[idx] = RC;
        vmbreak;
      }
      vmcase(SADDR) {
        Instr x = *pc++;
        const SliceHeader* s = asPtr<const SliceHeader>(RB);
        int64_t idx = sx(RC), len = s ? s->len : 0;
        if (__builtin_expect(static_cast<uint64_t>(idx) >= static_cast<uint64_t>(len), 0))
          THROW(indexError(idx, len));
        RA = fromPtr(s->data + idx * static_cast<int64_t>(x));
        vmbreak;
      }
      vmcase(ALOAD) {
        Instr x = *pc++;
        const Word* a = asPtr<const Word>(RB);
        int64_t idx = sx(RC);
        NILCHECK_PTR(a);
        if (__builtin_expect(static_cast<uint64_t>(idx) >= x, 0))
          THROW(indexError(idx, static_cast<int64_t>(x)));
        RA = a[idx];
        vmbreak;
      }
      vmcase(ASTORE) {
        Instr x = *pc++;
        Word* a = asPtr<Word>(RA);
        int64_t idx = sx(RB);
        NILCHECK_PTR(a);
        if (__builtin_expect(static_cast<uint64_t>(idx) >= x, 0))
          THROW(indexError(idx, static_cast<int64_t>(x)));
        a[idx] = RC;
        vmbreak;
      }
      vmcase(AADDR) {
        Instr x = *pc++;
        Word* a = asPtr<Word>(RB);
        int64_t idx = sx(RC), len = static_cast<uint32_t>(x);
        NILCHECK_PTR(a);
        if (__builtin_expect(static_cast<uint64_t>(idx) >= static_cast<uint64_t>(len), 0))
          THROW(indexError(idx, len));
        RA = fromPtr(a + idx * static_cast<int64_t>(x >> 32));
        vmbreak;
      }
      vmcase(SLICE) {
        Instr x = *pc++;
        const SliceHeader* s = asPtr<const SliceHeader>(RB);
        const Word* lh = &RC;
        int64_t lo = sx(lh[0]), hi = sx(lh[1]), cap = s ? s->cap : 0;
        if (hi < 0 || hi > cap || lo < 0 || lo > hi) THROW(checkSlice2(lo, hi, cap, true));
        if (!s) {
          RA = 0;
        } else {
          Word* d = cap - lo == 0 ? s->data : s->data + lo * static_cast<int64_t>(x);
          RA = fromPtr(heap.newSlice(d, hi - lo, cap - lo));
        }
        vmbreak;
      }
      vmcase(SLICE3) {
        Instr x = *pc++;
        const SliceHeader* s = asPtr<const SliceHeader>(RB);
        const Word* lh = &RC;
        int64_t lo = sx(lh[0]), hi = sx(lh[1]), mx = sx(lh[2]), cap = s ? s->cap : 0;
        std::string e = checkSlice3(lo, hi, mx, cap, true);
        if (!e.empty()) THROW(e);
        if (!s) {
          RA = 0;
        } else {
          Word* d = mx - lo == 0 ? s->data : s->data + lo * static_cast<int64_t>(x);
          RA = fromPtr(heap.newSlice(d, hi - lo, mx - lo));
        }
        vmbreak;
      }
      vmcase(SLICE_ARR) {
        Instr x = *pc++;
        Word* a = asPtr<Word>(RB);
        NILCHECK_PTR(a);
        const Word* lh = &RC;
        int64_t lo = sx(lh[0]), hi = sx(lh[1]), len = static_cast<uint32_t>(x);
        if (hi < 0 || hi > len || lo < 0 || lo > hi) THROW(checkSlice2(lo, hi, len, false));
        Word* d = len - lo == 0 ? a : a + lo * static_cast<int64_t>(x >> 32);
        RA = fromPtr(heap.newSlice(d, hi - lo, len - lo));
        vmbreak;
      }
      vmcase(SLICE3_ARR) {
        Instr x = *pc++;
        Word* a = asPtr<Word>(RB);
        NILCHECK_PTR(a);
        const Word* lh = &RC;
        int64_t lo = sx(lh[0]), hi = sx(lh[1]), mx = sx(lh[2]), len = static_cast<uint32_t>(x);
        std::string e = checkSlice3(lo, hi, mx, len, false);
        if (!e.empty()) THROW(e);
        Word* d = mx - lo == 0 ? a : a + lo * static_cast<int64_t>(x >> 32);
        RA = fromPtr(heap.newSlice(d, hi - lo, mx - lo));
        vmbreak;
      }
      vmcase(MAKESLICE) {
        Instr x = *pc++;
        const char* e = nullptr;
        SliceHeader* s = rt::makeSlice(heap, T[x], sx(RB), sx(RC), &e);
        if (!s) THROW(std::string("runtime error: ") + e);
        RA = fromPtr(s);
        vmbreak;
      }
      vmcase(SLICEHDR) {
        int64_t n = sx(RC);
        RA = fromPtr(heap.newSlice(asPtr<Word>(RB), n, n));
        vmbreak;
      }
      vmcase(APPEND) {
        Instr x = *pc++;
        const char* e = nullptr;
        SliceHeader* s = rt::append(heap, T[x], asPtr<SliceHeader>(RA), &RB, instrC(i), &e);
        if (e) THROW(std::string("runtime error: ") + e);
        RA = fromPtr(s);
        vmbreak;
      }
      vmcase(APPENDSLICE) {
        Instr x = *pc++;
        const types::Type* st = T[x & 0xFFFFFFFF];
        const char* e = nullptr;
        SliceHeader* s = rt::appendSlice(heap, st, asPtr<SliceHeader>(RB), RC, (x >> 32) != 0, &e);
        if (e) THROW(std::string("runtime error: ") + e);
        RA = fromPtr(s);
        vmbreak;
      }
      vmcase(COPYSLICE) {
        Instr x = *pc++;
        RA = static_cast<Word>(rt::copySlice(asPtr<SliceHeader>(RB), RC, (x >> 32) != 0,
                                             static_cast<int32_t>(x & 0xFFFFFFFF)));
        vmbreak;
      }
      vmcase(CLEARSLICE) {
        const SliceHeader* s = asPtr<const SliceHeader>(RA);
        if (s && s->len > 0) std::memset(s->data, 0, s->len * instrB(i) * sizeof(Word));
        vmbreak;
      }
      vmcase(SLICE2ARR) {
        const SliceHeader* s = asPtr<const SliceHeader>(RB);
        int64_t len = s ? s->len : 0, want = instrC(i);
        if (len < want)
          THROW("runtime error: cannot convert slice with length " + std::to_string(len) +
                " to array or pointer to array with length " + std::to_string(want));
        RA = fromPtr(s ? s->data : nullptr);
        vmbreak;
      }

      // ---- maps -------------------------------------------------------------------------
      vmcase(MAKEMAP) vmcase(MAPGET) vmcase(MAPGET2) vmcase(MAPSET) vmcase(MAPDELETE)
          vmcase(LEN_MAP) vmcase(MAPCLEAR) vmcase(MAPITER) vmcase(MAPNEXT) {
        SAVE_PC();
        if (!mapOp(m, g, i, R, pc)) goto unwind;
        vmbreak;
      }

      // ---- interfaces -------------------------------------------------------------------
      vmcase(BOX) {
        RA = fromPtr(boxValue(heap, T[instrC(i)], RB));
        vmbreak;
      }
      vmcase(ASSERT) {
        Instr x = *pc++;
        const Box* b = asPtr<const Box>(RB);
        const types::Type* want = T[instrC(i)];
        if (!b || b->type != want) THROW(assertionError(T[x], b ? b->type : nullptr, want));
        RA = unboxWord(b);
        vmbreak;
      }
      vmcase(ASSERT2) {
        const Box* b = asPtr<const Box>(RB);
        const types::Type* want = T[instrC(i)];
        Word* a = &RA;
        if (b && b->type == want) {
          a[0] = unboxWord(b);
          a[1] = 1;
        } else {
          a[0] = isInline(want) ? fromPtr(heap.allocStorage(want, 1)) : 0;
          a[1] = 0;
        }
        vmbreak;
      }
      vmcase(ASSERTI) {
        Instr x = *pc++;
        const Box* b = asPtr<const Box>(RB);
        const types::Type* want = T[instrC(i)];
        (void)x;  // Go names no interface type in this message ("interface is nil")
        if (!b) THROW(assertionError(nullptr, nullptr, want));
        if (const std::string* missing = m.implementsCache().missingMethod(prog, b->type, want))
          THROW(missingMethodError(b->type, want, *missing));
        RA = RB;
        vmbreak;
      }
      vmcase(ASSERTI2) {
        const Box* b = asPtr<const Box>(RB);
        const types::Type* want = T[instrC(i)];
        bool ok = b && !m.implementsCache().missingMethod(prog, b->type, want);
        Word* a = &RA;
        a[0] = ok ? fromPtr(b) : 0;
        a[1] = ok;
        vmbreak;
      }
      vmcase(TYPEIS) {
        const Box* b = asPtr<const Box>(RB);
        RA = b && b->type == T[instrC(i)];
        vmbreak;
      }
      vmcase(IMPLEMENTS) {
        const Box* b = asPtr<const Box>(RB);
        RA = b && !m.implementsCache().missingMethod(prog, b->type, T[instrC(i)]);
        vmbreak;
      }

      // ---- closures and calls -----------------------------------------------------------
      vmcase(CLOSURE) {
        Instr x = *pc++;
        uint32_t n = instrC(i);
        Closure* c = heap.allocClosure(prog.funcs[x].get(), n);
        const Word* caps = &RB;
        for (uint32_t k = 0; k < n; k++) c->captures[k] = asPtr<Word>(caps[k]);
        RA = fromPtr(c);
        vmbreak;
      }
      vmcase(CALL) {
        const FuncProto* callee = prog.funcs[instrBx(i)].get();
        SAVE_PC();
        if (!pushFrame(g, callee, nullptr, f->base + instrA(i))) goto overflow;
        LOAD_FRAME();
        SAFEPOINT();
        vmbreak;
      }
      vmcase(CALLC) {
        const Closure* c = asPtr<const Closure>(RB);
        NILCHECK_PTR(c);
        SAVE_PC();
        if (!pushFrame(g, c->proto, c, f->base + instrA(i))) goto overflow;
        LOAD_FRAME();
        SAFEPOINT();
        vmbreak;
      }
      vmcase(CALLN) {
        const NativeEntry& ne = prog.natives[instrBx(i)];
        SAVE_PC();
        NativeCallStatus r = callNativeAt(m, g, ne, &RA, pc - 1);
        if (m.exitRequested()) return RunResult::Exited;
        if (r == NativeCallStatus::Unnested) goto unnested;
        if (r == NativeCallStatus::Panicking) goto unwind;
        if (r == NativeCallStatus::Park) goto park;
        if (__builtin_expect(g.yieldNow, 0)) {
          g.yieldNow = false;  // runtime.Gosched (a nested loop cannot yield: ignored there)
          if (g.nativeDepth == 0) return RunResult::Yielded;
        }
        vmbreak;
      }
      vmcase(CALLI) {
        Instr x = *pc++;
        const Box* b = asPtr<const Box>(RA);
        NILCHECK_PTR(b);
        std::atomic<const MethodTarget*>& cache = m.callSiteCaches()[x];
        const MethodTarget* t = cache.load(std::memory_order_relaxed);
        if (!t || t->recvType != b->type) {
          t = lookupMethod(prog, b->type, instrB(i));
          if (!t) THROW("internal error: missing method " + prog.methodNames[instrB(i)]);
          cache.store(t, std::memory_order_relaxed);
        }
        RA = t->recvInline ? fromPtr(const_cast<Word*>(b->payload)) : b->payload[0];
        SAVE_PC();
        if (t->func >= 0) {
          if (!pushFrame(g, prog.funcs[t->func].get(), nullptr, f->base + instrA(i))) goto overflow;
          LOAD_FRAME();
          SAFEPOINT();
        } else {
          bool panicking = false;
          NativeResult r = callNative(m, g, prog.natives[t->native], &RA, &panicking);
          if (m.exitRequested()) return RunResult::Exited;
          if (panicking) goto unwind;
          if (r == NativeResult::Park) goto park;
        }
        vmbreak;
      }
      vmcase(RET) {
        uint32_t a = instrA(i), n = instrB(i);
        for (uint32_t k = 0; k < n; k++) R[k] = R[a + k];
        goto do_return;
      }
      vmcase(RET0) goto do_return;
      vmcase(RET1) {
        R[0] = RA;
        goto do_return;
      }
      vmcase(GO) {
        Instr x = *pc++;
        SAVE_PC();
        m.spawn(prog.funcs[x].get(), nullptr, &RA, instrB(i), &g);
        vmbreak;
      }
      vmcase(GOC) {
        const Closure* c = asPtr<const Closure>(RC);
        NILCHECK_PTR(c);
        SAVE_PC();
        m.spawn(c->proto, c, &RA, instrB(i), &g);
        vmbreak;
      }
      vmcase(DEFER) {
        Instr x = *pc++;
        DeferRecord d;
        d.frame = static_cast<uint32_t>(g.frames.size() - 1);
        d.fn = prog.funcs[x].get();
        d.args.assign(&RA, &RA + instrB(i));
        g.defers.push_back(std::move(d));
        vmbreak;
      }
      vmcase(DEFERC) {
        // A nil function value panics when the deferred call runs, not here (as in Go).
        const Closure* c = asPtr<const Closure>(RC);
        DeferRecord d;
        d.frame = static_cast<uint32_t>(g.frames.size() - 1);
        d.fn = c ? c->proto : nullptr;
        d.closure = c;
        d.args.assign(&RA, &RA + instrB(i));
        g.defers.push_back(std::move(d));
        vmbreak;
      }
      vmcase(DEFERN) {
        Instr x = *pc++;
        DeferRecord d;
        d.frame = static_cast<uint32_t>(g.frames.size() - 1);
        d.native = static_cast<int32_t>(x);
        d.args.assign(&RA, &RA + instrB(i));
        g.defers.push_back(std::move(d));
        vmbreak;
      }
      vmcase(RUNDEFERS) {
        uint32_t self = static_cast<uint32_t>(g.frames.size() - 1);
        if (g.defers.empty() || g.defers.back().frame != self) vmbreak;
        DeferRecord d = std::move(g.defers.back());
        g.defers.pop_back();
        // The deferred call returns to this RUNDEFERS again (do_return steps back one
        // instruction for kDeferred frames) until none is left.
        SAVE_PC();
        uint32_t base = topOfFrames(g);
        if (!d.fn && d.native < 0) {
          startRuntimeError(m, g, kNilDeref);
          goto unwind;
        }
        if (d.native >= 0) {
          const NativeEntry& ne = prog.natives[d.native];
          g.ensureStack(base + d.args.size() + ne.nresults + 1);
          R = g.stack.data() + f->base;
          Word* args = g.stack.data() + base;
          std::copy(d.args.begin(), d.args.end(), args);
          bool panicking = false;
          NativeResult r = callNative(m, g, ne, args, &panicking);
          if (m.exitRequested()) return RunResult::Exited;
          if (panicking) goto unwind;
          pc--;  // back to this RUNDEFERS for the next deferred call
          if (r == NativeResult::Park) {
            SAVE_PC();
            goto park;
          }
          vmbreak;
        }
        if (!pushFrame(g, d.fn, d.closure, base, Frame::kDeferred, self)) goto overflow;
        std::copy(d.args.begin(), d.args.end(), g.stack.begin() + base);
        LOAD_FRAME();
        vmbreak;
      }
      vmcase(PANIC) {
        SAVE_PC();
        Box* v = asPtr<Box>(RA);
        startPanic(g, v ? v : nilPanicValue(m));
        goto unwind;
      }
      vmcase(PANICRT) {
        THROW(view(asPtr<const String>(S[instrBx(i)])));
      }
      vmcase(RECOVER) {
        PanicRecord* p = g.panic;
        uint32_t self = static_cast<uint32_t>(g.frames.size() - 1);
        if (p && !p->recovered && !p->fatal && !p->goexit && (f->flags & Frame::kPanicDefer) &&
            p->deferFrame == self) {
          p->recovered = true;
          RA = fromPtr(p->value);
        } else {
          RA = 0;
        }
        vmbreak;
      }

      // ---- channels -------------------------------------------------------------------------
      vmcase(MAKECHAN) {
        int64_t n = sx(RB);
        const types::Type* elem = static_cast<const types::Chan*>(T[instrC(i)]->underlying())->elem;
        int32_t slots = slotsOf(elem);
        // Go refuses buffers past its maximum allocation (about 2^47 bytes on amd64).
        if (n < 0 || (slots > 0 && n > (int64_t(1) << 44) / slots))
          THROW("makechan: size out of range");
        RA = fromPtr(makeChannel(heap, elem, slots, n));
        vmbreak;
      }
      vmcase(SEND) {
        SAVE_PC();
        Channel* c = asPtr<Channel>(RA);
        ChanOpResult o = chanSend(m.syncEnv(), &g, c, chanWords(c, &RB), g.waiter);
        if (__builtin_expect(o.status == ChanOpStatus::Done, 1)) vmbreak;
        if (o.status == ChanOpStatus::Panic) THROW(o.panic);
        g.pending.kind = PendingChanOp::Send;
        g.waitReason = o.waitReason;
        goto park;
      }
      vmcase(RECV) {
        SAVE_PC();
        Channel* c = asPtr<Channel>(RB);
        ChanOpResult o = chanRecv(m.syncEnv(), &g, c, chanWords(c, &RA), g.waiter);
        if (__builtin_expect(o.status == ChanOpStatus::Done, 1)) vmbreak;
        g.pending.kind = PendingChanOp::Recv;
        g.waitReason = o.waitReason;
        goto park;
      }
      vmcase(RECV2) {
        SAVE_PC();
        Channel* c = asPtr<Channel>(RB);
        ChanOpResult o = chanRecv(m.syncEnv(), &g, c, chanWords(c, &RA), g.waiter);
        if (__builtin_expect(o.status == ChanOpStatus::Done, 1)) {
          R[instrA(i) + 1] = o.ok ? 1 : 0;
          vmbreak;
        }
        g.pending.kind = PendingChanOp::Recv2;
        g.pending.a = f->base + instrA(i) + 1;
        g.waitReason = o.waitReason;
        goto park;
      }
      vmcase(CLOSE) {
        SAVE_PC();
        ChanOpResult o = chanClose(m.syncEnv(), &g, asPtr<Channel>(RA));
        if (o.status == ChanOpStatus::Panic) THROW(o.panic);
        vmbreak;
      }
      vmcase(LEN_CHAN) {
        RA = static_cast<Word>(chanLen(asPtr<const Channel>(RB)));
        vmbreak;
      }
      vmcase(CAP_CHAN) {
        RA = static_cast<Word>(chanCap(asPtr<const Channel>(RB)));
        vmbreak;
      }
      vmcase(SELECT) {
        Instr x = *pc++;
        SAVE_PC();
        int n = static_cast<int>(instrC(i) & 0x7FFF);
        bool hasDefault = (instrC(i) & 0x8000) != 0;
        CommCase cases[64];
        Word* table = &RB;
        selectCases(cases, table, n, x);
        SelectOutcome o = selectBegin(m.syncEnv(), &g, cases, n, hasDefault, g.scratch);
        if (o.status == ChanOpStatus::Done) {
          RA = static_cast<Word>(static_cast<int64_t>(o.index));
          if (o.index >= 0 && !cases[o.index].send) table[3 * o.index + 2] = o.recvOK ? 1 : 0;
          vmbreak;
        }
        if (o.status == ChanOpStatus::Panic) THROW(o.panic);
        g.pending = PendingChanOp{PendingChanOp::Select, f->base + instrA(i), f->base + instrB(i),
                                  static_cast<uint32_t>(n), x};
        g.waitReason = o.waitReason;
        goto park;
      }

      // ---- builtins ---------------------------------------------------------------------
      vmcase(PRINT) {
        if (instrC(i)) g.printBuffer += ' ';
        rt::printValue(g.printBuffer, T[instrB(i)], RA);
        vmbreak;
      }
      vmcase(PRINTEND) {
        if (instrA(i)) g.printBuffer += '\n';
        m.writeErr(g.printBuffer);
        g.printBuffer.clear();
        vmbreak;
      }
    }
    continue;

  do_return : {
    uint8_t flags = f->flags;
    uint32_t owner = f->deferOwner;
    g.frames.pop_back();
    if (__builtin_expect(flags != 0, 0)) {
      if (flags & Frame::kReplayBottom) {
        // A method a native called, spliced here when it parked or yielded: record its
        // results and run the native's call instruction again (vm/native_call.cpp).
        const Instr* again = completeReplayedCall(
            g, g.frameBase + static_cast<uint32_t>(g.frames.size() - 1), R, fn->nresults);
        LOAD_FRAME();
        if (!again) {
          startFatal(m, g, "internal error: lost the record of a native call");
          goto unwind;
        }
        pc = again;
        continue;
      }
      if (flags & Frame::kPanicDefer) {
        PanicRecord* p = g.panic;
        if (p && p->recovered) {
          // The deferring frame returns normally: drop the frames above it, finish its
          // remaining deferred calls and return its results (from recoverPc).
          g.frames.resize(owner + 1);
          while (!g.defers.empty() && g.defers.back().frame > owner) g.defers.pop_back();
          dropReplays(g, g.frameBase + owner);  // native calls abandoned by the panic
          g.panic = p->link;
          delete p;
          while (g.panic && g.panic->aborted) {
            PanicRecord* q = g.panic;
            g.panic = q->link;
            delete q;
          }
          LOAD_FRAME();
          pc = fn->code.data() + fn->recoverPc;
          continue;
        }
        if (p) p->deferFrame = -1;
        goto unwind_next;
      }
    }
    if (g.frames.empty()) return RunResult::Finished;
    LOAD_FRAME();
    if (flags & Frame::kDeferred) pc--;  // back to the caller's RUNDEFERS
    continue;
  }

  unwind:
    // A panic is active; f is the frame where it happened (or the last deferred call frame).
  unwind_next : {
    if (__builtin_expect(!g.replays.empty(), 0)) {
      // The panic left a method a native called (spliced): the native recovers it or lets
      // it go when its call instruction runs again.
      if (const Instr* again = catchReplayedPanic(g)) {
        LOAD_FRAME();
        pc = again;
        continue;
      }
    }
    PanicRecord* p = g.panic;
    if (p->fatal || g.defers.empty()) {
      if (p->goexit && !p->fatal) {
        // runtime.Goexit ran every deferred call: the goroutine ends normally.
        dropPanics(g);
        g.frames.clear();
        if (g.nativeDepth == 0) g.replays.clear();
        g.goexited = true;
        return RunResult::Finished;
      }
      return RunResult::Panicked;
    }
    DeferRecord d = std::move(g.defers.back());
    g.defers.pop_back();
    for (PanicRecord* q = p->link; q; q = q->link)
      if (q->deferFrame > static_cast<int64_t>(d.frame)) q->aborted = true;
    uint32_t base = topOfFrames(g);
    if (!d.fn && d.native < 0) {
      startRuntimeError(m, g, kNilDeref);
      goto unwind_next;
    }
    if (d.native >= 0) {
      const NativeEntry& ne = prog.natives[d.native];
      g.ensureStack(base + d.args.size() + ne.nresults + 1);
      Word* args = g.stack.data() + base;
      std::copy(d.args.begin(), d.args.end(), args);
      bool panicking = false;
      callNative(m, g, ne, args, &panicking);
      if (m.exitRequested()) return RunResult::Exited;
      goto unwind_next;
    }
    if (!pushFrame(g, d.fn, d.closure, base, Frame::kDeferred | Frame::kPanicDefer, d.frame))
      goto overflow;
    std::copy(d.args.begin(), d.args.end(), g.stack.begin() + base);
    p->deferFrame = static_cast<int64_t>(g.frames.size() - 1);
    LOAD_FRAME();
    continue;
  }

  overflow:
    startFatal(m, g, "stack overflow");
    goto unwind;

  park:
    if (g.nativeDepth > 0) {
      if (g.replayableDepth == g.nativeDepth) {
        // Every nested loop can unnest: the goroutine parks with this loop's frames spliced
        // onto its own (caught at the outermost native call, which jumps to `unnested`).
        g.unnestToYield = false;
        throw Unnest{};
      }
      startFatal(m, g, "blocking operation in a method called from native code");
      goto unwind;
    }
    g.status = GStatus::Parked;
    return RunResult::Parked;

  unnested:
    // A nested loop under the native called here unnested: the goroutine's frames now end with
    // the method's (the top frame parked or yielded there).
    if (g.unnestToYield) return RunResult::Yielded;
    g.status = GStatus::Parked;
    return RunResult::Parked;
  }

#undef LOAD_FRAME
#undef SAVE_PC
#undef RA
#undef RB
#undef RC
#undef THROW
#undef NILCHECK_PTR
#undef SAFEPOINT
#undef JUMP
#undef CJUMP
#undef vmdispatch
#undef vmcase
#undef vmbreak
}

}  // namespace weft::vm
