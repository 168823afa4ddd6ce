// Embedding API: run and call on one Program instance (state that persists, panics, os.Exit,
// compile errors), the sandbox, limits and interrupt().
#include <doctest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include <weft/weft.hpp>

namespace {

weft::Options capturing(std::string& out, weft::Options o = {}) {
  o.out = [&out](std::string_view s) { out += s; };
  o.err = [&out](std::string_view s) { out += s; };
  return o;
}

bool startsWith(const std::string& s, const std::string& prefix) {
  return s.rfind(prefix, 0) == 0;
}

template <class F>
weft::Error errorOf(F&& f) {
  try {
    f();
  } catch (const weft::Error& e) {
    return e;
  }
  FAIL("expected a weft::Error");
  return weft::Error(weft::Error::Kind::Internal, "unreachable");
}

const char* kCounter = R"(package main

import "fmt"

var count = start()

func start() int {
	fmt.Println("init")
	return 10
}

func Next() int {
	count++
	return count
}

func Boom(i int) int {
	xs := []int{1, 2, 3}
	return xs[i]
}

func main() { fmt.Println("main", count) }
)";

}  // namespace

TEST_CASE("embed: package state persists across calls and runs; init runs once") {
  std::string out;
  weft::Runtime rt(capturing(out));
  auto p = rt.compile("counter.go", kCounter);
  CHECK(rt.call<int>(p, "Next") == 11);
  CHECK(rt.call<int>(p, "Next") == 12);
  CHECK(rt.run(p) == 0);
  CHECK(rt.call<int>(p, "Next") == 13);
  CHECK(out == "init\nmain 12\n");
  // A second Program has its own instance.
  auto q = rt.compile("counter.go", kCounter);
  CHECK(rt.call<int>(q, "Next") == 11);
}

TEST_CASE("embed: a panic in a call throws Go's report; the instance stays usable") {
  std::string out;
  weft::Runtime rt(capturing(out));
  auto p = rt.compile("counter.go", kCounter);
  CHECK(rt.call<int>(p, "Next") == 11);
  auto e = errorOf([&] { rt.call<int>(p, "Boom", 5); });
  CHECK(e.kind() == weft::Error::Kind::Panic);
  CHECK(e.status() == 2);
  std::string what = e.what();
  CHECK(
      startsWith(what, "panic: runtime error: index out of range [5] with length 3\n\ngoroutine "));
  CHECK(what.find("main.Boom(...)\n") != std::string::npos);
  CHECK(rt.call<int>(p, "Boom", 1) == 2);
  CHECK(rt.call<int>(p, "Next") == 12);  // state kept
  CHECK(out == "init\n");                // the report went into the Error, not the sink
}

TEST_CASE("embed: run reports a panic like the weft command and starts over next time") {
  std::string out;
  weft::Runtime rt(capturing(out));
  auto p = rt.compile("panic.go", R"(package main

import "fmt"

var runs int

func main() {
	runs++
	fmt.Println("run", runs)
	panic("boom")
}
)");
  CHECK(rt.run(p) == 2);
  CHECK(startsWith(out, "run 1\npanic: boom\n\ngoroutine 1 [running]:\nmain.main()\n"));
  out.clear();
  CHECK(rt.run(p) == 2);
  CHECK(startsWith(out, "run 1\n"));  // the crashed instance was discarded
}

TEST_CASE("embed: compile errors carry file:line:col text and diagnostics") {
  weft::Runtime rt;
  auto e = errorOf([&] {
    rt.compile("bad.go", "package main\n\nfunc main() {\n\ty = 1\n\tvar s string = 5\n}\n");
  });
  CHECK(e.kind() == weft::Error::Kind::Compile);
  // go vet: ./bad.go:4:2: undefined: y; ./bad.go:5:17: cannot use 5 (untyped int constant) as
  // string value in variable declaration
  CHECK(std::string(e.what()) ==
        "bad.go:4:2: undefined: y\n"
        "bad.go:5:17: cannot use 5 (untyped int constant) as string value in variable "
        "declaration\n");
  REQUIRE(e.diagnostics().size() == 2);
  CHECK(e.diagnostics()[0].line == 4);
  CHECK(e.diagnostics()[0].column == 2);
  CHECK(e.diagnostics()[0].message == "undefined: y");
  auto missing = errorOf([&] { rt.compile_file("/nonexistent/x.go"); });
  CHECK(missing.kind() == weft::Error::Kind::Compile);
}

TEST_CASE("embed: os.Exit ends the run with its status, never the host process") {
  std::string out;
  weft::Options o;
  o.packages = {"os", "fmt"};
  weft::Runtime rt(capturing(out, o));
  auto p = rt.compile("exit.go", R"(package main

import (
	"fmt"
	"os"
)

func Quit(n int) {
	defer fmt.Println("deferred calls do not run")
	os.Exit(n)
}

func main() {
	fmt.Println("before")
	os.Exit(3)
	fmt.Println("after")
}
)");
  CHECK(rt.run(p) == 3);
  CHECK(out == "before\n");
  auto e = errorOf([&] { rt.call(p, "Quit", 7); });
  CHECK(e.kind() == weft::Error::Kind::Exit);
  CHECK(e.status() == 7);
  CHECK(out == "before\n");
  CHECK(rt.run(p) == 3);  // still usable
}

