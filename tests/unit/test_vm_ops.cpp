// Individual opcodes on hand-assembled bytecode: maps, channels and goroutines, strings,
// slicing bounds, interfaces.
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

struct Asm {
  std::shared_ptr<lang::check::TypeTable> tt = std::make_shared<lang::check::TypeTable>();
  std::shared_ptr<Program> prog = std::make_shared<Program>();
  FuncProto* cur = nullptr;

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
  uint32_t str(const std::string& s) {
    prog->strings.push_back(s);
    return static_cast<uint32_t>(prog->strings.size() - 1);
  }
  uint32_t func(std::string name, uint32_t nparams, uint32_t nregs) {
    auto f = std::make_unique<FuncProto>();
    f->name = std::move(name);
    f->file = "/t/ops.go";
    f->nparams = nparams;
    f->nregs = nregs;
    prog->funcs.push_back(std::move(f));
    cur = prog->funcs.back().get();
    return static_cast<uint32_t>(prog->funcs.size() - 1);
  }
  void op(Op o, uint32_t a = 0, uint32_t b = 0, uint32_t c = 0) { put(makeABC(o, a, b, c)); }
  void opx(Op o, uint32_t a, uint32_t bx) { put(makeABx(o, a, bx)); }
  void ops(Op o, uint32_t a, int32_t sbx) { put(makeABx(o, a, static_cast<uint32_t>(sbx))); }
  void put(Instr i) {
    cur->code.push_back(i);
    cur->lines.push_back(static_cast<int32_t>(cur->code.size()));
  }
};

struct Outcome {
  int status;
  std::string err;
};

Outcome run(const Asm& a) {
  Outcome o;
  MachineOptions opts;
  opts.out = [](std::string_view) {};
  opts.err = [&](std::string_view s) { o.err += s; };
  Machine m(a.prog, opts);
  o.status = m.run();
  return o;
}

}  // namespace

TEST_CASE("vm ops: map store, lookup with comma-ok, delete, len") {
  Asm a;
  auto* intT = a.tt->basic(Kind::Int);
  uint32_t tMap = a.type(a.tt->map(a.tt->basic(Kind::String), intT));
  uint32_t tInt = a.type(intT);
  uint32_t tBool = a.type(a.tt->basic(Kind::Bool));
  uint32_t key = a.str("k");
  a.prog->entry = static_cast<int32_t>(a.func("main.main", 0, 8));
  a.ops(Op::LOADI, 0, 0);
  a.opx(Op::MAKEMAP, 0, tMap);  // m := make(map[string]int)
  a.opx(Op::LOADSTR, 1, key);
  a.ops(Op::LOADI, 2, 41);
  a.op(Op::MAPSET, 0, 1, 2), a.put(tMap);   // m["k"] = 41
  a.op(Op::MAPGET2, 3, 0, 1), a.put(tMap);  // v, ok := m["k"]
  a.op(Op::ADDI, 3, 3, 1);
  a.op(Op::PRINT, 3, tInt, 0);
  a.op(Op::PRINT, 4, tBool, 1);
  a.op(Op::MAPDELETE, 0, 1), a.put(tMap);
  a.op(Op::LEN_MAP, 5, 0);
  a.op(Op::PRINT, 5, tInt, 1);
  a.op(Op::MAPGET2, 3, 0, 1), a.put(tMap);
  a.op(Op::PRINT, 4, tBool, 1);
  a.op(Op::PRINTEND, 1);
  a.op(Op::RET0);
  Outcome o = run(a);
  CHECK(o.status == 0);
  CHECK(o.err == "42 true 0 false\n");
}

TEST_CASE("vm ops: a goroutine sends on an unbuffered channel; close ends the receiver") {
  Asm a;
  auto* intT = a.tt->basic(Kind::Int);
  uint32_t tChan = a.type(a.tt->chan(types::ChanDir::Both, intT));
  uint32_t tInt = a.type(intT);
  uint32_t mainFn = a.func("main.main", 0, 8);
  uint32_t sender = a.func("main.send", 1, 4);
  a.prog->entry = static_cast<int32_t>(mainFn);
  // send(ch): for i := 0; i < 3; i++ { ch <- i*10 }; close(ch)
  a.ops(Op::LOADI, 1, 0);
  a.op(Op::MULI, 2, 1, 10);                                            // 1
  a.op(Op::SEND, 0, 2);                                                // 2
  a.op(Op::ADDI, 1, 1, 1);                                             // 3
  a.put(makeABC(Op::JLTI, 1, 3, static_cast<uint32_t>(-4) & 0xFFFF));  // 4: back to 1
  a.op(Op::CLOSE, 0);
  a.op(Op::RET0);
  // main: ch := make(chan int); go send(ch); for { v, ok := <-ch; if !ok break; print v }
  a.cur = a.prog->funcs[mainFn].get();
  a.ops(Op::LOADI, 1, 0);
  a.op(Op::MAKECHAN, 0, 1, tChan);       // 1
  a.op(Op::MOVE, 1, 0);                  // 2
  a.op(Op::GO, 1, 1, 0), a.put(sender);  // 3,4
  a.op(Op::RECV2, 2, 0);                 // 5
  a.ops(Op::JF, 3, 3);                   // 6: to 10
  a.op(Op::PRINT, 2, tInt, 1);           // 7
  a.op(Op::NOP);                         // 8
  a.ops(Op::JMP, 0, -5);                 // 9: to 5
  a.op(Op::PRINTEND, 1);                 // 10
  a.op(Op::RET0);
  Outcome o = run(a);
  CHECK(o.status == 0);
  CHECK(o.err == " 0 10 20\n");
}

