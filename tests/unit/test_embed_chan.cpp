// Embedding API: weft::Chan, channels shared by host threads and goroutines (include/weft/
// weft.hpp, vm/api/chan.cpp). Also run under ThreadSanitizer.
#include <doctest.h>

#include <atomic>
#include <chrono>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <weft/weft.hpp>

namespace {

using namespace std::chrono_literals;

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

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

weft::Options quiet(int workers = 1) {
  weft::Options o;
  o.workers = workers;
  o.out = [](std::string_view) {};
  o.err = [](std::string_view) {};
  return o;
}

const char* kChans = R"(package main

import "fmt"

func Sum(c chan int) int {
	s := 0
	for v := range c {
		s += v
	}
	return s
}

func Produce(c chan int, n int) {
	for i := 1; i <= n; i++ {
		c <- i
	}
	close(c)
}

func Recv(c chan int) int { return <-c }

func Send(c chan int, v int) { c <- v }

func Made() chan string {
	c := make(chan string, 3)
	c <- "a"
	c <- "b"
	close(c)
	return c
}

func Nil() chan int { return nil }

func IsNil(c chan int) bool { return c == nil }

func Len(c chan int) int { return len(c) }

func Echo(c chan int) chan int { return c }

var stuck = make(chan int)

func Stuck() int { return <-stuck }

func Describe(c chan int) string { return fmt.Sprint(len(c), cap(c)) }

func main() {}
)";

}  // namespace

TEST_CASE("embed chan: an unbound buffered Chan holds capacity values on the C++ side") {
  weft::Runtime rt(quiet());
  auto p = rt.compile("chans.go", kChans);
  auto ch = rt.make_chan<int>(3);
  CHECK(ch.valid());
  CHECK(ch.capacity() == 3);
  ch.send(1);
  ch.send(2);
  ch.send(3);
  // Receives before binding take buffered values.
  CHECK(ch.recv() == std::optional<int>(1));
  ch.send(4);
  ch.close();
  // Binding moves the values (and the close) into the Go channel.
  CHECK(rt.call<std::string>(p, "Describe", ch) == "3 3");
  CHECK(rt.call<int>(p, "Sum", ch) == 2 + 3 + 4);
  CHECK(ch.recv() == std::nullopt);  // closed and drained
}

TEST_CASE("embed chan: sends beyond the capacity wait until the Chan is bound") {
  weft::Runtime rt(quiet());
  auto p = rt.compile("chans.go", kChans);
  auto ch = rt.make_chan<int>(2);
  std::atomic<int> sent{0};
  std::thread producer([&] {
    for (int i = 1; i <= 5; i++) {
      ch.send(i);
      sent++;
    }
    ch.close();
  });
  std::this_thread::sleep_for(100ms);
  CHECK(sent.load() == 2);  // the third send waits for the binding
  CHECK(rt.call<int>(p, "Sum", ch) == 15);
  producer.join();
  CHECK(sent.load() == 5);
}

TEST_CASE("embed chan: a host thread waiting to receive is woken by a goroutine") {
  weft::Runtime rt(quiet());
  auto p = rt.compile("chans.go", kChans);
  auto ch = rt.make_chan<int>();  // unbuffered: every value is a hand-off
  std::vector<int> got;
  bool closedSeen = false;
  std::thread consumer([&] {
    while (auto v = ch.recv()) got.push_back(*v);  // waits for the binding, then for values
    closedSeen = true;
  });
  std::this_thread::sleep_for(50ms);
  rt.call(p, "Produce", ch, 5);  // each send waits for the host thread's receive
  consumer.join();
  CHECK(got == std::vector<int>{1, 2, 3, 4, 5});
  CHECK(closedSeen);
}

TEST_CASE("embed chan: a host thread blocked in send is woken by a receiving goroutine") {
  weft::Runtime rt(quiet());
  auto p = rt.compile("chans.go", kChans);
  auto ch = rt.make_chan<int>();
  CHECK(rt.call<bool>(p, "IsNil", ch) == false);  // binds it
  std::thread sender([&] { ch.send(42); });
  std::this_thread::sleep_for(50ms);  // the sender is parked in the send queue
  CHECK(rt.call<int>(p, "Recv", ch) == 42);
  sender.join();
  // And the other way: a goroutine blocked in Recv is woken by a host send.
  std::thread late([&] {
    std::this_thread::sleep_for(50ms);
    ch.send(7);
  });
  CHECK(rt.call<int>(p, "Recv", ch) == 7);
  late.join();
}

