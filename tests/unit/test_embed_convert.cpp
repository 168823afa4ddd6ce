// Embedding API: host functions (Runtime::define) and the conversions of every supported C++
// type in both directions, through define (Go -> C++ arguments, C++ -> Go results) and call
// (C++ -> Go arguments, Go -> C++ results).
#include <doctest.h>

#include <cmath>
#include <map>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include <weft/weft.hpp>

namespace {

// A Runtime whose script output is collected in `out`.
struct Captured {
  std::string out;
  weft::Runtime rt;
  explicit Captured(weft::Options o = {})
      : rt([this](weft::Options opts) {
          opts.out = [this](std::string_view s) { out += s; };
          opts.err = [this](std::string_view s) { out += s; };
          return opts;
        }(std::move(o))) {}
};

}  // namespace

TEST_CASE("embed: host function with scalars is importable and called") {
  Captured c;
  int calls = 0;
  c.rt.define("host", "Add", [&calls](int a, std::int64_t b) {
    calls++;
    return a + b;
  });
  c.rt.define("host", "Half", [](double x) { return x / 2; });
  c.rt.define("host", "Not", [](bool b) { return !b; });
  c.rt.define("host", "Shout", [](const std::string& s) { return s + "!"; });
  c.rt.define("host", "Len", [](std::string_view s) { return static_cast<int>(s.size()); });
  auto p = c.rt.compile("scalars.go", R"(package main

import (
	"fmt"
	"host"
)

func main() {
	fmt.Println(host.Add(40, 2), host.Half(5), host.Not(false), host.Shout("hey"), host.Len("héllo"))
}
)");
  CHECK(c.rt.run(p) == 0);
  CHECK(c.out == "42 2.5 true hey! 6\n");
  CHECK(calls == 1);
}

TEST_CASE("embed: host functions take and return slices, maps and several results") {
  Captured c;
  c.rt.define("util", "Sum", [](const std::vector<int>& xs) {
    int s = 0;
    for (int x : xs) s += x;
    return s;
  });
  c.rt.define("util", "Words", [](std::string s) {
    std::vector<std::string> out;
    std::string cur;
    for (char ch : s) {
      if (ch == ' ') {
        out.push_back(cur);
        cur.clear();
      } else {
        cur += ch;
      }
    }
    out.push_back(cur);
    return out;
  });
  c.rt.define("util", "Count", [](const std::vector<std::string>& ws) {
    std::map<std::string, int> m;
    for (auto& w : ws) m[w]++;
    return m;
  });
  c.rt.define("util", "Keys", [](std::map<std::string, double> m) {
    std::vector<std::string> keys;
    for (auto& [k, v] : m) keys.push_back(k + "=" + std::to_string(static_cast<int>(v)));
    return keys;
  });
  c.rt.define("util", "DivMod", [](int a, int b) { return std::make_tuple(a / b, a % b); });
  c.rt.define("util", "Nested", [](std::vector<std::vector<int>> m) {
    std::vector<std::vector<int>> t(m.empty() ? 0 : m[0].size());
    for (auto& row : m)
      for (std::size_t j = 0; j < row.size(); j++) t[j].push_back(row[j]);
    return t;
  });
  c.rt.define("util", "Nop", []() {});
  auto p = c.rt.compile("composite.go", R"(package main

import (
	"fmt"
	"util"
)

func main() {
	fmt.Println(util.Sum([]int{1, 2, 3, 4}), util.Sum(nil))
	ws := util.Words("a b a c a")
	fmt.Println(len(ws), ws)
	fmt.Println(util.Count(ws))
	fmt.Println(util.Keys(map[string]float64{"x": 1, "y": 2}))
	q, r := util.DivMod(17, 5)
	fmt.Println(q, r)
	fmt.Println(util.Nested([][]int{{1, 2, 3}, {4, 5, 6}}))
	util.Nop()
}
)");
  CHECK(c.rt.run(p) == 0);
  CHECK(c.out ==
        "10 0\n"
        "5 [a b a c a]\n"
        "map[a:3 b:1 c:1]\n"
        "[x=1 y=2]\n"
        "3 2\n"
        "[[1 4] [2 5] [3 6]]\n");
}

TEST_CASE("embed: the generated package has Go's static types") {
  weft::Runtime rt;
  rt.define("host", "Twice", [](int x) { return 2 * x; });
  try {
    rt.compile("types.go",
               "package main\n\nimport \"host\"\n\nfunc main() { _ = host.Twice(\"x\") }\n");
    FAIL("expected a compile error");
  } catch (const weft::Error& e) {
    CHECK(e.kind() == weft::Error::Kind::Compile);
    // gc: cannot use "x" (untyped string constant) as int value in argument to host.Twice
    CHECK(std::string(e.what()).find("types.go:5:30: cannot use \"x\" (untyped string constant) as "
                                     "int value in argument to host.Twice") != std::string::npos);
  }
}

