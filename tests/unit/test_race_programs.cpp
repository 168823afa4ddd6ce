// Whole programs under the race detector (`weft --race`), against real Go's `go run -race`.
//
// Each tests/unit/data/race/NAME.go runs in race mode; NAME.goerr is the stderr of
// `go run -race NAME.go` (Go 1.19). Both reports are reduced to what must agree: for each report
// the two accesses (read/write, main goroutine or not, the user frames as function and
// file:line) as an unordered pair (which of the two racing goroutines runs first is up to each
// scheduler), the creation stacks of the goroutines involved, the number of races and the exit
// status. Frames of Go's runtime (runtime.mapassign_faststr, ...) are left out there and compared
// on their own (name, file and Go 1.19 line, which Weft prints as a -trimpath Go build does).
#include <doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "lang/compile/compile.hpp"
#include "vm/machine.hpp"

namespace {

namespace fs = std::filesystem;
using namespace weft;

std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Outcome {
  int status = -1;
  std::string out, err;
};

Outcome runRace(const fs::path& file, vm::race::Options options = {}) {
  Outcome o;
  compile::Options copts;
  copts.race = true;
  auto built = compile::build(file.string(), readFile(file), copts);
  if (!built.program) {
    for (auto& d : built.diagnostics) o.err += d.str() + "\n";
    o.status = 1;
    return o;
  }
  vm::MachineOptions opts;
  opts.out = [&](std::string_view s) { o.out += s; };
  opts.err = [&](std::string_view s) { o.err += s; };
  opts.args = {file.string()};
  opts.race = true;
  opts.raceOptions = options;
  vm::Machine m(built.program, opts);
  o.status = m.run();
  return o;
}

// The comparable content of a stderr holding race reports.
struct Reports {
  std::multiset<std::string> races;      // "access | access", sorted pair
  std::set<std::string> creationStacks;  // user frames of "Goroutine N (...) created at:"
  int found = 0;                         // from "Found N data race(s)"
  std::string str() const {
    std::string s;
    for (auto& r : races) s += "race: " + r + "\n";
    for (auto& c : creationStacks) s += "created at: " + c + "\n";
    return s + "found: " + std::to_string(found) + "\n";
  }
};

Reports parse(const std::string& err) {
  static const std::regex access(
      R"(^(Previous )?(read|write|Read|Write) at 0x[0-9a-f]+ by (main goroutine|goroutine \d+):$)");
  static const std::regex created(R"(^Goroutine \d+ \((running|finished)\) created at:$)");
  static const std::regex frame(R"(^  (\S+)\(\)$)");
  static const std::regex location(R"(^      (\S+?)(:\d+)?( \+0x[0-9a-f]+)?$)");
  static const std::regex found(R"(^Found (\d+) data race\(s\)$)");
  Reports r;
  std::vector<std::string> lines;
  std::stringstream ss(err);
  for (std::string l; std::getline(ss, l);) lines.push_back(l);
  std::vector<std::string> accesses;
  auto stackAt = [&](std::size_t& i) {
    std::string stack;
    std::smatch m;
    while (i + 1 < lines.size() && std::regex_match(lines[i], m, frame)) {
      std::string fn = m[1];
      std::smatch lm;
      std::string loc = std::regex_match(lines[i + 1], lm, location)
                            ? fs::path(lm[1].str()).filename().string() + lm[2].str()
                            : "?";
      if (fn.rfind("runtime.", 0) != 0) stack += " " + fn + "@" + loc;
      i += 2;
    }
    return stack;
  };
  for (std::size_t i = 0; i < lines.size();) {
    std::smatch m;
    if (lines[i] == "==================" && !accesses.empty()) {
      std::sort(accesses.begin(), accesses.end());
      std::string pair;
      for (auto& a : accesses) pair += (pair.empty() ? "" : " | ") + a;
      r.races.insert(pair);
      accesses.clear();
      i++;
    } else if (std::regex_match(lines[i], m, access)) {
      std::string kind = m[2];
      kind[0] = static_cast<char>(std::tolower(kind[0]));
      std::string who = m[3] == "main goroutine" ? "main" : "goroutine";
      i++;
      accesses.push_back(kind + " by " + who + ":" + stackAt(i));
    } else if (std::regex_match(lines[i], m, created)) {
      i++;
      r.creationStacks.insert(stackAt(i));
    } else if (std::regex_match(lines[i], m, found)) {
      r.found = std::stoi(m[1]);
      i++;
    } else {
      i++;
    }
  }
  return r;
}

int goStatus(const std::string& goerr) {
  std::smatch m;
  static const std::regex exitLine(R"(exit status (\d+))");
  return std::regex_search(goerr, m, exitLine) ? std::stoi(m[1]) : 0;
}

fs::path dataDir() {
  return fs::path(__FILE__).parent_path() / "data" / "race";
}

}  // namespace

