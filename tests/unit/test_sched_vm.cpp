// The VM on the M:N scheduler: whole programs on 1-4 workers. Goroutines allocating while the
// collector stops the world, channel ping-pong and select across workers, deadlock reports with
// many goroutines, the end of a run (main returning, os.Exit, panics) while other workers are
// busy, and the embedding loop's world stop between calls.
#include <doctest.h>

#include <string>
#include <weft/weft.hpp>

#include "lang/compile/compile.hpp"
#include "vm/machine.hpp"

namespace {

using namespace weft;

struct Outcome {
  int status = -1;
  std::string out, err;
  vm::HeapStats heap;
};

// Runs `source` on `workers` workers; `minGoal` (bytes) makes the collector run often.
Outcome runSource(const std::string& source, int workers, std::size_t minGoal = 0) {
  Outcome o;
  auto built = compile::build("/tmp/sched_vm.go", source);
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

int count(const std::string& s, const std::string& needle) {
  int n = 0;
  for (std::size_t at = s.find(needle); at != std::string::npos; at = s.find(needle, at + 1)) n++;
  return n;
}

const char* kAllocating = R"(package main

import "fmt"

type node struct {
	val  int
	name string
	next *node
}

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{val: i, name: fmt.Sprint(i), next: head}
	}
	return head
}

func check(head *node, n int) bool {
	i := n - 1
	for p := head; p != nil; p = p.next {
		if p.val != i || p.name != fmt.Sprint(i) {
			return false
		}
		i--
	}
	return i == -1
}

func worker(id int, out chan<- int) {
	bad := 0
	keep := map[int][]*node{}
	for r := 0; r < 60; r++ {
		l := build(150)
		keep[r%7] = append(keep[r%7], l)
		if len(keep[r%7]) > 3 {
			keep[r%7] = keep[r%7][1:]
		}
		if !check(l, 150) {
			bad++
		}
	}
	for _, ls := range keep {
		for _, l := range ls {
			if !check(l, 150) {
				bad++
			}
		}
	}
	out <- bad
}

func main() {
	out := make(chan int, 4)
	const W = 24
	for i := 0; i < W; i++ {
		go worker(i, out)
	}
	bad := 0
	for i := 0; i < W; i++ {
		bad += <-out
	}
	fmt.Println("bad", bad)
}
)";

TEST_CASE("sched vm: goroutines allocate on every worker while the collector stops the world") {
  for (int workers : {2, 4}) {
    CAPTURE(workers);
    Outcome o = runSource(kAllocating, workers, 256 << 10);
    CHECK(o.err == "");
    CHECK(o.status == 0);
    CHECK(o.out == "bad 0\n");
    CHECK(o.heap.collections >= 5);
  }
}

const char* kPingPong = R"(package main

import "fmt"

type msg struct {
	n    int
	text string
}

func pair(rounds int, done chan<- int) {
	ping := make(chan msg)
	pong := make(chan msg)
	go func() {
		for m := range ping {
			pong <- msg{m.n + 1, m.text}
		}
		close(pong)
	}()
	v := msg{0, "x"}
	for i := 0; i < rounds; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, ok := <-pong
	if ok {
		v.n = -1
	}
	done <- v.n
}

func main() {
	done := make(chan int)
	for i := 0; i < 8; i++ {
		go pair(5000, done)
	}
	total := 0
	for i := 0; i < 8; i++ {
		total += <-done
	}
	fmt.Println(total)
}
)";

TEST_CASE("sched vm: unbuffered ping-pong pairs across workers") {
  for (int workers : {1, 2, 4}) {
    CAPTURE(workers);
    Outcome o = runSource(kPingPong, workers);
    CHECK(o.err == "");
    CHECK(o.status == 0);
    CHECK(o.out == "40000\n");
  }
}

const char* kSelect = R"(package main

import "fmt"

func produce(ch chan<- int, from, n int) {
	for i := 0; i < n; i++ {
		ch <- from + i
	}
	close(ch)
}

func main() {
	a, b, c := make(chan int), make(chan int, 3), make(chan int, 1)
	go produce(a, 0, 3000)
	go produce(b, 100000, 3000)
	go produce(c, 200000, 3000)
	sum, n := 0, 0
	quit := make(chan bool)
	for a != nil || b != nil || c != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			n++
		case v, ok := <-c:
			if !ok {
				c = nil
				continue
			}
			sum += v
			n++
		case <-quit:
			panic("quit is never ready")
		}
	}
	fmt.Println(n, sum)
}
)";

