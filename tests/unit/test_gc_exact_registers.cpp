// The collector's view of goroutine registers is exact (vm/gc_roots.cpp with the per-safepoint
// maps of lang/compile/ptrmap.hpp): a word in a register that holds an int at the frame's
// safepoint is not a root, even when it happens to equal an object's address.
#include <doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "lang/compile/compile.hpp"
#include "vm/gc_roots.hpp"
#include "vm/machine.hpp"
#include "vm/value.hpp"

namespace {

using namespace weft;
using vm::Op;
using vm::Word;

std::shared_ptr<const vm::Program> compileOk(const std::string& src) {
  auto built = compile::build("/tmp/gc_exact_registers_test.go", src);
  std::string diags;
  for (auto& d : built.diagnostics) diags += d.str() + "\n";
  INFO(diags);
  REQUIRE(built.program);
  return built.program;
}

const vm::FuncProto& func(const vm::Program& p, const std::string& name) {
  for (const auto& f : p.funcs)
    if (f && f->name == name) return *f;
  FAIL("no function " << name);
  return *p.funcs[0];
}

bool marked(const uint64_t* map, uint32_t r) {
  return (map[r / 64] >> (r % 64)) & 1;
}

bool alive(vm::Heap& h, const void* p) {
  return h.findObject(p) == p;
}

// One goroutine whose only frame runs f, stopped at code index pc.
void stopAt(vm::Goroutine& g, const vm::FuncProto& f, std::size_t pc) {
  g.stack.assign(f.nregs + 8, 0);
  g.frames.clear();
  g.frames.push_back(vm::Frame{&f, nullptr, f.code.data() + pc, 0, 0, 0});
}

}  // namespace

TEST_CASE("gc: an object whose address is left in a register that now holds an int is freed") {
  auto p = compileOk(R"(package main

type big struct {
	a    [64]int
	next *big
}

func touch(b *big) int { return b.a[0] + 1 }

func reuse(n int) int {
	t := 0
	{
		q := &big{}
		t += touch(q)
	}
	for i := 0; i < n; i++ {
		t += i * 2
	}
	return t
}

func main() { println(reuse(10)) }
)");
  const vm::FuncProto& f = func(*p, "main.reuse");
  // The loop head (a back-edge target: the goroutine yields there) and a register that held q
  // before and holds an int there.
  std::size_t head = SIZE_MAX;
  uint32_t reg = UINT32_MAX;
  for (std::size_t pc = 0; pc < f.code.size(); pc++) {
    const vm::Instr i = f.code[pc];
    const auto op = static_cast<Op>(vm::instrOp(i));
    int64_t off = 0;
    if (op == Op::JMP)
      off = vm::instrSBx(i);
    else if (op == Op::FORLOOP || op == Op::JLT_INT || op == Op::JLTI)
      off = vm::instrSC(i);
    if (op == Op::FORLOOP || op == Op::ADD_INT || op == Op::ADDI) {
      uint32_t a = vm::instrA(i);
      if (f.mayHoldPtr(a)) reg = a;
    }
    if (off < 0 && head == SIZE_MAX) head = static_cast<std::size_t>(pc + 1 + off);
    if (vm::opHasExtension(op)) pc++;
  }
  REQUIRE(head != SIZE_MAX);
  REQUIRE(reg != UINT32_MAX);
  const uint64_t* map = f.safepointMap(static_cast<uint32_t>(head));
  REQUIRE(map);
  REQUIRE(!marked(map, reg));

  vm::Heap heap;
  Word* dead = heap.allocScalarWords(64);
  Word* live = heap.allocScalarWords(64);
  vm::Goroutine g;
  stopAt(g, f, head);
  g.stack[reg] = vm::fromPtr(dead);  // an int that equals the dead object's address
  // A register the map marks at the loop head keeps its object (if there is one).
  uint32_t ref = UINT32_MAX;
  for (uint32_t r = 0; r < f.nregs; r++)
    if (marked(map, r)) ref = r;
  if (ref != UINT32_MAX) g.stack[ref] = vm::fromPtr(live);
  heap.collect([&](vm::RootVisitor& v) { vm::visitGoroutineRegisters(g, v); });
  CHECK_FALSE(alive(heap, dead));
  if (ref != UINT32_MAX) CHECK(alive(heap, live));

  // The same word where the register holds q (just after touch(q) returned, before the loop)
  // keeps the object.
  Word* q = heap.allocScalarWords(64);
  bool checked = false;
  for (std::size_t pc = 0; pc < f.code.size() && !checked; pc++) {
    const vm::Instr i = f.code[pc];
    if (static_cast<Op>(vm::instrOp(i)) != Op::CALL) continue;
    const uint64_t* after = f.safepointMap(static_cast<uint32_t>(pc + 1));
    REQUIRE(after);
    if (!marked(after, reg)) continue;
    stopAt(g, f, pc + 1);
    g.stack[reg] = vm::fromPtr(q);
    heap.collect([&](vm::RootVisitor& v) { vm::visitGoroutineRegisters(g, v); });
    CHECK(alive(heap, q));
    checked = true;
  }
  CHECK(checked);
}