TEST_CASE("embed: the sandbox limits what scripts import") {
  SUBCASE("default: everything but os") {
    weft::Runtime rt;
    auto e = errorOf([&] {
      rt.compile("os.go", "package main\n\nimport \"os\"\n\nfunc main() { os.Exit(1) }\n");
    });
    CHECK(e.kind() == weft::Error::Kind::Compile);
    CHECK(std::string(e.what()) ==
          "os.go:3:8: use of package os is not allowed (weft::Options::packages)\n");
    CHECK_NOTHROW(rt.compile("ok.go", R"(package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() { fmt.Println(strings.ToUpper("x"), sort.IntsAreSorted(nil)) }
)"));
  }
  SUBCASE("an explicit list; host packages are always allowed") {
    weft::Options o;
    o.packages = {"fmt"};
    weft::Runtime rt(o);
    rt.define("host", "F", [] { return 1; });
    auto e = errorOf([&] {
      rt.compile("s.go",
                 "package main\n\nimport \"strings\"\n\nfunc main() { _ = strings.ToUpper }\n");
    });
    CHECK(e.kind() == weft::Error::Kind::Compile);
    CHECK_NOTHROW(rt.compile("h.go", R"(package main

import (
	"fmt"
	"host"
)

func main() { fmt.Println(host.F()) }
)"));
  }
  SUBCASE("all standard packages") {
    weft::Options o;
    o.packages = weft::standard_packages();
    weft::Runtime rt(o);
    CHECK_NOTHROW(
        rt.compile("os.go", "package main\n\nimport \"os\"\n\nfunc main() { os.Exit(1) }\n"));
  }
}

TEST_CASE("embed: interrupt() from another thread stops an endless loop") {
  weft::Runtime rt;
  auto p = rt.compile("spin.go", R"(package main

var n int

func Spin() {
	for {
		n++
	}
}

func Count() int { return n }

func main() { Spin() }
)");
  for (int round = 0; round < 2; round++) {
    std::atomic<bool> done{false};
    std::thread stopper([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      while (!done.load()) {
        rt.interrupt();
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
      }
    });
    auto e = errorOf([&] {
      if (round == 0)
        rt.run(p);
      else
        rt.call(p, "Spin");
    });
    done.store(true);
    stopper.join();
    CHECK(e.kind() == weft::Error::Kind::Interrupt);
  }
  // Usable afterwards; the interrupted instance started over.
  CHECK(rt.call<int>(p, "Count") == 0);
}

TEST_CASE("embed: the heap limit ends the script with Error(Kind::Limit)") {
  weft::Options o;
  o.max_heap_bytes = 32 << 20;
  weft::Runtime rt(o);
  auto p = rt.compile("hog.go", R"(package main

var keep [][]int

func Hog() {
	for {
		keep = append(keep, make([]int, 1<<14))
	}
}

func Small() int { return len(make([]int, 100)) }

func main() { Hog() }
)");
  auto e = errorOf([&] { rt.run(p); });
  CHECK(e.kind() == weft::Error::Kind::Limit);
  CHECK(std::string(e.what()) == "heap limit exceeded (max_heap_bytes = 33554432)");
  e = errorOf([&] { rt.call(p, "Hog"); });
  CHECK(e.kind() == weft::Error::Kind::Limit);
  CHECK(rt.call<int>(p, "Small") == 100);  // the Runtime stays usable
}

TEST_CASE("embed: the goroutine limit ends the script with Error(Kind::Limit)") {
  weft::Options o;
  o.max_goroutines = 50;
  weft::Runtime rt(o);
  auto p = rt.compile("fork.go", R"(package main

var never = make(chan int)

func Fork(n int) int {
	for i := 0; i < n; i++ {
		go func() { <-never }()
	}
	return n
}

func main() { Fork(1000) }
)");
  CHECK(rt.call<int>(p, "Fork", 10) == 10);
  auto e = errorOf([&] { rt.run(p); });
  CHECK(e.kind() == weft::Error::Kind::Limit);
  CHECK(std::string(e.what()) == "goroutine limit exceeded (max_goroutines = 50)");
}

TEST_CASE("embed: a deadlock in a call is Go's fatal error") {
  weft::Runtime rt;
  auto p = rt.compile("dead.go", R"(package main

func Wait() {
	ch := make(chan int)
	<-ch
}

func main() {}
)");
  auto e = errorOf([&] { rt.call(p, "Wait"); });
  CHECK(e.kind() == weft::Error::Kind::Panic);
  CHECK(startsWith(e.what(), "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine "));
}