TEST_CASE("embed: a host function that throws panics in the calling goroutine") {
  Captured c;
  c.rt.define("host", "Fail", [](std::string why) -> int { throw std::runtime_error(why); });
  auto p = c.rt.compile("throw.go", R"(package main

import (
	"fmt"
	"host"
)

func try() (r string) {
	defer func() { r = fmt.Sprint("recovered: ", recover()) }()
	host.Fail("disk on fire")
	return "no panic"
}

func main() {
	fmt.Println(try())
	host.Fail("unrecovered")
}
)");
  CHECK(c.rt.run(p) == 2);
  CHECK(c.out.rfind("recovered: disk on fire\npanic: unrecovered\n\ngoroutine 1 [running]:\n", 0) ==
        0);
}

TEST_CASE("embed: call converts arguments and results both ways") {
  weft::Runtime rt;
  auto p = rt.compile("calls.go", R"(package main

import "strings"

func Add(a, b int) int             { return a + b }
func Scale(x float64) float64      { return x * 1.5 }
func Flip(b bool) bool             { return !b }
func Upper(s string) string        { return strings.ToUpper(s) }
func Evens(xs []int) []int {
	var out []int
	for _, x := range xs {
		if x%2 == 0 {
			out = append(out, x)
		}
	}
	return out
}
func Index(words []string) map[string]int {
	m := map[string]int{}
	for i, w := range words {
		m[w] = i
	}
	return m
}
func Total(m map[string]float64) float64 {
	t := 0.0
	for _, v := range m {
		t += v
	}
	return t
}
func Split(s string) (string, string, bool) {
	before, after, found := strings.Cut(s, "=")
	return before, after, found
}
func Nothing() {}
func main() {}
)");
  CHECK(rt.call<int>(p, "Add", 40, 2) == 42);
  CHECK(rt.call<std::int64_t>(p, "Add", std::int64_t{1} << 40, std::int64_t{1}) ==
        (std::int64_t{1} << 40) + 1);
  CHECK(rt.call<int>(p, "Add", -5, 3) == -2);
  CHECK(rt.call<double>(p, "Scale", 3.0) == 4.5);
  CHECK(rt.call<bool>(p, "Flip", false) == true);
  CHECK(rt.call<std::string>(p, "Upper", std::string("go")) == "GO");
  CHECK(rt.call<std::string>(p, "Upper", std::string_view("view")) == "VIEW");
  CHECK(rt.call<std::vector<int>>(p, "Evens", std::vector<int>{1, 2, 3, 4, 6}) ==
        std::vector<int>{2, 4, 6});
  CHECK(rt.call<std::vector<int>>(p, "Evens", std::vector<int>{1, 3}).empty());
  CHECK(rt.call<std::map<std::string, int>>(p, "Index", std::vector<std::string>{"a", "b"}) ==
        std::map<std::string, int>{{"a", 0}, {"b", 1}});
  CHECK(rt.call<double>(p, "Total", std::map<std::string, double>{{"x", 1.5}, {"y", 2}}) == 3.5);
  CHECK(rt.call<std::tuple<std::string, std::string, bool>>(p, "Split", std::string("k=v")) ==
        std::make_tuple(std::string("k"), std::string("v"), true));
  rt.call(p, "Nothing");
}

TEST_CASE("embed: call checks the C++ types against the Go signature") {
  weft::Runtime rt;
  auto p = rt.compile("sig.go",
                      "package main\n\nfunc F(x int) string { return \"\" }\n\nfunc main() {}\n");
  auto usage = [&](auto&& f, const char* text) {
    try {
      f();
      FAIL("expected Error(Kind::Usage)");
    } catch (const weft::Error& e) {
      CHECK(e.kind() == weft::Error::Kind::Usage);
      CHECK(std::string(e.what()) == text);
    }
  };
  usage([&] { rt.call<std::string>(p, "F", 1.5); },
        "call: F is func(int) string, the C++ call converts to func(float64) string");
  usage([&] { rt.call<int>(p, "F", 1); },
        "call: F is func(int) string, the C++ call converts to func(int) int");
  usage([&] { rt.call(p, "G"); }, "call: no function G in package main");
  weft::Runtime other;
  usage([&] { other.call<std::string>(p, "F", 1); }, "the Program was compiled by another Runtime");
}

TEST_CASE("embed: define rejects names scripts could not use") {
  weft::Runtime rt;
  auto usage = [&](auto&& f) {
    try {
      f();
      FAIL("expected Error(Kind::Usage)");
    } catch (const weft::Error& e) {
      CHECK(e.kind() == weft::Error::Kind::Usage);
    }
  };
  usage([&] { rt.define("host", "lower", [] {}); });
  usage([&] { rt.define("strings", "Extra", [] {}); });
  usage([&] { rt.define("a//b", "F", [] {}); });
  usage([&] { rt.define("func", "F", [] {}); });
  usage([&] { rt.define("", "F", [] {}); });
  rt.define("acme/jobs", "F", [] { return 1; });
  auto p = rt.compile("path.go",
                      "package main\n\nimport \"acme/jobs\"\n\nfunc G() int { return jobs.F() "
                      "}\n\nfunc main() {}\n");
  CHECK(rt.call<int>(p, "G") == 1);
}
