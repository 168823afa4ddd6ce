// Embedding API: several Runtimes used at the same time from different host threads (no shared
// state between them). Also run under ThreadSanitizer (WEFT_SANITIZE=thread).
#include <doctest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include <weft/weft.hpp>

TEST_CASE("embed: concurrent Runtimes on different host threads") {
  constexpr int kThreads = 4;
  std::vector<std::string> outputs(kThreads);
  std::vector<long> results(kThreads, -1);
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; t++) {
    threads.emplace_back([&, t] {
      try {
        weft::Options o;
        o.out = [&outputs, t](std::string_view s) { outputs[t] += s; };
        weft::Runtime rt(o);
        int hostCalls = 0;
        rt.define("host", "Tag", [t, &hostCalls]() {
          hostCalls++;
          return t;
        });
        auto p = rt.compile("fib.go", R"(package main

import (
	"fmt"
	"host"
)

var memo = map[int]int{}

func Fib(n int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := Fib(n-1) + Fib(n-2)
	memo[n] = v
	return v
}

func slow(n int) int {
	if n < 2 {
		return n
	}
	return slow(n-1) + slow(n-2)
}

func main() { fmt.Println("tag", host.Tag(), slow(20)) }
)");
        for (int i = 0; i < 3; i++) rt.run(p);
        results[t] = rt.call<long>(p, "Fib", 50 + t);
        if (hostCalls != 3) failures++;
      } catch (...) {
        failures++;
      }
    });
  }
  for (auto& th : threads) th.join();
  CHECK(failures.load() == 0);
  const long fib[] = {12586269025, 20365011074, 32951280099, 53316291173};
  for (int t = 0; t < kThreads; t++) {
    CHECK(results[t] == fib[t]);
    std::string line = "tag " + std::to_string(t) + " 6765\n";
    CHECK(outputs[t] == line + line + line);
  }
}

TEST_CASE("embed: interrupting one Runtime leaves another running one alone") {
  weft::Runtime a, b;
  const char* src = R"(package main

func Spin(limit int) int {
	n := 0
	for limit < 0 || n < limit {
		n++
	}
	return n
}

func main() {}
)";
  auto pa = a.compile("a.go", src);
  auto pb = b.compile("b.go", src);
  std::atomic<bool> aDone{false};
  weft::Error::Kind aKind = weft::Error::Kind::Internal;
  std::thread ta([&] {
    try {
      a.call<int>(pa, "Spin", -1);
    } catch (const weft::Error& e) {
      aKind = e.kind();
    }
    aDone.store(true);
  });
  int bResult = b.call<int>(pb, "Spin", 3000000);
  while (!aDone.load()) {
    a.interrupt();
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  ta.join();
  CHECK(aKind == weft::Error::Kind::Interrupt);
  CHECK(bResult == 3000000);
}