TEST_CASE("embed chan: channels made by Go cross to the host; nil ones are invalid Chans") {
  weft::Runtime rt(quiet());
  auto p = rt.compile("chans.go", kChans);
  auto made = rt.call<weft::Chan<std::string>>(p, "Made");
  CHECK(made.capacity() == 3);
  CHECK(made.recv() == std::optional<std::string>("a"));
  CHECK(made.recv() == std::optional<std::string>("b"));
  CHECK(made.recv() == std::nullopt);
  auto nil = rt.call<weft::Chan<int>>(p, "Nil");
  CHECK(!nil.valid());
  CHECK(errorOf([&] { nil.send(1); }).kind() == weft::Error::Kind::Usage);
  CHECK(errorOf([&] { nil.recv(); }).kind() == weft::Error::Kind::Usage);
  CHECK(rt.call<bool>(p, "IsNil", weft::Chan<int>()) == true);
  // A Chan that went to Go and back is the same channel.
  auto ch = rt.make_chan<int>(1);
  auto back = rt.call<weft::Chan<int>>(p, "Echo", ch);
  back.send(9);
  CHECK(rt.call<int>(p, "Len", ch) == 1);
  CHECK(ch.recv() == std::optional<int>(9));
}

TEST_CASE("embed chan: Go's panics: send on closed, close of closed") {
  weft::Runtime rt(quiet());
  auto p = rt.compile("chans.go", kChans);
  for (bool bind : {false, true}) {
    CAPTURE(bind);
    auto ch = rt.make_chan<int>(1);
    if (bind) rt.call<int>(p, "Len", ch);
    ch.close();
    weft::Error e = errorOf([&] { ch.send(1); });
    CHECK(e.kind() == weft::Error::Kind::Panic);
    CHECK(std::string(e.what()) == "send on closed channel");
    e = errorOf([&] { ch.close(); });
    CHECK(e.kind() == weft::Error::Kind::Panic);
    CHECK(std::string(e.what()) == "close of closed channel");
    CHECK(ch.recv() == std::nullopt);
  }
  // A goroutine sending on a Chan the host closed panics as in Go.
  auto ch = rt.make_chan<int>();
  rt.call<int>(p, "Len", ch);
  ch.close();
  weft::Error e = errorOf([&] { rt.call(p, "Send", ch, 1); });
  CHECK(e.kind() == weft::Error::Kind::Panic);
  CHECK(contains(e.what(), "panic: send on closed channel"));
}

TEST_CASE("embed chan: a Chan belongs to the instance it was bound to") {
  weft::Options o = quiet();
  o.packages = weft::standard_packages();  // os.Exit
  weft::Runtime rt(o);
  auto p1 = rt.compile("a.go", kChans);
  auto p2 = rt.compile("b.go", kChans);
  auto ch = rt.make_chan<int>(1);
  CHECK(rt.call<int>(p1, "Len", ch) == 0);
  weft::Error e = errorOf([&] { rt.call<int>(p2, "Len", ch); });
  CHECK(e.kind() == weft::Error::Kind::Usage);
  CHECK(contains(e.what(), "another Program instance"));
  // Another Runtime: the same.
  weft::Runtime other(quiet());
  auto p3 = other.compile("c.go", kChans);
  CHECK(errorOf([&] { other.call<int>(p3, "Len", ch); }).kind() == weft::Error::Kind::Usage);
  // Once its instance ended (os.Exit discards it), the Chan is dead.
  auto exiter = rt.compile("exit.go", R"(package main

import "os"

func Take(c chan int) { os.Exit(3) }

func Len(c chan int) int { return len(c) }

func main() {}
)");
  auto dying = rt.make_chan<int>(1);
  CHECK(errorOf([&] { rt.call(exiter, "Take", dying); }).kind() == weft::Error::Kind::Exit);
  CHECK(errorOf([&] { dying.send(1); }).kind() == weft::Error::Kind::Usage);
  CHECK(errorOf([&] { dying.recv(); }).kind() == weft::Error::Kind::Usage);
  // The new instance of the same Program refuses it too.
  CHECK(errorOf([&] { rt.call<int>(exiter, "Len", dying); }).kind() == weft::Error::Kind::Usage);
}

TEST_CASE("embed chan: a host thread waiting when the instance ends gets an Error") {
  weft::Runtime rt(quiet());
  auto p = rt.compile("chans.go", kChans);
  auto ch = rt.make_chan<int>();
  rt.call<int>(p, "Len", ch);
  std::atomic<int> kind{-1};
  std::thread waiter([&] {
    try {
      ch.recv();
    } catch (const weft::Error& e) {
      kind = static_cast<int>(e.kind());
    }
  });
  std::thread interrupter([&] {
    std::this_thread::sleep_for(100ms);
    rt.interrupt();
  });
  // Stuck waits on a channel only Go holds, but the Chan handle keeps it from being a deadlock.
  CHECK(errorOf([&] { rt.call<int>(p, "Stuck"); }).kind() == weft::Error::Kind::Interrupt);
  interrupter.join();
  waiter.join();
  CHECK(kind.load() == static_cast<int>(weft::Error::Kind::Usage));
}

