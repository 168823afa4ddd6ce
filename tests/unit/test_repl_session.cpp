// weft::Session (include/weft/session.hpp), the REPL's engine, through its public API.
// Expected values are what `go run` prints for the same statements in one main function.
#include <doctest.h>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <utility>

#include <weft/session.hpp>

namespace {

struct Captured {
  std::mutex m;
  std::string out, err;
  weft::Session::Options options(bool background = true) {
    weft::Session::Options o;
    o.out = [this](std::string_view s) {
      std::lock_guard lock(m);
      out.append(s);
    };
    o.err = [this](std::string_view s) {
      std::lock_guard lock(m);
      err.append(s);
    };
    o.background = background;
    return o;
  }
  std::string takeOut() {
    std::lock_guard lock(m);
    return std::exchange(out, {});
  }
  std::string takeErr() {
    std::lock_guard lock(m);
    return std::exchange(err, {});
  }
};

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST_CASE("session: declarations persist and expressions print their value") {
  Captured c;
  weft::Session s(c.options());
  CHECK(s.eval("x := 6") == weft::Session::Result::Ok);
  CHECK(s.eval("x * 7") == weft::Session::Result::Ok);
  CHECK(c.takeOut() == "42\n");
  CHECK(s.eval("var a, b, _ = strings.Cut(\"k=v\", \"=\")") == weft::Session::Result::Ok);
  CHECK(s.eval("a + b") == weft::Session::Result::Ok);
  CHECK(c.takeOut() == "kv\n");
  // Several results, space-separated (fmt.Println(strconv.Atoi("12")) prints "12 <nil>").
  CHECK(s.eval("strconv.Atoi(\"12\")") == weft::Session::Result::Ok);
  CHECK(c.takeOut() == "12 <nil>\n");
  CHECK(c.takeErr().empty());
}

TEST_CASE("session: a var declared among statements persists") {
  Captured c;
  weft::Session s(c.options());
  CHECK(s.eval("var n = 2; fmt.Println(n)") == weft::Session::Result::Ok);
  CHECK(s.eval("n + 1") == weft::Session::Result::Ok);
  CHECK(c.takeOut() == "2\n3\n");
}

TEST_CASE("session: errors and panics leave the session usable") {
  Captured c;
  weft::Session s(c.options());
  CHECK(s.eval("y + 1") == weft::Session::Result::Error);
  CHECK(c.takeErr() == "<input>:1:1: undefined: y\n");
  CHECK(s.eval("panic(\"boom\")") == weft::Session::Result::Error);
  CHECK(c.takeErr().rfind("panic: boom\n", 0) == 0);
  CHECK(s.eval("1 + 1") == weft::Session::Result::Ok);
  CHECK(c.takeOut() == "2\n");
}

TEST_CASE("session: unfinished input is decided by the parser") {
  Captured c;
  weft::Session s(c.options());
  CHECK(s.incomplete("func f() {"));
  CHECK(s.incomplete("x := []int{\n1,"));
  CHECK(s.incomplete("s := `raw"));
  CHECK(s.incomplete("y := 1 +"));
  CHECK(!s.incomplete("x := 1"));
  CHECK(!s.incomplete("x := )"));
  CHECK(!s.incomplete(":help"));
  CHECK(s.eval("func f() {") == weft::Session::Result::Incomplete);
  CHECK(s.eval("func f() {", true) == weft::Session::Result::Error);
  CHECK(!c.takeErr().empty());
}

TEST_CASE("session: completion candidates") {
  Captured c;
  weft::Session s(c.options());
  REQUIRE(s.eval("type Person struct{ Name string; Age int }\n"
                 "func (p Person) Hello() string { return p.Name }") == weft::Session::Result::Ok);
  REQUIRE(s.eval("who := Person{\"Ada\", 36}") == weft::Session::Result::Ok);
  std::size_t start = 0;
  std::string line = "who.";
  auto members = s.complete(line, line.size(), &start);
  CHECK(start == 4);
  CHECK(has(members, "Name"));
  CHECK(has(members, "Age"));
  CHECK(has(members, "Hello"));
  CHECK(!has(members, "Greet"));
  // A method of a later input joins the type: completed for values made before it too.
  REQUIRE(s.eval("func (p *Person) Greet() string { return \"hi \" + p.Name }") ==
          weft::Session::Result::Ok);
  CHECK(has(s.complete(line, line.size(), &start), "Greet"));
  // One that does not check is not there.
  REQUIRE(s.eval("func (p Person) Broken() string { return undefinedName }") ==
          weft::Session::Result::Error);
  CHECK(!has(s.complete("who.", 4, &start), "Broken"));
  c.takeErr();
  line = "strings.HasP";
  auto pkg = s.complete(line, line.size(), &start);
  CHECK(start == 8);
  CHECK(pkg == std::vector<std::string>{"HasPrefix"});
  line = "fmt.Println(wh";
  auto names = s.complete(line, line.size(), &start);
  CHECK(has(names, "who"));
  line = "ret";
  CHECK(has(s.complete(line, line.size(), &start), "return"));
  line = "strc";
  CHECK(has(s.complete(line, line.size(), &start), "strconv"));
}

TEST_CASE("session: goroutines live across inputs and run in the background") {
  Captured c;
  weft::Session s(c.options());
  REQUIRE(s.eval("ch := make(chan int)") == weft::Session::Result::Ok);
  REQUIRE(s.eval("go func() { for v := range ch { fmt.Println(\"got\", v) } }()") ==
          weft::Session::Result::Ok);
  REQUIRE(s.eval("ch <- 1") == weft::Session::Result::Ok);
  REQUIRE(s.eval("done := make(chan bool)") == weft::Session::Result::Ok);
  REQUIRE(s.eval("go func() { n := 0; for i := 0; i < 1000000; i++ { n += i }; "
                 "fmt.Println(\"sum\", n); done <- true }()") == weft::Session::Result::Ok);
  // No eval runs now: the session's background thread finishes the goroutine.
  std::string out;
  for (int i = 0; i < 200 && out.find("sum") == std::string::npos; i++) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    std::lock_guard lock(c.m);
    out = c.out;
  }
  CHECK(out.find("got 1\n") != std::string::npos);
  CHECK(out.find("sum 499999500000\n") != std::string::npos);
}

