// The race detector's core (vm/race/) on its own: vector clocks, FastTrack's shadow states,
// happens-before through sync objects, report text and de-duplication, GORACE parsing.
#include <doctest.h>

#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "vm/race/detector.hpp"

namespace {

using namespace weft::vm;
using namespace weft::vm::race;

// The access's stack: main.worker (line 10) calling main.worker at instruction `top`.
struct TestSite final : SiteSource {
  TestSite(ThreadState& t, const FuncProto& fn, int top) : t(t), fn(fn), top(top) {}
  uint32_t site() override {
    StackFrame caller{&fn, &fn.code[0]};
    return t.info->trace.record(
        1, [&](std::size_t) { return caller; }, StackFrame{&fn, &fn.code[top]}, RuntimeFrame::None);
  }
  ThreadState& t;
  const FuncProto& fn;
  int top;
};

struct Fixture {
  std::string err;
  Detector d{Options{}, [this](std::string_view s) { err += s; }};
  std::vector<Word> memory = std::vector<Word>(16, 0);
  FuncProto fn;
  static constexpr int siteA = 2, siteB = 5;
  Fixture() {
    fn.name = "main.worker";
    fn.file = "/src/prog.go";
    fn.code.assign(8, 0);
    fn.lines = {10, 11, 12, 13, 14, 15, 16, 17};
  }
  Stack stack(int top) { return {{&fn, &fn.code[0]}, {&fn, &fn.code[top]}}; }
  ThreadState* start(ThreadState* parent, uint64_t goid) {
    return d.goStart(parent, goid, parent ? stack(siteA) : Stack{});
  }
  void read(ThreadState* t, int word, int site) {
    TestSite s(*t, fn, site);
    d.access(*t, &memory[word], AccessKind::Read, s);
  }
  void write(ThreadState* t, int word, int site) {
    TestSite s(*t, fn, site);
    d.access(*t, &memory[word], AccessKind::Write, s);
  }
};

}  // namespace

TEST_CASE("race: vector clock join and cover") {
  VectorClock a, b;
  a.set(0, 3);
  b.set(2, 5);
  b.set(0, 1);
  a.join(b);
  CHECK(a.get(0) == 3);
  CHECK(a.get(2) == 5);
  CHECK(a.get(7) == 0);
  CHECK(a.covers(Epoch::make(2, 5)));
  CHECK_FALSE(a.covers(Epoch::make(2, 6)));
  CHECK(Epoch::tid(Epoch::make(123, 456)) == 123);
  CHECK(Epoch::clock(Epoch::make(123, 456)) == 456);
}

TEST_CASE("race: unordered write/write is a race, ordered through a release/acquire is not") {
  Fixture f;
  ThreadState* main = f.start(nullptr, 1);
  ThreadState* g = f.start(main, 2);
  // The child sees the parent's past: a write before `go` does not race with the child.
  f.write(main, 0, f.siteA);
  ThreadState* g2 = f.start(main, 3);
  f.read(g2, 0, f.siteB);
  CHECK(f.d.racesReported() == 0);
  // Parent's write after `go` vs child's write: a race.
  f.write(main, 1, f.siteA);
  f.write(g, 1, f.siteB);
  CHECK(f.d.racesReported() == 1);
  // Through a sync object: g releases, main acquires, then main's access is ordered.
  RaceSlot slot{nullptr};
  f.write(g, 2, f.siteA);
  f.d.release(*g, slot);
  f.d.acquire(*main, slot);
  f.write(main, 2, f.siteB);
  CHECK(f.d.racesReported() == 1);
  f.d.goEnd(g);
  f.d.goEnd(g2);
  f.d.goEnd(main);
}

