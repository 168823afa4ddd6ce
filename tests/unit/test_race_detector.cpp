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

struct FixedSite final : SiteSource {
  explicit FixedSite(uint32_t s) : s(s) {}
  uint32_t site() override { return s; }
  uint32_t s;
};

struct Fixture {
  std::string err;
  Detector d{Options{}, [this](std::string_view s) { err += s; }};
  std::vector<Word> memory = std::vector<Word>(16, 0);
  // Two stacks from a fake function so reports have something to print.
  FuncProto fn;
  uint32_t siteA = 0, siteB = 0;
  Fixture() {
    fn.name = "main.worker";
    fn.file = "/src/prog.go";
    fn.code.assign(8, 0);
    fn.lines = {10, 11, 12, 13, 14, 15, 16, 17};
    uint32_t caller = d.stacks().intern(StackTable::kRoot, &fn, &fn.code[0]);
    siteA = d.stacks().intern(caller, &fn, &fn.code[2]);
    siteB = d.stacks().intern(caller, &fn, &fn.code[5]);
  }
  void read(ThreadState* t, int word, uint32_t site) {
    FixedSite s(site);
    d.access(*t, &memory[word], AccessKind::Read, s);
  }
  void write(ThreadState* t, int word, uint32_t site) {
    FixedSite s(site);
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
  ThreadState* main = f.d.goStart(nullptr, 1, StackTable::kRoot);
  ThreadState* g = f.d.goStart(main, 2, f.siteA);
  // The child sees the parent's past: a write before `go` does not race with the child.
  f.write(main, 0, f.siteA);
  ThreadState* g2 = f.d.goStart(main, 3, f.siteA);
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
  ThreadState* main = f.d.goStart(nullptr, 1, StackTable::kRoot);
  ThreadState* a = f.d.goStart(main, 2, f.siteA);
  ThreadState* b = f.d.goStart(main, 3, f.siteA);
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
  ThreadState* main = f.d.goStart(nullptr, 1, StackTable::kRoot);
  ThreadState* g = f.d.goStart(main, 7, f.siteA);
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
  ThreadState* main = f.d.goStart(nullptr, 1, StackTable::kRoot);
  ThreadState* g = f.d.goStart(main, 2, f.siteA);
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
  ThreadState* main = f.d.goStart(nullptr, 1, StackTable::kRoot);
  ThreadState* g = f.d.goStart(main, 2, f.siteA);
  Word flag = 0;
  f.write(g, 0, f.siteA);
  f.d.atomic(*g, &flag, false, true);     // store
  f.d.atomic(*main, &flag, true, false);  // load that observes it
  f.read(main, 0, f.siteB);
  CHECK(f.d.racesReported() == 0);
  f.d.goEnd(g);
  std::vector<ThreadState*> many;
  for (int i = 0; i < 200; i++) many.push_back(f.d.goStart(main, 10 + i, f.siteA));
  for (ThreadState* t : many) f.d.goEnd(t);
  ThreadState* reused = f.d.goStart(main, 500, f.siteA);
  CHECK(reused->tid < 202);
  f.d.goEnd(reused);
  f.d.goEnd(main);
}

TEST_CASE("race: shadow is safe under parallel threads") {
  Fixture f;
  ThreadState* main = f.d.goStart(nullptr, 1, StackTable::kRoot);
  std::vector<ThreadState*> ts;
  for (int i = 0; i < 4; i++) ts.push_back(f.d.goStart(main, 2 + i, f.siteA));
  std::vector<Word> mem(4096);
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; i++)
    threads.emplace_back([&, i] {
      FixedSite s(i % 2 ? f.siteA : f.siteB);
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
  ThreadState* main = f.d.goStart(nullptr, 1, StackTable::kRoot);
  ThreadState* g = f.d.goStart(main, 2, f.siteA);
  f.write(g, 4, f.siteA);
  f.d.shadow().clear(&f.memory[4], sizeof(Word));
  f.write(main, 4, f.siteB);
  CHECK(f.d.racesReported() == 0);
  std::vector<Word> big(1 << 16);
  f.write(g, 0, f.siteA);
  FixedSite s(f.siteA);
  f.d.accessRange(*g, big.data(), big.size(), AccessKind::Write, s);
  f.d.shadow().clear(big.data(), big.size() * sizeof(Word));
  FixedSite sb(f.siteB);
  f.d.accessRange(*main, big.data(), big.size(), AccessKind::Write, sb);
  CHECK(f.d.racesReported() == 0);
  f.d.goEnd(g);
  f.d.goEnd(main);
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
