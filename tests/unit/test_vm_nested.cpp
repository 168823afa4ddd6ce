// Methods that natives call back (fmt's String/Error): unnesting and replay
// (vm/native_call.cpp). The Go-visible behaviour is tested by tests/go_conc/nested_*.go; here
// what Go cannot show: collections while a replayed call's record is the only root of a
// result, natives that are not replayable, and method side effects happening once.
#include <doctest.h>

#include <string>

#include "lang/compile/compile.hpp"
#include "vm/machine.hpp"

namespace {

using namespace weft;

struct Outcome {
  int status = -1;
  std::string out, err;
  vm::HeapStats heap;
};

Outcome runNested(const std::string& source, int workers, std::size_t minGoal = 0) {
  Outcome o;
  auto built = compile::build("/tmp/vm_nested.go", source);
  if (!built.program) {
    for (auto& d : built.diagnostics) o.err += d.str() + "\n";
    o.status = 1;
    return o;
  }
  vm::MachineOptions opts;
  opts.out = [&](std::string_view s) { o.out += s; };
  opts.err = [&](std::string_view s) { o.err += s; };
  opts.workers = workers;
  vm::Machine m(built.program, opts);
  if (minGoal) m.heap().setMinimumGoal(minGoal);
  o.status = m.run();
  o.heap = m.heap().stats();
  return o;
}

// fresh{n}.String() makes a new string that only fmt's record of the call keeps alive while
// gate's String method is parked and the other goroutine collects garbage.
const char* kRecordRoots = R"(package main

import (
	"fmt"
	"strings"
)

type fresh struct{ n int }

func (f fresh) String() string { return strings.Repeat(fmt.Sprint(f.n), 4) }

type gate struct{ ch chan string }

func (g gate) String() string { return <-g.ch }

type node struct {
	next *node
	pad  [6]int
}

func main() {
	g := gate{make(chan string)}
	go func() {
		var keep *node
		for i := 0; i < 200000; i++ {
			keep = &node{next: keep}
			if i%100 == 0 {
				keep = nil
			}
		}
		g.ch <- "gate"
	}()
	fmt.Println(fresh{12}, fresh{3}, g, fresh{4})
}
)";

TEST_CASE("vm nested: recorded method results survive collections while a later method parks") {
  for (int workers : {1, 2}) {
    Outcome o = runNested(kRecordRoots, workers, 64 * 1024);
    CHECK(o.status == 0);
    CHECK(o.err == "");
    CHECK(o.out == "12121212 3333 gate 4444\n");
    CHECK(o.heap.collections > 0);
  }
}

TEST_CASE("vm nested: a method with side effects runs once although fmt's call is replayed") {
  Outcome o = runNested(R"(package main

import "fmt"

type counted struct{ calls *int }

func (c counted) String() string { *c.calls++; return fmt.Sprint("call ", *c.calls) }

type gate struct{ ch chan int }

func (g gate) String() string { return fmt.Sprint(<-g.ch) }

func main() {
	n := 0
	g := gate{make(chan int)}
	go func() { g.ch <- 1; g.ch <- 2 }()
	fmt.Println(counted{&n}, g, counted{&n}, g, counted{&n})
	fmt.Println(n)
}
)",
                        1);
  CHECK(o.status == 0);
  CHECK(o.out == "call 1 1 call 2 2 call 3\n3\n");
}

TEST_CASE("vm nested: natives that cannot replay keep the fatal error") {
  // A deferred native call is not replayed: its method may not park.
  Outcome o = runNested(R"(package main

import (
	"fmt"
	"sync"
)

type locked struct{ mu *sync.Mutex }

func (l locked) String() string { l.mu.Lock(); return "x" }

func main() {
	var mu sync.Mutex
	mu.Lock()
	go func() {}()
	defer fmt.Println(locked{&mu})
}
)",
                        1);
  CHECK(o.status == 2);
  CHECK(o.err.find("fatal error: blocking operation in a method called from native code") !=
        std::string::npos);
}

}  // namespace