TEST_CASE("race: concurrent reads share the word; a later unordered write races with them") {
  Fixture f;
  ThreadState* main = f.start(nullptr, 1);
  ThreadState* a = f.start(main, 2);
  ThreadState* b = f.start(main, 3);
  f.read(a, 0, f.siteA);
  f.read(b, 0, f.siteB);  // read-read: never a race
  CHECK(f.d.racesReported() == 0);
  // b's write races with a's read (b's own read is its past).
  f.write(b, 0, f.siteB);
  CHECK(f.d.racesReported() == 1);
  CHECK(f.err.find("Write at ") != std::string::npos);
  CHECK(f.err.find("Previous read at ") != std::string::npos);
  f.d.goEnd(a);
  f.d.goEnd(b);
  f.d.goEnd(main);
}

TEST_CASE("race: report text is Go's") {
  Fixture f;
  ThreadState* main = f.start(nullptr, 1);
  ThreadState* g = f.start(main, 7);
  f.write(g, 3, f.siteA);
  f.d.goEnd(g);
  f.read(main, 3, f.siteB);
  REQUIRE(f.d.racesReported() == 1);
  std::regex report(
      "==================\n"
      "WARNING: DATA RACE\n"
      "Read at 0x[0-9a-f]{12} by main goroutine:\n"
      "  main\\.worker\\(\\)\n"
      "      /src/prog\\.go:15 \\+0x14\n"
      "  main\\.worker\\(\\)\n"
      "      /src/prog\\.go:10 \\+0x0\n"
      "\n"
      "Previous write at 0x[0-9a-f]{12} by goroutine 7:\n"
      "  main\\.worker\\(\\)\n"
      "      /src/prog\\.go:12 \\+0x8\n"
      "  main\\.worker\\(\\)\n"
      "      /src/prog\\.go:10 \\+0x0\n"
      "\n"
      "Goroutine 7 \\(finished\\) created at:\n"
      "  main\\.worker\\(\\)\n"
      "      /src/prog\\.go:12 \\+0x8\n"
      "  main\\.worker\\(\\)\n"
      "      /src/prog\\.go:10 \\+0x0\n"
      "==================\n");
  CHECK(std::regex_match(f.err, report));
  CHECK(f.d.finish(0) == 66);
  CHECK(f.err.find("Found 1 data race(s)\n") != std::string::npos);
  f.d.goEnd(main);
}

TEST_CASE("race: one report per pair of stacks and per address") {
  Fixture f;
  ThreadState* main = f.start(nullptr, 1);
  ThreadState* g = f.start(main, 2);
  for (int w = 0; w < 8; w++) f.write(g, w, f.siteA);
  for (int w = 0; w < 8; w++) f.write(main, w, f.siteB);  // same two stacks: one report
  CHECK(f.d.racesReported() == 1);
  f.write(g, 0, f.siteB);  // same address as the first report
  CHECK(f.d.racesReported() == 1);
  CHECK(f.d.finish(0) == 66);
  f.d.goEnd(g);
  f.d.goEnd(main);
}

TEST_CASE("race: no race, no summary; the status is kept") {
  Fixture f;
  CHECK(f.d.finish(0) == 0);
  CHECK(f.err.empty());
}

TEST_CASE("race: atomics order accesses; goroutine slots are reused after the quarantine") {
  Fixture f;
  ThreadState* main = f.start(nullptr, 1);
  ThreadState* g = f.start(main, 2);
  Word flag = 0;
  f.write(g, 0, f.siteA);
  f.d.atomic(*g, &flag, false, true);     // store
  f.d.atomic(*main, &flag, true, false);  // load that observes it
  f.read(main, 0, f.siteB);
  CHECK(f.d.racesReported() == 0);
  f.d.goEnd(g);
  std::vector<ThreadState*> many;
  for (int i = 0; i < 200; i++) many.push_back(f.start(main, 10 + i));
  for (ThreadState* t : many) f.d.goEnd(t);
  ThreadState* reused = f.start(main, 500);
  CHECK(reused->tid < 202);
  f.d.goEnd(reused);
  f.d.goEnd(main);
}