TEST_CASE("vm ops: select with a default case, and a deadlocked receive") {
  Asm a;
  auto* intT = a.tt->basic(Kind::Int);
  uint32_t tChan = a.type(a.tt->chan(types::ChanDir::Both, intT));
  uint32_t tInt = a.type(intT);
  a.prog->entry = static_cast<int32_t>(a.func("main.main", 0, 8));
  a.ops(Op::LOADI, 1, 0);
  a.op(Op::MAKECHAN, 1, 1, tChan);  // case table at 1: chan, value, ok
  a.op(Op::SELECT, 0, 1, 1 | 0x8000), a.put(0);
  a.op(Op::PRINT, 0, tInt, 0);  // -1: the default case
  a.op(Op::PRINTEND, 1);
  a.op(Op::RECV, 2, 1);  // blocks forever
  a.op(Op::RET0);
  Outcome o = run(a);
  CHECK(o.status == 2);
  CHECK(o.err.rfind("-1\nfatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 "
                    "[chan receive]:\nmain.main()\n",
                    0) == 0);
}

TEST_CASE("vm ops: strings — concatenation, indexing, slicing, rune decoding") {
  Asm a;
  uint32_t tStr = a.type(a.tt->basic(Kind::String));
  uint32_t tInt = a.type(a.tt->basic(Kind::Int));
  uint32_t s1 = a.str("h\xc3\xa9"), s2 = a.str("llo");
  a.prog->entry = static_cast<int32_t>(a.func("main.main", 0, 10));
  a.opx(Op::LOADSTR, 0, s1);
  a.opx(Op::LOADSTR, 1, s2);
  a.op(Op::CONCAT, 2, 0, 1);  // "héllo"
  a.op(Op::LEN_STR, 3, 2);    // 6
  a.ops(Op::LOADI, 4, 1);
  a.op(Op::STRNEXT, 5, 2, 4);  // 'é' (233), width 2
  a.ops(Op::LOADI, 7, 3);
  a.ops(Op::LOADI, 8, 6);
  a.op(Op::SLICE_STR, 9, 2, 7);  // "llo"
  a.op(Op::PRINT, 2, tStr, 0);
  a.op(Op::PRINT, 3, tInt, 1);
  a.op(Op::PRINT, 5, tInt, 1);
  a.op(Op::PRINT, 6, tInt, 1);
  a.op(Op::PRINT, 9, tStr, 1);
  a.op(Op::PRINTEND, 1);
  a.ops(Op::LOADI, 8, 9);
  a.op(Op::SLICE_STR, 9, 2, 7);  // s[3:9] out of range
  a.op(Op::RET0);
  Outcome o = run(a);
  CHECK(o.status == 2);
  CHECK(o.err.rfind("h\xc3\xa9llo 6 233 2 llo\npanic: runtime error: slice bounds out of "
                    "range [:9] with length 6\n",
                    0) == 0);
}

TEST_CASE("vm ops: boxing, interface equality and a failed type assertion") {
  Asm a;
  auto* intT = a.tt->basic(Kind::Int);
  uint32_t tInt = a.type(intT);
  uint32_t tStr = a.type(a.tt->basic(Kind::String));
  uint32_t tAny = a.type(a.tt->emptyInterface());
  uint32_t tBool = a.type(a.tt->basic(Kind::Bool));
  a.prog->entry = static_cast<int32_t>(a.func("main.main", 0, 8));
  a.ops(Op::LOADI, 0, 7);
  a.op(Op::BOX, 1, 0, tInt);
  a.op(Op::BOX, 2, 0, tInt);
  a.op(Op::EQ_IFACE, 3, 1, 2);  // any(7) == any(7)
  a.op(Op::PRINT, 3, tBool, 0);
  a.op(Op::ASSERT, 4, 1, tInt), a.put(tAny);
  a.op(Op::PRINT, 4, tInt, 1);
  a.op(Op::PRINTEND, 1);
  a.op(Op::ASSERT, 4, 1, tStr), a.put(tAny);
  a.op(Op::RET0);
  Outcome o = run(a);
  CHECK(o.status == 2);
  CHECK(o.err.rfind("true 7\npanic: interface conversion: interface {} is int, not string\n", 0) ==
        0);
}
