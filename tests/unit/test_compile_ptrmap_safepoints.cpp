// Register pointer maps per safepoint (lang/compile/ptrmap.hpp): registers that the allocator
// reuses for ints and pointers are marked exactly where they hold a pointer.
#include <doctest.h>

#include <string>

#include "lang/compile/compile.hpp"
#include "lang/compile/ptrmap.hpp"
#include "lang/types.hpp"
#include "vm/heap.hpp"
#include "vm/program.hpp"

namespace {

using namespace weft;
using vm::Op;

std::shared_ptr<const vm::Program> compileOk(const std::string& src) {
  auto built = compile::build("/tmp/ptrmap_safepoints_test.go", src);
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

bool marked(const vm::FuncProto& f, const uint64_t* map, uint32_t r) {
  return (map[r / 64] >> (r % 64)) & 1;
}

// The code index a backward jump of f goes to (the first one found), or -1.
int64_t loopHead(const vm::FuncProto& f) {
  for (std::size_t pc = 0; pc < f.code.size(); pc++) {
    const vm::Instr i = f.code[pc];
    const auto op = static_cast<Op>(vm::instrOp(i));
    int64_t off = 0;
    if (op == Op::JMP)
      off = vm::instrSBx(i);
    else if (op == Op::FORLOOP || op == Op::FORLOOPI || op == Op::JLT_INT || op == Op::JLE_INT ||
             op == Op::JLTI || op == Op::JLEI || op == Op::JGTI || op == Op::JGEI)
      off = vm::instrSC(i);
    if (off < 0) return static_cast<int64_t>(pc) + 1 + off;
    if (vm::opHasExtension(op)) pc++;
  }
  return -1;
}

// Registers some integer arithmetic instruction of f writes.
std::vector<bool> intWritten(const vm::FuncProto& f) {
  std::vector<bool> out(f.nregs, false);
  for (std::size_t pc = 0; pc < f.code.size(); pc++) {
    const vm::Instr i = f.code[pc];
    const auto op = static_cast<Op>(vm::instrOp(i));
    if (op == Op::ADD_INT || op == Op::ADDI || op == Op::FORLOOP || op == Op::FORLOOPI ||
        op == Op::MUL_INT)
      if (vm::instrA(i) < f.nregs) out[vm::instrA(i)] = true;
    if (vm::opHasExtension(op)) pc++;
  }
  return out;
}

const char* kReuse = R"(package main

type big struct {
	a    [64]int
	next *big
}

func touch(b *big) int { return b.a[0] + 1 }

func mk(n int) *big { return &big{next: nil} }

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

func window(n int) int {
	p := mk(n)
	return touch(p)
}

func main() { println(reuse(10), window(3)) }
)";

}  // namespace

TEST_CASE(
    "ptrmap: a register reused for a pointer and then an int is marked only while it "
    "holds the pointer") {
  auto p = compileOk(kReuse);
  const vm::FuncProto& f = func(*p, "main.reuse");
  REQUIRE(f.hasPtrMap());
  CHECK(f.ptrGuesses == 0);
  int64_t head = loopHead(f);
  REQUIRE(head >= 0);
  const uint64_t* map = f.safepointMap(static_cast<uint32_t>(head));
  REQUIRE(map != nullptr);
  // Some register held q (the union marks it) and holds an int in the loop: unmarked there.
  std::vector<bool> ints = intWritten(f);
  int reused = 0;
  for (uint32_t r = 0; r < f.nregs; r++) {
    if (ints[r]) CHECK_MESSAGE(!marked(f, map, r), "register " << r << " holds an int");
    if (ints[r] && f.mayHoldPtr(r)) reused++;
  }
  CHECK(reused > 0);
  // n and t never hold references anywhere.
  CHECK(!f.mayHoldPtr(0));
  CHECK(!marked(f, f.safepointMap(0), 0));
}

TEST_CASE("ptrmap: call windows follow the callee's parameters, then its results") {
  auto p = compileOk(kReuse);
  const vm::FuncProto& mk = func(*p, "main.mk");
  const vm::FuncProto& touch = func(*p, "main.touch");
  // At their first instruction (a frame just pushed) the parameters are typed by the signature.
  REQUIRE(mk.safepointMap(0));
  CHECK(!marked(mk, mk.safepointMap(0), 0));  // n int
  REQUIRE(touch.safepointMap(0));
  CHECK(marked(touch, touch.safepointMap(0), 0));  // b *big
  // In window, mk's window R[A] holds the int argument, then the pointer result.
  const vm::FuncProto& w = func(*p, "main.window");
  CHECK(w.ptrGuesses == 0);
  bool found = false;
  for (std::size_t pc = 0; pc + 1 < w.code.size(); pc++) {
    const vm::Instr i = w.code[pc];
    if (static_cast<Op>(vm::instrOp(i)) != Op::CALL) continue;
    if (p->funcs[vm::instrBx(i)].get() != &mk) continue;
    const uint64_t* after = w.safepointMap(static_cast<uint32_t>(pc + 1));
    REQUIRE(after != nullptr);
    uint32_t a = vm::instrA(i);
    CHECK(marked(w, after, a));  // the result
    for (uint32_t r = a + 1; r < w.nregs; r++)
      CHECK_MESSAGE(!marked(w, after, r), "register " << r << " above the result");
    found = true;
  }
  CHECK(found);
}