TEST_CASE("race: shadow is safe under parallel threads") {
  Fixture f;
  ThreadState* main = f.start(nullptr, 1);
  std::vector<ThreadState*> ts;
  for (int i = 0; i < 4; i++) ts.push_back(f.start(main, 2 + i));
  std::vector<Word> mem(4096);
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; i++)
    threads.emplace_back([&, i] {
      TestSite s(*ts[i], f.fn, i % 2 ? f.siteA : f.siteB);
      for (int rep = 0; rep < 20; rep++)
        for (std::size_t w = 0; w < mem.size(); w++)
          f.d.access(*ts[i], &mem[w], w % 3 ? AccessKind::Read : AccessKind::Write, s);
    });
  for (auto& t : threads) t.join();
  // All unordered: the pair of stacks (and each address) is reported once at most per pair.
  CHECK(f.d.racesReported() >= 1);
  CHECK(f.d.racesReported() <= 3);
  for (ThreadState* t : ts) f.d.goEnd(t);
  f.d.goEnd(main);
}

TEST_CASE("race: shadow clear forgets accesses (memory reused by the allocator)") {
  Fixture f;
  ThreadState* main = f.start(nullptr, 1);
  ThreadState* g = f.start(main, 2);
  f.write(g, 4, f.siteA);
  f.d.shadow().clear(&f.memory[4], sizeof(Word));
  f.write(main, 4, f.siteB);
  CHECK(f.d.racesReported() == 0);
  std::vector<Word> big(1 << 16);
  f.write(g, 0, f.siteA);
  TestSite s(*g, f.fn, f.siteA);
  f.d.accessRange(*g, big.data(), big.size(), AccessKind::Write, s);
  f.d.shadow().clear(big.data(), big.size() * sizeof(Word));
  TestSite sb(*main, f.fn, f.siteB);
  f.d.accessRange(*main, big.data(), big.size(), AccessKind::Write, sb);
  CHECK(f.d.racesReported() == 0);
  f.d.goEnd(g);
  f.d.goEnd(main);
}

TEST_CASE("race: the trace restores stacks and forgets beyond history_size") {
  FuncProto fn;
  fn.code.assign(64, 0);
  Trace t(0);  // 32K events
  auto frame = [&](int i) { return StackFrame{&fn, &fn.code[i]}; };
  // A recursion: callers 0..d-1, then the access.
  std::vector<uint32_t> pos;
  for (int d = 0; d < 40; d++)
    pos.push_back(t.record(
        static_cast<std::size_t>(d), [&](std::size_t k) { return frame(static_cast<int>(k)); },
        frame(63), d % 3 ? RuntimeFrame::None : RuntimeFrame::MapAssign));
  for (int d = 0; d < 40; d++) {
    Stack s;
    REQUIRE(t.restore(pos[d], &s));
    std::size_t want = static_cast<std::size_t>(d) + 1 + (d % 3 ? 0 : 1);
    REQUIRE(s.size() == want);
    CHECK(s[static_cast<std::size_t>(d)] == frame(63));
    if (d > 0) CHECK(s[0] == frame(0));
    if (d % 3 == 0) CHECK(s.back().fn == nullptr);
  }
  uint32_t old = pos[0];
  for (int i = 0; i < 40000; i++)
    t.record(
        1, [&](std::size_t) { return frame(i % 2); }, frame(63), RuntimeFrame::None);
  Stack s;
  CHECK_FALSE(t.restore(old, &s));
  t.reset();
  CHECK_FALSE(t.restore(pos[5], &s));
}

TEST_CASE("race: GORACE options") {
  Options o;
  std::string err;
  CHECK(parseOptions("halt_on_error=1 exitcode=3 history_size=4", &o, &err));
  CHECK(o.haltOnError);
  CHECK(o.exitCode == 3);
  CHECK(o.historySize == 4);
  CHECK(parseOptions("", &o, &err));
  CHECK_FALSE(parseOptions("history_size=9", &o, &err));
  CHECK_FALSE(parseOptions("bogus=1", &o, &err));
  CHECK(err == "bad GORACE option: bogus=1");
  CHECK_FALSE(parseOptions("exitcode", &o, &err));
}
