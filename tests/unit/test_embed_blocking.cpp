// Embedding API: blocking host functions (weft::blocking). They run on the Runtime's pool while
// their goroutine parks, so other goroutines keep running even on one worker; exceptions become
// recoverable panics; interrupts and run ends while calls are in flight are safe. Also run
// under ThreadSanitizer.
#include <doctest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include <weft/weft.hpp>

namespace {

using Clock = std::chrono::steady_clock;

long msSince(Clock::time_point t0) {
  return static_cast<long>(
      std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t0).count());
}

bool startsWith(const std::string& s, const std::string& prefix) {
  return s.rfind(prefix, 0) == 0;
}

weft::Options oneWorker(std::string* out = nullptr) {
  weft::Options o;
  o.workers = 1;
  if (out) {
    o.out = [out](std::string_view s) { *out += s; };
    o.err = [out](std::string_view s) { *out += s; };
  }
  return o;
}

// Sleeps `ms` milliseconds off the workers and answers with the url.
void defineFetch(weft::Runtime& rt, int ms, std::atomic<int>* inFlight = nullptr,
                 std::atomic<int>* maxInFlight = nullptr) {
  rt.define("host", "Fetch", weft::blocking([=](std::string_view url) {
              if (inFlight) {
                int now = ++*inFlight;
                int seen = maxInFlight->load();
                while (now > seen && !maxInFlight->compare_exchange_weak(seen, now)) {
                }
              }
              std::this_thread::sleep_for(std::chrono::milliseconds(ms));
              if (inFlight) --*inFlight;
              return std::string(url) + "!";
            }));
}

const char* kParallel = R"(package main

import (
	"fmt"
	"host"
	"runtime"
	"strings"
)

// Four blocking calls at once while another goroutine keeps calling host.Tick on the one
// worker.
func Run() string {
	results := make([]string, 4)
	finished := make(chan bool)
	for i := 0; i < 4; i++ {
		go func(i int) {
			results[i] = host.Fetch(fmt.Sprint("u", i))
			finished <- true
		}(i)
	}
	done := make(chan bool)
	stopped := make(chan bool)
	go func() {
		for {
			select {
			case <-done:
				stopped <- true
				return
			default:
			}
			host.Tick()
			runtime.Gosched()
		}
	}()
	for i := 0; i < 4; i++ {
		<-finished
	}
	close(done)
	<-stopped
	return strings.Join(results, " ")
}

func main() {}
)";

}  // namespace

TEST_CASE("embed blocking: calls from 4 goroutines on 1 worker overlap; others keep running") {
  weft::Runtime rt(oneWorker());
  std::atomic<int> inFlight{0}, maxInFlight{0};
  defineFetch(rt, 200, &inFlight, &maxInFlight);
  auto t0 = Clock::now();
  std::atomic<long> ticksMidway{0};  // Tick calls between 50 and 150 ms after the start
  rt.define("host", "Tick", [&] {
    long ms = msSince(t0);
    if (ms >= 50 && ms < 150) ticksMidway++;
  });
  auto p = rt.compile("parallel.go", kParallel);
  t0 = Clock::now();
  std::string joined = rt.call<std::string>(p, "Run");
  long ms = msSince(t0);
  CHECK(joined == "u0! u1! u2! u3!");
  CHECK(maxInFlight.load() == 4);
  CHECK(ms >= 200);
  CHECK(ms < 600);  // sequential calls would take 800 ms
  // The other goroutine ran on the worker while all four calls were sleeping.
  CHECK(ticksMidway.load() > 0);
}

TEST_CASE("embed blocking: exceptions become recoverable panics") {
  std::string out;
  weft::Runtime rt(oneWorker(&out));
  rt.define("host", "Fail", weft::blocking([](std::string what) -> int {
              if (what == "ok") return 7;
              throw std::runtime_error("bad " + what);
            }));
  auto p = rt.compile("fail.go", R"(package main

import (
	"fmt"
	"host"
)

func Try(s string) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("recovered: ", r)
		}
	}()
	return fmt.Sprint(host.Fail(s))
}

func Direct(s string) int { return host.Fail(s) }

func main() {}
)");
  CHECK(rt.call<std::string>(p, "Try", std::string("ok")) == "7");
  CHECK(rt.call<std::string>(p, "Try", std::string("url")) == "recovered: bad url");
  try {
    rt.call<int>(p, "Direct", std::string("thing"));
    FAIL("expected a panic");
  } catch (const weft::Error& e) {
    CHECK(e.kind() == weft::Error::Kind::Panic);
    CHECK(startsWith(e.what(), "panic: bad thing"));
    CHECK(std::string(e.what()).find("[running]") != std::string::npos);
  }
  // The instance survived the panicking call.
  CHECK(rt.call<int>(p, "Direct", std::string("ok")) == 7);
}