TEST_CASE("ptrmap: every safepoint kind has a map; nothing is guessed") {
  auto p = compileOk(R"(package main

import (
	"fmt"
	"sort"
	"strings"
)

type T struct{ s string }

func (t *T) String() string { return t.s }

func gen(c chan *T, n int) {
	for i := 0; i < n; i++ {
		c <- &T{fmt.Sprint(i)}
	}
	close(c)
}

func main() {
	c := make(chan *T)
	d := make(chan int, 1)
	go gen(c, 3)
	var out []string
	for t := range c {
		out = append(out, t.String())
	}
	d <- 1
	select {
	case v := <-d:
		out = append(out, fmt.Sprint(v))
	}
	sort.Strings(out)
	var s fmt.Stringer = &T{"x"}
	fmt.Println(strings.Join(out, ","), s)
}
)");
  for (const auto& f : p->funcs) {
    if (!f || f->code.empty()) continue;
    INFO(f->name);
    CHECK(f->ptrGuesses == 0);
    REQUIRE(f->hasPtrMap());
    CHECK(f->safepointMap(0) != nullptr);
    for (std::size_t pc = 0; pc < f->code.size(); pc++) {
      const auto op = static_cast<Op>(vm::instrOp(f->code[pc]));
      std::size_t next = pc + (vm::opHasExtension(op) ? 2 : 1);
      bool stopsAfter = op == Op::CALL || op == Op::CALLC || op == Op::CALLN || op == Op::CALLI ||
                        op == Op::SEND || op == Op::RECV || op == Op::RECV2 || op == Op::SELECT;
      if (stopsAfter && next < f->code.size())
        CHECK_MESSAGE(f->safepointMap(static_cast<uint32_t>(next)) != nullptr,
                      "after " << vm::opName(op) << " at " << pc);
      pc = next - 1;
    }
  }
}

TEST_CASE("ptrmap: a one-word receive target is zeroed before the receive") {
  // While the goroutine is parked the sender writes the register: it must hold null or the
  // value, never an int left by an earlier statement.
  auto p = compileOk(R"(package main

func get(c chan *int) *int {
	return <-c
}

func main() {
	c := make(chan *int, 1)
	x := 1
	c <- &x
	println(*get(c))
}
)");
  const vm::FuncProto& f = func(*p, "main.get");
  bool zeroed = false;
  for (std::size_t pc = 0; pc < f.code.size(); pc++) {
    const vm::Instr i = f.code[pc];
    if (static_cast<Op>(vm::instrOp(i)) != Op::RECV) continue;
    REQUIRE(pc > 0);
    const vm::Instr before = f.code[pc - 1];
    zeroed =
        static_cast<Op>(vm::instrOp(before)) == Op::LOADZERO && vm::instrA(before) == vm::instrA(i);
    const uint64_t* parked = f.safepointMap(static_cast<uint32_t>(pc + 1));
    REQUIRE(parked != nullptr);
    CHECK(marked(f, parked, vm::instrA(i)));
  }
  CHECK(zeroed);
}

TEST_CASE("ptrmap: the panic map keeps named results, not the body's ints") {
  auto p = compileOk(R"(package main

import "fmt"

type big struct{ a [8]int }

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
  REQUIRE(f.panicMap.size() == f.ptrWords());
  CHECK(!marked(f, f.panicMap.data(), 0));  // n
  CHECK(marked(f, f.panicMap.data(), 1));   // res
  // Nothing an integer instruction writes.
  std::vector<bool> ints = intWritten(f);
  for (uint32_t r = 0; r < f.nregs; r++)
    if (ints[r]) CHECK(!marked(f, f.panicMap.data(), r));
}

TEST_CASE("ptrmap: one predicate for registers and heap layouts") {
  auto p = compileOk(R"(package main

type S struct {
	n int
	s string
	f float64
	p *S
	b bool
	m map[int]int
	c chan int
	e error
	x func()
	u uint8
	l []int
}

var g S

func main() { println(g.n) }
)");
  const types::Type* s = nullptr;
  for (const auto& gl : p->globals)
    if (const types::Type* t = gl.type;
        t && t->underlying()->kind == types::Kind::Struct &&
        static_cast<const types::Struct*>(t->underlying())->fields.size() == 11)
      s = t->underlying();
  REQUIRE(s);
  const auto* st = static_cast<const types::Struct*>(s);
  const std::vector<bool>& pm = vm::ptrmapOf(s);
  REQUIRE(pm.size() == st->fields.size());
  for (std::size_t i = 0; i < st->fields.size(); i++) {
    INFO(st->fields[i]->name);
    CHECK(pm[i] == compile::holdsReference(st->fields[i]->type));
    CHECK(pm[i] == vm::wordIsReference(st->fields[i]->type));
  }
  CHECK(compile::holdsReference(s));  // a struct register holds its storage's address
  CHECK(compile::holdsReference(nullptr));
}