TEST_CASE("sched vm: select over channels fed from other workers, with close") {
  // 3 x 3000 values: 0..2999, 100000..102999, 200000..202999.
  const std::string want = "9000 " + std::to_string(3 * (2999 * 3000 / 2) + 3000 * 300000) + "\n";
  for (int workers : {1, 2, 4}) {
    CAPTURE(workers);
    Outcome o = runSource(kSelect, workers);
    CHECK(o.err == "");
    CHECK(o.out == want);
  }
}

TEST_CASE("sched vm: a deadlock with many goroutines on several workers") {
  const char* src = R"(package main

func main() {
	never := make(chan int)
	for i := 0; i < 40; i++ {
		go func() { <-never }()
	}
	var nilch chan int
	go func() { nilch <- 1 }()
	select {}
}
)";
  for (int workers : {1, 4}) {
    CAPTURE(workers);
    Outcome o = runSource(src, workers);
    CHECK(o.status == 2);
    CHECK(o.err.rfind("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [select (no "
                      "cases)]:\n",
                      0) == 0);
    CHECK(count(o.err, "[chan receive]:") == 40);
    CHECK(count(o.err, "[chan send (nil chan)]:") == 1);
    CHECK(count(o.err, "created by main.main in goroutine 1\n") == 41);
  }
}

TEST_CASE("sched vm: main returning ends the program while other goroutines spin") {
  const char* src = R"(package main

import "fmt"

// No shared variable: a racy script is legal for Weft, but ThreadSanitizer (make test-tsan)
// would report its plain word accesses as races of the VM itself.
func spin(started chan<- bool) {
	started <- true
	for i := 0; ; i++ {
		if i%1000 == 0 {
			fmt.Print("")
		}
	}
}

func main() {
	started := make(chan bool)
	for i := 0; i < 6; i++ {
		go spin(started)
	}
	for i := 0; i < 6; i++ {
		<-started
	}
	fmt.Println("main done")
}
)";
  for (int workers : {1, 2, 4}) {
    CAPTURE(workers);
    Outcome o = runSource(src, workers);
    CHECK(o.status == 0);
    CHECK(o.out == "main done\n");
  }
}

TEST_CASE("sched vm: os.Exit and panics in other goroutines end the program at once") {
  const char* exitSrc = R"(package main

import (
	"fmt"
	"os"
)

func main() {
	ready := make(chan bool)
	go func() {
		<-ready
		fmt.Println("exiting")
		os.Exit(7)
	}()
	for i := 0; i < 3; i++ {
		go func() {
			for {
				fmt.Print("")
			}
		}()
	}
	ready <- true
	select {}
}
)";
  const char* panicSrc = R"(package main

import "fmt"

func boom(ch chan int) {
	v := <-ch
	panic(fmt.Sprintf("boom %d", v))
}

func main() {
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			for {
				fmt.Print("")
			}
		}()
	}
	go boom(ch)
	ch <- 42
	select {}
}
)";
  for (int workers : {1, 2, 4}) {
    CAPTURE(workers);
    Outcome e = runSource(exitSrc, workers);
    CHECK(e.status == 7);
    CHECK(e.out == "exiting\n");
    Outcome p = runSource(panicSrc, workers);
    CHECK(p.status == 2);
    CHECK(p.err.rfind("panic: boom 42\n\ngoroutine 5 [running]:\nmain.boom(...)\n", 0) == 0);
    CHECK(p.err.find("created by main.main in goroutine 1\n\t/tmp/sched_vm.go:19 +0x") !=
          std::string::npos);
  }
}

TEST_CASE("sched vm: between embedding calls the world is stopped; a later deadlock is reported") {
  for (int workers : {1, 3}) {
    CAPTURE(workers);
    weft::Options opt;
    opt.workers = workers;
    std::string out;
    opt.out = [&](std::string_view s) { out += s; };
    weft::Runtime rt(opt);
    auto p = rt.compile("calls.go", R"(package main

var never = make(chan int)
var results = make(chan int, 100)

func Fork(n int) int {
	for i := 0; i < n; i++ {
		go func() { <-never }()
		go func(i int) { results <- i * i }(i)
	}
	return n
}

func Collect(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += <-results
	}
	return s
}

func Wait() { <-never }

func main() {}
)");
    CHECK(rt.call<int>(p, "Fork", 10) == 10);
    CHECK(rt.call<int>(p, "Collect", 10) == 285);
    try {
      rt.call(p, "Wait");
      FAIL("Wait returned");
    } catch (const weft::Error& e) {
      CHECK(e.kind() == weft::Error::Kind::Panic);
      std::string what = e.what();
      CHECK(what.rfind("fatal error: all goroutines are asleep - deadlock!\n", 0) == 0);
      CHECK(count(what, "[chan receive]:") == 11);
    }
  }
}

}  // namespace