TEST_CASE("session: interrupt stops the running input") {
  Captured c;
  weft::Session s(c.options(false));
  std::thread stopper([&s] {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    s.interrupt();
  });
  CHECK(s.eval("for {}") == weft::Session::Result::Error);
  stopper.join();
  CHECK(c.takeErr() == "interrupted\n");
  CHECK(s.eval("\"still alive\"") == weft::Session::Result::Ok);
  CHECK(c.takeOut() == "still alive\n");
}

TEST_CASE("session: :reset forgets everything; :quit") {
  Captured c;
  weft::Session s(c.options());
  REQUIRE(s.eval("z := 1") == weft::Session::Result::Ok);
  CHECK(s.eval(":reset") == weft::Session::Result::Ok);
  CHECK(s.eval("z") == weft::Session::Result::Error);
  CHECK(c.takeErr() == "<input>:1:1: undefined: z\n");
  CHECK(s.eval(":quit") == weft::Session::Result::Quit);
}

TEST_CASE("session: top-level defer runs its call at :quit, last deferred first") {
  Captured c;
  {
    weft::Session s(c.options());
    REQUIRE(s.eval("n := 1") == weft::Session::Result::Ok);
    REQUIRE(s.eval("defer fmt.Println(\"first, n =\", n)") == weft::Session::Result::Ok);
    REQUIRE(s.eval("n = 2; defer fmt.Println(\"second, n =\", n)") == weft::Session::Result::Ok);
    CHECK(c.takeOut().empty());
    CHECK(s.eval(":quit") == weft::Session::Result::Quit);
    // As in main: `defer fmt.Println("first, n =", n)` ... prints the later one first.
    CHECK(c.takeOut() == "second, n = 2\nfirst, n = 1\n");
    CHECK(s.eval(":quit") == weft::Session::Result::Quit);  // nothing left to run
    CHECK(c.takeOut().empty());
  }
  {
    weft::Session s(c.options());
    REQUIRE(s.eval("defer fmt.Println(\"never\")") == weft::Session::Result::Ok);
  }  // destroying a session runs nothing
  CHECK(c.takeOut().empty());
  CHECK(c.takeErr().empty());
}
