// A compiled program: bytecode functions, constants, the tables instructions index into, and the
// types (kept alive with the checker's TypeTable) that serve as runtime type descriptors.
//
// A Program is immutable once built and may be shared by several Machines (each Machine makes
// its own heap copies of the string constants). Instructions refer to the tables below by index:
// funcs, natives, types, strings, methods.
//
// Instruction format (one 64-bit word, see vm/opcodes.def for each opcode's operands):
//
//   63        48 47        32 31        16 15         0
//  +------------+------------+------------+------------+
//  |     C      |     B      |     A      |     op     |   ABC: three 16-bit operands
//  +------------+------------+------------+------------+
//  |          Bx (32)        |     A      |     op     |   ABx / AsBx: a 32-bit operand
//  +-------------------------+------------+------------+
//
// Some opcodes are followed by one extension word (a raw 64-bit operand: a type index, an
// array length and element size, a call-site cache index); their format string ends in "+X".
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "vm/native.hpp"
#include "vm/object.hpp"

namespace weft::types {
class Type;
class Func;
}  // namespace weft::types

namespace weft::vm {

using Instr = uint64_t;

enum class Op : uint16_t {
#define OP(name, format, meaning) name,
#include "vm/opcodes.def"
#undef OP
  Count_
};

constexpr uint16_t instrOp(Instr i) {
  return static_cast<uint16_t>(i);
}
constexpr uint32_t instrA(Instr i) {
  return static_cast<uint16_t>(i >> 16);
}
constexpr uint32_t instrB(Instr i) {
  return static_cast<uint16_t>(i >> 32);
}
constexpr uint32_t instrC(Instr i) {
  return static_cast<uint16_t>(i >> 48);
}
constexpr int32_t instrSB(Instr i) {
  return static_cast<int16_t>(i >> 32);
}
constexpr int32_t instrSC(Instr i) {
  return static_cast<int16_t>(i >> 48);
}
constexpr uint32_t instrBx(Instr i) {
  return static_cast<uint32_t>(i >> 32);
}
constexpr int32_t instrSBx(Instr i) {
  return static_cast<int32_t>(i >> 32);
}

constexpr Instr makeABC(Op op, uint32_t a, uint32_t b, uint32_t c) {
  return static_cast<Instr>(op) | (static_cast<Instr>(a & 0xFFFF) << 16) |
         (static_cast<Instr>(b & 0xFFFF) << 32) | (static_cast<Instr>(c & 0xFFFF) << 48);
}
constexpr Instr makeABx(Op op, uint32_t a, uint32_t bx) {
  return static_cast<Instr>(op) | (static_cast<Instr>(a & 0xFFFF) << 16) |
         (static_cast<Instr>(bx) << 32);
}

const char* opName(Op op);
const char* opFormat(Op op);   // "ABC", "AsBx", "ABC+X", ...
const char* opMeaning(Op op);  // "R[A] := R[B] + R[C]"
bool opHasExtension(Op op);    // followed by one raw 64-bit word

// A compiled function. `code`, `lines` and `k` never change after compilation.
struct FuncProto {
  std::string name;  // as in Go tracebacks: "main.f", "main.(*T).M", "main.main.func1"
  std::string file;  // absolute path of the source file
  int32_t line = 0;  // line of the declaration
  std::vector<Instr> code;
  std::vector<int32_t> lines;  // source line of each code word (extension words repeat it)
  std::vector<Word> k;         // numeric constants (LOADK)
  uint32_t nparams = 0;        // words of parameters (receiver first), in R[0..nparams)
  uint32_t nresults = 0;       // words of results, returned in R[0..nresults) of the callee
  uint32_t nregs = 0;          // registers the frame needs (>= nparams, >= nresults)
  uint32_t ncaptures = 0;      // for closures: number of captured variables
  int32_t recoverPc = -1;      // where a frame resumes after a deferred call recovered a panic
  bool wrapper = false;        // synthesized (method wrappers, bound methods): hidden in traces
  const types::Func* obj = nullptr;  // the declared function, if any
  // Register pointer maps (lang/compile/ptrmap.hpp). `ptrRegs`: bit r set when register r holds
  // a heap reference somewhere in the function (the union; empty when the function has no maps,
  // e.g. built by hand: the collector then scans its frames conservatively).
  std::vector<uint64_t> ptrRegs;
  // The exact maps: for each code index where a frame can be stopped when the world stops
  // (`safepointPcs`, sorted: see ptrmap.hpp for the list), the registers that hold a reference
  // (or null) there: `ptrWords()` words at safepointMaps[i * ptrWords()].
  std::vector<uint32_t> safepointPcs;
  std::vector<uint64_t> safepointMaps;
  // The registers a frame stopped by a panic holds references in (those the epilogue at
  // recoverPc may still use; empty when the function cannot recover).
  std::vector<uint64_t> panicMap;
  // Instructions whose written kinds the compiler did not note (counted as references; the
  // tests keep this 0 for compiled code).
  uint32_t ptrGuesses = 0;
  bool hasPtrMap() const { return !ptrRegs.empty(); }
  std::size_t ptrWords() const { return (static_cast<std::size_t>(nregs) + 63) / 64; }
  bool mayHoldPtr(uint32_t r) const {
    return r / 64 >= ptrRegs.size() || ((ptrRegs[r / 64] >> (r % 64)) & 1);
  }
  // The exact map at code index pc, or null if pc is not a safepoint of this function.
  const uint64_t* safepointMap(uint32_t pc) const;
};

// A native function bound at compile time (see vm/native.hpp).
struct NativeEntry {
  std::string name;  // "strings.Index", "sync.(*Mutex).Lock"
  NativeFn fn = nullptr;
  const types::Signature* sig = nullptr;
  uint32_t nparams = 0;   // argument words
  uint32_t nresults = 0;  // result words
};

// A method implementation reachable through an interface: a bytecode function or a native.
struct MethodTarget {
  const types::Type* recvType = nullptr;  // the dynamic type this entry serves
  uint32_t nameId = 0;                    // index into Program::methodNames
  int32_t func = -1;                      // index into funcs, or -1
  int32_t native = -1;                    // index into natives, or -1
  const types::Signature* sig = nullptr;  // the method's signature (for interface checks)
  bool recvInline = false;                // the receiver word is the address of the payload
};

// The methods of one dynamic type, sorted by name id. Receivers arrive as one word: the value
// itself for one-word types, the address of the payload for inline (struct/array) types.
struct MethodSet {
  std::vector<MethodTarget> methods;
  const MethodTarget* find(uint32_t nameId) const;
};

// One package-level variable.
struct GlobalInfo {
  std::string name;  // "main.counter"
  const types::Type* type = nullptr;
  // How the word in the globals array is used: the value itself, a pointer to a heap cell
  // (address taken), or a pointer to inline storage (struct/array).
  enum class Storage : uint8_t { Direct, Cell, Inline } storage = Storage::Direct;
};

// The dynamic types of the VM's own panic values (Go's names; see ProgramCompiler).
enum class RuntimeErrorKind : uint8_t {
  Bounds,         // runtime.boundsError: index and slice bounds
  ErrorString,    // runtime.errorString: "runtime error: ..." (nil deref, divide, shift, ...)
  Plain,          // runtime.plainError: nil map write, channel misuse
  TypeAssertion,  // *runtime.TypeAssertionError
  PanicNil,       // *runtime.PanicNilError: panic(nil)
  Count_
};

struct Program {
  std::vector<std::unique_ptr<FuncProto>> funcs;
  std::vector<NativeEntry> natives;
  std::vector<const types::Type*> types;
  std::vector<std::string> strings;  // string constants (LOADSTR)
  std::vector<std::string> methodNames;
  std::unordered_map<const types::Type*, MethodSet> methodSets;
  std::vector<GlobalInfo> globals;
  uint32_t callSites = 0;  // number of interface call-site caches (CALLI extension words)
  std::unordered_map<std::string, uint32_t> methodIds;  // name -> index into methodNames
  // Types the VM itself needs (set by the compiler). Runtime errors are boxes of one of
  // `runtimeErrorTypes` whose payload is the message (a String*); their methods Error and
  // RuntimeError are in methodSets like any other.
  const types::Type* stringType = nullptr;
  const types::Type* byteType = nullptr;
  const types::Type* runeType = nullptr;
  const types::Type* runtimeErrorType = nullptr;      // errorString
  std::vector<const types::Type*> runtimeErrorTypes;  // by RuntimeErrorKind
  int32_t entry = -1;  // the function that runs package initialization and then main.main
  // Keeps the types (and whatever else the checker produced) alive as long as the program.
  std::shared_ptr<const void> keepAlive;

  const FuncProto* func(uint32_t i) const { return funcs[i].get(); }
  // Source line of the instruction at `pc` in `fn`.
  static int32_t lineOf(const FuncProto& fn, const Instr* pc);
};

// Readable listing of every function: one instruction per line with its source line.
std::string disassemble(const Program& program);
std::string disassemble(const Program& program, const FuncProto& fn);

}  // namespace weft::vm
