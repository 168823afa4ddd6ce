// fmt's printer: Print, Println and Printf over Weft values, with Go's exact output.
// A port of Go's fmt/print.go in which reflection is replaced by walking a value's storage
// with its runtime type (docs/architecture.md, "Values"): an operand is the address of a
// value's slots plus its types::Type.
//
// The printer itself touches no VM service; what it needs from the running program (calling
// String()/Error() methods, reading maps) comes through a PrinterHost, so it can be tested
// without a VM.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stdlib/fmt/format.hpp"
#include "vm/object.hpp"

namespace weft::types {
class Type;
class Func;
class Map;
}  // namespace weft::types

namespace weft::stdlib::fmt {

// A value: `slots` points at slotsOf(type) words holding it (for a one-word type, the word).
struct Operand {
  const vm::Word* slots = nullptr;
  const types::Type* type = nullptr;
  const vm::Box* box = nullptr;  // the interface value holding it, when it came as one
};

class PrinterHost {
 public:
  virtual ~PrinterHost() = default;
  enum class CallResult {
    Done,      // `result` holds the string the method returned
    Missing,   // the method could not be called: print the value instead
    Panicked,  // the method panicked: the printer stops at once (PrinterAborted)
  };
  // Calls `method` (a func() string method found in the method set of `v.type`) on v.
  virtual CallResult callStringMethod(const Operand& v, const types::Func* method,
                                      std::string& result) = 0;
  // The entries of the map `m` (a vm::MapObject*, not null) of type `t`, in any order: pairs
  // of (key slots, value slots) that stay valid while the printer runs.
  // After callStringMethod returned Panicked: takes the panic off the goroutine, as
  // `recover()` in Go's catchPanic does, and returns its value (an interface value, null for
  // panic(nil)); `recovered` false when it cannot be recovered (a fatal error), and the
  // printer must then abort. The default cannot recover.
  virtual const vm::Box* recoverPanic(bool& recovered) {
    recovered = false;
    return nullptr;
  }
  virtual void mapEntries(vm::Word m, const types::Map* t,
                          std::vector<std::pair<const vm::Word*, const vm::Word*>>& out) = 0;
  // The number of entries of a map (for %v of nil vs empty maps this is not needed; Go
  // prints both as map[]).
};

// Thrown by the printer when a method it called panicked; callers catch it and return from
// the native at once (the panic is already in progress on the goroutine).
struct PrinterAborted {};

class Printer {
 public:
  explicit Printer(PrinterHost& host) : host_(host), fmt_(buf_) {}

  // The operands are interface values: a vm::Box* each (null is a nil interface).
  void doPrint(const vm::Word* args, std::size_t n);
  void doPrintln(const vm::Word* args, std::size_t n);
  void doPrintf(std::string_view format, const vm::Word* args, std::size_t n);

  // Errorf mode: %w accepts error operands; their argument indexes are recorded.
  void allowWrapping() { wrapErrs_ = true; }
  const std::vector<int>& wrappedArgs() const { return wrappedErrs_; }
  bool reordered() const { return reordered_; }

  std::string& buffer() { return buf_; }
  std::string take() { return std::move(buf_); }

 private:
  enum class Current { Nil, Arg, Value };

  void printArg(const vm::Box* arg, int32_t verb);
  void printOperandArg(const Operand& v, int32_t verb);
  void printValue(const Operand& v, int32_t verb, int depth, bool readOnly);
  bool handleMethods(const Operand& v, int32_t verb);
  void catchPanic(const Operand& v, int32_t verb, std::string_view method);
  void badVerb(int32_t verb);
  void badArgNum(int32_t verb);
  void missingArg(int32_t verb);
  void fmtBool(bool v, int32_t verb);
  void fmt0x64(uint64_t v, bool leading0x);
  void fmtInteger(uint64_t v, bool isSigned, int32_t verb);
  void fmtFloat(double v, int size, int32_t verb);
  void fmtComplex(double re, double im, int size, int32_t verb);
  void fmtString(std::string_view v, int32_t verb);
  void fmtBytes(std::string_view v, bool isNil, int32_t verb, std::string_view typeString,
                const Operand& v0);
  void fmtPointer(const Operand& v, int32_t verb);
  void printMap(const Operand& v, int32_t verb, int depth, bool readOnly);
  void printList(const Operand& v, int32_t verb, int depth, bool readOnly);
  void printStruct(const Operand& v, int32_t verb, int depth, bool readOnly);

  // argNumber and friends (format parsing), as in Go.
  bool argNumber(int& argNum, std::string_view format, std::size_t& i, int numArgs);
  bool intFromArg(const vm::Word* args, int n, int& argNum, int& num);

  PrinterHost& host_;
  std::string buf_;
  Formatter fmt_;
  Current current_ = Current::Nil;
  Operand cur_;
  bool reordered_ = false;
  bool goodArgNum_ = true;
  bool erroring_ = false;  // printing inside %!verb(...): no method calls
  bool wrapErrs_ = false;
  bool panicking_ = false;  // printing the value of a panic a method raised (catchPanic)
  std::vector<int> wrappedErrs_;
};

}  // namespace weft::stdlib::fmt