TEST_CASE("embed chan: without Chan handles a blocked program is a deadlock again") {
  weft::Runtime rt(quiet());
  auto p = rt.compile("chans.go", kChans);
  {
    auto ch = rt.make_chan<int>(1);
    rt.call<int>(p, "Len", ch);
  }  // the last handle is gone
  weft::Error e = errorOf([&] { rt.call<int>(p, "Stuck"); });
  CHECK(e.kind() == weft::Error::Kind::Panic);
  CHECK(contains(e.what(), "fatal error: all goroutines are asleep - deadlock!"));
  CHECK(contains(e.what(), "[chan receive]"));
}

TEST_CASE("embed chan: host functions: workers never wait; blocking functions may") {
  weft::Runtime rt(quiet());
  auto ch = rt.make_chan<int>(1);
  rt.define("host", "Take", [ch]() { return *ch.recv(); });
  rt.define("host", "TakeBlocking", weft::blocking([ch]() { return *ch.recv(); }));
  rt.define("host", "Put", [ch](int v) { ch.send(v); });
  auto p = rt.compile("host.go", R"(package main

import (
	"fmt"
	"host"
)

func Bind(c chan int) {}

func Try() (s string) {
	defer func() { s = fmt.Sprint(recover()) }()
	return fmt.Sprint(host.Take())
}

func Both() int {
	host.Put(5)           // buffer space: does not wait
	a := host.Take()      // a value is there: does not wait
	go func() { host.Put(6) }()
	return a*10 + host.TakeBlocking()
}

func main() {}
)");
  rt.call(p, "Bind", ch);
  std::string msg = rt.call<std::string>(p, "Try");
  CHECK(contains(msg, "weft::Chan::recv would block a worker thread"));
  CHECK(rt.call<int>(p, "Both") == 56);
}

TEST_CASE("embed chan: host -> script -> host pipeline on 2 workers while the script collects") {
  weft::Options o = quiet(2);
  // The script allocates ~200 MB in total: it only stays under this limit by collecting.
  o.max_heap_bytes = 48u << 20;
  weft::Runtime rt(o);
  auto p = rt.compile("pipe.go", R"(package main

import "fmt"

func Pipeline(in chan int, out chan string, workers int) {
	done := make(chan bool)
	for w := 0; w < workers; w++ {
		go func() {
			for v := range in {
				junk := make([]int, 1024) // 8 KiB of garbage per value
				junk[0] = v
				out <- fmt.Sprint(junk[0] * junk[0])
			}
			done <- true
		}()
	}
	for w := 0; w < workers; w++ {
		<-done
	}
	close(out)
}

func main() {}
)");
  constexpr int kN = 25000;
  auto in = rt.make_chan<int>(16);
  auto out = rt.make_chan<std::string>(16);
  std::vector<std::thread> producers;
  for (int t = 0; t < 2; t++)
    producers.emplace_back([&, t] {
      for (int i = t; i < kN; i += 2) in.send(i);
    });
  long long sum = 0;
  long count = 0;
  std::thread consumer([&] {
    while (auto s = out.recv()) {
      sum += std::stoll(*s);
      count++;
    }
  });
  std::thread closer([&] {
    for (auto& t : producers) t.join();
    in.close();
  });
  rt.call(p, "Pipeline", in, out, 4);
  closer.join();
  consumer.join();
  long long want = 0;
  for (long long i = 0; i < kN; i++) want += i * i;
  CHECK(count == kN);
  CHECK(sum == want);
}

TEST_CASE("embed chan: values host threads wait to send or just received survive collections") {
  weft::Options o = quiet(2);
  o.max_heap_bytes = 32u << 20;  // ~100 MB of garbage below: only fits by collecting
  weft::Runtime rt(o);
  auto p = rt.compile("churn.go", R"(package main

import "fmt"

func Churn(in chan []string, out chan []string, n int) {
	for i := 0; i < n; i++ {
		junk := make([]int, 1<<16) // 512 KiB of garbage before each receive
		junk[0] = i
		v := <-in
		out <- append(v, fmt.Sprint(junk[0]))
	}
	close(out)
}

func main() {}
)");
  constexpr int kN = 200;
  auto in = rt.make_chan<std::vector<std::string>>();  // unbuffered: each sender parks
  auto out = rt.make_chan<std::vector<std::string>>();
  std::thread sender([&] {
    for (int i = 0; i < kN; i++) in.send({"a" + std::to_string(i), std::string(100, 'x')});
  });
  int good = 0;
  std::thread receiver([&] {
    int i = 0;
    while (auto v = out.recv()) {
      std::vector<std::string> want = {"a" + std::to_string(i), std::string(100, 'x'),
                                       std::to_string(i)};
      if (*v == want) good++;
      i++;
    }
  });
  rt.call(p, "Churn", in, out, kN);
  sender.join();
  receiver.join();
  CHECK(good == kN);
}
