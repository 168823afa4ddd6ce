// The interpreter on hand-assembled bytecode: arithmetic, calls, panics, defers, recover.
#include <doctest.h>

#include <memory>
#include <string>

#include "lang/check/type_table.hpp"
#include "vm/machine.hpp"
#include "vm/program.hpp"

using namespace weft;
using namespace weft::vm;
using types::Kind;

namespace {

// A program under construction plus the type table its types come from.
struct Asm {
  std::shared_ptr<lang::check::TypeTable> tt = std::make_shared<lang::check::TypeTable>();
  std::shared_ptr<Program> prog = std::make_shared<Program>();

  Asm() {
    prog->stringType = tt->basic(Kind::String);
    prog->byteType = tt->basic(Kind::Uint8);
    prog->runeType = tt->basic(Kind::Int32);
    prog->keepAlive = tt;
  }
  uint32_t type(const types::Type* t) {
    prog->types.push_back(t);
    return static_cast<uint32_t>(prog->types.size() - 1);
  }
  FuncProto& func(std::string name, uint32_t nparams, uint32_t nresults, uint32_t nregs) {
    auto f = std::make_unique<FuncProto>();
    f->name = std::move(name);
    f->file = "/test/prog.go";
    f->nparams = nparams;
    f->nresults = nresults;
    f->nregs = nregs;
    prog->funcs.push_back(std::move(f));
    return *prog->funcs.back();
  }
  static void emit(FuncProto& f, Instr i, int line = 1) {
    f.code.push_back(i);
    f.lines.push_back(line);
  }
};

struct RunOutput {
  int status;
  std::string out, err;
};

RunOutput run(const Asm& a) {
  RunOutput r;
  MachineOptions opts;
  opts.out = [&](std::string_view s) { r.out += s; };
  opts.err = [&](std::string_view s) { r.err += s; };
  Machine m(a.prog, opts);
  r.status = m.run();
  return r;
}

Instr abc(Op op, uint32_t a, uint32_t b = 0, uint32_t c = 0) {
  return makeABC(op, a, b, c);
}
Instr abx(Op op, uint32_t a, uint32_t bx) {
  return makeABx(op, a, bx);
}
Instr asbx(Op op, uint32_t a, int32_t sbx) {
  return makeABx(op, a, static_cast<uint32_t>(sbx));
}
Instr absc(Op op, uint32_t a, uint32_t b, int32_t sc) {
  return makeABC(op, a, b, static_cast<uint32_t>(sc));
}

}  // namespace

TEST_CASE("vm: recursive fib and print") {
  Asm a;
  uint32_t tInt = a.type(a.tt->basic(Kind::Int));
  FuncProto& mainFn = a.func("main.main", 0, 0, 2);
  FuncProto& fib = a.func("main.fib", 1, 1, 3);
  Asm::emit(fib, absc(Op::JGEI, 0, 2, 1));
  Asm::emit(fib, abc(Op::RET1, 0));
  Asm::emit(fib, absc(Op::ADDI, 1, 0, -1));
  Asm::emit(fib, abx(Op::CALL, 1, 1));
  Asm::emit(fib, absc(Op::ADDI, 2, 0, -2));
  Asm::emit(fib, abx(Op::CALL, 2, 1));
  Asm::emit(fib, abc(Op::ADD_INT, 0, 1, 2));
  Asm::emit(fib, abc(Op::RET1, 0));
  Asm::emit(mainFn, asbx(Op::LOADI, 0, 20));
  Asm::emit(mainFn, abx(Op::CALL, 0, 1));
  Asm::emit(mainFn, abc(Op::PRINT, 0, tInt, 0));
  Asm::emit(mainFn, abc(Op::PRINTEND, 1));
  Asm::emit(mainFn, abc(Op::RET0, 0));
  a.prog->entry = 0;
  RunOutput r = run(a);
  CHECK(r.status == 0);
  CHECK(r.err == "6765\n");
}

TEST_CASE("vm: integer division by zero panics with Go's report") {
  Asm a;
  FuncProto& mainFn = a.func("main.main", 0, 0, 3);
  Asm::emit(mainFn, asbx(Op::LOADI, 0, 7), 3);
  Asm::emit(mainFn, asbx(Op::LOADI, 1, 0), 4);
  Asm::emit(mainFn, abc(Op::DIV_INT, 2, 0, 1), 5);
  Asm::emit(mainFn, abc(Op::RET0, 0), 6);
  a.prog->entry = 0;
  RunOutput r = run(a);
  CHECK(r.status == 2);
  CHECK(r.err.rfind("panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\n"
                    "main.main()\n\t/test/prog.go:5 +0x",
                    0) == 0);
}