TEST_CASE("embed blocking: signatures (void, several results, slices, maps)") {
  weft::Runtime rt(oneWorker());
  std::atomic<int> logged{0};
  rt.define("host", "Log", weft::blocking([&logged](const std::string& s) { logged += s.size(); }));
  rt.define("host", "Split", weft::blocking([](std::string s, int n) {
              return std::make_tuple(s.substr(0, n), s.substr(n), static_cast<int>(s.size()));
            }));
  rt.define("host", "Count", weft::blocking([](const std::vector<std::string>& words) {
              std::map<std::string, int> m;
              for (auto& w : words) m[w]++;
              return m;
            }));
  auto p = rt.compile("sigs.go", R"(package main

import (
	"fmt"
	"host"
)

func Run() string {
	host.Log("four")
	a, b, n := host.Split("hello", 2)
	m := host.Count([]string{"a", "b", "a"})
	return fmt.Sprint(a, "|", b, "|", n, "|", m)
}

func main() {}
)");
  CHECK(rt.call<std::string>(p, "Run") == "he|llo|5|map[a:2 b:1]");
  CHECK(logged.load() == 4);
}

TEST_CASE("embed blocking: a call in flight when the run ends finishes in the next call") {
  weft::Runtime rt(oneWorker());
  defineFetch(rt, 100);
  auto p = rt.compile("late.go", R"(package main

import "host"

var done = make(chan string, 1)

func Start() { go func() { done <- host.Fetch("late") }() }

func Wait() string { return <-done }

func main() {}
)");
  rt.call(p, "Start");  // returns at once; the goroutine is parked in Fetch
  // Not a deadlock although nothing else can send on `done`: the blocking call will.
  CHECK(rt.call<std::string>(p, "Wait") == "late!");
  // The same while the host waits between the calls: the goroutine resumes in the next call.
  rt.call(p, "Start");
  std::this_thread::sleep_for(std::chrono::milliseconds(250));
  CHECK(rt.call<std::string>(p, "Wait") == "late!");
}

TEST_CASE("embed blocking: interrupt while calls are in flight; the Runtime stays usable") {
  weft::Runtime rt(oneWorker());
  defineFetch(rt, 300);
  auto p = rt.compile("intr.go", R"(package main

import "host"

func Many() string {
	out := make(chan string)
	for i := 0; i < 3; i++ {
		go func() { out <- host.Fetch("x") }()
	}
	return <-out + <-out + <-out
}

func main() {}
)");
  std::thread interrupter([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    rt.interrupt();
  });
  auto t0 = Clock::now();
  try {
    rt.call<std::string>(p, "Many");
    FAIL("expected an interrupt");
  } catch (const weft::Error& e) {
    CHECK(e.kind() == weft::Error::Kind::Interrupt);
  }
  interrupter.join();
  CHECK(msSince(t0) < 250);  // did not wait for the blocking calls
  // A fresh instance runs while the old calls finish into the discarded one.
  CHECK(rt.call<std::string>(p, "Many") == "x!x!x!");
}

TEST_CASE("embed blocking: destroying the Runtime waits for calls in flight") {
  std::atomic<int> finished{0};
  {
    weft::Runtime rt(oneWorker());
    rt.define("host", "Slow", weft::blocking([&finished]() {
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
                finished++;
              }));
    auto p = rt.compile("slow.go", R"(package main

import (
	"host"
	"runtime"
)

// Returns once the three goroutines are (about to be) inside host.Slow: goroutines run only
// during calls.
func Start() {
	started := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			started <- true
			host.Slow()
		}()
	}
	for i := 0; i < 3; i++ {
		<-started
	}
	for i := 0; i < 10; i++ {
		runtime.Gosched()
	}
}

func main() {}
)");
    rt.call(p, "Start");
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  CHECK(finished.load() == 3);
}

TEST_CASE("embed blocking: called in a String method (the fmt call unnests and parks)") {
  weft::Runtime rt(oneWorker());
  defineFetch(rt, 10);
  auto p = rt.compile("str.go", R"(package main

import (
	"fmt"
	"host"
)

type T struct{}

func (T) String() string { return host.Fetch("str") }

func Str() string { return fmt.Sprint(T{}, " ", host.Fetch("direct")) }

func main() {}
)");
  CHECK(rt.call<std::string>(p, "Str") == "str! direct!");
}

TEST_CASE("embed blocking: more calls than pool threads queue and all complete") {
  weft::Runtime rt(oneWorker());
  std::atomic<int> inFlight{0}, maxInFlight{0};
  defineFetch(rt, 20, &inFlight, &maxInFlight);
  auto p = rt.compile("many.go", R"(package main

import (
	"fmt"
	"host"
)

func Run(n int) int {
	lens := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) { lens <- len(host.Fetch(fmt.Sprint(i))) }(i)
	}
	total := 0
	for i := 0; i < n; i++ {
		total += <-lens
	}
	return total
}

func main() {}
)");
  // 0..99: 10 one-digit and 90 two-digit numbers, each with "!".
  CHECK(rt.call<int>(p, "Run", 100) == 10 * 2 + 90 * 3);
  CHECK(maxInFlight.load() <= 64);
  CHECK(maxInFlight.load() > 1);
}