TEST_CASE("race programs: reports agree with go run -race") {
  std::vector<fs::path> files;
  for (auto& e : fs::directory_iterator(dataDir()))
    if (e.path().extension() == ".go") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 8);
  for (const fs::path& f : files) {
    CAPTURE(f.filename().string());
    std::string goerr = readFile(fs::path(f).replace_extension(".goerr"));
    Outcome o = runRace(f);
    CAPTURE(o.err);
    CHECK(o.status == goStatus(goerr));
    CHECK(parse(o.err).str() == parse(goerr).str());
    // A panic after a race: the same panic line (and no summary, checked through `found`).
    std::smatch m;
    static const std::regex panicLine("(^|\n)(panic: [^\n]*)");
    if (std::regex_search(goerr, m, panicLine)) CHECK(o.err.find(m[2].str()) != std::string::npos);
  }
}

// The runtime frames of the reports ("runtime.mapassign_faststr() runtime/map_faststr.go:203"),
// as a multiset: Go prints GOROOT/src/runtime/..., Weft the trimmed path; the lines are Go 1.19's.
std::multiset<std::string> runtimeFrames(const std::string& err) {
  static const std::regex frame(R"(^  (runtime\.\S+)\(\)\n\s+\S*?(runtime/\S+:\d+) \+0x0$)");
  std::multiset<std::string> out;
  std::stringstream ss(err);
  std::string prev;
  for (std::string l; std::getline(ss, l); prev = l) {
    std::smatch m;
    std::string two = prev + "\n" + l;
    if (std::regex_match(two, m, frame)) out.insert(m[1].str() + " " + m[2].str());
  }
  return out;
}

TEST_CASE("race programs: map and channel accesses show Go's runtime frames") {
  for (const char* name : {"map_variants.go", "map_write.go", "close_send.go"}) {
    CAPTURE(name);
    fs::path f = dataDir() / name;
    std::string goerr = readFile(fs::path(f).replace_extension(".goerr"));
    Outcome o = runRace(f);
    CAPTURE(o.err);
    auto want = runtimeFrames(goerr);
    CHECK(!want.empty());
    CHECK(runtimeFrames(o.err) == want);
  }
}

TEST_CASE("race programs: GORACE exitcode and halt_on_error") {
  fs::path f = dataDir() / "racy_counter.go";
  vm::race::Options exit3;
  exit3.exitCode = 3;
  Outcome o = runRace(f, exit3);
  CHECK(o.status == 3);
  CHECK(o.err.find("Found 1 data race(s)") != std::string::npos);

  vm::race::Options halt;
  halt.haltOnError = true;
  o = runRace(f, halt);
  CHECK(o.status == 66);
  CHECK(o.err.find("WARNING: DATA RACE") != std::string::npos);
  CHECK(o.err.find("Found") == std::string::npos);
  CHECK(o.out.empty());  // stopped at the report, before main printed
}