TEST_CASE("vm: shifts, truncation and wrap-around") {
  Asm a;
  uint32_t tInt = a.type(a.tt->basic(Kind::Int));
  FuncProto& f = a.func("main.main", 0, 0, 4);
  // int8(127) + 1 wraps to -128
  Asm::emit(f, asbx(Op::LOADI, 0, 127));
  Asm::emit(f, absc(Op::ADDI, 0, 0, 1));
  Asm::emit(f, abc(Op::TRUNC_I8, 0, 0));
  Asm::emit(f, abc(Op::PRINT, 0, tInt, 0));
  // -8 >> 100 == -1, 1 << 64 == 0
  Asm::emit(f, asbx(Op::LOADI, 1, -8));
  Asm::emit(f, asbx(Op::LOADI, 2, 100));
  Asm::emit(f, abc(Op::SHR_INT, 3, 1, 2));
  Asm::emit(f, abc(Op::PRINT, 3, tInt, 1));
  Asm::emit(f, asbx(Op::LOADI, 1, 1));
  Asm::emit(f, asbx(Op::LOADI, 2, 64));
  Asm::emit(f, abc(Op::SHL, 3, 1, 2));
  Asm::emit(f, abc(Op::PRINT, 3, tInt, 1));
  // a negative shift count panics
  Asm::emit(f, abc(Op::PRINTEND, 1));
  Asm::emit(f, asbx(Op::LOADI, 2, -1));
  Asm::emit(f, abc(Op::SHL_S, 3, 1, 2), 9);
  Asm::emit(f, abc(Op::RET0, 0));
  a.prog->entry = 0;
  RunOutput r = run(a);
  CHECK(r.err.rfind("-128 -1 0\npanic: runtime error: negative shift amount\n", 0) == 0);
  CHECK(r.status == 2);
}

TEST_CASE("vm: defer runs on return; recover stops a panic and the frame returns") {
  Asm a;
  uint32_t tInt = a.type(a.tt->basic(Kind::Int));
  // func f() (r int) { defer func() { recover(); r = 42 }(); var z int; return 1 / z }
  // The deferred function gets the address of r (a cell) as its argument here.
  FuncProto& mainFn = a.func("main.main", 0, 0, 2);
  FuncProto& f = a.func("main.f", 0, 1, 4);
  FuncProto& d = a.func("main.f.func1", 1, 0, 2);
  uint32_t tCell = a.type(a.tt->basic(Kind::Int));
  // f: R0 = cell for r; R1 = z
  Asm::emit(f, abx(Op::NEW, 0, tCell));
  Asm::emit(f, abc(Op::MOVE, 2, 0));
  Asm::emit(f, abc(Op::DEFER, 2, 1, 0));
  Asm::emit(f, 2);  // extension: F[2]
  Asm::emit(f, asbx(Op::LOADI, 1, 0));
  Asm::emit(f, asbx(Op::LOADI, 3, 1));
  Asm::emit(f, abc(Op::DIV_INT, 3, 3, 1));
  Asm::emit(f, abc(Op::STORE, 0, 0, 3));
  f.recoverPc = static_cast<int32_t>(f.code.size());
  Asm::emit(f, abc(Op::RUNDEFERS, 0));
  Asm::emit(f, abc(Op::LOAD, 1, 0, 0));
  Asm::emit(f, abc(Op::RET1, 1));
  // d: recover(); *R0 = 42
  Asm::emit(d, abc(Op::RECOVER, 1));
  Asm::emit(d, asbx(Op::LOADI, 1, 42));
  Asm::emit(d, abc(Op::STORE, 0, 0, 1));
  Asm::emit(d, abc(Op::RET0, 0));
  // main: print f()
  Asm::emit(mainFn, abx(Op::CALL, 0, 1));
  Asm::emit(mainFn, abc(Op::PRINT, 0, tInt, 0));
  Asm::emit(mainFn, abc(Op::PRINTEND, 1));
  Asm::emit(mainFn, abc(Op::RET0, 0));
  a.prog->entry = 0;
  RunOutput r = run(a);
  CHECK(r.status == 0);
  CHECK(r.err == "42\n");
}

TEST_CASE("vm: index out of range message") {
  Asm a;
  uint32_t tInt = a.type(a.tt->basic(Kind::Int));
  FuncProto& f = a.func("main.main", 0, 0, 4);
  Asm::emit(f, asbx(Op::LOADI, 1, 3));
  Asm::emit(f, abc(Op::MAKESLICE, 0, 1, 1));
  Asm::emit(f, tInt);
  Asm::emit(f, asbx(Op::LOADI, 2, 5));
  Asm::emit(f, abc(Op::SLOAD, 3, 0, 2), 7);
  Asm::emit(f, abc(Op::RET0, 0));
  a.prog->entry = 0;
  RunOutput r = run(a);
  CHECK(r.status == 2);
  CHECK(r.err.rfind("panic: runtime error: index out of range [5] with length 3\n", 0) == 0);
  CHECK(r.err.find("main.main()\n\t/test/prog.go:7 +0x") != std::string::npos);
}
