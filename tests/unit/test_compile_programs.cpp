// Whole programs through the pipeline (parse, check, compile, run) against the output of real Go.
//
// Each tests/unit/data/compile/NAME.go runs with its stdout compared to NAME.out (recorded with
// `go run NAME.go`, Go 1.19, except loopvar.go whose Go 1.22 output is explained in the file).
// When NAME.stderr exists the program must exit with status 2 and print those lines, in order,
// as prefixes of its stderr lines after normalising trace details (pc offsets, goroutine
// numbers, the directory of the file).
#include <doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
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

Outcome runFile(const fs::path& file) {
  Outcome o;
  auto built = compile::build(file.string(), readFile(file));
  if (!built.program) {
    for (auto& d : built.diagnostics) o.err += d.str() + "\n";
    o.status = 1;
    return o;
  }
  vm::MachineOptions opts;
  opts.out = [&](std::string_view s) { o.out += s; };
  opts.err = [&](std::string_view s) { o.err += s; };
  opts.args = {file.string()};
  vm::Machine m(built.program, opts);
  o.status = m.run();
  return o;
}

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  for (std::string l; std::getline(ss, l);) out.push_back(l);
  return out;
}

std::string normalise(std::string l, const std::string& dir) {
  l = std::regex_replace(l, std::regex(" \\+0x[0-9a-f]+$"), "");
  l = std::regex_replace(l, std::regex("^goroutine [0-9]+ "), "goroutine N ");
  std::size_t at = l.find(dir);
  if (at != std::string::npos) l.erase(at, dir.size());
  return l;
}

fs::path dataDir() {
  return fs::path(__FILE__).parent_path() / "data" / "compile";
}

}  // namespace

TEST_CASE("compile: Go programs give Go's output") {
  std::vector<fs::path> files;
  for (auto& e : fs::directory_iterator(dataDir()))
    if (e.path().extension() == ".go") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 8);
  for (const fs::path& f : files) {
    CAPTURE(f.filename().string());
    Outcome o = runFile(f);
    fs::path outFile = f, errFile = f;
    outFile.replace_extension(".out");
    errFile.replace_extension(".stderr");
    CHECK(o.out == readFile(outFile));
    if (fs::exists(errFile)) {
      CHECK(o.status == 2);
      std::vector<std::string> want = lines(readFile(errFile));
      std::vector<std::string> got = lines(o.err);
      std::string dir = f.parent_path().string();
      std::size_t gi = 0;
      for (const std::string& w : want) {
        while (gi < got.size() && normalise(got[gi], dir).rfind(w, 0) != 0) gi++;
        CHECK_MESSAGE(gi < got.size(), "stderr lacks: " << w << "\nstderr was:\n" << o.err);
        if (gi < got.size()) gi++;
      }
    } else {
      CHECK_MESSAGE(o.status == 0, o.err);
      CHECK(o.err.empty());
    }
  }
}

TEST_CASE("compile: compile errors are diagnostics, not crashes") {
  auto built =
      compile::build("/x/bad.go", "package main\nfunc main() { var c complex128 = 1i; _ = c }\n");
  CHECK(!built.program);
  CHECK(!built.diagnostics.empty());
}

TEST_CASE("compile: disassembly shows source lines and opcode names") {
  auto built = compile::build("/x/fib.go",
                              "package main\n"
                              "func fib(n int) int {\n"
                              "\tif n < 2 {\n\t\treturn n\n\t}\n"
                              "\treturn fib(n-1) + fib(n-2)\n"
                              "}\n"
                              "func main() { println(fib(10)) }\n");
  REQUIRE(built.program);
  std::string text = vm::disassemble(*built.program);
  CHECK(text.find("function main.fib") != std::string::npos);
  CHECK(text.find("JGEI") != std::string::npos);  // n < 2 fused into one compare-and-branch
  CHECK(text.find("[   6]  CALL") != std::string::npos);
}
