// Register pointer maps (lang/compile/ptrmap.hpp) and the precise register scan they drive
// (vm/gc_roots.cpp).
#include <doctest.h>

#include <string>

#include "lang/compile/compile.hpp"
#include "lang/compile/ptrmap.hpp"
#include "vm/machine.hpp"

namespace {

using namespace weft;

std::shared_ptr<const vm::Program> compileOk(const std::string& src) {
  auto built = compile::build("/tmp/ptrmap_test.go", src);
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

int markedRegisters(const vm::FuncProto& f) {
  int n = 0;
  for (uint32_t r = 0; r < f.nregs; r++) n += f.mayHoldPtr(r);
  return n;
}

}  // namespace

TEST_CASE("ptrmap: functions over numbers have no reference registers") {
  auto p = compileOk(R"(package main

func sum(a, b int) int {
	s := 0
	for i := a; i < b; i++ {
		s += i * 2
	}
	return s
}

func mean(xs float64, n int) float64 { return xs / float64(n) }

func main() { println(sum(1, 10), mean(3, 2)) }
)");
  const vm::FuncProto& sum = func(*p, "main.sum");
  REQUIRE(sum.hasPtrMap());
  CHECK(markedRegisters(sum) == 0);
  CHECK(markedRegisters(func(*p, "main.mean")) == 0);
}

TEST_CASE("ptrmap: parameters, strings, slices, struct storage and call results are marked") {
  auto p = compileOk(R"(package main

type T struct{ a, b int }

func mk(n int) []int { return make([]int, n) }

func f(s string, n int, t T) int {
	x := mk(n)
	u := s + "!"
	return len(x) + len(u) + t.a + n
}

func main() { println(f("a", 2, T{1, 2})) }
)");
  const vm::FuncProto& f = func(*p, "main.f");
  REQUIRE(f.hasPtrMap());
  CHECK(f.mayHoldPtr(0));          // s string
  CHECK(!f.mayHoldPtr(1));         // n int
  CHECK(f.mayHoldPtr(2));          // t: the address of its storage
  CHECK(markedRegisters(f) >= 5);  // + the slice result, the concatenation
  CHECK(markedRegisters(f) < static_cast<int>(f.nregs));
}

TEST_CASE("ptrmap: holdsReference") {
  auto p = compileOk("package main\n\nfunc main() {}\n");
  (void)p;
  CHECK(compile::holdsReference(nullptr));  // unknown: a reference
}

TEST_CASE("gc: objects referenced only from registers survive many collections") {
  // Expected output from `go run` (Go 1.19).
  auto p = compileOk(R"(package main

import "fmt"

type node struct {
	next *node
	val  int
	name string
}

func build(n int) *node {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{h, i, fmt.Sprint(i)}
	}
	return h
}

func churn(k int) int {
	t := 0
	for i := 0; i < k; i++ {
		s := make([]int, 8)
		s[0] = i
		t += len(s) + s[0]%2
	}
	return t
}

type pair struct {
	a, b string
}

func main() {
	keep := build(1000)
	m := map[string][]int{"a": {1, 2, 3}}
	str := fmt.Sprint("x", 42)
	arr := [3]pair{{"p", "q"}, {"r", "s"}, {"t", "u"}}
	var iface any = pair{"i", "j"}
	total := 0
	for r := 0; r < 6; r++ {
		total += churn(100000)
	}
	sum, cnt := 0, 0
	for p := keep; p != nil; p = p.next {
		sum += p.val
		if p.name != fmt.Sprint(p.val) {
			panic("corrupted " + p.name)
		}
		cnt++
	}
	fmt.Println(sum, cnt, m["a"], str, arr, iface, total)
}
)");
  std::string out, err;
  vm::MachineOptions opts;
  opts.out = [&](std::string_view s) { out += s; };
  opts.err = [&](std::string_view s) { err += s; };
  vm::Machine m(p, opts);
  CHECK(m.run() == 0);
  CHECK(err == "");
  CHECK(out == "499500 1000 [1 2 3] x42 [{p q} {r s} {t u}] {i j} 5100000\n");
  CHECK(m.heap().stats().collections > 3);
}