TEST_CASE("gc: a caller below its callee is scanned only below the callee's frame") {
  auto p = compileOk(R"(package main

type big struct{ a [64]int }

func mk(n int) *big { return &big{} }

func window(n int) int {
	p := mk(n)
	return p.a[0]
}

func main() { println(window(3)) }
)");
  const vm::FuncProto& w = func(*p, "main.window");
  const vm::FuncProto& mk = func(*p, "main.mk");
  std::size_t callPc = SIZE_MAX;
  for (std::size_t pc = 0; pc < w.code.size(); pc++)
    if (static_cast<Op>(vm::instrOp(w.code[pc])) == Op::CALL &&
        p->funcs[vm::instrBx(w.code[pc])].get() == &mk)
      callPc = pc;
  REQUIRE(callPc != SIZE_MAX);
  const uint32_t a = vm::instrA(w.code[callPc]);
  // The caller is stopped after the CALL with mk's frame on top at its first instruction:
  // mk's R[0] (the caller's R[A]) is the int n, though the caller's map after the call marks R[A]
  // for the result.
  REQUIRE(marked(w.safepointMap(static_cast<uint32_t>(callPc + 1)), a));
  vm::Heap heap;
  Word* dead = heap.allocScalarWords(64);
  vm::Goroutine g;
  g.stack.assign(a + mk.nregs + 8, 0);
  g.frames.push_back(vm::Frame{&w, nullptr, w.code.data() + callPc + 1, 0, 0, 0});
  g.frames.push_back(vm::Frame{&mk, nullptr, mk.code.data(), a, 0, 0});
  g.stack[a] = vm::fromPtr(dead);  // mk's n
  heap.collect([&](vm::RootVisitor& v) { vm::visitGoroutineRegisters(g, v); });
  CHECK_FALSE(alive(heap, dead));
}

TEST_CASE("gc: a frame stopped by a panic keeps only what its epilogue can use") {
  auto p = compileOk(R"(package main

import "fmt"

type big struct{ a [64]int }

func risky(n int) (res *big, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	res = &big{}
	k := 10 / n
	res.a[0] = k
	return res, nil
}

func main() {
	r, err := risky(0)
	fmt.Println(r.a[0], err)
}
)");
  const vm::FuncProto& f = func(*p, "main.risky");
  REQUIRE(f.recoverPc >= 0);
  // Stopped at the division (its saved pc is the next instruction) below a deferred call.
  std::size_t divPc = SIZE_MAX;
  for (std::size_t pc = 0; pc < f.code.size(); pc++) {
    const auto op = static_cast<Op>(vm::instrOp(f.code[pc]));
    if (op == Op::DIV_INT) divPc = pc;
    if (vm::opHasExtension(op)) pc++;
  }
  REQUIRE(divPc != SIZE_MAX);
  const vm::FuncProto* deferred = nullptr;
  for (const auto& fn : p->funcs)
    if (fn && fn->name == "main.risky.func1") deferred = fn.get();
  REQUIRE(deferred);
  vm::Heap heap;
  Word* res = heap.allocScalarWords(64);
  Word* dead = heap.allocScalarWords(64);
  vm::Goroutine g;
  g.stack.assign(f.nregs + deferred->nregs + 8, 0);
  g.frames.push_back(vm::Frame{&f, nullptr, f.code.data() + divPc + 1, 0, 0, 0});
  g.frames.push_back(vm::Frame{deferred, nullptr, deferred->code.data(), f.nregs, 0,
                               vm::Frame::kDeferred | vm::Frame::kPanicDefer});
  g.stack[1] = vm::fromPtr(res);  // the named result
  // Every other register of the panicking frame that its panic map leaves out.
  for (uint32_t r = 2; r < f.nregs; r++)
    if (!marked(f.panicMap.data(), r)) g.stack[r] = vm::fromPtr(dead);
  g.stack[0] = vm::fromPtr(dead);  // n
  heap.collect([&](vm::RootVisitor& v) { vm::visitGoroutineRegisters(g, v); });
  CHECK(alive(heap, res));
  CHECK_FALSE(alive(heap, dead));
}

// Runs tests/go_conc/NAME.go on 1 and 4 workers; its output must be NAME.out (from `go run`).
static void runGoConc(const std::string& name, std::size_t minCollections) {
  const std::filesystem::path dir =
      std::filesystem::path(__FILE__).parent_path().parent_path() / "go_conc";
  std::ifstream in(dir / (name + ".go"));
  std::ifstream want(dir / (name + ".out"));
  REQUIRE(in);
  REQUIRE(want);
  std::stringstream src, expected;
  src << in.rdbuf();
  expected << want.rdbuf();
  auto p = compileOk(src.str());
  for (int workers : {1, 4}) {
    INFO(name << " on " << workers << " workers");
    std::string out, err;
    vm::MachineOptions opts;
    opts.workers = workers;
    opts.out = [&](std::string_view s) { out += s; };
    opts.err = [&](std::string_view s) { err += s; };
    vm::Machine m(p, opts);
    CHECK(m.run() == 0);
    CHECK(err == "");
    CHECK(out == expected.str());
    CHECK(m.heap().stats().collections >= minCollections);
  }
}

TEST_CASE("gc stress: many goroutines allocate while collections run (go_conc programs)") {
  // Registers reused for ints and pointers, receives by parked goroutines, select, panics
  // recovered while collections run under the panicking frame.
  runGoConc("gc_exact_registers", 5);
  // fmt's arguments while the String method it called yields and parks as spliced frames.
  runGoConc("gc_replayed_native_args", 1);
}
